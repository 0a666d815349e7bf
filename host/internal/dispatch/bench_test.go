package dispatch_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/reload"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// nullOutbox accepts every message; benchmarks measure the host and the
// skill, not a transport.
type nullOutbox struct{ n atomic.Int64 }

func (o *nullOutbox) Send(context.Context, wasmrt.Send) (string, error) {
	o.n.Add(1)
	return "1.000001", nil
}

func newBenchRegistry(tb testing.TB, modules map[string]string) (*dispatch.Registry, *nullOutbox) {
	tb.Helper()
	clk := clock.System{}
	out := &nullOutbox{}
	eng, err := wasmrt.NewEngine(filepath.Join(tb.TempDir(), "cache"), wasmrt.Services{
		KV: store.NewMemory(clk), Outbox: out, Clock: clk, Logger: slog.New(slog.DiscardHandler),
	}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { eng.Close(context.Background()) })
	reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
	tb.Cleanup(func() { reg.Close(context.Background()) })
	cfg := &config.Config{}
	for name, path := range modules {
		s := config.Skill{Name: name, Path: path, Limits: config.DefaultLimits(), ConfigJSON: []byte(`{}`)}
		s.Routes.Commands = []string{"/" + name}
		cfg.Skills = append(cfg.Skills, s)
	}
	if err := reg.Apply(context.Background(), cfg); err != nil {
		tb.Fatal(err)
	}
	return reg, out
}

// BenchmarkDispatch measures one event through Registry.Dispatch into the
// echo skill and back out to the outbox: routing, the event record, the
// copy into guest memory, the guest's parse, its host calls and the
// result, on one goroutine.
//
//   - command: a slash command answered with one reply (the pure echo).
//   - message: a message, for which the echo skill also reads and writes
//     KV three times (in-memory store) and logs a line.
func BenchmarkDispatch(b *testing.B) {
	builds := []string{"echo-rust", "echo-tinygo", "echo-go"}
	for _, build := range builds {
		reg, out := newBenchRegistry(b, map[string]string{"echo": testskills.Path(b, build)})
		for _, kind := range []string{"command", "message"} {
			ev := &abi.Event{ID: "bench", Kind: abi.KindCommand, Command: "/echo", Text: "hello there", User: "U1", Channel: "C1", Team: "T1", Skill: "echo"}
			if kind == "message" {
				ev.Kind, ev.Command, ev.TS = abi.KindMessage, "", "1.000001"
			}
			b.Run(build+"/"+kind, func(b *testing.B) {
				ctx := context.Background()
				start := out.n.Load()
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					res := reg.Dispatch(ctx, ev)
					if len(res) != 1 || res[0].Err != nil {
						b.Fatalf("dispatch: %+v", res)
					}
				}
				b.StopTimer()
				if got := out.n.Load() - start; got != int64(b.N) {
					b.Fatalf("%d replies for %d events", got, b.N)
				}
			})
		}
	}
}

// BenchmarkDispatchParallel is BenchmarkDispatch with events from several
// goroutines, served by the skill's instance pool.
func BenchmarkDispatchParallel(b *testing.B) {
	for _, build := range []string{"echo-rust", "echo-tinygo"} {
		reg, _ := newBenchRegistry(b, map[string]string{"echo": testskills.Path(b, build)})
		b.Run(build, func(b *testing.B) {
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				ev := &abi.Event{ID: "bench", Kind: abi.KindCommand, Command: "/echo", Text: "hello there", User: "U1", Channel: "C1", Skill: "echo"}
				for pb.Next() {
					if res := reg.Dispatch(context.Background(), ev); len(res) != 1 || res[0].Err != nil {
						b.Errorf("dispatch: %+v", res)
						return
					}
				}
			})
		})
	}
}

