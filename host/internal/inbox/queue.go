package inbox

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
)

// Handler handles one event. It returns nil once the event's effects are
// durable (for the host: the skills ran and the outbox has flushed what
// they sent); the inbox then marks the event done. A non-nil error means
// the event must be handled again later: its conversation waits
// RetryDelay and retries it, so order within a conversation holds.
// Skill failures are not Handler errors: they are logged and the event is
// done.
type Handler func(ctx context.Context, ev *abi.Event) error

// item is one accepted event on its way to the Handler.
type item struct {
	ev   *abi.Event
	seq  uint64
	seg  uint64
	conv string
}

// queue schedules events so that one conversation's events are handled
// one at a time, in order, while different conversations run in
// parallel. It keeps a FIFO per conversation and a FIFO of conversations
// that have work and no worker; a worker takes a conversation, handles
// one event, and puts the conversation at the back of the ready list if
// it has more, so a busy conversation cannot starve the others.
type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	convs map[string]*conv
	ready []*conv
	head  int
	// closed makes waiting workers return.
	closed bool
}

type conv struct {
	key    string
	items  []*item
	active bool // taken by a worker or in ready
}

func newQueue() *queue {
	q := &queue{convs: make(map[string]*conv)}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) push(items ...*item) {
	if len(items) == 0 {
		return
	}
	q.mu.Lock()
	for _, it := range items {
		c := q.convs[it.conv]
		if c == nil {
			c = &conv{key: it.conv}
			q.convs[it.conv] = c
		}
		c.items = append(c.items, it)
		if !c.active {
			c.active = true
			q.ready = append(q.ready, c)
		}
	}
	q.mu.Unlock()
	if len(items) == 1 {
		q.cond.Signal()
	} else {
		q.cond.Broadcast()
	}
}

// take blocks until a conversation is ready (or the queue closes) and
// returns it with its first item.
func (q *queue) take() (*conv, *item) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.head == len(q.ready) {
		if q.closed {
			return nil, nil
		}
		q.cond.Wait()
	}
	c := q.ready[q.head]
	q.ready[q.head] = nil
	q.head++
	if q.head == len(q.ready) {
		q.ready, q.head = q.ready[:0], 0
	} else if q.head > 1024 && q.head*2 > len(q.ready) {
		n := copy(q.ready, q.ready[q.head:])
		q.ready, q.head = q.ready[:n], 0
	}
	return c, c.items[0]
}

// finish removes the handled item and re-queues the conversation if it
// has more.
func (q *queue) finish(c *conv) {
	q.mu.Lock()
	c.items[0] = nil
	c.items = c.items[1:]
	if len(c.items) == 0 {
		c.active = false
		delete(q.convs, c.key)
		q.mu.Unlock()
		return
	}
	q.ready = append(q.ready, c)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *queue) reopen() {
	q.mu.Lock()
	q.closed = false
	q.mu.Unlock()
}

// Run hands every accepted event to h, with Options.Workers events in
// flight at most, until ctx ends. It then waits for the handlers in
// flight to return (they see ctx cancelled) and returns ctx's error.
// Events not handled yet stay in the log and are handled after the next
// Open. Run may be called once at a time.
func (ib *Inbox) Run(ctx context.Context, h Handler) error {
	ib.q.reopen()
	var wg sync.WaitGroup
	for range ib.o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ib.work(ctx, h)
		}()
	}
	<-ctx.Done()
	ib.q.close()
	wg.Wait()
	return ctx.Err()
}

func (ib *Inbox) work(ctx context.Context, h Handler) {
	for {
		c, it := ib.q.take()
		if c == nil {
			return
		}
		panics := 0
		for {
			err := ib.handle(ctx, h, it)
			if _, ok := err.(panicError); ok {
				if panics++; panics >= maxPanics {
					ib.log.Error("event dropped: handler panicked on every attempt", "event", it.ev.ID, "kind", it.ev.Kind, "attempts", panics, "err", err)
					ib.o.Metrics.Dropped.Inc()
					err = nil
				}
			}
			if err == nil {
				ib.markDone(it)
				break
			}
			if ctx.Err() != nil {
				// Shutting down: leave it (and its conversation) for the
				// next start. The conversation stays active so no other
				// worker picks its later events out of order.
				return
			}
			ib.o.Metrics.Retries.Inc()
			ib.log.Warn("event handling failed; will retry", "event", it.ev.ID, "kind", it.ev.Kind, "err", err)
			t := time.NewTimer(ib.o.RetryDelay)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		ib.q.finish(c)
	}
}

// handle runs h with panic protection: a panicking handler is an error
// (retried), never a crashed host.
func (ib *Inbox) handle(ctx context.Context, h Handler, it *item) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = panicError{p}
		}
	}()
	return h(ctx, it.ev)
}

// Recovered is how many unhandled events Open found in the log.
func (ib *Inbox) Recovered() int { return ib.recovered }

// maxPanics is how many times an event whose handler panics is tried
// before it is dropped. Durability errors are retried forever (the disk
// may come back); a panic on one event would otherwise block its
// conversation for good.
const maxPanics = 3

type panicError struct{ v any }

func (p panicError) Error() string { return fmt.Sprintf("handler panic: %v", p.v) }
