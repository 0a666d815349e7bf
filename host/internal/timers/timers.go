// Package timers keeps skills' named timers durably and fires each one,
// once, as a `timer` event (docs/ABI.md timer_set / timer_cancel).
//
// # Durability and exactly-once
//
// A timer lives in a bbolt bucket until the event it becomes has been
// accepted by the Sink (the host's durable inbox); only then is it
// deleted. Each Set gives the timer a new generation number, persisted
// with it, and the event id is "timer:<skill>:<name>:<generation>". So a
// crash between the Sink accepting the event and the delete re-fires the
// same id on start-up, which the inbox drops as a duplicate
// (inbox.ErrDuplicate counts as delivered): a timer is neither lost nor
// doubled across restarts, as long as the restart comes within the
// inbox's dedup window (default one hour). Timers that fell due while the
// host was down fire at start-up marked Late.
//
// Generations come from the bucket's sequence, seeded with the time in
// microseconds when the bucket is created, so even a timers file deleted
// and recreated never reuses an id the inbox may still remember.
//
// # Memory and commits
//
// Pending timers are mirrored in memory: a map by (skill, name) and a
// min-heap by due time (keys and times only; payloads stay on disk until
// firing). The runner sleeps exactly until the earliest timer and a Set
// of an earlier one wakes it. That costs a few hundred bytes per pending
// timer and O(log n) per operation.
//
// Set, Cancel, RemoveSkill and the runner's deletes change memory at once
// and queue their write; the writes of every caller waiting at the same
// moment go to disk in one bbolt transaction (group commit), so
// concurrent Sets from many skill instances share an fsync instead of
// queueing for one each. A Set returns only once its write is durable,
// and a timer enters the firing heap only then, so an event is never
// fired for a timer that is not on disk. If a commit fails, every caller
// in it gets the error and memory is rebuilt from disk, which is the
// truth.
//
// # Removed skills
//
// Timers are per skill name and survive reloads (docs/ABI.md). When a
// skill disappears from bot.toml the host should call RemoveSkill: a
// timer of an absent skill would otherwise still fire, into an inbox
// whose dispatcher has no skill to give it to. A skill that comes back
// later starts with no timers, as it would after a fresh install; its KV
// data is a separate matter.
package timers

