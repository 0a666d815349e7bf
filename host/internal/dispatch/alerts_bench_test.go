package dispatch_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// recTimers keeps what the skill sets, so the benchmark can deliver the
// timers itself.
type recTimers struct {
	mu  sync.Mutex
	set map[string]benchTimer
}

type benchTimer struct {
	payload []byte
	due     time.Time
}

func (r *recTimers) SetIn(_ context.Context, _, _, name string, payload []byte, due time.Time, _ int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.set[name] = benchTimer{append([]byte(nil), payload...), due}
	return nil
}

func (r *recTimers) Cancel(_ context.Context, _, name string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.set, name)
	return nil
}

// dmOutbox counts posts to user ids (the escalation DMs).
type dmOutbox struct {
	mu  sync.Mutex
	all int
	dms int
}

func (o *dmOutbox) Send(_ context.Context, s wasmrt.Send) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.all++
	if strings.HasPrefix(s.Msg.Channel, "U") {
		o.dms++
	}
	return fmt.Sprintf("bothost:%d", o.all), nil // a reference, as the durable outbox answers
}

func alertsRegistry(tb testing.TB, clk clock.Clock) (*dispatch.Registry, *recTimers, *dmOutbox) {
	tb.Helper()
	tm := &recTimers{set: map[string]benchTimer{}}
	out := &dmOutbox{}
	eng, err := wasmrt.NewEngine(filepath.Join(tb.TempDir(), "cache"), wasmrt.Services{
		KV: store.NewMemory(clk), Outbox: out, Timers: tm, Clock: clk, Logger: slog.New(slog.DiscardHandler),
	}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { eng.Close(context.Background()) })
	reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
	tb.Cleanup(func() { reg.Close(context.Background()) })
	s := config.Skill{Name: "alerts", Path: testskills.Path(tb, "alerts"), Limits: config.DefaultLimits(),
		ConfigJSON: []byte(`{"channel":"C1","storm_threshold":1000000,"rotations":[{"users":["U1","U2","U3"]}]}`)}
	s.Limits.KVMaxKeys = 1 << 20
	s.Limits.KVMaxBytes = 1 << 30
	s.Limits.TimerMax = 1 << 20
	if err := reg.Apply(context.Background(), &config.Config{Skills: []config.Skill{s}}); err != nil {
		tb.Fatal(err)
	}
	return reg, tm, out
}

func alertmanagerBody(tb testing.TB) []byte {
	b, err := os.ReadFile(filepath.Join(testskills.Root(tb), "plugins", "alerts", "testdata", "alertmanager_firing.json"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// BenchmarkAlertsWebhook is the cost of one Alertmanager delivery in the
// alerts skill (TinyGo), host work included (routing, event record, the
// guest's JSON parse, its KV and timer calls, the outbox), with the
// in-memory KV (bbolt's fsyncs are the store's, measured elsewhere):
//
//   - new: every delivery is a new alert (posted, escalation armed);
//   - repeat: the same group again (count and message updated).
func BenchmarkAlertsWebhook(b *testing.B) {
	body := alertmanagerBody(b)
	for _, mode := range []string{"new", "repeat"} {
		b.Run(mode, func(b *testing.B) {
			reg, _, _ := alertsRegistry(b, clock.System{})
			ctx := context.Background()
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				bd := body
				if mode == "new" {
					bd = []byte(strings.Replace(string(body), `"groupKey": "`, fmt.Sprintf(`"groupKey": "%d`, i), 1))
				}
				ev := &abi.Event{ID: fmt.Sprintf("ev%d", i), Kind: abi.KindWebhook, Hook: "alertmanager", Method: "POST",
					Headers: map[string]string{"content-type": "application/json"}, Body: bd, Skill: "alerts", Team: "T1", Time: time.Now()}
				res := reg.Dispatch(ctx, ev)
				if len(res) != 1 || res[0].Err != nil {
					b.Fatalf("dispatch: %+v", res)
				}
			}
			// CPU time as well as wall time: on a loaded shared machine
			// the wall time mostly measures the queue for a core.
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/event")
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/event")
		})
	}
}

// BenchmarkAlertsEscalations: 1,000 alerts pending, their escalation
// timers fall due at once; the figure is the time from delivering the
// 1,000 timer events to the skill (2 goroutines, as the host's lanes
// would) until the 1,000 DMs are in the outbox. The durable timer store's
// own cost of firing is in BenchmarkTimers (host/internal/app).
func BenchmarkAlertsEscalations(b *testing.B) {
	const n = 1000
	body := alertmanagerBody(b)
	for iter := 0; iter < b.N; iter++ {
		b.StopTimer()
		clk := clock.NewFake(time.Now())
		reg, tm, out := alertsRegistry(b, clk)
		ctx := context.Background()
		for i := 0; i < n; i++ {
			bd := []byte(strings.Replace(string(body), `"groupKey": "`, fmt.Sprintf(`"groupKey": "%d`, i), 1))
			ev := &abi.Event{ID: fmt.Sprintf("ev%d", i), Kind: abi.KindWebhook, Hook: "alertmanager", Method: "POST",
				Headers: map[string]string{"content-type": "application/json"}, Body: bd, Skill: "alerts", Team: "T1", Time: clk.Now()}
			if res := reg.Dispatch(ctx, ev); len(res) != 1 || res[0].Err != nil {
				b.Fatalf("dispatch: %+v", res)
			}
		}
		clk.Advance(5 * time.Minute)
		var evs []*abi.Event
		for name, t := range tm.set {
			if strings.HasPrefix(name, "esc:") {
				evs = append(evs, &abi.Event{ID: "t:" + name, Kind: abi.KindTimer, Name: name, Payload: t.payload, Due: t.due, Skill: "alerts", Team: "T1", Time: clk.Now()})
			}
		}
		if len(evs) != n {
			b.Fatalf("%d escalation timers pending, want %d", len(evs), n)
		}
		before := out.dms
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		var wg sync.WaitGroup
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(evs); i += 2 {
					if res := reg.Dispatch(ctx, evs[i]); len(res) != 1 || res[0].Err != nil {
						b.Errorf("dispatch: %+v", res)
						return
					}
				}
			}(w)
		}
		wg.Wait()
		elapsed, cpu := time.Since(start), cpuTime()-cpu0
		b.StopTimer()
		if got := out.dms - before; got != n {
			b.Fatalf("%d DMs in the outbox, want %d", got, n)
		}
		b.ReportMetric(float64(elapsed.Milliseconds()), "ms/1000-escalations")
		b.ReportMetric(float64(cpu.Milliseconds()), "cpu-ms/1000-escalations")
	}
}
