package outbox

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// newTimedFake is a fake Slack whose ts follow the real clock, as Slack's
// do, so that the outbox's history windows (taken from its own clock)
// find the messages.
func newTimedFake(t testing.TB, opts ...fakeslack.Option) *fakeslack.Server {
	return newFake(t, append([]fakeslack.Option{fakeslack.WithTSClock(time.Now)}, opts...)...)
}

// postsByText counts the chat.postMessage calls the fake carried out, by
// text.
func postsByText(fs *fakeslack.Server) map[string]int {
	m := map[string]int{}
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		m[c.Text]++
	}
	return m
}

// waitDied waits for a dieAt hook to fire.
func waitDied(t *testing.T, ctx context.Context, died <-chan struct{}) {
	t.Helper()
	select {
	case <-died:
	case <-ctx.Done():
		t.Fatal("the hook never fired")
	}
}

// metaRef parses the outbox metadata of a recorded call.
func metaRef(t *testing.T, c fakeslack.Call) (eventType, ref, instance string) {
	t.Helper()
	var m slack.SlackMetadata
	if err := json.Unmarshal(c.Metadata, &m); err != nil {
		t.Fatalf("metadata %q of %q: %v", c.Metadata, c.Text, err)
	}
	ref, _ = m.EventPayload["ref"].(string)
	instance, _ = m.EventPayload["outbox"].(string)
	return m.EventType, ref, instance
}

// TestCrashWindow is the duplicate the in-doubt marks exist for. Three
// messages of a channel are marked in one commit; the host dies either
// right after Slack accepted the first post (before anything of that was
// recorded) or right before the first post was made. After restart one
// conversations.history look-up settles all three: a post Slack has is not
// made again and its reference resolves to Slack's ts (an update of it
// targets that message); posts Slack never got are made, once.
func TestCrashWindow(t *testing.T) {
	cases := []struct {
		name      string
		after     bool // die after the call (Slack has m1) or before it
		postsDead int  // posts carried out before the crash
		found     float64
	}{
		{"Slack accepted, not recorded", true, 1, 1},
		{"marked, never sent", false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newTimedFake(t)
			path := filepath.Join(t.TempDir(), "outbox.db")
			opt := testOptions(fs, nil)
			ob := openOutbox(t, path, opt)
			var refs []string
			for i, txt := range []string{"m1", "m2", "m3"} {
				s := post(team1, "C1", txt)
				s.EventID, s.Seq = "Ev1", i+1
				refs = append(refs, send(t, ob, s))
			}
			if err := ob.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			ob.waitQueued(t, 3) // all three at Start: marked together
			died := ob.dieAt("m1", c.after)
			ob.Start(ctx)
			waitDied(t, ctx, died)
			ob.crash()
			if got := fs.Count(fakeslack.MethodPostMessage); got != int64(c.postsDead) {
				t.Fatalf("%d posts before the crash, want %d", got, c.postsDead)
			}

			logs := &testlog.Buffer{}
			opt2 := testOptions(fs, logs)
			ob2 := openOutbox(t, path, opt2)
			if got := value(ob2.metrics.pending); got != 3 {
				t.Fatalf("reopened with %v pending, want 3", got)
			}
			// The handler re-run after the crash changes nothing.
			for i, txt := range []string{"m1", "m2", "m3"} {
				s := post(team1, "C1", txt)
				s.EventID, s.Seq = "Ev1", i+1
				if got := send(t, ob2, s); got != refs[i] {
					t.Fatalf("re-run got %q, want %q", got, refs[i])
				}
			}
			upd := send(t, ob2, wasmrt.Send{Skill: "s", Op: wasmrt.OpUpdate, Team: team1,
				Msg: abi.Message{Channel: "C1", Text: "m1 edited", TS: refs[0]}})
			ob2.Start(ctx)
			if _, err := fs.WaitCalls(ctx, fakeslack.MethodUpdate, 1); err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob2)

			posts := fs.Calls(fakeslack.MethodPostMessage)
			if got := texts(posts); !slices.Equal(got, []string{"m1", "m2", "m3"}) {
				t.Fatalf("Slack got %q, want each message once, in order", got)
			}
			if n := fs.AttemptCount(fakeslack.MethodHistory); n != 1 {
				t.Errorf("%d conversations.history calls, want 1 for the three messages in doubt", n)
			}
			for i, p := range posts {
				ts, err := ob2.Resolve(ctx, refs[i])
				if err != nil || ts != p.TS {
					t.Errorf("Resolve(%s) = (%q, %v), want %q", refs[i], ts, err, p.TS)
				}
				et, ref, inst := metaRef(t, p)
				if et != MetadataEventType || ref != refs[i] || inst == "" || inst != ob2.instance {
					t.Errorf("post %q carried metadata (%q, %q, %q), want (%q, %q, %q)", p.Text, et, ref, inst, MetadataEventType, refs[i], ob2.instance)
				}
			}
			if u := fs.Calls(fakeslack.MethodUpdate)[0]; u.TS != posts[0].TS || upd != refs[0] {
				t.Errorf("update targeted %q, want the original post %q", u.TS, posts[0].TS)
			}
			if m, ok := fs.Message("C1", posts[0].TS); !ok || m.Text != "m1 edited" {
				t.Errorf("original post now %+v", m)
			}
			if got := value(ob2.metrics.reconciled.WithLabelValues("found")); got != c.found {
				t.Errorf("reconciled{found} = %v, want %v", got, c.found)
			}
			if got := value(ob2.metrics.reconciled.WithLabelValues("not_found")); got != 3-c.found {
				t.Errorf("reconciled{not_found} = %v, want %v", got, 3-c.found)
			}
			if strings.Contains(logs.String(), "level=WARN") {
				t.Errorf("warnings:\n%s", logs.String())
			}
			// A restart after all this finds nothing in doubt.
			_ = ob2.Close()
			ob3 := openOutbox(t, path, opt)
			ob3.Start(ctx)
			if got := value(ob3.metrics.pending); got != 0 {
				t.Errorf("%v pending after a clean restart", got)
			}
			if ts, err := ob3.Resolve(ctx, refs[0]); err != nil || ts != posts[0].TS {
				t.Errorf("Resolve after another restart = (%q, %v)", ts, err)
			}
		})
	}
}

