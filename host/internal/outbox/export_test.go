package outbox

import (
	"sync/atomic"
	"testing"
	"time"
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
