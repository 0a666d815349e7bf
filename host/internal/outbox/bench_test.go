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
// through slack-go. Every post is first marked in doubt (group-committed,
// marks/commit) and carries its metadata, which the fake keeps for
// conversations.history even with recording off.
func BenchmarkDeliver(b *testing.B) { benchDeliver(b, 64) }

// BenchmarkDeliverManyChannels is BenchmarkDeliver with 4096 channels, a
// handful of messages each: the case where the in-doubt marks cannot be
// amortised over a run of messages of one channel (markAhead) and rest on
// group commit across channels alone.
func BenchmarkDeliverManyChannels(b *testing.B) { benchDeliver(b, 4096) }

func benchDeliver(b *testing.B, channels int) {
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
		s := post(team1, "C"+strconv.Itoa(i%channels), "a reply of typical length, about sixty bytes long")
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
	if mc := ob.MarkCommits(); mc > 0 {
		b.ReportMetric(value(ob.metrics.marked)/float64(mc), "marks/commit")
	}
	b.ReportMetric(float64(ob.Commits())/float64(b.N), "commits/msg")
}
