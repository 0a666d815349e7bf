package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testskills"
)

// reloadConfig writes a bot.toml whose probe skill runs from a copy of
// the hostprobe module in the config's own directory, so the test can
// rebuild it, and returns the config's and the module's paths and the
// config's text.
func reloadConfig(t *testing.T, fs *fakeslack.Server, port int) (cfg, module, text string) {
	t.Helper()
	dir := t.TempDir()
	module = filepath.Join(dir, "probe.wasm")
	if err := os.WriteFile(module, testskills.Read(t, "hostprobe"), 0o644); err != nil {
		t.Fatal(err)
	}
	text = fmt.Sprintf(`[bot]
listen = "127.0.0.1:%d"
data_dir = "data"
log_level = "info"

[slack]
mode = "events"
signing_secret = %q
bot_token = %q
api_url = %q

[skills.probe]
path = %q
instances = 4
[skills.probe.on]
messages = ["^ping "]
`, port, procSecret, procToken, fs.APIURL(), module)
	cfg = filepath.Join(dir, "bot.toml")
	if err := os.WriteFile(cfg, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return cfg, module, text
}

// truncateThenWrite saves path the way editors and `>` do: truncate,
// then write after gap.
func truncateThenWrite(t *testing.T, path string, b []byte, gap time.Duration) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Sync()
	time.Sleep(gap)
	if _, err := f.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// Issue 9 §3: ten truncate-and-write saves of bot.toml (100 ms between
// the truncation and the write) under 100 events/s lose no event.
func TestConfigTruncateSavesLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a bothost process")
	}
	fs := newProcFake(t)
	port := freePort(t)
	cfg, _, text := reloadConfig(t, fs, port)
	p := startProc(t, cfg, port)
	l := startLoad(t, p.base, "save", 100, 50)
	for range 10 {
		time.Sleep(300 * time.Millisecond)
		truncateThenWrite(t, cfg, []byte(text), 100*time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	acked, refused := l.finish()
	lost, dup := waitAnswered(t, fs, acked, time.Minute)
	logs := p.logs.String()
	t.Logf("10 truncate-and-write saves: %d events acked (%d not); %d lost, %d duplicated; %d saves seen empty",
		len(acked), refused, lost, dup, bytes.Count([]byte(logs), []byte("config file is empty")))
	if lost != 0 || dup != 0 {
		t.Errorf("%d of %d acked events lost, %d duplicated", lost, len(acked), dup)
	}
	if bytes.Contains([]byte(logs), []byte("skill removed")) {
		t.Errorf("a save in progress removed the skill")
	}
}

// withSection returns a wasm module with a custom section appended: the
// same code, different bytes, so each "rebuild" really reloads.
func withSection(wasm []byte, n int) []byte {
	name := "rebuild"
	payload := []byte(fmt.Sprintf("%08d", n))
	body := append([]byte{byte(len(name))}, name...)
	body = append(body, payload...)
	out := append(bytes.Clone(wasm), 0, byte(len(body))) // len < 128: one-byte LEB128
	return append(out, body...)
}

// Issue 10 §4: 20 rebuilds of each kind (rename into place, delete and
// recreate, truncate and write) under a steady event stream leave no
// event unanswered, and the skill is never unloaded.
func TestModuleRebuildsDropNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a bothost process")
	}
	fs := newProcFake(t)
	port := freePort(t)
	cfg, module, _ := reloadConfig(t, fs, port)
	base := testskills.Read(t, "hostprobe")
	p := startProc(t, cfg, port)
	l := startLoad(t, p.base, "rb", 50, 20)
	n := 0
	kinds := []struct {
		name    string
		rebuild func(b []byte)
	}{
		{"rename", func(b []byte) {
			tmp := module + ".tmp"
			if err := os.WriteFile(tmp, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(tmp, module); err != nil {
				t.Fatal(err)
			}
		}},
		{"delete-and-recreate", func(b []byte) {
			if err := os.Remove(module); err != nil {
				t.Fatal(err)
			}
			time.Sleep(150 * time.Millisecond) // cargo's gap: 110-170 ms
			if err := os.WriteFile(module, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"truncate-and-write", func(b []byte) { truncateThenWrite(t, module, b, 100*time.Millisecond) }},
	}
	for _, k := range kinds {
		for range 20 {
			n++
			k.rebuild(withSection(base, n))
			time.Sleep(250 * time.Millisecond)
		}
	}
	acked, refused := l.finish()
	lost, dup := waitAnswered(t, fs, acked, time.Minute)
	logs := p.logs.String()
	reloaded := bytes.Count([]byte(logs), []byte("skill reloaded"))
	t.Logf("%d rebuilds (20 each: rename, delete-and-recreate, truncate-and-write), %d reloads: %d events acked (%d not); %d unanswered, %d duplicated",
		n, reloaded, len(acked), refused, lost, dup)
	if lost != 0 || dup != 0 {
		t.Errorf("%d of %d acked events unanswered, %d duplicated", lost, len(acked), dup)
	}
	if bytes.Contains([]byte(logs), []byte("skill unloaded")) {
		t.Error("a rebuild unloaded the skill")
	}
	// A rebuild that lands while the previous one compiles supersedes it,
	// so there are fewer reloads than rebuilds, but never none.
	if reloaded < 10 {
		t.Errorf("only %d reloads for %d rebuilds: the rebuilds did not reach the host", reloaded, n)
	}
}
