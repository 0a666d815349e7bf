package slackin

// Socket Mode runner.
//
// Why not slack-go's socketmode.Client: its Ack can be sent after the
// durable write, but on a `disconnect` message it cancels the connection
// first (dropping the envelopes it had read but not yet handed out) and
// only then opens the next one; a connection that dies after a successful
// open is reopened at once, with no backoff, so a flapping endpoint is
// hammered; acks are queued on one channel shared by all connections and
// written to whichever connection is current, including one that is being
// torn down; and an envelope whose inner event type slack-go does not know
// is reported as a bad message that is never acked, so Slack redelivers
// it. This file is therefore a small client of its own on
// gorilla/websocket, speaking the envelope protocol directly. It still
// uses slack-go for apps.connections.open and for every payload type
// (socketmode.Request, slackevents' typed events through the fast path of
// fastpath.go or slackevents.ParseEvent, slack.SlashCommand,
// slack.InteractionCallback), so parsing is the same as over HTTP.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/bothost/bothost/host/internal/clock"
)

// Outcome of a Socket Mode envelope whose ack could not be written on any
// connection (Slack redelivers it; the Sink deduplicates).
const OutcomeAckFailed = "ack_failed"

const (
	// connectTimeout bounds apps.connections.open plus the WebSocket
	// handshake.
	connectTimeout = 10 * time.Second
	// writeTimeout bounds one ack write.
	writeTimeout = 10 * time.Second
	// workerQueue is each worker's backlog before the reader waits.
	workerQueue = 64
)

// fatalOpenErrors are apps.connections.open answers that no retry can fix:
// Run returns them.
var fatalOpenErrors = map[string]bool{
	"invalid_auth":           true,
	"not_authed":             true,
	"account_inactive":       true,
	"token_revoked":          true,
	"not_allowed_token_type": true,
}

// Socket receives Slack traffic over Socket Mode: one WebSocket opened
// with an app-level token (xapp-...), no public HTTP endpoint. Each
// envelope goes through the same conversion as the HTTP endpoints, then to
// the Sink, and is acknowledged on the socket only after Sink.Put returned
// (or reported a duplicate). An envelope that is not acked (Sink failure,
// connection lost before the ack) is redelivered by Slack with
// retry_attempt set and the same event ids, which the Sink deduplicates.
type Socket struct {
	core
	api    *slack.Client
	dialer *websocket.Dialer
	timers clock.TimerClock

	mu     sync.Mutex
	active *sockConn     // the connection new traffic is expected on; nil while reconnecting
	live   bool          // active has said hello
	liveCh chan struct{} // closed while live
	conns  map[*sockConn]struct{}
}

// setActive makes c (nil: none) the active connection, not yet live.
// s.mu must be held.
func (s *Socket) setActiveLocked(c *sockConn) {
	s.active = c
	if s.live {
		s.live = false
		s.liveCh = make(chan struct{})
	}
}

// liveConn returns the active connection once it is live, waiting up to
// d for one (nil if none turned up).
func (s *Socket) liveConn(ctx context.Context, d time.Duration) *sockConn {
	s.mu.Lock()
	c, live, ch := s.active, s.live, s.liveCh
	s.mu.Unlock()
	if live {
		return c
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ch:
	case <-t.C:
	case <-ctx.Done():
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.live {
		return s.active
	}
	return nil
}

// NewSocket returns a Socket Mode runner. appToken is the app-level token;
// apiURL is the Web API base ("" for Slack's, e.g. fakeslack's APIURL()
// in tests). o.SigningSecret is not used.
func NewSocket(sink Sink, appToken, apiURL string, o Options) (*Socket, error) {
	if sink == nil {
		return nil, errors.New("slackin: no sink")
	}
	if appToken == "" {
		return nil, errors.New("slackin: no app-level token for Socket Mode")
	}
	o.setDefaults()
	hc := o.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: connectTimeout}
	}
	opts := []slack.Option{slack.OptionAppLevelToken(appToken), slack.OptionHTTPClient(hc)}
	if apiURL != "" {
		opts = append(opts, slack.OptionAPIURL(apiURL))
	}
	d := o.Dialer
	if d == nil {
		d = &websocket.Dialer{
			Proxy:            http.ProxyFromEnvironment,
			HandshakeTimeout: connectTimeout,
			WriteBufferSize:  32 << 10,
		}
	}
	tc, ok := o.Clock.(clock.TimerClock)
	if !ok {
		tc = clock.System{}
	}
	return &Socket{
		core:   core{o: o, sink: sink, m: o.Metrics},
		api:    slack.New(appToken, opts...),
		dialer: d,
		timers: tc,
		liveCh: make(chan struct{}),
		conns:  make(map[*sockConn]struct{}),
	}, nil
}

