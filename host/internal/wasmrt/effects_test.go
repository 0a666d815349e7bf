package wasmrt_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
)

// Effects harms (issue 8): each hostile module runs through the real
// runtime next to the echo skill, which must keep answering.

func countEffects(effects []string, prefix string) int {
	n := 0
	for _, e := range effects {
		if strings.HasPrefix(e, prefix) {
			n++
		}
	}
	return n
}

// TestHostileStartupEffects: post, kv_set and timer_set from the start
// section, _initialize, bothost_init and bothost_alloc answer
// ERR_NOT_PERMITTED (nothing is posted, stored or scheduled at load),
// log and config keep working there, and effects inside the event work.
func TestHostileStartupEffects(t *testing.T) {
	h, err := newHostileHost(t, "startpost", nil)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if got := h.rec.Effects(); len(got) != 0 {
		t.Fatalf("effects at load, outside any event: %q", got)
	}
	if err := h.hit(t, "e1"); err != nil {
		t.Fatalf("the module saw an effect outside the event go through (or the post inside fail): %v", err)
	}
	effects := h.rec.Effects()
	if n := countEffects(effects, "post channel=C1"); n != 1 || len(effects) != 1 {
		t.Fatalf("effects %q, want only the one post made inside the event", effects)
	}
	if got := h.eng.Metrics().Failures("hostile", "not_in_event"); got < 12 {
		t.Errorf("refusals counted: %v, want >= 12 (3 calls x start, _initialize, bothost_init, bothost_alloc)", got)
	}
	if !strings.Contains(h.logs.String(), "host calls with effects refused outside an event") {
		t.Errorf("refusal not logged:\n%s", h.logs)
	}
	h.echoStillAnswers(t)
}

// TestHostileTimerOverflow: timer_set with INT64_MAX ms (relative, which
// used to wrap and fire at once, and absolute) is refused with
// ERR_INVALID_ARGUMENT and sets nothing; a sane timer is set.
func TestHostileTimerOverflow(t *testing.T) {
	h, err := newHostileHost(t, "timermax", nil)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	f := failureOf(t, h.hit(t, "e1"))
	if f.Reason != "abi_misuse" || !strings.Contains(f.Detail, "out of range") || !strings.Contains(f.Detail, "2 host calls") {
		t.Fatalf("failure %q %q, want abi_misuse for the 2 out-of-range timer_set calls", f.Reason, f.Detail)
	}
	effects := h.rec.Effects()
	if len(effects) != 1 || !strings.HasPrefix(effects[0], `timer set name="ok" in=1s`) {
		t.Fatalf("effects %q, want only the 1 s timer", effects)
	}
	h.echoStillAnswers(t)
}

// TestHostileLogFlood: 10 events of 10,000 8 KiB log lines each (80 MB
// per event unbounded) write at most the skill's log_bytes per second;
// the module sees ERR_QUOTA, and the suppressed lines are summarised in
// one line.
func TestHostileLogFlood(t *testing.T) {
	h, err := newHostileHost(t, "logflood", func(s *config.Skill) {
		s.Limits.Deadline = 2 * time.Second
	})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	start := time.Now()
	for i := range 10 {
		if err := h.hit(t, "e"+string(rune('0'+i))); err != nil {
			t.Fatalf("event %d: %v (the module returns 1 if no log call got ERR_QUOTA)", i, err)
		}
	}
	// The test's clock stands still: one quota window for all ten events.
	lim := config.DefaultLimits()
	skillLines := strings.Count(h.logs.String(), "source=skill")
	if max := int(lim.LogBytes / abi.MaxLogLine); skillLines > max {
		t.Errorf("%d lines of 8 KiB logged, the log_bytes quota allows %d", skillLines, max)
	}
	if skillLines == 0 {
		t.Error("no line logged at all: the quota should let the first ones through")
	}
	summary := regexp.MustCompile(`skill hostile: ([0-9,]+) log lines suppressed`)
	deadline := time.Now().Add(10 * time.Second)
	for !summary.MatchString(h.logs.String()) {
		if time.Now().After(deadline) {
			t.Fatalf("no summary line after %v:\n%s", time.Since(start), tail(h.logs.String()))
		}
		time.Sleep(20 * time.Millisecond)
	}
	m := summary.FindStringSubmatch(h.logs.String())
	t.Logf("log bytes written: %d for 10 events of 80 MB of log calls; summary: %q", len(h.logs.String()), m[0])
	if size := len(h.logs.String()); size > 1<<20 {
		t.Errorf("host log grew to %d bytes", size)
	}
	if got := h.eng.Metrics().Failures("hostile", "log_suppressed"); got < 90000 {
		t.Errorf("suppressed lines counted: %v, want ~100,000", got)
	}
	h.echoStillAnswers(t)
}

