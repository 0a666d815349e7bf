package fakeslack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

func metaOpt(ref string) slack.MsgOption {
	return slack.MsgOptionMetadata(slack.SlackMetadata{EventType: "test_msg", EventPayload: map[string]any{"ref": ref}})
}

// refOf is the metadata ref of a message as slack-go parsed it.
func refOf(m slack.Message) string {
	r, _ := m.Metadata.EventPayload["ref"].(string)
	return r
}

// historyAll pages through conversations.history and returns the texts in
// the order served, with the number of calls it took.
func historyAll(ctx context.Context, t *testing.T, api *slack.Client, p slack.GetConversationHistoryParameters) ([]slack.Message, int) {
	t.Helper()
	var out []slack.Message
	for calls := 1; ; calls++ {
		resp, err := api.GetConversationHistoryContext(ctx, &p)
		if err != nil {
			t.Fatalf("conversations.history: %v", err)
		}
		out = append(out, resp.Messages...)
		if !resp.HasMore {
			if resp.ResponseMetaData.NextCursor != "" {
				t.Fatalf("has_more false with a next_cursor %q", resp.ResponseMetaData.NextCursor)
			}
			return out, calls
		}
		if resp.ResponseMetaData.NextCursor == "" {
			t.Fatal("has_more without a next_cursor")
		}
		p.Cursor = resp.ResponseMetaData.NextCursor
	}
}

func msgTexts(ms []slack.Message) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text
	}
	return out
}

// TestHistory: conversations.history answers like Slack through slack-go:
// top-level messages newest first, thread replies left out, metadata only
// with include_all_metadata, oldest/latest exclusive unless inclusive,
// paging with limit and cursor, updates and deletes applied, channels and
// teams kept apart.
func TestHistory(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	var ts []string
	for i := range 5 {
		_, x, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText(fmt.Sprint("m", i), false), metaOpt(fmt.Sprint("r", i)))
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, x)
	}
	// A reply in a thread, a message without metadata, other channels and teams.
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("reply", false), slack.MsgOptionTS(ts[0]), metaOpt("rr")); err != nil {
		t.Fatal(err)
	}
	_, plain, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("plain", false))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.PostMessageContext(ctx, "C2", slack.MsgOptionText("elsewhere", false), metaOpt("x")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := client(s, team2.BotToken).PostMessageContext(ctx, "C1", slack.MsgOptionText("other team", false), metaOpt("y")); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts[1], slack.MsgOptionText("m1 edited", false)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.DeleteMessageContext(ctx, "C1", ts[3]); err != nil {
		t.Fatal(err)
	}

	all, calls := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1", IncludeAllMetadata: true})
	if want := []string{"plain", "m4", "m2", "m1 edited", "m0"}; !slices.Equal(msgTexts(all), want) || calls != 1 {
		t.Fatalf("history %q in %d calls, want %q in 1", msgTexts(all), calls, want)
	}
	m0 := all[4]
	if refOf(m0) != "r0" || m0.Metadata.EventType != "test_msg" || m0.Timestamp != ts[0] || m0.BotID != team1.BotID || m0.User != team1.BotUserID {
		t.Errorf("m0 as served: %+v", m0.Msg)
	}
	if all[0].Timestamp != plain || all[0].Metadata.EventType != "" {
		t.Errorf("message without metadata served as %+v", all[0].Msg)
	}

	noMeta, _ := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1"})
	for _, m := range noMeta {
		if m.Metadata.EventType != "" || m.Metadata.EventPayload != nil {
			t.Errorf("metadata served without include_all_metadata: %+v", m.Metadata)
		}
	}

	cases := []struct {
		name string
		p    slack.GetConversationHistoryParameters
		want []string
	}{
		{"oldest exclusive", slack.GetConversationHistoryParameters{Oldest: ts[2]}, []string{"plain", "m4"}},
		{"oldest inclusive", slack.GetConversationHistoryParameters{Oldest: ts[2], Inclusive: true}, []string{"plain", "m4", "m2"}},
		{"latest exclusive", slack.GetConversationHistoryParameters{Latest: ts[2]}, []string{"m1 edited", "m0"}},
		{"both inclusive", slack.GetConversationHistoryParameters{Oldest: ts[1], Latest: ts[4], Inclusive: true}, []string{"m4", "m2", "m1 edited"}},
		{"whole seconds", slack.GetConversationHistoryParameters{Oldest: "1700000000", Latest: "1700000001"}, []string{"plain", "m4", "m2", "m1 edited", "m0"}},
		{"before everything", slack.GetConversationHistoryParameters{Latest: "1600000000.000000"}, nil},
		{"paged by 2", slack.GetConversationHistoryParameters{Limit: 2}, []string{"plain", "m4", "m2", "m1 edited", "m0"}},
		{"paged by 1 within bounds", slack.GetConversationHistoryParameters{Limit: 1, Oldest: ts[0], Latest: plain}, []string{"m4", "m2", "m1 edited"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.p.ChannelID = "C1"
			got, calls := historyAll(ctx, t, api, c.p)
			if !slices.Equal(msgTexts(got), c.want) {
				t.Fatalf("got %q, want %q", msgTexts(got), c.want)
			}
			if c.p.Limit > 0 {
				if want := max(1, (len(c.want)+c.p.Limit-1)/c.p.Limit); calls < want {
					t.Fatalf("%d calls for %d messages by %d", calls, len(c.want), c.p.Limit)
				}
			}
		})
	}

	// Errors as Slack gives them.
	if _, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1", Cursor: "bogus!"}); slackErr(err) != "invalid_cursor" {
		t.Errorf("bad cursor: %v", err)
	}
	if _, err := client(s, "xoxb-nobody").GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1"}); slackErr(err) != "invalid_auth" {
		t.Errorf("bad token: %v", err)
	}
	if got := s.Count(MethodHistory); got < int64(len(cases)+2) {
		t.Errorf("Count(%s) = %d", MethodHistory, got)
	}
	// The raw answer carries Slack's fields.
	raw := postForm(t, s.APIURL()+"conversations.history", url.Values{"token": {team1.BotToken}, "channel": {"C1"}, "limit": {"1"}})
	for _, k := range []string{"ok", "messages", "has_more", "pin_count", "response_metadata"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("answer lacks %q: %v", k, raw)
		}
	}
}

