package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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

// postSigned posts body signed with secret.
func postSigned(base, secret string, body []byte) (int, error) {
	req, _ := http.NewRequest("POST", base+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", ts)
	mac.Write(body)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Issue 9 §3: a new signing_secret applies live, the old one is still
// accepted during the rotation window, a third is refused; a changed
// listen address is logged as waiting for a restart.
func TestSigningSecretRotatesLive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a bothost process")
	}
	fs := newProcFake(t)
	port := freePort(t)
	cfg, _, text := reloadConfig(t, fs, port)
	p := startProc(t, cfg, port)
	const newSecret = "rotated-signing-secret"
	edited := strings.Replace(text, procSecret, newSecret, 1)
	edited = strings.Replace(edited, fmt.Sprintf("127.0.0.1:%d", port), fmt.Sprintf("127.0.0.1:%d", port+1), 1)
	if err := os.WriteFile(cfg, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		st, err := postSigned(p.base, newSecret, messageEvent("rot-new", "CROT", "ping rot-new"))
		if err == nil && st == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the new secret was never accepted (last status %d, %v)", st, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if st, err := postSigned(p.base, procSecret, messageEvent("rot-old", "CROT", "ping rot-old")); err != nil || st != 200 {
		t.Errorf("old secret during the rotation window: %d %v", st, err)
	}
	if st, err := postSigned(p.base, "some-other-secret", messageEvent("rot-bad", "CROT", "ping rot-bad")); err != nil || st != 401 {
		t.Errorf("unknown secret: %d %v, want 401", st, err)
	}
	logs := p.logs.String()
	if !strings.Contains(logs, "signing secret changed") || !strings.Contains(logs, "only after a restart") || !strings.Contains(logs, "[bot] listen") {
		t.Errorf("log does not say what was applied and what waits for a restart:\n%s", logs)
	}
	if strings.Contains(logs, newSecret) {
		t.Error("the secret is in the log")
	}
	waitFor(t, fs, func([]fakeslack.Call) bool { r := replies(fs); return r["rot-new"] == 1 && r["rot-old"] == 1 })
}
