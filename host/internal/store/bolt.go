package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/bothost/bothost/host/internal/clock"
)

// ErrLocked is returned by OpenBolt and OpenDB when another process holds
// the file.
var ErrLocked = errors.New("locked by another process")

// DefaultLockTimeout is how long OpenBolt and OpenDB wait for the file
// lock. Long enough to ride out a restarting predecessor closing the
// file, short enough that a second instance fails promptly instead of
// hanging.
const DefaultLockTimeout = 2 * time.Second

// schemaVersion is the on-disk layout this code reads and writes; it is
// stored in the meta bucket so a later layout change can migrate or refuse.
const schemaVersion = 1

// Bucket layout. Top-level buckets hold one nested bucket per namespace,
// so a cursor over one namespace physically cannot reach another's keys.
//
//	meta                  "version" → uint64
//	kv/<ns>/<key>         → expiry (8 bytes, big-endian Unix ns; 0 = none) ‖ value
//	kv_exp/<ns>/<exp‖key> → empty: expiring keys ordered by expiry, so
//	                        purging expired keys never scans live ones
//	kv_usage/<ns>         → keys (8 bytes) ‖ bytes (8 bytes), counting every
//	                        stored entry, expired-but-unpurged included
const (
	bucketMeta  = "meta"
	bucketKV    = "kv"
	bucketExp   = "kv_exp"
	bucketUsage = "kv_usage"
	keyVersion  = "version"
)

const expLen = 8 // the expiry header of a stored value and an index key

// Option configures OpenBolt and OpenDB.
type Option func(*options)

type options struct {
	clock       clock.Clock
	lockTimeout time.Duration
	noSync      bool
}

// WithoutSync skips the fsync at each commit. For tests and benchmarks
// that make tens of thousands of writes on purpose: transactions stay
// atomic and isolated from each other (what racing skills rely on); only
// what a power cut may lose changes. Never for a host's real data.
func WithoutSync() Option {
	return func(o *options) { o.noSync = true }
}

// WithClock sets the clock used for TTLs (default clock.System{}).
func WithClock(c clock.Clock) Option {
	return func(o *options) {
		if c != nil {
			o.clock = c
		}
	}
}

// WithLockTimeout sets how long OpenBolt or OpenDB waits for another
// process to release the file (default DefaultLockTimeout). d <= 0 keeps
// the default: waiting forever is never what a server wants.
func WithLockTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.lockTimeout = d
		}
	}
}

// Bolt is a Store in a single bbolt file. It is safe for concurrent use;
// bbolt serialises writers and lets readers run alongside them.
type Bolt struct {
	db    *bolt.DB
	clock clock.Clock
}

var _ Store = (*Bolt)(nil)

func newOptions(opts []Option) options {
	o := options{clock: clock.System{}, lockTimeout: DefaultLockTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// OpenDB opens (creating if needed, along with its directory) the bbolt
// file at path, for a caller that keeps buckets of its own in it. A file
// held by another process fails with ErrLocked after the lock timeout
// (WithLockTimeout; other options do not apply) rather than blocking.
// Errors do not repeat path unless the cause names it; callers say what
// they were opening.
func OpenDB(path string, opts ...Option) (*bolt.DB, error) {
	o := newOptions(opts)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.lockTimeout, NoSync: o.noSync})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w (gave up after %s)", ErrLocked, o.lockTimeout)
	}
	if err != nil {
		return nil, err
	}
	return db, nil
}

// OpenBolt opens (creating if needed, along with its directory) the bbolt
// file at path as a Store. A file held by another process fails with
// ErrLocked after the lock timeout rather than blocking.
func OpenBolt(path string, opts ...Option) (*Bolt, error) {
	o := newOptions(opts)
	db, err := OpenDB(path, opts...)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists([]byte(bucketMeta))
		if err != nil {
			return err
		}
		if v := meta.Get([]byte(keyVersion)); v == nil {
			if err := meta.Put([]byte(keyVersion), binary.BigEndian.AppendUint64(nil, schemaVersion)); err != nil {
				return err
			}
		} else if len(v) != 8 || binary.BigEndian.Uint64(v) != schemaVersion {
			return fmt.Errorf("unsupported schema version %x (this build reads %d)", v, schemaVersion)
		}
		for _, name := range []string{bucketKV, bucketExp, bucketUsage} {
			if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open store %s: init: %w", path, err)
	}
	return &Bolt{db: db, clock: o.clock}, nil
}

// Close closes the file, waiting for open transactions to finish.
func (b *Bolt) Close() error {
	if err := b.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", b.db.Path(), err)
	}
	return nil
}