// Connected reports whether a connection is open and Slack has said hello
// on it (for a readiness check).
func (s *Socket) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.active != nil && s.live
}

// sockConn is one WebSocket connection.
type sockConn struct {
	ws *websocket.Conn
	id int

	writeMu sync.Mutex // gorilla allows one writer at a time
	closed  atomic.Bool

	mu      sync.Mutex
	pending int           // envelopes read from it and not yet acked (or given up)
	drained chan struct{} // closed when pending reaches 0, once retiring
}

func (c *sockConn) add() {
	c.mu.Lock()
	c.pending++
	c.mu.Unlock()
}

func (c *sockConn) done() {
	c.mu.Lock()
	c.pending--
	if c.pending == 0 && c.drained != nil {
		close(c.drained)
		c.drained = nil
	}
	c.mu.Unlock()
}

// idle returns a channel closed once nothing read from c awaits its ack.
func (c *sockConn) idle() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan struct{})
	if c.pending == 0 {
		close(ch)
	} else {
		c.drained = ch
	}
	return ch
}

func (c *sockConn) write(msg []byte) error {
	if c.closed.Load() {
		return errors.New("connection closed")
	}
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, msg)
}

// close sends a close frame (best effort) and closes the socket; the
// reader then ends.
func (c *sockConn) close() {
	if c.closed.Swap(true) {
		return
	}
	c.ws.WriteControl(websocket.CloseMessage,
		websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
	c.ws.Close()
}

// connEvent is what a connection's reader reports to the manager.
type connEvent struct {
	c      *sockConn
	kind   int // evHello, evDisconnect, evClosed
	reason string
	err    error
}

const (
	evHello = iota
	evDisconnect
	evClosed
)

// job is one envelope on its way to the Sink and back to Slack as an ack.
type job struct {
	c        *sockConn
	ep       string
	envelope string
	cv       conversion
	payload  any // ack payload (slash command text), or nil
}

// Run connects and serves until ctx ends; it then closes the connections,
// waits for its goroutines and returns nil. It returns an error only when
// Slack refuses the app token (invalid_auth, token_revoked, ...), which no
// reconnect can fix. Envelopes are put into the Sink by Options.Workers
// workers, sharded by conversation so one conversation's events keep
// their order.
func (s *Socket) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	queues := make([]chan job, s.o.Workers)
	var workers sync.WaitGroup
	for i := range queues {
		queues[i] = make(chan job, workerQueue)
		workers.Go(func() { s.work(ctx, queues[i]) })
	}
	events := make(chan connEvent, 16)
	var readers sync.WaitGroup

	err := s.manage(ctx, queues, events, &readers)

	cancel()
	s.mu.Lock()
	for c := range s.conns {
		c.close()
	}
	s.setActiveLocked(nil)
	s.mu.Unlock()
	readers.Wait()
	for _, q := range queues {
		close(q)
	}
	workers.Wait()
	return err
}