import (
	"bytes"
	"container/heap"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/runner"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// bucketName holds every pending timer: key skill "\x00" name, value
// generation (u64be) | due (unix ns, i64be) | payload. A skill name never
// contains NUL, so the key splits unambiguously even if the timer name
// does. The bucket's sequence is the last generation handed out.
//
// A timer that carries the workspace of the event that set it has
// teamFlag set in its generation field, and its payload is preceded by
// the team (one length byte, then the bytes). Generations are seeded from
// the time in microseconds, far below 2^63, so the flag never collides
// with a generation, and records written before it still read the same.
const bucketName = "timers"

const (
	recHeader = 16
	teamFlag  = uint64(1) << 63
)

// The due times a record can hold: Unix nanoseconds in an int64.
var (
	minDue = time.Unix(0, math.MinInt64)
	maxDue = time.Unix(0, math.MaxInt64)
)

// Defaults for Options.
const (
	DefaultRetry = time.Second
	// DefaultWorkers is how many Puts are in flight at once. Each Put waits
	// for the inbox's group commit (about a millisecond), so this bounds
	// the fire rate at roughly Workers per millisecond: 8 gave ~8,000
	// timers/s and let 10,000 timers due within a second lag by 100+ ms;
	// 64 drains ~29,000/s (BenchmarkTimers in host/internal/app).
	DefaultWorkers = 64
	// maxBatch bounds how many due timers one runner pass takes: enough
	// that 10,000 timers due in the same second cost a few dozen bbolt
	// commits, small enough that deletes reach disk steadily.
	maxBatch = 512
)

// Options configure a Service. Zero values mean the defaults.
type Options struct {
	Clock  clock.TimerClock // default clock.System{}
	Logger *slog.Logger     // default: discard
	// Retry is how long a timer whose Put failed waits before the next
	// attempt (default DefaultRetry).
	Retry time.Duration
	// Workers is how many Puts run at once when several timers are due
	// together (default DefaultWorkers). An inbox that group-commits
	// turns them into shared fsyncs; timers due at the same moment may
	// then reach the inbox in any order (each timer is its own
	// conversation, so nothing depends on that order).
	Workers int
	// LockTimeout is how long Open waits for another process holding the
	// file before failing with store.ErrLocked (default
	// store.DefaultLockTimeout).
	LockTimeout time.Duration
	// FireRate returns a skill's timer_rate: how many of its timers may
	// fire per second. Timers due beyond it wait for the next second (in
	// due order), so a skill that re-arms a thousand timers at once gets
	// its quota's worth of events per second, not a storm. nil or <= 0:
	// no limit.
	FireRate func(skill string) int
}

// Service implements wasmrt.Timers and fires due timers into a Sink.
// Set, Cancel and RemoveSkill are safe for concurrent use with each other
// and with the runner.
type Service struct {
	db      *bolt.DB
	ownDB   bool
	clock   clock.TimerClock
	log     *slog.Logger
	retry   time.Duration
	workers int
	opened  time.Time // timers due before this fell due while the host was down
	rate    func(skill string) int

	// bg runs the runner (Start, Close) and is signalled when the
	// earliest timer may have changed, so the runner re-arms its clock
	// timer.
	bg *runner.Loop

	// cmu admits one committer at a time. Lock order: cmu, then mu.
	cmu sync.Mutex
	// mu guards everything below. Memory changes at once; the disk
	// follows at the next commit, in the same order.
	mu     sync.Mutex
	gen    uint64 // last generation handed out
	byKey  map[tkey]*entry
	queue  queue
	counts map[string]int // pending timers per skill, for the quota
	// firing holds the entry being handed to the Sink, per key. Such a
	// timer has fired: Cancel answers ErrNotFound and leaves it alone.
	firing map[tkey]*entry
	ops    []*op // writes waiting for the next commit, in order
	// fired counts each skill's fires in its current one-second window,
	// for Options.FireRate.
	fired map[string]*fireWindow
}

type fireWindow struct {
	start time.Time
	n     int
}

var _ wasmrt.Timers = (*Service)(nil)

type tkey struct{ skill, name string }

func (k tkey) bytes() []byte { return []byte(k.skill + "\x00" + k.name) }

// entry is one timer generation in memory. A Set that replaces a timer
// makes a new entry, so an entry in flight is never mutated under the
// runner's feet; "is it still current" is byKey[key] == entry.
type entry struct {
	key  tkey
	gen  uint64
	due  time.Time
	at   time.Time // next attempt: due, or later after a failed Put
	late bool      // fell due while the host was down
	idx  int       // index in queue (only once its write has committed); -1 when not queued
}

type opKind uint8

const (
	opPut         opKind = iota // store e's record
	opDelete                    // delete key
	opDeleteGen                 // delete key if its stored generation is gen
	opDeleteSkill               // delete every key of skill
)

// op is one queued write and, once committed, its outcome.
type op struct {
	kind    opKind
	key     tkey
	gen     uint64
	e       *entry // opPut: the entry to queue for firing once durable
	team    string
	payload []byte
	// set by the committer under mu, read by the waiter after it has
	// taken cmu
	done bool
	err  error
}

// Open opens (creating if needed, with its directory) a bbolt file of its
// own at path (store.OpenDB); Close closes it. Use it when the timers do
// not share the host's store file.
func Open(path string, o Options) (*Service, error) {
	db, err := store.OpenDB(path, store.WithLockTimeout(o.LockTimeout))
	if err != nil {
		return nil, fmt.Errorf("open timers %s: %w", path, err)
	}
	s, err := New(db, o)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	s.ownDB = true
	return s, nil
}

// New keeps timers in a bucket of an already open bbolt database, which
// the caller closes after the Service. It loads every pending timer;
// those already due are marked Late and fire as soon as Start runs the
// service.
func New(db *bolt.DB, o Options) (*Service, error) {
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Retry <= 0 {
		o.Retry = DefaultRetry
	}
	if o.Workers <= 0 {
		o.Workers = DefaultWorkers
	}
	s := &Service{
		db: db, clock: o.Clock, log: o.Logger, retry: o.Retry, workers: o.Workers,
		opened: o.Clock.Now(), rate: o.FireRate, fired: map[string]*fireWindow{},
		bg: runner.New(),
	}
	err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(bucketName))
		if err != nil {
			return err
		}
		if b.Sequence() == 0 {
			// Seed generations with the time so a recreated file does
			// not hand out ids a surviving inbox still remembers.
			if err := b.SetSequence(uint64(max(s.opened.UnixMicro(), 1))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("open timers %s: %w", db.Path(), err)
	}
	s.mu.Lock()
	err = s.loadLocked()
	s.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("open timers %s: %w", db.Path(), err)
	}
	s.log.Debug("timers loaded", "pending", len(s.byKey))
	return s, nil
}

