package outbox

import (
	"errors"
	"log/slog"
	"math"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/logfile"
)

// crash simulates a host crash: delivery stops at once, queued writes that
// are not committed yet are dropped, and the file is closed.
func (o *Outbox) crash() {
	o.closeOnce.Do(func() { o.closeErr = o.shutdown(false) })
}

// Commits returns how many transactions were committed.
func (o *Outbox) Commits() int64 { return o.commits.Load() }

// MarkCommits returns how many committed transactions carried in-doubt
// marks.
func (o *Outbox) MarkCommits() int64 { return o.markCommits.Load() }

// dieAt makes the process "die" on a worker at the first delivery call
// for a message whose text is text: right before the call (after false:
// the call is never made) or right after Slack answered it (after true:
// the answer is dropped before anything of it is recorded). No more work
// is handed out; the returned channel is closed, and the test then calls
// crash. Set before Start.
func (o *Outbox) dieAt(text string, after bool) <-chan struct{} {
	died := make(chan struct{})
	var fired atomic.Bool
	hit := func(it *item) bool {
		if it.rec.Text != text || !fired.CompareAndSwap(false, true) {
			return false
		}
		close(died)
		return true
	}
	if after {
		o.testAfterCall = func(it *item, _ result) bool { return hit(it) }
	} else {
		o.testBeforeCall = hit
	}
	return died
}

// waitQueued waits until the scheduler holds n messages: Flush returns
// once they are durable, a moment before they are handed to delivery.
func (o *Outbox) waitQueued(t testing.TB, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		o.sched.mu.Lock()
		have := 0
		for _, q := range o.sched.chans {
			have += len(q.items)
		}
		o.sched.mu.Unlock()
		if have >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages queued for delivery, want %d", have, n)
		}
		time.Sleep(time.Millisecond)
	}
}

// readLog reads the log back from disk as recovery does (newest snapshot,
// then the segments after it; nothing is truncated and no retention
// applies), while no compaction runs.
func (o *Outbox) readLog() (*logState, error) {
	o.cmu.Lock()
	defer o.cmu.Unlock()
	files, err := listDir(o.path)
	if err != nil {
		return nil, err
	}
	if len(files.snaps) == 0 {
		return nil, errors.New("no snapshot")
	}
	st := newLogState(slog.New(slog.DiscardHandler), math.MinInt64, math.MinInt64)
	snap := files.snaps[len(files.snaps)-1]
	if err := st.readSnapshot(logfile.Name(o.path, snap, extSnap)); err != nil {
		return nil, err
	}
	var logs []uint64
	for _, id := range files.logs {
		if id > snap {
			logs = append(logs, id)
		}
	}
	if err := st.readSegments(o.path, logs, false); err != nil {
		return nil, err
	}
	return st, nil
}

// logMarks returns the messages that have a durable in-doubt mark and no
// durable outcome, read back from the files.
func (o *Outbox) logMarks() (map[uint64]bool, error) {
	st, err := o.readLog()
	if err != nil {
		return nil, err
	}
	m := map[uint64]bool{}
	for n, p := range st.pend {
		if p.markAt != 0 {
			m[n] = true
		}
	}
	return m, nil
}

// Compactions returns how many log compactions completed.
func (o *Outbox) Compactions() int64 { return o.compactions.Load() }
