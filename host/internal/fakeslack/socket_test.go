package fakeslack

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

const appToken = "xapp-1-test"

// smRun runs slack-go's socketmode client against s until the test ends.
// Every request envelope is acked (slash commands with a payload) and every
// event is forwarded on the returned channel.
type smRun struct {
	events chan socketmode.Event
	done   chan error
}

func runSocketMode(t *testing.T, s *Server, opts ...socketmode.Option) *smRun {
	t.Helper()
	api := slack.New(team1.BotToken, slack.OptionAPIURL(s.APIURL()), slack.OptionAppLevelToken(appToken))
	smc := socketmode.New(api, opts...)
	ctx, cancel := context.WithCancel(context.Background())
	r := &smRun{events: make(chan socketmode.Event, 256), done: make(chan error, 1)}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		r.done <- smc.RunContext(ctx)
	}()
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case evt := <-smc.Events:
				if evt.Request != nil && evt.Request.EnvelopeID != "" {
					var payload any
					if evt.Type == socketmode.EventTypeSlashCommand {
						payload = map[string]string{"text": "ack:" + evt.Data.(slack.SlashCommand).Text}
					}
					if err := smc.Ack(*evt.Request, payload); err != nil {
						t.Errorf("ack: %v", err)
					}
				}
				select {
				case r.events <- evt:
				default: // nobody reading: drop, the test only looks at what it waits for
				}
			}
		}
	}()
	t.Cleanup(func() { cancel(); wg.Wait() })
	return r
}

// next returns the next event of type typ.
func (r *smRun) next(t *testing.T, ctx context.Context, typ socketmode.EventType) socketmode.Event {
	t.Helper()
	for {
		select {
		case evt := <-r.events:
			if evt.Type == typ {
				return evt
			}
		case err := <-r.done:
			t.Fatalf("socketmode client stopped waiting for %s: %v", typ, err)
		case <-ctx.Done():
			t.Fatalf("no %s event: %v", typ, ctx.Err())
		}
	}
}

func waitOpen(t *testing.T, ctx context.Context, s *Server, n int) {
	t.Helper()
	if err := s.WaitOpen(ctx, n); err != nil {
		t.Fatal(err)
	}
}