// loadLocked rebuilds the in-memory index from disk. Entries being fired
// keep their identity so the runner's bookkeeping still recognises them.
func (s *Service) loadLocked() error {
	byKey := map[tkey]*entry{}
	counts := map[string]int{}
	var q queue
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketName))
		s.gen = max(s.gen, b.Sequence())
		return b.ForEach(func(k, v []byte) error {
			skill, name, ok := strings.Cut(string(k), "\x00")
			if !ok || len(v) < recHeader {
				return fmt.Errorf("corrupt timer record %q", k)
			}
			gen, due := decodeHeader(v)
			key := tkey{skill, name}
			s.gen = max(s.gen, gen)
			counts[skill]++
			if f := s.firing[key]; f != nil && f.gen == gen {
				byKey[key] = f
				return nil
			}
			e := &entry{key: key, gen: gen, due: due, at: due, late: due.Before(s.opened)}
			byKey[key] = e
			heap.Push(&q, e)
			return nil
		})
	})
	if err != nil {
		return err
	}
	s.byKey, s.counts, s.queue = byKey, counts, q
	if s.firing == nil {
		s.firing = map[tkey]*entry{}
	}
	s.signal()
	return nil
}

func encodeRecord(gen uint64, due time.Time, team string, payload []byte) []byte {
	b := make([]byte, recHeader, recHeader+1+len(team)+len(payload))
	if team != "" {
		gen |= teamFlag
	}
	binary.BigEndian.PutUint64(b, gen)
	binary.BigEndian.PutUint64(b[8:], uint64(due.UnixNano()))
	if team != "" {
		b = append(b, byte(len(team)))
		b = append(b, team...)
	}
	return append(b, payload...)
}

func decodeHeader(v []byte) (gen uint64, due time.Time) {
	return genOf(v), time.Unix(0, int64(binary.BigEndian.Uint64(v[8:])))
}

// genOf is the generation of a record (len(v) >= recHeader).
func genOf(v []byte) uint64 { return binary.BigEndian.Uint64(v) &^ teamFlag }

// decodeBody splits what follows a record's header into team and payload;
// ok is false for a team field that runs past the record.
func decodeBody(v []byte) (team string, payload []byte, ok bool) {
	body := v[recHeader:]
	if binary.BigEndian.Uint64(v)&teamFlag == 0 {
		return "", body, true
	}
	if len(body) < 1 || len(body) < 1+int(body[0]) {
		return "", nil, false
	}
	n := int(body[0])
	return string(body[1 : 1+n]), body[1+n:], true
}

// maxTeam bounds a stored team id (one length byte); Slack's are ~11.
const maxTeam = 255

// Set stores or replaces the timer skill/name, due at due, with a copy of
// payload. A new name past max pending timers for the skill (max <= 0:
// no limit) fails with an error wrapping store.ErrQuota; replacing never
// does. Set returns once the timer is durable. The timer fires without a
// workspace; SetIn binds it to one.
func (s *Service) Set(ctx context.Context, skill, name string, payload []byte, due time.Time, max int) error {
	return s.SetIn(ctx, "", skill, name, payload, due, max)
}

