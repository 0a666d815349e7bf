package inbox

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/logfile"
)

// segments tracks the log files: the active one being appended to, and
// how many events of each older one are still unhandled, so that a
// segment whose events are all handled can be compacted to an .ids file.
type segments struct {
	dir string

	// Writer-owned.
	active     *os.File
	suspect    bool // a write to active failed: its state is unknown
	activeID   uint64
	activeSize int64 // valid bytes; writes go here
	allocated  int64 // bytes in the file: zeros from activeSize on

	// compactMu serialises compactOnce: the compactor goroutine and a
	// direct call (tests, shutdown) must not both take logs[0].
	compactMu sync.Mutex

	mu      sync.Mutex
	pending map[uint64]int // segment id → events not yet durably done
	logs    []uint64       // .log segments, oldest first (active last)
	ids     []idsFile      // .ids files, oldest first

	compact chan struct{}
	done    chan struct{}
	wg      sync.WaitGroup
}

type idsFile struct {
	id     uint64
	newest int64 // newest put time (unix ns) in it
}

func (s *segments) closeActive() error {
	if s.active == nil {
		return nil
	}
	// Cut the preallocated zeros, so a closed segment ends at its last
	// record.
	err := s.active.Truncate(s.activeSize)
	if serr := s.active.Sync(); err == nil {
		err = serr
	}
	if cerr := s.active.Close(); err == nil {
		err = cerr
	}
	s.active = nil
	return err
}

