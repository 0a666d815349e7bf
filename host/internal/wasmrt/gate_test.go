package wasmrt

import (
	"context"
	"errors"
	"testing"
	"time"
)

// granted waits for w's acquire to succeed (a few seconds at most).
func granted(w chan error) bool {
	select {
	case err := <-w:
		return err == nil
	case <-time.After(5 * time.Second):
		return false
	}
}

// stillWaiting reports that w's acquire has not returned (yet).
func stillWaiting(w chan error) bool {
	select {
	case <-w:
		return false
	case <-time.After(50 * time.Millisecond):
		return true
	}
}

// waitQueued waits until n acquires are queued in g.
func waitQueued(t *testing.T, g *gate, n int) {
	t.Helper()
	for start := time.Now(); ; time.Sleep(time.Millisecond) {
		g.mu.Lock()
		q := len(g.waiting)
		g.mu.Unlock()
		if q == n {
			return
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("%d waiters queued, want %d", q, n)
		}
	}
}

func acquireAsync(g *gate, skill string) chan error {
	ch := make(chan error, 1)
	go func() { ch <- g.acquire(context.Background(), skill) }()
	return ch
}

// TestGateCapsASkill: a skill cannot take every slot; a neighbour finds
// one while the skill's extra calls wait.
func TestGateCapsASkill(t *testing.T) {
	g := newGate(2, 1)
	if err := g.acquire(context.Background(), "spin"); err != nil {
		t.Fatal(err)
	}
	spin2 := acquireAsync(g, "spin") // over spin's cap of 1
	waitQueued(t, g, 1)
	if !stillWaiting(spin2) {
		t.Fatal("a skill got more than its cap")
	}
	if err := g.acquire(context.Background(), "echo"); err != nil {
		t.Fatal("neighbour found no slot while the spinner was capped:", err)
	}
	g.release("spin")
	if !granted(spin2) {
		t.Fatal("the waiter under its cap was not served")
	}
}

// TestGateServesTheFewestFirst: a freed slot goes to the waiting skill
// running the fewest calls, even if another skill's call arrived first.
func TestGateServesTheFewestFirst(t *testing.T) {
	g := newGate(2, 2)
	for range 2 {
		if err := g.acquire(context.Background(), "spin"); err != nil {
			t.Fatal(err)
		}
	}
	spin3 := acquireAsync(g, "spin")
	waitQueued(t, g, 1)
	echo := acquireAsync(g, "echo")
	waitQueued(t, g, 2)
	g.release("spin") // spin runs 1, echo 0: echo first
	if !granted(echo) {
		t.Fatal("the skill running nothing was not served first")
	}
	if !stillWaiting(spin3) {
		t.Fatal("no slot should be free")
	}
	g.release("echo")
	if !granted(spin3) {
		t.Fatal("spin not served after a release")
	}
}

func TestGateWaitEndsWithContext(t *testing.T) {
	g := newGate(1, 1)
	if err := g.acquire(context.Background(), "a"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan error, 1)
	go func() { ch <- g.acquire(ctx, "b") }()
	cancel()
	if err := <-ch; !errors.Is(err, context.Canceled) {
		t.Fatalf("acquire after cancel: %v", err)
	}
	g.release("a")
	if err := g.acquire(context.Background(), "c"); err != nil {
		t.Fatal("slot lost after a cancelled wait:", err)
	}
}

func TestGateSizes(t *testing.T) {
	for _, c := range []struct{ procs, total, per int }{{1, 1, 1}, {2, 2, 1}, {8, 8, 7}} {
		if total, per := gateSizes(c.procs); total != c.total || per != c.per {
			t.Errorf("gateSizes(%d) = %d, %d; want %d, %d", c.procs, total, per, c.total, c.per)
		}
	}
}
