package inbox

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bothost/bothost/host/internal/logfile"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
)

// Defaults for Options.
const (
	DefaultDedupWindow = time.Hour
	DefaultSegmentSize = 64 << 20
	DefaultMaxPending  = 1 << 20
	DefaultWorkers     = 64
	DefaultRetryDelay  = time.Second
	// maxBatch bounds the events one group commit takes, so a burst does
	// not hold the first caller's ack behind an unbounded write.
	maxBatch = 4096
)

// ErrFull is returned by Put when more than Options.MaxPending events are
// waiting to be processed: the sender should not ack (Slack retries later),
// which is the back-pressure that keeps a stuck skill from exhausting memory.
var ErrFull = errors.New("inbox: too many pending events")

// Options configure an Inbox. Zero values mean the defaults.
type Options struct {
	Clock  clock.Clock  // default clock.System{}
	Logger *slog.Logger // default: discard
	// DedupWindow is how long an event id is remembered (default 1h).
	DedupWindow time.Duration
	// SegmentSize is the size at which the log rolls to a new segment.
	SegmentSize int64
	// MaxPending bounds accepted-but-unprocessed events (ErrFull past it).
	MaxPending int
	// Workers is how many events are handled at once (different
	// conversations; one conversation is always handled in order).
	Workers int
	// RetryDelay is how long an event whose Handler returned an error
	// waits before it is handled again (its conversation waits with it).
	RetryDelay time.Duration
	// Metrics receives counters; nil: not registered anywhere.
	Metrics *Metrics
	// BeforeDone, if set, must succeed before handled events are marked
	// done on disk. The host flushes its outbox here: an event may be
	// marked done only once what its skills sent is durable, and one
	// flush for every event handled since the last covers them all, so
	// the Handler does not have to wait for it. It runs on its own
	// goroutine, never on the ack path; on error the marks wait and it is
	// retried after RetryDelay.
	BeforeDone func(ctx context.Context) error
	// Lane, if set, assigns each event to a lane with a limit on its
	// events in flight; workers only take events from lanes below their
	// limit. The host's lane is the skill (or skills) an event goes to,
	// limited to the skill's instances, so that a slow skill's backlog
	// waits in the queue instead of occupying every worker (see queue).
	// It is called on a worker, once per event, when the event reaches
	// the front of its conversation, and never with the queue locked, so
	// a slow LaneFunc does not hold up Puts. Nil: one lane, limited by
	// Workers.
	Lane LaneFunc
}

func (o *Options) setDefaults() {
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.DedupWindow <= 0 {
		o.DedupWindow = DefaultDedupWindow
	}
	if o.SegmentSize <= 0 {
		o.SegmentSize = DefaultSegmentSize
	}
	if o.MaxPending <= 0 {
		o.MaxPending = DefaultMaxPending
	}
	if o.Workers <= 0 {
		o.Workers = DefaultWorkers
	}
	if o.RetryDelay <= 0 {
		o.RetryDelay = DefaultRetryDelay
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics(nil)
	}
}

// Inbox is a durable, deduplicating event log with a processor that hands
// each event to a Handler once, in order per conversation. Safe for
// concurrent use.
type Inbox struct {
	dir string
	o   Options
	log *slog.Logger

	reqs    chan *putReq
	kick    chan struct{} // wakes the writer for done marks
	stop    chan struct{} // closed by Close: the writer drains and exits
	stopped chan struct{} // closed when the writer has exited
	closing atomic.Bool
	closeMu sync.RWMutex          // Put holds R while sending on reqs; Close takes W
	broken  atomic.Pointer[error] // set while the log cannot be written
	// Writer-owned: the recovery probe's timer and current backoff.
	probeT    *time.Timer
	probeWait time.Duration

	seq     atomic.Uint64
	pending atomic.Int64

	dd dedup

	// Done marks waiting for the writer.
	doneMu sync.Mutex
	dones  []doneMark

	// Done marks waiting for Options.BeforeDone (see gate).
	gateMu   sync.Mutex
	gated    []doneMark
	gateSync sync.Mutex
	gateKick chan struct{}
	gateStop chan struct{}
	gateDone chan struct{}

	segs segments // writer-owned, plus the compactor under segs.mu

	q *queue

	recovered int
}

type doneMark struct{ seq, seg uint64 }

// putReq is one Put on its way through the writer.
type putReq struct {
	frame []byte
	item  *item
	res   chan error
}

var reqPool = sync.Pool{New: func() any { return &putReq{res: make(chan error, 1)} }}

