package wasmrt_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills/wasmgen"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// slowCompile is the slowest module the structural limits let through:
// 16 functions at the locals × loops limit, each reading its 2,047 locals
// in 32 nested loops: 9.4 s of compiling on a loaded 2-core box.
func slowCompile() []byte {
	return wasmgen.ManyFuncs(16, wasmgen.LoopsReadingLocals(2047, 32, true))
}

func newEngine(t *testing.T) *wasmrt.Engine {
	t.Helper()
	clk := &fixedClock{t: time.Now()}
	rec := effects.New(store.NewMemory(clk), clk)
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: rec.KV(), Outbox: rec, Clock: clk, Logger: slog.New(slog.DiscardHandler)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(context.Background()) })
	return eng
}

// TestCompileCancelledAtShutdown: cancelling the load's context (SIGTERM
// at start-up) ends a compile in progress at once.
func TestCompileCancelledAtShutdown(t *testing.T) {
	eng := newEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := eng.Load(ctx, wasmrt.Spec{Skill: testSkill("slow", "slow.wasm"), Wasm: slowCompile()})
	took := time.Since(start)
	var le *wasmrt.LoadError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "compile: canceled after") || !errors.Is(err, context.Canceled) && !strings.Contains(err.Error(), "context canceled") {
		t.Fatalf("load: %v", err)
	}
	if took > 2*time.Second {
		t.Fatalf("load returned %v after start, want soon after the cancel at 100 ms", took)
	}
}

// TestCompileTimeout: a compile over the engine's timeout is refused with
// that reason, and the module's failure is counted.
func TestCompileTimeout(t *testing.T) {
	eng := newEngine(t)
	eng.SetCompileTimeout(200 * time.Millisecond)
	start := time.Now()
	_, err := eng.Load(context.Background(), wasmrt.Spec{Skill: testSkill("slow", "slow.wasm"), Wasm: slowCompile()})
	if err == nil || !strings.Contains(err.Error(), `load skill "slow" from slow.wasm: compile: took longer than the compile timeout of 200ms`) {
		t.Fatalf("load: %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("refused after %v", took)
	}
	if got := eng.Metrics().Failures("slow", "load"); got != 1 {
		t.Fatalf("load failures counted: %v", got)
	}
}
