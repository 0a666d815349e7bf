package store

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
)

// Memory is a Store held in memory, with the same semantics as Bolt. It
// backs `bothost invoke` (one event, nothing worth persisting) and fast
// tests; the shared conformance suite keeps the two in step. One mutex
// guards everything: it is meant for small data, not for throughput.
type Memory struct {
	clock clock.Clock

	mu  sync.Mutex
	nss map[string]*memNS
}

var _ Store = (*Memory)(nil)

type memNS struct {
	entries map[string]memEntry
	stored  Usage // every entry present, expired-but-unpurged included
	nextExp int64 // earliest expiry among entries; 0 if none expire
}

type memEntry struct {
	value []byte
	exp   int64 // Unix ns; 0 = never
}

// NewMemory returns an empty in-memory store using clk for TTLs
// (clock.System{} if nil).
func NewMemory(clk clock.Clock) *Memory {
	if clk == nil {
		clk = clock.System{}
	}
	return &Memory{clock: clk, nss: make(map[string]*memNS)}
}

// Close does nothing; a Memory stays usable.
func (m *Memory) Close() error { return nil }

// ns returns the namespace, creating it if create is set; else nil if absent.
func (m *Memory) ns(name string, create bool) *memNS {
	n := m.nss[name]
	if n == nil && create {
		n = &memNS{entries: make(map[string]memEntry)}
		m.nss[name] = n
	}
	return n
}

// purge drops entries expired at now and returns how many. nextExp makes
// it free until something can actually have expired.
func (n *memNS) purge(now int64) int {
	if n == nil || n.nextExp == 0 || now < n.nextExp {
		return 0
	}
	removed := 0
	n.nextExp = 0
	for k, e := range n.entries {
		switch {
		case expired(e.exp, now):
			delete(n.entries, k)
			n.stored.Keys--
			n.stored.Bytes -= entrySize(k, len(e.value))
			removed++
		case e.exp != 0 && (n.nextExp == 0 || e.exp < n.nextExp):
			n.nextExp = e.exp
		}
	}
	return removed
}

// live returns the usage of entries not expired at now, without purging:
// like Bolt, Memory only deletes in writes and sweeps, so both report the
// same SweepExpired counts.
func (n *memNS) live(now int64) Usage {
	if n == nil {
		return Usage{}
	}
	u := n.stored
	if n.nextExp == 0 || now < n.nextExp {
		return u
	}
	for k, e := range n.entries {
		if expired(e.exp, now) {
			u.Keys--
			u.Bytes -= entrySize(k, len(e.value))
		}
	}
	return u
}

// Get returns a copy of the value stored under key.
func (m *Memory) Get(ctx context.Context, ns, key string) ([]byte, error) {
	if err := checkKey("get", ns, key); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("kv get %s: %w", ns, err)
	}
	now := m.clock.Now().UnixNano()
	m.mu.Lock()
	defer m.mu.Unlock()
	n := m.ns(ns, false)
	if n == nil {
		return nil, fmt.Errorf("kv get %s/%q: %w", ns, key, ErrNotFound)
	}
	e, ok := n.entries[key]
	if !ok || expired(e.exp, now) {
		return nil, fmt.Errorf("kv get %s/%q: %w", ns, key, ErrNotFound)
	}
	return bytes.Clone(e.value), nil
}

// Set stores a copy of value under key, enforcing q.
func (m *Memory) Set(ctx context.Context, ns, key string, value []byte, ttl time.Duration, q Quota) error {
	if err := checkKey("set", ns, key); err != nil {
		return err
	}
	if err := checkValue(ns, value); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("kv set %s: %w", ns, err)
	}
	now := m.clock.Now()
	m.mu.Lock()
	defer m.mu.Unlock()
	n := m.ns(ns, true)
	n.purge(now.UnixNano())
	return n.put(ns, key, value, now, ttl, q)
}

// put stores a copy of value under key in a namespace purged at now,
// enforcing q: the write of Set, CompareAndSwap and Incr. m.mu is held.
func (n *memNS) put(ns, key string, value []byte, now time.Time, ttl time.Duration, q Quota) error {
	exp := expiryAt(now, ttl)
	cur, next := n.stored, n.stored
	if old, ok := n.entries[key]; ok {
		next.Bytes -= entrySize(key, len(old.value))
	} else {
		next.Keys++
	}
	next.Bytes += entrySize(key, len(value))
	if err := checkQuota(ns, cur, next, q); err != nil {
		return err
	}
	v := bytes.Clone(value)
	if v == nil {
		v = []byte{}
	}
	n.entries[key] = memEntry{value: v, exp: exp}
	n.stored = next
	if exp != 0 && (n.nextExp == 0 || exp < n.nextExp) {
		n.nextExp = exp
	}
	return nil
}

