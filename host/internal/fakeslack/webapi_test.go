package fakeslack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

var team1 = Team{ID: "T1", Name: "Acme", BotToken: "xoxb-1-acme", BotUserID: "UBOT1", BotID: "BBOT1"}
var team2 = Team{ID: "T2", Name: "Globex", BotToken: "xoxb-2-globex", BotUserID: "UBOT2", BotID: "BBOT2"}

// newServer starts a fake with both teams and closes it with the test.
func newServer(t *testing.T, opts ...Option) *Server {
	t.Helper()
	s := New(opts...)
	t.Cleanup(s.Close)
	s.AddTeam(team1)
	s.AddTeam(team2)
	return s
}

func client(s *Server, tok string, opts ...slack.Option) *slack.Client {
	return slack.New(tok, append([]slack.Option{slack.OptionAPIURL(s.APIURL())}, opts...)...)
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// slackErr returns the Slack error code of err ("" if it is not one).
func slackErr(err error) string {
	var e slack.SlackErrorResponse
	if errors.As(err, &e) {
		return e.Err
	}
	return ""
}

func TestPostMessageRoundTrip(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)

	blocks := slack.NewSectionBlock(slack.NewTextBlockObject("mrkdwn", "*bold* & <tag>", false, false), nil, nil)
	ch, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hello \"world\"\n€", false), slack.MsgOptionBlocks(blocks))
	if err != nil {
		t.Fatalf("post: %v", err)
	}
	if ch != "C1" || ts != "1700000000.000001" {
		t.Fatalf("post answered channel %q ts %q, want C1 1700000000.000001", ch, ts)
	}
	// A threaded reply, read through the full response to check the message object.
	ch2, ts2, msg, err := api.PostMessageWithResponseContext(ctx, "C1", slack.MsgOptionText("reply", false), slack.MsgOptionTS(ts))
	if err != nil {
		t.Fatalf("post reply: %v", err)
	}
	if ch2 != "C1" || ts2 != "1700000000.000002" {
		t.Fatalf("reply answered %q %q", ch2, ts2)
	}
	if msg.Text != "reply" || msg.ThreadTimestamp != ts || msg.BotID != team1.BotID || msg.User != team1.BotUserID || msg.Timestamp != ts2 {
		t.Fatalf("reply message object = %+v", msg.Msg)
	}

	calls := s.Calls(MethodPostMessage)
	if len(calls) != 2 {
		t.Fatalf("recorded %d postMessage calls, want 2", len(calls))
	}
	c := calls[0]
	if c.Team != "T1" || c.Token != team1.BotToken || c.Channel != "C1" || c.TS != ts || c.Text != "hello \"world\"\n€" || c.Status != 200 || c.At.IsZero() {
		t.Fatalf("first call = %+v", c)
	}
	var got []map[string]any
	if err := json.Unmarshal(c.Blocks, &got); err != nil || len(got) != 1 || got[0]["type"] != "section" {
		t.Fatalf("blocks recorded as %s (%v)", c.Blocks, err)
	}
	if !bytes.Contains(c.Body, []byte("token=")) {
		t.Fatalf("raw body not kept: %q", c.Body)
	}
	if calls[1].ThreadTS != ts || calls[1].TS != ts2 {
		t.Fatalf("reply call = %+v", calls[1])
	}
	if n := s.Count(MethodPostMessage); n != 2 {
		t.Fatalf("Count = %d", n)
	}
	if m, ok := s.Message("C1", ts); !ok || m.Text != c.Text || m.Team != "T1" {
		t.Fatalf("Message = %+v %v", m, ok)
	}
}

