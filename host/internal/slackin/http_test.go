package slackin

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/inbox"
)

func TestURLVerificationAnsweredWhileSinkBlocks(t *testing.T) {
	in := newIngress(t, nil)
	in.sink.block = make(chan struct{}) // never released: any Put would hang
	defer close(in.sink.block)

	body := []byte(`{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	r := in.event(body, nil)
	if r.status != http.StatusOK || r.body != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Fatalf("challenge: got %d %q", r.status, r.body)
	}
	if n := in.sink.putCalls(); n != 0 {
		t.Fatalf("url_verification reached the sink (%d puts)", n)
	}
	if got := in.m.Requests(epEvents, OutcomeChallenge); got != 1 {
		t.Fatalf("challenge outcome counted %v times", got)
	}
	// An unsigned challenge is refused like anything else.
	r = in.event(body, map[string]string{"X-Slack-Signature": "v0=" + strings.Repeat("0", 64)})
	if r.status != http.StatusUnauthorized {
		t.Fatalf("forged challenge: got %d", r.status)
	}
}

func TestSSLCheck(t *testing.T) {
	in := newIngress(t, nil)
	for _, path := range []string{"/slack/commands", "/slack/interactive"} {
		// Slack sends ssl_check unsigned.
		req, _ := http.NewRequest(http.MethodPost, in.srv.URL+path, strings.NewReader("ssl_check=1&token=legacy"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if r := in.do(req); r.status != http.StatusOK {
			t.Fatalf("%s ssl_check: got %d %q", path, r.status, r.body)
		}
	}
	if n := in.sink.putCalls(); n != 0 {
		t.Fatalf("ssl_check reached the sink")
	}
}

// TestMessages sends one Events API delivery per case and checks what the
// Sink received.
func TestMessages(t *testing.T) {
	type tc struct {
		name  string
		opts  func(*Options)
		inner map[string]any
		want  *abi.Event // nil: acked, nothing dispatched
	}
	edited := msg("C1", "1700000000.000100", "U1", "", "subtype", "message_changed",
		"message", map[string]any{"type": "message", "user": "U1", "text": "new <@UBOT> text", "ts": "1700000000.000050",
			"edited": map[string]any{"user": "U1", "ts": "1700000000.000090"}},
		"previous_message", map[string]any{"type": "message", "user": "U1", "text": "old text", "ts": "1700000000.000050"})
	delete(edited, "user")
	deleted := msg("C1", "1700000000.000200", "", "", "subtype", "message_deleted", "deleted_ts", "1700000000.000050",
		"previous_message", map[string]any{"type": "message", "user": "U1", "text": "old text", "ts": "1700000000.000050"})
	delete(deleted, "user")
	keepEdits := func(o *Options) { o.IgnoreEdits = false }
	dropEdits := func(o *Options) { o.IgnoreEdits = true }
	cases := []tc{
		{
			name:  "channel message mentioning the bot",
			inner: msg("C1", "1700000000.000100", "U1", "hey <@UBOT> deploy"),
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000100", Kind: abi.KindMessage, Team: testTeam, Channel: "C1",
				TS: "1700000000.000100", User: "U1", Text: "hey <@UBOT> deploy", Mentioned: true},
		},
		{
			name:  "mention of someone else is not a mention",
			inner: msg("C1", "1700000000.000101", "U1", "hey <@UBOTX> and <@U2|bob>"),
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000101", Kind: abi.KindMessage, Team: testTeam, Channel: "C1",
				TS: "1700000000.000101", User: "U1", Text: "hey <@UBOTX> and <@U2|bob>"},
		},
		{
			name:  "direct message",
			inner: msg("D1", "1700000000.000102", "U1", "hi"),
			want: &abi.Event{ID: "slack:T0001:D1:1700000000.000102", Kind: abi.KindMessage, Team: testTeam, Channel: "D1",
				TS: "1700000000.000102", User: "U1", Text: "hi", IsDM: true},
		},
		{
			name:  "thread reply keeps thread_ts",
			inner: msg("C1", "1700000000.000103", "U1", "reply", "thread_ts", "1700000000.000001"),
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000103", Kind: abi.KindMessage, Team: testTeam, Channel: "C1",
				TS: "1700000000.000103", ThreadTS: "1700000000.000001", User: "U1", Text: "reply"},
		},
		{
			name:  "thread parent is not in a thread",
			inner: msg("C1", "1700000000.000104", "U1", "parent", "thread_ts", "1700000000.000104"),
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000104", Kind: abi.KindMessage, Team: testTeam, Channel: "C1",
				TS: "1700000000.000104", User: "U1", Text: "parent"},
		},
		{name: "own message by user id", inner: msg("C1", "1700000000.000105", botUser, "my own reply")},
		{name: "own message by bot id", inner: msg("C1", "1700000000.000106", "", "my own reply", "bot_id", botID, "subtype", "bot_message")},
		{
			name:  "own message known only from authorizations",
			opts:  func(o *Options) { o.Self = Identity{} },
			inner: msg("C1", "1700000000.000107", botUser, "my own reply"),
		},
		{
			name:  "other bot dropped with IgnoreBots",
			opts:  func(o *Options) { o.IgnoreBots = true },
			inner: msg("C1", "1700000000.000108", "U9", "beep", "bot_id", "B9"),
		},
		{
			name:  "other bot delivered without IgnoreBots",
			opts:  func(o *Options) { o.IgnoreBots = false },
			inner: msg("C1", "1700000000.000109", "U9", "beep", "bot_id", "B9"),
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000109", Kind: abi.KindMessage, Team: testTeam, Channel: "C1",
				TS: "1700000000.000109", User: "U9", BotID: "B9", Text: "beep"},
		},
		{name: "edit dropped with IgnoreEdits", opts: dropEdits, inner: edited},
		{
			name: "edit delivered without IgnoreEdits", opts: keepEdits, inner: edited,
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000050:e1700000000.000090", Kind: abi.KindMessage, Team: testTeam,
				Channel: "C1", TS: "1700000000.000050", User: "U1", Text: "new <@UBOT> text", Mentioned: true},
		},
		{name: "delete dropped with IgnoreEdits", opts: dropEdits, inner: deleted},
		{
			name: "delete delivered without IgnoreEdits", opts: keepEdits, inner: deleted,
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000050:d", Kind: abi.KindMessage, Team: testTeam,
				Channel: "C1", TS: "1700000000.000050", User: "U1"},
		},
		{name: "channel_join is a system notice", inner: msg("C1", "1700000000.000110", "U1", "<@U1> has joined", "subtype", "channel_join")},
		{
			name:  "app_mention",
			inner: map[string]any{"type": "app_mention", "channel": "C1", "ts": "1700000000.000111", "user": "U1", "text": "<@UBOT> hi", "event_ts": "1700000000.000111"},
			want: &abi.Event{ID: "slack:T0001:C1:1700000000.000111", Kind: abi.KindMessage, Team: testTeam, Channel: "C1",
				TS: "1700000000.000111", User: "U1", Text: "<@UBOT> hi", Mentioned: true},
		},
		{name: "reaction_added is not dispatched", inner: map[string]any{"type": "reaction_added", "user": "U1", "reaction": "+1",
			"item": map[string]any{"type": "message", "channel": "C1", "ts": "1700000000.000100"}, "event_ts": "1700000000.000112"}},
		{name: "event type unknown to slack-go is acked", inner: map[string]any{"type": "brand_new_event_2031", "x": 1}},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := newIngress(t, c.opts)
			r := in.event(callback("Ev"+strconv.Itoa(i), c.inner), nil)
			if r.status != http.StatusOK {
				t.Fatalf("got %d %q, want 200", r.status, r.body)
			}
			got := in.sink.events()
			if c.want == nil {
				if len(got) != 0 {
					t.Fatalf("dispatched %+v, want nothing", got[0])
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("sink got %d events, want 1", len(got))
			}
			if !got[0].Time.Equal(in.clock.Now()) {
				t.Errorf("Time = %v, want the injected clock's %v", got[0].Time, in.clock.Now())
			}
			got[0].Time = time.Time{}
			if !reflect.DeepEqual(got[0], c.want) {
				t.Fatalf("event\n got %+v\nwant %+v", *got[0], *c.want)
			}
		})
	}
}

func TestUninstallEvents(t *testing.T) {
	var mu sync.Mutex
	var gone []string
	in := newIngress(t, func(o *Options) {
		o.OnUninstall = func(team string) { mu.Lock(); gone = append(gone, team); mu.Unlock() }
	})
	cases := []struct {
		inner map[string]any
		calls int
	}{
		{map[string]any{"type": "app_uninstalled"}, 1},
		{map[string]any{"type": "tokens_revoked", "tokens": map[string]any{"oauth": []string{"U1"}}}, 1}, // user tokens only
		{map[string]any{"type": "tokens_revoked", "tokens": map[string]any{"bot": []string{botUser}}}, 2},
	}
	for i, c := range cases {
		if r := in.event(callback("EvU"+strconv.Itoa(i), c.inner), nil); r.status != http.StatusOK {
			t.Fatalf("%v: got %d", c.inner["type"], r.status)
		}
		mu.Lock()
		n := len(gone)
		mu.Unlock()
		if n != c.calls {
			t.Fatalf("after %v: OnUninstall called %d times, want %d", c.inner, n, c.calls)
		}
	}
	if gone[0] != testTeam {
		t.Fatalf("OnUninstall(%q), want %q", gone[0], testTeam)
	}
	if n := in.sink.putCalls(); n != 0 {
		t.Fatalf("uninstall events reached the sink")
	}
}

func TestVerification(t *testing.T) {
	in := newIngress(t, nil)
	body := callback("EvV", msg("C1", "1700000000.000100", "U1", "hi"))
	now := in.clock.Now().Unix()
	cases := []struct {
		name   string
		ts     int64
		hdr    map[string]string
		reason string
	}{
		{"no signature", now, map[string]string{"X-Slack-Signature": ""}, ReasonMissingSignature},
		{"no timestamp", now, map[string]string{"X-Slack-Request-Timestamp": ""}, ReasonMissingSignature},
		{"bad signature", now, map[string]string{"X-Slack-Signature": sign("other-secret", now, body)}, ReasonBadSignature},
		{"signature not v0", now, map[string]string{"X-Slack-Signature": strings.Replace(sign(testSecret, now, body), "v0=", "v1=", 1)}, ReasonBadSignature},
		{"signature not hex", now, map[string]string{"X-Slack-Signature": "v0=zz"}, ReasonBadSignature},
		{"timestamp not a number", now, map[string]string{"X-Slack-Request-Timestamp": "soon"}, ReasonBadTimestamp},
		{"signed with another timestamp", now, map[string]string{"X-Slack-Request-Timestamp": strconv.FormatInt(now-1, 10)}, ReasonBadSignature},
		{"stale", now - int64(MaxSkew/time.Second) - 60, nil, ReasonStale},
		{"future", now + int64(MaxSkew/time.Second) + 60, nil, ReasonFuture},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := in.m.Rejected(epEvents, c.reason)
			r := in.postAt("/slack/events", "application/json", body, c.ts, c.hdr)
			if r.status != http.StatusUnauthorized {
				t.Fatalf("got %d, want 401", r.status)
			}
			if got := in.m.Rejected(epEvents, c.reason) - before; got != 1 {
				t.Fatalf("reason %q counted %v times", c.reason, got)
			}
		})
	}
	// Within the window on both sides: accepted.
	for _, d := range []time.Duration{-4 * time.Minute, 4 * time.Minute} {
		ts := in.clock.Now().Add(d).Unix()
		if r := in.postAt("/slack/events", "application/json", body, ts, nil); r.status != http.StatusOK {
			t.Fatalf("timestamp %v from now: got %d", d, r.status)
		}
	}
	if n := len(in.sink.events()); n != 1 {
		t.Fatalf("sink holds %d events, want 1 (from the two valid deliveries of one event)", n)
	}
	// The window is measured on the injected clock: a request signed "now"
	// is stale once the host's clock has moved on by more than MaxSkew.
	ts := in.clock.Now().Unix()
	in.clock.Advance(MaxSkew + time.Minute)
	before := in.m.Rejected(epEvents, ReasonStale)
	if r := in.postAt("/slack/events", "application/json", body, ts, nil); r.status != http.StatusUnauthorized {
		t.Fatalf("replay after the clock moved: got %d", r.status)
	}
	if in.m.Rejected(epEvents, ReasonStale)-before != 1 {
		t.Fatal("replay not counted as stale")
	}
}

func TestBodyLimitsAndMalformed(t *testing.T) {
	in := newIngress(t, func(o *Options) { o.MaxBody = 2048 })
	big := callback("EvBig", msg("C1", "1700000000.000100", "U1", strings.Repeat("x", 4096)))

	if r := in.event(big, nil); r.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized body: got %d, want 413", r.status)
	}
	// Same with no Content-Length (chunked): the cap applies while reading.
	ts := in.clock.Now().Unix()
	req, _ := http.NewRequest(http.MethodPost, in.srv.URL+"/slack/events", io.MultiReader(bytes.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Slack-Signature", sign(testSecret, ts, big))
	if r := in.do(req); r.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized chunked body: got %d, want 413", r.status)
	}
	for _, body := range []string{`{"type":"event_callback",`, `not json`, `{"type":"event_callback","team_id":"T1","event":{"type":"message","text":5}}`} {
		if r := in.event([]byte(body), nil); r.status != http.StatusBadRequest {
			t.Fatalf("malformed %q: got %d, want 400", body, r.status)
		}
	}
	if r := in.form("/slack/interactive", url.Values{"payload": {"{not json"}}); r.status != http.StatusBadRequest {
		t.Fatalf("malformed interactive payload: got %d", r.status)
	}
	if r := in.form("/slack/interactive", url.Values{"other": {"1"}}); r.status != http.StatusBadRequest {
		t.Fatalf("interactive without payload: got %d", r.status)
	}
	if r := in.post("/slack/commands", "application/x-www-form-urlencoded", []byte("%zz=1"), nil); r.status != http.StatusBadRequest {
		t.Fatalf("unparseable form: got %d", r.status)
	}
	if r := in.form("/slack/commands", url.Values{"text": {"no command"}}); r.status != http.StatusBadRequest {
		t.Fatalf("command without command: got %d", r.status)
	}
	if n := in.sink.putCalls(); n != 0 {
		t.Fatalf("rejected requests reached the sink")
	}
}

// TestSinkFailureThenRetry: a Put failure is a 500 (Slack retries); the
// retry is accepted, and later retries of the same event are acked as
// duplicates, so the event is in the accepted set once.
func TestSinkFailureThenRetry(t *testing.T) {
	in := newIngress(t, nil)
	in.sink.failNext = 1
	body := callback("Ev123", msg("C1", "1700000000.000100", "U1", "hi"))
	if r := in.event(body, nil); r.status != http.StatusInternalServerError {
		t.Fatalf("failed Put: got %d, want 500", r.status)
	}
	if len(in.sink.events()) != 0 {
		t.Fatal("failed Put recorded")
	}
	for n := 1; n <= 3; n++ {
		r := in.event(body, map[string]string{"X-Slack-Retry-Num": strconv.Itoa(n), "X-Slack-Retry-Reason": "http_error"})
		if r.status != http.StatusOK {
			t.Fatalf("retry %d: got %d", n, r.status)
		}
	}
	if got := in.sink.events(); len(got) != 1 || got[0].ID != "slack:T0001:C1:1700000000.000100" {
		t.Fatalf("accepted %v, want the event once", got)
	}
	if in.m.Requests(epEvents, OutcomeAccepted) != 1 || in.m.Requests(epEvents, OutcomeDuplicate) != 2 || in.m.Requests(epEvents, OutcomeError) != 1 {
		t.Fatalf("outcomes: accepted %v duplicate %v error %v", in.m.Requests(epEvents, OutcomeAccepted),
			in.m.Requests(epEvents, OutcomeDuplicate), in.m.Requests(epEvents, OutcomeError))
	}
}

// TestPutTimeout: a Sink that honours ctx and hangs is answered 500 once
// PutTimeout ends its ctx, rather than holding the request. (The host's
// inbox does not give up on a write in progress; see Options.PutTimeout.)
func TestPutTimeout(t *testing.T) {
	in := newIngress(t, func(o *Options) { o.PutTimeout = 50 * time.Millisecond })
	in.sink.block = make(chan struct{})
	defer close(in.sink.block)
	if r := in.event(callback("EvT", msg("C1", "1700000000.000100", "U1", "hi")), nil); r.status != http.StatusInternalServerError {
		t.Fatalf("hung Put: got %d, want 500", r.status)
	}
	if n := in.m.Requests(epEvents, OutcomeError); n != 1 {
		t.Fatalf("error outcomes %v, want 1", n)
	}
}

// TestDedup: the same post delivered as a message, as an app_mention and
// as retries of both (same event_id, same ts) is accepted once, with
// Mentioned set whichever arrives first.
func TestDedup(t *testing.T) {
	for _, first := range []string{"message", "app_mention"} {
		t.Run(first+" first", func(t *testing.T) {
			in := newIngress(t, nil)
			m := callback("EvMsg", msg("C1", "1700000000.000100", "U1", "<@UBOT> hi"))
			a := callback("EvMention", map[string]any{"type": "app_mention", "channel": "C1", "ts": "1700000000.000100",
				"user": "U1", "text": "<@UBOT> hi", "event_ts": "1700000000.000100"})
			order := [][]byte{m, a}
			if first == "app_mention" {
				order = [][]byte{a, m}
			}
			for _, b := range order {
				if r := in.event(b, nil); r.status != http.StatusOK {
					t.Fatalf("got %d", r.status)
				}
			}
			for n := 1; n <= 2; n++ {
				for _, b := range order {
					if r := in.event(b, map[string]string{"X-Slack-Retry-Num": strconv.Itoa(n), "X-Slack-Retry-Reason": "http_timeout"}); r.status != http.StatusOK {
						t.Fatalf("retry: got %d", r.status)
					}
				}
			}
			got := in.sink.events()
			if len(got) != 1 || !got[0].Mentioned || got[0].Text != "<@UBOT> hi" {
				t.Fatalf("accepted %d events (%+v), want one with Mentioned", len(got), got)
			}
		})
	}
	// Without any bot identity the message cannot know it is a mention, so
	// the app_mention must not be dropped as its duplicate.
	t.Run("unknown identity keeps the mention", func(t *testing.T) {
		in := newIngress(t, func(o *Options) { o.Self = Identity{} })
		noAuth := func(id string, inner map[string]any) []byte {
			var env map[string]any
			json.Unmarshal(callback(id, inner), &env)
			delete(env, "authorizations")
			b, _ := json.Marshal(env)
			return b
		}
		in.event(noAuth("EvMsg", msg("C1", "1700000000.000100", "U1", "<@UBOT> hi")), nil)
		in.event(noAuth("EvMention", map[string]any{"type": "app_mention", "channel": "C1", "ts": "1700000000.000100",
			"user": "U1", "text": "<@UBOT> hi"}), nil)
		got := in.sink.events()
		if len(got) != 2 || got[0].Mentioned || !got[1].Mentioned {
			t.Fatalf("accepted %+v, want the message and the mention", got)
		}
	})
}

func blockActions(trigger string) string {
	return mustJSON(map[string]any{
		"type":         "block_actions",
		"team":         map[string]any{"id": testTeam, "domain": "acme"},
		"user":         map[string]any{"id": "U1", "username": "ann", "team_id": testTeam},
		"api_app_id":   "A0001",
		"trigger_id":   trigger,
		"response_url": "https://hooks.slack.test/actions/T0001/1/abc",
		"container":    map[string]any{"type": "message", "message_ts": "1700000000.000200", "channel_id": "C1", "is_ephemeral": false, "thread_ts": "1700000000.000001"},
		"channel":      map[string]any{"id": "C1", "name": "general"},
		"message":      map[string]any{"type": "message", "ts": "1700000000.000200", "text": "pick one", "thread_ts": "1700000000.000001"},
		"actions": []map[string]any{
			{"type": "button", "action_id": "poll:yes", "block_id": "b1", "value": "yes", "action_ts": "1700000001.1"},
			{"type": "static_select", "action_id": "poll:size", "block_id": "b2",
				"selected_option": map[string]any{"value": "large", "text": map[string]any{"type": "plain_text", "text": "L"}}, "action_ts": "1700000001.2"},
		},
	})
}

func TestInteractiveBlockActions(t *testing.T) {
	in := newIngress(t, nil)
	r := in.form("/slack/interactive", url.Values{"payload": {blockActions("13345224609.738474920.8088930838d88f008e0")}})
	if r.status != http.StatusOK {
		t.Fatalf("got %d %q", r.status, r.body)
	}
	got := in.sink.events()
	if len(got) != 2 {
		t.Fatalf("got %d events, want one per action", len(got))
	}
	common := abi.Event{Kind: abi.KindAction, Team: testTeam, User: "U1", Channel: "C1", ThreadTS: "1700000000.000001",
		MessageTS: "1700000000.000200", ResponseURL: "https://hooks.slack.test/actions/T0001/1/abc",
		TriggerID: "13345224609.738474920.8088930838d88f008e0"}
	want := []abi.Event{common, common}
	want[0].ID, want[0].ActionID, want[0].BlockID, want[0].Value = "slack:T0001:action:13345224609.738474920.8088930838d88f008e0:0", "poll:yes", "b1", "yes"
	want[1].ID, want[1].ActionID, want[1].BlockID, want[1].Value = "slack:T0001:action:13345224609.738474920.8088930838d88f008e0:1", "poll:size", "b2", "large"
	for i := range want {
		got[i].Time = time.Time{}
		if !reflect.DeepEqual(*got[i], want[i]) {
			t.Fatalf("action %d\n got %+v\nwant %+v", i, *got[i], want[i])
		}
	}
	// A resent payload (same trigger) is acked and not dispatched again.
	if r := in.form("/slack/interactive", url.Values{"payload": {blockActions("13345224609.738474920.8088930838d88f008e0")}}); r.status != http.StatusOK {
		t.Fatalf("resend: got %d", r.status)
	}
	if n := len(in.sink.events()); n != 2 {
		t.Fatalf("resend dispatched again: %d events", n)
	}
	// Other interaction types are acked, not dispatched.
	vs := mustJSON(map[string]any{"type": "view_submission", "team": map[string]any{"id": testTeam}, "user": map[string]any{"id": "U1"}, "trigger_id": "t2"})
	if r := in.form("/slack/interactive", url.Values{"payload": {vs}}); r.status != http.StatusOK {
		t.Fatalf("view_submission: got %d", r.status)
	}
	if n := len(in.sink.events()); n != 2 {
		t.Fatalf("view_submission dispatched")
	}
}

func TestSlashCommand(t *testing.T) {
	cmd := url.Values{
		"token": {"legacy"}, "team_id": {testTeam}, "team_domain": {"acme"}, "channel_id": {"C1"}, "channel_name": {"general"},
		"user_id": {"U1"}, "user_name": {"ann"}, "command": {"/echo"}, "text": {"hello there"},
		"response_url": {"https://hooks.slack.test/commands/T0001/1/xyz"}, "trigger_id": {"trig.1"}, "api_app_id": {"A0001"},
	}
	t.Run("empty ack", func(t *testing.T) {
		in := newIngress(t, nil)
		r := in.form("/slack/commands", cmd)
		if r.status != http.StatusOK || r.body != "" {
			t.Fatalf("got %d %q, want an empty 200", r.status, r.body)
		}
		got := in.sink.events()
		if len(got) != 1 {
			t.Fatalf("got %d events", len(got))
		}
		got[0].Time = time.Time{}
		want := abi.Event{ID: "slack:T0001:command:trig.1", Kind: abi.KindCommand, Team: testTeam, Command: "/echo", Text: "hello there",
			User: "U1", Channel: "C1", ResponseURL: "https://hooks.slack.test/commands/T0001/1/xyz", TriggerID: "trig.1"}
		if !reflect.DeepEqual(*got[0], want) {
			t.Fatalf("\n got %+v\nwant %+v", *got[0], want)
		}
	})
	t.Run("ephemeral ack text", func(t *testing.T) {
		in := newIngress(t, func(o *Options) {
			o.CommandAck = func(sc slack.SlashCommand) string { return "working on " + sc.Command }
		})
		r := in.form("/slack/commands", cmd)
		if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
			t.Fatalf("got %d %q", r.status, r.header.Get("Content-Type"))
		}
		var ack map[string]string
		if err := json.Unmarshal([]byte(r.body), &ack); err != nil || ack["response_type"] != "ephemeral" || ack["text"] != "working on /echo" {
			t.Fatalf("ack body %q (%v)", r.body, err)
		}
		if n := len(in.sink.events()); n != 1 {
			t.Fatalf("got %d events", n)
		}
	})
	t.Run("not acked when the sink fails", func(t *testing.T) {
		in := newIngress(t, func(o *Options) { o.CommandAck = func(slack.SlashCommand) string { return "ok" } })
		in.sink.failNext = 1
		if r := in.form("/slack/commands", cmd); r.status != http.StatusInternalServerError {
			t.Fatalf("got %d, want 500", r.status)
		}
	})
}

func TestPanicsAreContained(t *testing.T) {
	in := newIngress(t, func(o *Options) { o.OnUninstall = func(string) { panic("uninstall hook exploded") } })
	in.sink.panicMsg = "sink exploded"
	if r := in.event(callback("EvP", msg("C1", "1700000000.000100", "U1", "hi")), nil); r.status != http.StatusInternalServerError {
		t.Fatalf("sink panic: got %d, want 500", r.status)
	}
	if r := in.event(callback("EvP2", map[string]any{"type": "app_uninstalled"}), nil); r.status != http.StatusInternalServerError {
		t.Fatalf("hook panic: got %d, want 500", r.status)
	}
	if got := in.m.Requests(epEvents, OutcomePanic); got != 2 {
		t.Fatalf("panics counted %v", got)
	}
	// The server is still up and well.
	in.sink.mu.Lock()
	in.sink.panicMsg = ""
	in.sink.mu.Unlock()
	if r := in.event(callback("EvP", msg("C1", "1700000000.000100", "U1", "hi")), nil); r.status != http.StatusOK {
		t.Fatalf("after panics: got %d", r.status)
	}
}

func TestHealthAndReady(t *testing.T) {
	var mu sync.Mutex
	ready := false
	in := newIngress(t, func(o *Options) {
		o.Ready = func() error {
			mu.Lock()
			defer mu.Unlock()
			if !ready {
				return errNotReady
			}
			return nil
		}
	})
	if r := in.get("/healthz"); r.status != http.StatusOK {
		t.Fatalf("healthz: %d", r.status)
	}
	if r := in.get("/readyz"); r.status != http.StatusServiceUnavailable || !strings.Contains(r.body, "skills loading") {
		t.Fatalf("readyz before ready: %d %q", r.status, r.body)
	}
	mu.Lock()
	ready = true
	mu.Unlock()
	if r := in.get("/readyz"); r.status != http.StatusOK {
		t.Fatalf("readyz when ready: %d", r.status)
	}
	// Slack endpoints only take POST.
	if r := in.get("/slack/events"); r.status != http.StatusMethodNotAllowed {
		t.Fatalf("GET /slack/events: %d", r.status)
	}
}

var errNotReady = &readyErr{}

type readyErr struct{}

func (*readyErr) Error() string { return "skills loading" }

func TestNewHandlerNeedsSecretAndSink(t *testing.T) {
	if _, err := NewHandler(newSink(), Options{}); err == nil {
		t.Fatal("no signing secret accepted")
	}
	if _, err := NewHandler(nil, Options{SigningSecret: "s"}); err == nil {
		t.Fatal("nil sink accepted")
	}
}

type nopSink struct{}

func (nopSink) Put(_ context.Context, _ *abi.Event) error { return nil }

// BenchmarkEventsHandler: one signed Events API message through ServeHTTP
// (verification, parsing, filtering, conversion) into a sink that does
// nothing.
func BenchmarkEventsHandler(b *testing.B) {
	h, err := NewHandler(nopSink{}, Options{SigningSecret: testSecret, Self: Identity{UserID: botUser, BotID: botID}})
	if err != nil {
		b.Fatal(err)
	}
	body := callback("EvBench", msg("C1", "1700000000.000100", "U1", "hey <@UBOT> what is the status of the deploy?"))
	now := time.Now().Unix()
	ts, sig := strconv.FormatInt(now, 10), sign(testSecret, now, body)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		req, _ := http.NewRequest(http.MethodPost, "/slack/events", bytes.NewReader(body))
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
		w := &discardWriter{h: http.Header{}}
		h.ServeHTTP(w, req)
		if w.status != 0 && w.status != http.StatusOK {
			b.Fatalf("status %d", w.status)
		}
	}
	b.ReportMetric(float64(len(body)), "body_bytes")
}

type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w *discardWriter) WriteHeader(s int)           { w.status = s }

// TestOversizedEventAckedAndDropped: against a real inbox, a message
// whose record is over abi.MaxEventSize (possible when [bot] max_body is
// raised) is acked with 200, since Slack's retries would carry the same
// bytes, counted as too_large and never stored; a normal event after it
// is stored.
func TestOversizedEventAckedAndDropped(t *testing.T) {
	ib, err := inbox.Open(t.TempDir(), inbox.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ib.Close()
	fc := clock.NewFake(time.Now())
	m := NewMetrics(nil)
	h, err := NewHandler(ib, Options{SigningSecret: testSecret, Self: Identity{UserID: botUser, BotID: botID},
		Clock: fc, Metrics: m, MaxBody: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	in := &ingress{t: t, h: h, srv: srv, clock: fc, m: m}

	big := callback("EvBig", msg("C1", "1700000000.000100", "U1", strings.Repeat("x", abi.MaxEventSize)))
	if r := in.event(big, nil); r.status != http.StatusOK {
		t.Fatalf("oversized event: status %d, want 200", r.status)
	}
	if n := m.Requests(epEvents, OutcomeTooLarge); n != 1 {
		t.Errorf("too_large outcomes %v, want 1", n)
	}
	if r := in.event(callback("EvSmall", msg("C1", "1700000000.000200", "U1", "hi")), nil); r.status != http.StatusOK {
		t.Fatalf("small event: status %d", r.status)
	}
	if got := ib.Pending(); got != 1 {
		t.Errorf("%d events stored, want 1 (only the small one)", got)
	}
}

// Issue 9 §6: a signed body that is not an envelope, and a
// url_verification without a challenge, are malformed, not acked.
func TestSignedNonObjectAndEmptyChallengeRefused(t *testing.T) {
	in := newIngress(t, nil)
	for _, body := range []string{`null`, ` null `, `[]`, `"x"`, `42`, `{"type":"url_verification"}`, `{"type":"url_verification","challenge":""}`} {
		r := in.event([]byte(body), nil)
		if r.status != http.StatusBadRequest {
			t.Errorf("signed %s: got %d %q, want 400", body, r.status, r.body)
		}
	}
	if n := in.sink.putCalls(); n != 0 {
		t.Fatalf("malformed bodies reached the sink (%d puts)", n)
	}
}