// TestReplies: conversations.replies serves the parent first, then the
// replies oldest first, with metadata, bounds and paging; an unknown
// thread is thread_not_found.
func TestReplies(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	_, parent, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("parent", false), metaOpt("p"))
	if err != nil {
		t.Fatal(err)
	}
	var replies []string
	for i := range 4 {
		_, x, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText(fmt.Sprint("r", i), false), slack.MsgOptionTS(parent), metaOpt(fmt.Sprint("ref", i)))
		if err != nil {
			t.Fatal(err)
		}
		replies = append(replies, x)
	}
	// Another thread and a reply under a user message the fake never saw.
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("other", false), slack.MsgOptionTS("1600000000.000100")); err != nil {
		t.Fatal(err)
	}

	all := func(p slack.GetConversationRepliesParameters) []slack.Message {
		t.Helper()
		var out []slack.Message
		for {
			msgs, more, next, err := api.GetConversationRepliesContext(ctx, &p)
			if err != nil {
				t.Fatalf("conversations.replies: %v", err)
			}
			out = append(out, msgs...)
			if !more {
				return out
			}
			p.Cursor = next
		}
	}
	got := all(slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: parent, IncludeAllMetadata: true})
	if want := []string{"parent", "r0", "r1", "r2", "r3"}; !slices.Equal(msgTexts(got), want) {
		t.Fatalf("replies %q, want %q", msgTexts(got), want)
	}
	for i, m := range got[1:] {
		if m.ThreadTimestamp != parent || m.Timestamp != replies[i] || refOf(m) != fmt.Sprint("ref", i) {
			t.Errorf("reply %d served as %+v", i, m.Msg)
		}
	}
	if got := all(slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: parent, Limit: 2}); len(got) != 5 {
		t.Errorf("paged by 2: %q", msgTexts(got))
	}
	if got := all(slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: parent, Oldest: replies[1]}); !slices.Equal(msgTexts(got), []string{"parent", "r2", "r3"}) {
		t.Errorf("oldest: %q", msgTexts(got))
	}
	if got := all(slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: "1600000000.000100"}); !slices.Equal(msgTexts(got), []string{"other"}) {
		t.Errorf("thread under an unknown parent: %q", msgTexts(got))
	}
	if _, _, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: "1600000000.000999"}); slackErr(err) != "thread_not_found" {
		t.Errorf("unknown thread: %v", err)
	}
	// The history of the channel shows the parent, not the replies.
	hist, _ := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1"})
	if !slices.Equal(msgTexts(hist), []string{"parent"}) {
		t.Errorf("history %q", msgTexts(hist))
	}
}

// TestHistoryRecordOff: with recording off only messages carrying metadata
// are kept (cheap), and they are served; with recording on every message
// is, and the metadata is recorded in the Call.
func TestHistoryRecordOff(t *testing.T) {
	for _, record := range []bool{false, true} {
		t.Run(fmt.Sprint("record=", record), func(t *testing.T) {
			s := newServer(t, WithRecord(record))
			ctx := testCtx(t)
			api := client(s, team1.BotToken)
			if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("tagged", false), metaOpt("r1")); err != nil {
				t.Fatal(err)
			}
			if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("untagged", false)); err != nil {
				t.Fatal(err)
			}
			got, _ := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1", IncludeAllMetadata: true})
			want := []string{"tagged"}
			if record {
				want = []string{"untagged", "tagged"}
			}
			if !slices.Equal(msgTexts(got), want) {
				t.Fatalf("history %q, want %q", msgTexts(got), want)
			}
			if record {
				c := s.Calls(MethodPostMessage)[0]
				var m slack.SlackMetadata
				if err := json.Unmarshal(c.Metadata, &m); err != nil || m.EventType != "test_msg" || m.EventPayload["ref"] != "r1" {
					t.Errorf("recorded metadata %s (%v)", c.Metadata, err)
				}
			}
		})
	}
}