// openNew starts segment id as the active one.
func (s *segments) openNew(id uint64) error {
	f, err := os.OpenFile(logfile.Name(s.dir, id, ".log"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if err := logfile.SyncDir(s.dir); err != nil {
		f.Close()
		return err
	}
	s.active, s.activeID, s.activeSize, s.allocated = f, id, 0, 0
	s.mu.Lock()
	s.logs = append(s.logs, id)
	s.mu.Unlock()
	return nil
}

// doneDelay is how long done marks may wait for a Put's commit to share.
const doneDelay = 20 * time.Millisecond

// writer is the single goroutine that appends to the log. It takes every
// Put waiting, plus the done marks gathered since the last round, writes
// them with one write and one fdatasync (group commit), then answers the
// Puts and queues their events for the processor.
func (ib *Inbox) writer() {
	defer close(ib.stopped)
	var (
		batch []*putReq
		buf   []byte
		dones []doneMark
	)
	for {
		batch = batch[:0]
		select {
		case <-ib.probeC():
			ib.probe(&buf, &dones)
			continue
		case r := <-ib.reqs:
			batch = append(batch, r)
		case <-ib.kick:
			// Only done marks. Nobody waits for them (a lost one makes
			// its event run again after a crash, and what it sends is
			// deduplicated), so let them ride with the next Put's commit,
			// or write them after doneDelay: a quiet inbox then pays one
			// fdatasync per event instead of two.
			t := time.NewTimer(doneDelay)
			select {
			case r := <-ib.reqs:
				batch = append(batch, r)
			case <-t.C:
			case <-ib.stop:
			}
			t.Stop()
		case <-ib.stop:
			// Close holds closeMu, so no Put is sending any more: drain
			// what was sent, write the last done marks, and exit.
			for {
				select {
				case r := <-ib.reqs:
					batch = append(batch, r)
					continue
				default:
				}
				break
			}
			ib.commit(batch, &buf, &dones)
			return
		}
	drain:
		for len(batch) < maxBatch {
			select {
			case r := <-ib.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		ib.commit(batch, &buf, &dones)
	}
}

// commit writes one group: the batch's events and the pending done marks.
func (ib *Inbox) commit(batch []*putReq, bufp *[]byte, donesp *[]doneMark) {
	ib.doneMu.Lock()
	dones := append((*donesp)[:0], ib.dones...)
	ib.dones = ib.dones[:0]
	ib.doneMu.Unlock()
	*donesp = dones
	if len(batch) == 0 && len(dones) == 0 {
		return
	}
	if p := ib.broken.Load(); p != nil {
		// Not writable: only the probe writes until it has recovered.
		for _, r := range batch {
			r.res <- *p
		}
		ib.doneMu.Lock()
		ib.dones = append(slices.Clone(dones), ib.dones...)
		ib.doneMu.Unlock()
		return
	}
	buf := (*bufp)[:0]
	for _, r := range batch {
		buf = append(buf, r.frame...)
	}
	for i := 0; i < len(dones); {
		n := min(len(dones)-i, (maxRecord-16)/8)
		chunk := dones[i : i+n]
		buf = logfile.Append(buf, recDone, func(b []byte) []byte {
			for _, d := range chunk {
				b = binary.LittleEndian.AppendUint64(b, d.seq)
			}
			return b
		})
		i += n
	}
	*bufp = buf

	start := time.Now()
	err := ib.write(buf)
	ib.o.Metrics.CommitSeconds.Observe(time.Since(start).Seconds())
	ib.o.Metrics.BatchEvents.Observe(float64(len(batch)))
	if err != nil {
		// A failed write or fsync leaves the file in an unknown state
		// (Linux may drop the dirty pages): nothing more goes into it.
		// New events are refused until a probe (writer goroutine, with
		// backoff) has moved to a fresh segment and proved it can write
		// and sync there; then the inbox takes events again by itself.
		err = fmt.Errorf("inbox log %s: %w", logfile.Name(ib.dir, ib.segs.activeID, ".log"), err)
		ib.setBroken(err)
		for _, r := range batch {
			r.res <- err
		}
		// The done marks wait for the first commit that succeeds.
		ib.doneMu.Lock()
		ib.dones = append(slices.Clone(dones), ib.dones...)
		ib.doneMu.Unlock()
		return
	}

	seg := ib.segs.activeID
	ib.segs.mu.Lock()
	ib.segs.pending[seg] += len(batch)
	emptied := false
	for _, d := range dones {
		ib.segs.pending[d.seg]--
		if ib.segs.pending[d.seg] == 0 && d.seg != seg {
			emptied = true
		}
	}
	ib.segs.mu.Unlock()
	ib.segs.activeSize += int64(len(buf))

	ib.pending.Add(int64(len(batch)))
	ib.o.Metrics.Pending.Add(float64(len(batch)))
	items := make([]*item, len(batch))
	for i, r := range batch {
		r.item.seg = seg
		items[i] = r.item
	}
	// Queue before answering: once a Put returns, its event is both
	// durable and on its way to the processor.
	ib.q.push(items...)
	for _, r := range batch {
		r.res <- nil
	}

	if ib.segs.activeSize >= ib.o.SegmentSize {
		if err := ib.roll(); err != nil {
			ib.setBroken(fmt.Errorf("inbox: roll segment: %w", err))
			return
		}
		emptied = true
	}
	if emptied {
		ib.segs.kickCompactor()
	}
}

// preallocChunk is how far ahead of the write position the active
// segment is filled with zeros. Overwriting allocated blocks leaves the
// file's size alone, so each commit's fdatasync flushes data only instead
// of also committing the file system's journal for a new size: about a
// third less CPU and latency per commit on ext4 (BenchmarkFdatasync in
// host/internal/logfile, prefilled vs growing). Recovery reads the zeros
// as the end of the log.
const preallocChunk = 4 << 20

func (ib *Inbox) write(buf []byte) error {
	s := &ib.segs
	if s.active == nil {
		return errors.New("no active segment")
	}
	if need := s.activeSize + int64(len(buf)); need > s.allocated {
		grow := max(need-s.allocated, preallocChunk)
		zeros := make([]byte, grow)
		if _, err := s.active.WriteAt(zeros, s.allocated); err != nil {
			return err
		}
		s.allocated += grow
	}
	if _, err := s.active.WriteAt(buf, s.activeSize); err != nil {
		return err
	}
	return logfile.Fdatasync(s.active)
}

// roll closes the active segment and starts the next one.
func (ib *Inbox) roll() error {
	next := ib.segs.activeID + 1
	if err := ib.segs.closeActive(); err != nil {
		return err
	}
	return ib.segs.openNew(next)
}

// Recovery from a failed write (disk full, I/O error): the writer stops
// using the segment it failed on and probes, with backoff, until it can
// open a fresh segment and write and sync a preallocated chunk there.

const (
	probeFirst = 100 * time.Millisecond
	probeMax   = 5 * time.Second
)

// setBroken refuses new events with err and starts probing. Writer
// goroutine only.
func (ib *Inbox) setBroken(err error) {
	ib.o.Metrics.WriteFailures.Inc()
	ib.segs.suspect = true
	if ib.broken.Load() == nil {
		ib.broken.Store(&err)
		ib.o.Metrics.Unwritable.Set(1)
		ib.log.Error("inbox cannot store events; refusing new ones (Slack retries them) and probing until writes succeed", "err", err)
		ib.probeWait = probeFirst
	}
	ib.armProbe()
}

func (ib *Inbox) armProbe() {
	if ib.probeT == nil {
		ib.probeT = time.NewTimer(ib.probeWait)
		return
	}
	ib.probeT.Reset(ib.probeWait)
}

// probeC is the probe timer's channel while the inbox is broken (nil,
// which blocks, otherwise).
func (ib *Inbox) probeC() <-chan time.Time {
	if ib.broken.Load() == nil || ib.probeT == nil {
		return nil
	}
	return ib.probeT.C
}

// probe tries to make the log writable again; on success the inbox
// accepts events again and the done marks held back are written.
func (ib *Inbox) probe(bufp *[]byte, donesp *[]doneMark) {
	if err := ib.recoverWrite(); err != nil {
		ib.o.Metrics.WriteFailures.Inc()
		ib.log.Debug("inbox still cannot write", "err", err, "next_probe", ib.probeWait)
		ib.probeWait = min(2*ib.probeWait, probeMax)
		ib.armProbe()
		return
	}
	p := ib.broken.Load()
	ib.broken.Store(nil)
	ib.o.Metrics.Unwritable.Set(0)
	ib.log.Info("inbox can store events again; accepting new ones", "was", *p)
	ib.segs.kickCompactor()
	ib.commit(nil, bufp, donesp)
}

// recoverWrite leaves a segment a write failed on for a fresh one and
// proves the file system takes a preallocated chunk there, synced.
func (ib *Inbox) recoverWrite() error {
	s := &ib.segs
	if s.suspect && s.active != nil {
		// What it holds up to activeSize was synced before; the rest is
		// cut (an event that failed was never acked).
		_ = s.closeActive()
	}
	if s.active == nil {
		next := s.activeID + 1
		// A file left by an attempt that failed half-way holds nothing
		// that was acked.
		_ = os.Remove(logfile.Name(s.dir, next, ".log"))
		if err := s.openNew(next); err != nil {
			return err
		}
		s.mu.Lock()
		if s.pending == nil {
			s.pending = map[uint64]int{}
		}
		s.mu.Unlock()
	}
	s.suspect = false
	if s.allocated < preallocChunk {
		zeros := make([]byte, preallocChunk-s.allocated)
		if _, err := s.active.WriteAt(zeros, s.allocated); err != nil {
			return err
		}
		if err := logfile.Fdatasync(s.active); err != nil {
			s.suspect = true
			return err
		}
		s.allocated = preallocChunk
	}
	return nil
}
