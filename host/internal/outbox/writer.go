package outbox

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/logfile"
)

// maxBatchBytes is where the committer stops adding ops to one write; the
// rest waits for the next. It keeps frames well below maxRecord.
const maxBatchBytes = 32 << 20

// preallocChunk is how far ahead of the write position a segment is
// filled with zeros (at most; less for tiny test segments). Overwriting
// allocated blocks does not change the file's size, so the fdatasync of a
// commit flushes data only instead of also committing the file system's
// journal for the new size: about a third less CPU and latency per commit
// on ext4 (BenchmarkFdatasync in host/internal/logfile, prefilled vs
// growing). The zeros are cut off when the segment is closed.
const preallocChunk = 4 << 20

// lockTimeout is how long Open waits for another Outbox (a host still
// shutting down) to release the directory.
const lockTimeout = 2 * time.Second

// errStopped ends a compaction cut short by Close.
var errStopped = errors.New("outbox: stopped")

// logFiles is the outbox directory: its lock, the active segment (owned by
// the committer) and the files the compactor works on.
type logFiles struct {
	dir     string
	lock    *os.File
	segSize int64

	// Committer-owned.
	active     *os.File
	activeID   uint64
	activeSize int64 // valid bytes: writes go here
	allocated  int64 // bytes of the file, zeros from activeSize on

	mu       sync.Mutex
	snapID   uint64    // the newest snapshot
	snapSize int64     // its size
	closed   []segInfo // closed segments after it, oldest first
	lastID   uint64    // highest file id in use
}

type segInfo struct {
	id   uint64
	size int64
}

// write appends one batch and makes it durable with one fdatasync.
func (lf *logFiles) write(b []byte) error {
	if lf.active == nil {
		if err := lf.roll(); err != nil {
			return err
		}
	}
	if need := lf.activeSize + int64(len(b)); need+logfile.Header > lf.allocated {
		if err := lf.extend(need); err != nil {
			lf.abandon()
			return err
		}
	}
	if _, err := lf.active.WriteAt(b, lf.activeSize); err != nil {
		lf.abandon()
		return err
	}
	if err := logfile.Fdatasync(lf.active); err != nil {
		lf.abandon()
		return err
	}
	lf.activeSize += int64(len(b))
	return nil
}

// extend fills the active segment with zeros up to at least a frame
// header past need bytes, so the zeros after the last frame always read
// as preallocation (a zero length: logfile.TornError.Zeros), never as a
// short header. They need no sync of their own: the fdatasync of the
// write that follows makes the size durable with it.
func (lf *logFiles) extend(need int64) error {
	chunk := min(preallocChunk, max(lf.segSize, 4096))
	size := max(lf.allocated+chunk, need+logfile.Header)
	zeros := make([]byte, min(size-lf.allocated, 1<<20))
	for off := lf.allocated; off < size; {
		n := min(int64(len(zeros)), size-off)
		if _, err := lf.active.WriteAt(zeros[:n], off); err != nil {
			return err
		}
		off += n
	}
	lf.allocated = size
	return nil
}

// abandon gives up the active segment after a failed write or sync: the
// file is cut back to what was durable (best effort: a torn frame left at
// its end is cut off by the next recovery) and the next write goes to a
// new segment, so nothing is ever appended after a torn frame.
func (lf *logFiles) abandon() {
	_ = lf.active.Truncate(lf.activeSize)
	_ = lf.active.Close()
	lf.mu.Lock()
	lf.closed = append(lf.closed, segInfo{lf.activeID, lf.activeSize})
	lf.mu.Unlock()
	lf.active = nil
}