// TestHistorySize: only the newest messages of a channel are kept.
func TestHistorySize(t *testing.T) {
	s := newServer(t, WithHistorySize(3))
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	for i := range 10 {
		if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText(fmt.Sprint(i), false), metaOpt("r")); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1"})
	if len(got) < 3 || len(got) > 6 || !slices.Equal(msgTexts(got)[:3], []string{"9", "8", "7"}) {
		t.Fatalf("kept %q, want the newest 3 (and at most 6)", msgTexts(got))
	}
}

// TestMetadataValidation: metadata without an event_type or with a payload
// that is not an object is refused, as Slack does.
func TestMetadataValidation(t *testing.T) {
	s := newServer(t)
	for _, bad := range []string{`{`, `{"event_payload":{}}`, `{"event_type":"x","event_payload":"s"}`, `[]`} {
		resp := postForm(t, s.APIURL()+"chat.postMessage", url.Values{"token": {team1.BotToken}, "channel": {"C1"}, "text": {"x"}, "metadata": {bad}})
		if resp["error"] != "invalid_metadata_format" {
			t.Errorf("metadata %s answered %v", bad, resp)
		}
	}
	resp := postForm(t, s.APIURL()+"chat.postMessage", url.Values{"token": {team1.BotToken}, "channel": {"C1"}, "text": {"x"},
		"metadata": {`{"event_type":"x","event_payload":{"a":1}}`}})
	if resp["ok"] != true {
		t.Errorf("valid metadata answered %v", resp)
	}
}

// TestHistoryFaults: faults apply to the history methods, per channel.
func TestHistoryFaults(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	s.Inject(MethodHistory, Fault{Error: "missing_scope", Channel: "CPRIV"})
	s.Inject(MethodReplies, Fault{Status: 500, Times: 1})
	if _, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "CPRIV"}); slackErr(err) != "missing_scope" {
		t.Errorf("history on CPRIV: %v", err)
	}
	if _, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1"}); err != nil {
		t.Errorf("history on C1: %v", err)
	}
	_, _, _, err := api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{ChannelID: "C1", Timestamp: "1700000000.000001"})
	if err == nil || !strings.Contains(err.Error(), "500") {
		t.Errorf("replies with a 500 fault: %v", err)
	}
	if got := s.AttemptCount(MethodHistory); got != 2 {
		t.Errorf("AttemptCount(history) = %d", got)
	}
}

// TestTSClock: with WithTSClock a ts is the clock's time, unique and
// increasing even when the clock stands still.
func TestTSClock(t *testing.T) {
	at := time.Unix(1_760_000_000, 123456000)
	s := newServer(t, WithTSClock(func() time.Time { return at }))
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	var got []string
	for range 3 {
		_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ts)
	}
	if want := []string{"1760000000.123456", "1760000000.123457", "1760000000.123458"}; !slices.Equal(got, want) {
		t.Fatalf("ts %q, want %q", got, want)
	}
	// Updates and history work on such ts.
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", got[1], slack.MsgOptionText("y", false)); err != nil {
		t.Fatal(err)
	}
	hist, _ := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1", Oldest: "1760000000.123456"})
	if !slices.Equal(msgTexts(hist), []string{"x", "y"}) {
		t.Fatalf("history %q", msgTexts(hist))
	}
}

// TestDropAnswer: the request is carried out but its answer never
// arrives; the message is there for conversations.history to show.
func TestDropAnswer(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	api := client(s, team1.BotToken)
	s.Inject(MethodPostMessage, Fault{DropAnswer: true, Times: 1})
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("lost answer", false), metaOpt("r1")); err == nil {
		t.Fatal("post with a dropped answer reported success")
	}
	if s.Count(MethodPostMessage) != 1 || len(s.Calls(MethodPostMessage)) != 1 {
		t.Fatalf("the post was not carried out: count %d", s.Count(MethodPostMessage))
	}
	hist, _ := historyAll(ctx, t, api, slack.GetConversationHistoryParameters{ChannelID: "C1", IncludeAllMetadata: true})
	if len(hist) != 1 || refOf(hist[0]) != "r1" || hist[0].Timestamp != s.Calls(MethodPostMessage)[0].TS {
		t.Fatalf("history %+v", hist)
	}
	// The next call is answered normally.
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("fine", false)); err != nil {
		t.Fatal(err)
	}
}
