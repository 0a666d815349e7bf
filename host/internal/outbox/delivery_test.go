package outbox

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// TestRetryServerError: a 5xx is retried after the backoff and the message
// arrives once.
func TestRetryServerError(t *testing.T) {
	cases := []struct {
		name  string
		fault fakeslack.Fault
	}{
		{"500", fakeslack.Fault{Status: 500, Times: 1}},
		{"503", fakeslack.Fault{Status: 503, Times: 2}},
		{"ok:false internal_error", fakeslack.Fault{Error: "internal_error", Times: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newFake(t)
			fs.Inject(fakeslack.MethodPostMessage, c.fault)
			ob := openOutbox(t, "", testOptions(fs, nil))
			ob.Start(ctx)
			ref := send(t, ob, post(team1, "C1", "hi"))
			calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1)
			if err != nil {
				t.Fatal(err)
			}
			waitResolved(t, ob, ref, calls[0].TS)
			if got, want := len(fs.Attempts(fakeslack.MethodPostMessage)), c.fault.Times+1; got != want {
				t.Errorf("%d attempts, want %d", got, want)
			}
			if got := value(ob.metrics.retried); got != float64(c.fault.Times) {
				t.Errorf("retried counter %v, want %d", got, c.fault.Times)
			}
		})
	}
}

// TestRateLimitRetryAfter: after a 429 the channel waits Retry-After on
// the outbox clock, and 429s do not use up the message's attempts.
func TestRateLimitRetryAfter(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	const limited = 4 // more than Attempts: 429s must not count
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 429, RetryAfter: 2 * time.Second, Times: limited, Channel: "C1"})
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	opt := testOptions(fs, nil)
	opt.Clock = fc
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	ref := send(t, ob, post(team1, "C1", "patient"))
	other := send(t, ob, post(team1, "C2", "unaffected"))

	// C2 is not held up by C1's limit.
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1); err != nil {
		t.Fatal(err)
	}
	start := fc.Now()
	for i := 1; i <= limited; i++ {
		// Attempt i was answered 429 and the channel armed its wait: the
		// janitor's timer and the channel's.
		if err := fc.BlockUntil(ctx, 2); err != nil {
			t.Fatal(err)
		}
		if got := fs.AttemptCount(fakeslack.MethodPostMessage); got != int64(i)+1 {
			t.Fatalf("after %d 429s: %d attempts", i, got)
		}
		fc.Advance(2*time.Second - time.Millisecond)
		if got := fs.AttemptCount(fakeslack.MethodPostMessage); got != int64(i)+1 {
			t.Fatalf("retried %v after a 429 with Retry-After 2s", fc.Now().Sub(start))
		}
		fc.Advance(time.Millisecond)
		if err := waitAttempts(ctx, fs, fakeslack.MethodPostMessage, i+2); err != nil {
			t.Fatal(err)
		}
	}
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := fc.Now().Sub(start); got < limited*2*time.Second {
		t.Errorf("delivered after %v of outbox time, want >= %v", got, limited*2*time.Second)
	}
	waitResolved(t, ob, ref, calls[1].TS)
	waitResolved(t, ob, other, calls[0].TS)
	if got := value(ob.metrics.rateLimited); got != limited {
		t.Errorf("rate_limited counter %v, want %d", got, limited)
	}
	if dl, _ := ob.DeadLetters(ctx); len(dl) != 0 {
		t.Errorf("dead letters %+v", dl)
	}
}

// waitAttempts waits until the fake has seen n requests for method.
func waitAttempts(ctx context.Context, fs *fakeslack.Server, method string, n int) error {
	for fs.AttemptCount(method) < int64(n) {
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %d %s attempts (have %d): %w", n, method, fs.AttemptCount(method), ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
	return nil
}

// TestRateLimitRealTime: the same with the system clock and a Retry-After
// of 1s, measured on the fake Slack's arrival times.
func TestRateLimitRealTime(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 429, RetryAfter: time.Second, Times: 1})
	ob := openOutbox(t, "", testOptions(fs, nil))
	ob.Start(ctx)
	send(t, ob, post(team1, "C1", "x"))
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1); err != nil {
		t.Fatal(err)
	}
	at := fs.Attempts(fakeslack.MethodPostMessage)
	if len(at) != 2 || at[0].Status != 429 {
		t.Fatalf("attempts %+v", at)
	}
	if gap := at[1].At.Sub(at[0].At); gap < time.Second {
		t.Fatalf("retried %v after a 429 with Retry-After: 1", gap)
	}
}

