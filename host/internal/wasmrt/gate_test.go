package wasmrt

import (
	"context"
	"errors"
	"testing"
	"time"
)

func granted(w chan error) bool {
	select {
	case err := <-w:
		return err == nil
	case <-time.After(50 * time.Millisecond):
		return false
	}
}

func acquireAsync(g *gate, skill string) chan error {
	ch := make(chan error, 1)
	go func() { ch <- g.acquire(context.Background(), skill) }()
	return ch
}

// TestGateCapsASkillAndServesTheFewestFirst: a skill cannot take every
// slot; a freed slot goes to the waiting skill running the fewest calls.
func TestGateCapsASkillAndServesTheFewestFirst(t *testing.T) {
	g := newGate(2, 1)
	if err := g.acquire(context.Background(), "spin"); err != nil {
		t.Fatal(err)
	}
	spin2 := acquireAsync(g, "spin") // over spin's cap of 1
	if granted(spin2) {
		t.Fatal("a skill got more than its cap")
	}
	if err := g.acquire(context.Background(), "echo"); err != nil {
		t.Fatal("neighbour found no slot while the spinner was capped:", err)
	}
	echo2 := acquireAsync(g, "echo")
	other := acquireAsync(g, "other")
	time.Sleep(20 * time.Millisecond) // both queued behind spin2
	g.release("spin")
	// spin now runs 0, other 0, echo 1 (capped): spin2 arrived first.
	if !granted(spin2) {
		t.Fatal("the earliest waiter under its cap was not served")
	}
	g.release("echo")
	if !granted(other) {
		t.Fatal("the skill running nothing was not served first")
	}
	if granted(echo2) {
		t.Fatal("no slot should be free")
	}
	g.release("other")
	if !granted(echo2) {
		t.Fatal("echo not served after a release")
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