// Path returns the file's path.
func (b *Bolt) Path() string { return b.db.Path() }

// nsBuckets are one namespace's buckets within a transaction. In a read
// transaction they are nil when the namespace has never been written.
type nsBuckets struct {
	kv, exp *bolt.Bucket
	usage   *bolt.Bucket // the top-level kv_usage bucket
	ns      []byte
}

func readBuckets(tx *bolt.Tx, ns string) nsBuckets {
	n := []byte(ns)
	return nsBuckets{
		kv:    tx.Bucket([]byte(bucketKV)).Bucket(n),
		exp:   tx.Bucket([]byte(bucketExp)).Bucket(n),
		usage: tx.Bucket([]byte(bucketUsage)),
		ns:    n,
	}
}

func writeBuckets(tx *bolt.Tx, ns string) (nsBuckets, error) {
	n := []byte(ns)
	kv, err := tx.Bucket([]byte(bucketKV)).CreateBucketIfNotExists(n)
	if err != nil {
		return nsBuckets{}, err
	}
	exp, err := tx.Bucket([]byte(bucketExp)).CreateBucketIfNotExists(n)
	if err != nil {
		return nsBuckets{}, err
	}
	return nsBuckets{kv: kv, exp: exp, usage: tx.Bucket([]byte(bucketUsage)), ns: n}, nil
}

// stored is the usage record: every entry physically present.
func (nb nsBuckets) stored() Usage {
	v := nb.usage.Get(nb.ns)
	if len(v) != 16 {
		return Usage{}
	}
	return Usage{Keys: int64(binary.BigEndian.Uint64(v)), Bytes: int64(binary.BigEndian.Uint64(v[8:]))}
}

func (nb nsBuckets) setStored(u Usage) error {
	v := make([]byte, 16)
	binary.BigEndian.PutUint64(v, uint64(u.Keys))
	binary.BigEndian.PutUint64(v[8:], uint64(u.Bytes))
	return nb.usage.Put(nb.ns, v)
}

// expiredEntries returns the index keys and key/value sizes of entries
// expired at now, in expiry order. It only reads, so it serves both the
// read path (Usage) and purge.
func (nb nsBuckets) expiredEntries(now int64) (idx [][]byte, sizes []int64) {
	if nb.exp == nil || nb.kv == nil {
		return nil, nil
	}
	c := nb.exp.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) < expLen || !expired(int64(binary.BigEndian.Uint64(k)), now) {
			break
		}
		key := k[expLen:]
		size := int64(0)
		if v := nb.kv.Get(key); len(v) >= expLen && bytes.Equal(v[:expLen], k[:expLen]) {
			size = int64(len(key)) + int64(len(v)-expLen)
		}
		idx = append(idx, bytes.Clone(k))
		sizes = append(sizes, size)
	}
	return idx, sizes
}

// purge deletes entries expired at now and updates the usage record,
// returning the usage of what is left (all live) and how many it removed.
// Keys are collected before deleting because deleting under a bbolt
// cursor can skip entries.
func (nb nsBuckets) purge(now int64) (Usage, int, error) {
	u := nb.stored()
	idx, sizes := nb.expiredEntries(now)
	removed := 0
	for i, k := range idx {
		if err := nb.exp.Delete(k); err != nil {
			return u, 0, err
		}
		if sizes[i] == 0 {
			continue // index entry without its value: nothing else to undo
		}
		if err := nb.kv.Delete(k[expLen:]); err != nil {
			return u, 0, err
		}
		u.Keys--
		u.Bytes -= sizes[i]
		removed++
	}
	if removed > 0 {
		if err := nb.setStored(u); err != nil {
			return u, 0, err
		}
	}
	return u, removed, nil
}

func indexKey(exp []byte, key string) []byte {
	k := make([]byte, 0, expLen+len(key))
	return append(append(k, exp...), key...)
}

// Get returns a copy of the value stored under key.
func (b *Bolt) Get(ctx context.Context, ns, key string) ([]byte, error) {
	if err := checkKey("get", ns, key); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("kv get %s: %w", ns, err)
	}
	now := b.clock.Now().UnixNano()
	var out []byte
	err := b.db.View(func(tx *bolt.Tx) error {
		nb := readBuckets(tx, ns)
		if nb.kv == nil {
			return ErrNotFound
		}
		v := nb.kv.Get([]byte(key))
		if len(v) < expLen || expired(int64(binary.BigEndian.Uint64(v)), now) {
			return ErrNotFound
		}
		out = bytes.Clone(v[expLen:])
		if out == nil {
			out = []byte{}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("kv get %s/%q: %w", ns, key, err)
	}
	return out, nil
}

// Set stores value under key, enforcing q in the same transaction.
func (b *Bolt) Set(ctx context.Context, ns, key string, value []byte, ttl time.Duration, q Quota) error {
	if err := checkKey("set", ns, key); err != nil {
		return err
	}
	if err := checkValue(ns, value); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("kv set %s: %w", ns, err)
	}
	now := b.clock.Now()
	err := b.db.Update(func(tx *bolt.Tx) error {
		nb, cur, err := b.begin(tx, ns, now)
		if err != nil {
			return err
		}
		return nb.put(ns, cur, key, value, now, ttl, q)
	})
	if err != nil {
		if errors.Is(err, ErrQuota) {
			return err // already says what and where
		}
		return fmt.Errorf("kv set %s/%q: %w", ns, key, err)
	}
	return nil
}

