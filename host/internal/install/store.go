package install

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/bothost/bothost/host/internal/clock"
)

// DefaultBucket is the top-level bbolt bucket the store keeps its data in.
//
// Layout:
//
//	<bucket>/teams/<team id>  → JSON record of the installation
//	<bucket>/states/<nonce>   → expiry (8 bytes, big-endian Unix ns) of an
//	                            OAuth state already used, kept until it
//	                            expires so it cannot be used twice
const DefaultBucket = "install"

var (
	bucketTeams  = []byte("teams")
	bucketStates = []byte("states")
)

// lockTimeout bounds Open's wait for another process holding the file.
const lockTimeout = 2 * time.Second

// errStateUsed is consumeState's answer for a state seen before.
var errStateUsed = errors.New("state already used")

// StoreOption configures Open and New.
type StoreOption func(*storeOptions)

type storeOptions struct {
	bucket string
	clock  clock.Clock
	logger *slog.Logger
}

// WithBucket sets the top-level bucket (default DefaultBucket), for a
// database shared with other data.
func WithBucket(name string) StoreOption {
	return func(o *storeOptions) {
		if name != "" {
			o.bucket = name
		}
	}
}

// WithClock sets the clock that stamps InstalledAt when Save is given a
// zero one and that ages used OAuth states (default clock.System{}).
func WithClock(c clock.Clock) StoreOption {
	return func(o *storeOptions) {
		if c != nil {
			o.clock = c
		}
	}
}

// WithLogger sets the logger Uninstall reports to (default slog.Default()).
func WithLogger(l *slog.Logger) StoreOption {
	return func(o *storeOptions) {
		if l != nil {
			o.logger = l
		}
	}
}

// Store holds the OAuth installations, one per team, in bbolt, and serves
// them from an in-memory snapshot.
//
// Reads (Get, List, BotToken, Identity) load an immutable map through an
// atomic pointer: no lock, no disk, no allocation. Writes (Save, Delete)
// are rare (an install, an uninstall); they go to disk first and then
// replace the snapshot, under a mutex so that two writers cannot lose each
// other's change. The snapshot is only coherent if this Store is the only
// writer of its bucket, which holds because bbolt locks the file to one
// process and the host opens one Store.
//
// All methods are safe for concurrent use; the read methods are also safe
// on a nil *Store, which has no installations.
type Store struct {
	db     *bolt.DB
	owned  bool // Close closes db
	bucket []byte
	clock  clock.Clock
	log    *slog.Logger

	mu    sync.Mutex // serialises writers
	teams atomic.Pointer[map[string]Installation]
}

var _ Source = (*Store)(nil)

// Open opens (creating if needed, along with its directory) a bbolt file
// of its own at path, e.g. <data_dir>/installations.db. A second process
// holding the file makes Open fail after a short wait instead of blocking.
// Close closes the file.
//
// A separate file keeps the installations (bot tokens) apart from the
// skills' KV data, and bbolt cannot open one file twice in a process.
func Open(path string, opts ...StoreOption) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("install: open store %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("install: open store %s: locked by another process (gave up after %s)", path, lockTimeout)
	}
	if err != nil {
		return nil, fmt.Errorf("install: open store %s: %w", path, err)
	}
	s, err := newStore(db, true, opts)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// New returns a Store keeping its data in a bucket (DefaultBucket, or
// WithBucket) of db, which the caller owns: Close does not close it.
func New(db *bolt.DB, opts ...StoreOption) (*Store, error) {
	if db == nil {
		return nil, errors.New("install: new store: nil database")
	}
	return newStore(db, false, opts)
}