// SetIn is Set for a timer that fires into workspace team: its event
// carries that team, so what the skill sends then goes to the workspace
// of the event that set the timer, never another (wasmrt.Timers).
func (s *Service) SetIn(ctx context.Context, team, skill, name string, payload []byte, due time.Time, max int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case len(team) > maxTeam:
		return fmt.Errorf("timer set %s: team of %d bytes: %w", skill, len(team), store.ErrInvalid)
	case skill == "" || strings.ContainsRune(skill, 0):
		return fmt.Errorf("timer set: skill %q: %w", skill, store.ErrInvalid)
	case name == "":
		return fmt.Errorf("timer set %s: empty name: %w", skill, store.ErrInvalid)
	case len(name) > abi.MaxTimerName:
		return fmt.Errorf("timer set %s: name of %d bytes: %w", skill, len(name), store.ErrTooLarge)
	case len(payload) > abi.MaxTimerData:
		return fmt.Errorf("timer set %s/%q: payload of %d bytes: %w", skill, name, len(payload), store.ErrTooLarge)
	case due.Before(minDue) || due.After(maxDue):
		// Stored as Unix nanoseconds, which cannot hold it.
		return fmt.Errorf("timer set %s/%q: due %v out of range: %w", skill, name, due, store.ErrInvalid)
	}
	k := tkey{skill, name}
	s.mu.Lock()
	old := s.byKey[k]
	if old == nil && max > 0 && s.counts[skill] >= max {
		n := s.counts[skill]
		s.mu.Unlock()
		return fmt.Errorf("timer set %s/%q: %d timers pending (max %d): %w", skill, name, n, max, store.ErrQuota)
	}
	s.gen++
	e := &entry{key: k, gen: s.gen, due: due, at: due, idx: -1}
	if old != nil {
		if old.idx >= 0 {
			heap.Remove(&s.queue, old.idx)
		}
	} else {
		s.counts[skill]++
	}
	s.byKey[k] = e
	o := &op{kind: opPut, key: k, gen: e.gen, e: e, team: team, payload: bytes.Clone(payload)}
	s.ops = append(s.ops, o)
	s.mu.Unlock()
	if err := s.flush(o); err != nil {
		return fmt.Errorf("timer set %s/%q: %w", skill, name, err)
	}
	return nil
}

// Cancel removes the pending timer skill/name. It answers an error
// wrapping store.ErrNotFound if there is none, including a timer that is
// due and already being delivered: that one has fired.
func (s *Service) Cancel(ctx context.Context, skill, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	k := tkey{skill, name}
	s.mu.Lock()
	e := s.byKey[k]
	if e == nil || s.firing[k] == e {
		s.mu.Unlock()
		return fmt.Errorf("timer cancel %s/%q: %w", skill, name, store.ErrNotFound)
	}
	s.forgetLocked(e)
	o := &op{kind: opDelete, key: k}
	s.ops = append(s.ops, o)
	s.mu.Unlock()
	if err := s.flush(o); err != nil {
		return fmt.Errorf("timer cancel %s/%q: %w", skill, name, err)
	}
	return nil
}

// RemoveSkill deletes every timer of skill and returns how many there
// were. Call it when a skill is removed from bot.toml; a timer being
// delivered at that moment may still reach the inbox.
func (s *Service) RemoveSkill(ctx context.Context, skill string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if skill == "" || strings.ContainsRune(skill, 0) {
		return 0, fmt.Errorf("timers remove skill %q: %w", skill, store.ErrInvalid)
	}
	s.mu.Lock()
	n := 0
	for k, e := range s.byKey {
		if k.skill == skill {
			s.forgetLocked(e)
			n++
		}
	}
	o := &op{kind: opDeleteSkill, key: tkey{skill: skill}}
	s.ops = append(s.ops, o)
	s.mu.Unlock()
	if err := s.flush(o); err != nil {
		return 0, fmt.Errorf("timers remove skill %s: %w", skill, err)
	}
	return n, nil
}

// Pending returns how many timers skill has pending (set and not yet
// delivered).
func (s *Service) Pending(skill string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[skill]
}

