package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
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
// accepted by the outbox (s_to_outbox) and to the last one received by
// the fake Slack (s_to_slack), and the host's peak heap meanwhile.
// The people and a topic's items are written into the skill's KV before the host starts.
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
		var handed time.Duration
		lastCheck := start
		for {
			if handed == 0 && time.Since(lastCheck) > 100*time.Millisecond {
				lastCheck = time.Now()
				if outboxAccepted(b, h.base) >= people {
					handed = time.Since(start)
				}
			}
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
		if handed == 0 {
			handed = el
		}
		b.ReportMetric(handed.Seconds(), "s_to_outbox")
		b.ReportMetric(el.Seconds(), "s_to_slack")
		b.ReportMetric(float64(peak)/(1<<20), "peak_heap_MiB")
		h.stop()
		fs.Close()
	}
}

// outboxAccepted reads bothost_outbox_accepted_total from the host's
// /metrics.
func outboxAccepted(b *testing.B, base string) int {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	total := 0
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, "bothost_outbox_accepted_total") {
			f := strings.Fields(line)
			v, _ := strconv.ParseFloat(f[len(f)-1], 64)
			total += int(v)
		}
	}
	return total
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
	seed := map[string][]byte{}
	set := func(k string, v []byte) { seed[k] = v }
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
	if err := st.SetBatch(ctx, "news", seed); err != nil {
		b.Fatal(err)
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
