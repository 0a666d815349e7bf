package timers

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
)

// BenchmarkSet measures durable Sets per second: one caller (each Set
// its own fsync) and many callers at once (sharing commits).
func BenchmarkSet(b *testing.B) {
	for _, callers := range []int{1, 32} {
		b.Run(fmt.Sprintf("callers=%d", callers), func(b *testing.B) {
			s, err := Open(filepath.Join(b.TempDir(), "timers.db"), Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			due := time.Now().Add(24 * time.Hour)
			payload := make([]byte, 64)
			var next atomic.Int64
			start := time.Now()
			b.SetParallelism(callers) // GOMAXPROCS * callers goroutines
			if callers == 1 {
				for b.Loop() {
					// 10,000 names: inserts, then replaces.
					i := next.Add(1)
					if err := s.Set(context.Background(), "bench", fmt.Sprintf("t%05d", i%10000), payload, due, 0); err != nil {
						b.Fatal(err)
					}
				}
			} else {
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						i := next.Add(1)
						if err := s.Set(context.Background(), "bench", fmt.Sprintf("t%05d", i%10000), payload, due, 0); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			b.ReportMetric(float64(next.Load())/time.Since(start).Seconds(), "sets/s")
		})
	}
}

// nopSink accepts everything and counts.
type nopSink struct {
	n    atomic.Int64
	want int64
	done chan struct{}
}

func (s *nopSink) Put(context.Context, *abi.Event) error {
	if s.n.Add(1) == s.want {
		close(s.done)
	}
	return nil
}

// BenchmarkFire measures how fast 10,000 overdue timers go from disk to
// a no-op sink (reading payloads, Puts, deleting in group commits).
func BenchmarkFire(b *testing.B) {
	const n = 10000
	var total time.Duration
	rounds := 0
	for b.Loop() {
		b.StopTimer()
		clk := clock.NewFake(t0)
		s, err := Open(filepath.Join(b.TempDir(), fmt.Sprintf("timers%d.db", rounds)), Options{Clock: clk})
		if err != nil {
			b.Fatal(err)
		}
		setMany(b, s, n, func(i int) time.Time { return t0.Add(-time.Duration(i) * time.Millisecond) })
		sink := &nopSink{want: n, done: make(chan struct{})}
		b.StartTimer()
		start := time.Now()
		if err := s.Start(context.Background(), sink); err != nil {
			b.Fatal(err)
		}
		<-sink.done
		total += time.Since(start)
		rounds++
		b.StopTimer()
		// Wait for the last deletes before closing.
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*rounds)/total.Seconds(), "fired/s")
}

// BenchmarkDueToPut measures, on the real clock, the lag from a timer's
// due time to its Put, for 2,000 timers spread over one second.
func BenchmarkDueToPut(b *testing.B) {
	const n = 2000
	var lags []time.Duration
	for b.Loop() {
		due0 := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
		s, err := Open(filepath.Join(b.TempDir(), fmt.Sprintf("lat%d.db", len(lags))), Options{})
		if err != nil {
			b.Fatal(err)
		}
		setMany(b, s, n, func(i int) time.Time { return due0.Add(time.Duration(i) * 500 * time.Microsecond) })
		clk := shifted{off: due0.Sub(time.Now()) - 200*time.Millisecond}
		s.clock = clk
		sink := &lagSink{clk: clk, done: make(chan struct{}), want: n}
		if err := s.Start(context.Background(), sink); err != nil {
			b.Fatal(err)
		}
		<-sink.done
		s.Close()
		lags = append(lags, sink.lags...)
	}
	slices.Sort(lags)
	q := func(p float64) float64 { return float64(lags[int(p*float64(len(lags)-1))].Microseconds()) }
	b.ReportMetric(q(0.5), "p50-µs")
	b.ReportMetric(q(0.99), "p99-µs")
	b.ReportMetric(q(1), "max-µs")
}

type lagSink struct {
	clk  clock.Clock
	mu   sync.Mutex
	lags []time.Duration
	want int
	done chan struct{}
}

func (s *lagSink) Put(_ context.Context, ev *abi.Event) error {
	lag := s.clk.Now().Sub(ev.Due)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lags = append(s.lags, lag)
	if len(s.lags) == s.want {
		close(s.done)
	}
	return nil
}
