package clock

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"
)

var t0 = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)

// ctxT bounds a test's waits: it only fails a stuck test, it never paces one.
func ctxT(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestFakeAdvanceFiresInDueOrder(t *testing.T) {
	tests := []struct {
		name    string
		delays  []time.Duration // AfterFunc delays, armed in this order
		advance time.Duration
		want    []int // indexes of delays fired, in order
		wantNow time.Duration
	}{
		{"none due", []time.Duration{2 * time.Second}, time.Second, nil, time.Second},
		{"exactly due", []time.Duration{time.Second}, time.Second, []int{0}, time.Second},
		{"due order, not arm order", []time.Duration{3 * time.Second, time.Second, 2 * time.Second}, 5 * time.Second, []int{1, 2, 0}, 5 * time.Second},
		{"ties in arm order", []time.Duration{time.Second, time.Second, time.Second}, time.Second, []int{0, 1, 2}, time.Second},
		{"negative advance", []time.Duration{time.Second}, -time.Second, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFake(t0)
			var got []int
			var at []time.Time
			for i, d := range tc.delays {
				f.AfterFunc(d, func() { got = append(got, i); at = append(at, f.Now()) })
			}
			f.Advance(tc.advance)
			if !slices.Equal(got, tc.want) {
				t.Errorf("fired %v, want %v", got, tc.want)
			}
			for i, idx := range got {
				if want := t0.Add(tc.delays[idx]); !at[i].Equal(want) {
					t.Errorf("timer %d saw Now %v, want its due time %v", idx, at[i], want)
				}
			}
			if got := f.Now().Sub(t0); got != tc.wantNow {
				t.Errorf("Now advanced by %v, want %v", got, tc.wantNow)
			}
		})
	}
}

func TestFakeTimerStopReset(t *testing.T) {
	f := NewFake(t0)
	tm := f.NewTimer(time.Second)
	if f.Waiters() != 1 {
		t.Fatalf("Waiters = %d, want 1", f.Waiters())
	}
	if !tm.Stop() {
		t.Error("Stop of a pending timer = false")
	}
	if tm.Stop() {
		t.Error("second Stop = true")
	}
	f.Advance(2 * time.Second)
	select {
	case <-tm.C():
		t.Fatal("stopped timer fired")
	default:
	}

	if tm.Reset(time.Second) {
		t.Error("Reset of a stopped timer = true")
	}
	f.Advance(time.Second)
	select {
	case got := <-tm.C():
		if want := t0.Add(3 * time.Second); !got.Equal(want) {
			t.Errorf("timer sent %v, want %v", got, want)
		}
	default:
		t.Fatal("reset timer did not fire")
	}

	// A delivered value nobody read is discarded by Reset: no stale tick.
	tm.Reset(time.Second)
	f.Advance(time.Second)
	tm.Reset(time.Hour)
	select {
	case <-tm.C():
		t.Fatal("stale tick after Reset")
	default:
	}

	// d <= 0 delivers at once without a pending waiter.
	z := f.NewTimer(0)
	select {
	case <-z.C():
	default:
		t.Fatal("NewTimer(0) did not fire at once")
	}
}

func TestFakeCallbackRearmsWithinStep(t *testing.T) {
	f := NewFake(t0)
	n := 0
	var tick func()
	tick = func() {
		n++
		f.AfterFunc(time.Second, tick)
	}
	f.AfterFunc(time.Second, tick)
	f.Advance(10 * time.Second)
	if n != 10 {
		t.Errorf("periodic callback ran %d times in 10s, want 10", n)
	}
}

func TestFakeBlockUntilAndSleep(t *testing.T) {
	ctx := ctxT(t)
	f := NewFake(t0)
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 3 {
		wg.Go(func() { errs <- Sleep(ctx, f, time.Minute) })
	}
	if err := f.BlockUntil(ctx, 3); err != nil {
		t.Fatalf("BlockUntil(3): %v", err)
	}
	f.Advance(time.Minute)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("Sleep: %v", err)
		}
	}

	short, cancel := context.WithCancel(ctx)
	cancel()
	if err := f.BlockUntil(short, 1); err == nil {
		t.Error("BlockUntil with no waiters and a done context returned nil")
	}
	if err := Sleep(short, f, time.Minute); err == nil {
		t.Error("Sleep with a done context returned nil")
	}
}

func TestSystemTimer(t *testing.T) {
	var c TimerClock = System{}
	tm := c.NewTimer(time.Millisecond)
	<-tm.C()
	done := make(chan struct{})
	c.AfterFunc(time.Millisecond, func() { close(done) })
	<-done
	if c.Now().IsZero() {
		t.Error("System.Now is zero")
	}
}

func TestNewTimerAt(t *testing.T) {
	tests := []struct {
		name      string
		at        time.Duration // from t0
		advance   time.Duration
		wantFired bool
	}{
		{"future, not reached", 2 * time.Second, time.Second, false},
		{"future, reached", 2 * time.Second, 2 * time.Second, true},
		{"past fires at once", -time.Second, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFake(t0)
			tm := NewTimerAt(f, t0.Add(tc.at))
			f.Advance(tc.advance)
			select {
			case <-tm.C():
				if !tc.wantFired {
					t.Error("fired early")
				}
			default:
				if tc.wantFired {
					t.Error("did not fire")
				}
			}
		})
	}
	// The System fallback computes a relative delay.
	tm := NewTimerAt(System{}, time.Now().Add(-time.Second))
	<-tm.C()
}