func TestUpdateAndDelete(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("v1", false))
	if err != nil {
		t.Fatal(err)
	}
	ch, uts, text, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("v2", false))
	if err != nil {
		t.Fatalf("update: %v", err)
	}
	if ch != "C1" || uts != ts || text != "v2" {
		t.Fatalf("update answered %q %q %q", ch, uts, text)
	}
	if m, _ := s.Message("C1", ts); m.Text != "v2" || m.Updates != 1 {
		t.Fatalf("message after update = %+v", m)
	}
	if c := s.Calls(MethodUpdate); len(c) != 1 || c[0].TS != ts || c[0].Text != "v2" {
		t.Fatalf("update calls = %+v", c)
	}

	cases := []struct {
		name, channel, ts, want string
	}{
		{"unknown ts", "C1", "1700000000.000099", "message_not_found"},
		{"never issued format", "C1", "12345.6789", "message_not_found"},
		{"other channel", "C2", ts, "message_not_found"},
		{"no channel", "", ts, "channel_not_found"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, err := api.UpdateMessageContext(ctx, tc.channel, tc.ts, slack.MsgOptionText("x", false))
			if got := slackErr(err); got != tc.want {
				t.Fatalf("update error %v, want %s", err, tc.want)
			}
		})
	}

	if _, _, err := api.DeleteMessageContext(ctx, "C1", ts); err != nil {
		t.Fatalf("delete: %v", err)
	}
	if m, _ := s.Message("C1", ts); !m.Deleted {
		t.Fatal("message not marked deleted")
	}
	_, _, _, err = api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("v3", false))
	if slackErr(err) != "message_not_found" {
		t.Fatalf("update after delete: %v", err)
	}
	if _, _, err := api.DeleteMessageContext(ctx, "C1", ts); slackErr(err) != "message_not_found" {
		t.Fatalf("second delete: %v", err)
	}
}

func TestPostEphemeral(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team2.BotToken)
	ts, err := api.PostEphemeralContext(ctx, "C9", "U42", slack.MsgOptionText("psst", false))
	if err != nil {
		t.Fatalf("ephemeral: %v", err)
	}
	if ts != "1700000000.000001" {
		t.Fatalf("ephemeral ts %q", ts)
	}
	c := s.Calls(MethodPostEphemeral)
	if len(c) != 1 || c[0].User != "U42" || c[0].Channel != "C9" || c[0].Team != "T2" || c[0].Text != "psst" {
		t.Fatalf("ephemeral calls = %+v", c)
	}
	// An ephemeral message cannot be updated.
	if _, _, _, err := api.UpdateMessageContext(ctx, "C9", ts, slack.MsgOptionText("x", false)); slackErr(err) != "message_not_found" {
		t.Fatalf("update of ephemeral: %v", err)
	}
}

func TestAuthTest(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	r, err := client(s, team1.BotToken).AuthTestContext(ctx)
	if err != nil {
		t.Fatalf("auth.test: %v", err)
	}
	if r.TeamID != "T1" || r.Team != "Acme" || r.UserID != "UBOT1" || r.BotID != "BBOT1" || r.URL != "https://acme.slack.com/" {
		t.Fatalf("auth.test = %+v", r)
	}
	if s.Count(MethodAuthTest) != 1 {
		t.Fatal("auth.test not counted")
	}
}

func TestInvalidToken(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	cases := []struct{ tok, want string }{
		{"xoxb-nope", "invalid_auth"},
		{"", "not_authed"},
	}
	for _, tc := range cases {
		api := client(s, tc.tok)
		if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false)); slackErr(err) != tc.want {
			t.Errorf("post with %q: %v, want %s", tc.tok, err, tc.want)
		}
		if _, err := api.AuthTestContext(ctx); slackErr(err) != tc.want {
			t.Errorf("auth.test with %q: %v, want %s", tc.tok, err, tc.want)
		}
	}
	if n := s.Count(""); n != 0 {
		t.Fatalf("%d calls counted as successful", n)
	}
	a := s.Attempts(MethodPostMessage)
	if len(a) != 2 || a[0].Error != "invalid_auth" || a[0].Team != "" || a[1].Error != "not_authed" {
		t.Fatalf("attempts = %+v", a)
	}
	if s.AttemptCount("") != 4 {
		t.Fatalf("AttemptCount = %d", s.AttemptCount(""))
	}

	// A removed team's token stops working.
	s.RemoveTeam("T1")
	if _, err := client(s, team1.BotToken).AuthTestContext(ctx); slackErr(err) != "invalid_auth" {
		t.Fatalf("after RemoveTeam: %v", err)
	}
	if _, err := client(s, team2.BotToken).AuthTestContext(ctx); err != nil {
		t.Fatalf("other team after RemoveTeam: %v", err)
	}
}

