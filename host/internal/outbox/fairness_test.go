package outbox

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

func skillPost(skill, team, channel, text string) wasmrt.Send {
	s := post(team, channel, text)
	s.Skill = skill
	return s
}

// TestFairChannelPacing: a skill's 50 posts in a channel do not delay
// another skill's reply in the same channel behind all of them (they used
// to: 47.5 s at 1 message/s); the pacing of the channel stays 1 message/s
// and each skill's messages stay in order.
func TestFairChannelPacing(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	opt := testOptions(fs, nil)
	opt.Clock = fc
	opt.PerChannelRate = 1
	opt.PerChannelBurst = 3
	ob := openOutbox(t, "", opt)
	ob.Start(ctx)
	const flood = 50
	for i := range flood {
		send(t, ob, skillPost("flood", team1, "C1", fmt.Sprint("flood ", i)))
	}
	// The burst goes out at once; then the neighbour answers.
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, opt.PerChannelBurst); err != nil {
		t.Fatal(err)
	}
	send(t, ob, skillPost("neighbour", team1, "C1", "answer"))
	// Durable, then handed to delivery (right after the commit, on the
	// committer): the fake clock must not run ahead of that.
	waitQueued(t, ob, "answer")
	start := fc.Now()
	seen := func() bool {
		for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
			if c.Text == "answer" {
				return true
			}
		}
		return false
	}
	steps := 0
	for !seen() {
		if steps++; steps > 5 {
			t.Fatalf("the neighbour's answer is still queued after %v behind the flood; delivered %q", fc.Now().Sub(start), texts(fs.Calls(fakeslack.MethodPostMessage)))
		}
		have := fs.Count(fakeslack.MethodPostMessage)
		if err := fc.BlockUntil(ctx, 2); err != nil { // the channel's timer and the janitor's
			t.Fatal(err)
		}
		fc.Advance(time.Second - time.Millisecond)
		if got := fs.Count(fakeslack.MethodPostMessage); got != have {
			t.Fatalf("pacing broken: a message went out %v after the previous one", time.Second-time.Millisecond)
		}
		fc.Advance(time.Millisecond)
		if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, int(have)+1); err != nil {
			t.Fatal(err)
		}
	}
	// At most the flood's head and one more go first: 2 s, not 47.
	if waited := fc.Now().Sub(start); waited > 2*time.Second {
		t.Errorf("the neighbour waited %v behind another skill's backlog", waited)
	}
	t.Logf("neighbour's answer delivered after %v of channel pacing (flood of %d queued before it)", fc.Now().Sub(start), flood)

	// The flood keeps its own order.
	for deadline := time.Now().Add(20 * time.Second); fs.Count(fakeslack.MethodPostMessage) < flood+1; {
		if time.Now().After(deadline) {
			t.Fatalf("flood not delivered: %d posts", fs.Count(fakeslack.MethodPostMessage))
		}
		fc.Advance(time.Second)
		time.Sleep(2 * time.Millisecond)
	}
	waitPending(t, ob)
	var got []string
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if strings.HasPrefix(c.Text, "flood ") {
			got = append(got, c.Text)
		}
	}
	if len(got) != flood {
		t.Fatalf("%d flood messages delivered, want %d", len(got), flood)
	}
	for i, txt := range got {
		if txt != fmt.Sprint("flood ", i) {
			t.Fatalf("flood delivered out of order at %d: %q", i, got)
		}
	}
}

// waitQueued waits until a message with text is in a channel queue.
func waitQueued(t *testing.T, ob *Outbox, text string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ob.sched.mu.Lock()
		found := false
		for _, q := range ob.sched.chans {
			for _, it := range q.items {
				found = found || it.rec.Text == text
			}
		}
		ob.sched.mu.Unlock()
		if found {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%q never reached delivery", text)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestFairInterleaveAtStart: messages queued before delivery starts (as
// after a restart) are interleaved between skills, each skill's in order.
func TestFairInterleaveAtStart(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	ob := openOutbox(t, "", testOptions(fs, nil))
	for i := range 4 {
		send(t, ob, skillPost("a", team1, "C1", fmt.Sprint("a", i)))
	}
	send(t, ob, skillPost("b", team1, "C1", "b0"))
	send(t, ob, skillPost("b", team1, "C1", "b1"))
	ob.Start(ctx)
	if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 6); err != nil {
		t.Fatal(err)
	}
	want := []string{"a0", "b0", "a1", "b1", "a2", "a3"}
	if got := texts(fs.Calls(fakeslack.MethodPostMessage)); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("delivered %q, want %q", got, want)
	}
}

// TestPendingQuota: past Send.MaxPending queued messages a skill gets
// wasmrt.ErrQuota instead of a growing queue; other skills are not
// affected, a re-run's duplicates still get their first answer, and the
// skill may send again once its messages are delivered.
func TestPendingQuota(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	ob := openOutbox(t, "", testOptions(fs, nil))
	mk := func(skill string, seq int) wasmrt.Send {
		s := skillPost(skill, team1, "C1", fmt.Sprint(skill, seq))
		s.EventID, s.Seq, s.MaxPending = "Ev1", seq, 5
		return s
	}
	var refs []string
	for i := 1; i <= 5; i++ {
		refs = append(refs, send(t, ob, mk("storm", i)))
	}
	_, err := ob.Send(ctx, mk("storm", 6))
	if !errors.Is(err, wasmrt.ErrQuota) {
		t.Fatalf("6th message with outbox_pending 5: err = %v, want ErrQuota", err)
	}
	if got := send(t, ob, mk("storm", 3)); got != refs[2] {
		t.Errorf("duplicate at the quota answered %q, want %q", got, refs[2])
	}
	send(t, ob, mk("calm", 1)) // another skill still sends
	if got := value(ob.metrics.quota); got != 1 {
		t.Errorf("quota counter %v, want 1", got)
	}
	ob.Start(ctx)
	waitPending(t, ob)
	if n := fs.Count(fakeslack.MethodPostMessage); n != 6 {
		t.Errorf("%d posts delivered, want 6", n)
	}
	if _, err := ob.Send(ctx, mk("storm", 7)); err != nil {
		t.Errorf("after delivery the skill is under its quota again: %v", err)
	}
}

