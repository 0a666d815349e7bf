package dispatch_test

import (
	"context"
	"fmt"
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

// BenchmarkNewsTickNothingDue is the news skill's (TinyGo) per-minute
// tick when no feed and nobody's package is due, with 0 or 10,000 people
// subscribed (indexed at another minute) in a bbolt KV: it must cost the
// same, because the tick lists only its minute's shard markers.
func BenchmarkNewsTickNothingDue(b *testing.B) {
	for _, people := range []int{0, 10000} {
		b.Run(fmt.Sprintf("people=%d", people), func(b *testing.B) {
			clk := clock.System{}
			kv, err := store.OpenBolt(filepath.Join(b.TempDir(), "kv.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { kv.Close() })
			ctx := context.Background()
			far := fmt.Sprintf(`{"next":%d}`, time.Now().Add(24*time.Hour).UnixMilli())
			for _, f := range []string{"a", "b", "c"} {
				if err := kv.Set(ctx, "news", "f/"+f, []byte(far), 0, store.Quota{}); err != nil {
					b.Fatal(err)
				}
			}
			for i := 0; i < people; i++ {
				u := fmt.Sprintf("U%05d", i)
				sh := fmt.Sprintf("%02x", i%256)
				for _, k := range []string{"x/0530/" + sh + "/" + u, "xs/0530/" + sh, "p/" + u} {
					if err := kv.Set(ctx, "news", k, []byte(`{"user":"`+u+`"}`), 0, store.Quota{}); err != nil {
						b.Fatal(err)
					}
				}
			}
			out := &nullOutbox{}
			eng, err := wasmrt.NewEngine(filepath.Join(b.TempDir(), "cache"), wasmrt.Services{
				KV: kv, Outbox: out, Clock: clk, Logger: slog.New(slog.DiscardHandler),
			}, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { eng.Close(context.Background()) })
			reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
			b.Cleanup(func() { reg.Close(context.Background()) })
			s := config.Skill{Name: "news", Path: testskills.Path(b, "news"), Limits: config.DefaultLimits(),
				DataDir: filepath.Join(testskills.Root(b), "plugins", "news", "data"),
				ConfigJSON: []byte(`{"feeds":[{"id":"a","url":"https://a.example/rss"},{"id":"b","url":"https://b.example/rss"},{"id":"c","url":"https://c.example/rss"}],` +
					`"topics":[{"id":"world","feeds":["a","b"]},{"id":"ai","keywords":["ai"]}]}`)}
			if err := reg.Apply(ctx, &config.Config{Skills: []config.Skill{s}}); err != nil {
				b.Fatal(err)
			}
			slot := time.Date(2026, 3, 5, 6, 0, 0, 0, time.UTC)
			ev := &abi.Event{ID: "tick", Kind: abi.KindSchedule, Name: "poll", Due: slot, Skill: "news"}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res := reg.Dispatch(ctx, ev)
				if len(res) != 1 || res[0].Err != nil {
					b.Fatalf("tick: %+v", res)
				}
			}
		})
	}
}