// roll closes the active segment (already synced; its zeros are cut off)
// and starts the next.
func (lf *logFiles) roll() error {
	if lf.active != nil {
		err := lf.active.Truncate(lf.activeSize)
		if cerr := lf.active.Close(); err == nil {
			err = cerr
		}
		lf.mu.Lock()
		lf.closed = append(lf.closed, segInfo{lf.activeID, lf.activeSize})
		lf.mu.Unlock()
		lf.active = nil
		if err != nil {
			return err
		}
	}
	lf.mu.Lock()
	lf.lastID++
	id := lf.lastID
	lf.mu.Unlock()
	f, err := os.OpenFile(logfile.Name(lf.dir, id, extLog), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if err := logfile.SyncDir(lf.dir); err != nil {
		f.Close()
		return err
	}
	lf.active, lf.activeID, lf.activeSize, lf.allocated = f, id, 0, 0
	return nil
}

// close closes the active segment and releases the lock. trim cuts off
// the segment's preallocated zeros (a simulated crash leaves them, as a
// real one does, for recovery to find).
func (lf *logFiles) close(trim bool) error {
	var err error
	if lf.active != nil {
		if trim {
			err = lf.active.Truncate(lf.activeSize)
		}
		if cerr := lf.active.Close(); err == nil {
			err = cerr
		}
		lf.active = nil
	}
	if lf.lock != nil {
		if cerr := lf.lock.Close(); err == nil {
			err = cerr
		}
		lf.lock = nil
	}
	return err
}

func lockDir(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockTimeout)
	for {
		err := tryLock(f)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, errLocked) || time.Now().After(deadline) {
			f.Close()
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func newInstance() (string, error) {
	var id [8]byte
	if _, err := rand.Read(id[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(id[:]), nil
}

// openLog prepares the directory (creating it if needed), locks it and recovers the state. It returns the
// pending messages in order.
func (o *Outbox) openLog() ([]*item, error) {
	if err := o.prepareDir(); err != nil {
		return nil, fmt.Errorf("outbox: open %s: %w", o.path, err)
	}
	lock, err := lockDir(o.path)
	if err != nil {
		return nil, fmt.Errorf("outbox: open %s: %w", o.path, err)
	}
	o.files.lock = lock
	items, err := o.recoverLog()
	if err != nil {
		_ = o.files.close(true)
		return nil, fmt.Errorf("outbox: load %s: %w", o.path, err)
	}
	return items, nil
}

// prepareDir makes o.path an outbox directory.
func (o *Outbox) prepareDir() error {
	fi, err := os.Stat(o.path)
	switch {
	case err == nil && fi.IsDir():
		return nil
	case err == nil:
		return fmt.Errorf("not a directory")
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(o.path, 0o700); err != nil {
			return err
		}
		return logfile.SyncDir(filepath.Dir(o.path))
	}
	return err
}

// recoverLog rebuilds the state from the newest snapshot and the segments
// after it, and opens the segment to append to.
func (o *Outbox) recoverLog() ([]*item, error) {
	lf := &o.files
	dir := o.path
	files, err := listDir(dir)
	if err != nil {
		return nil, err
	}
	for _, t := range files.tmps { // an interrupted compaction
		if err := os.Remove(t); err != nil {
			return nil, err
		}
	}
	now := o.clk.Now()
	st := newLogState(o.log, now.Add(-o.opt.DedupRetention).UnixNano(), now.Add(-o.opt.RefRetention).UnixNano())
	var snapID uint64
	var snapSize int64
	var logs []uint64
	if len(files.snaps) == 0 {
		if len(files.logs) > 0 {
			return nil, fmt.Errorf("log segments without a snapshot")
		}
		if st.instance, err = newInstance(); err != nil {
			return nil, err
		}
		if snapSize, err = st.writeSnapshot(logfile.Name(dir, 0, extSnap), nil); err != nil {
			return nil, fmt.Errorf("write first snapshot: %w", err)
		}
	} else {
		snapID = files.snaps[len(files.snaps)-1]
		// Files the newest snapshot replaces, left by a compaction
		// interrupted before it removed them.
		removed := false
		for _, id := range files.snaps[:len(files.snaps)-1] {
			removed = true
			if err := os.Remove(logfile.Name(dir, id, extSnap)); err != nil {
				return nil, err
			}
		}
		for _, id := range files.logs {
			if id > snapID {
				logs = append(logs, id)
				continue
			}
			removed = true
			if err := os.Remove(logfile.Name(dir, id, extLog)); err != nil {
				return nil, err
			}
		}
		if removed {
			if err := logfile.SyncDir(dir); err != nil {
				return nil, err
			}
		}
		path := logfile.Name(dir, snapID, extSnap)
		if err := st.readSnapshot(path); err != nil {
			return nil, err
		}
		if fi, err := os.Stat(path); err == nil {
			snapSize = fi.Size()
		}
		if err := st.readSegments(dir, logs, true); err != nil {
			return nil, err
		}
	}
	st.finish()

	items := make([]*item, 0, len(st.pend))
	o.pend = make(map[uint64]string, len(st.pend))
	o.pendSkill = map[string]int{}
	for _, n := range st.pendingOrder() {
		p := st.pend[n]
		it := &item{n: n}
		if err := json.Unmarshal(p.raw, &it.rec); err != nil {
			return nil, fmt.Errorf("message %s: %w", Ref(n), err)
		}
		if p.markAt != 0 {
			// The previous run may have posted it (and died before
			// recording that): reconcile before posting again.
			it.marked, it.doubt = true, true
			it.markedAt = p.markAt
			it.doubtUntil = now.UnixNano()
		}
		items = append(items, it)
		o.pend[n] = ownerKey(it.rec.Skill, it.rec.Team)
		o.pendSkill[it.rec.Skill]++
	}
	o.instance = st.instance
	o.next = st.next
	o.dedup = st.dedup
	o.refs = st.refs
	o.dead = st.dead

	// Append to the last segment unless it is full.
	lf.dir = dir
	lf.snapID, lf.snapSize, lf.lastID = snapID, snapSize, snapID
	for _, id := range logs {
		fi, err := os.Stat(logfile.Name(dir, id, extLog))
		if err != nil {
			return nil, err
		}
		lf.closed = append(lf.closed, segInfo{id, fi.Size()})
		lf.lastID = max(lf.lastID, id)
	}
	if n := len(lf.closed); n > 0 && lf.closed[n-1].size < lf.segSize {
		last := lf.closed[n-1]
		f, err := os.OpenFile(logfile.Name(dir, last.id, extLog), os.O_WRONLY, 0o600)
		if err != nil {
			return nil, err
		}
		lf.closed = lf.closed[:n-1]
		lf.active, lf.activeID, lf.activeSize, lf.allocated = f, last.id, last.size, last.size
	} else if err := lf.roll(); err != nil {
		return nil, err
	}
	if len(items) > 0 || len(logs) > 0 {
		o.log.Debug("outbox recovered", "snapshot", snapID, "segments", len(logs), "pending", len(items),
			"refs", len(o.refs.m), "dedup_keys", len(o.dedup), "dead_letters", len(o.dead))
	}
	return items, nil
}

func (o *Outbox) wake() {
	select {
	case o.kick <- struct{}{}:
	default:
	}
}

// minCommitGap spaces commits so that they batch at medium rates.
const minCommitGap = 2 * time.Millisecond

// lazyDelay is how long outcomes may wait for a commit to share.
const lazyDelay = 20 * time.Millisecond

// enqueueOp queues a write that no caller waits for (outcomes, marks).
// Marks are committed at once (a channel waits for them before posting);
// outcomes go to the lazy queue.
func (o *Outbox) enqueueOp(op wop) {
	o.mu.Lock()
	if op.kind == opDone {
		o.lazy = append(o.lazy, op)
		o.mu.Unlock()
		return
	}
	o.wq = append(o.wq, op)
	o.wseq++
	o.mu.Unlock()
	o.wake()
}

// encodeBatch encodes a prefix of batch as one frame (so that it is
// durable whole or not at all) and returns how many ops it holds.
func encodeBatch(b []byte, batch []wop) ([]byte, int) {
	b, start := logfile.Begin(b, recBatch)
	k := 0
	for ; k < len(batch); k++ {
		if k > 0 && len(b) >= maxBatchBytes {
			break
		}
		op := &batch[k]
		switch op.kind {
		case opSend:
			b = appendAccept(b, op.n, op.item.rec.Created, op.key, op.val)
		case opDone:
			b = appendDone(b, op.n, op.done.Created, stateCode(op.done.State), op.done.val())
			if op.done.Owner != "" {
				b = appendOwner(b, op.n, op.done.Owner)
			}
			if op.dead != nil {
				b = appendDead(b, op.n, op.done.Created, op.dead)
			}
		case opMark:
			for _, m := range op.marks {
				b = appendMark(b, m.n, m.at)
			}
		}
	}
	return logfile.Finish(b, start), k
}

// committer writes queued ops in batches until stopped; on stop it commits
// what is left (unless the test hook simulates a crash).
func (o *Outbox) committer() {
	defer close(o.cdone)
	var buf []byte
	var lastCommit time.Time
	for {
		// At most one commit per minCommitGap: at medium rates the next
		// batch then takes what arrives meanwhile, for one fdatasync
		// instead of several. Nothing on the ack path waits for this.
		if gap := time.Since(lastCommit); gap < minCommitGap {
			select {
			case <-time.After(minCommitGap - gap):
			case <-o.cstop:
			}
		}
		o.mu.Lock()
		eager, upto := o.wq, o.wseq
		nEager := len(eager)
		o.wq = nil
		drop := o.dropOnStop
		if nEager == 0 && len(o.lazy) > 0 {
			// Only outcomes: give a commit that is needed anyway the
			// chance to take them along.
			o.mu.Unlock()
			select {
			case <-o.kick:
				continue
			case <-o.cstop:
			case <-time.After(lazyDelay):
			}
			o.mu.Lock()
			eager, upto = o.wq, o.wseq
			nEager = len(eager)
			o.wq = nil
		}
		batch := append(eager, o.lazy...)
		o.lazy = nil
		o.mu.Unlock()
		// requeue puts ops back: eager ones (counted in wseq) in front of
		// wq, outcomes in front of lazy.
		requeue := func(ops []wop) {
			var e, l []wop
			for _, op := range ops {
				if op.kind == opDone {
					l = append(l, op)
				} else {
					e = append(e, op)
				}
			}
			o.wq = slices.Concat(e, o.wq)
			o.lazy = slices.Concat(l, o.lazy)
		}
		if len(batch) == 0 {
			select {
			case <-o.kick:
				continue
			case <-o.cstop:
				// Close may have raced with a last enqueue: look again.
				o.mu.Lock()
				empty := len(o.wq) == 0 && len(o.lazy) == 0
				o.mu.Unlock()
				if empty {
					return
				}
				continue
			}
		}
		if drop {
			select {
			case <-o.cstop:
				return
			default:
			}
		}
		var k int
		buf, k = encodeBatch(buf[:0], batch)
		lastCommit = time.Now()
		rest := batch[k:]
		batch = batch[:k:k]
		if restEager := nEager - k; restEager > 0 {
			upto -= uint64(restEager)
		}
		err := o.files.write(buf)
		if cap(buf) > 4<<20 {
			buf = nil // do not hold on to the buffer of a rare huge batch
		}
		rolled := false
		if err == nil && o.files.activeSize >= o.files.segSize {
			// Before the commit is published, so that the segment is
			// closed (and can be compacted) once Flush returns.
			if rerr := o.files.roll(); rerr != nil {
				// The next write tries again.
				o.log.Error("outbox: start a new log segment", "err", rerr)
			}
			rolled = true
		}
		o.mu.Lock()
		if err != nil {
			requeue(slices.Concat(batch, rest))
			o.commitErr = err
		} else {
			if len(rest) > 0 {
				requeue(rest)
			}
			o.committed = upto
			o.commitErr = nil
			o.commits.Add(1)
		}
		if err == nil {
			// Before the commit is published: a Flush that returns has
			// its dead letters listed.
			o.keepDead(batch)
		}
		close(o.commitCh)
		o.commitCh = make(chan struct{})
		o.mu.Unlock()
		if err != nil {
			o.log.Error("outbox commit failed; retrying", "ops", len(batch)+len(rest), "err", err)
			select {
			case <-o.cstop:
				return
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
		o.afterCommit(batch)
		if rolled {
			o.kickCompactor()
		}
	}
}

// afterCommit hands the now durable messages to delivery, lets the
// channels whose marks are durable post, and keeps the new dead letters.
func (o *Outbox) afterCommit(batch []wop) {
	var items []*item
	marks := 0
	for i := range batch {
		switch batch[i].kind {
		case opSend:
			items = append(items, batch[i].item)
		case opMark:
			marks += len(batch[i].marks)
			o.sched.marksDurable(batch[i].q, batch[i].items)
		}
	}
	if marks > 0 {
		o.metrics.marked.Add(float64(marks))
		o.markCommits.Add(1)
	}
	if len(items) > 0 {
		o.sched.enqueue(items)
	}
}

// keepDead lists the batch's new dead letters (DeadLetters).
func (o *Outbox) keepDead(batch []wop) {
	o.rmu.Lock()
	defer o.rmu.Unlock()
	for i := range batch {
		if d := &batch[i]; d.kind == opDone && d.dead != nil {
			o.dead[d.n] = deadE{created: d.done.Created, raw: d.dead}
		}
	}
}

func (o *Outbox) kickCompactor() {
	select {
	case o.ckick <- struct{}{}:
	default:
	}
}

// compactor rewrites the log in the background when it has grown enough.
func (o *Outbox) compactor() {
	defer close(o.ccdone)
	for {
		select {
		case <-o.ckick:
		case <-o.cstop:
			return
		}
		if err := o.compact(false); err != nil && !errors.Is(err, errStopped) {
			o.log.Error("outbox: log compaction failed", "err", err)
		}
	}
}

// compact folds the snapshot and the closed segments after it into a new
// snapshot, once those segments add up to the segment size and to the
// snapshot's own size (so rewriting the live state costs at most as much
// as was appended), or always if force. The new snapshot is durable
// (fsynced, renamed, directory fsynced) before the files it replaces are
// removed: a crash in between leaves files that recovery ignores and
// removes.
func (o *Outbox) compact(force bool) error {
	o.cmu.Lock()
	defer o.cmu.Unlock()
	lf := &o.files
	lf.mu.Lock()
	closed := slices.Clone(lf.closed)
	snapID, snapSize := lf.snapID, lf.snapSize
	lf.mu.Unlock()
	if len(closed) == 0 {
		return nil
	}
	var total int64
	ids := make([]uint64, len(closed))
	for i, s := range closed {
		total += s.size
		ids[i] = s.id
	}
	if !force && total < max(lf.segSize, snapSize) {
		return nil
	}
	start := time.Now()
	upto := ids[len(ids)-1]
	now := o.clk.Now()
	st := newLogState(o.log, now.Add(-o.opt.DedupRetention).UnixNano(), now.Add(-o.opt.RefRetention).UnixNano())
	if err := st.readSnapshot(logfile.Name(lf.dir, snapID, extSnap)); err != nil {
		return err
	}
	if err := st.readSegments(lf.dir, ids, false); err != nil {
		return err
	}
	st.finish()
	select {
	case <-o.cstop:
		return errStopped
	default:
	}
	size, err := st.writeSnapshot(logfile.Name(lf.dir, upto, extSnap), o.cstop)
	if err != nil {
		if errors.Is(err, errStopped) {
			return err
		}
		return fmt.Errorf("write snapshot %d: %w", upto, err)
	}
	lf.mu.Lock()
	lf.snapID, lf.snapSize = upto, size
	lf.closed = slices.DeleteFunc(lf.closed, func(s segInfo) bool { return s.id <= upto })
	lf.mu.Unlock()
	if h := o.testCompacted; h != nil && h() {
		return nil // test: die before the replaced files are removed
	}
	var rmErr error
	if err := os.Remove(logfile.Name(lf.dir, snapID, extSnap)); err != nil {
		rmErr = err
	}
	for _, id := range ids {
		if err := os.Remove(logfile.Name(lf.dir, id, extLog)); err != nil && rmErr == nil {
			rmErr = err
		}
	}
	if err := logfile.SyncDir(lf.dir); err != nil && rmErr == nil {
		rmErr = err
	}
	o.compactions.Add(1)
	o.log.Debug("outbox log compacted", "snapshot", upto, "segments", len(ids), "bytes_in", total+snapSize,
		"bytes_out", size, "pending", len(st.pend), "refs", len(st.refs.m), "took", time.Since(start))
	if rmErr != nil {
		return fmt.Errorf("remove compacted files: %w", rmErr)
	}
	return nil
}