// manage opens connections and reacts to what their readers report, until
// ctx ends or the token is refused.
func (s *Socket) manage(ctx context.Context, queues []chan job, events chan connEvent, readers *sync.WaitGroup) error {
	var (
		failures int
		wait     time.Duration // before the next connect
		seq      int
		liveAt   = map[*sockConn]time.Time{}
	)
	for {
		s.mu.Lock()
		needConn := s.active == nil
		s.mu.Unlock()
		if needConn {
			if wait > 0 {
				s.o.Logger.Info("slack socket: reconnecting after backoff", "wait", wait, "failures", failures)
				if clock.Sleep(ctx, s.timers, wait) != nil {
					return nil
				}
			}
			seq++
			c, err := s.connect(ctx, seq)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && fatalOpenErrors[se.Err] {
					return fmt.Errorf("slack socket: apps.connections.open: %w", err)
				}
				failures++
				wait = s.backoff(failures)
				if rl, ok := errors.AsType[*slack.RateLimitedError](err); ok && rl.RetryAfter > wait {
					wait = rl.RetryAfter
				}
				s.o.Logger.Warn("slack socket: connect failed", "err", err, "failures", failures)
				continue
			}
			wait = 0
			s.mu.Lock()
			s.setActiveLocked(c)
			s.conns[c] = struct{}{}
			s.mu.Unlock()
			readers.Go(func() { s.read(ctx, c, queues, events) })
		}

		var ev connEvent
		select {
		case <-ctx.Done():
			return nil
		case ev = <-events:
		}
		s.mu.Lock()
		isActive := ev.c == s.active
		s.mu.Unlock()
		switch ev.kind {
		case evHello:
			s.o.Logger.Info("slack socket: connected", "conn", ev.c.id)
			liveAt[ev.c] = s.o.Clock.Now()
			if isActive {
				s.mu.Lock()
				if !s.live {
					s.live = true
					close(s.liveCh)
				}
				var old []*sockConn
				for c := range s.conns {
					if c != ev.c {
						old = append(old, c)
					}
				}
				s.mu.Unlock()
				for _, c := range old {
					readers.Go(func() { s.retire(ctx, c) })
				}
			}
		case evDisconnect:
			s.o.Logger.Info("slack socket: Slack asked to reconnect", "conn", ev.c.id, "reason", ev.reason)
			if isActive {
				// Open the replacement now; the old connection stays open (and
				// its envelopes are still read and acked) until the new one is
				// live or Slack closes it.
				s.mu.Lock()
				s.setActiveLocked(nil)
				s.mu.Unlock()
				wait = 0
			}
		case evClosed:
			s.mu.Lock()
			delete(s.conns, ev.c)
			s.mu.Unlock()
			since, wasLive := liveAt[ev.c]
			delete(liveAt, ev.c)
			if !isActive {
				continue
			}
			s.o.Logger.Warn("slack socket: connection lost", "conn", ev.c.id, "err", ev.err)
			if wasLive && s.o.Clock.Now().Sub(since) >= s.o.ReconnectMax {
				failures = 0
			}
			failures++
			wait = s.backoff(failures)
			s.mu.Lock()
			s.setActiveLocked(nil)
			s.mu.Unlock()
		}
	}
}

// backoff is the wait before the next connect after n consecutive
// failures: ReconnectMin doubled n-1 times, plus up to 50 % jitter, at
// most ReconnectMax.
func (s *Socket) backoff(n int) time.Duration {
	d := s.o.ReconnectMin
	for i := 1; i < n && d < s.o.ReconnectMax; i++ {
		d *= 2
	}
	d = min(d, s.o.ReconnectMax)
	if half := int64(d / 2); half > 0 {
		d += time.Duration(rand.Int64N(half + 1))
	}
	return min(d, s.o.ReconnectMax)
}

// connect calls apps.connections.open and dials the URL it returns.
func (s *Socket) connect(ctx context.Context, id int) (*sockConn, error) {
	ctx, cancel := context.WithTimeout(ctx, connectTimeout)
	defer cancel()
	_, url, err := s.api.StartSocketModeContext(ctx)
	if err != nil {
		return nil, err
	}
	if url == "" {
		return nil, errors.New("apps.connections.open: no url")
	}
	ws, resp, err := s.dialer.DialContext(ctx, url, nil)
	if err != nil {
		return nil, fmt.Errorf("dial socket: %w", err)
	}
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	ws.SetReadLimit(s.o.MaxBody + 64<<10)
	s.m.connected.Inc()
	return &sockConn{ws: ws, id: id}, nil
}

