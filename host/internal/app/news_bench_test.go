package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/store"
)

// BenchmarkNews10kDueSameMinute: 10,000 people whose package is due at
// the same minute (07:30 Helsinki), through the real host and the TinyGo
// news skill. Reports the real time from the tick to the last package
// handed over (all reach the fake Slack: the outbox delivered them too),
// and the host's peak heap while doing it. The people and a topic's items
// are written into the skill's KV before the host starts.
func BenchmarkNews10kDueSameMinute(b *testing.B) {
	const people = 10000
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		due := time.Date(2026, 3, 5, 5, 30, 0, 0, time.UTC)
		seedNewsPeople(b, filepath.Join(dir, "data", "bothost.db"), people, due)
		fs := fakeslack.New()
		fs.AddTeam(fakeslack.Team{ID: team1, Name: "One", BotToken: botToken, BotUserID: "UBOT1", BotID: "BBOT1"})
		site := newFeedSite(b)
		clk := clock.NewFake(due.Add(-30 * time.Second))
		h := startNews(b, fs, clk, site, dir)
		var peak uint64
		var ms runtime.MemStats
		clk.AdvanceTo(due)
		start := time.Now()
		lastSample := start
		for {
			got := 0
			for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
				if strings.HasPrefix(c.Channel, "DP") {
					got++
				}
			}
			if got >= people {
				break
			}
			if time.Since(start) > 5*time.Minute {
				b.Fatalf("only %d of %d packages after 5 minutes", got, people)
			}
			if time.Since(lastSample) > 200*time.Millisecond {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
				lastSample = time.Now()
			}
			clk.Advance(10 * time.Millisecond)
			time.Sleep(2 * time.Millisecond)
		}
		el := time.Since(start)
		b.ReportMetric(el.Seconds(), "s_to_all_10k_packages")
		b.ReportMetric(float64(peak)/(1<<20), "peak_heap_MiB")
		h.stop()
		fs.Close()
	}
}

// seedNewsPeople writes people subscribed to "world" at 07:30 Helsinki
// (due at UTC due) and five items into the news skill's KV namespace.
func seedNewsPeople(b *testing.B, path string, n int, due time.Time) {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.Fatal(err)
	}
	st, err := store.OpenBolt(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	set := func(k string, v []byte) {
		if err := st.Set(ctx, "news", k, v, 0, store.Quota{}); err != nil {
			b.Fatal(err)
		}
	}
	var items []map[string]any
	for i := 0; i < 5; i++ {
		items = append(items, map[string]any{"id": fmt.Sprintf("it%d", i), "t": fmt.Sprintf("Story %d", i), "l": fmt.Sprintf("https://wire.example/%d", i),
			"s": "Wire", "at": due.Add(-time.Hour).UnixMilli() + int64(i), "n": 1, "f": "world"})
	}
	v, _ := json.Marshal(items)
	set("t/world", v)
	hm := due.Format("1504")
	for i := 0; i < n; i++ {
		user := fmt.Sprintf("UP%05d", i)
		sh := newsShard(user)
		key := "x/" + hm + "/" + sh + "/" + user
		p, _ := json.Marshal(map[string]any{"user": user, "ch": fmt.Sprintf("DP%05d", i), "topics": []string{"world"}, "times": []string{"07:30"},
			"tz": "Europe/Helsinki", "on": true, "last": 0, "idx": []string{key}})
		set("p/"+user, p)
		set(key, []byte("1"))
		set("xs/"+hm+"/"+sh, []byte("1"))
	}
}

// newsShard is plugins/news's shardOf: fnv32a of the user id mod 256, two
// hex digits.
func newsShard(user string) string {
	h := fnv.New32a()
	h.Write([]byte(user))
	s := strconv.FormatUint(uint64(h.Sum32()%256), 16)
	if len(s) == 1 {
		s = "0" + s
	}
	return s
}