// Open opens (creating if needed) the inbox in dir and recovers it: events
// accepted before a crash and not yet handled are queued again in their
// original order, and the ids of the last DedupWindow are remembered.
func Open(dir string, o Options) (*Inbox, error) {
	o.setDefaults()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open inbox %s: %w", dir, err)
	}
	ib := &Inbox{
		dir:     dir,
		o:       o,
		log:     o.Logger.With("component", "inbox"),
		reqs:    make(chan *putReq, 1024),
		kick:    make(chan struct{}, 1),
		stop:    make(chan struct{}),
		stopped: make(chan struct{}),
		dd:      newDedup(),
		q:       newQueue(o.Lane, o.Metrics),
	}
	ib.segs.dir = dir
	if err := ib.recover(); err != nil {
		ib.segs.closeActive()
		return nil, fmt.Errorf("open inbox %s: %w", dir, err)
	}
	go ib.writer()
	ib.segs.startCompactor(ib)
	ib.gateKick, ib.gateStop, ib.gateDone = make(chan struct{}, 1), make(chan struct{}), make(chan struct{})
	if o.BeforeDone != nil {
		go ib.gate()
	} else {
		close(ib.gateDone)
	}
	return ib, nil
}

// hashID is the dedup key of an event id. FNV-1a is stable across
// restarts (the .ids files store it); event ids come from signed Slack
// requests, host-made timer ids and random webhook ids, so nobody can
// choose colliding ids.
func hashID(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

// Put stores ev durably and returns nil, or an error wrapping ErrDuplicate
// if its id was accepted before within the dedup window, an error wrapping
// ErrTooLarge if its record is over abi.MaxEventSize (nothing is stored
// and the id is not remembered), or another error if it could not be
// stored (the sender must not ack). ev must not be modified after Put
// returns nil: the processor hands that same value to the Handler.
func (ib *Inbox) Put(ctx context.Context, ev *abi.Event) error {
	if ev.ID == "" {
		return errors.New("inbox: event without id")
	}
	if ev.Kind == "" {
		return fmt.Errorf("inbox: event %s without kind", ev.ID)
	}
	if p := ib.broken.Load(); p != nil {
		return *p
	}
	if ib.closing.Load() {
		return ErrClosed
	}
	now := ib.o.Clock.Now()
	h := hashID(ev.ID)
	// Reserve the id, or find who holds it.
	mine, other, dup := ib.dd.reserve(h, now)
	if dup {
		ib.o.Metrics.Duplicates.Inc()
		if other != nil {
			// Still being written: the answer is that write's outcome,
			// so a sender never acks an event whose first copy failed.
			select {
			case <-other.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if other.err != nil {
				return other.err
			}
		}
		return fmt.Errorf("event %s: %w", ev.ID, ErrDuplicate)
	}
	r := reqPool.Get().(*putReq)
	if int(ib.pending.Load()) >= ib.o.MaxPending {
		ib.dd.release(h, mine, ErrFull, now, ib.o.DedupWindow)
		reqPool.Put(r)
		return ErrFull
	}
	seq := ib.seq.Add(1)
	it := &item{ev: ev, seq: seq, conv: ev.Conversation()}
	r.item = it
	var recLen int
	r.frame, recLen = appendEvent(r.frame[:0], seq, now, h, ev)
	if recLen > abi.MaxEventSize {
		// No skill could be handed it (wasmrt refuses it): refuse it
		// here, before it is acked, rather than store it to fail later.
		err := fmt.Errorf("inbox: event %s: record is %d bytes, limit %d: %w", ev.ID, recLen, abi.MaxEventSize, ErrTooLarge)
		ib.dd.release(h, mine, err, now, ib.o.DedupWindow)
		recycle(r)
		return err
	}
	if len(r.frame) > maxRecord {
		err := fmt.Errorf("inbox: event %s is %d bytes, limit %d", ev.ID, len(r.frame), maxRecord)
		ib.dd.release(h, mine, err, now, ib.o.DedupWindow)
		recycle(r)
		return err
	}

	ib.closeMu.RLock()
	if ib.closing.Load() {
		ib.closeMu.RUnlock()
		ib.dd.release(h, mine, ErrClosed, now, ib.o.DedupWindow)
		recycle(r)
		return ErrClosed
	}
	ib.reqs <- r
	ib.closeMu.RUnlock()

	// The request is the writer's now. Wait for its outcome even if ctx
	// ends: the event may already be durable, and r is reused after.
	err := <-r.res
	ib.dd.release(h, mine, err, now, ib.o.DedupWindow)
	recycle(r)
	if err != nil {
		return fmt.Errorf("inbox: store event %s: %w", ev.ID, err)
	}
	ib.o.Metrics.Accepted.Inc()
	return nil
}

// recycle returns r to the pool, unless one big event grew its buffer:
// the pool must not pin that.
func recycle(r *putReq) {
	r.item = nil
	if cap(r.frame) <= 64<<10 {
		reqPool.Put(r)
	}
}

// appendEvent appends an event record frame. recLen is the length of the
// event's record in it (ev.AppendRecord: what a skill is handed).
func appendEvent(b []byte, seq uint64, now time.Time, h uint64, ev *abi.Event) (frame []byte, recLen int) {
	frame = logfile.Append(b, recEvent, func(b []byte) []byte {
		b = binary.LittleEndian.AppendUint64(b, seq)
		b = binary.LittleEndian.AppendUint64(b, uint64(now.UnixNano()))
		b = binary.LittleEndian.AppendUint64(b, h)
		start := len(b)
		b = ev.AppendRecord(b)
		recLen = len(b) - start
		return abi.AppendString(b, "skill", ev.Skill)
	})
	return frame, recLen
}

// decodeEvent is appendEvent's inverse for recovery.
func decodeEvent(p []byte) (seq uint64, put time.Time, h uint64, ev *abi.Event, err error) {
	if len(p) < 24 {
		return 0, time.Time{}, 0, nil, errors.New("short event record")
	}
	seq = binary.LittleEndian.Uint64(p)
	put = time.Unix(0, int64(binary.LittleEndian.Uint64(p[8:])))
	h = binary.LittleEndian.Uint64(p[16:])
	rec := p[24:]
	e, err := abi.DecodeEvent(rec)
	if err != nil {
		return 0, time.Time{}, 0, nil, err
	}
	if v, ok := abi.Lookup(rec, "skill"); ok {
		e.Skill = string(v)
	}
	return seq, put, h, &e, nil
}

// markDone records that the event was handled; the mark is written with
// the next group commit.
func (ib *Inbox) markDone(it *item) {
	ib.pending.Add(-1)
	ib.o.Metrics.Pending.Dec()
	ib.o.Metrics.Handled.Inc()
	if ib.o.BeforeDone != nil {
		ib.gateMu.Lock()
		ib.gated = append(ib.gated, doneMark{it.seq, it.seg})
		ib.gateMu.Unlock()
		select {
		case ib.gateKick <- struct{}{}:
		default:
		}
		return
	}
	ib.passDones(doneMark{it.seq, it.seg})
}

// passDones hands done marks to the writer for its next commit.
func (ib *Inbox) passDones(marks ...doneMark) {
	ib.doneMu.Lock()
	ib.dones = append(ib.dones, marks...)
	ib.doneMu.Unlock()
	select {
	case ib.kick <- struct{}{}:
	default:
	}
}

// gate runs Options.BeforeDone for the done marks gathered since its last
// round and passes them to the writer once it succeeds. It is its own
// goroutine so that neither the ack path (the writer) nor the workers wait
// for what BeforeDone waits for; one call covers every event handled
// before it, which is what makes it cheap.
func (ib *Inbox) gate() {
	defer close(ib.gateDone)
	for {
		select {
		case <-ib.gateKick:
		case <-ib.gateStop:
			return
		}
		for ib.lockedGateRound() != nil {
			select {
			case <-time.After(ib.o.RetryDelay):
			case <-ib.gateStop:
				return
			}
		}
	}
}

func (ib *Inbox) lockedGateRound() error {
	ib.gateSync.Lock()
	defer ib.gateSync.Unlock()
	return ib.gateRound()
}

// gateRound is one BeforeDone call and hand-over; on error the marks stay
// gated for the next round.
func (ib *Inbox) gateRound() error {
	ib.gateMu.Lock()
	marks := ib.gated
	ib.gated = nil
	ib.gateMu.Unlock()
	if len(marks) == 0 {
		return nil
	}
	if err := ib.o.BeforeDone(context.Background()); err != nil {
		ib.log.Error("inbox: cannot mark events done yet", "events", len(marks), "err", err)
		ib.gateMu.Lock()
		ib.gated = append(marks, ib.gated...)
		ib.gateMu.Unlock()
		return err
	}
	ib.passDones(marks...)
	return nil
}

// SyncDone runs BeforeDone for every event handled so far and passes
// their done marks to the writer; Close then writes them. The host calls
// it after the processor has stopped and before it closes what BeforeDone
// depends on (the outbox). Without Options.BeforeDone it does nothing.
func (ib *Inbox) SyncDone() error {
	if ib.o.BeforeDone == nil {
		return nil
	}
	return ib.lockedGateRound()
}

// Writable returns nil while the inbox can store events, else why not
// (disk full, I/O error): new events are refused until its recovery
// probe succeeds. The host's /readyz answers 503 with it.
func (ib *Inbox) Writable() error {
	if p := ib.broken.Load(); p != nil {
		return *p
	}
	return nil
}

// Pending returns how many accepted events have not been handled yet.
func (ib *Inbox) Pending() int { return int(ib.pending.Load()) }

// Close stops accepting events, writes what is queued (done marks
// included) and closes the log. Call it after Run has returned: events
// still queued are not lost, they are handled after the next Open.
func (ib *Inbox) Close() error {
	ib.closeMu.Lock()
	already := ib.closing.Swap(true)
	ib.closeMu.Unlock()
	if already {
		<-ib.stopped
		return nil
	}
	close(ib.gateStop)
	<-ib.gateDone
	close(ib.stop)
	<-ib.stopped
	ib.segs.stopCompactor()
	return ib.segs.closeActive()
}
