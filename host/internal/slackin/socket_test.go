package slackin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
)

const appToken = "xapp-1-A1-test"

// sockTest is a Socket running against fakeslack.
type sockTest struct {
	t     *testing.T
	fs    *fakeslack.Server
	sock  *Socket
	sink  *recSink
	clock *clock.Fake
	m     *Metrics
	ctx   context.Context // bounds every wait in the test
	stop  func() error    // cancels Run and returns its result
}

func newSockTest(t *testing.T, mod func(*Options)) *sockTest {
	t.Helper()
	fs := fakeslack.New()
	t.Cleanup(fs.Close)
	fs.AddTeam(fakeslack.Team{ID: testTeam, Name: "acme", BotToken: "xoxb-1", BotUserID: botUser, BotID: botID})
	fs.AddAppToken(appToken)

	fc := clock.NewFake(time.Now())
	sink := newSink()
	m := NewMetrics(nil)
	o := Options{
		Clock:        fc,
		Metrics:      m,
		Workers:      4,
		ReconnectMin: time.Second,
		ReconnectMax: 8 * time.Second,
	}
	if mod != nil {
		mod(&o)
	}
	sock, err := NewSocket(sink, appToken, fs.APIURL(), o)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancelWaits := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancelWaits)
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sock.Run(runCtx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(30 * time.Second):
				runErr = errors.New("Run did not return after cancel")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	st := &sockTest{t: t, fs: fs, sock: sock, sink: sink, clock: fc, m: m, ctx: ctx, stop: stop}
	if err := fs.WaitConnected(ctx, 1); err != nil {
		t.Fatal(err)
	}
	return st
}

// send sends an events_api envelope carrying inner for testTeam.
func (st *sockTest) send(inner map[string]any, retry int) (envID string, payload json.RawMessage) {
	st.t.Helper()
	p, err := st.fs.EventCallback(testTeam, inner)
	if err != nil {
		st.t.Fatal(err)
	}
	return st.sendPayload("events_api", p, retry), p
}

func (st *sockTest) sendPayload(typ string, payload any, retry int) string {
	st.t.Helper()
	id, err := st.fs.SendEnvelope(st.ctx, typ, payload, retry)
	if err != nil {
		st.t.Fatal(err)
	}
	return id
}

func (st *sockTest) waitAck(id string) json.RawMessage {
	st.t.Helper()
	p, err := st.fs.WaitAck(st.ctx, id)
	if err != nil {
		st.t.Fatal(err)
	}
	return p
}

func (st *sockTest) unacked(id string) bool {
	return slices.Contains(st.fs.Unacked(), id)
}

// channelsOnDifferentWorkers returns two channel ids whose conversations
// land on different workers.
func channelsOnDifferentWorkers(workers int) (string, string) {
	a := "C100"
	for i := 101; ; i++ {
		b := fmt.Sprintf("C%d", i)
		if shard(testTeam+"/"+a, workers) != shard(testTeam+"/"+b, workers) {
			return a, b
		}
	}
}

func TestSocketAcksOnlyAfterPut(t *testing.T) {
	st := newSockTest(t, nil)
	if !st.sock.Connected() {
		// hello is processed asynchronously; Connected turns true shortly.
		deadline := time.Now().Add(10 * time.Second)
		for !st.sock.Connected() && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if !st.sock.Connected() {
			t.Fatal("Connected() false after hello")
		}
	}
	slow, fast := channelsOnDifferentWorkers(4)
	release := make(chan struct{})
	st.sink.mu.Lock()
	st.sink.entered = make(chan string, 16)
	st.sink.mu.Unlock()

	// First envelope: its Put blocks until released.
	st.sink.mu.Lock()
	st.sink.block = release
	st.sink.mu.Unlock()
	e1, _ := st.send(msg(slow, "1700000000.000100", "U1", "first <@UBOT>"), 0)
	<-st.sink.entered
	// Second envelope, read after the first, on another worker: Put goes
	// through. Once its ack is in, an implementation acking on receipt would
	// have acked the first one already.
	st.sink.mu.Lock()
	st.sink.block = nil
	st.sink.mu.Unlock()
	e2, _ := st.send(msg(fast, "1700000000.000200", "U1", "second"), 0)
	st.waitAck(e2)
	if !st.unacked(e1) {
		t.Fatal("envelope acked while its Put was still blocked")
	}
	close(release)
	if p := st.waitAck(e1); len(p) != 0 && string(p) != "null" {
		t.Fatalf("event ack carried payload %s", p)
	}
	evs := st.sink.events()
	if len(evs) != 2 {
		t.Fatalf("sink got %d events", len(evs))
	}
	ev := evs[slices.IndexFunc(evs, func(e *abi.Event) bool { return e.Channel == slow })]
	ev.Time = time.Time{}
	want := abi.Event{ID: "slack:T0001:" + slow + ":1700000000.000100", Kind: abi.KindMessage, Team: testTeam, Channel: slow,
		TS: "1700000000.000100", User: "U1", Text: "first <@UBOT>", Mentioned: true}
	if !reflect.DeepEqual(*ev, want) {
		t.Fatalf("\n got %+v\nwant %+v", *ev, want)
	}
	st.stop() // counters are updated after the ack is written: read them once Run is over
	if got := st.m.Acked(epSockEvents); got != 2 {
		t.Fatalf("acked counter %v", got)
	}
}

