package app_test

// End-to-end tests of the alerts skill (plugins/alerts, built by make
// plugins) through the real host: webhooks in, timers on a fake clock,
// clicks through /slack/interactive, everything out through the outbox to
// the fake Slack.

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/app"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/webhook/snstest"
)

const (
	alertsToken = "e2e-alerts-hook-token"
	alertsTopic = "arn:aws:sns:eu-west-1:123456789012:alerts"
	alertsChan  = "C1"
)

// alertsHost is a real host running the alerts skill on a fake clock.
type alertsHost struct {
	t    *testing.T
	fs   *fakeslack.Server
	clk  *clock.Fake
	sns  *snstest.Server
	dir  string
	base string
	logs *testlog.Buffer
	stop func()
	wait time.Duration // how long until waits in real time; 0: 30 s
}

func alertsTOML(t *testing.T, fs *fakeslack.Server, storm int) string {
	return fmt.Sprintf(`[bot]
listen = "127.0.0.1:0"
data_dir = "data"

[slack]
%s

[skills.alerts]
path = %q
instances = 2
[skills.alerts.on]
commands = ["/alerts"]
actions = ["alerts:"]
[skills.alerts.hooks.alertmanager]
secret = %q
[skills.alerts.hooks.grafana]
secret = %q
[skills.alerts.hooks.generic]
secret = %q
[skills.alerts.hooks.sns]
auth = "sns"
topics = [%q]
[skills.alerts.config]
channel = %q
storm_threshold = %d
escalation = [{ after = "5m", notify = "oncall" }, { after = "5m", notify = "next" }, { after = "10m", notify = "channel" }]
[[skills.alerts.config.rotations]]
name = "primary"
users = ["U1", "U2", "U3"]
`, eventsTOML(fs), testskills.Path(t, "alerts"), alertsToken, alertsToken, alertsToken, alertsTopic, alertsChan, storm)
}

// startAlerts runs a host in dir (reusing its data: a restart) on clk.
func startAlerts(t *testing.T, fs *fakeslack.Server, clk *clock.Fake, stub *snstest.Server, dir string, storm int) *alertsHost {
	t.Helper()
	path := filepath.Join(dir, "bot.toml")
	if err := os.WriteFile(path, []byte(alertsTOML(t, fs, storm)), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	h := &alertsHost{t: t, fs: fs, clk: clk, sns: stub, dir: dir, logs: &testlog.Buffer{}}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	ready := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- app.Run(ctx, cfg, app.RunOptions{Logger: log, Clock: clk, SNS: stub.Options(),
			OnListen: func(a string) { addr <- a },
			OnReady:  func() { close(ready) },
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
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("host: %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Error("host did not stop")
			}
		})
	}
	t.Cleanup(func() {
		h.stop()
		if t.Failed() {
			t.Logf("host log:\n%s", testlog.LastLines(h.logs.String(), 80))
		}
	})
	return h
}

func newAlerts(t *testing.T, storm int) *alertsHost {
	fs := newFake(t)
	clk := clock.NewFake(time.Now().UTC().Truncate(time.Minute).Add(10 * time.Second))
	return startAlerts(t, fs, clk, snstest.Start(t), t.TempDir(), storm)
}

func alertFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testskills.Root(t), "plugins", "alerts", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hook posts body to /hooks/alerts/NAME and wants 202.
func (h *alertsHost) hook(name, contentType string, body []byte) {
	h.t.Helper()
	req, _ := http.NewRequest("POST", h.base+"/hooks/alerts/"+name, strings.NewReader(string(body)))
	req.Header.Set("Content-Type", contentType)
	if name != "sns" {
		req.Header.Set("Authorization", "Bearer "+alertsToken)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 202 {
		h.t.Fatalf("hook %s: status %d", name, resp.StatusCode)
	}
}

// click sends a button click on message ts through /slack/interactive.
func (h *alertsHost) click(action, value, user, ts string) {
	h.t.Helper()
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": team1}, "user": map[string]any{"id": user},
		"channel": map[string]any{"id": alertsChan}, "trigger_id": "trig",
		"container": map[string]any{"type": "message", "message_ts": ts, "channel_id": alertsChan},
		"message":   map[string]any{"ts": ts, "type": "message"},
		"actions":   []any{map[string]any{"action_id": action, "block_id": "alerts:" + value, "type": "button", "value": value}},
	})
	body := form(map[string]string{"payload": string(payload)})
	hh := &host{t: h.t, base: h.base}
	if st, _ := hh.post("/slack/interactive", "application/x-www-form-urlencoded", body, sign(body, h.clk.Now())); st != 200 {
		h.t.Fatalf("click %s: status %d", action, st)
	}
}