// TestReconcileFailsFallsBack: when the history cannot be read, the
// messages in doubt are posted again (at-least-once) and one warning per
// channel says why.
func TestReconcileFailsFallsBack(t *testing.T) {
	cases := []struct {
		name   string
		fault  fakeslack.Fault
		reason string
		blind  string // reconcile_blind reason label
	}{
		{"missing scope", fakeslack.Fault{Error: "missing_scope"}, "missing_scope", "missing_scope"},
		{"not in channel", fakeslack.Fault{Error: "not_in_channel"}, "not_in_channel", "channel_gone"},
		// Transient failures are looked up again until the retry window
		// (short here) is over, and only then posted blind.
		{"server error throughout", fakeslack.Fault{Status: 500}, "500", "window"},
		{"rate limited throughout", fakeslack.Fault{Status: 429, RetryAfter: -1}, "retry window", "window"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newTimedFake(t)
			path := filepath.Join(t.TempDir(), "outbox.db")
			opt := testOptions(fs, nil)
			opt.DefaultRetryAfter = 10 * time.Millisecond
			ob := openOutbox(t, path, opt)
			for _, txt := range []string{"m1", "m2", "m3"} {
				send(t, ob, post(team1, "C1", txt))
			}
			if err := ob.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			ob.waitQueued(t, 3) // all three at Start: marked together
			died := ob.dieAt("m1", true)
			ob.Start(ctx)
			waitDied(t, ctx, died)
			ob.crash()

			fs.Inject(fakeslack.MethodHistory, c.fault)
			logs := &testlog.Buffer{}
			opt2 := testOptions(fs, logs)
			opt2.DefaultRetryAfter = 10 * time.Millisecond
			opt2.RetryWindow = 300 * time.Millisecond
			ob2 := openOutbox(t, path, opt2)
			ob2.Start(ctx)
			if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 4); err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob2)
			if got := postsByText(fs); got["m1"] != 2 || got["m2"] != 1 || got["m3"] != 1 {
				t.Fatalf("posts %v, want m1 twice (at-least-once), m2 and m3 once", got)
			}
			out := logs.String()
			if n := strings.Count(out, "cannot check whether messages in doubt"); n != 1 {
				t.Errorf("%d warnings, want 1 for the channel:\n%s", n, out)
			}
			if !strings.Contains(out, "level=WARN") || !strings.Contains(out, "channel=C1") || !strings.Contains(out, c.reason) {
				t.Errorf("warning lacks level, channel or reason %q:\n%s", c.reason, out)
			}
			if strings.Contains(out, token1) {
				t.Errorf("token in the log:\n%s", out)
			}
			if got := value(ob2.metrics.reconciled.WithLabelValues("failed")); got != 3 {
				t.Errorf("reconciled{failed} = %v, want 3", got)
			}
			if got := value(ob2.metrics.reconcileBlind.WithLabelValues(c.blind)); got != 3 {
				t.Errorf("reconcile_blind{%s} = %v, want 3", c.blind, got)
			}
		})
	}
}