func TestSocketPutFailureIsNotAcked(t *testing.T) {
	st := newSockTest(t, nil)
	st.sink.failNext = 1
	e1, p1 := st.send(msg("C1", "1700000000.000100", "U1", "hi"), 0)
	// Same conversation, so the same worker, behind e1: once e2 is acked,
	// e1's Put is over.
	e2, _ := st.send(msg("C1", "1700000000.000200", "U1", "again"), 0)
	st.waitAck(e2)
	if !st.unacked(e1) {
		t.Fatal("envelope acked although Put failed")
	}
	if st.m.Requests(epSockEvents, OutcomeError) != 1 {
		t.Fatal("failure not counted")
	}
	// Slack redelivers it (new envelope id, retry_attempt 1, same event).
	e3 := st.sendPayload("events_api", p1, 1)
	st.waitAck(e3)
	evs := st.sink.events()
	if len(evs) != 2 || evs[0].TS != "1700000000.000200" || evs[1].TS != "1700000000.000100" {
		t.Fatalf("accepted %v", evs)
	}
}

func TestSocketRetryAttemptDeduped(t *testing.T) {
	st := newSockTest(t, nil)
	_, p := st.send(msg("C1", "1700000000.000100", "U1", "hi"), 0)
	ids := []string{}
	for retry := 1; retry <= 3; retry++ {
		ids = append(ids, st.sendPayload("events_api", p, retry))
	}
	for _, id := range ids {
		st.waitAck(id) // duplicates are acked
	}
	if n := len(st.sink.events()); n != 1 {
		t.Fatalf("sink accepted %d copies", n)
	}
	st.stop()
	if st.m.Requests(epSockEvents, OutcomeDuplicate) != 3 {
		t.Fatalf("duplicates counted %v", st.m.Requests(epSockEvents, OutcomeDuplicate))
	}
}

// TestSocketDisconnectWarning: Slack says `disconnect` and keeps the old
// connection open for a while. The runner opens the new connection at
// once (no backoff: the fake clock never moves) while the old one stays
// up, an envelope read on the old one is still acked after its Put, and
// the old connection is closed once it has nothing pending.
func TestSocketDisconnectWarning(t *testing.T) {
	st := newSockTest(t, nil)
	release := make(chan struct{})
	st.sink.mu.Lock()
	st.sink.block, st.sink.entered = release, make(chan string, 16)
	st.sink.mu.Unlock()
	e1, _ := st.send(msg("C1", "1700000000.000100", "U1", "in flight"), 0)
	<-st.sink.entered

	// A disconnect message without the close that usually follows.
	if _, err := st.fs.SendEnvelopeWith(st.ctx, fakeslack.Envelope{Type: "disconnect", Payload: json.RawMessage(`{}`)}); err != nil {
		t.Fatal(err)
	}
	if err := st.fs.WaitConnected(st.ctx, 2); err != nil {
		t.Fatal(err)
	}
	// New traffic arrives on the new connection.
	st.sink.mu.Lock()
	st.sink.block = nil
	st.sink.mu.Unlock()
	e2, _ := st.send(msg("C2", "1700000000.000200", "U1", "after"), 0)
	st.waitAck(e2)
	if !st.unacked(e1) || st.fs.Connected() != 2 {
		t.Fatalf("old connection closed (%d open) or e1 acked before its Put returned", st.fs.Connected())
	}
	close(release)
	st.waitAck(e1)
	// With nothing pending the old connection is retired.
	deadline := time.Now().Add(20 * time.Second)
	for st.fs.Connected() != 1 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if n := st.fs.Connected(); n != 1 {
		t.Fatalf("%d connections open, want the new one only", n)
	}
	if n := len(st.sink.events()); n != 2 {
		t.Fatalf("sink has %d events", n)
	}
}