// retire closes an old connection, after a replacement said hello, once
// everything read from it has been acked or after PutTimeout plus an ack
// write, whichever comes first. An envelope whose Put outlasts that (the
// inbox does not give up on a write in progress) is acked on the live
// connection instead (see ack).
func (s *Socket) retire(ctx context.Context, c *sockConn) {
	t := time.NewTimer(s.o.PutTimeout + writeTimeout)
	defer t.Stop()
	select {
	case <-c.idle():
	case <-t.C:
	case <-ctx.Done():
	}
	c.close()
}

// read is a connection's reader: it answers pings, keeps the liveness
// deadline, reports hello / disconnect / close to the manager and hands
// envelopes on.
func (s *Socket) read(ctx context.Context, c *sockConn, queues []chan job, events chan<- connEvent) {
	report := func(ev connEvent) {
		select {
		case events <- ev:
		case <-ctx.Done():
		}
	}
	deadline := 2 * s.o.PingInterval
	alive := func() { c.ws.SetReadDeadline(time.Now().Add(deadline)) }
	c.ws.SetPingHandler(func(data string) error {
		alive()
		err := c.ws.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(writeTimeout))
		if err != nil && !errors.Is(err, websocket.ErrCloseSent) {
			return err
		}
		return nil
	})
	c.ws.SetPongHandler(func(string) error { alive(); return nil })

	stopPing := make(chan struct{})
	defer close(stopPing)
	go func() {
		t := time.NewTicker(s.o.PingInterval)
		defer t.Stop()
		for {
			select {
			case <-stopPing:
				return
			case <-t.C:
				c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeTimeout))
			}
		}
	}()

	for {
		alive()
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			c.close()
			report(connEvent{c: c, kind: evClosed, err: err})
			return
		}
		var req socketmode.Request
		if err := json.Unmarshal(data, &req); err != nil {
			s.m.reject("socket", ReasonBadMessage)
			s.o.Logger.Warn("slack socket: unreadable message", "conn", c.id, "err", err)
			continue
		}
		switch req.Type {
		case socketmode.RequestTypeHello:
			report(connEvent{c: c, kind: evHello})
		case socketmode.RequestTypeDisconnect:
			report(connEvent{c: c, kind: evDisconnect, reason: req.Reason})
		default:
			if !s.envelope(ctx, c, &req, queues) {
				return // ctx ended while a worker queue was full
			}
		}
	}
}

