package dispatch_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Issue 9 §3: a skill removed from the config still handles the events
// acked before the removal, for its grace; one that reaches dispatch
// later is dropped and counted, and events acked after the removal are
// not routed to it. Configured again within the grace, it keeps its
// loaded version.
func TestRemovedSkillServesEventsAckedBefore(t *testing.T) {
	ctx := context.Background()
	clk := clock.System{}
	eng, err := wasmrt.NewEngine(filepath.Join(t.TempDir(), "cache"), wasmrt.Services{
		KV: store.NewMemory(clk), Outbox: &nullOutbox{}, Clock: clk, Logger: slog.New(slog.DiscardHandler),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
	defer reg.Close(ctx)
	const grace = 300 * time.Millisecond
	reg.SetRetireGrace(grace)
	sk := func(name string) config.Skill {
		s := config.Skill{Name: name, Path: testskills.Path(t, "echo-rust"), Limits: config.DefaultLimits(), ConfigJSON: []byte(`{}`)}
		s.Routes.Commands = []string{"/" + name}
		return s
	}
	both := &config.Config{Skills: []config.Skill{sk("gone"), sk("keep")}}
	if err := reg.Apply(ctx, both); err != nil {
		t.Fatal(err)
	}
	ackedBefore := time.Now()
	time.Sleep(time.Millisecond)
	if err := reg.Apply(ctx, &config.Config{Skills: []config.Skill{sk("keep")}}); err != nil {
		t.Fatal(err)
	}
	ev := func(id string, at time.Time) *abi.Event {
		return &abi.Event{ID: id, Kind: abi.KindCommand, Command: "/gone", Channel: "C", Time: at}
	}
	if res := reg.Dispatch(ctx, ev("1", ackedBefore)); len(res) != 1 || res[0].Skill != "gone" || res[0].Err != nil {
		t.Fatalf("event acked before the removal: %+v", res)
	}
	if res := reg.Dispatch(ctx, ev("2", time.Now())); len(res) != 0 {
		t.Fatalf("event acked after the removal went to %+v", res)
	}

	// Back within the grace: same slot, nothing dropped.
	if err := reg.Apply(ctx, both); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * grace)
	if res := reg.Dispatch(ctx, ev("3", time.Now())); len(res) != 1 || res[0].Err != nil {
		t.Fatalf("skill configured again: %+v", res)
	}

	// Removed for good: after the grace, a late event is dropped and counted.
	removedAt := time.Now()
	if err := reg.Apply(ctx, &config.Config{Skills: []config.Skill{sk("keep")}}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * grace)
	if res := reg.Dispatch(ctx, ev("4", removedAt)); len(res) != 0 {
		t.Fatalf("after the grace: %+v", res)
	}
	if n := reg.DroppedRemoved(); n != 1 {
		t.Fatalf("DroppedRemoved = %d, want 1", n)
	}
}