// TestSocketDisconnectRefresh: the usual refresh — disconnect, then Slack
// closes the socket. The runner reconnects at once, and an envelope whose
// Put was in progress is acked on the new connection: nothing is lost.
func TestSocketDisconnectRefresh(t *testing.T) {
	st := newSockTest(t, nil)
	release := make(chan struct{})
	st.sink.mu.Lock()
	st.sink.block, st.sink.entered = release, make(chan string, 16)
	st.sink.mu.Unlock()
	e1, _ := st.send(msg("C1", "1700000000.000100", "U1", "in flight"), 0)
	<-st.sink.entered
	st.fs.Disconnect("refresh_requested")
	if err := st.fs.WaitConnected(st.ctx, 2); err != nil {
		t.Fatal(err) // a backoff would wait on the fake clock, which never moves
	}
	close(release)
	st.waitAck(e1)
	e2, _ := st.send(msg("C1", "1700000000.000200", "U1", "after"), 0)
	st.waitAck(e2)
	if evs := st.sink.events(); len(evs) != 2 {
		t.Fatalf("sink has %d events", len(evs))
	}
	if len(st.fs.Unacked()) != 0 {
		t.Fatalf("unacked: %v", st.fs.Unacked())
	}
}

// TestSocketDropBackoff: a connection dropped without a word is replaced
// after a backoff on the (fake) clock; failed reconnects double it.
func TestSocketDropBackoff(t *testing.T) {
	st := newSockTest(t, nil)
	opens := st.fs.AttemptCount("apps.connections.open")
	st.fs.Inject("apps.connections.open", fakeslack.Fault{Status: 500, Times: 2})
	st.fs.DropConnections()

	// Each wait is ReconnectMin·2^(n-1) plus up to 50 % jitter: 1-1.5 s,
	// 2-3 s, 4-6 s. Just short of the lower bound, nothing may happen; at
	// the upper bound the next attempt must have been made.
	for i, lo := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second} {
		if err := st.clock.BlockUntil(st.ctx, 1); err != nil {
			t.Fatalf("wait %d: runner not sleeping: %v", i, err)
		}
		if got := st.fs.AttemptCount("apps.connections.open"); got != opens+int64(i) {
			t.Fatalf("wait %d: %d attempts, want %d", i, got-opens, i)
		}
		st.clock.Advance(lo - time.Millisecond)
		if st.clock.Waiters() != 1 {
			t.Fatalf("wait %d: backoff shorter than %v", i, lo)
		}
		// The attempt is made; while it fails, the runner sleeps again (the
		// BlockUntil at the top of the loop waits for that).
		st.clock.Advance(lo/2 + time.Millisecond)
	}
	if err := st.fs.WaitConnected(st.ctx, 2); err != nil {
		t.Fatal(err)
	}
	e, _ := st.send(msg("C1", "1700000000.000100", "U1", "back"), 0)
	st.waitAck(e)
}

func TestSocketBackoffBounds(t *testing.T) {
	s := &Socket{core: core{o: Options{ReconnectMin: 500 * time.Millisecond, ReconnectMax: 30 * time.Second}}}
	for n := 1; n <= 10; n++ {
		base := min(500*time.Millisecond<<(n-1), 30*time.Second)
		hi := min(base+base/2, 30*time.Second)
		for range 200 {
			if d := s.backoff(n); d < base || d > hi {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", n, d, base, hi)
			}
		}
	}
}