// TestReferenceScope: a reference may be passed back (update ts,
// thread_ts) only by the skill that got it, in the same workspace; this
// holds while the message is pending, once delivered, after a restart and
// after the log is compacted.
func TestReferenceScope(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	path := t.TempDir() + "/outbox"
	opt := testOptions(fs, nil)
	opt.segmentSize = 512 // every few commits close a segment, for compaction
	ob, err := Open(path, testTokens, opt)
	if err != nil {
		t.Fatal(err)
	}
	ref := send(t, ob, skillPost("owner", team1, "C1", "mine"))
	check := func(ob *Outbox, when string) {
		t.Helper()
		foreign := []wasmrt.Send{
			{Skill: "other", Team: team1, Op: wasmrt.OpUpdate, Msg: abi.Message{Channel: "C1", TS: ref, Text: "hijacked"}},
			{Skill: "owner", Team: team2, Op: wasmrt.OpUpdate, Msg: abi.Message{Channel: "C1", TS: ref, Text: "other workspace"}},
			{Skill: "other", Team: team1, Op: wasmrt.OpPost, Msg: abi.Message{Channel: "C1", ThreadTS: ref, Text: "threaded"}},
		}
		for _, s := range foreign {
			if _, err := ob.Send(ctx, s); !errors.Is(err, wasmrt.ErrForeign) {
				t.Errorf("%s: %s/%s passing another's reference: err = %v, want ErrForeign", when, s.Skill, s.Team, err)
			}
		}
		own := wasmrt.Send{Skill: "owner", Team: team1, Op: wasmrt.OpUpdate, Msg: abi.Message{Channel: "C1", TS: ref, Text: "edited " + when}}
		if _, err := ob.Send(ctx, own); err != nil {
			t.Errorf("%s: the owner's update: %v", when, err)
		}
	}
	check(ob, "pending")
	ob.Start(ctx)
	waitPending(t, ob)
	check(ob, "delivered")
	waitPending(t, ob)
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}
	ob, err = Open(path, testTokens, opt)
	if err != nil {
		t.Fatal(err)
	}
	check(ob, "reopened")
	ob.Start(ctx)
	waitPending(t, ob)
	if err := ob.compact(true); err != nil { // small segments: there are closed ones
		t.Fatal(err)
	}
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}
	ob = openOutbox(t, path, opt)
	check(ob, "compacted")
	if fs.Count(fakeslack.MethodUpdate) == 0 {
		t.Error("no update was delivered")
	}
	for _, c := range fs.Calls(fakeslack.MethodUpdate) {
		if c.Text == "hijacked" || c.Text == "other workspace" {
			t.Errorf("a foreign update reached Slack: %q", c.Text)
		}
	}
}

// TestDropSkill: removing a skill drops what it still has queued (and
// what reaches delivery after the call), records it so a restart does not
// deliver it, and leaves other skills' messages alone.
func TestDropSkill(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	path := t.TempDir() + "/outbox"
	opt := testOptions(fs, nil)
	ob, err := Open(path, testTokens, opt)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for i := range 20 {
		refs = append(refs, send(t, ob, skillPost("gone", team1, fmt.Sprint("C", i%3), fmt.Sprint("gone ", i))))
	}
	send(t, ob, skillPost("stays", team1, "C1", "stays 0"))
	send(t, ob, skillPost("stays", team1, "C1", "stays 1"))
	if err := ob.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	late := send(t, ob, skillPost("gone", team1, "C1", "accepted, not yet durable"))
	n, err := ob.DropSkill(ctx, "gone")
	if err != nil {
		t.Fatal(err)
	}
	ob.Start(ctx)
	waitPending(t, ob)
	if n != 21 {
		t.Errorf("DropSkill reported %d dropped, want 21", n)
	}
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if !strings.HasPrefix(c.Text, "stays") {
			t.Errorf("a removed skill's message was delivered: %q", c.Text)
		}
	}
	if got := fs.Count(fakeslack.MethodPostMessage); got != 2 {
		t.Errorf("%d posts, want the 2 of the remaining skill", got)
	}
	for _, r := range []string{refs[0], late} {
		if _, err := ob.Resolve(ctx, r); err == nil || !strings.Contains(err.Error(), "skill removed") {
			t.Errorf("Resolve(%s) = %v, want the skill-removed error", r, err)
		}
	}
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}
	ob = openOutbox(t, path, opt)
	if p := value(ob.metrics.pending); p != 0 {
		t.Errorf("%v messages pending after reopening", p)
	}
	// The skill may come back and send again.
	if _, err := ob.Send(context.Background(), skillPost("gone", team1, "C1", "back")); err != nil {
		t.Errorf("a re-added skill cannot send: %v", err)
	}
}
