package outbox

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// TestDeliverOps: every op reaches Slack with the right method and
// fields, and references resolve to the ts Slack assigned.
func TestDeliverOps(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	ob := openOutbox(t, "", testOptions(fs, nil))
	ob.Start(ctx)

	blocks := mustJSON([]map[string]any{{"type": "section", "block_id": "b1",
		"text": map[string]any{"type": "mrkdwn", "text": "*hi*"}, "x_unknown_field": 7}})
	top := wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev1", Seq: 1,
		Msg: abi.Message{Channel: "C1", Text: "hello", Blocks: blocks}}
	ref := send(t, ob, top)
	if !strings.HasPrefix(ref, RefPrefix) {
		t.Fatalf("post returned %q, want a %s reference", ref, RefPrefix)
	}
	inThread := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev1", Seq: 2,
		Msg: abi.Message{Channel: "C1", Text: "in thread", ThreadTS: ref}})
	realThread := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev1", Seq: 3,
		Msg: abi.Message{Channel: "C1", Text: "under a user message", ThreadTS: "1600000000.000100"}})
	upd, err := ob.Send(ctx, wasmrt.Send{Skill: "s", Op: wasmrt.OpUpdate, Team: team1, EventID: "Ev1", Seq: 4,
		Msg: abi.Message{Channel: "C1", Text: "edited", TS: ref}})
	if err != nil || upd != ref {
		t.Fatalf("update answered (%q, %v), want (%q, nil)", upd, err, ref)
	}
	eph := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev1", Seq: 5,
		Msg: abi.Message{Channel: "C1", Text: "only you", EphemeralUser: "U9", ThreadTS: ref}})

	posts, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 3)
	if err != nil {
		t.Fatal(err)
	}
	updates, err := fs.WaitCalls(ctx, fakeslack.MethodUpdate, 1)
	if err != nil {
		t.Fatal(err)
	}
	ephs, err := fs.WaitCalls(ctx, fakeslack.MethodPostEphemeral, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(posts); !slices.Equal(got, []string{"hello", "in thread", "under a user message"}) {
		t.Fatalf("posts in order %q", got)
	}
	p0 := posts[0]
	if p0.Team != team1 || p0.Channel != "C1" || p0.ThreadTS != "" {
		t.Errorf("first post %+v", p0)
	}
	if !strings.Contains(string(p0.Blocks), `"x_unknown_field":7`) || !strings.Contains(string(p0.Blocks), `"block_id":"b1"`) {
		t.Errorf("blocks not passed through untouched: %s", p0.Blocks)
	}
	if posts[1].ThreadTS != p0.TS {
		t.Errorf("reply threaded under %q, want the first post's ts %q", posts[1].ThreadTS, p0.TS)
	}
	if posts[2].ThreadTS != "1600000000.000100" {
		t.Errorf("a real thread_ts was changed to %q", posts[2].ThreadTS)
	}
	u := updates[0]
	if u.TS != p0.TS || u.Text != "edited" || u.Channel != "C1" {
		t.Errorf("update %+v, want ts %s text edited", u, p0.TS)
	}
	if string(u.Blocks) != "[]" {
		t.Errorf("update without blocks sent blocks %q, want [] (replace the old ones)", u.Blocks)
	}
	e := ephs[0]
	if e.User != "U9" || e.Text != "only you" || e.ThreadTS != p0.TS {
		t.Errorf("ephemeral %+v", e)
	}

	for ref, want := range map[string]string{ref: p0.TS, inThread: posts[1].TS, realThread: posts[2].TS, eph: ""} {
		waitResolved(t, ob, ref, want)
	}
	if got := value(ob.metrics.sent.WithLabelValues("chat.postMessage")); got != 3 {
		t.Errorf("sent{chat.postMessage} = %v, want 3", got)
	}
	// The token went only where it belongs, and the metrics saw everything.
	for _, c := range fs.Calls("") {
		if c.Token != token1 {
			t.Errorf("%s call used token %q", c.Method, c.Token)
		}
	}
	if got := value(ob.metrics.pending); got != 0 {
		t.Errorf("pending gauge %v after delivery", got)
	}
}

// waitResolved waits until ref resolves to want.
func waitResolved(t *testing.T, ob *Outbox, ref, want string) {
	t.Helper()
	waitPending(t, ob)
	got, err := ob.Resolve(context.Background(), ref)
	if err != nil || got != want {
		t.Fatalf("Resolve(%s) = (%q, %v), want %q", ref, got, err, want)
	}
}

