package inbox

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/bothost/bothost/host/internal/abi"
)

// Handler handles one event. It returns nil once the event is handled;
// the inbox then marks it done (on disk only after Options.BeforeDone, if
// set, has succeeded: what must be durable before an event counts as done
// can be made durable there, for many events at once, instead of in the
// Handler). A non-nil error means the event must be handled again later:
// its conversation waits RetryDelay and retries it, so order within a
// conversation holds; if Run's ctx has ended, the event stays in the log
// for the next Open instead. (The host's Handler runs the skills and
// returns nil: skill failures are logged, not retried.)
type Handler func(ctx context.Context, ev *abi.Event) error

// item is one accepted event on its way to the Handler.
type item struct {
	ev   *abi.Event
	seq  uint64
	seg  uint64
	conv string

	lane      string // set when first classified (Options.Lane)
	limit     int
	laneKnown bool
}

// LaneFunc names the lane an event is handled in and that lane's limit on
// events in flight (0: no limit of its own; Options.Workers bounds it).
type LaneFunc func(ev *abi.Event) (lane string, limit int)

// queue schedules events so that one conversation's events are handled
// one at a time, in order, while different conversations run in
// parallel. It keeps a FIFO per conversation; a conversation with work
// and no worker waits in the ready list of the lane of its first event;
// a worker takes the first conversation of the next lane that is below
// its limit (lanes take turns), handles one event, and puts the
// conversation back, so a busy conversation cannot starve the others.
//
// Lanes are what keep a slow skill from taking every worker: the host
// gives each skill a lane limited to its instance count, so the events
// of a skill whose instances are all busy wait here, in its lane, not in
// a worker blocked on the skill, and the other skills keep their
// workers.
type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	convs map[string]*conv
	// unsorted: conversations with work whose first event is not in a
	// lane's ready list yet. The next take classifies them (see sort), on
	// a worker and without q.mu: never on the writer's ack path.
	unsorted []*conv
	// spare and heads are sort's buffers, kept between calls.
	spare    []*conv
	heads    []*item
	lanes    map[string]*lane
	runnable []*lane // lanes with ready conversations below their limit
	laneOf   LaneFunc
	metrics  *Metrics
	// closed makes waiting workers return.
	closed bool
}

type conv struct {
	key    string
	items  []*item
	active bool  // taken by a worker, unsorted or in a lane's ready list
	lane   *lane // while taken: the lane it counts against
}

type lane struct {
	name     string
	limit    int // 0: none
	inflight int
	ready    []*conv
	head     int
	queued   bool // in q.runnable

	waiting, running prometheus.Gauge
}

func (l *lane) hasReady() bool { return l.head < len(l.ready) }
func (l *lane) open() bool     { return l.limit <= 0 || l.inflight < l.limit }

func newQueue(laneOf LaneFunc, m *Metrics) *queue {
	q := &queue{convs: make(map[string]*conv), lanes: make(map[string]*lane), laneOf: laneOf, metrics: m}
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
			q.unsorted = append(q.unsorted, c)
		}
	}
	q.mu.Unlock()
	if len(items) == 1 {
		q.cond.Signal()
	} else {
		q.cond.Broadcast()
	}
}