// forgetLocked drops e from the index and the heap if it is still the
// current generation of its key.
func (s *Service) forgetLocked(e *entry) {
	if s.byKey[e.key] != e {
		return
	}
	delete(s.byKey, e.key)
	if s.counts[e.key.skill]--; s.counts[e.key.skill] <= 0 {
		delete(s.counts, e.key.skill)
	}
	if e.idx >= 0 {
		heap.Remove(&s.queue, e.idx)
	}
}

// flush returns once o (nil: everything queued so far) is committed, with
// its outcome. Whoever gets cmu commits every queued write in one
// transaction; callers that queued meanwhile find theirs done. The
// transaction runs without mu, so the runner and other callers carry on
// (and queue the next group) during the fsync.
func (s *Service) flush(o *op) error {
	s.cmu.Lock()
	defer s.cmu.Unlock()
	if o != nil && o.done {
		return o.err
	}
	s.mu.Lock()
	ops, gen := s.ops, s.gen
	s.ops = nil
	s.mu.Unlock()
	if len(ops) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketName))
		if gen > b.Sequence() {
			if err := b.SetSequence(gen); err != nil {
				return err
			}
		}
		for _, o := range ops {
			if err := applyOp(b, o); err != nil {
				return err
			}
		}
		return nil
	})
	s.mu.Lock()
	s.settleLocked(ops, err)
	s.mu.Unlock()
	if o == nil {
		return err
	}
	return o.err
}

// settleLocked records a commit's outcome. On success the newly durable
// timers may fire. On failure memory is rebuilt from disk, which undoes
// what the failed ops did to it; ops queued during the failed commit are
// failed with it, since the rebuild undoes them too.
func (s *Service) settleLocked(ops []*op, err error) {
	if err != nil {
		ops = append(ops, s.ops...)
		s.ops = nil
	}
	for _, o := range ops {
		o.done, o.err = true, err
	}
	if err != nil {
		s.log.Error("timers: commit failed; reloading from disk", "ops", len(ops), "err", err)
		if lerr := s.loadLocked(); lerr != nil {
			s.log.Error("timers: reload after failed commit", "err", lerr)
		}
		return
	}
	for _, o := range ops {
		e := o.e
		if o.kind != opPut || s.byKey[e.key] != e {
			continue
		}
		if e.idx < 0 && s.firing[e.key] != e {
			heap.Push(&s.queue, e)
			if e.idx == 0 {
				s.signal()
			}
		}
	}
}

func applyOp(b *bolt.Bucket, o *op) error {
	k := o.key.bytes()
	switch o.kind {
	case opPut:
		return b.Put(k, encodeRecord(o.gen, o.e.due, o.team, o.payload))
	case opDelete:
		return b.Delete(k)
	case opDeleteGen:
		// A Set while the event was in flight wrote a new generation,
		// which must survive.
		if v := b.Get(k); len(v) >= recHeader && genOf(v) == o.gen {
			return b.Delete(k)
		}
		return nil
	case opDeleteSkill:
		prefix := []byte(o.key.skill + "\x00")
		c := b.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Seek(prefix) {
			if err := c.Delete(); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("unknown op %d", o.kind)
}

func (s *Service) signal() { s.bg.Signal() }

// Start runs the service in the background, firing due timers into sink
// (the host's inbox), until Close. Timers already overdue (from before a
// restart) fire at once. Sets made before Start are kept and fire once
// it runs.
func (s *Service) Start(ctx context.Context, sink inbox.Sink) error {
	if sink == nil {
		return errors.New("timers: start: nil sink")
	}
	if err := s.bg.Start(ctx, func(ctx context.Context) { _ = s.Run(ctx, sink) }); err != nil {
		return fmt.Errorf("timers: start: %w", err)
	}
	return nil
}

// Close stops the runner (what it was delivering stays on disk and fires
// after the next start), waits for it, and closes the bbolt file if Open
// opened it. Set and Cancel fail after Close.
func (s *Service) Close() error {
	return s.bg.Close(func() error {
		if !s.ownDB {
			return nil
		}
		if err := s.db.Close(); err != nil {
			return fmt.Errorf("close timers: %w", err)
		}
		return nil
	})
}

// Run fires due timers into sink until ctx ends, then returns ctx's
// error. Start is Run on a goroutine that Close stops; use one or the
// other, once.
func (s *Service) Run(ctx context.Context, sink inbox.Sink) error {
	kick := make(chan struct{}, 1)
	var wg sync.WaitGroup
	wg.Go(func() { s.commitDeletes(ctx, kick) })
	err := s.loop(ctx, sink, kick)
	wg.Wait()
	// The last pass's deletes, if the committer had already left.
	if ferr := s.flush(nil); ferr != nil {
		s.log.Error("timers: delete fired timers at shutdown", "err", ferr)
	}
	return err
}

func (s *Service) loop(ctx context.Context, sink inbox.Sink, kick chan<- struct{}) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.bg.Busy()
		batch, next, err := s.take()
		if err != nil {
			s.log.Error("timers: read due timers", "err", err)
		}
		if len(batch) > 0 {
			s.fire(ctx, sink, batch)
			select {
			case kick <- struct{}{}:
			default:
			}
			continue
		}
		if err := s.bg.Wait(ctx, s.clock, next); err != nil {
			return err
		}
	}
}