// TestHangingCallTimesOut: a call Slack never answers is cut at the call
// timeout and retried.
func TestHangingCallTimesOut(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Hang: true, Times: 1})
	opt := testOptions(fs, nil)
	opt.CallTimeout = 300 * time.Millisecond
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	ref := send(t, ob, post(team1, "C1", "eventually"))
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1)
	if err != nil {
		t.Fatal(err)
	}
	at := fs.Attempts(fakeslack.MethodPostMessage)
	if len(at) != 2 {
		t.Fatalf("%d attempts, want 2", len(at))
	}
	if gap := at[1].At.Sub(at[0].At); gap < opt.CallTimeout {
		t.Errorf("retried after %v, before the %v timeout", gap, opt.CallTimeout)
	}
	waitResolved(t, ob, ref, calls[0].TS)
	if got := value(ob.metrics.retried); got != 1 {
		t.Errorf("retried counter %v", got)
	}
}

// TestDeadLetters: a message that keeps failing, or fails permanently,
// is dead-lettered without holding up the next message of its channel or
// other channels; a message depending on it fails with a clear error; the
// log names it without its text or the token.
func TestDeadLetters(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	logs := &testlog.Buffer{}
	// CFLAKY: 5xx for the first message's three attempts, then fine.
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 500, Times: 3, Channel: "CFLAKY"})
	// CGONE: permanent error once.
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Error: "is_archived", Times: 1, Channel: "CGONE"})
	opt := testOptions(fs, logs)
	opt.Attempts = 3 // the window alone would outlast the fault
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)

	flaky := send(t, ob, post(team1, "CFLAKY", "secret text one"))
	dependent := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team1,
		Msg: abi.Message{Channel: "CFLAKY", Text: "in the dead thread", ThreadTS: flaky}})
	send(t, ob, post(team1, "CFLAKY", "flaky next"))
	gone := send(t, ob, post(team1, "CGONE", "secret text two"))
	send(t, ob, post(team1, "CGONE", "gone next"))
	send(t, ob, post(team1, "COK", "fine"))
	noTeam := send(t, ob, post("TNOBODY", "C1", "secret text three"))
	upd := send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpUpdate, Team: team1,
		Msg: abi.Message{Channel: "CGONE", Text: "edit of the dead", TS: gone}})
	if upd != gone {
		t.Fatalf("update answered %q", upd)
	}

	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 3); err != nil {
		t.Fatal(err)
	}
	waitPending(t, ob)
	perChannel := map[string][]string{}
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		perChannel[c.Channel] = append(perChannel[c.Channel], c.Text)
	}
	for ch, want := range map[string][]string{"CFLAKY": {"flaky next"}, "CGONE": {"gone next"}, "COK": {"fine"}} {
		if !slices.Equal(perChannel[ch], want) {
			t.Errorf("%s delivered %q, want %q", ch, perChannel[ch], want)
		}
	}
	if n := len(fs.Attempts(fakeslack.MethodUpdate)); n != 0 {
		t.Errorf("update of a dead-lettered message reached Slack %d times", n)
	}

	dl, err := ob.DeadLetters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	errs := map[string]string{}
	for _, d := range dl {
		errs[d.Ref] = d.Err
	}
	wantErr := map[string]string{
		flaky:     "500",
		dependent: "thread_ts " + flaky + " was dead-lettered",
		gone:      "is_archived",
		noTeam:    "no bot token",
		Ref(8):    "ts " + gone + " was dead-lettered",
	}
	if len(dl) != len(wantErr) {
		t.Errorf("dead letters %+v, want %d", dl, len(wantErr))
	}
	for ref, frag := range wantErr {
		if !strings.Contains(errs[ref], frag) {
			t.Errorf("dead letter %s error %q, want it to mention %q", ref, errs[ref], frag)
		}
	}
	if _, err := ob.Resolve(ctx, flaky); err == nil || !strings.Contains(err.Error(), "dead-lettered") {
		t.Errorf("Resolve of a dead letter: %v", err)
	}
	for reason, want := range map[string]float64{"exhausted": 1, "permanent": 1, "no_token": 1, "bad_ref": 2} {
		if got := value(ob.metrics.dead.WithLabelValues(reason)); got != want {
			t.Errorf("dead_lettered{%s} = %v, want %v", reason, got, want)
		}
	}
	out := logs.String()
	if got := strings.Count(out, "message dead-lettered"); got != 5 {
		t.Errorf("%d dead-letter log lines, want 5:\n%s", got, out)
	}
	if !strings.Contains(out, "level=WARN") || !strings.Contains(out, "ref="+flaky) {
		t.Errorf("log lacks level or ref:\n%s", out)
	}
	for _, secret := range []string{"secret text", token1, "xoxb"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains %q:\n%s", secret, out)
		}
	}
}