// TestReconcileRateLimitedThenFound: a 429 on the look-up waits and looks
// again rather than posting blind.
func TestReconcileRateLimitedThenFound(t *testing.T) {
	ctx := ctxT(t)
	fs := newTimedFake(t)
	path := filepath.Join(t.TempDir(), "outbox.db")
	opt := testOptions(fs, nil)
	ob := openOutbox(t, path, opt)
	ref := send(t, ob, post(team1, "C1", "m1"))
	died := ob.dieAt("m1", true)
	ob.Start(ctx)
	waitDied(t, ctx, died)
	ob.crash()

	fs.Inject(fakeslack.MethodHistory, fakeslack.Fault{Status: 429, RetryAfter: time.Second, Times: 1})
	ob2 := openOutbox(t, path, opt)
	ob2.Start(ctx)
	waitPending(t, ob2)
	posts := fs.Calls(fakeslack.MethodPostMessage)
	if len(posts) != 1 {
		t.Fatalf("%d posts, want 1", len(posts))
	}
	at := fs.Attempts(fakeslack.MethodHistory)
	if len(at) != 2 || at[0].Status != 429 {
		t.Fatalf("history attempts %+v", at)
	}
	if gap := at[1].At.Sub(at[0].At); gap < time.Second {
		t.Errorf("looked again %v after a 429 with Retry-After: 1", gap)
	}
	if ts, err := ob2.Resolve(ctx, ref); err != nil || ts != posts[0].TS {
		t.Errorf("Resolve = (%q, %v)", ts, err)
	}
}

// TestReconcileThreadReply: a reply in a thread is not in the channel's
// history; it is looked up with conversations.replies on its thread.
func TestReconcileThreadReply(t *testing.T) {
	ctx := ctxT(t)
	fs := newTimedFake(t)
	path := filepath.Join(t.TempDir(), "outbox.db")
	opt := testOptions(fs, nil)
	ob := openOutbox(t, path, opt)
	died := ob.dieAt("reply", true)
	ob.Start(ctx)
	parent := send(t, ob, post(team1, "C1", "parent"))
	// The parent is delivered and recorded: only the reply is in doubt.
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob)
	reply := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1,
		Msg: abi.Message{Channel: "C1", Text: "reply", ThreadTS: parent}})
	waitDied(t, ctx, died)
	ob.crash()

	ob2 := openOutbox(t, path, opt)
	ob2.Start(ctx)
	waitPending(t, ob2)
	posts := fs.Calls(fakeslack.MethodPostMessage)
	if got := texts(posts); !slices.Equal(got, []string{"parent", "reply"}) {
		t.Fatalf("posts %q, want each once", got)
	}
	if posts[1].ThreadTS != posts[0].TS {
		t.Fatalf("reply threaded under %q, want %q", posts[1].ThreadTS, posts[0].TS)
	}
	if n := fs.AttemptCount(fakeslack.MethodReplies); n != 1 {
		t.Errorf("%d conversations.replies calls, want 1", n)
	}
	if n := fs.AttemptCount(fakeslack.MethodHistory); n != 0 {
		t.Errorf("%d conversations.history calls for a thread reply", n)
	}
	if rs := fs.Attempts(fakeslack.MethodReplies); len(rs) == 1 && rs[0].TS != posts[0].TS {
		t.Errorf("conversations.replies asked for thread %q, want %q", rs[0].TS, posts[0].TS)
	}
	for ref, want := range map[string]string{parent: posts[0].TS, reply: posts[1].TS} {
		if ts, err := ob2.Resolve(ctx, ref); err != nil || ts != want {
			t.Errorf("Resolve(%s) = (%q, %v), want %q", ref, ts, err, want)
		}
	}
}

// TestLostAnswerNotReposted: without any crash, a post whose answer is
// lost (Slack carried it out, the connection dropped) is looked up before
// the retry instead of being posted twice.
func TestLostAnswerNotReposted(t *testing.T) {
	ctx := ctxT(t)
	fs := newTimedFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{DropAnswer: true, Times: 1})
	ob := openOutbox(t, "", testOptions(fs, nil))
	ob.Start(ctx)
	ref := send(t, ob, post(team1, "C1", "once"))
	next := send(t, ob, post(team1, "C1", "next"))
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 2); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob)
	posts := fs.Calls(fakeslack.MethodPostMessage)
	if got := texts(posts); !slices.Equal(got, []string{"once", "next"}) {
		t.Fatalf("posts %q", got)
	}
	if n := fs.AttemptCount(fakeslack.MethodPostMessage); n != 2 {
		t.Errorf("%d chat.postMessage attempts, want 2 (no retry of the lost answer)", n)
	}
	for r, want := range map[string]string{ref: posts[0].TS, next: posts[1].TS} {
		if ts, err := ob.Resolve(ctx, r); err != nil || ts != want {
			t.Errorf("Resolve(%s) = (%q, %v), want %q", r, ts, err, want)
		}
	}
	if got := value(ob.metrics.retried); got != 1 {
		t.Errorf("retried counter %v, want 1", got)
	}
}