// begin opens ns for writing in tx and purges what expired at now,
// returning the namespace's usage, all of it live.
func (b *Bolt) begin(tx *bolt.Tx, ns string, now time.Time) (nsBuckets, Usage, error) {
	nb, err := writeBuckets(tx, ns)
	if err != nil {
		return nb, Usage{}, err
	}
	cur, _, err := nb.purge(now.UnixNano())
	return nb, cur, err
}

// put stores value under key with an expiry from ttl, enforcing q, in a
// namespace already purged at now whose usage is cur. It is the write of
// Set, CompareAndSwap and Incr.
func (nb nsBuckets) put(ns string, cur Usage, key string, value []byte, now time.Time, ttl time.Duration, q Quota) error {
	exp := binary.BigEndian.AppendUint64(nil, uint64(expiryAt(now, ttl)))
	rec := make([]byte, 0, expLen+len(value))
	rec = append(append(rec, exp...), value...)
	k := []byte(key)
	next := cur
	old := nb.kv.Get(k)
	if old != nil {
		next.Bytes -= entrySize(key, len(old)-expLen)
	} else {
		next.Keys++
	}
	next.Bytes += entrySize(key, len(value))
	if err := checkQuota(ns, cur, next, q); err != nil {
		return err
	}
	if old != nil && binary.BigEndian.Uint64(old) != 0 {
		if err := nb.exp.Delete(indexKey(old[:expLen], key)); err != nil {
			return err
		}
	}
	if err := nb.kv.Put(k, rec); err != nil {
		return err
	}
	if ttl > 0 {
		if err := nb.exp.Put(indexKey(exp, key), nil); err != nil {
			return err
		}
	}
	return nb.setStored(next)
}

// live returns the value stored under key (after a purge, so not
// expired), nil when absent. It aliases bbolt's page: use it within tx.
func (nb nsBuckets) live(key string) []byte {
	v := nb.kv.Get([]byte(key))
	if len(v) < expLen {
		return nil
	}
	return v[expLen:]
}

// CompareAndSwap implements KV: compare and write in one bbolt write
// transaction, which bbolt runs one at a time, so racing callers
// serialise on it.
func (b *Bolt) CompareAndSwap(ctx context.Context, ns, key string, expected, value []byte, ttl time.Duration, q Quota) (bool, error) {
	if err := checkKey("cas", ns, key); err != nil {
		return false, err
	}
	if err := checkValue(ns, value); err != nil {
		return false, err
	}
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("kv cas %s: %w", ns, err)
	}
	if len(expected) > MaxValueLen {
		return false, nil // no stored value can match
	}
	now := b.clock.Now()
	swapped := false
	err := b.db.Update(func(tx *bolt.Tx) error {
		swapped = false // bbolt may not retry, but keep the closure restartable
		nb, cur, err := b.begin(tx, ns, now)
		if err != nil {
			return err
		}
		v := nb.live(key)
		if (expected == nil) != (v == nil) || (v != nil && !bytes.Equal(v, expected)) {
			return nil // the purge above is still worth committing
		}
		if err := nb.put(ns, cur, key, value, now, ttl, q); err != nil {
			return err
		}
		swapped = true
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrQuota) {
			return false, err
		}
		return false, fmt.Errorf("kv cas %s/%q: %w", ns, key, err)
	}
	return swapped, nil
}

// Incr implements KV: read, add and write in one bbolt write transaction.
func (b *Bolt) Incr(ctx context.Context, ns, key string, delta int64, ttl time.Duration, q Quota) (int64, error) {
	if err := checkKey("incr", ns, key); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("kv incr %s: %w", ns, err)
	}
	now := b.clock.Now()
	var n int64
	err := b.db.Update(func(tx *bolt.Tx) error {
		nb, cur, err := b.begin(tx, ns, now)
		if err != nil {
			return err
		}
		var val []byte
		n, val, err = incremented(ns, key, nb.live(key), delta)
		if err != nil {
			return err
		}
		return nb.put(ns, cur, key, val, now, ttl, q)
	})
	if err != nil {
		if errors.Is(err, ErrQuota) || errors.Is(err, ErrNotInteger) || errors.Is(err, ErrOverflow) {
			return 0, err // already say what and where
		}
		return 0, fmt.Errorf("kv incr %s/%q: %w", ns, key, err)
	}
	return n, nil
}

