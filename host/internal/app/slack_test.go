package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/app"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testskills"
)

// A message in a thread reaches the skill through the signed Events API,
// the durable inbox and the wasm runtime, and its reply reaches Slack's
// chat.postMessage with the right token, channel, thread and text.
func TestMessageToReplyInThread(t *testing.T) {
	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), "")
	if st := h.event(message(team1, "C1", "ping hello", "1700000001.000100", "1700000000.000001")); st != 200 {
		t.Fatalf("event: status %d", st)
	}
	calls := h.waitPosts(fakeslack.MethodPostMessage, 1)
	c := calls[0]
	if c.Channel != "C1" || c.ThreadTS != "1700000000.000001" || c.Text != "pong hello" || c.Token != botToken || c.Team != team1 {
		t.Fatalf("postMessage = channel %q thread %q text %q team %q token ok %v", c.Channel, c.ThreadTS, c.Text, c.Team, c.Token == botToken)
	}
}

// A button posted by the skill, clicked in Slack, comes back through
// /slack/interactive and the skill updates the original message.
func TestButtonClickUpdatesMessage(t *testing.T) {
	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), "")
	h.event(message(team1, "C2", "button now", "1700000002.000100", ""))
	posted := h.waitPosts(fakeslack.MethodPostMessage, 1)[0]
	if !strings.Contains(string(posted.Blocks), "probe:ack") {
		t.Fatalf("posted blocks %s lack the button", posted.Blocks)
	}
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": team1}, "user": map[string]any{"id": "UANA", "name": "ana"},
		"channel": map[string]any{"id": "C2"}, "trigger_id": "trig-1", "response_url": fs.ResponseURL("C2"),
		"container": map[string]any{"type": "message", "message_ts": posted.TS, "channel_id": "C2"},
		"message":   map[string]any{"ts": posted.TS, "type": "message"},
		"actions":   []any{map[string]any{"action_id": "probe:ack", "block_id": "b1", "type": "button", "value": "ack", "action_ts": "1700000003.0001"}},
	})
	body := form(map[string]string{"payload": string(payload)})
	start := time.Now()
	st, _ := h.post("/slack/interactive", "application/x-www-form-urlencoded", body, sign(body, time.Now()))
	if st != 200 || time.Since(start) > 3*time.Second {
		t.Fatalf("interactive: status %d after %v", st, time.Since(start))
	}
	up := h.waitPosts(fakeslack.MethodUpdate, 1)[0]
	if up.Channel != "C2" || up.TS != posted.TS || up.Text != "Acknowledged by <@UANA>" {
		t.Fatalf("chat.update = channel %q ts %q text %q, want C2 %q \"Acknowledged by <@UANA>\"", up.Channel, up.TS, up.Text, posted.TS)
	}
}

// A slash command is acked at once and answered by the skill.
func TestSlashCommandAnswered(t *testing.T) {
	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs)+"command_ack = \"Working on it\"\n", "")
	body := form(map[string]string{"command": "/probe", "text": "status please", "team_id": team1, "channel_id": "C3",
		"user_id": "UHUMAN", "trigger_id": "trig-cmd-1", "response_url": fs.ResponseURL("C3"), "channel_name": "ops"})
	start := time.Now()
	st, ack := h.post("/slack/commands", "application/x-www-form-urlencoded", body, sign(body, time.Now()))
	if st != 200 {
		t.Fatalf("command: status %d", st)
	}
	// The immediate ack carries the configured ephemeral text.
	if !strings.Contains(ack, `"Working on it"`) || !strings.Contains(ack, "ephemeral") {
		t.Errorf("command ack body %q, want the ephemeral command_ack text", ack)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("command ack took %v", d)
	}
	// The answer goes through chat.postMessage (or the response_url when
	// the bot cannot post there).
	c := h.waitPosts(fakeslack.MethodPostMessage, 1)[0]
	if c.Channel != "C3" || c.Text != "cmd /probe status please" {
		t.Fatalf("answer = channel %q text %q", c.Channel, c.Text)
	}
}