// BenchmarkReloadSwap measures Registry.Reload alternating between two
// builds of a skill whose compiled code is in the disk cache: read, hash,
// validate, instantiate, init and swap.
func BenchmarkReloadSwap(b *testing.B) {
	for _, pair := range [][2]string{{"echo-rust", "echo-rust-wasi"}, {"echo-tinygo", "echo-rust"}, {"echo-go", "echo-tinygo"}} {
		b.Run(pair[0], func(b *testing.B) {
			dir := b.TempDir()
			path := filepath.Join(dir, "skill.wasm")
			mods := [2][]byte{testskills.Read(b, pair[0]), testskills.Read(b, pair[1])}
			if err := os.WriteFile(path, mods[0], 0o644); err != nil {
				b.Fatal(err)
			}
			reg, _ := newBenchRegistry(b, map[string]string{"echo": path})
			ctx := context.Background()
			// Warm the compilation cache with the second module.
			if err := os.WriteFile(path, mods[1], 0o644); err != nil {
				b.Fatal(err)
			}
			if err := reg.Reload(ctx, "echo"); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if err := os.WriteFile(path, mods[i%2], 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := reg.Reload(ctx, "echo"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteToServing measures, through the real file watcher, the
// time from writing a changed module file (write-temp-then-rename, as
// build tools do) to the first event served by the new version. The
// compilation cache is cold for every new build: each iteration writes
// bytes never seen before (a custom section with a counter), so this is
// the latency a developer sees after a rebuild. "inplace" truncates and
// writes the file in chunks the way cp does, timed from the first write.
func BenchmarkWriteToServing(b *testing.B) {
	for _, c := range []struct{ build, write string }{
		{"echo-rust", "rename"}, {"echo-rust", "inplace"},
		{"echo-tinygo", "rename"}, {"echo-tinygo", "inplace"},
		{"echo-go", "rename"},
	} {
		build := c.build
		b.Run(build+"/"+c.write, func(b *testing.B) {
			dir := b.TempDir()
			path := filepath.Join(dir, "skill.wasm")
			base := testskills.Read(b, build)
			if err := os.WriteFile(path, withCustomSection(base, 0), 0o644); err != nil {
				b.Fatal(err)
			}
			reg, _ := newBenchRegistry(b, map[string]string{"echo": path})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			applied := make(chan reload.Event, 4)
			w, err := reload.New(reg, "", slog.New(slog.DiscardHandler), reload.WithNotify(func(e reload.Event) { applied <- e }))
			if err != nil {
				b.Fatal(err)
			}
			go w.Run(ctx)
			ev := &abi.Event{ID: "x", Kind: abi.KindCommand, Command: "/echo", Text: "x", Channel: "C1", Skill: "echo"}
			first := reg.Dispatch(ctx, ev)[0].Version
			var total time.Duration
			b.ResetTimer()
			for i := 1; i <= b.N; i++ {
				mod := withCustomSection(base, i)
				var start time.Time
				if c.write == "rename" {
					tmp := path + ".tmp"
					if err := os.WriteFile(tmp, mod, 0o644); err != nil {
						b.Fatal(err)
					}
					start = time.Now()
					if err := os.Rename(tmp, path); err != nil {
						b.Fatal(err)
					}
				} else {
					// Truncate and write in 16 KiB chunks, as cp does; the
					// clock starts at the first write.
					start = time.Now()
					if err := writeChunks(path, mod, 16<<10); err != nil {
						b.Fatal(err)
					}
				}
				if e := <-applied; e.Err != nil {
					b.Fatal(e.Err)
				}
				res := reg.Dispatch(ctx, ev)
				total += time.Since(start)
				if res[0].Version == first || res[0].Err != nil {
					b.Fatalf("new version not serving: %+v", res)
				}
				first = res[0].Version
			}
			b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms-to-serve")
		})
	}
}

func writeChunks(path string, b []byte, chunk int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	for len(b) > 0 {
		n := min(chunk, len(b))
		if _, err := f.Write(b[:n]); err != nil {
			f.Close()
			return err
		}
		b = b[n:]
	}
	return f.Close()
}

// withCustomSection appends a custom section holding n, which changes the
// module's bytes (and so its cache key) without changing its behaviour.
func withCustomSection(mod []byte, n int) []byte {
	name := "bench"
	payload := []byte{byte(len(name))}
	payload = append(payload, name...)
	payload = append(payload, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	out := append([]byte(nil), mod...)
	out = append(out, 0) // custom section id
	out = append(out, byte(len(payload)))
	return append(out, payload...)
}

// BenchmarkTinyGoOpt is how the one TinyGo -opt flag (TINYGO_OPT in the
// Makefile, the READMEs) was chosen: the echo skill built at each level,
// its module size (wasm-bytes), the time to load it (compile + first
// instance, load-ns) and the time per command and message event through
// Dispatch, as in BenchmarkDispatch; cpu-ns/op is the process's CPU time
// per operation, steadier than ns/op on a loaded machine.
func BenchmarkTinyGoOpt(b *testing.B) {
	for _, opt := range []string{"1", "2", "s", "z"} {
		path := testskills.Path(b, "echo-tinygo-opt"+opt)
		fi, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("opt="+opt+"/load", func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				// A fresh registry (no compilation cache shared) per load.
				newBenchRegistry(b, map[string]string{"echo": path})
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(fi.Size()), "wasm-bytes")
		})
		reg, out := newBenchRegistry(b, map[string]string{"echo": path})
		for _, kind := range []string{"command", "message"} {
			ev := &abi.Event{ID: "bench", Kind: abi.KindCommand, Command: "/echo", Text: "hello there", User: "U1", Channel: "C1", Team: "T1", Skill: "echo"}
			if kind == "message" {
				ev.Kind, ev.Command, ev.TS = abi.KindMessage, "", "1.000001"
			}
			b.Run("opt="+opt+"/"+kind, func(b *testing.B) {
				ctx := context.Background()
				start := out.n.Load()
				cpu0 := cpuTime()
				for i := 0; i < b.N; i++ {
					if res := reg.Dispatch(ctx, ev); len(res) != 1 || res[0].Err != nil {
						b.Fatalf("dispatch: %+v", res)
					}
				}
				b.StopTimer()
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
				if got := out.n.Load() - start; got != int64(b.N) {
					b.Fatalf("%d replies for %d events", got, b.N)
				}
				b.ReportMetric(float64(fi.Size()), "wasm-bytes")
			})
		}
	}
}