// TestOrderUnderFaults: with errors, timeouts and 429s sprinkled over
// several channels, each channel still receives its messages in order.
func TestOrderUnderFaults(t *testing.T) {
	ctx := ctxT(t)
	// Real-time ts: a post that succeeded after the short call timeout
	// (a loaded machine under -race) is found by its look-up, not posted
	// twice.
	fs := newTimedFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 500, Times: 4, Channel: "CA"})
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Error: "service_unavailable", Times: 3, Channel: "CB"})
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Hang: true, Times: 2, Channel: "CC"})
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 429, RetryAfter: time.Second, Times: 1, Channel: "CD"})
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 502, Times: 2})
	opt := testOptions(fs, nil)
	opt.Attempts = 10
	opt.CallTimeout = 200 * time.Millisecond
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)

	chans := []string{"CA", "CB", "CC", "CD", "CE"}
	const perChan = 20
	for i := range perChan {
		for _, ch := range chans {
			send(t, ob, post(team1, ch, fmt.Sprintf("%s-%02d", ch, i)))
		}
	}
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, perChan*len(chans))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, c := range calls {
		got[c.Channel] = append(got[c.Channel], c.Text)
	}
	for _, ch := range chans {
		var want []string
		for i := range perChan {
			want = append(want, fmt.Sprintf("%s-%02d", ch, i))
		}
		if !slices.Equal(got[ch], want) {
			t.Errorf("channel %s got %q", ch, got[ch])
		}
	}
	if dl, _ := ob.DeadLetters(ctx); len(dl) != 0 {
		t.Errorf("dead letters %+v", dl)
	}
}

// TestPacing: one channel gets its burst at once and then one message per
// 1/rate of outbox time; another channel is not slowed by it.
func TestPacing(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	opt := testOptions(fs, nil)
	opt.Clock = fc
	opt.PerChannelRate = 2 // one message per 500ms
	opt.PerChannelBurst = 3
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	const n = 8
	for i := range n {
		send(t, ob, post(team1, "CBUSY", fmt.Sprint("busy ", i)))
	}
	send(t, ob, post(team1, "CQUIET", "quiet"))
	start := fc.Now()
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, opt.PerChannelBurst+1); err != nil {
		t.Fatal(err)
	}
	interval := time.Duration(float64(time.Second) / opt.PerChannelRate)
	for i := opt.PerChannelBurst; i < n; i++ {
		// The channel's timer and the janitor's.
		if err := fc.BlockUntil(ctx, 2); err != nil {
			t.Fatal(err)
		}
		have := int64(i + 1) // +1: CQUIET
		if got := fs.Count(fakeslack.MethodPostMessage); got != have {
			t.Fatalf("after %v: %d posts, want %d", fc.Now().Sub(start), got, have)
		}
		fc.Advance(interval - time.Millisecond)
		if got := fs.Count(fakeslack.MethodPostMessage); got != have {
			t.Fatalf("message %d sent %v after the previous one, pacing is %v", i, interval-time.Millisecond, interval)
		}
		fc.Advance(time.Millisecond)
		if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, int(have)+1); err != nil {
			t.Fatal(err)
		}
	}
	elapsed := fc.Now().Sub(start)
	if want := time.Duration(float64(n-opt.PerChannelBurst) / opt.PerChannelRate * float64(time.Second)); elapsed < want {
		t.Errorf("%d messages took %v, want >= %v", n, elapsed, want)
	}
	var busy []string
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if c.Channel == "CBUSY" {
			busy = append(busy, c.Text)
		}
	}
	for i, txt := range busy {
		if txt != fmt.Sprint("busy ", i) {
			t.Fatalf("order %q", busy)
		}
	}
}

