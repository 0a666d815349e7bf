package wasmrt

import (
	"context"
	"time"
)

// callCtx is the context of one guest call, reused by its instance for
// every event. It exists because the standard way, context.WithTimeout
// plus a value wrapper per event, costs several allocations and a timer
// on a path whose whole budget is a few microseconds.
//
// Done is closed only when the deadline passes; such an instance has been
// interrupted (wazero closes the module), so it is discarded and its
// closed channel is never seen by a later event. Cancellation of the
// parent context is not propagated into a running call: the deadline
// bounds every call, and shutdown drains in-flight calls.
type callCtx struct {
	parent   context.Context // for Value only; set per call
	inst     *instance
	deadline time.Time
	done     chan struct{}
	timer    *time.Timer
}

func newCallCtx(inst *instance) *callCtx {
	c := &callCtx{inst: inst, done: make(chan struct{}), parent: context.Background()}
	c.timer = time.AfterFunc(time.Hour, func() { close(c.done) })
	c.timer.Stop()
	return c
}

// arm starts the deadline for one call.
func (c *callCtx) arm(parent context.Context, deadline time.Time) {
	if d, ok := parent.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	c.parent = parent
	c.deadline = deadline
	c.timer.Reset(time.Until(deadline))
}

// disarm stops the deadline; it reports false if the deadline already
// fired, in which case the instance must not be reused.
func (c *callCtx) disarm() bool {
	c.parent = context.Background()
	return c.timer.Stop()
}

func (c *callCtx) Deadline() (time.Time, bool) { return c.deadline, true }
func (c *callCtx) Done() <-chan struct{}       { return c.done }

func (c *callCtx) Err() error {
	select {
	case <-c.done:
		return context.DeadlineExceeded
	default:
		return nil
	}
}

func (c *callCtx) Value(key any) any {
	if _, ok := key.(instanceKey); ok {
		return c.inst
	}
	return c.parent.Value(key)
}