func newStore(db *bolt.DB, owned bool, opts []StoreOption) (*Store, error) {
	o := storeOptions{bucket: DefaultBucket, clock: clock.System{}, logger: slog.Default()}
	for _, opt := range opts {
		opt(&o)
	}
	s := &Store{db: db, owned: owned, bucket: []byte(o.bucket), clock: o.clock, log: o.logger}
	teams := map[string]Installation{}
	err := db.Update(func(tx *bolt.Tx) error {
		top, err := tx.CreateBucketIfNotExists(s.bucket)
		if err != nil {
			return err
		}
		if _, err := top.CreateBucketIfNotExists(bucketStates); err != nil {
			return err
		}
		tb, err := top.CreateBucketIfNotExists(bucketTeams)
		if err != nil {
			return err
		}
		return tb.ForEach(func(k, v []byte) error {
			inst, err := decodeRecord(v)
			if err != nil {
				// The key is a team id, not a secret.
				return fmt.Errorf("team %q: %w", k, err)
			}
			teams[string(k)] = inst
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("install: open store %s: load: %w", db.Path(), err)
	}
	s.teams.Store(&teams)
	return s, nil
}

// Close closes the file if the Store opened it (Open); a Store made with
// New leaves the caller's database open.
func (s *Store) Close() error {
	if !s.owned {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("install: close store %s: %w", s.db.Path(), err)
	}
	return nil
}

// record is the stored form of an Installation. It is separate from the
// exported type so that the on-disk format is spelled out here and does not
// change by accident when Installation gains a field or a method.
type record struct {
	TeamID       string    `json:"team_id"`
	TeamName     string    `json:"team_name,omitempty"`
	BotToken     string    `json:"bot_token"`
	BotUserID    string    `json:"bot_user_id"`
	BotID        string    `json:"bot_id,omitempty"`
	Scopes       []string  `json:"scopes,omitempty"`
	InstalledAt  time.Time `json:"installed_at"`
	EnterpriseID string    `json:"enterprise_id,omitempty"`
}

func recordOf(i Installation) record {
	return record{
		TeamID: i.TeamID, TeamName: i.TeamName, BotToken: i.BotToken,
		BotUserID: i.BotUserID, BotID: i.BotID, Scopes: i.Scopes,
		InstalledAt: i.InstalledAt, EnterpriseID: i.EnterpriseID,
	}
}

func encodeRecord(i Installation) ([]byte, error) { return json.Marshal(recordOf(i)) }

func decodeRecord(b []byte) (Installation, error) {
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		// json's error may quote part of the input, which holds a token:
		// report only that decoding failed.
		return Installation{}, errors.New("corrupt installation record")
	}
	return Installation{
		TeamID: r.TeamID, TeamName: r.TeamName, BotToken: r.BotToken,
		BotUserID: r.BotUserID, BotID: r.BotID, Scopes: r.Scopes,
		InstalledAt: r.InstalledAt, EnterpriseID: r.EnterpriseID,
	}, nil
}

func (s *Store) snapshot() map[string]Installation {
	if s == nil {
		return nil
	}
	return *s.teams.Load()
}

// Get returns the installation for team.
func (s *Store) Get(team string) (Installation, bool) {
	inst, ok := s.snapshot()[team]
	if ok {
		inst.Scopes = slices.Clone(inst.Scopes) // the snapshot is shared
	}
	return inst, ok
}

// List returns every installation, ordered by team id.
func (s *Store) List() []Installation {
	m := s.snapshot()
	out := make([]Installation, 0, len(m))
	for _, team := range slices.Sorted(maps.Keys(m)) {
		inst := m[team]
		inst.Scopes = slices.Clone(inst.Scopes)
		out = append(out, inst)
	}
	return out
}

// BotToken returns team's bot token from memory.
func (s *Store) BotToken(_ context.Context, team string) (string, error) {
	if inst, ok := s.snapshot()[team]; ok {
		return inst.BotToken, nil
	}
	return "", notInstalled(team)
}

// Identity returns the bot's user id and bot id in team from memory.
func (s *Store) Identity(team string) (botUserID, botID string, ok bool) {
	inst, ok := s.snapshot()[team]
	return inst.BotUserID, inst.BotID, ok
}

// Save stores inst, replacing any installation for the same team (a
// reinstall brings a new token and perhaps new scopes). A zero InstalledAt
// is set to now. The installation is durable when Save returns nil.
func (s *Store) Save(ctx context.Context, inst Installation) error {
	if inst.TeamID == "" {
		return errors.New("install: save: installation without a team id")
	}
	if inst.BotToken == "" {
		return fmt.Errorf("install: save team %q: installation without a bot token", inst.TeamID)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("install: save team %q: %w", inst.TeamID, err)
	}
	if inst.InstalledAt.IsZero() {
		inst.InstalledAt = s.clock.Now()
	}
	inst.Scopes = slices.Clone(inst.Scopes)
	val, err := encodeRecord(inst)
	if err != nil {
		return fmt.Errorf("install: save team %q: encode: %w", inst.TeamID, err)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(s.bucket).Bucket(bucketTeams).Put([]byte(inst.TeamID), val)
	})
	if err != nil {
		return fmt.Errorf("install: save team %q: %w", inst.TeamID, err)
	}
	next := maps.Clone(*s.teams.Load())
	next[inst.TeamID] = inst
	s.teams.Store(&next)
	return nil
}

// Delete removes team's installation. Deleting a team that is not
// installed is not an error: an uninstall event may well be redelivered.
func (s *Store) Delete(ctx context.Context, team string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("install: delete team %q: %w", team, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(s.bucket).Bucket(bucketTeams).Delete([]byte(team))
	})
	if err != nil {
		return fmt.Errorf("install: delete team %q: %w", team, err)
	}
	if _, ok := (*s.teams.Load())[team]; ok {
		next := maps.Clone(*s.teams.Load())
		delete(next, team)
		s.teams.Store(&next)
	}
	return nil
}

// Uninstall deletes team's installation and logs the outcome. It has the
// shape of slackin.Options.OnUninstall, which calls it for app_uninstalled
// and tokens_revoked; it is quick (one bbolt write) as that hook requires.
// A failure is logged, not returned: the event is acked regardless, and
// Slack has already revoked the token, so a leftover record only costs
// failed sends (invalid_auth) until it is removed.
func (s *Store) Uninstall(team string) {
	_, had := s.Get(team)
	if err := s.Delete(context.Background(), team); err != nil {
		s.log.Error("install: uninstall failed", "team", team, "err", err)
		return
	}
	s.log.Info("install: uninstalled", "team", team, "was_installed", had)
}

// consumeState records an OAuth state nonce as used until exp, failing
// with errStateUsed if it was used before. Nonces of states already
// expired are dropped in the same transaction, so the bucket holds at most
// the states of the last StateTTL.
func (s *Store) consumeState(nonce []byte, exp time.Time) error {
	now := s.clock.Now().UnixNano()
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(s.bucket).Bucket(bucketStates)
		if b.Get(nonce) != nil {
			return errStateUsed
		}
		var stale [][]byte
		_ = b.ForEach(func(k, v []byte) error {
			if len(v) != 8 || int64(binary.BigEndian.Uint64(v)) <= now {
				stale = append(stale, slices.Clone(k))
			}
			return nil
		})
		for _, k := range stale {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return b.Put(nonce, binary.BigEndian.AppendUint64(nil, uint64(exp.UnixNano())))
	})
}