func TestSocketModeSession(t *testing.T) {
	s := newServer(t, WithPingInterval(50*time.Millisecond))
	s.AddAppToken(appToken)
	ctx := testCtx(t)
	r := runSocketMode(t, s)

	// hello
	hello := r.next(t, ctx, socketmode.EventTypeHello)
	if hello.Request.ConnectionInfo.AppID != "A1" || hello.Request.NumConnections != 1 || hello.Request.DebugInfo.Host == "" {
		t.Fatalf("hello = %+v", hello.Request)
	}
	if err := s.WaitConnected(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if s.Connected() != 1 || s.Count(MethodConnectionsOpen) != 1 {
		t.Fatalf("connected %d, connections.open %d", s.Connected(), s.Count(MethodConnectionsOpen))
	}
	if c := s.Calls(MethodConnectionsOpen); c[0].Token != appToken {
		t.Fatalf("apps.connections.open token %q", c[0].Token)
	}

	// events_api delivered, parsed by slack-go, acked without payload.
	payload, err := s.EventCallback("T1", map[string]any{
		"type": "message", "channel": "C1", "user": "U1", "text": "hi there", "ts": "1700000100.000001",
	})
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.SendEnvelope(ctx, "events_api", payload, 0)
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	evt := r.next(t, ctx, socketmode.EventTypeEventsAPI)
	if evt.Request.EnvelopeID != id || evt.Request.AcceptsResponsePayload || evt.Request.RetryAttempt != 0 {
		t.Fatalf("envelope = %+v", evt.Request)
	}
	api := evt.Data.(slackevents.EventsAPIEvent)
	msg, ok := api.InnerEvent.Data.(*slackevents.MessageEvent)
	if api.TeamID != "T1" || api.APIAppID != "A1" || !ok || msg.Text != "hi there" || msg.Channel != "C1" {
		t.Fatalf("events api event = %+v / %+v", api, api.InnerEvent.Data)
	}
	ack, err := s.WaitAck(ctx, id)
	if err != nil {
		t.Fatalf("ack: %v", err)
	}
	if ack != nil {
		t.Fatalf("events_api ack carried payload %s", ack)
	}

	// Slash command with a retry: the ack carries a payload.
	id, err = s.SendEnvelope(ctx, "slash_commands", map[string]string{
		"command": "/echo", "text": "ping", "team_id": "T1", "channel_id": "C1", "user_id": "U1",
		"response_url": s.ResponseURL("C1"), "trigger_id": "trig1",
	}, 2)
	if err != nil {
		t.Fatal(err)
	}
	evt = r.next(t, ctx, socketmode.EventTypeSlashCommand)
	if cmd := evt.Data.(slack.SlashCommand); cmd.Command != "/echo" || cmd.Text != "ping" ||
		evt.Request.RetryAttempt != 2 || evt.Request.RetryReason != "timeout" || !evt.Request.AcceptsResponsePayload {
		t.Fatalf("slash command = %+v / %+v", cmd, evt.Request)
	}
	ack, err = s.WaitAck(ctx, id)
	if err != nil || string(ack) != `{"text":"ack:ping"}` {
		t.Fatalf("slash ack payload %s (%v)", ack, err)
	}

	// Interactive.
	id, err = s.SendEnvelope(ctx, "interactive", json.RawMessage(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"actions":[{"action_id":"ok","block_id":"b1","value":"yes","type":"button"}]}`), 0)
	if err != nil {
		t.Fatal(err)
	}
	evt = r.next(t, ctx, socketmode.EventTypeInteractive)
	if cb := evt.Data.(slack.InteractionCallback); cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) != 1 || cb.ActionCallback.BlockActions[0].Value != "yes" {
		t.Fatalf("interaction = %+v", evt.Data)
	}
	if _, err := s.WaitAck(ctx, id); err != nil {
		t.Fatal(err)
	}
	if u := s.Unacked(); len(u) != 0 || s.AckCount() != 3 {
		t.Fatalf("unacked %v, acks %d", u, s.AckCount())
	}

	// Disconnect: slack-go reopens through apps.connections.open and the
	// old connection goes away.
	s.Disconnect("refresh_requested")
	if err := s.WaitConnected(ctx, 2); err != nil {
		t.Fatal(err)
	}
	r.next(t, ctx, socketmode.EventTypeHello)
	waitOpen(t, ctx, s, 1)
	if n := s.Count(MethodConnectionsOpen); n != 2 {
		t.Fatalf("apps.connections.open called %d times, want 2", n)
	}
	// Envelopes go to the new connection.
	id, err = s.SendEnvelope(ctx, "events_api", payload, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitAck(ctx, id); err != nil {
		t.Fatal(err)
	}

	// An abrupt drop also leads to a reconnect.
	s.DropConnections()
	if err := s.WaitConnected(ctx, 3); err != nil {
		t.Fatal(err)
	}
	waitOpen(t, ctx, s, 1)
	id, err = s.SendEnvelope(ctx, "events_api", payload, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitAck(ctx, id); err != nil {
		t.Fatal(err)
	}
}

// TestSocketModePingsKeepConnection: with the server pinging, slack-go's
// client (ping interval 1s) keeps its one connection over several of its
// intervals; with pings off the same client gives up on the connection and
// reconnects, which shows the pings are what keeps it.
func TestSocketModePingsKeepConnection(t *testing.T) {
	t.Run("pings on", func(t *testing.T) {
		s := newServer(t, WithPingInterval(50*time.Millisecond))
		s.AddAppToken(appToken)
		ctx := testCtx(t)
		runSocketMode(t, s, socketmode.OptionPingInterval(time.Second))
		if err := s.WaitConnected(ctx, 1); err != nil {
			t.Fatal(err)
		}
		// Observing that nothing happens needs time to pass: 3 client intervals.
		time.Sleep(3 * time.Second)
		if n := s.Count(MethodConnectionsOpen); n != 1 || s.Connected() != 1 {
			t.Fatalf("client reconnected: connections.open %d, open %d", n, s.Connected())
		}
	})
	t.Run("pings off", func(t *testing.T) {
		s := newServer(t, WithPingInterval(0))
		s.AddAppToken(appToken)
		ctx := testCtx(t)
		runSocketMode(t, s, socketmode.OptionPingInterval(200*time.Millisecond))
		if err := s.WaitConnected(ctx, 2); err != nil {
			t.Fatalf("client did not reconnect without pings: %v", err)
		}
	})
}

func TestSocketModeInvalidAppToken(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	r := runSocketMode(t, s) // appToken never registered
	select {
	case err := <-r.done:
		if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
			t.Fatalf("RunContext ended with %v, want invalid_auth", err)
		}
	case <-ctx.Done():
		t.Fatal("client kept running with an invalid app token")
	}
	if s.sock.opened() != 0 {
		t.Fatal("a WebSocket was opened")
	}
}

// TestSocketModeRateLimitedOpen: a 429 on apps.connections.open makes
// slack-go back off for Retry-After and try again.
func TestSocketModeRateLimitedOpen(t *testing.T) {
	s := newServer(t)
	s.AddAppToken(appToken)
	s.Inject(MethodConnectionsOpen, Fault{Status: 429, RetryAfter: time.Second, Times: 1})
	ctx := testCtx(t)
	start := time.Now()
	runSocketMode(t, s)
	if err := s.WaitConnected(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < time.Second {
		t.Fatalf("connected after %v, before Retry-After", d)
	}
	if s.AttemptCount(MethodConnectionsOpen) != 2 {
		t.Fatalf("attempts %d", s.AttemptCount(MethodConnectionsOpen))
	}
}

func TestSendEnvelopeWaitsForConnection(t *testing.T) {
	s := newServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.SendEnvelope(ctx, "events_api", map[string]string{}, 0); err == nil {
		t.Fatal("sent with no connection")
	}
}

func TestTicketSingleUse(t *testing.T) {
	s := newServer(t)
	s.AddAppToken(appToken)
	ctx := testCtx(t)
	api := slack.New("", slack.OptionAPIURL(s.APIURL()), slack.OptionAppLevelToken(appToken))
	_, u, err := api.StartSocketModeContext(ctx)
	if err != nil || !strings.HasPrefix(u, "ws://127.0.0.1:") {
		t.Fatalf("open: %q %v", u, err)
	}
	dial := func() error {
		c, _, err := websocket.DefaultDialer.DialContext(ctx, u, nil)
		if err == nil {
			c.Close()
		}
		return err
	}
	if err := dial(); err != nil {
		t.Fatalf("first dial: %v", err)
	}
	if err := dial(); err == nil {
		t.Fatal("ticket accepted twice")
	}
}