// TestMarkBeforeEveryPost: at every chat.postMessage the message's mark is
// already committed (read back from the file at the moment of the call);
// ephemeral posts and updates get none; marks are removed with the
// outcome.
func TestMarkBeforeEveryPost(t *testing.T) {
	ctx := ctxT(t)
	fs := newTimedFake(t)
	ob := openOutbox(t, "", testOptions(fs, nil))
	var mu sync.Mutex
	var problems []string
	ob.testBeforeCall = func(it *item) bool {
		marks, err := ob.logMarks()
		marked := marks[it.n]
		wantMark := it.rec.Op == wasmrt.OpPost && it.rec.EphemeralUser == ""
		if err != nil || marked != wantMark {
			mu.Lock()
			problems = append(problems, it.rec.Text)
			mu.Unlock()
		}
		return false
	}
	ob.Start(ctx)
	const perChan = 40
	chans := []string{"C1", "C2", "C3", "C4", "C5"}
	var first string
	for i := range perChan {
		for _, ch := range chans {
			r := send(t, ob, post(team1, ch, ch+"-"+string(rune('a'+i%26))+string(rune('a'+i/26))))
			if first == "" {
				first = r
			}
		}
	}
	send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1, Msg: abi.Message{Channel: "C1", Text: "eph", EphemeralUser: "U1"}})
	send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpUpdate, Team: team1, Msg: abi.Message{Channel: "C1", Text: "upd", TS: first}})
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodUpdate, 1); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob)
	if len(problems) > 0 {
		t.Fatalf("calls without the right mark: %q", problems)
	}
	n := perChan * len(chans)
	if got := value(ob.metrics.marked); got != float64(n) {
		t.Errorf("marked %v, want %d (each post once, nothing else)", got, n)
	}
	if got := fs.Count(fakeslack.MethodPostMessage); got != int64(n) {
		t.Errorf("%d posts, want %d", got, n)
	}
	marks, err := ob.logMarks()
	if err != nil {
		t.Fatal(err)
	}
	if left := len(marks); left != 0 {
		t.Errorf("%d marks left after every message was delivered", left)
	}
}

// TestReconcileWarnOnce: the warning about posting without looking comes
// once per team for a missing scope (every channel of the team lacks it)
// and once per channel otherwise.
func TestReconcileWarnOnce(t *testing.T) {
	cases := []struct {
		code  string
		warns int
	}{
		{"missing_scope", 1},
		{"not_in_channel", 2},
	}
	for _, c := range cases {
		t.Run(c.code, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newTimedFake(t)
			path := filepath.Join(t.TempDir(), "outbox.db")
			opt := testOptions(fs, nil)
			opt.Workers = 1 // marks both channels before the first call
			ob := openOutbox(t, path, opt)
			for _, ch := range []string{"C1", "C2"} {
				send(t, ob, post(team1, ch, ch+"-1"))
				send(t, ob, post(team1, ch, ch+"-2"))
			}
			if err := ob.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			ob.waitQueued(t, 4)
			died := make(chan struct{})
			var once sync.Once
			ob.testBeforeCall = func(*item) bool {
				fired := false
				once.Do(func() {
					// The worker queued both channels' marks before this
					// first call, but they may be committed in two
					// group commits: die only once all four are durable,
					// so that both channels are in doubt after the crash.
					for value(ob.metrics.marked) < 4 && ctx.Err() == nil {
						time.Sleep(time.Millisecond)
					}
					fired = true
					close(died)
				})
				return fired
			}
			ob.Start(ctx)
			waitDied(t, ctx, died)
			ob.crash()
			if got := value(ob.metrics.marked); got != 4 {
				t.Fatalf("%v messages marked in doubt before the crash, want 4", got)
			}

			fs.Inject(fakeslack.MethodHistory, fakeslack.Fault{Error: c.code})
			logs := &testlog.Buffer{}
			ob2 := openOutbox(t, path, testOptions(fs, logs))
			ob2.Start(ctx)
			if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 4); err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob2)
			if n := fs.AttemptCount(fakeslack.MethodHistory); n != 2 {
				t.Errorf("%d history calls, want one per channel", n)
			}
			out := logs.String()
			if n := strings.Count(out, "cannot check whether messages in doubt"); n != c.warns {
				t.Errorf("%d warnings, want %d:\n%s", n, c.warns, out)
			}
			if got := value(ob2.metrics.reconciled.WithLabelValues("failed")); got != 4 {
				t.Errorf("reconciled{failed} = %v, want 4", got)
			}
		})
	}
}