// posts returns chat.postMessage calls to channel; top: only top-level.
func (h *alertsHost) posts(channel string, top bool) []fakeslack.Call {
	var out []fakeslack.Call
	for _, c := range h.fs.Calls(fakeslack.MethodPostMessage) {
		if c.Channel == channel && (!top || c.ThreadTS == "") && c.Status == 200 {
			out = append(out, c)
		}
	}
	return out
}

// until waits (in real time) for cond, advancing the fake clock by at
// most maxFake in 100 ms steps meanwhile (the outbox paces posts to a
// channel on the host's clock). It returns the fake time advanced.
func (h *alertsHost) until(what string, maxFake time.Duration, cond func() bool) time.Duration {
	h.t.Helper()
	var advanced time.Duration
	wait := h.wait
	if wait == 0 {
		wait = 30 * time.Second
	}
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s (fake clock advanced %v)", what, advanced)
		}
		if advanced < maxFake {
			h.clk.Advance(100 * time.Millisecond)
			advanced += 100 * time.Millisecond
		}
		time.Sleep(20 * time.Millisecond)
	}
	return advanced
}

// quiet lets the host work for a while (real time) with the fake clock
// still, for "nothing happens" checks.
func quiet() { time.Sleep(300 * time.Millisecond) }

func hasButtons(c fakeslack.Call) bool {
	b := string(c.Blocks)
	return strings.Contains(b, `"alerts:ack"`) && strings.Contains(b, `"alerts:close"`) && strings.Contains(b, `"alerts:pass"`) &&
		strings.Contains(b, `"alerts:snooze:1h"`) && strings.Contains(b, `"alerts:snooze:4h"`)
}

func buttonValue(t *testing.T, c fakeslack.Call) string {
	t.Helper()
	b := string(c.Blocks)
	i := strings.Index(b, `"action_id":"alerts:ack","value":"`)
	if i < 0 {
		t.Fatalf("no Acknowledge button in %s", b)
	}
	rest := b[i+len(`"action_id":"alerts:ack","value":"`):]
	return rest[:strings.IndexByte(rest, '"')]
}

