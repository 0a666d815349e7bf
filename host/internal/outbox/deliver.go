package outbox

import (
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Channel queue states.
type qstate int

const (
	qIdle    qstate = iota // no messages (kept a while for its token bucket)
	qParked                // has messages, delivery not running
	qReady                 // in the ready queue
	qRunning               // a worker is calling Slack for its head message
	qWaiting               // a timer will make it ready (pacing, backoff, 429)
	qMarking               // in-doubt marks of its first messages are being committed
)

// chanQ is the queue of one (team, channel). At most one of its messages
// is in flight at a time, which is what keeps a channel in order.
//
// The channel's pacing is shared fairly between skills (start-time fair
// queueing): each message gets a tag, one more than the larger of the
// channel's virtual time (the tag of the last message taken) and the tag
// of the same skill's previous message, and items are kept in tag order
// after the head. So a skill's messages keep their order and wait behind
// its own earlier messages, while another skill's reply waits behind at
// most one of them per skill, not behind the whole backlog (a skill's 50
// posts used to delay a neighbour's reply in the same channel by 50 s).
// The head is never displaced: it may be marking or being looked up.
type chanQ struct {
	key       string
	items     []*item
	vtime     uint64            // tag of the last message taken from the head
	lastTag   map[string]uint64 // skill -> tag of its last message queued
	state     qstate
	tokens    float64
	last      time.Time // token bucket reference time
	notBefore time.Time // backoff or Retry-After
	timer     clock.Timer
}

// scheduler runs delivery: a ready queue of channels and a fixed pool of
// workers, so the number of goroutines does not grow with the number of
// channels, and a channel waiting for pacing or a Retry-After holds no
// worker.
type scheduler struct {
	o     *Outbox
	rate  float64
	burst float64

	mu       sync.Mutex
	cond     *sync.Cond
	started  bool
	stopping bool
	chans    map[string]*chanQ
	ready    []*chanQ

	runCtx context.Context
	cancel context.CancelFunc
	halted chan struct{} // closed by halt
	wg     sync.WaitGroup
}

func newScheduler(o *Outbox) *scheduler {
	s := &scheduler{o: o, rate: o.opt.PerChannelRate, burst: float64(o.opt.PerChannelBurst), chans: map[string]*chanQ{}, halted: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func chanKey(team, channel string) string { return team + "\x00" + channel }

// enqueue adds durable messages to their channels' queues, each skill's
// in order, skills interleaved fairly (chanQ).
func (s *scheduler) enqueue(items []*item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range items {
		if s.o.dropped(it) {
			s.o.dropItem(it)
			continue
		}
		k := chanKey(it.rec.Team, it.rec.Channel)
		q := s.chans[k]
		if q == nil {
			q = &chanQ{key: k}
			s.chans[k] = q
		}
		q.push(it)
		if q.state == qIdle {
			s.schedule(q)
		}
	}
}

// push tags it and inserts it after the head, behind every item whose tag
// is not larger (so equal tags keep arrival order).
func (q *chanQ) push(it *item) {
	if q.lastTag == nil {
		q.lastTag = map[string]uint64{}
	}
	it.tag = max(q.vtime, q.lastTag[it.rec.Skill]) + 1
	q.lastTag[it.rec.Skill] = it.tag
	if len(q.items) == 0 {
		q.items = append(q.items, it)
		return
	}
	rest := q.items[1:]
	i := 1 + sort.Search(len(rest), func(j int) bool { return rest[j].tag > it.tag })
	q.items = slices.Insert(q.items, i, it)
}

// pop removes the head, advancing the channel's virtual time.
func (q *chanQ) pop() {
	q.vtime = max(q.vtime, q.items[0].tag)
	q.items[0] = nil
	q.items = q.items[1:]
}

// dropSkill removes every queued message of skill that is not being
// delivered (a head that is in flight, marking or being looked up
// finishes), records each as dropped, and returns how many it kept.
func (s *scheduler) dropSkill(skill string) (busy int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, q := range s.chans {
		keep := q.items[:0]
		for i, it := range q.items {
			inFlight := i == 0 && (q.state == qRunning || q.state == qMarking)
			if it.rec.Skill != skill {
				keep = append(keep, it)
				continue
			}
			if inFlight || it.marking {
				keep = append(keep, it)
				busy++
				continue
			}
			s.o.dropItem(it)
		}
		clear(q.items[len(keep):])
		q.items = keep
		delete(q.lastTag, skill)
		if len(q.items) == 0 && q.state != qRunning && q.state != qMarking {
			s.idle(q)
		}
	}
	return busy
}

// idle takes an emptied q out of the ready queue or its timer. s.mu held.
func (s *scheduler) idle(q *chanQ) {
	switch q.state {
	case qReady:
		s.ready = slices.DeleteFunc(s.ready, func(x *chanQ) bool { return x == q })
	case qWaiting:
		if q.timer != nil {
			q.timer.Stop()
			q.timer = nil
		}
	}
	q.state = qIdle
	q.items = nil
	q.vtime, q.lastTag = 0, nil
}

func (s *scheduler) start(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started || s.stopping {
		return
	}
	s.started = true
	s.runCtx, s.cancel = context.WithCancel(ctx)
	context.AfterFunc(s.runCtx, s.halt)
	for range s.o.opt.Workers {
		s.wg.Add(1)
		go s.worker()
	}
	s.wg.Add(1)
	go s.janitor()
	for _, q := range s.chans {
		if q.state == qParked {
			s.schedule(q)
		}
	}
}

// halt stops handing out work; workers finish their current call.
func (s *scheduler) halt() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping {
		return
	}
	s.stopping = true
	close(s.halted)
	for _, q := range s.chans {
		if q.timer != nil {
			q.timer.Stop()
			q.timer = nil
		}
		if q.state == qWaiting || q.state == qReady || q.state == qMarking {
			q.state = qParked
		}
	}
	s.ready = nil
	s.cond.Broadcast()
}

// stop halts delivery and waits up to grace for calls in flight before
// cancelling them (at once if abrupt).
func (s *scheduler) stop(grace time.Duration, abrupt bool) {
	s.halt()
	s.mu.Lock()
	started := s.started
	s.mu.Unlock()
	if !started {
		return
	}
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	if abrupt {
		s.cancel()
	}
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		s.cancel()
		<-done
	}
	s.cancel()
}

// schedule puts q in the ready queue, or arms a timer for when its token
// bucket and any backoff allow the next call. s.mu held.
func (s *scheduler) schedule(q *chanQ) {
	if !s.started || s.stopping {
		q.state = qParked
		return
	}
	now := s.o.clk.Now()
	at := s.readyAt(q, now)
	if !at.After(now) {
		q.state = qReady
		s.ready = append(s.ready, q)
		s.cond.Signal()
		return
	}
	q.state = qWaiting
	q.timer = s.o.clk.AfterFunc(at.Sub(now), func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if q.state == qWaiting && !s.stopping {
			q.timer = nil
			q.state = qReady
			s.ready = append(s.ready, q)
			s.cond.Signal()
		}
	})
}