// CompareAndSwap implements KV under the store's one mutex.
func (m *Memory) CompareAndSwap(ctx context.Context, ns, key string, expected, value []byte, ttl time.Duration, q Quota) (bool, error) {
	if err := checkKey("cas", ns, key); err != nil {
		return false, err
	}
	if err := checkValue(ns, value); err != nil {
		return false, err
	}
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("kv cas %s: %w", ns, err)
	}
	now := m.clock.Now()
	m.mu.Lock()
	defer m.mu.Unlock()
	n := m.ns(ns, true)
	n.purge(now.UnixNano())
	e, ok := n.entries[key]
	if (expected == nil) == ok || (ok && !bytes.Equal(e.value, expected)) {
		return false, nil
	}
	if err := n.put(ns, key, value, now, ttl, q); err != nil {
		return false, err
	}
	return true, nil
}

// Incr implements KV under the store's one mutex.
func (m *Memory) Incr(ctx context.Context, ns, key string, delta int64, ttl time.Duration, q Quota) (int64, error) {
	if err := checkKey("incr", ns, key); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("kv incr %s: %w", ns, err)
	}
	now := m.clock.Now()
	m.mu.Lock()
	defer m.mu.Unlock()
	nsp := m.ns(ns, true)
	nsp.purge(now.UnixNano())
	var cur []byte
	if e, ok := nsp.entries[key]; ok {
		cur = e.value // never nil: put stores []byte{} for empty
	}
	n, val, err := incremented(ns, key, cur, delta)
	if err != nil {
		return 0, err
	}
	if err := nsp.put(ns, key, val, now, ttl, q); err != nil {
		return 0, err
	}
	return n, nil
}

// Delete removes key; ErrNotFound if it is absent or expired.
func (m *Memory) Delete(ctx context.Context, ns, key string) error {
	if err := checkKey("delete", ns, key); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("kv delete %s: %w", ns, err)
	}
	now := m.clock.Now().UnixNano()
	m.mu.Lock()
	defer m.mu.Unlock()
	n := m.ns(ns, false)
	n.purge(now)
	if n == nil {
		return fmt.Errorf("kv delete %s/%q: %w", ns, key, ErrNotFound)
	}
	old, ok := n.entries[key]
	if !ok {
		return fmt.Errorf("kv delete %s/%q: %w", ns, key, ErrNotFound)
	}
	delete(n.entries, key)
	n.stored.Keys--
	n.stored.Bytes -= entrySize(key, len(old.value))
	return nil
}

// List returns up to limit live keys with the prefix, in byte order;
// limit <= 0 means no limit.
func (m *Memory) List(ctx context.Context, ns, prefix string, limit int) ([]string, error) {
	if err := checkPrefix(ns, prefix); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("kv list %s: %w", ns, err)
	}
	now := m.clock.Now().UnixNano()
	m.mu.Lock()
	defer m.mu.Unlock()
	n := m.ns(ns, false)
	if n == nil {
		return nil, nil
	}
	var keys []string
	for k, e := range n.entries {
		if strings.HasPrefix(k, prefix) && !expired(e.exp, now) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys) // Go compares strings bytewise, as bbolt does
	if limit > 0 && len(keys) > limit {
		keys = keys[:limit]
	}
	return keys, nil
}

// Usage returns what the namespace holds in live keys.
func (m *Memory) Usage(ctx context.Context, ns string) (Usage, error) {
	if err := checkNS("usage", ns); err != nil {
		return Usage{}, err
	}
	if err := ctx.Err(); err != nil {
		return Usage{}, fmt.Errorf("kv usage %s: %w", ns, err)
	}
	now := m.clock.Now().UnixNano()
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.ns(ns, false).live(now), nil
}

// SweepExpired deletes every entry expired at now and returns how many.
func (m *Memory) SweepExpired(ctx context.Context, now time.Time) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("kv sweep: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	total := 0
	for _, n := range m.nss {
		total += n.purge(now.UnixNano())
	}
	return total, nil
}
