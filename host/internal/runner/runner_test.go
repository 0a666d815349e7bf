package runner

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
)

func TestLifecycle(t *testing.T) {
	l := New()
	ran := make(chan struct{})
	if err := l.Start(context.Background(), func(ctx context.Context) {
		close(ran)
		<-ctx.Done()
	}); err != nil {
		t.Fatal(err)
	}
	<-ran
	if err := l.Start(context.Background(), func(context.Context) {}); !errors.Is(err, ErrStarted) {
		t.Errorf("second Start = %v, want ErrStarted", err)
	}
	calls := 0
	then := func() error { calls++; return errors.New("then") }
	if err := l.Close(then); err == nil || err.Error() != "then" {
		t.Errorf("Close = %v, want then's error", err)
	}
	if err := l.Close(then); err != nil || calls != 1 {
		t.Errorf("second Close = %v after %d calls of then, want nil after 1", err, calls)
	}
	if err := l.Start(context.Background(), func(context.Context) {}); !errors.Is(err, ErrClosed) {
		t.Errorf("Start after Close = %v, want ErrClosed", err)
	}
}

func TestCloseNeverStarted(t *testing.T) {
	if err := New().Close(nil); err != nil {
		t.Fatal(err)
	}
}

func TestWait(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	clk := clock.NewFake(start)
	l := New()
	l.Probe = NewProbe()

	// A Signal sent before Wait is not lost.
	l.Signal()
	if err := l.Wait(ctx, clk, time.Time{}); err != nil {
		t.Fatal(err)
	}

	// The deadline, on the clock given.
	done := make(chan error, 1)
	l.Busy()
	go func() { done <- l.Wait(ctx, clk, start.Add(time.Minute)) }()
	next, err := l.Probe.Quiet(ctx, clk)
	if err != nil || !next.Equal(start.Add(time.Minute)) {
		t.Fatalf("Quiet = %v, %v; want the deadline", next, err)
	}
	clk.AdvanceTo(start.Add(time.Minute))
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	// The end of ctx.
	cctx, ccancel := context.WithCancel(ctx)
	ccancel()
	if err := l.Wait(cctx, clk, time.Time{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Wait = %v, want context.Canceled", err)
	}
}