func TestValidation(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	cases := []struct {
		name string
		post func() error
		want string
	}{
		{"no channel", func() error {
			_, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionText("x", false))
			return err
		}, "channel_not_found"},
		{"no text", func() error { _, _, err := api.PostMessageContext(ctx, "C1"); return err }, "no_text"},
		{"ephemeral no user", func() error {
			_, err := api.PostEphemeralContext(ctx, "C1", "", slack.MsgOptionText("x", false))
			return err
		}, "user_not_in_channel"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := slackErr(tc.post()); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	// Malformed blocks, sent by hand since slack-go always sends valid JSON.
	resp := postForm(t, s.APIURL()+"chat.postMessage", url.Values{"token": {team1.BotToken}, "channel": {"C1"}, "blocks": {"[{"}})
	if resp["error"] != "invalid_blocks" {
		t.Fatalf("bad blocks answered %v", resp)
	}
	resp = postForm(t, s.APIURL()+"chat.nope", url.Values{"token": {team1.BotToken}})
	if resp["error"] != "unknown_method" {
		t.Fatalf("unknown method answered %v", resp)
	}
}

func postForm(t *testing.T, u string, v url.Values) map[string]any {
	t.Helper()
	resp, err := http.PostForm(u, v)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("decode answer of %s: %v", u, err)
	}
	return m
}