// The main path: posted with buttons, a retried delivery is one
// message, escalation to the on-call at +5 min (within 1 s), then Pass to
// the next, then acknowledged, then resolved by the source.
func TestAlertsEscalatePassAckResolve(t *testing.T) {
	h := newAlerts(t, 20)
	t0 := h.clk.Now()
	am := alertFixture(t, "alertmanager_firing.json")
	h.hook("alertmanager", "application/json", am)
	h.until("the alert's post", time.Second, func() bool { return len(h.posts(alertsChan, true)) == 1 })
	post := h.posts(alertsChan, true)[0]
	if !hasButtons(post) || !strings.Contains(string(post.Blocks), "HighRequestLatency") {
		t.Fatalf("post lacks its buttons or title: %s", post.Blocks)
	}
	id := buttonValue(t, post)
	// Alertmanager retries the same notification: one message, counted.
	h.hook("alertmanager", "application/json", am)
	h.until("the repeat's update", time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, post.TS)
		return strings.Contains(string(m.Blocks), "repeated ×2")
	})
	if n := len(h.posts(alertsChan, true)); n != 1 {
		t.Fatalf("%d top-level posts after a retried delivery, want 1", n)
	}
	// Nobody acknowledges: nothing until 5 minutes, then a DM to U1.
	h.clk.AdvanceTo(t0.Add(5*time.Minute - time.Second))
	quiet()
	if n := len(h.posts("U1", false)); n != 0 {
		t.Fatalf("DM before +5m")
	}
	h.clk.AdvanceTo(t0.Add(5 * time.Minute))
	late := h.until("the DM to U1", time.Second, func() bool { return len(h.posts("U1", false)) == 1 })
	if late > time.Second {
		t.Fatalf("escalation %v after +5m", late)
	}
	h.until("the escalation in the thread", 3*time.Second, func() bool {
		for _, c := range h.posts(alertsChan, false) {
			if c.ThreadTS == post.TS && strings.Contains(c.Text, "escalated to <@U1>") {
				return true
			}
		}
		return false
	})
	// U1 passes it on: U2 gets a DM.
	h.click("alerts:pass", id, "U1", post.TS)
	h.until("the DM to U2", 2*time.Second, func() bool { return len(h.posts("U2", false)) == 1 })
	// U2 acknowledges; nothing more escalates.
	h.click("alerts:ack", id, "U2", post.TS)
	h.until("the acknowledged message", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, post.TS)
		return strings.Contains(string(m.Blocks), "Acknowledged* by <@U2>")
	})
	h.clk.Advance(30 * time.Minute)
	quiet()
	if n := len(h.posts("U3", false)) + len(h.posts("U1", false)) + len(h.posts("U2", false)); n != 2 {
		t.Fatalf("%d DMs after the ack, want still 2", n)
	}
	// The source resolves it: the message says so and has no buttons.
	h.hook("alertmanager", "application/json", alertFixture(t, "alertmanager_resolved.json"))
	h.until("the resolved message", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, post.TS)
		return strings.Contains(string(m.Blocks), "*Resolved*") && !strings.Contains(string(m.Blocks), "alerts:ack")
	})
}

// Acknowledged at 4:59: no escalation. Snoozed: silent, then resumes.
// Resolved: timers cancelled.
func TestAlertsAckSnoozeResolve(t *testing.T) {
	h := newAlerts(t, 20)
	t0 := h.clk.Now()
	h.hook("grafana", "application/json", alertFixture(t, "grafana_firing.json"))
	h.hook("generic", "application/json", []byte(`{"title":"queue backlog","key":"queue","severity":"warning"}`))
	h.hook("generic", "text/plain", alertFixture(t, "generic_text.txt"))
	h.hook("generic", "text/plain", []byte("ignored line\n"))
	h.until("four posts", 3*time.Second, func() bool { return len(h.posts(alertsChan, true)) == 4 })
	byTitle := map[string]fakeslack.Call{}
	for _, c := range h.posts(alertsChan, true) {
		switch {
		case strings.Contains(string(c.Blocks), "DiskFull"):
			byTitle["grafana"] = c
		case strings.Contains(string(c.Blocks), "queue backlog"):
			byTitle["queue"] = c
		case strings.Contains(string(c.Blocks), "billing-export"):
			byTitle["cron"] = c
		}
	}
	g, q, c := byTitle["grafana"], byTitle["queue"], byTitle["cron"]
	h.clk.AdvanceTo(t0.Add(time.Minute))
	h.click("alerts:snooze:1h", buttonValue(t, q), "U3", q.TS)
	h.clk.AdvanceTo(t0.Add(2 * time.Minute))
	h.hook("generic", "application/json", []byte(`{"key":"title:Cron job billing-export did not run","state":"resolved"}`))
	h.until("the cron alert resolved", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, c.TS)
		return strings.Contains(string(m.Blocks), "*Resolved*")
	})
	h.clk.AdvanceTo(t0.Add(4*time.Minute + 59*time.Second))
	h.click("alerts:ack", buttonValue(t, g), "U2", g.TS)
	h.until("the grafana alert acknowledged", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, g.TS)
		return strings.Contains(string(m.Blocks), "Acknowledged* by <@U2>")
	})
	// +5m and beyond: the acknowledged, the snoozed and the resolved alert
	// (and the one-line text alert) — only the last escalates.
	h.clk.AdvanceTo(t0.Add(5 * time.Minute))
	h.until("the text alert's escalation", time.Second, func() bool { return len(h.posts("U1", false)) == 1 })
	h.clk.AdvanceTo(t0.Add(30 * time.Minute))
	quiet()
	dm := h.posts("U1", false)
	if len(dm) != 1 || !strings.Contains(dm[0].Text, "ignored line") {
		t.Fatalf("DMs to U1: %+v; want only the text alert's", dm)
	}
	// The snooze ends at +61m; escalation resumes 5 minutes later.
	h.clk.AdvanceTo(t0.Add(61 * time.Minute))
	h.until("snooze over", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, q.TS)
		return strings.Contains(string(m.Blocks), "*Firing*")
	})
	h.clk.AdvanceTo(t0.Add(66*time.Minute + time.Second))
	h.until("the queue alert's escalation", time.Second, func() bool { return len(h.posts("U1", false)) == 2 })
	if !strings.Contains(h.posts("U1", false)[1].Text, "queue backlog") {
		t.Fatalf("second DM: %q", h.posts("U1", false)[1].Text)
	}
}