// Forged, replayed, oversized and malformed requests are rejected with
// the right status and nothing reaches a skill.
func TestRejectedRequestsDispatchNothing(t *testing.T) {
	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), "")
	good := message(team1, "C4", "ping forged", "1700000004.000100", "")
	bad := sign(good, time.Now())
	bad.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
	big := message(team1, "C4", "ping "+strings.Repeat("x", 2<<20), "1700000004.000200", "")
	cases := []struct {
		name string
		body []byte
		hdr  http.Header
		want int
	}{
		{"bad signature", good, bad, 401},
		{"no signature", good, http.Header{}, 401},
		{"stale timestamp", good, sign(good, time.Now().Add(-6*time.Minute)), 401},
		{"future timestamp", good, sign(good, time.Now().Add(6*time.Minute)), 401},
		{"oversized body", big, sign(big, time.Now()), 413},
		{"malformed json", []byte(`{"type":"event_callback",`), sign([]byte(`{"type":"event_callback",`), time.Now()), 400},
	}
	for _, c := range cases {
		if st, _ := h.post("/slack/events", "application/json", c.body, c.hdr); st != c.want {
			t.Errorf("%s: status %d, want %d", c.name, st, c.want)
		}
	}
	// A good request afterwards is answered, and it is the only one.
	if st := h.event(message(team1, "C4", "ping real", "1700000004.000300", "")); st != 200 {
		t.Fatalf("good event: %d", st)
	}
	h.waitPosts(fakeslack.MethodPostMessage, 1)
	time.Sleep(300 * time.Millisecond)
	if calls := fs.Calls(fakeslack.MethodPostMessage); len(calls) != 1 || calls[0].Text != "pong real" {
		t.Fatalf("replies %+v, want only \"pong real\"", calls)
	}
}

// Slack's retries of a delivery reach the skill once.
func TestRetriedDeliveryReachesSkillOnce(t *testing.T) {
	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), "")
	body := message(team1, "C5", "ping once", "1700000005.000100", "")
	for i := range 4 {
		extra := []string{}
		if i > 0 {
			extra = []string{"X-Slack-Retry-Num", fmt.Sprint(i), "X-Slack-Retry-Reason", "http_timeout"}
		}
		if st := h.event(body, extra...); st != 200 {
			t.Fatalf("delivery %d: status %d", i, st)
		}
	}
	h.waitPosts(fakeslack.MethodPostMessage, 1)
	time.Sleep(500 * time.Millisecond)
	if n := len(fs.Calls(fakeslack.MethodPostMessage)); n != 1 {
		t.Fatalf("%d replies to one event delivered 4 times", n)
	}
}

// With the fake Slack failing one channel with 500s, rate limiting
// another with 429 + Retry-After and hanging on a third, every reply still
// arrives, in order per channel, and a healthy channel is not held up.
func TestRepliesSurviveSlackFaults(t *testing.T) {
	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), "")
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 500, Times: 2, Channel: "C500"})
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 429, RetryAfter: time.Second, Times: 1, Channel: "C429"})
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Hang: true, Times: 1, Channel: "CHANG"})
	channels := []string{"C500", "C429", "CHANG", "COK"}
	const per = 3
	start := time.Now()
	for i := range per {
		for _, ch := range channels {
			if st := h.event(message(team1, ch, fmt.Sprintf("ping %s-%d", ch, i), fmt.Sprintf("1700000006.%06d", i), "")); st != 200 {
				t.Fatalf("event: %d", st)
			}
		}
	}
	// The healthy channel is answered long before the hung call times out.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		n := 0
		for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
			if c.Channel == "COK" {
				n++
			}
		}
		if n == per {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("healthy channel not answered")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if d := time.Since(start); d > 2500*time.Millisecond {
		t.Errorf("healthy channel took %v: held up by the failing ones", d)
	}
	calls := h.waitPosts(fakeslack.MethodPostMessage, per*len(channels))
	byChan := map[string][]string{}
	for _, c := range calls {
		byChan[c.Channel] = append(byChan[c.Channel], c.Text)
	}
	for _, ch := range channels {
		var want []string
		for i := range per {
			want = append(want, fmt.Sprintf("pong %s-%d", ch, i))
		}
		if fmt.Sprint(byChan[ch]) != fmt.Sprint(want) {
			t.Errorf("channel %s got %q, want %q", ch, byChan[ch], want)
		}
	}
	// 429: the retry came no sooner than Retry-After.
	var first, second time.Time
	for _, a := range fs.Attempts(fakeslack.MethodPostMessage) {
		if a.Channel == "C429" {
			if first.IsZero() {
				first = a.At
			} else if second.IsZero() {
				second = a.At
			}
		}
	}
	if second.Sub(first) < 900*time.Millisecond {
		t.Errorf("429 retried after %v, Retry-After was 1s", second.Sub(first))
	}
}

