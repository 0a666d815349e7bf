package main

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
)

// load sends signed "ping" events to a bothost process at a steady rate,
// spread over channels, and remembers which were acked (200).
type load struct {
	mu      sync.Mutex
	acked   map[string]bool
	refused int // answered something else than 200, or not at all
	stop    chan struct{}
	wg      sync.WaitGroup
}

// startLoad sends perSecond events a second over channels channels (each
// event id carries prefix) until stop.
func startLoad(t *testing.T, base, prefix string, perSecond, channels int) *load {
	t.Helper()
	l := &load{acked: map[string]bool{}, stop: make(chan struct{})}
	const senders = 8
	every := time.Duration(senders) * time.Second / time.Duration(perSecond)
	for g := range senders {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			c := &http.Client{Timeout: 10 * time.Second}
			tick := time.NewTicker(every)
			defer tick.Stop()
			for i := 0; ; i++ {
				select {
				case <-l.stop:
					return
				case <-tick.C:
				}
				id := fmt.Sprintf("%s-%d-%05d", prefix, g, i)
				ch := fmt.Sprintf("C%s%03d", prefix, (i*senders+g)%channels)
				st, err := postEvent(c, base, messageEvent(id, ch, "ping "+id))
				l.mu.Lock()
				if err == nil && st == 200 {
					l.acked[id] = true
				} else {
					l.refused++
				}
				l.mu.Unlock()
			}
		}()
	}
	return l
}

// finish stops the load and returns the acked ids.
func (l *load) finish() (acked map[string]bool, refused int) {
	close(l.stop)
	l.wg.Wait()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.acked, l.refused
}

// replies counts the "pong <id>" posts Slack received, by id.
func replies(fs *fakeslack.Server) map[string]int {
	got := map[string]int{}
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if id, ok := strings.CutPrefix(c.Text, "pong "); ok {
			got[id]++
		}
	}
	return got
}

// waitAnswered waits up to timeout for every acked event to be answered,
// then a little longer for late duplicates, and returns how many acked
// events were never answered and how many were answered more than once.
func waitAnswered(t *testing.T, fs *fakeslack.Server, acked map[string]bool, timeout time.Duration) (lost, dup int) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got := replies(fs)
		lost = 0
		for id := range acked {
			if got[id] == 0 {
				lost++
			}
		}
		if lost == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Second)
	for id, n := range replies(fs) {
		if n > 1 {
			dup++
			if dup <= 5 {
				t.Logf("event %s answered %d times", id, n)
			}
		}
	}
	return lost, dup
}
