package app_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/app"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/timers"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// sendClock records when each timer's post reached the outbox: the moment
// the skill's handler acted on the timer.
type sendClock struct {
	mu  sync.Mutex
	due map[string]time.Time // channel (= timer payload) → due
	lat []time.Duration
	got chan struct{}
}

func (s *sendClock) Send(ctx context.Context, snd wasmrt.Send) (string, error) {
	now := time.Now()
	s.mu.Lock()
	if d, ok := s.due[snd.Msg.Channel]; ok {
		s.lat = append(s.lat, now.Sub(d))
		delete(s.due, snd.Msg.Channel)
	}
	s.mu.Unlock()
	s.got <- struct{}{}
	return "1.0", nil
}

// BenchmarkTimers sets b.N timers through the durable timer service, due
// spread over the next second, and measures the whole path a timer takes
// in the host: timer store → durable inbox → dispatcher → the hostprobe
// skill's timer handler (wasm) → its post. It reports timers set per
// second, timers fired (handled) per second once due, and the latency from
// due time to the skill's post (p50, p99, max).
func BenchmarkTimers(b *testing.B) {
	// spread: due evenly over one second, for the latency a timer sees;
	// burst: all due at the same instant, for how fast the host drains
	// them.
	b.Run("spread", func(b *testing.B) { benchTimers(b, true) })
	b.Run("burst", func(b *testing.B) { benchTimers(b, false) })
}

func benchTimers(b *testing.B, spread bool) {
	dir := b.TempDir()
	cfgPath := filepath.Join(dir, "bot.toml")
	os.WriteFile(cfgPath, []byte(fmt.Sprintf("[bot]\ndata_dir = \"data\"\n[skills.probe]\npath = %q\ninstances = 4\n",
		testskills.Path(b, "hostprobe"))), 0o600)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		b.Fatal(err)
	}
	ib, err := inbox.Open(filepath.Join(dir, "inbox"), inbox.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ib.Close()
	tm, err := timers.Open(filepath.Join(dir, "timers.db"), timers.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer tm.Close()
	out := &sendClock{due: map[string]time.Time{}, got: make(chan struct{}, 1024)}
	ctx := context.Background()
	h, err := app.Provision(ctx, cfg, app.Options{Outbox: out, Timers: tm})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Close(ctx)
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	go ib.Run(rctx, func(ctx context.Context, ev *abi.Event) error { h.Registry.Dispatch(ctx, ev); return nil })
	go tm.Run(rctx, ib)

	n := b.N
	// Leave time to set them all before the first falls due.
	base := time.Now().Add(time.Second + time.Duration(n)*100*time.Microsecond)
	b.ResetTimer()
	setStart := time.Now()
	var wg sync.WaitGroup
	const setters = 32
	for g := range setters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < n; i += setters {
				ch := fmt.Sprint("C", i)
				due := base
				if spread {
					due = base.Add(time.Duration(i) * time.Second / time.Duration(n))
				}
				out.mu.Lock()
				out.due[ch] = due
				out.mu.Unlock()
				if err := tm.Set(ctx, "probe", fmt.Sprint("t", i), []byte(ch), due, n+1); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	setDur := time.Since(setStart)
	for range n {
		<-out.got
	}
	b.StopTimer()
	fireDur := time.Since(base)
	slices.Sort(out.lat)
	b.ReportMetric(float64(n)/setDur.Seconds(), "sets/s")
	if !spread {
		b.ReportMetric(float64(n)/fireDur.Seconds(), "fired/s")
	}
	if len(out.lat) > 0 {
		b.ReportMetric(float64(out.lat[len(out.lat)/2].Microseconds())/1000, "due→handler-p50-ms")
		b.ReportMetric(float64(out.lat[len(out.lat)*99/100].Microseconds())/1000, "due→handler-p99-ms")
		b.ReportMetric(float64(out.lat[len(out.lat)-1].Microseconds())/1000, "due→handler-max-ms")
	}
}