func TestSocketInteractiveCommandsAndOthers(t *testing.T) {
	var mu sync.Mutex
	var gone []string
	st := newSockTest(t, func(o *Options) {
		o.CommandAck = func(sc slack.SlashCommand) string { return "on it: " + sc.Text }
		o.OnUninstall = func(team string) { mu.Lock(); gone = append(gone, team); mu.Unlock() }
	})
	// block_actions with two actions: two events; the ack has no payload.
	ia := st.sendPayload("interactive", json.RawMessage(blockActions("trig.9")), 0)
	st.waitAck(ia)
	// slash command: the ack carries the ephemeral text.
	cmd := map[string]any{"token": "x", "team_id": testTeam, "channel_id": "C1", "user_id": "U1", "command": "/echo",
		"text": "hi", "response_url": "https://hooks.slack.test/commands/1", "trigger_id": "trig.10"}
	c := st.sendPayload("slash_commands", cmd, 0)
	var ack map[string]string
	if err := json.Unmarshal(st.waitAck(c), &ack); err != nil || ack["text"] != "on it: hi" || ack["response_type"] != "ephemeral" {
		t.Fatalf("command ack %v (%v)", ack, err)
	}
	// Acked, nothing dispatched: own message, unknown event type, reaction,
	// malformed payload, unknown envelope type, uninstall.
	var quiet []string
	for _, inner := range []map[string]any{
		msg("C1", "1700000000.000300", botUser, "my own words"),
		{"type": "brand_new_event_2031"},
		{"type": "reaction_added", "user": "U1", "reaction": "+1", "item": map[string]any{"type": "message", "channel": "C1", "ts": "1"}},
		{"type": "app_uninstalled"},
	} {
		id, _ := st.send(inner, 0)
		quiet = append(quiet, id)
	}
	quiet = append(quiet,
		st.sendPayload("events_api", json.RawMessage(`{"type":"event_callback","event":{"type":"message","text":5}}`), 0),
		st.sendPayload("interactive", json.RawMessage(`"not an object"`), 0),
		st.sendPayload("slash_commands", map[string]any{"text": "no command"}, 0),
		st.sendPayload("brand_new_envelope", map[string]any{}, 0),
	)
	for _, id := range quiet {
		st.waitAck(id)
	}
	// Each malformed payload is counted once as rejected (bad_message).
	for _, ep := range []string{epSockEvents, epSockInteract, epSockCommands} {
		if n, r := st.m.Requests(ep, OutcomeRejected), st.m.Rejected(ep, ReasonBadMessage); n != 1 || r != 1 {
			t.Fatalf("%s: rejected outcomes %v, bad_message %v, want 1 and 1", ep, n, r)
		}
	}
	evs := st.sink.events()
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind+":"+e.ActionID+e.Command)
	}
	slices.Sort(kinds)
	if want := []string{"action:poll:size", "action:poll:yes", "command:/echo"}; !slices.Equal(kinds, want) {
		t.Fatalf("dispatched %v, want %v", kinds, want)
	}
	for _, e := range evs {
		if e.Kind == abi.KindCommand && (e.ResponseURL != "https://hooks.slack.test/commands/1" || e.Channel != "C1" || e.Text != "hi") {
			t.Fatalf("command event %+v", *e)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if len(gone) != 1 || gone[0] != testTeam {
		t.Fatalf("OnUninstall calls %v", gone)
	}
}

// TestSocketOrderPerConversation: events of one conversation reach the
// Sink in the order they were sent, whatever the worker count.
func TestSocketOrderPerConversation(t *testing.T) {
	st := newSockTest(t, func(o *Options) { o.Workers = 3 })
	channels := []string{"C1", "C2", "C3", "D4", "C5"}
	var last string
	const per = 20
	for i := range per {
		for _, ch := range channels {
			last, _ = st.send(msg(ch, fmt.Sprintf("1700000000.%06d", i+1), "U1", "n"), 0)
		}
	}
	st.waitAck(last)
	evs := st.sink.waitEvents(t, per*len(channels))
	seen := map[string]string{}
	for _, e := range evs {
		if prev := seen[e.Channel]; prev != "" && strings.Compare(prev, e.TS) >= 0 {
			t.Fatalf("%s: ts %s reached the sink after %s", e.Channel, e.TS, prev)
		}
		seen[e.Channel] = e.TS
	}
}

func TestSocketStopsOnCancelAndRefusedToken(t *testing.T) {
	st := newSockTest(t, nil)
	if err := st.stop(); err != nil {
		t.Fatalf("Run after cancel: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for st.fs.Connected() != 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if st.fs.Connected() != 0 {
		t.Fatal("connection left open after Run returned")
	}

	sock, err := NewSocket(newSink(), "xapp-unknown", st.fs.APIURL(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = sock.Run(ctx)
	if se, ok := errors.AsType[slack.SlackErrorResponse](err); !ok || se.Err != "invalid_auth" {
		t.Fatalf("Run with a refused token: %v", err)
	}
	if _, err := NewSocket(newSink(), "", "", Options{}); err == nil {
		t.Fatal("no app token accepted")
	}
}

// TestSocketNoEnvelopeIDCountedOnce: an envelope without envelope_id has
// no ack to send; its outcome is still counted exactly once, a rejected
// one included (malformed counts it, ack must not count it again).
func TestSocketNoEnvelopeIDCountedOnce(t *testing.T) {
	m := NewMetrics(nil)
	s, err := NewSocket(newSink(), appToken, "", Options{Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range []socketmode.Request{
		{Type: socketmode.RequestTypeSlashCommands, Payload: json.RawMessage(`{"text":"no command"}`)},
		{Type: "brand_new_envelope", Payload: json.RawMessage(`{}`)},
	} {
		if !s.envelope(context.Background(), nil, &req, nil) {
			t.Fatalf("%s: envelope reported ctx ended", req.Type)
		}
	}
	if n, r := m.Requests(epSockCommands, OutcomeRejected), m.Rejected(epSockCommands, ReasonBadMessage); n != 1 || r != 1 {
		t.Fatalf("rejected outcomes %v, bad_message %v, want 1 and 1", n, r)
	}
	if n := m.Requests("socket_brand_new_envelope", OutcomeIgnored); n != 1 {
		t.Fatalf("ignored outcomes %v, want 1", n)
	}
}