// TestDedup: a handler re-run produces the same (Skill, EventID, Seq) keys,
// and those sends are dropped with the first answer.
func TestDedup(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	ob := openOutbox(t, "", testOptions(fs, nil))

	mk := func(skill, ev string, seq int, text string) wasmrt.Send {
		s := post(team1, "C1", text)
		s.Skill, s.EventID, s.Seq = skill, ev, seq
		return s
	}
	first := []string{
		send(t, ob, mk("a", "Ev1", 1, "one")),
		send(t, ob, mk("a", "Ev1", 2, "two")),
		send(t, ob, mk("b", "Ev1", 1, "other skill")),
		send(t, ob, mk("a", "Ev2", 1, "other event")),
	}
	if distinct := slices.Compact(slices.Sorted(slices.Values(first))); len(distinct) != len(first) {
		t.Fatalf("distinct keys got refs %q", first)
	}
	// The re-run, before and after delivery.
	rerun := func() {
		t.Helper()
		for i, s := range []wasmrt.Send{mk("a", "Ev1", 1, "one"), mk("a", "Ev1", 2, "two"), mk("b", "Ev1", 1, "other skill"), mk("a", "Ev2", 1, "other event")} {
			if got := send(t, ob, s); got != first[i] {
				t.Errorf("re-sent key %d got %q, want %q", i, got, first[i])
			}
		}
	}
	rerun()
	// No EventID: never deduplicated.
	n1 := send(t, ob, post(team1, "C1", "no event"))
	n2 := send(t, ob, post(team1, "C1", "no event"))
	if n1 == n2 {
		t.Fatalf("sends without EventID were merged: %q", n1)
	}
	ob.Start(ctx)
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 6); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob)
	rerun()
	if err := ob.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// Each skill's messages in order, skills interleaved fairly in the
	// channel (a: one, two, other event; b: other skill; "": no event x2).
	if got := texts(fs.Calls(fakeslack.MethodPostMessage)); !slices.Equal(got, []string{"one", "other skill", "no event", "two", "no event", "other event"}) {
		t.Fatalf("delivered %q", got)
	}
	if got := value(ob.metrics.deduped); got != 8 {
		t.Errorf("deduplicated counter %v, want 8", got)
	}
}

// TestSendValidation: what Slack would refuse is refused at Send.
func TestSendValidation(t *testing.T) {
	ob := openOutbox(t, "", testOptions(nil, nil))
	ok := post(team1, "C1", "x")
	cases := []struct {
		name string
		edit func(*wasmrt.Send)
	}{
		{"no channel", func(s *wasmrt.Send) { s.Msg.Channel = "" }},
		{"no text or blocks", func(s *wasmrt.Send) { s.Msg.Text = "" }},
		{"blocks not an array", func(s *wasmrt.Send) { s.Msg.Blocks = []byte(`{"type":"section"}`) }},
		{"blocks not JSON", func(s *wasmrt.Send) { s.Msg.Blocks = []byte(`[{`) }},
		{"update without ts", func(s *wasmrt.Send) { s.Op = wasmrt.OpUpdate }},
		{"ephemeral update", func(s *wasmrt.Send) { s.Op, s.Msg.TS, s.Msg.EphemeralUser = wasmrt.OpUpdate, "1.2", "U1" }},
		{"unknown op", func(s *wasmrt.Send) { s.Op = 7 }},
		{"malformed ref", func(s *wasmrt.Send) { s.Msg.ThreadTS = "bothost:x" }},
		{"ref never issued", func(s *wasmrt.Send) { s.Msg.ThreadTS = "bothost:999" }},
		{"update of a ref never issued", func(s *wasmrt.Send) { s.Op, s.Msg.TS = wasmrt.OpUpdate, "bothost:999" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := ok
			c.edit(&s)
			if _, err := ob.Send(context.Background(), s); !errors.Is(err, ErrInvalid) {
				t.Fatalf("Send = %v, want ErrInvalid", err)
			}
		})
	}
	if _, err := ob.Send(context.Background(), ok); err != nil {
		t.Fatalf("valid send refused: %v", err)
	}
	_ = ob.Close()
	if _, err := ob.Send(context.Background(), ok); !errors.Is(err, ErrClosed) {
		t.Fatalf("Send after Close = %v, want ErrClosed", err)
	}
}