// refill brings q's token bucket up to now.
func (s *scheduler) refill(q *chanQ, now time.Time) {
	if q.last.IsZero() {
		q.tokens, q.last = s.burst, now
		return
	}
	if dt := now.Sub(q.last).Seconds(); dt > 0 {
		q.tokens = math.Min(s.burst, q.tokens+dt*s.rate)
		q.last = now
	}
}

// tokenEpsilon absorbs float rounding, so a timer armed for the exact
// refill instant does not find 0.9999999 tokens and re-arm.
const tokenEpsilon = 1e-6

func (s *scheduler) readyAt(q *chanQ, now time.Time) time.Time {
	s.refill(q, now)
	at := now
	if q.tokens < 1-tokenEpsilon {
		at = now.Add(time.Duration(math.Ceil((1 - q.tokens) / s.rate * float64(time.Second))))
	}
	if q.notBefore.After(at) {
		at = q.notBefore
	}
	return at
}

func (s *scheduler) worker() {
	defer s.wg.Done()
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		for len(s.ready) == 0 && !s.stopping {
			s.cond.Wait()
		}
		if s.stopping {
			return
		}
		q := s.ready[0]
		s.ready[0] = nil
		s.ready = s.ready[1:]
		it := q.items[0]
		switch {
		case it.marking:
			q.state = qMarking // marksDurable brings it back
			continue
		case s.o.needsMark(it):
			s.markAhead(q)
			continue
		case it.foundTS != "":
			// Found posted by an earlier look-up: done without a call.
			q.state = qRunning
			s.settle(q, it, result{kind: resOK, state: stateSent, ts: it.foundTS})
			continue
		case it.doubt:
			q.state = qRunning
			g := s.doubtGroup(q, it)
			l := s.lookupOf(g)
			s.mu.Unlock()
			rr := s.o.reconcile(s.runCtx, l)
			s.mu.Lock()
			s.settleReconcile(q, it, g, rr)
			continue
		}
		q.state = qRunning
		now := s.o.clk.Now()
		s.refill(q, now)
		q.tokens--
		it.tries++
		if it.first.IsZero() {
			it.first = now
		}
		s.mu.Unlock()
		if h := s.o.testBeforeCall; h != nil && h(it) {
			s.die()
			return
		}
		res := s.o.attempt(s.runCtx, it)
		if h := s.o.testAfterCall; h != nil && h(it, res) {
			s.die()
			return
		}
		s.mu.Lock()
		s.settle(q, it, res)
	}
}