// commitDeletes commits the deletes of delivered timers in the
// background, so timers falling due meanwhile need not wait for the
// fsync. A failed commit reloads the delivered timers from disk; they fire
// again with the same ids, which the inbox drops.
func (s *Service) commitDeletes(ctx context.Context, kick <-chan struct{}) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-kick:
			if err := s.flush(nil); err != nil {
				s.log.Error("timers: delete fired timers", "err", err)
			}
		}
	}
}

// due is a taken timer with what its event needs.
type due struct {
	e       *entry
	team    string
	payload []byte
	ok      bool // the Sink has it
}

// take removes up to maxBatch due timers from the queue, marks them in
// flight and reads their payloads. With nothing due it returns the time
// of the next attempt (zero if nothing is queued).
func (s *Service) take() ([]due, time.Time, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	var batch []due
	var held []*entry // over their skill's fire rate: back at the next window
	for len(s.queue) > 0 && len(batch) < maxBatch && !s.queue[0].at.After(now) {
		e := heap.Pop(&s.queue).(*entry)
		if next, ok := s.admitLocked(e.key.skill, now); !ok {
			e.at = next
			held = append(held, e)
			continue
		}
		s.firing[e.key] = e
		batch = append(batch, due{e: e})
	}
	for _, e := range held {
		heap.Push(&s.queue, e)
	}
	if len(batch) == 0 {
		if len(s.queue) == 0 {
			return nil, time.Time{}, nil
		}
		return nil, s.queue[0].at, nil
	}
	var missing []due
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketName))
		kept := batch[:0]
		for _, d := range batch {
			v := b.Get(d.e.key.bytes())
			if len(v) < recHeader || genOf(v) != d.e.gen {
				missing = append(missing, d)
				continue
			}
			team, payload, ok := decodeBody(v)
			if !ok {
				missing = append(missing, d)
				continue
			}
			d.team, d.payload = team, bytes.Clone(payload)
			kept = append(kept, d)
		}
		batch = kept
		return nil
	})
	if err != nil {
		s.requeueLocked(batch, now.Add(s.retry))
		s.requeueLocked(missing, now.Add(s.retry))
		return nil, now.Add(s.retry), err
	}
	// Only durable timers are queued, so this cannot happen; if it does,
	// the disk (which has no such timer) wins.
	for _, d := range missing {
		s.log.Error("timers: queued timer not on disk; dropping it", "skill", d.e.key.skill, "timer", d.e.key.name, "gen", d.e.gen)
		delete(s.firing, d.e.key)
		s.forgetLocked(d.e)
	}
	return batch, time.Time{}, nil
}