// TestJSONBody checks the JSON encoding with a Bearer token, which other
// Slack clients use for chat.postMessage.
func TestJSONBody(t *testing.T) {
	s := newServer(t)
	body := `{"channel":"C7","text":"from json","thread_ts":"1700000000.000009","blocks":[{"type":"divider"}]}`
	req, _ := http.NewRequest(http.MethodPost, s.APIURL()+"chat.postMessage", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("Authorization", "Bearer "+team2.BotToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m struct {
		OK      bool   `json:"ok"`
		Channel string `json:"channel"`
		TS      string `json:"ts"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || !m.OK || m.Channel != "C7" || m.TS == "" {
		t.Fatalf("answer %+v (%v)", m, err)
	}
	c := s.Calls(MethodPostMessage)
	if len(c) != 1 || c[0].Team != "T2" || c[0].Text != "from json" || c[0].ThreadTS != "1700000000.000009" || string(c[0].Blocks) != `[{"type":"divider"}]` {
		t.Fatalf("calls = %+v", c)
	}
}

func TestFaults(t *testing.T) {
	ctx := testCtx(t)
	type step struct {
		channel string
		check   func(t *testing.T, err error)
	}
	ok := func(t *testing.T, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("want success, got %v", err)
		}
	}
	status := func(code int) func(*testing.T, error) {
		return func(t *testing.T, err error) {
			t.Helper()
			var e slack.StatusCodeError
			if !errors.As(err, &e) || e.Code != code {
				t.Fatalf("want HTTP %d, got %v", code, err)
			}
		}
	}
	slackError := func(code string) func(*testing.T, error) {
		return func(t *testing.T, err error) {
			t.Helper()
			if got := slackErr(err); got != code {
				t.Fatalf("want %s, got %v", code, err)
			}
		}
	}
	rateLimited := func(after time.Duration) func(*testing.T, error) {
		return func(t *testing.T, err error) {
			t.Helper()
			var e *slack.RateLimitedError
			if !errors.As(err, &e) || e.RetryAfter != after {
				t.Fatalf("want RateLimitedError{%v}, got %v", after, err)
			}
		}
	}
	cases := []struct {
		name   string
		method string
		faults []Fault
		steps  []step
	}{
		{"500 once", MethodPostMessage, []Fault{{Status: 500, Times: 1}},
			[]step{{"C1", status(500)}, {"C1", ok}}},
		{"503", MethodPostMessage, []Fault{{Status: 503, Times: 1}},
			[]step{{"C1", status(503)}, {"C1", ok}}},
		{"429 rounds Retry-After up", MethodPostMessage, []Fault{{Status: 429, RetryAfter: 1500 * time.Millisecond, Times: 1}},
			[]step{{"C1", rateLimited(2 * time.Second)}, {"C1", ok}}},
		{"429 without header", MethodPostMessage, []Fault{{Status: 429, RetryAfter: -1, Times: 1}},
			[]step{{"C1", status(429)}}},
		{"ok:false error", MethodPostMessage, []Fault{{Error: "channel_not_found", Times: 1}},
			[]step{{"C1", slackError("channel_not_found")}, {"C1", ok}}},
		{"Times 2", MethodPostMessage, []Fault{{Status: 500, Times: 2}},
			[]step{{"C1", status(500)}, {"C1", status(500)}, {"C1", ok}}},
		{"Times 0 until cleared", MethodPostMessage, []Fault{{Error: "ratelimited"}},
			[]step{{"C1", slackError("ratelimited")}, {"C1", slackError("ratelimited")}, {"C1", slackError("ratelimited")}}},
		{"Channel scoping", MethodPostMessage, []Fault{{Error: "not_in_channel", Channel: "C2"}},
			[]step{{"C1", ok}, {"C2", slackError("not_in_channel")}, {"C1", ok}}},
		{"other method untouched", MethodUpdate, []Fault{{Status: 500}},
			[]step{{"C1", ok}}},
		{"any method", "", []Fault{{Status: 502, Times: 1}},
			[]step{{"C1", status(502)}, {"C1", ok}}},
		{"injection order", MethodPostMessage, []Fault{{Error: "first", Times: 1}, {Error: "second", Times: 1}},
			[]step{{"C1", slackError("first")}, {"C1", slackError("second")}, {"C1", ok}}},
		{"delay only then served", MethodPostMessage, []Fault{{Delay: 50 * time.Millisecond, Times: 1}},
			[]step{{"C1", ok}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newServer(t)
			for _, f := range tc.faults {
				s.Inject(tc.method, f)
			}
			api := client(s, team1.BotToken)
			for _, st := range tc.steps {
				_, _, err := api.PostMessageContext(ctx, st.channel, slack.MsgOptionText("x", false))
				st.check(t, err)
			}
			if got, want := s.AttemptCount(MethodPostMessage), int64(len(tc.steps)); got != want {
				t.Fatalf("AttemptCount = %d, want %d", got, want)
			}
			if got := len(s.Attempts(MethodPostMessage)); got != len(tc.steps) {
				t.Fatalf("Attempts = %d, want %d", got, len(tc.steps))
			}
			if int64(len(s.Calls(MethodPostMessage))) != s.Count(MethodPostMessage) {
				t.Fatalf("Calls and Count disagree")
			}
		})
	}
}

func TestFaultStatusRecorded(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	s.Inject(MethodPostMessage, Fault{Status: 429, RetryAfter: 3 * time.Second, Times: 1})
	api := client(s, team1.BotToken)
	_, _, _ = api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	if err != nil {
		t.Fatal(err)
	}
	a := s.Attempts(MethodPostMessage)
	if len(a) != 2 || a[0].Status != 429 || a[1].Status != 200 || a[0].Team != "T1" {
		t.Fatalf("attempts = %+v", a)
	}
	if c := s.Calls(MethodPostMessage); len(c) != 1 || c[0].TS != "1700000000.000001" {
		t.Fatalf("the faulted call used a ts or was recorded as a call: %+v", c)
	}
}

func TestFaultHang(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	s.Inject(MethodPostMessage, Fault{Hang: true, Times: 1})
	api := client(s, team1.BotToken, slack.OptionHTTPClient(&http.Client{Timeout: 300 * time.Millisecond}))
	start := time.Now()
	_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	var ue *url.Error
	if !errors.As(err, &ue) || !ue.Timeout() {
		t.Fatalf("want a client timeout, got %v", err)
	}
	if time.Since(start) < 300*time.Millisecond {
		t.Fatal("answered before the client timeout")
	}
	a := s.Attempts(MethodPostMessage)
	if len(a) != 1 || a[0].Status != 0 {
		t.Fatalf("hung attempt = %+v", a)
	}
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false)); err != nil {
		t.Fatalf("after the hang: %v", err)
	}
}

// TestCloseReleasesHang: a request hanging without client timeout returns
// (with an error) when the server closes.
func TestCloseReleasesHang(t *testing.T) {
	s := New()
	s.AddTeam(team1)
	s.Inject("", Fault{Hang: true})
	errc := make(chan error, 1)
	go func() {
		_, err := client(s, team1.BotToken).AuthTestContext(context.Background())
		errc <- err
	}()
	ctx := testCtx(t)
	if a, err := s.WaitAttempts(ctx, MethodAuthTest, 1); err != nil || a[0].Status != 0 {
		t.Fatalf("hung attempt %+v: %v", a, err)
	}
	s.Close()
	select {
	case err := <-errc:
		if err == nil {
			t.Fatal("hung call succeeded")
		}
	case <-ctx.Done():
		t.Fatal("Close did not release the hung request")
	}
}

func TestLatency(t *testing.T) {
	s := newServer(t, WithLatency(100*time.Millisecond))
	ctx := testCtx(t)
	start := time.Now()
	if _, err := client(s, team1.BotToken).AuthTestContext(ctx); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Fatalf("answered after %v, want >= 100ms", d)
	}
}

func TestResponseURL(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	u := s.ResponseURL("C5")
	if !strings.HasPrefix(u, s.URL()+"/") {
		t.Fatalf("response url %q not on the server", u)
	}
	_, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionText("visible", false),
		slack.MsgOptionResponseURL(u, slack.ResponseTypeInChannel), slack.MsgOptionReplaceOriginal(u))
	if err != nil {
		t.Fatalf("post to response_url: %v", err)
	}
	c := s.Calls(MethodResponseURL)
	if len(c) != 1 || c[0].Channel != "C5" || c[0].Text != "visible" || c[0].ResponseType != "in_channel" || !c[0].ReplaceOriginal || c[0].Token != "" {
		t.Fatalf("response_url calls = %+v", c)
	}
	if s.Count(MethodResponseURL) != 1 || s.Count(MethodPostMessage) != 0 {
		t.Fatal("response_url counted wrong")
	}

	// Faults apply to response_url too.
	s.Inject(MethodResponseURL, Fault{Status: 500, Times: 1})
	_, _, err = api.PostMessageContext(ctx, "", slack.MsgOptionText("again", false), slack.MsgOptionResponseURL(u, slack.ResponseTypeEphemeral))
	var se slack.StatusCodeError
	if !errors.As(err, &se) || se.Code != 500 {
		t.Fatalf("faulted response_url: %v", err)
	}
	// An unknown response URL is a 404.
	_, _, err = api.PostMessageContext(ctx, "", slack.MsgOptionText("x", false), slack.MsgOptionResponseURL(s.URL()+"/response/999", ""))
	if !errors.As(err, &se) || se.Code != 404 {
		t.Fatalf("unknown response_url: %v", err)
	}
	if a := s.Attempts(MethodResponseURL); len(a) != 3 {
		t.Fatalf("response_url attempts = %d", len(a))
	}
}

func TestOAuth(t *testing.T) {
	s := New()
	t.Cleanup(s.Close)
	ctx := testCtx(t)
	newTeam := Team{ID: "T77", Name: "Initech", BotToken: "xoxb-77-initech", BotUserID: "UBOT77", BotID: "BBOT77"}
	s.SetOAuthClient("cid", "csecret")
	s.AddOAuthCode("code-1", newTeam, []string{"chat:write", "commands"})
	opt := slack.OAuthOptionAPIURL(s.APIURL())

	// Before the exchange the token is unknown.
	if _, err := client(s, newTeam.BotToken).AuthTestContext(ctx); slackErr(err) != "invalid_auth" {
		t.Fatalf("token before install: %v", err)
	}
	errCases := []struct{ id, secret, code, want string }{
		{"other", "csecret", "code-1", "invalid_client_id"},
		{"cid", "wrong", "code-1", "bad_client_secret"},
		{"cid", "csecret", "nope", "invalid_code"},
	}
	for _, tc := range errCases {
		if _, err := slack.GetOAuthV2ResponseContext(ctx, http.DefaultClient, tc.id, tc.secret, tc.code, "https://host/redirect", opt); slackErr(err) != tc.want {
			t.Errorf("exchange %+v: %v, want %s", tc, err, tc.want)
		}
	}
	r, err := slack.GetOAuthV2ResponseContext(ctx, http.DefaultClient, "cid", "csecret", "code-1", "https://host/redirect", opt)
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	if r.AccessToken != newTeam.BotToken || r.BotUserID != "UBOT77" || r.Team.ID != "T77" || r.Team.Name != "Initech" ||
		r.Scope != "chat:write,commands" || r.TokenType != "bot" || r.AppID != "A1" {
		t.Fatalf("oauth answer = %+v", r)
	}
	// The installation's token now works, and the code is used up.
	if at, err := client(s, r.AccessToken).AuthTestContext(ctx); err != nil || at.TeamID != "T77" {
		t.Fatalf("auth.test with installed token: %+v %v", at, err)
	}
	if _, err := slack.GetOAuthV2ResponseContext(ctx, http.DefaultClient, "cid", "csecret", "code-1", "", opt); slackErr(err) != "invalid_code" {
		t.Fatalf("code reuse: %v", err)
	}
	c := s.Calls(MethodOAuthV2Access)
	if len(c) != 1 || c[0].Team != "T77" {
		t.Fatalf("oauth calls = %+v", c)
	}

	// The authorize page echoes its query.
	q := "client_id=cid&scope=chat%3Awrite&state=xyz"
	resp, err := http.Get(s.AuthorizeURL() + "?" + q)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != q {
		t.Fatalf("authorize answered %d %q", resp.StatusCode, b)
	}
}

func TestRecordOff(t *testing.T) {
	s := newServer(t, WithRecord(false))
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("y", false)); err != nil {
		t.Fatalf("update of an issued ts with recording off: %v", err)
	}
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", "1700000000.000050", slack.MsgOptionText("y", false)); slackErr(err) != "message_not_found" {
		t.Fatalf("update of a ts never issued: %v", err)
	}
	if s.Count(MethodPostMessage) != 1 || s.Count(MethodUpdate) != 1 || s.AttemptCount(MethodUpdate) != 2 {
		t.Fatalf("counters: post %d update %d/%d", s.Count(MethodPostMessage), s.Count(MethodUpdate), s.AttemptCount(MethodUpdate))
	}
	if len(s.Calls("")) != 0 || len(s.Attempts("")) != 0 {
		t.Fatal("recorded with recording off")
	}
	if calls, err := s.WaitCalls(ctx, MethodPostMessage, 1); err != nil || len(calls) != 0 {
		t.Fatalf("WaitCalls with recording off: %v %v", calls, err)
	}
	s.ResetCalls()
	if s.Count("") != 0 {
		t.Fatal("ResetCalls kept counters")
	}
}

// TestConcurrentPosts: many goroutines, each ts unique, WaitCalls wakes
// up when the last one arrives.
func TestConcurrentPosts(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	const n = 64
	got := make(chan []Call, 1)
	go func() {
		calls, err := s.WaitCalls(ctx, MethodPostMessage, n)
		if err != nil {
			t.Error(err)
		}
		got <- calls
	}()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			api := client(s, []string{team1.BotToken, team2.BotToken}[i%2])
			if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	calls := <-got
	if len(calls) != n {
		t.Fatalf("WaitCalls returned %d calls", len(calls))
	}
	seen := map[string]bool{}
	for _, c := range calls {
		if seen[c.TS] {
			t.Fatalf("ts %s handed out twice", c.TS)
		}
		seen[c.TS] = true
	}
}

func TestWaitCallsTimeout(t *testing.T) {
	s := newServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.WaitCalls(ctx, MethodPostMessage, 1); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitCalls without calls: %v", err)
	}
}

func TestParseFormMatchesNetURL(t *testing.T) {
	cases := []string{
		"token=xoxb-1&channel=C1&text=hello+world",
		"text=%E2%82%AC%20%26%3D%2B&channel=C%31",
		"text=first&text=second",
		"text=&channel=C1",
		"text=bad%zzescape%4",
		"channel",
		"&&channel=C2&",
		"blocks=%5B%7B%22type%22%3A%22divider%22%7D%5D&thread_ts=1.2",
	}
	for _, in := range cases {
		want, _ := url.ParseQuery(in)
		var f fields
		parseForm([]byte(in), &f)
		check := func(key string, got []byte) {
			if _, malformed := url.ParseQuery(in); malformed != nil {
				return // net/url rejects it; we keep it literally
			}
			if string(got) != want.Get(key) {
				t.Errorf("%q: %s = %q, net/url says %q", in, key, got, want.Get(key))
			}
		}
		check("token", f.token)
		check("channel", f.channel)
		check("text", f.text)
		check("blocks", f.blocks)
		check("thread_ts", f.threadTS)
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, in := range []string{"", "plain", `q"uo\te`, "nl\nta\tb\rc\x01\x1f", "€ 日本", "<&>"} {
		out := appendJSONString(nil, in)
		var back string
		if err := json.Unmarshal(out, &back); err != nil || back != in {
			t.Errorf("%q encoded as %s decodes to %q (%v)", in, out, back, err)
		}
	}
}

func TestTSFormat(t *testing.T) {
	cases := []struct {
		n  int64
		ts string
	}{
		{1, "1700000000.000001"},
		{999999, "1700000000.999999"},
		{1000000, "1700000001.000000"},
		{1234567, "1700000001.234567"},
	}
	for _, tc := range cases {
		if got := string(appendTS(nil, tc.n)); got != tc.ts {
			t.Errorf("appendTS(%d) = %s, want %s", tc.n, got, tc.ts)
		}
		if got := parseTS([]byte(tc.ts)); got != tc.n {
			t.Errorf("parseTS(%s) = %d", tc.ts, got)
		}
	}
	for _, bad := range []string{"", "1.2", "1699999999.000001", "1700000000.00001", "x.000001"} {
		if parseTS([]byte(bad)) != 0 {
			t.Errorf("parseTS(%q) accepted", bad)
		}
	}
}

// TestRetryAfterHonouredBySlackGo: slack-go's own retry wrapper waits for the
// Retry-After the fake sends and then gets through.
func TestRetryAfterHonouredBySlackGo(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	s.Inject(MethodPostMessage, Fault{Status: 429, RetryAfter: time.Second, Times: 1})
	api := client(s, team1.BotToken, slack.OptionRetry(2))
	start := time.Now()
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false)); err != nil {
		t.Fatalf("post with retries: %v", err)
	}
	if d := time.Since(start); d < time.Second {
		t.Fatalf("retried after %v, before Retry-After", d)
	}
	if s.AttemptCount(MethodPostMessage) != 2 || s.Count(MethodPostMessage) != 1 {
		t.Fatalf("attempts %d, calls %d", s.AttemptCount(MethodPostMessage), s.Count(MethodPostMessage))
	}
}
