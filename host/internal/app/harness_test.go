package app_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/app"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/testskills"
)

const (
	secret   = "e2e-signing-secret"
	botToken = "xoxb-e2e-team1"
	team1    = "T1"
)

// host is a real bothost (app.Run: inbox, outbox, slackin, timers, the
// wasm runtime with the hostprobe skill) serving a fake Slack.
type host struct {
	t    *testing.T
	fs   *fakeslack.Server
	base string
	stop func()
	logs *testlog.Buffer
}

// startHost writes bot.toml (slack table from slackTOML, the hostprobe
// skill as "probe" receiving "ping|slow|timer|button|post|edit ..." and
// /probe) and runs the host until the test ends.
func startHost(t *testing.T, fs *fakeslack.Server, dir, slackTOML, extra string) *host {
	t.Helper()
	probe := testskills.Path(t, "hostprobe")
	toml := fmt.Sprintf(`[bot]
listen = "127.0.0.1:0"
data_dir = "data"

[slack]
%s

[skills.probe]
path = %q
[skills.probe.on]
messages = ["^(ping|slow|fetch|timer|cancel|button|post|edit) "]
commands = ["/probe"]
actions = ["probe:"]
%s
`, slackTOML, probe, extra)
	path := filepath.Join(dir, "bot.toml")
	if err := os.WriteFile(path, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	h := &host{t: t, fs: fs, logs: &testlog.Buffer{}}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	ready := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- app.Run(ctx, cfg, app.RunOptions{Logger: log,
			// A removed skill serves what was acked for it this long,
			// then its timers and queued messages go (effects_test.go).
			RetireGrace: time.Second,
			OnListen:    func(a string) { addr <- a },
			OnReady:     func() { close(ready) },
		})
	}()
	select {
	case a := <-addr:
		h.base = "http://" + a
	case err := <-done:
		t.Fatalf("host exited: %v\n%s", err, h.logs)
	case <-time.After(30 * time.Second):
		t.Fatal("host did not listen")
	}
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("host exited: %v\n%s", err, h.logs)
	case <-time.After(60 * time.Second):
		t.Fatal("host not ready")
	}
	stopped := false
	h.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("host: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("host did not stop")
		}
	}
	t.Cleanup(func() {
		h.stop()
		if t.Failed() {
			t.Logf("host log:\n%s", testlog.LastLines(h.logs.String(), 60))
		}
	})
	return h
}

func eventsTOML(fs *fakeslack.Server) string {
	return fmt.Sprintf("mode = \"events\"\nsigning_secret = %q\nbot_token = %q\napi_url = %q\n", secret, botToken, fs.APIURL())
}

func newFake(t *testing.T) *fakeslack.Server {
	fs := fakeslack.New()
	t.Cleanup(fs.Close)
	fs.AddTeam(fakeslack.Team{ID: team1, Name: "One", BotToken: botToken, BotUserID: "UBOT1", BotID: "BBOT1"})
	return fs
}

// sign returns Slack's v0 signature headers for body at time ts.
func sign(body []byte, ts time.Time) http.Header {
	s := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", s)
	mac.Write(body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", s)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

func (h *host) post(path, contentType string, body []byte, hdr http.Header) (int, string) {
	h.t.Helper()
	req, _ := http.NewRequest("POST", h.base+path, bytes.NewReader(body))
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// event posts a signed Events API delivery and returns the status.
func (h *host) event(body []byte, extra ...string) int {
	h.t.Helper()
	hdr := sign(body, time.Now())
	for i := 0; i+1 < len(extra); i += 2 {
		hdr.Set(extra[i], extra[i+1])
	}
	st, _ := h.post("/slack/events", "application/json", body, hdr)
	return st
}

var evSeq int

// message builds an event_callback for a message in channel (threadTS
// optional).
func message(teamID, channel, text, ts, threadTS string) []byte {
	evSeq++
	ev := map[string]any{"type": "message", "channel": channel, "channel_type": "channel", "user": "UHUMAN", "text": text, "ts": ts, "event_ts": ts}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	b, _ := json.Marshal(map[string]any{
		"token": "x", "team_id": teamID, "api_app_id": "A1", "type": "event_callback",
		"event_id": fmt.Sprintf("Ev%s%06d", channel, evSeq), "event_time": time.Now().Unix(), "event": ev,
	})
	return b
}

func (h *host) waitPosts(method string, n int) []fakeslack.Call {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	calls, err := h.fs.WaitCalls(ctx, method, n)
	if err != nil {
		h.t.Fatalf("waiting for %d %s calls: %v (have %d)", n, method, err, len(h.fs.Calls(method)))
	}
	return calls
}

func form(vals map[string]string) []byte {
	v := url.Values{}
	for k, x := range vals {
		v.Set(k, x)
	}
	return []byte(v.Encode())
}
