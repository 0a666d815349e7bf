package outbox

import (
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
)

// Issue 9 §1 on the outbox clock: a message is retried through a
// 30-minute outage of 500s (backoff growing to MaxBackoff, jittered) and
// delivered once, in order, when Slack is back; another channel flows
// meanwhile. A fault that outlasts RetryWindow dead-letters it.
func TestRetryWindowOutlastsOutage(t *testing.T) {
	ctx := ctxT(t)
	fs := newTimedFake(t)
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 500, Channel: "CDOWN"})
	fc := clock.NewFake(time.Now())
	opt := testOptions(fs, nil)
	opt.Clock = fc
	opt.RetryWindow = time.Hour
	opt.MaxBackoff = 30 * time.Second
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	first := send(t, ob, post(team1, "CDOWN", "one"))
	send(t, ob, post(team1, "CDOWN", "two"))
	send(t, ob, post(team1, "CUP", "healthy"))
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1); err != nil {
		t.Fatal(err)
	}
	start := fc.Now()
	var gaps []time.Duration
	for i := 1; fc.Now().Sub(start) < 30*time.Minute; i++ {
		if err := waitAttempts(ctx, fs, fakeslack.MethodPostMessage, i+1); err != nil {
			t.Fatal(err)
		}
		if err := fc.BlockUntil(ctx, 2); err != nil { // janitor + the channel's backoff
			t.Fatal(err)
		}
		before := fc.Now()
		for fs.AttemptCount(fakeslack.MethodPostMessage) == int64(i+1) {
			fc.Advance(time.Second)
			time.Sleep(time.Millisecond)
			if fc.Now().Sub(before) > time.Minute {
				t.Fatalf("no retry within a minute after attempt %d", i)
			}
		}
		gaps = append(gaps, fc.Now().Sub(before))
	}
	if dl, _ := ob.DeadLetters(ctx); len(dl) != 0 {
		t.Fatalf("dead-lettered during the outage: %+v", dl)
	}
	maxGap := gaps[0]
	for _, g := range gaps {
		maxGap = max(maxGap, g)
	}
	if maxGap > 36*time.Second || maxGap < 15*time.Second { // stepped 1s at a time, the call made asynchronously
		t.Errorf("longest wait between retries %v, want between MaxBackoff/2 and MaxBackoff", maxGap)
	}
	fs.ClearFaults()
	for len(fs.Calls(fakeslack.MethodPostMessage)) < 3 {
		fc.Advance(time.Second)
		time.Sleep(time.Millisecond)
	}
	waitPending(t, ob)
	var got []string
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		got = append(got, c.Channel+":"+c.Text)
	}
	if strings.Join(got, ",") != "CUP:healthy,CDOWN:one,CDOWN:two" {
		t.Fatalf("delivered %q", got)
	}
	if _, err := ob.Resolve(ctx, first); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d retries over %v of 500s, longest wait %v; delivered once each, in order", len(gaps), fc.Now().Sub(start).Round(time.Second), maxGap)

	// Past the window: dead-lettered as exhausted, listed with its error.
	fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Status: 503, Channel: "CDOWN"})
	lost := send(t, ob, post(team1, "CDOWN", "three"))
	for value(ob.metrics.pending) > 0 {
		fc.Advance(10 * time.Second)
		time.Sleep(time.Millisecond)
		if fc.Now().Sub(start) > 3*time.Hour {
			t.Fatal("never dead-lettered")
		}
	}
	dl, err := ob.DeadLetters(ctx)
	if err != nil || len(dl) != 1 || dl[0].Ref != lost || !strings.Contains(dl[0].Err, "503") {
		t.Fatalf("dead letters %+v, %v", dl, err)
	}
	if got := value(ob.metrics.dead.WithLabelValues("exhausted")); got != 1 {
		t.Errorf("dead{exhausted} = %v", got)
	}
}

// Permanent errors dead-letter at once, whatever the window.
func TestPermanentErrorsDeadLetterAtOnce(t *testing.T) {
	for _, code := range []string{"channel_not_found", "is_archived", "invalid_blocks", "msg_too_long", "invalid_auth"} {
		t.Run(code, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newFake(t)
			fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Error: code})
			ob := openOutbox(t, "", testOptions(fs, nil))
			ob.Start(ctx)
			send(t, ob, post(team1, "C1", "x"))
			waitPending(t, ob)
			if n := fs.AttemptCount(fakeslack.MethodPostMessage); n != 1 {
				t.Errorf("%d attempts, want 1", n)
			}
			if got := value(ob.metrics.dead.WithLabelValues("permanent")); got != 1 {
				t.Errorf("dead{permanent} = %v", got)
			}
		})
	}
}

// Transient Slack error codes are retried, not dead-lettered.
func TestTransientSlackErrorsRetried(t *testing.T) {
	for _, code := range []string{"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"} {
		t.Run(code, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newFake(t)
			fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Error: code, Times: 5})
			opt := testOptions(fs, nil)
			opt.DefaultRetryAfter = 10 * time.Millisecond
			ob := openOutbox(t, "", opt)
			ob.Start(ctx)
			send(t, ob, post(team1, "C1", "x"))
			if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 1); err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob)
			if dl, _ := ob.DeadLetters(ctx); len(dl) != 0 {
				t.Errorf("dead letters %+v", dl)
			}
		})
	}
}
