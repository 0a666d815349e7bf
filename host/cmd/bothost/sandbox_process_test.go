package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testskills"
)

// dropIn replaces path's bytes the way a deploy does: write aside, rename.
func dropIn(t *testing.T, path string, b []byte) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// TestHostileModulesDoNotStopTheHost runs the real bothost: it starts with
// one skill's module a compile bomb (issue 8: "provision: config not
// applied" stopped the whole host) and serves the other; then modules that
// killed a running host in issue 8 (200 tables of 2^27 entries; the
// 8,000-locals × 8,000-loops compile bomb) are dropped in as reloads of the
// serving skill while it answers: each is refused within a bounded time,
// the previous version keeps answering, and the process stays up.
func TestHostileModulesDoNotStopTheHost(t *testing.T) {
	if testing.Short() {
		t.Skip("runs bothost processes")
	}
	fs := newProcFake(t)
	port := freePort(t)
	dir := t.TempDir()
	probe := filepath.Join(dir, "probe.wasm")
	bomb := filepath.Join(dir, "bomb.wasm")
	dropIn(t, probe, testskills.Read(t, "hostprobe"))
	dropIn(t, bomb, testskills.Read(t, "hostile-compilebomb"))
	cfg := writeConfig(t, fmt.Sprintf(`[bot]
listen = "127.0.0.1:%d"
data_dir = "data"
log_level = "info"

[slack]
mode = "events"
signing_secret = %q
bot_token = %q
api_url = %q

[skills.bomb]
path = %q
[skills.bomb.on]
messages = ["^bomb"]

[skills.probe]
path = %q
[skills.probe.on]
messages = ["^ping "]
`, port, procSecret, procToken, fs.APIURL(), bomb, probe))
	p := startProc(t, cfg, port)

	resp, err := http.Get(p.base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "1 skill(s) not loaded") || !strings.Contains(string(body), `load skill "bomb"`) {
		t.Fatalf("/readyz %d %q: want ready, listing the bomb", resp.StatusCode, body)
	}
	if !strings.Contains(p.logs.String(), "locals per function (parameters included) is 8002, over the limit of 2048") {
		t.Fatalf("start-up refusal not logged:\n%s", p.logs.String())
	}

	c := &http.Client{Timeout: 10 * time.Second}
	pong := func(id string) {
		t.Helper()
		if st, err := postEvent(c, p.base, messageEvent("E"+id, "C"+id, "ping "+id)); err != nil || st != 200 {
			t.Fatalf("post ping %s: %d %v", id, st, err)
		}
		waitFor(t, fs, func(calls []fakeslack.Call) bool {
			for _, call := range calls {
				if call.Text == "pong "+id {
					return true
				}
			}
			return false
		})
	}
	pong("start")

	for i, drop := range []struct{ module, refusal string }{
		{"hostile-tables", "tables is 200, over the limit of 1"},
		{"hostile-compilebomb", "locals per function (parameters included) is 8002, over the limit of 2048"},
	} {
		rejected := func() int { return strings.Count(p.logs.String(), "skill reload rejected") }
		seen := func() int { return strings.Count(p.logs.String(), drop.refusal) }
		rejectedBefore, seenBefore := rejected(), seen()
		start := time.Now()
		dropIn(t, probe, testskills.Read(t, drop.module))
		for rejected() == rejectedBefore || seen() == seenBefore {
			select {
			case <-p.done:
				t.Fatalf("bothost died on %s:\n%s", drop.module, p.logs.String())
			default:
			}
			if time.Since(start) > 30*time.Second {
				t.Fatalf("%s not refused within 30 s:\n%s", drop.module, p.logs.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Logf("%s refused %v after it was dropped in", drop.module, time.Since(start).Round(time.Millisecond))
		pong(fmt.Sprint("after", i))
	}
	select {
	case <-p.done:
		t.Fatal("bothost exited")
	default:
	}
}
