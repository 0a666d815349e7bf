package inbox

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
)

// BenchmarkPut measures durable Puts (group-committed fdatasync) from
// many goroutines, as concurrent Slack deliveries do, with a processor
// draining the queue. It reports Puts/s and the Put latency percentiles,
// which is the inbox's share of the ack latency.
func BenchmarkPut(b *testing.B) {
	ib, err := Open(b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ib.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { ib.Run(ctx, func(context.Context, *abi.Event) error { return nil }); close(done) }()
	defer func() { cancel(); <-done }()

	var n atomic.Int64
	// Each sender adds its latencies here when it is done; a channel would
	// need room for all 32 × GOMAXPROCS of them, as nobody reads it before
	// RunParallel returns.
	var (
		latMu sync.Mutex
		all   []time.Duration
	)
	b.SetParallelism(32) // 32 × GOMAXPROCS concurrent senders
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var ds []time.Duration
		for pb.Next() {
			i := n.Add(1)
			ev := &abi.Event{ID: fmt.Sprintf("Ev%012d", i), Kind: abi.KindMessage, Team: "T1", Channel: fmt.Sprint("C", i%1000),
				User: "U1", TS: "1700000000.000100", Text: "hello there, this is a typical short chat message"}
			t0 := time.Now()
			if err := ib.Put(context.Background(), ev); err != nil {
				b.Error(err)
				return
			}
			ds = append(ds, time.Since(t0))
		}
		latMu.Lock()
		all = append(all, ds...)
		latMu.Unlock()
	})
	el := time.Since(start)
	b.StopTimer()
	slices.Sort(all)
	if len(all) > 0 {
		b.ReportMetric(float64(len(all))/el.Seconds(), "puts/s")
		b.ReportMetric(float64(all[len(all)/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(all[len(all)*99/100].Microseconds()), "p99-µs")
	}
}
