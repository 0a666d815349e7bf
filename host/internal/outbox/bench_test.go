package outbox

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
)

// BenchmarkSendFlush measures durable accepts: each sender does what the
// inbox does per event, Send then Flush, so every message is fsynced
// before the sender goes on. Concurrent senders share commits (group
// commit); sends/commit shows how many.
func BenchmarkSendFlush(b *testing.B) {
	for _, senders := range []int{1, 16, 64, 256} {
		b.Run(fmt.Sprintf("senders=%d", senders), func(b *testing.B) {
			ob := openOutbox(b, "", testOptions(nil, nil)) // no Start: storage only
			var next atomic.Int64
			c0 := ob.Commits()
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for range senders {
				wg.Go(func() {
					ctx := context.Background()
					for {
						n := next.Add(1)
						if n > int64(b.N) {
							return
						}
						s := post(team1, "C"+strconv.FormatInt(n%64, 10), "a reply of typical length, about sixty bytes long")
						s.EventID, s.Seq = "Ev"+strconv.FormatInt(n, 10), 1
						if _, err := ob.Send(ctx, s); err != nil {
							b.Error(err)
							return
						}
						if err := ob.Flush(ctx); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			el := time.Since(start)
			b.StopTimer()
			b.ReportMetric(float64(b.N)/el.Seconds(), "sends/s")
			if c := ob.Commits() - c0; c > 0 {
				b.ReportMetric(float64(b.N)/float64(c), "sends/commit")
			}
		})
	}
}

// BenchmarkDeliver measures end-to-end throughput: messages to 64
// channels, pacing raised out of the way, delivered to the fake Slack
// through slack-go.
func BenchmarkDeliver(b *testing.B) {
	fs := newFake(b, fakeslack.WithRecord(false))
	opt := testOptions(fs, nil)
	opt.PerChannelRate = 1e6
	opt.PerChannelBurst = 1000
	opt.Workers = 32
	ob := openOutbox(b, "", opt)
	ctx := context.Background()
	ob.Start(ctx)
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		s := post(team1, "C"+strconv.Itoa(i%64), "a reply of typical length, about sixty bytes long")
		s.EventID, s.Seq = "Ev"+strconv.Itoa(i), 1
		if _, err := ob.Send(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
	if err := ob.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if _, err := fs.WaitCalls(wctx, fakeslack.MethodPostMessage, b.N); err != nil {
		b.Fatal(err)
	}
	el := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/el.Seconds(), "delivered/s")
}