// SNS: a signed CloudWatch alarm is posted; SNS's retry of the same
// MessageId is one message; OK resolves it.
func TestAlertsSNS(t *testing.T) {
	h := newAlerts(t, 20)
	var env struct{ Subject, Message string }
	if err := json.Unmarshal(alertFixture(t, "sns_cloudwatch_alarm.json"), &env); err != nil {
		t.Fatal(err)
	}
	m := h.sns.Notification(alertsTopic, "mid-1", env.Subject, env.Message, h.clk.Now(), "1")
	h.hook("sns", "text/plain; charset=UTF-8", m.JSON())
	h.hook("sns", "text/plain; charset=UTF-8", m.JSON())
	h.until("the alarm's post", time.Second, func() bool { return len(h.posts(alertsChan, true)) == 1 })
	quiet()
	post := h.posts(alertsChan, true)[0]
	if !hasButtons(post) || !strings.Contains(string(post.Blocks), "checkout-5xx-rate") {
		t.Fatalf("post: %s", post.Blocks)
	}
	if n := len(h.fs.Calls(fakeslack.MethodUpdate)); n != 0 || len(h.posts(alertsChan, true)) != 1 {
		t.Fatalf("a repeated MessageId reached the skill (%d updates)", n)
	}
	if err := json.Unmarshal(alertFixture(t, "sns_cloudwatch_ok.json"), &env); err != nil {
		t.Fatal(err)
	}
	h.hook("sns", "text/plain; charset=UTF-8", h.sns.Notification(alertsTopic, "mid-2", env.Subject, env.Message, h.clk.Now(), "2").JSON())
	h.until("resolved by OK", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, post.TS)
		return strings.Contains(string(m.Blocks), "*Resolved*")
	})
}

// A click and the escalation timer at the same instant: both land.
func TestAlertsClickAndTimerSameInstant(t *testing.T) {
	h := newAlerts(t, 20)
	t0 := h.clk.Now()
	h.hook("generic", "application/json", alertFixture(t, "generic_firing.json"))
	h.until("the post", time.Second, func() bool { return len(h.posts(alertsChan, true)) == 1 })
	post := h.posts(alertsChan, true)[0]
	h.clk.AdvanceTo(t0.Add(5 * time.Minute))
	h.click("alerts:ack", buttonValue(t, post), "U3", post.TS)
	h.until("the DM and the acknowledgement", 2*time.Second, func() bool {
		m, _ := h.fs.Message(alertsChan, post.TS)
		return len(h.posts("U1", false)) == 1 && strings.Contains(string(m.Blocks), "Acknowledged* by <@U3>")
	})
	h.until("both in the timeline", 2*time.Second, func() bool {
		var esc, ack bool
		for _, c := range h.posts(alertsChan, false) {
			esc = esc || strings.Contains(c.Text, "escalated to <@U1>")
			ack = ack || strings.Contains(c.Text, "acknowledged by <@U3>")
		}
		return esc && ack
	})
	h.clk.Advance(time.Hour)
	quiet()
	if n := len(h.posts("U2", false)); n != 0 {
		t.Fatalf("escalation went on after the acknowledgement")
	}
}

