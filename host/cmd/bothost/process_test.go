package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/testskills"
)

// TestMain lets the tests run the real bothost main() in a child process
// (the test binary re-executed with BOTHOST_TEST_EXEC=1), so they can
// SIGKILL it and restart it on the same data directory.
func TestMain(m *testing.M) {
	if os.Getenv("BOTHOST_TEST_EXEC") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

const (
	procSecret = "process-test-signing-secret"
	procToken  = "xoxb-process-test"
	procTeam   = "TPROC"
)

// proc is a bothost process.
type proc struct {
	t    *testing.T
	cmd  *exec.Cmd
	logs *testlog.Buffer
	base string
	done chan struct{}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// procConfig writes bot.toml (in a fresh directory, with writeConfig):
// Events API mode against fs, the hostprobe skill as "probe", listening
// on port.
func procConfig(t *testing.T, fs *fakeslack.Server, port int, extra string) string {
	t.Helper()
	return writeConfig(t, fmt.Sprintf(`[bot]
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
instances = 8
[skills.probe.on]
messages = ["^(ping|timer|cancel) "]
%s
`, port, procSecret, procToken, fs.APIURL(), testskills.Path(t, "hostprobe"), extra))
}

func startProc(t *testing.T, cfg string, port int) *proc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "run", "--config", cfg)
	cmd.Env = append(os.Environ(), "BOTHOST_TEST_EXEC=1")
	p := &proc{t: t, cmd: cmd, logs: &testlog.Buffer{}, base: fmt.Sprintf("http://127.0.0.1:%d", port), done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.logs, p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("bothost log:\n%s", testlog.LastLines(p.logs.String(), 40))
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(p.base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		select {
		case <-p.done:
			t.Fatalf("bothost exited during start-up:\n%s", p.logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("bothost not ready:\n%s", p.logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kill SIGKILLs the process: no shutdown code runs.
func (p *proc) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

func procSign(req *http.Request, body []byte) {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(procSecret))
	fmt.Fprintf(mac, "v0:%s:", ts)
	mac.Write(body)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
}

func messageEvent(id, channel, text string) []byte {
	ts := fmt.Sprintf("1700000000.%06d", len(id)+int(time.Now().UnixNano()%1000000))
	b, _ := json.Marshal(map[string]any{
		"token": "x", "team_id": procTeam, "api_app_id": "A1", "type": "event_callback", "event_id": "Ev" + id,
		"event_time": time.Now().Unix(),
		"event": map[string]any{"type": "message", "channel": channel, "channel_type": "channel", "user": "UHUMAN",
			"text": text, "ts": ts, "event_ts": ts},
	})
	return b
}

func postEvent(c *http.Client, base string, body []byte) (int, error) {
	req, _ := http.NewRequest("POST", base+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	procSign(req, body)
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

func newProcFake(t *testing.T) *fakeslack.Server {
	// Real-time ts values, as Slack's: after a crash the outbox looks its
	// in-doubt posts up in conversations.history around the current time.
	fs := fakeslack.New(fakeslack.WithTSClock(time.Now))
	t.Cleanup(fs.Close)
	fs.AddTeam(fakeslack.Team{ID: procTeam, Name: "Proc", BotToken: procToken, BotUserID: "UBOT", BotID: "BBOT"})
	return fs
}

// Crash safety: the host is SIGKILLed while events stream in. After a
// restart on the same data directory, every event that was acked with 200
// gets its reply, and no event is answered twice.
func TestSIGKILLMidLoadEveryAckedEventAnswered(t *testing.T) {
	if testing.Short() {
		t.Skip("runs bothost processes")
	}
	fs := newProcFake(t)
	port := freePort(t)
	cfg := procConfig(t, fs, port, "")
	p := startProc(t, cfg, port)

	var (
		mu    sync.Mutex
		acked = map[string]bool{}
		sent  int
		wg    sync.WaitGroup
	)
	const senders, killAfter = 16, 1500
	stop := make(chan struct{})
	var once sync.Once
	for g := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &http.Client{Timeout: 10 * time.Second}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				id := fmt.Sprintf("g%02d-%05d", g, i)
				// One channel per event: Slack's per-channel pacing does
				// not slow the replies down.
				st, err := postEvent(c, p.base, messageEvent(id, "C"+id, "ping "+id))
				if err != nil {
					return // the process is gone
				}
				mu.Lock()
				sent++
				if st == 200 {
					acked[id] = true
				}
				n := len(acked)
				mu.Unlock()
				if n >= killAfter {
					once.Do(func() { p.kill(); close(stop) })
				}
			}
		}()
	}
	wg.Wait()
	repliedBefore := len(fs.Calls(fakeslack.MethodPostMessage))
	t.Logf("killed after %d acked events (%d sent); %d replies had reached Slack", len(acked), sent, repliedBefore)

	startProc(t, cfg, port)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	for {
		got := map[string]int{}
		for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
			got[strings.TrimPrefix(c.Text, "pong ")]++
		}
		missing := 0
		for id := range acked {
			if got[id] == 0 {
				missing++
			}
		}
		if missing == 0 {
			// Give a late duplicate (one more delivery of an event already
			// answered) time to reach Slack, and count again.
			time.Sleep(time.Second)
			got = map[string]int{}
			for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
				got[strings.TrimPrefix(c.Text, "pong ")]++
			}
			dups := 0
			for id, n := range got {
				if n > 1 {
					dups++
					t.Errorf("event %s answered %d times", id, n)
				}
			}
			t.Logf("after restart: all %d acked events answered; %d replies in all, %d duplicated", len(acked), len(got), dups)
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("%d of %d acked events never answered after the restart", missing, len(acked))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// hookPost sends an authenticated webhook.
func hookPost(base, path, token, body string) (int, error) {
	req, _ := http.NewRequest("POST", base+path, strings.NewReader(body))
	// One channel per alert, so Slack's per-channel pacing does not
	// stretch the test.
	req.Header.Set("X-Channel", "C-alert-"+body)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// A webhook answered 202 is processed even when the host is killed right
// after the answer.
func TestWebhookProcessedAfterCrashFollowing202(t *testing.T) {
	if testing.Short() {
		t.Skip("runs bothost processes")
	}
	fs := newProcFake(t)
	port := freePort(t)
	const hookToken = "hook-token-0123456789abcdef"
	cfg := procConfig(t, fs, port, fmt.Sprintf(`[skills.probe.config]
channel = "C-alerts"
[skills.probe.hooks.alerts]
secret = %q
`, hookToken))
	p := startProc(t, cfg, port)
	// Wrong and missing secrets, unknown hooks: nothing delivered.
	for _, c := range []struct {
		path, tok string
		want      int
	}{{"/hooks/probe/alerts", "wrong-token-0123456789", 401}, {"/hooks/probe/nope", hookToken, 404}, {"/hooks/ghost/alerts", hookToken, 404}} {
		if st, err := hookPost(p.base, c.path, c.tok, `{"bad":true}`); err != nil || st != c.want {
			t.Fatalf("POST %s: %d %v, want %d", c.path, st, err, c.want)
		}
	}
	const n = 200
	for i := range n {
		st, err := hookPost(p.base, "/hooks/probe/alerts", hookToken, fmt.Sprintf(`{"alert":%d}`, i))
		if err != nil || st != 202 {
			t.Fatalf("webhook %d: %d %v", i, st, err)
		}
	}
	p.kill() // right after the last 202
	before := len(fs.Calls(fakeslack.MethodPostMessage))
	startProc(t, cfg, port)
	calls := waitCalls(t, fs, n)
	seen := map[string]int{}
	for _, c := range calls {
		seen[c.Text]++
	}
	for i := range n {
		text := fmt.Sprintf(`webhook alerts POST {"alert":%d}`, i)
		if seen[text] != 1 {
			t.Errorf("%q posted %d times, want 1", text, seen[text])
		}
	}
	t.Logf("%d of %d webhooks were processed before the kill, the rest after the restart", before, n)
}

func waitCalls(t *testing.T, fs *fakeslack.Server, n int) []fakeslack.Call {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, n)
	if err != nil {
		t.Fatalf("waiting for %d posts: %v (have %d)", n, err, len(fs.Calls(fakeslack.MethodPostMessage)))
	}
	time.Sleep(500 * time.Millisecond) // and no more than that
	return fs.Calls(fakeslack.MethodPostMessage)
}

// Timers and schedule slots that fall due while the host is down fire
// exactly once after it starts again, marked late; a schedule with
// catch_up = "skip" drops its missed slots.
func TestTimersAndSchedulesAcrossRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs bothost processes")
	}
	fs := newProcFake(t)
	port := freePort(t)
	cfg := procConfig(t, fs, port, `[skills.probe.config]
channel = "C-sched"
[skills.probe.schedules.tick]
cron = "*/2 * * * * *"
catch_up = "once"
[skills.probe.schedules.skipper]
cron = "*/2 * * * * *"
catch_up = "skip"
`)
	p := startProc(t, cfg, port)
	c := &http.Client{Timeout: 5 * time.Second}
	for _, text := range []string{"timer soon 4000", "timer later 600000", "timer gone 1000", "cancel gone"} {
		if st, err := postEvent(c, p.base, messageEvent(strings.ReplaceAll(text, " ", "-"), "C-timers", text)); err != nil || st != 200 {
			t.Fatalf("%q: %d %v", text, st, err)
		}
	}
	// Wait for the set/cancel confirmations and one regular slot of each
	// schedule, then crash.
	waitFor(t, fs, func(calls []fakeslack.Call) bool {
		return countPrefix(calls, "timer set ") == 3 && countPrefix(calls, "timer cancelled gone") == 1 &&
			countPrefix(calls, "schedule tick ") >= 1 && countPrefix(calls, "schedule skipper ") >= 1
	})
	p.kill()
	downAt := time.Now()
	if n := countPrefix(fs.Calls(fakeslack.MethodPostMessage), "timer soon"); n != 0 {
		t.Fatal(`"soon" fired before the host went down; the test needs it to fall due during the downtime`)
	}
	time.Sleep(6 * time.Second) // "soon" falls due, and two or three slots pass
	restartAt := time.Now()
	p = startProc(t, cfg, port)
	upAt := time.Now()
	waitFor(t, fs, func(calls []fakeslack.Call) bool {
		return countPrefix(calls, "timer soon") == 1 && countPrefix(calls, "schedule tick ") >= 3
	})
	time.Sleep(2500 * time.Millisecond) // a later slot, and time for anything doubled to show
	p.kill()

	calls := fs.Calls(fakeslack.MethodPostMessage)
	if n := countPrefix(calls, "timer soon late=true"); n != 1 {
		t.Errorf("timer due during downtime fired %d times late, want 1", n)
	}
	if n := countPrefix(calls, "timer later") + countPrefix(calls, "timer gone"); n != 0 {
		t.Errorf("a timer not due (or cancelled) fired %d times", n)
	}
	slots := map[string]int{}
	lateTick, lateSkip := 0, 0
	for _, c := range calls {
		if !strings.HasPrefix(c.Text, "schedule ") {
			continue
		}
		f := strings.Fields(c.Text) // schedule NAME SLOT late=BOOL
		slots[f[1]+" "+f[2]]++
		slot, err := time.Parse(time.RFC3339, f[2])
		if err != nil {
			t.Errorf("schedule post %q: slot: %v", c.Text, err)
		}
		// catch_up=skip: a slot that fell while the host was down is never
		// delivered, late or not.
		if f[1] == "skipper" && slot.After(downAt) && slot.Before(restartAt) {
			t.Errorf("catch_up=skip: slot %s, missed while down (%s..%s), was delivered as %s", f[2],
				downAt.Format(time.RFC3339Nano), restartAt.Format(time.RFC3339Nano), f[3])
		}
		if f[3] == "late=true" {
			if slot.Before(downAt.Add(-2*time.Second)) || slot.After(upAt) {
				t.Errorf("late slot %s outside the downtime %s..%s", f[2], downAt.Format(time.RFC3339), upAt.Format(time.RFC3339))
			}
			if f[1] == "tick" {
				lateTick++
			} else {
				lateSkip++
			}
		}
	}
	for s, n := range slots {
		if n != 1 {
			t.Errorf("schedule slot %s fired %d times", s, n)
		}
	}
	if lateTick != 1 {
		t.Errorf("catch_up=once: %d late slots after the restart, want exactly 1", lateTick)
	}
	if lateSkip != 0 {
		t.Errorf("catch_up=skip: %d late slots after the restart, want 0", lateSkip)
	}
	t.Logf("%d schedule slots delivered in all, each once", len(slots))
}

func countPrefix(calls []fakeslack.Call, prefix string) int {
	n := 0
	for _, c := range calls {
		if strings.HasPrefix(c.Text, prefix) {
			n++
		}
	}
	return n
}

func waitFor(t *testing.T, fs *fakeslack.Server, ok func([]fakeslack.Call) bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !ok(fs.Calls(fakeslack.MethodPostMessage)) {
		if time.Now().After(deadline) {
			var texts []string
			for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
				texts = append(texts, c.Text)
			}
			t.Fatalf("condition not met; posts so far:\n%s", strings.Join(texts, "\n"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
