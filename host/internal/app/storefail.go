package app

import (
	"context"
	"errors"
	"sync/atomic"
	"time"

	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Storage failures are the host's, not the skill's (issue 9 §4): when a
// skill's KV or timer call fails because the host could not store (disk
// full, I/O error: the skill sees ERR_UNAVAILABLE), the event is not
// marked done whatever the skill made of the error, but handled again
// later, when the disk may have room again. The KV and timer services are
// wrapped to notice such failures; the event's context carries the mark.

// storageMark counts the host storage failures during one event.
type storageMark struct{ n atomic.Int32 }

type storageMarkKey struct{}

// withStorageMark returns ctx carrying a fresh mark for one event.
func withStorageMark(ctx context.Context) (context.Context, *storageMark) {
	m := &storageMark{}
	return context.WithValue(ctx, storageMarkKey{}, m), m
}

// noteStorage marks the event of ctx when err is a failure to store
// rather than an answer (not found, quota, too large, invalid, deadline).
func noteStorage(ctx context.Context, err error) {
	if err == nil || errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrQuota) ||
		errors.Is(err, store.ErrTooLarge) || errors.Is(err, store.ErrInvalid) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return
	}
	if m, ok := ctx.Value(storageMarkKey{}).(*storageMark); ok {
		m.n.Add(1)
	}
}

// guardedStore is the skills' KV with storage failures noted. Every
// method of store.KV is listed here (a method the interface gains later
// would pass through, unnoted, until it is).
type guardedStore struct{ store.Store }

func (g guardedStore) Get(ctx context.Context, ns, key string) ([]byte, error) {
	v, err := g.Store.Get(ctx, ns, key)
	noteStorage(ctx, err)
	return v, err
}

func (g guardedStore) Set(ctx context.Context, ns, key string, value []byte, ttl time.Duration, q store.Quota) error {
	err := g.Store.Set(ctx, ns, key, value, ttl, q)
	noteStorage(ctx, err)
	return err
}

func (g guardedStore) Delete(ctx context.Context, ns, key string) error {
	err := g.Store.Delete(ctx, ns, key)
	noteStorage(ctx, err)
	return err
}

func (g guardedStore) List(ctx context.Context, ns, prefix string, limit int) ([]string, error) {
	v, err := g.Store.List(ctx, ns, prefix, limit)
	noteStorage(ctx, err)
	return v, err
}

func (g guardedStore) Usage(ctx context.Context, ns string) (store.Usage, error) {
	u, err := g.Store.Usage(ctx, ns)
	noteStorage(ctx, err)
	return u, err
}

func (g guardedStore) CompareAndSwap(ctx context.Context, ns, key string, expected, value []byte, ttl time.Duration, q store.Quota) (bool, error) {
	ok, err := g.Store.CompareAndSwap(ctx, ns, key, expected, value, ttl, q)
	noteStorage(ctx, err)
	return ok, err
}

func (g guardedStore) Incr(ctx context.Context, ns, key string, delta int64, ttl time.Duration, q store.Quota) (int64, error) {
	n, err := g.Store.Incr(ctx, ns, key, delta, ttl, q)
	noteStorage(ctx, err)
	return n, err
}

// guardedTimers is the skills' timer service with storage failures noted.
type guardedTimers struct{ wasmrt.Timers }

func (g guardedTimers) SetIn(ctx context.Context, team, skill, name string, payload []byte, due time.Time, max int) error {
	err := g.Timers.SetIn(ctx, team, skill, name, payload, due, max)
	noteStorage(ctx, err)
	return err
}

func (g guardedTimers) Cancel(ctx context.Context, skill, name string) error {
	err := g.Timers.Cancel(ctx, skill, name)
	noteStorage(ctx, err)
	return err
}