// TestPacingRealTime: N messages to one channel take at least
// (N-burst)/rate of real time.
func TestPacingRealTime(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	opt := testOptions(fs, nil)
	opt.PerChannelRate = 20
	opt.PerChannelBurst = 3
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	const n = 13
	for i := range n {
		send(t, ob, post(team1, "C1", fmt.Sprint(i)))
	}
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, n)
	if err != nil {
		t.Fatal(err)
	}
	// From the first call: the bucket starts full.
	span := calls[n-1].At.Sub(calls[0].At)
	if want := time.Duration(float64(n-opt.PerChannelBurst) / opt.PerChannelRate * float64(time.Second)); span < want-5*time.Millisecond {
		t.Fatalf("%d messages in %v, want >= %v", n, span, want)
	}
}

// TestReplies: a reply carrying a response_url goes through
// chat.postMessage when the bot can post there (it gets a ts), through the
// response_url when it cannot, and straight to the response_url with
// ResponseURLFirst.
func TestReplies(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Error: "not_in_channel", Channel: "CNOTIN"})
	ob := openOutbox(t, "", testOptions(fs, nil))
	ob.Start(ctx)
	reply := func(ch, text, thread string) wasmrt.Send {
		return wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Reply: true, Team: team1, ResponseURL: fs.ResponseURL(ch),
			Msg: abi.Message{Channel: ch, Text: text, ThreadTS: thread}}
	}
	inChan := send(t, ob, reply("CIN", "bot is here", ""))
	notIn := send(t, ob, reply("CNOTIN", "bot is not here", "1600000000.000001"))
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodResponseURL, 1)
	if err != nil {
		t.Fatal(err)
	}
	r := calls[0]
	// A team without a token can still be answered through the response_url.
	noTok := reply("CX", "no installation", "")
	noTok.Team = "TNOBODY"
	noTokRef := send(t, ob, noTok)
	if calls, err = fs.WaitCalls(ctx, fakeslack.MethodResponseURL, 2); err != nil {
		t.Fatal(err)
	}
	if calls[1].Channel != "CX" || calls[1].Text != "no installation" {
		t.Errorf("second response_url call %+v", calls[1])
	}
	waitResolved(t, ob, noTokRef, "")
	if r.Channel != "CNOTIN" || r.Text != "bot is not here" || r.ResponseType != "in_channel" || r.ReplaceOriginal {
		t.Errorf("response_url call %+v", r)
	}
	if r.ThreadTS != "1600000000.000001" {
		t.Errorf("response_url thread_ts %q", r.ThreadTS)
	}
	if r.Token != "" || strings.Contains(string(r.Body), "xoxb") {
		t.Errorf("the bot token went to the response_url: %+v", r)
	}
	posts, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1)
	if err != nil {
		t.Fatal(err)
	}
	waitResolved(t, ob, inChan, posts[0].TS)
	waitResolved(t, ob, notIn, "")
	if got := value(ob.metrics.sent.WithLabelValues("response_url")); got != 2 {
		t.Errorf("sent{response_url} = %v", got)
	}

	// An update of a message answered through the response_url has no
	// target: dead-lettered, saying why.
	send(t, ob, wasmrt.Send{Skill: "s", Op: wasmrt.OpUpdate, Team: team1, Msg: abi.Message{Channel: "CNOTIN", Text: "x", TS: notIn}})
	waitPending(t, ob)
	dl, _ := ob.DeadLetters(ctx)
	if len(dl) != 1 || !strings.Contains(dl[0].Err, "response_url") {
		t.Errorf("dead letters %+v", dl)
	}

	// ResponseURLFirst: no chat.postMessage at all.
	opt := testOptions(fs, nil)
	opt.ResponseURLFirst = true
	ob2 := openOutbox(t, "", opt)
	ob2.Start(ctx)
	ref := send(t, ob2, reply("CIN", "direct", ""))
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodResponseURL, 3); err != nil {
		t.Fatal(err)
	}
	waitResolved(t, ob2, ref, "")
	if n := fs.Count(fakeslack.MethodPostMessage); n != 1 {
		t.Errorf("%d chat.postMessage calls, want 1", n)
	}
}