// The host stops between the alert and its escalation and comes back
// after the escalation fell due: it escalates once, at start-up.
func TestAlertsRestartBeforeEscalation(t *testing.T) {
	fs := newFake(t)
	clk := clock.NewFake(time.Now().UTC().Truncate(time.Minute).Add(10 * time.Second))
	stub := snstest.Start(t)
	dir := t.TempDir()
	t0 := clk.Now()
	h := startAlerts(t, fs, clk, stub, dir, 20)
	h.hook("alertmanager", "application/json", alertFixture(t, "alertmanager_firing.json"))
	h.until("the post", time.Second, func() bool { return len(h.posts(alertsChan, true)) == 1 })
	h.stop()
	clk.AdvanceTo(t0.Add(7 * time.Minute))
	h2 := startAlerts(t, fs, clk, stub, dir, 20)
	h2.until("the late escalation", time.Second, func() bool { return len(h2.posts("U1", false)) == 1 })
	quiet()
	if n := len(h2.posts("U1", false)); n != 1 {
		t.Fatalf("%d DMs to U1 after the restart, want 1", n)
	}
	if n := len(h2.posts("U2", false)); n != 0 {
		t.Fatalf("the next step ran early")
	}
	// The chain goes on from there: the next step 5 minutes after the
	// first was due.
	clk.AdvanceTo(t0.Add(10 * time.Minute))
	h2.until("the next step", time.Second, func() bool { return len(h2.posts("U2", false)) == 1 })
}

// 1,000 alerts on one channel within 10 s: a handful of messages, every
// alert counted, all acknowledged with one click.
func TestAlertsStorm(t *testing.T) {
	h := newAlerts(t, 5)
	h.wait = 3 * time.Minute // 1,000 webhooks, each fsynced, on 2 shared cores
	start := time.Now()
	for i := 0; i < 1000; i++ {
		h.hook("generic", "application/json", []byte(fmt.Sprintf(`{"title":"disk full on node-%d","key":"node-%d"}`, i, i)))
		if i%100 == 99 {
			h.clk.Advance(time.Second)
		}
	}
	var storm fakeslack.Call
	h.until("the summary counting 1000", 10*time.Second, func() bool {
		for _, c := range h.posts(alertsChan, true) {
			if strings.Contains(string(c.Blocks), "Alert storm") {
				storm = c
				m, _ := h.fs.Message(alertsChan, c.TS)
				return strings.Contains(string(m.Blocks), "1000 alerts")
			}
		}
		return false
	})
	top := h.posts(alertsChan, true)
	if len(top) > 7 {
		t.Fatalf("%d top-level messages for 1,000 alerts", len(top))
	}
	m, _ := h.fs.Message(alertsChan, storm.TS)
	i := strings.Index(string(m.Blocks), `"action_id":"alerts:ackall","value":"`)
	if i < 0 {
		t.Fatalf("summary without Acknowledge all: %s", m.Blocks)
	}
	rest := string(m.Blocks)[i+len(`"action_id":"alerts:ackall","value":"`):]
	h.click("alerts:ackall", rest[:strings.IndexByte(rest, '"')], "U2", storm.TS)
	h.until("everything acknowledged", 5*time.Second, func() bool {
		for _, c := range h.posts(alertsChan, true) {
			m, _ := h.fs.Message(alertsChan, c.TS)
			if !strings.Contains(string(m.Blocks), "Acknowledged* by <@U2>") {
				return false
			}
		}
		return true
	})
	t.Logf("1,000 alerts: %d messages, %d updates, %v", len(top), len(h.fs.Calls(fakeslack.MethodUpdate)), time.Since(start))
}
