package wasmrt

import (
	"context"
	"fmt"
	"sync"
)

// gate caps how many wasm calls execute at once across the host, and how
// many of them one skill may hold, handing freed slots to the waiting
// skill that runs the fewest calls.
//
// Why: compiled wasm is not preemptible by the Go scheduler (it yields
// only at its own function-entry and loop checks), so a skill spinning on
// all of its instances held every P until its deadline and a well-behaved
// neighbour waited behind it (issue 8: 5 ms became 79–420 ms on 2 cores).
// With at most GOMAXPROCS calls running and one skill holding at most
// GOMAXPROCS-1 of them, a neighbour always finds a slot free of spinners.
// Calls that block in the host (http_fetch) give their slot back meanwhile.
type gate struct {
	mu       sync.Mutex
	free     int
	perSkill int
	running  map[string]int
	waiting  []*waiter // arrival order
}

type waiter struct {
	skill string
	ready chan struct{} // closed when granted a slot
}

// newGate returns a gate of total slots, at most perSkill per skill.
func newGate(total, perSkill int) *gate {
	total = max(total, 1)
	perSkill = min(max(perSkill, 1), total)
	return &gate{free: total, perSkill: perSkill, running: map[string]int{}}
}

// gateSizes is the default: one slot per P, and one P always out of any
// single skill's reach when there are at least two.
func gateSizes(procs int) (total, perSkill int) {
	procs = max(procs, 1)
	return procs, max(procs-1, 1)
}

// acquire waits for a slot for skill. Waiting has no deadline of its own:
// every slot in use comes back within its call's deadline.
func (g *gate) acquire(ctx context.Context, skill string) error {
	g.mu.Lock()
	if g.free > 0 && g.running[skill] < g.perSkill {
		g.free--
		g.running[skill]++
		g.mu.Unlock()
		return nil
	}
	w := &waiter{skill: skill, ready: make(chan struct{})}
	g.waiting = append(g.waiting, w)
	g.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		g.mu.Lock()
		for i, x := range g.waiting {
			if x == w {
				g.waiting = append(g.waiting[:i], g.waiting[i+1:]...)
				g.mu.Unlock()
				return fmt.Errorf("waiting to run: %w", ctx.Err())
			}
		}
		g.mu.Unlock()
		// Granted meanwhile: hand the slot on.
		g.release(skill)
		return fmt.Errorf("waiting to run: %w", ctx.Err())
	}
}

// release frees skill's slot and grants free slots to waiters: among the
// waiting skills under their cap, the one running the fewest calls first,
// arrival order between equals.
func (g *gate) release(skill string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.running[skill]--
	if g.running[skill] <= 0 {
		delete(g.running, skill)
	}
	g.free++
	for g.free > 0 {
		best := -1
		for i, w := range g.waiting {
			n := g.running[w.skill]
			if n >= g.perSkill {
				continue
			}
			if best < 0 || n < g.running[g.waiting[best].skill] {
				best = i
			}
		}
		if best < 0 {
			return
		}
		w := g.waiting[best]
		g.waiting = append(g.waiting[:best], g.waiting[best+1:]...)
		g.free--
		g.running[w.skill]++
		close(w.ready)
	}
}

// cpuHold is one call's claim on a gate slot; http_fetch pauses it.
type cpuHold struct {
	g     *gate
	skill string
	held  bool
}

func (h *cpuHold) acquire(ctx context.Context) error {
	if err := h.g.acquire(ctx, h.skill); err != nil {
		return err
	}
	h.held = true
	return nil
}

// pause gives the slot back while the call blocks in the host.
func (h *cpuHold) pause() {
	if h != nil && h.held {
		h.held = false
		h.g.release(h.skill)
	}
}

// resume takes a slot again before returning to wasm.
func (h *cpuHold) resume(ctx context.Context) error {
	if h == nil || h.held {
		return nil
	}
	return h.acquire(ctx)
}

func (h *cpuHold) done() { h.pause() }