func tail(s string) string {
	if len(s) > 4000 {
		return s[len(s)-4000:]
	}
	return s
}

// TestHostileTimerStorm: a skill that posts 50 messages and re-arms 1,000
// timers on every event gets messages_per_event posts and timer_max
// timers per event, ERR_QUOTA for the rest.
func TestHostileTimerStorm(t *testing.T) {
	h, err := newHostileHost(t, "timerstorm", func(s *config.Skill) {
		s.Limits.MessagesPerEvent = 20
		s.Limits.TimerMax = 100
		s.Limits.Deadline = 2 * time.Second
	})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	for _, id := range []string{"e1", "e2"} {
		if err := h.hit(t, id); err != nil {
			t.Fatal(err)
		}
		effects := h.rec.Effects()
		if n := countEffects(effects, "post channel=C1"); n != 20 {
			t.Errorf("%s: %d posts, want messages_per_event = 20", id, n)
		}
		if n := countEffects(effects, "timer set"); n > 100 {
			t.Errorf("%s: %d timers set, want at most timer_max = 100", id, n)
		}
	}
	if !strings.Contains(h.logs.String(), "refused 30") {
		t.Errorf("the module did not see 30 of its 50 posts refused with ERR_QUOTA:\n%s", tail(h.logs.String()))
	}
	if got := h.eng.Metrics().Failures("hostile", "message_quota"); got != 2 {
		t.Errorf("message_quota counted %v, want once per event", got)
	}
	h.echoStillAnswers(t)
}

// TestHostileCrossWorkspace: a skill cannot update or thread under
// another skill's message (a reference or a real ts), and a timer it sets
// while handling an event of workspace T2 fires into T2.
func TestHostileCrossWorkspace(t *testing.T) {
	h, err := newHostileHost(t, "crossref", nil)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	// The echo skill's reply in C1 gets ts 1000.000001.
	res := h.reg.Dispatch(context.Background(), &abi.Event{ID: "mine", Kind: abi.KindMessage, Team: "T1", Text: "hi", User: "U1", Channel: "C1", IsDM: true})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("echo: %+v", res)
	}
	if e := h.rec.Effects(); countEffects(e, `reply channel=C1 text="test> hi"`) != 1 {
		t.Fatalf("echo's reply: %q", e)
	}
	res = h.reg.Dispatch(context.Background(), &abi.Event{ID: "x1", Kind: abi.KindMessage, Team: "T2", Text: "go", User: "U2", Channel: "C1", Skill: "hostile"})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("hostile (1-3 not refused with ERR_NOT_PERMITTED, or 4-5 failed): %+v", res)
	}
	effects := h.rec.Effects()
	for _, e := range effects {
		if strings.HasPrefix(e, "update") || strings.Contains(e, "hijacked") || strings.Contains(e, "threaded") {
			t.Errorf("a foreign message was touched: %q", e)
		}
	}
	if countEffects(effects, `post channel=C1 text="hello"`) != 1 {
		t.Errorf("effects %q, want the skill's own post", effects)
	}
	if team, ok := h.rec.TimerTeam("hostile", "again"); !ok || team != "T2" {
		t.Errorf("timer set while handling a T2 event fires into %q (set: %v), want T2", team, ok)
	}
	h.echoStillAnswers(t)
}

// TestWorkspaceOfTeamlessEvents: an event without a workspace (schedule,
// webhook) gets the skill's `workspace`, and a timer set then carries it.
func TestWorkspaceOfTeamlessEvents(t *testing.T) {
	h, err := newHostileHost(t, "crossref", func(s *config.Skill) { s.Workspace = "T7" })
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	res := h.reg.Dispatch(context.Background(), &abi.Event{ID: "s1", Kind: abi.KindSchedule, Name: "daily", Skill: "hostile"})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("hostile: %+v", res)
	}
	if team, _ := h.rec.TimerTeam("hostile", "again"); team != "T7" {
		t.Errorf("timer of a schedule event fires into %q, want the skill's workspace T7", team)
	}
}

// TestMassMentionsNeutralised: <!here>, <!channel> and <!everyone> from a
// skill without allow_mentions reach Slack as inert text.
func TestMassMentionsNeutralised(t *testing.T) {
	h, err := newHostileHost(t, "trap", nil)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	res := h.reg.Dispatch(context.Background(), &abi.Event{ID: "m1", Kind: abi.KindMessage, Text: "<!here> and <!channel|channel> and <!EVERYONE>", User: "U1", Channel: "C5", IsDM: true})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("echo: %+v", res)
	}
	e := h.rec.Effects()
	want := `reply channel=C5 text="test> @\u2060here and @\u2060channel and @\u2060everyone"`
	if countEffects(e, want) != 1 || countEffects(e, "reply") != 1 {
		t.Fatalf("echo's reply %q, want %q", e, want)
	}
}
