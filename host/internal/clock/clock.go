// Package clock is the host's single source of time, so tests can drive
// timers, schedules and deadlines on a fake clock without sleeping.
//
// Code that only reads the time takes a Clock. Code that also waits (the
// timer and schedule services) takes a TimerClock, which System and Fake
// both implement; Clock stays a one-method interface so the many tests
// that stub Now alone keep compiling.
package clock

import (
	"context"
	"time"
)

// Clock tells the time.
type Clock interface {
	Now() time.Time
}

// TimerClock is a Clock that can also wake its caller later. Waiting goes
// through the clock rather than package time so that a Fake can release
// every waiter deterministically when a test advances it.
type TimerClock interface {
	Clock
	// NewTimer returns a Timer that sends the clock's time on C() once d
	// has passed (at once if d <= 0).
	NewTimer(d time.Duration) Timer
	// AfterFunc calls f once d has passed. System runs f on its own
	// goroutine; Fake runs it on the goroutine that advances the clock,
	// or, for d <= 0, on the caller's: f must not need a lock the caller
	// of AfterFunc or Reset holds. The returned Timer's C() is nil.
	AfterFunc(d time.Duration, f func()) Timer
}

// Timer is a pending wake-up from a TimerClock, with the semantics of
// *time.Timer since Go 1.23: Stop and Reset discard a value not yet
// received, so a stale tick is never read after either returns.
type Timer interface {
	// C is the channel the time is delivered on; nil for AfterFunc timers.
	C() <-chan time.Time
	// Stop prevents the timer from firing. It reports whether it stopped
	// a pending timer (false: it had already fired or been stopped).
	Stop() bool
	// Reset re-arms the timer to fire after d, reporting whether it was
	// pending.
	Reset(d time.Duration) bool
}

// Sleep waits for d on c, returning early with ctx.Err() when ctx ends.
func Sleep(ctx context.Context, c TimerClock, d time.Duration) error {
	t := c.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C():
		return nil
	}
}

// NewTimerAt returns a Timer on c that fires once c's time reaches t.
// Code that sleeps until an absolute time should use it rather than
// NewTimer(t.Sub(c.Now())): on a Fake the time may move between reading
// Now and arming the timer, and an absolute timer cannot then fire late.
func NewTimerAt(c TimerClock, t time.Time) Timer {
	if a, ok := c.(interface{ NewTimerAt(time.Time) Timer }); ok {
		return a.NewTimerAt(t)
	}
	return c.NewTimer(t.Sub(c.Now()))
}

// System is the real wall clock.
type System struct{}

var _ TimerClock = System{}

// Now returns time.Now().
func (System) Now() time.Time { return time.Now() }

// NewTimer wraps time.NewTimer.
func (System) NewTimer(d time.Duration) Timer { t := time.NewTimer(d); return sysTimer{t, t.C} }

// AfterFunc wraps time.AfterFunc.
func (System) AfterFunc(d time.Duration, f func()) Timer {
	return sysTimer{t: time.AfterFunc(d, f)}
}

type sysTimer struct {
	t *time.Timer
	c <-chan time.Time
}

func (s sysTimer) C() <-chan time.Time        { return s.c }
func (s sysTimer) Stop() bool                 { return s.t.Stop() }
func (s sysTimer) Reset(d time.Duration) bool { return s.t.Reset(d) }