// die is the test hooks' simulated process death on a worker: no more
// work is handed out and the result in hand is dropped. Called without
// s.mu; returns with it held (for the worker's deferred Unlock).
func (s *scheduler) die() {
	s.halt()
	s.mu.Lock()
}

// settle applies the result of one call to q. s.mu held.
func (s *scheduler) settle(q *chanQ, it *item, res result) {
	o := s.o
	now := o.clk.Now()
	pop := q.pop
	switch res.kind {
	case resAborted:
		// Stopping: the message stays first in line for the next start.
	case resOK:
		pop()
		o.complete(it, res.state, res.ts, now)
	case resPermanent:
		pop()
		o.deadLetter(it, res.reason, res.err, now)
	case resRetry:
		if res.maybeSent {
			// Slack may have posted it: look before posting again.
			it.doubt, it.doubtUntil = true, now.UnixNano()
		}
		it.attempts++
		if (o.opt.Attempts > 0 && it.attempts >= o.opt.Attempts) || o.expired(it, now) {
			pop()
			o.deadLetter(it, "exhausted", res.err, now)
			break
		}
		o.metrics.retried.Inc()
		q.notBefore = now.Add(o.backoff(it.attempts))
	case resRateLimited:
		o.metrics.rateLimited.Inc()
		if o.expired(it, now) {
			pop()
			o.deadLetter(it, "rate_limited", res.err, now)
			break
		}
		q.notBefore = now.Add(res.retryAfter)
	case resWait:
		if o.expired(it, now) {
			pop()
			o.deadLetter(it, "exhausted", res.err, now)
			break
		}
		q.notBefore = now.Add(res.retryAfter)
	}
	if len(q.items) > 0 {
		s.schedule(q)
	} else {
		q.state = qIdle
		q.items = nil
		q.vtime, q.lastTag = 0, nil
	}
}

// janitor forgets idle channels whose token bucket is full again (so
// their state is no longer needed) and prunes old refs and dedup keys.
func (s *scheduler) janitor() {
	defer s.wg.Done()
	o := s.o
	every := min(time.Minute, o.opt.PruneInterval)
	lastPrune := o.clk.Now()
	t := o.clk.NewTimer(every)
	defer t.Stop()
	for {
		select {
		case <-s.halted:
			return
		case <-t.C():
		}
		now := o.clk.Now()
		s.mu.Lock()
		for k, q := range s.chans {
			if q.state == qIdle && !q.notBefore.After(now) {
				s.refill(q, now)
				if q.tokens >= s.burst-tokenEpsilon {
					delete(s.chans, k)
				}
			}
		}
		s.mu.Unlock()
		if now.Sub(lastPrune) >= o.opt.PruneInterval {
			lastPrune = now
			o.prune(now)
		}
		t.Reset(every)
	}
}