// TestCrashRestart: what was flushed before a crash is delivered after
// restart, exactly once and in order; what was delivered before the crash
// is not delivered again; dedup and refs survive.
func TestCrashRestart(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	path := filepath.Join(t.TempDir(), "outbox.db")
	opt := testOptions(fs, nil)

	ob := openOutbox(t, path, opt)
	runCtx, stopDelivery := context.WithCancel(ctx)
	ob.Start(runCtx)
	delivered := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev0", Seq: 1,
		Msg: abi.Message{Channel: "C1", Text: "before"}})
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob)
	if err := ob.Flush(ctx); err != nil { // the outcome is durable too
		t.Fatal(err)
	}
	stopDelivery()

	// Accepted while delivery is stopped (think: Slack unreachable), then
	// flushed as the inbox does after each event.
	var refs []string
	for i, ch := range []string{"C1", "C2", "C1", "C2", "C1"} {
		refs = append(refs, send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev1", Seq: i + 1,
			Msg: abi.Message{Channel: ch, Text: ch + "-" + string(rune('a'+i))}}))
	}
	upd := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpUpdate, Team: team1, EventID: "Ev1", Seq: 6,
		Msg: abi.Message{Channel: "C1", Text: "before, edited", TS: delivered}})
	if upd != delivered {
		t.Fatalf("update answered %q", upd)
	}
	if err := ob.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	ob.crash()
	if n := fs.Count(fakeslack.MethodPostMessage); n != 1 {
		t.Fatalf("%d posts before restart, want 1", n)
	}

	ob2 := openOutbox(t, path, opt)
	if got := value(ob2.metrics.pending); got != 6 {
		t.Fatalf("reopened with %v pending, want 6", got)
	}
	// The handler of Ev1 runs again after the crash: same keys, same refs.
	for i, ch := range []string{"C1", "C2", "C1", "C2", "C1"} {
		got := send(t, ob2, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, EventID: "Ev1", Seq: i + 1,
			Msg: abi.Message{Channel: ch, Text: "re-run"}})
		if got != refs[i] {
			t.Fatalf("re-run send %d got %q, want %q", i+1, got, refs[i])
		}
	}
	// A new message gets a new number, not a reused one.
	fresh := send(t, ob2, post(team1, "C3", "fresh"))
	if slices.Contains(refs, fresh) || fresh == delivered {
		t.Fatalf("reference %q reused after restart", fresh)
	}
	ob2.Start(ctx)
	posts, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 7)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodUpdate, 1); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob2)
	perChannel := map[string][]string{}
	for _, c := range posts {
		perChannel[c.Channel] = append(perChannel[c.Channel], c.Text)
	}
	want := map[string][]string{"C1": {"before", "C1-a", "C1-c", "C1-e"}, "C2": {"C2-b", "C2-d"}, "C3": {"fresh"}}
	for ch, w := range want {
		if !slices.Equal(perChannel[ch], w) {
			t.Errorf("channel %s got %q, want %q", ch, perChannel[ch], w)
		}
	}
	if len(posts) != 7 {
		t.Errorf("%d posts in all, want 7 (nothing twice)", len(posts))
	}
	// The ref issued before the crash still resolves, for the update too.
	if u := fs.Calls(fakeslack.MethodUpdate)[0]; u.TS != posts[0].TS {
		t.Errorf("update after restart targeted %q, want %q", u.TS, posts[0].TS)
	}
	if ts, err := ob2.Resolve(ctx, delivered); err != nil || ts != posts[0].TS {
		t.Errorf("Resolve(%s) after restart = (%q, %v)", delivered, ts, err)
	}
}

// TestCloseThenReopen: Close makes accepted messages durable even without
// Flush, and Open delivers them in order.
func TestCloseThenReopen(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	path := filepath.Join(t.TempDir(), "outbox.db")
	opt := testOptions(fs, nil)
	ob, err := Open(path, testTokens, opt)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range 50 {
		txt := "m" + string(rune('A'+i%26)) + string(rune('a'+i/26))
		want = append(want, txt)
		send(t, ob, post(team1, "C1", txt))
	}
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ob.Flush(ctx); err != nil {
		t.Fatalf("Flush after Close with everything committed: %v", err)
	}
	ob2 := openOutbox(t, path, opt)
	ob2.Start(ctx)
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 50)
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(calls); !slices.Equal(got, want) {
		t.Fatalf("order after reopen %q", got)
	}
}

// TestOpenLocked: a second process cannot open the same file.
func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	openOutbox(t, path, testOptions(nil, nil))
	if _, err := Open(path, testTokens, testOptions(nil, nil)); err == nil {
		t.Fatal("second Open of a locked file succeeded")
	}
}