// Editing bot.toml adds, changes and removes schedules and webhooks live,
// without a restart.
func TestReloadAppliesSchedulesAndHooks(t *testing.T) {
	fs := newFake(t)
	dir := t.TempDir()
	h := startHost(t, fs, dir, eventsTOML(fs), "")
	path := dir + "/bot.toml"
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const tok = "reload-hook-token-0123456789"
	hook := func() int {
		req, _ := http.NewRequest("POST", h.base+"/hooks/probe/deploys", strings.NewReader(`{"v":1}`))
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("X-Channel", "C-deploys")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if st := hook(); st != 404 {
		t.Fatalf("hook before it is configured: %d, want 404", st)
	}
	count := func(prefix string) int {
		n := 0
		for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
			if strings.HasPrefix(c.Text, prefix) {
				n++
			}
		}
		return n
	}
	waitUntil := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	added := string(orig) + "\n[skills.probe.config]\nchannel = \"C-sched\"\n[skills.probe.schedules.everysec]\ncron = \"* * * * * *\"\n" +
		"[skills.probe.hooks.deploys]\nsecret = \"" + tok + "\"\n"
	if err := os.WriteFile(path, []byte(added), 0o600); err != nil {
		t.Fatal(err)
	}
	waitUntil("the schedule to fire", func() bool { return count("schedule everysec ") >= 2 })
	waitUntil("the hook to be served", func() bool { return hook() == 202 })
	waitUntil("the webhook event", func() bool { return count(`webhook deploys POST {"v":1}`) >= 1 })

	// Remove both: the schedule stops, the hook is gone.
	if err := os.WriteFile(path, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	waitUntil("the hook to go", func() bool { return hook() == 404 })
	time.Sleep(1500 * time.Millisecond) // a slot in flight at the edit may still land
	n := count("schedule everysec ")
	time.Sleep(2500 * time.Millisecond)
	if m := count("schedule everysec "); m != n {
		t.Fatalf("removed schedule still firing: %d slots, then %d", n, m)
	}
}

// The ack path never waits on skills: Slack's url_verification challenge
// and an event are answered while the skills have not even started to
// compile (OnListen runs before any module is loaded), and the event is
// handled once they are.
func TestAckedBeforeSkillsLoad(t *testing.T) {
	fs := newFake(t)
	dir := t.TempDir()
	toml := fmt.Sprintf("[bot]\nlisten = \"127.0.0.1:0\"\ndata_dir = \"data\"\n[slack]\n%s\n[skills.probe]\npath = %q\n[skills.probe.on]\nmessages = [\"^ping \"]\n",
		eventsTOML(fs), testskills.Path(t, "hostprobe"))
	path := dir + "/bot.toml"
	if err := os.WriteFile(path, []byte(toml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type answer struct {
		challenge, event int
		body             string
		readyz           int
	}
	got := make(chan answer, 1)
	done := make(chan error, 1)
	go func() {
		done <- app.Run(ctx, cfg, app.RunOptions{OnListen: func(addr string) {
			base := "http://" + addr
			var a answer
			body := []byte(`{"token":"x","challenge":"ch4ll3ng3","type":"url_verification"}`)
			a.challenge, a.body = postSigned(t, base+"/slack/events", body)
			a.event, _ = postSigned(t, base+"/slack/events", message(team1, "C9", "ping early", "1700000009.000001", ""))
			if resp, err := http.Get(base + "/readyz"); err == nil {
				a.readyz = resp.StatusCode
				resp.Body.Close()
			}
			got <- a
		}})
	}()
	a := <-got
	if a.challenge != 200 || !strings.Contains(a.body, "ch4ll3ng3") {
		t.Fatalf("challenge before skills load: %d %q", a.challenge, a.body)
	}
	if a.event != 200 {
		t.Fatalf("event before skills load: %d", a.event)
	}
	if a.readyz != http.StatusServiceUnavailable {
		t.Fatalf("/readyz before skills load: %d, want 503", a.readyz)
	}
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer wcancel()
	calls, err := fs.WaitCalls(wctx, fakeslack.MethodPostMessage, 1)
	if err != nil || calls[0].Text != "pong early" {
		t.Fatalf("event acked before load not handled: %v %+v", err, calls)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func postSigned(t *testing.T, url string, body []byte) (int, string) {
	req, _ := http.NewRequest("POST", url, strings.NewReader(string(body)))
	req.Header = sign(body, time.Now())
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Errorf("POST %s: %v", url, err)
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