// expired reports whether it has used up its retries: the retry window
// since its first attempt (or, for a message in doubt from a previous
// run that has made none in this one, since its mark) is over, or
// Options.MaxTries calls are made.
func (o *Outbox) expired(it *item, now time.Time) bool {
	if o.opt.MaxTries > 0 && it.tries >= o.opt.MaxTries {
		return true
	}
	start := it.first
	if start.IsZero() && it.markedAt != 0 {
		start = time.Unix(0, it.markedAt)
	}
	return !start.IsZero() && now.Sub(start) >= o.opt.RetryWindow
}

// backoff is the wait before retry number n (1 = the first retry):
// Options.Backoff, then doubling up to MaxBackoff, jittered to between
// half and all of it.
func (o *Outbox) backoff(n int) time.Duration {
	bs := o.opt.Backoff
	b := bs[min(max(n, 1), len(bs))-1]
	for i := len(bs); i < n && b < o.opt.MaxBackoff; i++ {
		b *= 2
	}
	b = min(b, o.opt.MaxBackoff)
	return b/2 + rand.N(b/2+1)
}

// complete records a delivered message.
func (o *Outbox) complete(it *item, state, ts string, now time.Time) {
	d := doneRec{Created: it.rec.Created, State: state, TS: ts}
	o.record(it.n, d, nil)
	o.metrics.sent.WithLabelValues(methodOf(it, state)).Inc()
	o.metrics.pending.Dec()
	o.metrics.latency.Observe(now.Sub(time.Unix(0, it.rec.Created)).Seconds())
}

// deadLetter records a message as dead-lettered. The log line
// names the message and the error, never its text or a token.
func (o *Outbox) deadLetter(it *item, reason string, err error, now time.Time) {
	msg := "unknown error"
	if err != nil {
		msg = err.Error()
	}
	d := doneRec{Created: it.rec.Created, State: stateDead, Err: msg}
	dead, jerr := json.Marshal(&deadRec{Rec: it.rec, Err: msg, At: now.UnixNano(), Tries: it.tries})
	if jerr != nil {
		dead = nil
	}
	o.record(it.n, d, dead)
	o.metrics.dead.WithLabelValues(reason).Inc()
	o.metrics.pending.Dec()
	o.log.Warn("message dead-lettered", "ref", Ref(it.n), "skill", it.rec.Skill, "team", it.rec.Team,
		"channel", it.rec.Channel, "op", it.rec.Op.String(), "event", it.rec.EventID,
		"tries", it.tries, "reason", reason, "err", msg)
}

// record makes an outcome visible at once (Resolve, dependent messages)
// and queues it for the next commit.
func (o *Outbox) record(n uint64, d doneRec, dead []byte) {
	o.rmu.Lock()
	if owner, ok := o.pend[n]; ok {
		d.Owner = owner
		delete(o.pend, n)
		skill := ownerSkill(owner)
		if o.pendSkill[skill]--; o.pendSkill[skill] <= 0 {
			delete(o.pendSkill, skill)
		}
	}
	o.refs.set(n, d.Created, stateCode(d.State), d.val(), d.Owner)
	o.rmu.Unlock()
	o.enqueueOp(wop{kind: opDone, n: n, done: d, dead: dead})
}

func methodOf(it *item, state string) string {
	switch {
	case state == stateResponseURL:
		return "response_url"
	case it.rec.Op == wasmrt.OpUpdate:
		return "chat.update"
	case state == stateEphemeral:
		return "chat.postEphemeral"
	}
	return "chat.postMessage"
}
