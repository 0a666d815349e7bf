// Package store is the host's durable storage. The KV interface is what
// skills reach through the ABI; it is namespaced per skill so one skill can
// never see another's keys. bbolt is the embedded default; Redis arrives as
// a second implementation for multi-node deployments.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Errors returned by KV implementations (wrapped; test with errors.Is).
var (
	ErrNotFound = errors.New("not found")
	ErrQuota    = errors.New("quota exceeded")
	ErrTooLarge = errors.New("too large")
	ErrInvalid  = errors.New("invalid argument")

	// ErrNotInteger is Incr finding a value that is not a decimal int64.
	ErrNotInteger = fmt.Errorf("value is not a decimal integer: %w", ErrInvalid)
	// ErrOverflow is Incr whose result would not fit in an int64.
	ErrOverflow = fmt.Errorf("result does not fit in int64: %w", ErrTooLarge)
)

// Limits on keys and values, from docs/ABI.md §5.
const (
	MaxKeyLen   = 256
	MaxValueLen = 1 << 20
)

// Quota bounds one namespace. Zero fields mean unlimited.
type Quota struct {
	MaxKeys  int64
	MaxBytes int64 // sum over live keys of len(key)+len(value)
}

// Usage is what a namespace currently holds.
type Usage struct {
	Keys  int64
	Bytes int64
}

// KV is per-namespace key-value storage. Every call is one transaction.
// Expired keys behave as absent everywhere (Get, List, Usage, quota).
type KV interface {
	Get(ctx context.Context, ns, key string) ([]byte, error) // ErrNotFound
	// Set stores value under key; ttl <= 0 means no expiry. It fails with
	// ErrQuota (nothing written) when the write would take the namespace
	// past q, counting the replaced value's size as freed.
	Set(ctx context.Context, ns, key string, value []byte, ttl time.Duration, q Quota) error
	Delete(ctx context.Context, ns, key string) error // ErrNotFound
	// List returns up to limit keys with the prefix, in byte order.
	List(ctx context.Context, ns, prefix string, limit int) ([]string, error)
	Usage(ctx context.Context, ns string) (Usage, error)

	// CompareAndSwap stores value under key only if the key's live value
	// is byte-for-byte expected, or, with expected == nil, only if the key
	// is absent (or expired); a non-nil empty expected matches an empty
	// value. It reports whether it stored. Compare and write are one
	// transaction, so of several callers racing from the same value
	// exactly one wins. On success the key's TTL is set from ttl as Set
	// does; on a mismatch nothing changes and quota is not checked. A
	// matching write that would pass q fails with ErrQuota.
	CompareAndSwap(ctx context.Context, ns, key string, expected, value []byte, ttl time.Duration, q Quota) (bool, error)
	// Incr adds delta to the integer stored under key (absent or expired:
	// 0), stores the sum as decimal ASCII and returns it, in one
	// transaction. A value that is not an optional sign and decimal
	// digits within int64 fails with ErrNotInteger, a sum outside int64
	// with ErrOverflow; nothing is written then. TTL and quota are as for
	// Set.
	Incr(ctx context.Context, ns, key string, delta int64, ttl time.Duration, q Quota) (int64, error)
}

// Store is the whole durable store. Later issues add inbox, outbox, timers.
type Store interface {
	KV
	Close() error
}