// admitLocked counts one fire of skill against its FireRate; when the
// skill is over it, ok is false and next is when its next window opens.
func (s *Service) admitLocked(skill string, now time.Time) (next time.Time, ok bool) {
	if s.rate == nil {
		return time.Time{}, true
	}
	rate := s.rate(skill)
	if rate <= 0 {
		return time.Time{}, true
	}
	w := s.fired[skill]
	if w == nil {
		if len(s.fired) > 4096 {
			clear(s.fired) // windows of skills long gone; at worst one extra second's worth
		}
		w = &fireWindow{start: now}
		s.fired[skill] = w
	}
	if now.Sub(w.start) >= time.Second || now.Before(w.start) {
		w.start, w.n = now, 0
	}
	if w.n < rate {
		w.n++
		return time.Time{}, true
	}
	return w.start.Add(time.Second), false
}

// requeueLocked puts in-flight entries back for another attempt at at,
// unless a Set, Cancel or RemoveSkill has superseded them meanwhile.
func (s *Service) requeueLocked(batch []due, at time.Time) {
	for _, d := range batch {
		if s.firing[d.e.key] == d.e {
			delete(s.firing, d.e.key)
		}
		if s.byKey[d.e.key] == d.e && d.e.idx < 0 {
			d.e.at = at
			heap.Push(&s.queue, d.e)
		}
	}
}

// fire hands each taken timer to the sink, Workers at a time, then
// queues the delivered ones' deletes for commitDeletes. Puts run without the lock, so
// Set and Cancel are not held up by the inbox.
func (s *Service) fire(ctx context.Context, sink inbox.Sink, batch []due) {
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(s.workers, len(batch)) {
		wg.Go(func() {
			for i := range work {
				batch[i].ok = s.put(ctx, sink, batch[i])
			}
		})
	}
	for i := range batch {
		work <- i
	}
	close(work)
	wg.Wait()

	s.mu.Lock()
	var failed []due
	for _, d := range batch {
		if !d.ok {
			failed = append(failed, d)
			continue
		}
		if s.firing[d.e.key] == d.e {
			delete(s.firing, d.e.key)
		}
		s.forgetLocked(d.e)
		s.ops = append(s.ops, &op{kind: opDeleteGen, key: d.e.key, gen: d.e.gen})
	}
	retryAt := s.clock.Now().Add(s.retry)
	if ctx.Err() != nil {
		retryAt = s.clock.Now() // shutting down: the next start retries at once
	}
	s.requeueLocked(failed, retryAt)
	s.mu.Unlock()
}

// put delivers one timer's event and reports whether the sink has it.
func (s *Service) put(ctx context.Context, sink inbox.Sink, d due) bool {
	if ctx.Err() != nil {
		return false
	}
	ev := &abi.Event{
		ID:      EventID(d.e.key.skill, d.e.key.name, d.e.gen),
		Kind:    abi.KindTimer,
		Team:    d.team,
		Skill:   d.e.key.skill,
		Name:    d.e.key.name,
		Payload: d.payload,
		Due:     d.e.due,
		Late:    d.e.late,
		Time:    s.clock.Now(),
	}
	err := sink.Put(ctx, ev)
	if err == nil || inbox.IsDuplicate(err) {
		return true
	}
	if ctx.Err() == nil {
		s.log.Warn("timers: inbox refused event; will retry", "skill", ev.Skill, "timer", ev.Name, "id", ev.ID, "err", err)
	}
	return false
}

// EventID is the id of the event timer skill/name fires as in its
// generation gen: stable across restarts, distinct for every Set.
func EventID(skill, name string, gen uint64) string {
	return "timer:" + skill + ":" + name + ":" + strconv.FormatUint(gen, 10)
}

// queue is a min-heap of entries by next attempt, then generation.
type queue []*entry

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if c := q[i].at.Compare(q[j].at); c != 0 {
		return c < 0
	}
	return q[i].gen < q[j].gen
}
func (q queue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].idx, q[j].idx = i, j
}
func (q *queue) Push(x any) {
	e := x.(*entry)
	e.idx = len(*q)
	*q = append(*q, e)
}
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	old[len(old)-1] = nil
	e.idx = -1
	*q = old[:len(old)-1]
	return e
}
