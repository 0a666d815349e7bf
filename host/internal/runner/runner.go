// Package runner is the background-loop lifecycle the timer and schedule
// services share: start once, wake early on a signal, stop and wait on
// Close.
package runner

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
)

// Errors of Loop.Start.
var (
	ErrStarted = errors.New("already started") // Start was called before
	ErrClosed  = errors.New("service closed")  // Close was called before
)

// Loop runs one background function and lets it sleep until a time or a
// Signal. Create with New; Probe may be set (tests only) before Start.
type Loop struct {
	wake  chan struct{}
	Probe *Probe

	mu     sync.Mutex
	stop   context.CancelFunc
	done   chan struct{}
	closed bool
}

// New returns a Loop that has not started.
func New() *Loop { return &Loop{wake: make(chan struct{}, 1)} }

// Signal wakes Wait without blocking: the earliest deadline may have changed.
func (l *Loop) Signal() {
	l.Probe.kick()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Busy marks the start of a pass (for Probe).
func (l *Loop) Busy() { l.Probe.busy() }

// Wait blocks until next on c (zero: no deadline), a Signal, or the end
// of ctx, and returns ctx's error in the last case, else nil. c is the
// caller's clock, passed on every call rather than kept, so a test may
// swap it.
func (l *Loop) Wait(ctx context.Context, c clock.TimerClock, next time.Time) error {
	var tc <-chan time.Time
	if !next.IsZero() {
		t := clock.NewTimerAt(c, next)
		defer t.Stop()
		tc = t.C()
	}
	l.Probe.idle(next)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-l.wake:
	case <-tc:
	}
	return nil
}

// Start runs run on a goroutine until Close cancels its context.
func (l *Loop) Start(ctx context.Context, run func(context.Context)) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.closed:
		return ErrClosed
	case l.done != nil:
		return ErrStarted
	}
	ctx, l.stop = context.WithCancel(ctx)
	l.done = make(chan struct{})
	go func() {
		defer close(l.done)
		run(ctx)
	}()
	return nil
}

// Close stops the loop, waits for it, then calls then (once, under the
// lifecycle lock, so a concurrent Close waits for it too). Later calls
// return nil.
func (l *Loop) Close(then func() error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	if l.stop != nil {
		l.stop()
		<-l.done
	}
	if then == nil {
		return nil
	}
	return then()
}

// Probe lets tests see when the loop has nothing left to do before the
// clock moves, so they can step a clock.Fake without sleeping. nil in
// production, where it costs nothing.
type Probe struct {
	mu      sync.Mutex
	waiting bool
	next    time.Time
	kicked  bool
	changed chan struct{}
}

// NewProbe returns a Probe to set as Loop.Probe before Start.
func NewProbe() *Probe { return &Probe{changed: make(chan struct{})} }

func (p *Probe) update(f func()) {
	if p == nil {
		return
	}
	p.mu.Lock()
	f()
	close(p.changed)
	p.changed = make(chan struct{})
	p.mu.Unlock()
}

func (p *Probe) busy()            { p.update(func() { p.waiting, p.kicked = false, false }) }
func (p *Probe) idle(t time.Time) { p.update(func() { p.waiting, p.next = true, t }) }
func (p *Probe) kick()            { p.update(func() { p.kicked = true }) }

// Quiet waits until the loop waits for a time after now with no wake
// pending, and returns that time.
func (p *Probe) Quiet(ctx context.Context, c clock.Clock) (time.Time, error) {
	for {
		p.mu.Lock()
		ok := p.waiting && !p.kicked && (p.next.IsZero() || p.next.After(c.Now()))
		next, ch := p.next, p.changed
		p.mu.Unlock()
		if ok {
			return next, nil
		}
		select {
		case <-ctx.Done():
			return time.Time{}, fmt.Errorf("runner never went quiet: %w", ctx.Err())
		case <-ch:
		}
	}
}