// TestCloseBoundsInflight: Close does not wait for a hanging call longer
// than CloseTimeout, and the message stays pending for the next Open.
func TestCloseBoundsInflight(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Hang: true, Times: 1})
	opt := testOptions(fs, nil)
	opt.CallTimeout = time.Minute
	opt.CloseTimeout = 200 * time.Millisecond
	path := t.TempDir() + "/outbox.db"
	ob, err := Open(path, testTokens, opt)
	if err != nil {
		t.Fatal(err)
	}
	ob.Start(ctx)
	send(t, ob, post(team1, "C1", "stuck"))
	if err := waitAttempts(ctx, fs, fakeslack.MethodPostMessage, 1); err != nil {
		t.Fatal(err)
	}
	begin := time.Now()
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}
	if d, limit := time.Since(begin), opt.CloseTimeout+2*time.Second; d > limit {
		t.Fatalf("Close took %v, want at most %v (CloseTimeout %v)", d, limit, opt.CloseTimeout)
	}
	ob2 := openOutbox(t, path, opt)
	ob2.Start(ctx)
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1)
	if err != nil {
		t.Fatal(err)
	}
	if calls[0].Text != "stuck" {
		t.Fatalf("delivered %q", calls[0].Text)
	}
}

// TestPrune: outcomes older than RefRetention and dedup keys older than
// DedupRetention are forgotten.
func TestPrune(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	opt := testOptions(fs, nil)
	opt.Clock = fc
	opt.PruneInterval = time.Hour
	opt.DedupRetention = 2 * time.Hour
	opt.RefRetention = 5 * time.Hour
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	s := post(team1, "C1", "once")
	s.EventID, s.Seq = "Ev1", 1
	ref := send(t, ob, s)
	calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1)
	if err != nil {
		t.Fatal(err)
	}
	waitResolved(t, ob, ref, calls[0].TS)
	advance := func(d time.Duration) {
		t.Helper()
		fc.Advance(d)
		if err := fc.BlockUntil(ctx, 1); err != nil { // the janitor re-armed
			t.Fatal(err)
		}
		if err := ob.Flush(ctx); err != nil {
			t.Fatal(err)
		}
	}
	advance(time.Hour + time.Minute)
	if got := send(t, ob, s); got != ref {
		t.Fatalf("within the dedup window: %q, want %q", got, ref)
	}
	advance(2 * time.Hour)
	again := send(t, ob, s)
	if again == ref {
		t.Fatalf("dedup key still known after DedupRetention")
	}
	if ts, err := ob.Resolve(ctx, ref); err != nil || ts != calls[0].TS {
		t.Fatalf("ref lost before RefRetention: (%q, %v)", ts, err)
	}
	advance(3 * time.Hour)
	if _, err := ob.Resolve(ctx, ref); err == nil {
		t.Fatalf("ref still resolves after RefRetention")
	}
}