// sort moves the unsorted conversations into their lanes. It is called
// with q.mu held and returns with it held, but releases it while it asks
// laneOf for their first events' lanes: the host's LaneFunc routes the
// event (message regexes included), and push, on the writer's ack path,
// must not wait for that.
//
// The conversations it detaches stay active and are in no lane meanwhile,
// so no other worker can take them, and push only appends to them: their
// first item, and that item's lane fields, belong to this call until it
// places them. (Only take and finish, on the worker holding a
// conversation, remove its first item.)
func (q *queue) sort() {
	batch := q.unsorted
	q.unsorted = q.spare[:0]
	q.spare = nil
	heads := q.heads[:0]
	q.heads = nil
	for _, c := range batch {
		heads = append(heads, c.items[0])
	}

	q.mu.Unlock()
	for _, it := range heads {
		if !it.laneKnown {
			if q.laneOf != nil {
				it.lane, it.limit = q.laneOf(it.ev)
			}
			it.laneKnown = true
		}
	}
	q.mu.Lock()

	for i, c := range batch {
		it := heads[i]
		l := q.lanes[it.lane]
		if l == nil {
			label := it.lane
			if label == "" {
				label = "(none)"
			}
			l = &lane{name: it.lane,
				waiting: q.metrics.LaneWaiting.WithLabelValues(label),
				running: q.metrics.LaneRunning.WithLabelValues(label)}
			q.lanes[it.lane] = l
		}
		l.limit = it.limit // the latest word (a reload may change it)
		l.ready = append(l.ready, c)
		l.waiting.Inc()
		q.schedule(l)
	}
	clear(batch)
	clear(heads)
	if cap(batch) > cap(q.spare) {
		q.spare = batch[:0]
	}
	if cap(heads) > cap(q.heads) {
		q.heads = heads[:0]
	}
}

// schedule puts l among the runnable lanes if it has work and room.
// q.mu held.
func (q *queue) schedule(l *lane) {
	if !l.queued && l.hasReady() && l.open() {
		l.queued = true
		q.runnable = append(q.runnable, l)
	}
}

// take blocks until a conversation is ready in a lane below its limit (or
// the queue closes) and returns it with its first item.
func (q *queue) take() (*conv, *item) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if len(q.unsorted) > 0 {
			q.sort() // releases q.mu while it classifies
		}
		if len(q.runnable) > 0 {
			break
		}
		if len(q.unsorted) > 0 {
			continue // pushed while sort had q.mu released
		}
		if q.closed {
			return nil, nil
		}
		q.cond.Wait()
	}
	if q.closed {
		return nil, nil
	}
	l := q.runnable[0]
	q.runnable[0] = nil
	q.runnable = q.runnable[1:]
	l.queued = false
	c := l.ready[l.head]
	l.ready[l.head] = nil
	l.head++
	if l.head == len(l.ready) {
		l.ready, l.head = l.ready[:0], 0
	} else if l.head > 1024 && l.head*2 > len(l.ready) {
		n := copy(l.ready, l.ready[l.head:])
		l.ready, l.head = l.ready[:n], 0
	}
	l.inflight++
	l.waiting.Dec()
	l.running.Inc()
	c.lane = l
	q.schedule(l) // at the back: lanes take turns
	if len(q.runnable) > 0 || len(q.unsorted) > 0 {
		q.cond.Signal() // more work than this worker takes
	}
	return c, c.items[0]
}

// finish removes the handled item, frees its place in its lane and
// re-queues the conversation if it has more.
func (q *queue) finish(c *conv) {
	q.mu.Lock()
	l := c.lane
	c.lane = nil
	l.inflight--
	l.running.Dec()
	q.schedule(l)
	if !l.queued && l.inflight == 0 && !l.hasReady() {
		delete(q.lanes, l.name)
	}
	c.items[0] = nil
	c.items = c.items[1:]
	if len(c.items) == 0 {
		c.active = false
		delete(q.convs, c.key)
	} else {
		q.unsorted = append(q.unsorted, c)
	}
	wake := len(q.runnable) > 0 || len(q.unsorted) > 0
	q.mu.Unlock()
	if wake {
		q.cond.Signal()
	}
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
// flight at most, until ctx ends. h is called with ctx, so the handlers in
// flight see it cancelled then; Run hands out no more events, waits for
// them to return, and returns ctx's error. What a handler does about the
// cancellation is its own choice: one that returns nil has its event
// marked done, one that returns an error leaves it in the log (the host's
// Handler ignores the cancellation, running the skills under
// context.WithoutCancel, so events in flight finish). Events not handled
// yet stay in the log and are handled after the next Open. Run may be
// called once at a time.
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
