package store

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"time"
)

// MaxNamespaceLen bounds a namespace name. Namespaces are skill names
// (at most 64 bytes in bot.toml); the bound only stops nonsense early.
const MaxNamespaceLen = 256

// checkNS validates a namespace name.
func checkNS(op, ns string) error {
	if ns == "" {
		return fmt.Errorf("kv %s: empty namespace: %w", op, ErrInvalid)
	}
	if len(ns) > MaxNamespaceLen {
		return fmt.Errorf("kv %s: namespace is %d bytes, limit %d: %w", op, len(ns), MaxNamespaceLen, ErrInvalid)
	}
	return nil
}

// checkKey validates a namespace and key (ABI §5: keys are 1-256 bytes).
func checkKey(op, ns, key string) error {
	if err := checkNS(op, ns); err != nil {
		return err
	}
	if key == "" {
		return fmt.Errorf("kv %s %s: empty key: %w", op, ns, ErrInvalid)
	}
	if len(key) > MaxKeyLen {
		return fmt.Errorf("kv %s %s: key is %d bytes, limit %d: %w", op, ns, len(key), MaxKeyLen, ErrTooLarge)
	}
	return nil
}

// checkValue validates a value (ABI §5: at most 1 MiB; empty is allowed).
func checkValue(ns string, value []byte) error {
	if len(value) > MaxValueLen {
		return fmt.Errorf("kv set %s: value is %d bytes, limit %d: %w", ns, len(value), MaxValueLen, ErrTooLarge)
	}
	return nil
}

// checkPrefix validates a List prefix; a prefix longer than any key can
// only be a caller bug.
func checkPrefix(ns, prefix string) error {
	if err := checkNS("list", ns); err != nil {
		return err
	}
	if len(prefix) > MaxKeyLen {
		return fmt.Errorf("kv list %s: prefix is %d bytes, limit %d: %w", ns, len(prefix), MaxKeyLen, ErrTooLarge)
	}
	return nil
}

// expiryAt returns the expiry stamp (Unix nanoseconds) for a value written
// at now with ttl, or 0 for no expiry. Stamps are clamped to [1, MaxInt64]
// so that 0 keeps meaning "never" even for clocks near the epoch and a
// huge ttl cannot wrap into the past.
func expiryAt(now time.Time, ttl time.Duration) int64 {
	if ttl <= 0 {
		return 0
	}
	n := now.UnixNano()
	if n > math.MaxInt64-int64(ttl) {
		return math.MaxInt64
	}
	return max(n+int64(ttl), 1)
}

// expired reports whether a value with expiry stamp exp is gone at now
// (Unix nanoseconds): a value set with ttl d at t lives while now < t+d.
func expired(exp, now int64) bool { return exp != 0 && now >= exp }

// entrySize is what a key/value pair counts against Quota.MaxBytes.
func entrySize(key string, valueLen int) int64 { return int64(len(key)) + int64(valueLen) }

// checkQuota decides whether a write taking a namespace from cur to next
// is allowed under q. A write is refused only if it ends over a limit and
// grows what that limit counts: when a quota has been lowered below what a
// namespace already holds, the skill can still shrink or replace values
// (and always delete) to get back under it, instead of being stuck.
func checkQuota(ns string, cur, next Usage, q Quota) error {
	if q.MaxKeys > 0 && next.Keys > q.MaxKeys && next.Keys > cur.Keys {
		return fmt.Errorf("kv set %s: %d keys would exceed the limit of %d: %w", ns, next.Keys, q.MaxKeys, ErrQuota)
	}
	if q.MaxBytes > 0 && next.Bytes > q.MaxBytes && next.Bytes > cur.Bytes {
		return fmt.Errorf("kv set %s: %d bytes would exceed the limit of %d: %w", ns, next.Bytes, q.MaxBytes, ErrQuota)
	}
	return nil
}

// Sweeper is implemented by stores that keep expired entries until swept
// (Bolt, Memory). Expired entries are invisible either way; sweeping only
// reclaims their space, so the host runs it on a slow ticker. A store with
// native expiry (Redis) need not implement it.
type Sweeper interface {
	SweepExpired(ctx context.Context, now time.Time) (int, error)
}

var (
	_ Sweeper = (*Bolt)(nil)
	_ Sweeper = (*Memory)(nil)
)

// incremented parses the stored value cur (nil: absent, counts as 0) and
// returns cur+delta in decimal. Parsing is strconv.ParseInt's base 10: an
// optional sign and digits, nothing else; the Rust and Go fake hosts
// accept the same set.
func incremented(ns, key string, cur []byte, delta int64) (int64, []byte, error) {
	var n int64
	if cur != nil {
		v, err := strconv.ParseInt(string(cur), 10, 64)
		if err != nil {
			return 0, nil, fmt.Errorf("kv incr %s/%q: %w", ns, key, ErrNotInteger)
		}
		n = v
	}
	if (delta > 0 && n > math.MaxInt64-delta) || (delta < 0 && n < math.MinInt64-delta) {
		return 0, nil, fmt.Errorf("kv incr %s/%q: %d%+d: %w", ns, key, n, delta, ErrOverflow)
	}
	n += delta
	return n, strconv.AppendInt(nil, n, 10), nil
}
