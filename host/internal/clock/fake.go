package clock

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"
)

// Fake is a TimerClock that moves only when told to, so tests of timers
// and schedules run in microseconds and always the same way. It is safe
// for concurrent use: the code under test waits on it from its own
// goroutines while the test advances it.
//
// Time never moves by itself. Advance walks forward through the pending
// timers in due order, setting Now to each one's due time before firing
// it, so code woken by a timer sees the time it asked for rather than the
// end of the step. BlockUntil lets a test wait until the code under test
// has gone back to waiting, which is how a test knows a step is finished
// without sleeping.
type Fake struct {
	mu      sync.Mutex
	now     time.Time
	pending []*fakeTimer // sorted by (when, seq)
	seq     uint64
	// changed is closed and replaced whenever pending changes, waking
	// BlockUntil callers to look again.
	changed chan struct{}
}

var _ TimerClock = (*Fake)(nil)

// NewFake returns a Fake whose time is start.
func NewFake(start time.Time) *Fake {
	return &Fake{now: start, changed: make(chan struct{})}
}

// Now returns the fake time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// Advance moves the time forward by d, firing every timer that falls due
// on the way in due order (timers due at the same instant in the order
// they were armed). A channel timer gets its due time on C; an AfterFunc
// callback runs on the calling goroutine, with no lock held, so it may
// use the clock (but must not call Advance). A timer armed by a callback
// that falls due within the step fires in the same call. d < 0 is
// treated as 0.
func (f *Fake) Advance(d time.Duration) {
	f.mu.Lock()
	target := f.now.Add(max(d, 0))
	f.mu.Unlock()
	f.AdvanceTo(target)
}

// AdvanceTo is Advance to an absolute time; a time before Now only fires
// what is already due.
func (f *Fake) AdvanceTo(target time.Time) {
	for {
		f.mu.Lock()
		if len(f.pending) == 0 || f.pending[0].when.After(target) {
			if target.After(f.now) {
				f.now = target
			}
			f.mu.Unlock()
			return
		}
		t := f.pending[0]
		f.pending = f.pending[1:]
		t.armed = false
		if t.when.After(f.now) {
			f.now = t.when
		}
		f.notifyLocked()
		fn := t.deliverLocked()
		f.mu.Unlock()
		if fn != nil {
			fn()
		}
	}
}

// Waiters returns how many timers are pending.
func (f *Fake) Waiters() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.pending)
}

// BlockUntil waits until at least n timers are pending, or ctx ends. A
// test calls it after Advance to know that the code it woke has finished
// its work and armed its next wake-up.
func (f *Fake) BlockUntil(ctx context.Context, n int) error {
	for {
		f.mu.Lock()
		if len(f.pending) >= n {
			f.mu.Unlock()
			return nil
		}
		ch := f.changed
		f.mu.Unlock()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

// NewTimer returns a timer that receives the fake time on C after d.
func (f *Fake) NewTimer(d time.Duration) Timer {
	t := &fakeTimer{f: f, c: make(chan time.Time, 1)}
	t.Reset(d)
	return t
}

// NewTimerAt returns a timer that receives the fake time on C once the
// time reaches t (at once if it already has). Use it through
// clock.NewTimerAt.
func (f *Fake) NewTimerAt(at time.Time) Timer {
	t := &fakeTimer{f: f, c: make(chan time.Time, 1)}
	t.arm(func(now time.Time) time.Time { return at })
	return t
}

// AfterFunc calls fn from Advance once d has passed. With d <= 0 it runs
// fn at once, on the calling goroutine.
func (f *Fake) AfterFunc(d time.Duration, fn func()) Timer {
	t := &fakeTimer{f: f, fn: fn}
	t.Reset(d)
	return t
}

// notifyLocked wakes BlockUntil callers; f.mu must be held.
func (f *Fake) notifyLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

// removeLocked unlinks t if it is pending and reports whether it was.
func (f *Fake) removeLocked(t *fakeTimer) bool {
	if !t.armed {
		return false
	}
	if i := slices.Index(f.pending, t); i >= 0 {
		f.pending = slices.Delete(f.pending, i, i+1)
	}
	t.armed = false
	f.notifyLocked()
	return true
}

type fakeTimer struct {
	f  *Fake
	c  chan time.Time // nil for AfterFunc timers
	fn func()
	// guarded by f.mu
	when  time.Time
	seq   uint64
	armed bool
}

func (t *fakeTimer) C() <-chan time.Time { return t.c }

// deliverLocked sends the due time on a channel timer, under f.mu so a
// concurrent Stop or Reset either comes first (and nothing is sent) or
// after (and drains it). For an AfterFunc timer it returns the callback,
// which the caller runs once f.mu is released.
func (t *fakeTimer) deliverLocked() func() {
	if t.fn != nil {
		return t.fn
	}
	// A value not yet received is replaced: a real timer never holds more
	// than one.
	t.drainLocked()
	t.c <- t.when
	return nil
}

func (t *fakeTimer) Stop() bool {
	t.f.mu.Lock()
	defer t.f.mu.Unlock()
	t.drainLocked()
	return t.f.removeLocked(t)
}

func (t *fakeTimer) Reset(d time.Duration) bool {
	return t.arm(func(now time.Time) time.Time { return now.Add(d) })
}

// arm (re)arms t for the time when(now) returns, reading now under the
// same lock as the insertion so Advance cannot slip in between.
func (t *fakeTimer) arm(when func(now time.Time) time.Time) bool {
	f := t.f
	f.mu.Lock()
	was := f.removeLocked(t)
	t.drainLocked()
	t.when = when(f.now)
	if !t.when.After(f.now) {
		fn := t.deliverLocked()
		f.mu.Unlock()
		if fn != nil {
			fn()
		}
		return was
	}
	f.seq++
	t.seq = f.seq
	t.armed = true
	i, _ := slices.BinarySearchFunc(f.pending, t, func(a, b *fakeTimer) int {
		if c := a.when.Compare(b.when); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	f.pending = slices.Insert(f.pending, i, t)
	f.notifyLocked()
	f.mu.Unlock()
	return was
}

// drainLocked discards a delivered value nobody received, so a stopped or
// re-armed timer never yields a stale tick (Go 1.23 timer semantics).
func (t *fakeTimer) drainLocked() {
	if t.c == nil {
		return
	}
	select {
	case <-t.c:
	default:
	}
}
