package app_test

import (
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testskills"
)

// TestSlackCallThroughHost runs slack_call end to end: a message reaches
// the hostprobe skill (as "reader", granted users.info only) through the
// Events API, the skill calls the fake Slack's read methods through the
// host with the workspace's token, and replies with what it got, so
// each case is read off the fake Slack's record.
func TestSlackCallThroughHost(t *testing.T) {
	fs := newFake(t)
	fs.SetUser(team1, fakeslack.User{ID: "U1", Name: "ann", TZ: "Europe/Helsinki", TZOffset: 7200,
		DND: fakeslack.DND{Enabled: true}})
	reader := fmt.Sprintf(`
[skills.reader]
path = %q
slack_read = ["users.info"]
[skills.reader.on]
messages = ["^slack "]
`, testskills.Path(t, "hostprobe"))
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), reader)

	ask := func(n int, text string) string {
		t.Helper()
		ts := fmt.Sprintf("1700000100.%06d", n)
		if st := h.event(message(team1, "C5", text, ts, "")); st != 200 {
			t.Fatalf("event: status %d", st)
		}
		return h.waitPosts(fakeslack.MethodPostMessage, n)[n-1].Text
	}

	// Granted: Slack's answer, asked with the workspace's bot token.
	got := ask(1, "slack users.info user=U1")
	if !strings.HasPrefix(got, `slack users.info {"ok":true`) || !strings.Contains(got, `"tz":"Europe/Helsinki"`) {
		t.Fatalf("granted users.info answered %q", got)
	}
	calls := fs.Calls(fakeslack.MethodUsersInfo)
	if len(calls) != 1 || calls[0].User != "U1" || calls[0].Token != botToken || calls[0].Team != team1 {
		t.Fatalf("users.info calls = %+v", calls)
	}
	// Slack's own "no" is an answer, not an error.
	if got := ask(2, "slack users.info user=U404"); got != `slack users.info {"ok":false,"error":"user_not_found"}` {
		t.Errorf("unknown user answered %q", got)
	}

	// Not granted: ERR_NOT_PERMITTED, and Slack is never asked.
	if got := ask(3, "slack dnd.info user=U1"); got != "slack error: bothost: not permitted (-5)" {
		t.Errorf("dnd.info (not granted) answered %q", got)
	}
	if n := fs.AttemptCount(fakeslack.MethodDNDInfo); n != 0 {
		t.Errorf("dnd.info reached Slack %d times", n)
	}

	// Slack's 429: ERR_UNAVAILABLE with Slack's delay for the skill.
	fs.Inject(fakeslack.MethodUsersInfo, fakeslack.Fault{Status: http.StatusTooManyRequests, RetryAfter: 30 * time.Second, Times: 1})
	if got := ask(4, "slack users.info user=U1"); got != "slack error: bothost: unavailable (-6): rate limited by Slack, retry after 30000ms retry_after=30s" {
		t.Errorf("429 answered %q", got)
	}
	// The limit passes; the next call gets through.
	if got := ask(5, "slack users.info user=U1"); !strings.HasPrefix(got, `slack users.info {"ok":true`) {
		t.Errorf("after the 429: %q", got)
	}
}

// TestSlackReadRefusesWrites: a method outside the read-only list in
// slack_read is refused when bot.toml is loaded (start-up, `bothost
// check` and every reload go through config.Load), with file:line.
func TestSlackReadRefusesWrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bot.toml")
	_, err := config.Parse(path, []byte(`[skills.a]
path = "a.wasm"
slack_read = ["users.info",
  "chat.postMessage"]
`), func(string) (string, bool) { return "", false })
	if err == nil {
		t.Fatal("slack_read with chat.postMessage loaded")
	}
	if want := `bot.toml:3: skills.a.slack_read[1]: "chat.postMessage" is not a read-only Web API method`; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q, want it to contain %q", err, want)
	}
	cfg, err := config.Parse(path, []byte(`[skills.a]
path = "a.wasm"
slack_read = ["users.info", "dnd.info", "users.info"]
`), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Skills[0].SlackRead; !slices.Equal(got, []string{"users.info", "dnd.info"}) {
		t.Errorf("SlackRead = %q", got)
	}
}