// envelope converts one envelope and queues it for its worker, or acks it
// at once when it carries nothing for the Sink. It reports false when ctx
// ended first.
func (s *Socket) envelope(ctx context.Context, c *sockConn, req *socketmode.Request, queues []chan job) (ok bool) {
	ep := "socket_" + req.Type
	switch req.Type {
	case socketmode.RequestTypeEventsAPI:
		ep = epSockEvents
	case socketmode.RequestTypeInteractive:
		ep = epSockInteract
	case socketmode.RequestTypeSlashCommands:
		ep = epSockCommands
	}
	defer func() {
		if v := recover(); v != nil {
			// Not acked: Slack redelivers, as an HTTP 500 would make it retry.
			s.o.Logger.Error("slack socket: envelope panic", "endpoint", ep, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			s.m.requests.with(ep, OutcomePanic).Inc()
			ok = true
		}
	}()
	if req.RetryAttempt > 0 {
		s.m.retries.WithLabelValues(ep, req.RetryReason).Inc()
		s.o.Logger.Debug("slack socket: redelivered envelope", "endpoint", ep, "retry", req.RetryAttempt, "reason", req.RetryReason)
	}
	j := job{c: c, ep: ep, envelope: req.EnvelopeID}
	switch req.Type {
	case socketmode.RequestTypeEventsAPI:
		if cv, ok := s.parseCallback(req.Payload); ok {
			j.cv = cv
			break
		}
		ev, err := slackevents.ParseEvent(req.Payload, slackevents.OptionNoVerifyToken())
		switch {
		case err != nil && unsupported(req.Payload):
			j.cv = ignored
		case err != nil:
			j.cv = s.malformed(ep, err)
		default:
			j.cv = s.fromEventsAPI(&ev)
		}
	case socketmode.RequestTypeInteractive:
		var cb slack.InteractionCallback
		if err := json.Unmarshal(req.Payload, &cb); err != nil {
			j.cv = s.malformed(ep, err)
		} else {
			j.cv = s.fromInteraction(&cb, req.Payload)
		}
	case socketmode.RequestTypeSlashCommands:
		var sc slack.SlashCommand
		if err := json.Unmarshal(req.Payload, &sc); err != nil || sc.Command == "" {
			j.cv = s.malformed(ep, err)
		} else {
			j.cv = s.fromCommand(&sc, req.Payload)
			if text := s.commandAck(sc); text != "" {
				j.payload = ephemeral{ResponseType: "ephemeral", Text: text}
			}
		}
	default:
		j.cv = ignored
	}
	if req.EnvelopeID == "" {
		// Nothing to ack and no way for Slack to redeliver: deliver anyway.
		s.o.Logger.Warn("slack socket: envelope without envelope_id", "type", req.Type)
	}
	if len(j.cv.events) == 0 {
		s.ack(ctx, &j, j.cv.outcome)
		return true
	}
	c.add()
	q := queues[shard(j.cv.events[0].Conversation(), len(queues))]
	select {
	case q <- j:
		return true
	case <-ctx.Done():
		c.done()
		return false
	}
}

// malformed records an envelope that cannot be parsed. The caller still
// acks it: a payload that does not parse now will not parse on
// redelivery either.
func (s *Socket) malformed(ep string, err error) conversion {
	s.m.reject(ep, ReasonBadMessage)
	s.o.Logger.Warn("slack socket: malformed envelope payload; acked and dropped", "endpoint", ep, "err", err)
	return conversion{outcome: OutcomeRejected}
}

// shard maps a conversation key to a worker (FNV-1a).
func shard(key string, n int) int {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	return int(h % uint32(n))
}

// work puts queued envelopes into the Sink and acks each one after its Put.
func (s *Socket) work(ctx context.Context, q <-chan job) {
	for j := range q {
		s.workOne(ctx, &j)
	}
}

func (s *Socket) workOne(ctx context.Context, j *job) {
	defer j.c.done()
	defer func() {
		if v := recover(); v != nil {
			s.o.Logger.Error("slack socket: sink panic", "endpoint", j.ep, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			s.m.requests.with(j.ep, OutcomePanic).Inc()
		}
	}()
	if ctx.Err() != nil {
		return // shutting down: not acked, Slack redelivers
	}
	outcome, err := s.put(ctx, j.cv.events)
	if err != nil {
		s.m.outcome(j.ep, OutcomeError)
		s.o.Logger.Error("slack socket: inbox refused event; not acked, Slack will redeliver", "endpoint", j.ep, "id", j.cv.events[0].ID, "err", err)
		return
	}
	s.ack(ctx, j, outcome)
}

// ack sends {"envelope_id":...,"payload":...} on the connection the
// envelope came from or, if that one is gone, on the current live one
// (waiting a little for a reconnect: the event is durable already, and an
// ack now spares Slack a redelivery).
func (s *Socket) ack(ctx context.Context, j *job, outcome string) {
	// A rejected envelope was counted by malformed; any other outcome is
	// counted here once the ack is sent (or there is none to send).
	count := outcome != OutcomeRejected
	if j.envelope == "" {
		if count {
			s.m.outcome(j.ep, outcome)
		}
		return
	}
	msg, err := json.Marshal(socketmode.Response{EnvelopeID: j.envelope, Payload: j.payload})
	if err != nil {
		s.o.Logger.Error("slack socket: encode ack", "err", err)
		s.m.requests.with(j.ep, OutcomeAckFailed).Inc()
		return
	}
	err = j.c.write(msg)
	if err != nil {
		if alt := s.liveConn(ctx, writeTimeout); alt != nil && alt != j.c {
			err = alt.write(msg)
		}
	}
	if err != nil {
		s.o.Logger.Warn("slack socket: ack not sent; Slack will redeliver", "endpoint", j.ep, "envelope", j.envelope, "err", err)
		s.m.requests.with(j.ep, OutcomeAckFailed).Inc()
		return
	}
	if count {
		s.m.outcome(j.ep, outcome)
	}
}