// Delete removes key; ErrNotFound if it is absent or expired.
func (b *Bolt) Delete(ctx context.Context, ns, key string) error {
	if err := checkKey("delete", ns, key); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("kv delete %s: %w", ns, err)
	}
	now := b.clock.Now().UnixNano()
	found := false
	err := b.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte(bucketKV)).Bucket([]byte(ns)) == nil {
			return nil // don't create buckets just to find nothing
		}
		nb, err := writeBuckets(tx, ns)
		if err != nil {
			return err
		}
		// Purge first so an expired key is reported absent. Not finding
		// the key still returns nil, so the purge is committed.
		u, _, err := nb.purge(now)
		if err != nil {
			return err
		}
		k := []byte(key)
		old := nb.kv.Get(k)
		if old == nil {
			return nil
		}
		found = true
		if binary.BigEndian.Uint64(old) != 0 {
			if err := nb.exp.Delete(indexKey(old[:expLen], key)); err != nil {
				return err
			}
		}
		u.Keys--
		u.Bytes -= entrySize(key, len(old)-expLen)
		if err := nb.kv.Delete(k); err != nil {
			return err
		}
		return nb.setStored(u)
	})
	if err == nil && !found {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("kv delete %s/%q: %w", ns, key, err)
	}
	return nil
}

// List returns up to limit live keys with the prefix, in byte order.
// limit <= 0 means no limit (the ABI layer applies its own default).
func (b *Bolt) List(ctx context.Context, ns, prefix string, limit int) ([]string, error) {
	if err := checkPrefix(ns, prefix); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("kv list %s: %w", ns, err)
	}
	now := b.clock.Now().UnixNano()
	var keys []string
	err := b.db.View(func(tx *bolt.Tx) error {
		nb := readBuckets(tx, ns)
		if nb.kv == nil {
			return nil
		}
		p := []byte(prefix)
		c := nb.kv.Cursor()
		for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			if len(v) < expLen || expired(int64(binary.BigEndian.Uint64(v)), now) {
				continue
			}
			keys = append(keys, string(k))
			if limit > 0 && len(keys) >= limit {
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("kv list %s: %w", ns, err)
	}
	return keys, nil
}

// Usage returns what the namespace holds in live keys. It reads only: the
// usage record minus entries that have expired but are not yet purged.
func (b *Bolt) Usage(ctx context.Context, ns string) (Usage, error) {
	if err := checkNS("usage", ns); err != nil {
		return Usage{}, err
	}
	if err := ctx.Err(); err != nil {
		return Usage{}, fmt.Errorf("kv usage %s: %w", ns, err)
	}
	now := b.clock.Now().UnixNano()
	var u Usage
	err := b.db.View(func(tx *bolt.Tx) error {
		nb := readBuckets(tx, ns)
		u = nb.stored()
		_, sizes := nb.expiredEntries(now)
		for _, s := range sizes {
			if s > 0 {
				u.Keys--
				u.Bytes -= s
			}
		}
		return nil
	})
	if err != nil {
		return Usage{}, fmt.Errorf("kv usage %s: %w", ns, err)
	}
	return u, nil
}

// SweepExpired deletes every entry expired at now, in all namespaces, and
// returns how many it deleted. Expired entries are already invisible; this
// reclaims their space, so run it periodically. Each namespace is swept in
// its own transaction so a large sweep never holds the writer lock long.
func (b *Bolt) SweepExpired(ctx context.Context, now time.Time) (int, error) {
	var names []string
	err := b.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketExp)).ForEachBucket(func(k []byte) error {
			names = append(names, string(k))
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("kv sweep: list namespaces: %w", err)
	}
	total := 0
	for _, ns := range names {
		if err := ctx.Err(); err != nil {
			return total, fmt.Errorf("kv sweep: %w", err)
		}
		n := 0
		err := b.db.Update(func(tx *bolt.Tx) error {
			nb, err := writeBuckets(tx, ns)
			if err != nil {
				return err
			}
			_, n, err = nb.purge(now.UnixNano())
			return err
		})
		if err != nil {
			return total, fmt.Errorf("kv sweep %s: %w", ns, err)
		}
		total += n
	}
	return total, nil
}
