// Package effects records what a skill did — messages, KV writes, timers —
// in order. `bothost invoke` prints the record; the ABI conformance test
// compares records from the same skill built with different toolchains.
package effects

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Recorder implements wasmrt.Outbox and wasmrt.Timers, and wraps a KV, so
// every effect of a skill lands in one ordered list.
type Recorder struct {
	kv    store.KV
	clock clock.Clock

	mu      sync.Mutex
	effects []string
	seq     int
	timers  map[string]time.Time
	teams   map[string]string // timer -> workspace it fires into
	posted  map[string]string // channel+ts -> skill (wasmrt.Poster)
}

// New returns a Recorder storing KV data in kv.
func New(kv store.KV, clk clock.Clock) *Recorder {
	return &Recorder{kv: kv, clock: clk, timers: map[string]time.Time{}, teams: map[string]string{}, posted: map[string]string{}}
}

func (r *Recorder) add(format string, args ...any) {
	r.mu.Lock()
	r.effects = append(r.effects, fmt.Sprintf(format, args...))
	r.mu.Unlock()
}

// Effects returns the effects so far and forgets them.
func (r *Recorder) Effects() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.effects
	r.effects = nil
	return e
}

// Send implements wasmrt.Outbox; message ts values count up from 1000.
// It issues no references, so one passed to it is another host's or a
// forgery: refused like a foreign one (wasmrt.ErrForeign).
func (r *Recorder) Send(ctx context.Context, s wasmrt.Send) (string, error) {
	for _, ts := range []string{s.Msg.TS, s.Msg.ThreadTS} {
		if strings.HasPrefix(ts, "bothost:") {
			return "", fmt.Errorf("recorder: reference %s was not issued here: %w", ts, wasmrt.ErrForeign)
		}
	}
	r.mu.Lock()
	r.seq++
	ts := fmt.Sprintf("1000.%06d", r.seq)
	if s.Op == wasmrt.OpPost {
		r.posted[s.Msg.Channel+"\x00"+ts] = s.Skill
	}
	r.mu.Unlock()
	var b strings.Builder
	switch {
	case s.Op == wasmrt.OpUpdate:
		fmt.Fprintf(&b, "update channel=%s ts=%s", s.Msg.Channel, s.Msg.TS)
		ts = s.Msg.TS
	case s.Reply:
		fmt.Fprintf(&b, "reply channel=%s", s.Msg.Channel)
	default:
		fmt.Fprintf(&b, "post channel=%s", s.Msg.Channel)
	}
	if s.Msg.ThreadTS != "" {
		fmt.Fprintf(&b, " thread=%s", s.Msg.ThreadTS)
	}
	if s.Msg.EphemeralUser != "" {
		fmt.Fprintf(&b, " ephemeral=%s", s.Msg.EphemeralUser)
	}
	fmt.Fprintf(&b, " text=%q", s.Msg.Text)
	if len(s.Msg.Blocks) > 0 {
		fmt.Fprintf(&b, " blocks=%s", s.Msg.Blocks)
	}
	r.add("%s", b.String())
	return ts, nil
}

// PostedBy implements wasmrt.Poster.
func (r *Recorder) PostedBy(team, channel, ts string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	skill, ok := r.posted[channel+"\x00"+ts]
	return skill, ok
}

// TimerTeam returns the workspace the pending timer skill/name fires into.
func (r *Recorder) TimerTeam(skill, name string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	team, ok := r.teams[skill+"\x00"+name]
	return team, ok
}

// SetIn implements wasmrt.Timers (in memory).
func (r *Recorder) SetIn(ctx context.Context, team, skill, name string, payload []byte, due time.Time, max int) error {
	r.mu.Lock()
	_, exists := r.timers[skill+"\x00"+name]
	if !exists && max > 0 && len(r.timers) >= max {
		r.mu.Unlock()
		return store.ErrQuota
	}
	r.timers[skill+"\x00"+name] = due
	r.teams[skill+"\x00"+name] = team
	r.mu.Unlock()
	r.add("timer set name=%q in=%s payload=%q", name, due.Sub(r.clock.Now()).Round(time.Millisecond), payload)
	return nil
}

// Cancel implements wasmrt.Timers.
func (r *Recorder) Cancel(ctx context.Context, skill, name string) error {
	r.mu.Lock()
	_, ok := r.timers[skill+"\x00"+name]
	delete(r.timers, skill+"\x00"+name)
	delete(r.teams, skill+"\x00"+name)
	r.mu.Unlock()
	if !ok {
		return store.ErrNotFound
	}
	r.add("timer cancel name=%q", name)
	return nil
}

// KV returns a store.KV that records writes and passes everything through.
func (r *Recorder) KV() store.KV { return recordingKV{r} }

type recordingKV struct{ r *Recorder }

func (k recordingKV) Get(ctx context.Context, ns, key string) ([]byte, error) {
	return k.r.kv.Get(ctx, ns, key)
}

func (k recordingKV) Set(ctx context.Context, ns, key string, value []byte, ttl time.Duration, q store.Quota) error {
	err := k.r.kv.Set(ctx, ns, key, value, ttl, q)
	if err == nil {
		if ttl > 0 {
			k.r.add("kv set %s=%q ttl=%s", key, value, ttl)
		} else {
			k.r.add("kv set %s=%q", key, value)
		}
	}
	return err
}

func (k recordingKV) Delete(ctx context.Context, ns, key string) error {
	err := k.r.kv.Delete(ctx, ns, key)
	if err == nil {
		k.r.add("kv delete %s", key)
	}
	return err
}

func (k recordingKV) List(ctx context.Context, ns, prefix string, limit int) ([]string, error) {
	return k.r.kv.List(ctx, ns, prefix, limit)
}

func (k recordingKV) Usage(ctx context.Context, ns string) (store.Usage, error) {
	return k.r.kv.Usage(ctx, ns)
}

func (k recordingKV) CompareAndSwap(ctx context.Context, ns, key string, expected, value []byte, ttl time.Duration, q store.Quota) (bool, error) {
	ok, err := k.r.kv.CompareAndSwap(ctx, ns, key, expected, value, ttl, q)
	if err == nil {
		from := "absent"
		if expected != nil {
			from = fmt.Sprintf("%q", expected)
		}
		result := "swapped"
		if !ok {
			result = "unchanged"
		}
		k.r.add("kv cas %s %s->%q%s %s", key, from, value, ttlNote(ttl), result)
	}
	return ok, err
}

func (k recordingKV) Incr(ctx context.Context, ns, key string, delta int64, ttl time.Duration, q store.Quota) (int64, error) {
	n, err := k.r.kv.Incr(ctx, ns, key, delta, ttl, q)
	if err == nil {
		k.r.add("kv incr %s %+d=%d%s", key, delta, n, ttlNote(ttl))
	}
	return n, err
}

func ttlNote(ttl time.Duration) string {
	if ttl > 0 {
		return " ttl=" + ttl.String()
	}
	return ""
}

// Note records a free-form effect, such as a log line, in order.
func (r *Recorder) Note(s string) { r.add("%s", s) }
