package wasmrt_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// pollHost loads examples/poll-go (TinyGo) or examples/poll-rust as
// "poll" on a memory store, with an effects recorder as outbox.
func pollHost(tb testing.TB, build string) (*wasmrt.Module, *effects.Recorder, store.KV) {
	tb.Helper()
	ctx := context.Background()
	clk := &fixedClock{t: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	mem := store.NewMemory(clk)
	rec := effects.New(mem, clk)
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: mem, Outbox: rec, Timers: rec, Clock: clk, Logger: slog.New(slog.DiscardHandler)}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { eng.Close(ctx) })
	m, err := eng.LoadFile(ctx, testSkill("poll", testskills.Path(tb, build)))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close(ctx) })
	return m, rec, mem
}

func pollCommand(text string) *abi.Event {
	return &abi.Event{ID: "cmd", Team: "T1", Kind: abi.KindCommand, Command: "/poll", Text: text, User: "U1", Channel: "C1"}
}

func pollClick(i int, actionID, user string) *abi.Event {
	return &abi.Event{ID: fmt.Sprint("click-", i), Team: "T1", Kind: abi.KindAction, ActionID: actionID, User: user,
		Channel: "C1", MessageTS: "1700000000.000100"}
}

// TestPollSkills runs both poll examples through the real runtime: the Go
// and Rust SDKs' kv_incr, kv_cas (through their update helpers), Block Kit
// builders and routing must give the same messages.
func TestPollSkills(t *testing.T) {
	transcripts := map[string]string{}
	for _, build := range []string{"poll-go", "poll-rust"} {
		t.Run(build, func(t *testing.T) {
			ctx := context.Background()
			m, rec, mem := pollHost(t, build)
			if err := m.Handle(ctx, pollCommand("Lunch? | Pizza | Sushi & <b>")); err != nil {
				t.Fatal(err)
			}
			for i, c := range []struct{ id, user string }{{"poll:vote:1:0", "U1"}, {"poll:vote:1:1", "U2"}, {"poll:vote:1:1", "U1"},
				{"poll:close:1", "U2"}, {"poll:close:1", "U1"}, {"poll:vote:1:0", "U3"}} {
				if err := m.Handle(ctx, pollClick(i, c.id, c.user)); err != nil {
					t.Fatalf("%s by %s: %v", c.id, c.user, err)
				}
			}
			got := rec.Effects()
			var sends []string
			for _, e := range got {
				if !strings.HasPrefix(e, "kv ") {
					sends = append(sends, e)
				}
			}
			if len(sends) != 6 { // the poll, 3 votes, a refused close, the close; the late vote changes nothing
				t.Fatalf("%d messages:\n%s", len(sends), strings.Join(sends, "\n"))
			}
			if !strings.HasPrefix(sends[0], "reply channel=C1 text=\"Lunch?\"") || !strings.Contains(sends[0], `Sushi &amp; &lt;b&gt;`) {
				t.Errorf("poll message: %s", sends[0])
			}
			if !strings.Contains(sends[3], `▇▇ 2`) || !strings.Contains(sends[3], "update channel=C1 ts=1700000000.000100") {
				t.Errorf("after three votes: %s", sends[3])
			}
			if !strings.Contains(sends[4], "ephemeral=U2") {
				t.Errorf("refused close: %s", sends[4])
			}
			if !strings.Contains(sends[5], "*closed*") || strings.Contains(sends[5], `"actions"`) {
				t.Errorf("closed: %s", sends[5])
			}
			if v, err := mem.Get(ctx, "poll", "poll/seq"); err != nil || string(v) != "1" {
				t.Errorf("poll/seq = %q, %v", v, err)
			}
			transcripts[build] = strings.Join(sends, "\n")
		})
	}
	if a, b := transcripts["poll-go"], transcripts["poll-rust"]; a != "" && b != "" && a != b {
		t.Errorf("poll-go and poll-rust differ:\n%s\n---\n%s", a, b)
	}
}

// processCPU is the process's user+system CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPollVote is the per-event cost of each poll skill handling a
// vote (a click: kv_get + kv_cas of the poll's record, the Block Kit
// message rebuilt, an update sent) in the real runtime, on the memory
// store so the figure is the skill's and the ABI's, not the disk's.
func BenchmarkPollVote(b *testing.B) {
	for _, build := range []string{"poll-go", "poll-rust"} {
		b.Run(build, func(b *testing.B) {
			ctx := context.Background()
			m, rec, _ := pollHost(b, build)
			if err := m.Handle(ctx, pollCommand("Lunch? | Pizza | Sushi | Ramen | Salad")); err != nil {
				b.Fatal(err)
			}
			evs := make([]*abi.Event, 64)
			for i := range evs {
				evs[i] = pollClick(i, fmt.Sprintf("poll:vote:1:%d", i%4), fmt.Sprintf("U%02d", i))
			}
			b.ReportAllocs()
			cpu0 := processCPU()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := m.Handle(ctx, evs[i%len(evs)]); err != nil {
					b.Fatal(err)
				}
				if i%1024 == 0 {
					rec.Effects() // keep the recorder's memory bounded
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/event")
			// CPU time too: on a loaded machine the wall time mostly
			// measures waiting for a core.
			b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/float64(b.N), "cpu-µs/event")
		})
	}
}
