package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
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
)

// End-to-end tests of the news skill (plugins/news, built by `make
// plugins`): the real host (app.Run) in Events API mode against the fake
// Slack, a local feed server granted as http_allow "localhost:PORT", and a
// fake clock that the tests move.

// feedSite serves feeds with ETags and counts what it answered.
type feedSite struct {
	mu     sync.Mutex
	docs   map[string]string // path -> body
	status map[string]int    // path -> forced status
	served map[string]int    // path -> 200s
	not    map[string]int    // path -> 304s
	srv    *httptest.Server
}

func newFeedSite(t testing.TB) *feedSite {
	s := &feedSite{docs: map[string]string{}, status: map[string]int{}, served: map[string]int{}, not: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if st := s.status[r.URL.Path]; st != 0 {
			http.Error(w, "down", st)
			return
		}
		body, ok := s.docs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"%x"`, len(body)*31+int(body[len(body)/2]))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.not[r.URL.Path]++
			w.WriteHeader(304)
			return
		}
		s.served[r.URL.Path]++
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(body))
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *feedSite) set(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[path] = body
}

func (s *feedSite) counts(path string) (served, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.served[path], s.not[path]
}

// hostPort is "localhost:PORT", the form http_allow grants loopback in.
func (s *feedSite) hostPort() string {
	return "localhost:" + s.srv.URL[strings.LastIndexByte(s.srv.URL, ':')+1:]
}

func rss(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>`)
	for _, it := range items {
		id, title, _ := strings.Cut(it, "|")
		fmt.Fprintf(&b, `<item><title><![CDATA[%s]]></title><link>https://wire.example/%s</link><guid>https://wire.example/%s</guid></item>`, title, id, id)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

type newsHost struct {
	t     testing.TB
	fs    *fakeslack.Server
	clk   *clock.Fake
	site  *feedSite
	dir   string
	base  string
	logs  *testlog.Buffer
	stop  func()
	clock sync.Mutex
}

const newsDM = "D-ANA"

func newsTOML(t testing.TB, fs *fakeslack.Server, site *feedSite, dir string) string {
	hp := site.hostPort()
	return fmt.Sprintf(`[bot]
listen = "127.0.0.1:0"
data_dir = "data"

[slack]
%s

[skills.news]
path = %q
data_dir = %q
deadline = "10s"
http_allow = [%q]
[skills.news.on]
dms = true
commands = ["/news"]
actions = ["news:"]
[skills.news.schedules.poll]
cron = "@every 1m"
[skills.news.config]
admin_channel = "C-admins"
default_tz = "Europe/Helsinki"
max_per_topic = 3
[[skills.news.config.feeds]]
id = "world"
url = "http://%s/world.rss"
name = "World Wire"
[[skills.news.config.feeds]]
id = "top"
url = "http://%s/top.rss"
name = "Top Stories"
[[skills.news.config.feeds]]
id = "flash"
url = "http://%s/flash.rss"
breaking = true
[[skills.news.config.feeds]]
id = "broken"
url = "http://%s/broken.rss"
[[skills.news.config.topics]]
id = "world"
name = "World"
feeds = ["world", "top", "flash"]
[[skills.news.config.topics]]
id = "culture"
name = "Culture"
feeds = ["broken"]
`, eventsTOML(fs), testskills.Path(t, "news"), filepath.Join(dir, "newsdata"), hp, hp, hp, hp, hp)
}

// startNews runs the host on dir (bot.toml and data kept there, so a
// second call is a restart).
func startNews(t testing.TB, fs *fakeslack.Server, clk *clock.Fake, site *feedSite, dir string) *newsHost {
	t.Helper()
	path := filepath.Join(dir, "bot.toml")
	if _, err := os.Stat(path); err != nil {
		if err := os.MkdirAll(filepath.Join(dir, "newsdata"), 0o755); err != nil {
			t.Fatal(err)
		}
		dlg, err := os.ReadFile(filepath.Join(testskills.Root(t), "plugins", "news", "data", "dialogue.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "newsdata", "dialogue.json"), dlg, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(newsTOML(t, fs, site, dir)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	h := &newsHost{t: t, fs: fs, clk: clk, site: site, dir: dir, logs: &testlog.Buffer{}}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	ready := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- app.Run(ctx, cfg, app.RunOptions{Logger: log, Clock: clk,
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
			t.Logf("host log:\n%s", testlog.LastLines(h.logs.String(), 400))
		}
	})
	return h
}

func (h *newsHost) signedPost(path, contentType string, body []byte) {
	h.t.Helper()
	req, _ := http.NewRequest("POST", h.base+path, strings.NewReader(string(body)))
	for k, v := range sign(body, h.clk.Now()) {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatalf("POST %s: %v", path, err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		h.t.Fatalf("POST %s: status %d", path, resp.StatusCode)
	}
}

var newsSeq int

// dm sends a direct message from UANA.
func (h *newsHost) dm(text string) {
	h.t.Helper()
	newsSeq++
	ts := fmt.Sprintf("%d.%06d", h.clk.Now().Unix(), newsSeq)
	b, _ := json.Marshal(map[string]any{
		"token": "x", "team_id": team1, "api_app_id": "A1", "type": "event_callback",
		"event_id": fmt.Sprintf("EvNews%06d", newsSeq), "event_time": h.clk.Now().Unix(),
		"event": map[string]any{"type": "message", "channel": newsDM, "channel_type": "im", "user": "UANA", "text": text, "ts": ts, "event_ts": ts},
	})
	h.signedPost("/slack/events", "application/json", b)
}

// dmCalls are the posts and updates in the DM, in order.
func (h *newsHost) dmCalls() []fakeslack.Call {
	var out []fakeslack.Call
	for _, m := range []string{fakeslack.MethodPostMessage, fakeslack.MethodUpdate} {
		for _, c := range h.fs.Calls(m) {
			if c.Channel == newsDM {
				out = append(out, c)
			}
		}
	}
	// Order by arrival.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].At.Before(out[j-1].At); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// waitDM moves the fake clock in small steps (the outbox paces by it)
// until a message in the DM contains want, after the first `after` ones.
func (h *newsHost) waitDM(after int, want string) fakeslack.Call {
	h.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		calls := h.dmCalls()
		for _, c := range calls[min(after, len(calls)):] {
			if strings.Contains(c.Text, want) {
				return c
			}
		}
		if time.Now().After(deadline) {
			var texts []string
			for _, c := range calls {
				texts = append(texts, c.Text)
			}
			for _, c := range h.fs.Attempts("") {
				texts = append(texts, fmt.Sprintf("[%s %s %d %s] %.80s", c.Method, c.Channel, c.Status, c.Error, c.Text))
			}
			h.t.Fatalf("no DM containing %q after %d; DMs and attempts:\n%s", want, after, strings.Join(texts, "\n---\n"))
		}
		// 10x real time: the outbox paces the DM by this clock, and
		// Slack's signature check (slack-go) compares request timestamps
		// with the real clock, so the fake one must not run far ahead.
		h.clk.Advance(100 * time.Millisecond)
		time.Sleep(10 * time.Millisecond)
	}
}

// click presses the button labelled label on message c.
func (h *newsHost) click(c fakeslack.Call, label string) {
	h.t.Helper()
	var blocks []map[string]any
	if err := json.Unmarshal(c.Blocks, &blocks); err != nil {
		h.t.Fatalf("blocks of %q: %v", c.Text, err)
	}
	for _, b := range blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			el := e.(map[string]any)
			if strings.TrimPrefix(el["text"].(map[string]any)["text"].(string), "✓ ") != label {
				continue
			}
			newsSeq++
			payload, _ := json.Marshal(map[string]any{
				"type": "block_actions", "team": map[string]any{"id": team1}, "user": map[string]any{"id": "UANA", "name": "ana"},
				"channel": map[string]any{"id": newsDM}, "trigger_id": fmt.Sprintf("trig%d", newsSeq), "response_url": h.fs.ResponseURL(newsDM),
				"container": map[string]any{"type": "message", "message_ts": c.TS, "channel_id": newsDM},
				"message":   map[string]any{"ts": c.TS, "type": "message"},
				"actions":   []any{map[string]any{"action_id": el["action_id"], "block_id": b["block_id"], "type": "button", "value": el["value"], "action_ts": fmt.Sprintf("%d.%06d", h.clk.Now().Unix(), newsSeq)}},
			})
			h.signedPost("/slack/interactive", "application/x-www-form-urlencoded", form(map[string]string{"payload": string(payload)}))
			return
		}
	}
	h.t.Fatalf("no button %q on %q", label, c.Text)
}

// answer clicks label on the newest DM that has it and waits for the
// next message containing want.
func (h *newsHost) answer(c fakeslack.Call, label, want string) fakeslack.Call {
	h.t.Helper()
	n := len(h.dmCalls())
	h.click(c, label)
	return h.waitDM(n, want)
}

func TestNewsDialogueFromFirstDMResumesAfterRestart(t *testing.T) {
	fs := newFake(t)
	site := newFeedSite(t)
	clk := clock.NewFake(time.Now().Truncate(time.Second))
	dir := t.TempDir()
	h := startNews(t, fs, clk, site, dir)

	h.dm("hello")
	c := h.waitDM(0, "Shall we set it up?")
	c = h.answer(c, "Set it up", "Which topics")
	n := len(h.dmCalls())
	h.click(c, "World")
	c = h.waitDM(n, "Which topics") // redrawn with a tick
	if !strings.Contains(string(c.Blocks), "✓ World") {
		t.Fatalf("pick not shown: %s", c.Blocks)
	}
	h.answer(c, "Done", "When should your package arrive")

	// Stops halfway; the host restarts.
	h.stop()
	h = startNews(t, fs, clk, site, dir)
	n = len(h.dmCalls())
	h.dm("hi again")
	c = h.waitDM(n, "carry on where we left off")
	if !strings.Contains(c.Text, "When should your package arrive") {
		t.Fatalf("resumed at the wrong question: %q", c.Text)
	}
	c = h.answer(c, "07:30", "Is *Europe/Helsinki* your time zone?")
	c = h.answer(c, "Yes, keep Europe/Helsinki", "breaking news as it happens")
	// "No" skips the breaking-topics question (a condition on an earlier
	// answer) and goes straight to the weekend one.
	c = h.answer(c, "No", "weekend package")
	if strings.Contains(c.Text, "Breaking news for which topics") {
		t.Fatal("skipped state was asked")
	}
	c = h.answer(c, "Yes please", "All set!")
	if !strings.Contains(c.Text, "Topics: World. Packages at 07:30 (Europe/Helsinki). No breaking news. Weekend edition: Saturdays 09:00.") {
		t.Fatalf("summary: %q", c.Text)
	}
}

// stepUntil moves the fake clock a second at a time (giving the host a
// moment of real time per step) until a message in the DM after the
// first `after` contains want, or the fake clock passes limit. It returns
// the message and the fake time it was first seen at.
func (h *newsHost) stepUntil(after int, want string, limit time.Time) (fakeslack.Call, time.Time) {
	h.t.Helper()
	for {
		calls := h.dmCalls()
		for _, c := range calls[min(after, len(calls)):] {
			if strings.Contains(c.Text, want) {
				return c, h.clk.Now()
			}
		}
		if h.clk.Now().After(limit) {
			h.t.Fatalf("no DM containing %q by %v (fake)", want, limit)
		}
		h.clk.Advance(time.Second)
		time.Sleep(3 * time.Millisecond)
	}
}

// stepTo moves the fake clock to t a second at a time.
func (h *newsHost) stepTo(t time.Time) {
	for h.clk.Now().Before(t) {
		h.clk.Advance(time.Second)
		time.Sleep(3 * time.Millisecond)
	}
}

func (h *newsHost) admins() []string {
	var out []string
	for _, c := range h.fs.Calls(fakeslack.MethodPostMessage) {
		if c.Channel == "C-admins" {
			out = append(out, c.Text)
		}
	}
	return out
}

// The subscriber's whole week: a package at 07:30 Helsinki time on Friday
// (UTC+2) and on Sunday after the change to summer time (UTC+3), breaking
// news within a minute, the weekend edition on Saturday 09:00, no story
// twice although two feeds carry it, a 304 that costs no parse, and a
// broken feed that makes one notice.
func TestNewsPackagesBreakingWeekendAcrossDST(t *testing.T) {
	fs := newFake(t)
	site := newFeedSite(t)
	for _, p := range []string{"/world.rss", "/top.rss", "/flash.rss"} {
		site.set(p, rss())
	}
	site.mu.Lock()
	site.status["/broken.rss"] = 500
	site.mu.Unlock()
	// Subscribe now (Slack requests carry real timestamps), then move the
	// clock to the week of the 2027 change to summer time in Helsinki:
	// Sunday 28 March 2027, 03:00 EET -> 04:00 EEST.
	clk := clock.NewFake(time.Now().Truncate(time.Second))
	h := startNews(t, fs, clk, site, t.TempDir())

	h.dm("hello")
	c := h.waitDM(0, "Shall we set it up?")
	c = h.answer(c, "Set it up", "Which topics")
	n := len(h.dmCalls())
	h.click(c, "World")
	c = h.waitDM(n, "✓ World")
	c = h.answer(c, "Done", "When should your package arrive")
	c = h.answer(c, "07:30", "your time zone?")
	c = h.answer(c, "Yes, keep Europe/Helsinki", "breaking news as it happens")
	c = h.answer(c, "Yes", "Breaking news for which topics")
	c = h.answer(c, "Done", "weekend package")
	h.answer(c, "Yes please", "All set!")

	// Friday 26 March 2027, 07:30 EET = 05:30 UTC. The feeds get their
	// stories; "a" is in two of them.
	clk.AdvanceTo(time.Date(2027, 3, 26, 5, 0, 0, 0, time.UTC))
	site.set("/world.rss", rss("a|Alpha: talks resume", "b|Bravo &amp; co", "c|Charlie", "d|Delta", "e|Echo"))
	site.set("/top.rss", rss("a|Alpha: talks resume"))
	n = len(h.dmCalls())
	h.stepTo(time.Date(2027, 3, 26, 5, 29, 0, 0, time.UTC))
	if got := len(h.dmCalls()); got != n {
		t.Fatalf("%d messages before the delivery time", got-n)
	}
	pkg, at := h.stepUntil(n, "Your news", time.Date(2027, 3, 26, 5, 31, 0, 0, time.UTC))
	if at.Before(time.Date(2027, 3, 26, 5, 30, 0, 0, time.UTC)) {
		t.Fatalf("package at %v, before 05:30 UTC", at)
	}
	if strings.Count(string(pkg.Blocks), "Alpha: talks resume") != 1 {
		t.Fatalf("story in two feeds not exactly once: %s", pkg.Blocks)
	}
	if strings.Count(string(pkg.Blocks), "•") != 3 || !strings.Contains(string(pkg.Blocks), "Bravo \\u0026amp; co") && !strings.Contains(string(pkg.Blocks), "Bravo &amp; co") {
		t.Fatalf("package (max 3 per topic): %s", pkg.Blocks)
	}

	// Breaking: an item appears in the breaking feed; the next poll sees
	// it and it is in the DM within a minute of that poll.
	h.stepTo(time.Date(2027, 3, 26, 5, 40, 30, 0, time.UTC))
	site.set("/flash.rss", rss("brk|Bridge reopens"))
	n = len(h.dmCalls())
	_, at = h.stepUntil(n, "Breaking: Bridge reopens", time.Date(2027, 3, 26, 5, 43, 0, 0, time.UTC))
	// Polls happen on the minute: 05:41 sees it.
	if at.After(time.Date(2027, 3, 26, 5, 42, 0, 0, time.UTC)) {
		t.Fatalf("breaking item delivered at %v, more than a minute after the 05:41 poll", at)
	}

	// 304s: the world feed was fetched every minute; only the full
	// answers were parsed, none of the 304s.
	served, not := site.counts("/world.rss")
	parses := strings.Count(h.logs.String(), "feed world: ")
	if served < 1 || not < 5 || parses != served {
		t.Fatalf("world feed: %d full answers, %d not-modified, %d parses (a 304 must cost no parse)", served, not, parses)
	}
	// The broken feed: one notice, then backoff.
	if a := h.admins(); len(a) != 1 || !strings.Contains(a[0], "`broken`") {
		t.Fatalf("admin notices: %q", a)
	}

	// Saturday: the daily package (if there is news) and the weekend
	// edition at 09:00 EET = 07:00 UTC with the week's stories not yet sent.
	clk.AdvanceTo(time.Date(2027, 3, 27, 6, 55, 0, 0, time.UTC))
	n = len(h.dmCalls())
	wk, at := h.stepUntil(n, "weekend edition", time.Date(2027, 3, 27, 7, 1, 0, 0, time.UTC))
	if at.Before(time.Date(2027, 3, 27, 7, 0, 0, 0, time.UTC)) {
		t.Fatalf("weekend edition at %v", at)
	}
	for _, s := range []string{"Alpha", "Bridge reopens"} {
		if strings.Contains(string(wk.Blocks), s) {
			t.Errorf("weekend edition repeats %q, already sent: %s", s, wk.Blocks)
		}
	}
	if !strings.Contains(string(wk.Blocks), "Delta") || !strings.Contains(string(wk.Blocks), "Echo") {
		t.Errorf("weekend edition lacks the unsent stories: %s", wk.Blocks)
	}

	// Sunday, summer time: 07:30 EEST = 04:30 UTC.
	site.set("/world.rss", rss("s|Sunday story", "a|Alpha: talks resume"))
	clk.AdvanceTo(time.Date(2027, 3, 28, 4, 20, 0, 0, time.UTC))
	n = len(h.dmCalls())
	sun, at := h.stepUntil(n, "Your news", time.Date(2027, 3, 28, 4, 31, 0, 0, time.UTC))
	if at.Before(time.Date(2027, 3, 28, 4, 30, 0, 0, time.UTC)) {
		t.Fatalf("Sunday package at %v, want 04:30 UTC", at)
	}
	if !strings.Contains(string(sun.Blocks), "Sunday story") || strings.Contains(string(sun.Blocks), "Alpha") {
		t.Fatalf("Sunday package: %s", sun.Blocks)
	}
}

// A dialogue file broken by an edit is refused with a clear error in the
// log, and the last good dialogue keeps serving.
func TestNewsBrokenDialogueKeepsPrevious(t *testing.T) {
	fs := newFake(t)
	site := newFeedSite(t)
	clk := clock.NewFake(time.Now().Truncate(time.Second))
	dir := t.TempDir()
	h := startNews(t, fs, clk, site, dir)
	h.dm("hello")
	h.waitDM(0, "Shall we set it up?")
	path := filepath.Join(dir, "newsdata", "dialogue.json")
	good, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte(strings.Replace(string(good), `"start": "welcome"`, `"start": "nowhere"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	h.stop()
	h = startNews(t, fs, clk, site, dir)
	n := len(h.dmCalls())
	h.dm("news setup")
	h.waitDM(n, "Shall we set it up?")
	if !strings.Contains(h.logs.String(), `start \"nowhere\": no such state`) && !strings.Contains(h.logs.String(), `start "nowhere": no such state`) {
		t.Fatalf("no clear error in the log")
	}
}
