package fakeslack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// maxKeptAcks bounds the acks remembered with recording off (oldest dropped).
const maxKeptAcks = 1 << 16

// sockState is the Socket Mode side of the server.
type sockState struct {
	wg       sync.WaitGroup // Serve, WebSocket handlers and their pingers
	upgrader websocket.Upgrader

	mu        sync.Mutex
	closing   bool
	conns     map[int64]*sockConn
	connSeq   int64 // connections opened (hello sent); the last one's id
	tickets   map[string]bool
	ticketSeq int64
	acks      map[string]json.RawMessage
	ackOrder  []string // recording off: eviction order
	pending   map[string]struct{}

	envSeq   atomic.Int64
	eventSeq atomic.Int64
	ackCount atomic.Int64
}

func (ss *sockState) init() {
	ss.upgrader = newUpgrader()
	ss.conns = make(map[int64]*sockConn)
	ss.tickets = make(map[string]bool)
	ss.acks = make(map[string]json.RawMessage)
	ss.pending = make(map[string]struct{})
}

// sockConn is one open Socket Mode WebSocket. gorilla/websocket allows one
// writer at a time (WriteControl and Close excepted), hence wmu.
type sockConn struct {
	id  int64
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *sockConn) write(msg []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, msg)
}

func (c *sockConn) ping() error {
	return c.ws.WriteControl(websocket.PingMessage, []byte("fakeslack"), time.Now().Add(5*time.Second))
}

func (ss *sockState) closeAll() {
	ss.mu.Lock()
	ss.closing = true
	conns := make([]*sockConn, 0, len(ss.conns))
	for _, c := range ss.conns {
		conns = append(conns, c)
	}
	ss.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.Close()
	}
}

func (ss *sockState) snapshot() []*sockConn {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	out := make([]*sockConn, 0, len(ss.conns))
	for _, c := range ss.conns {
		out = append(out, c)
	}
	return out
}

func (ss *sockState) newest() *sockConn {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	var best *sockConn
	for _, c := range ss.conns {
		if best == nil || c.id > best.id {
			best = c
		}
	}
	return best
}

// AddAppToken registers an app-level token (xapp-...): apps.connections.open
// with it answers {"ok":true,"url":"ws://127.0.0.1:PORT/link/?ticket=..."}.
// Each ticket opens one connection.
func (s *Server) AddAppToken(tok string) {
	s.mu.Lock()
	s.appTokens[tok] = true
	s.mu.Unlock()
}

func (s *Server) connectionsOpen(st *reqState) answer {
	s.mu.Lock()
	ok := s.appTokens[string(st.f.token)]
	s.mu.Unlock()
	if !ok {
		return authError(st.f.token)
	}
	s.sock.mu.Lock()
	s.sock.ticketSeq++
	ticket := "t" + strconv.FormatInt(s.sock.ticketSeq, 10)
	s.sock.tickets[ticket] = true
	s.sock.mu.Unlock()
	o := append(st.out[:0], `{"ok":true,"url":`...)
	o = appendJSONString(o, s.wsURL+"/link/?ticket="+ticket+"&app_id="+s.cfg.appID)
	st.out = append(o, '}')
	return answer{}
}

type helloMsg struct {
	Type           string    `json:"type"`
	NumConnections int       `json:"num_connections"`
	DebugInfo      debugInfo `json:"debug_info"`
	ConnectionInfo struct {
		AppID string `json:"app_id"`
	} `json:"connection_info"`
}

type debugInfo struct {
	Host                      string `json:"host"`
	BuildNumber               int    `json:"build_number,omitempty"`
	ApproximateConnectionTime int    `json:"approximate_connection_time,omitempty"`
}

func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	ticket := r.URL.Query().Get("ticket")
	s.sock.mu.Lock()
	if s.sock.closing {
		s.sock.mu.Unlock()
		http.Error(w, "server closing", http.StatusServiceUnavailable)
		return
	}
	ok := s.sock.tickets[ticket]
	delete(s.sock.tickets, ticket)
	if ok {
		s.sock.wg.Add(1)
	}
	n := len(s.sock.conns) + 1
	s.sock.mu.Unlock()
	if !ok {
		http.Error(w, "invalid or used ticket", http.StatusUnauthorized)
		return
	}
	defer s.sock.wg.Done()

	ws, err := s.sock.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	c := &sockConn{ws: ws}
	hello := helloMsg{Type: "hello", NumConnections: n,
		DebugInfo: debugInfo{Host: "fakeslack", BuildNumber: 1, ApproximateConnectionTime: 18060}}
	hello.ConnectionInfo.AppID = s.cfg.appID
	msg, _ := json.Marshal(hello)
	// hello goes out before the connection is visible to SendEnvelope, so an
	// envelope never overtakes it. The first ping follows at once: slack-go
	// counts the time without a ping from the moment it connected.
	if err := c.write(msg); err != nil {
		_ = ws.Close()
		return
	}
	if s.cfg.pingInterval > 0 {
		_ = c.ping()
	}

	s.sock.mu.Lock()
	if s.sock.closing {
		s.sock.mu.Unlock()
		_ = ws.Close()
		return
	}
	s.sock.connSeq++
	c.id = s.sock.connSeq
	s.sock.conns[c.id] = c
	s.sock.mu.Unlock()
	s.note.notify()

	done := make(chan struct{})
	if d := s.cfg.pingInterval; d > 0 {
		s.sock.wg.Add(1) // the handler's own count keeps the counter above zero
		go func() {
			defer s.sock.wg.Done()
			t := time.NewTicker(d)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					if c.ping() != nil {
						return
					}
				}
			}
		}()
	}

	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			break
		}
		s.handleAck(data)
	}
	close(done)
	s.sock.mu.Lock()
	delete(s.sock.conns, c.id)
	s.sock.mu.Unlock()
	_ = ws.Close()
	s.note.notify()
}

func (s *Server) handleAck(data []byte) {
	var a struct {
		EnvelopeID string          `json:"envelope_id"`
		Payload    json.RawMessage `json:"payload"`
	}
	if json.Unmarshal(data, &a) != nil || a.EnvelopeID == "" {
		return
	}
	s.sock.mu.Lock()
	if _, dup := s.sock.acks[a.EnvelopeID]; !dup && !s.cfg.record {
		s.sock.ackOrder = append(s.sock.ackOrder, a.EnvelopeID)
		if len(s.sock.ackOrder) > maxKeptAcks {
			delete(s.sock.acks, s.sock.ackOrder[0])
			s.sock.ackOrder = s.sock.ackOrder[1:]
		}
	}
	s.sock.acks[a.EnvelopeID] = a.Payload
	delete(s.sock.pending, a.EnvelopeID)
	s.sock.mu.Unlock()
	s.sock.ackCount.Add(1)
	s.note.notify()
}

// WaitConnected waits until n WebSocket connections have been opened in
// total (counting from the start; a connection counts once hello was sent).
func (s *Server) WaitConnected(ctx context.Context, n int) error {
	err := s.note.waitFor(ctx, s.closed, func() bool { return s.sock.opened() >= int64(n) })
	if err != nil {
		return fmt.Errorf("fakeslack: wait for %d socket connections (have %d): %w", n, s.sock.opened(), err)
	}
	return nil
}

// opened is the number of connections opened so far.
func (ss *sockState) opened() int64 {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.connSeq
}

// WaitOpen waits until exactly n Socket Mode connections are open, e.g. 0
// after DropConnections or 1 after a reconnect has replaced the old one.
func (s *Server) WaitOpen(ctx context.Context, n int) error {
	err := s.note.waitFor(ctx, s.closed, func() bool { return s.Connected() == n })
	if err != nil {
		return fmt.Errorf("fakeslack: wait for %d open socket connections (have %d): %w", n, s.Connected(), err)
	}
	return nil
}

// Connected is the number of currently open Socket Mode connections.
func (s *Server) Connected() int {
	s.sock.mu.Lock()
	defer s.sock.mu.Unlock()
	return len(s.sock.conns)
}

// Envelope is a Socket Mode message for SendEnvelopeWith.
type Envelope struct {
	EnvelopeID             string // "" = generated
	Type                   string // "events_api", "interactive", "slash_commands"
	Payload                any    // json.RawMessage and []byte are sent as they are; anything else is marshalled
	AcceptsResponsePayload bool
	RetryAttempt           int
	RetryReason            string
}

type envelopeWire struct {
	EnvelopeID             string          `json:"envelope_id"`
	Type                   string          `json:"type"`
	Payload                json.RawMessage `json:"payload"`
	AcceptsResponsePayload bool            `json:"accepts_response_payload"`
	RetryAttempt           int             `json:"retry_attempt"`
	RetryReason            string          `json:"retry_reason"`
}

// SendEnvelope sends {"envelope_id","type":typ,"payload":payload,
// "accepts_response_payload","retry_attempt":retry,"retry_reason"} on the
// newest open connection (waiting for one if none is open) and returns the
// envelope id. accepts_response_payload is true for slash_commands and
// interactive, as Slack sets it for commands and the interactions that take
// a response; retry_reason is "timeout" when retry > 0.
func (s *Server) SendEnvelope(ctx context.Context, typ string, payload any, retry int) (string, error) {
	env := Envelope{Type: typ, Payload: payload, RetryAttempt: retry,
		AcceptsResponsePayload: typ == "slash_commands" || typ == "interactive"}
	if retry > 0 {
		env.RetryReason = "timeout"
	}
	return s.SendEnvelopeWith(ctx, env)
}

// SendEnvelopeWith is SendEnvelope with every field under the caller's control.
func (s *Server) SendEnvelopeWith(ctx context.Context, env Envelope) (string, error) {
	var raw json.RawMessage
	switch p := env.Payload.(type) {
	case json.RawMessage:
		raw = p
	case []byte:
		raw = p
	default:
		b, err := json.Marshal(p)
		if err != nil {
			return "", fmt.Errorf("fakeslack: marshal %s payload: %w", env.Type, err)
		}
		raw = b
	}
	id := env.EnvelopeID
	if id == "" {
		id = "env-" + strconv.FormatInt(s.sock.envSeq.Add(1), 10)
	}
	msg, err := json.Marshal(envelopeWire{
		EnvelopeID: id, Type: env.Type, Payload: raw,
		AcceptsResponsePayload: env.AcceptsResponsePayload,
		RetryAttempt:           env.RetryAttempt, RetryReason: env.RetryReason,
	})
	if err != nil {
		return "", fmt.Errorf("fakeslack: encode envelope %s: %w", id, err)
	}
	var c *sockConn
	if err := s.note.waitFor(ctx, s.closed, func() bool { c = s.sock.newest(); return c != nil }); err != nil {
		return "", fmt.Errorf("fakeslack: send envelope %s: no connection: %w", id, err)
	}
	s.sock.mu.Lock()
	s.sock.pending[id] = struct{}{}
	s.sock.mu.Unlock()
	if err := c.write(msg); err != nil {
		s.sock.mu.Lock()
		delete(s.sock.pending, id)
		s.sock.mu.Unlock()
		return "", fmt.Errorf("fakeslack: send envelope %s: %w", id, err)
	}
	return id, nil
}

// WaitAck waits for the client's ack of envelopeID and returns its payload
// (nil when the ack carried none). With recording off only the last 65536
// acks are kept.
func (s *Server) WaitAck(ctx context.Context, envelopeID string) (json.RawMessage, error) {
	var payload json.RawMessage
	err := s.note.waitFor(ctx, s.closed, func() bool {
		s.sock.mu.Lock()
		defer s.sock.mu.Unlock()
		p, ok := s.sock.acks[envelopeID]
		payload = p
		return ok
	})
	if err != nil {
		return nil, fmt.Errorf("fakeslack: wait for ack of %s: %w", envelopeID, err)
	}
	return payload, nil
}

// AckCount is the number of acks received (duplicates included).
func (s *Server) AckCount() int64 { return s.sock.ackCount.Load() }

// Unacked lists the envelopes sent and not acknowledged yet.
func (s *Server) Unacked() []string {
	s.sock.mu.Lock()
	defer s.sock.mu.Unlock()
	out := make([]string, 0, len(s.sock.pending))
	for id := range s.sock.pending {
		out = append(out, id)
	}
	return out
}

// Disconnect sends {"type":"disconnect","reason":reason,"debug_info":{...}}
// on every open connection ("" means "refresh_requested"), follows it with
// a WebSocket close frame and closes each connection once the client has
// closed its side, or after 2s. slack-go reconnects through
// apps.connections.open.
func (s *Server) Disconnect(reason string) {
	if reason == "" {
		reason = "refresh_requested"
	}
	msg, _ := json.Marshal(struct {
		Type      string    `json:"type"`
		Reason    string    `json:"reason"`
		DebugInfo debugInfo `json:"debug_info"`
	}{"disconnect", reason, debugInfo{Host: "fakeslack"}})
	for _, c := range s.sock.snapshot() {
		_ = c.write(msg)
		_ = c.ws.WriteControl(websocket.CloseMessage,
			websocket.FormatCloseMessage(websocket.CloseNormalClosure, reason), time.Now().Add(time.Second))
		// The handler's read loop ends when the client closes, or at this deadline.
		_ = c.ws.NetConn().SetReadDeadline(time.Now().Add(2 * time.Second))
	}
}

// DropConnections closes every socket abruptly, without a disconnect
// message or close frame, as a network failure would.
func (s *Server) DropConnections() {
	for _, c := range s.sock.snapshot() {
		_ = c.ws.Close()
	}
}

// EventCallback wraps event (any JSON-marshallable value, e.g. a
// map[string]any{"type":"message",...}) in the Events API envelope Slack puts
// in an events_api payload: token, team_id, api_app_id, event, type
// "event_callback", a unique event_id, event_time and, when the team is
// known, authorizations for its bot user.
func (s *Server) EventCallback(teamID string, event any) (json.RawMessage, error) {
	ev, err := json.Marshal(event)
	if err != nil {
		return nil, fmt.Errorf("fakeslack: marshal event: %w", err)
	}
	type authz struct {
		TeamID string `json:"team_id"`
		UserID string `json:"user_id"`
		IsBot  bool   `json:"is_bot"`
	}
	var auths []authz
	for _, t := range *s.teams.Load() {
		if t.ID == teamID {
			auths = append(auths, authz{TeamID: t.ID, UserID: t.BotUserID, IsBot: true})
			break
		}
	}
	out, err := json.Marshal(struct {
		Token          string          `json:"token"`
		TeamID         string          `json:"team_id"`
		APIAppID       string          `json:"api_app_id"`
		Event          json.RawMessage `json:"event"`
		Type           string          `json:"type"`
		EventID        string          `json:"event_id"`
		EventTime      int64           `json:"event_time"`
		Authorizations []authz         `json:"authorizations,omitempty"`
	}{
		Token: "fakeslack-verification", TeamID: teamID, APIAppID: s.cfg.appID, Event: ev,
		Type: "event_callback", EventID: fmt.Sprintf("Ev%010d", s.sock.eventSeq.Add(1)),
		EventTime: time.Now().Unix(), Authorizations: auths,
	})
	if err != nil {
		return nil, fmt.Errorf("fakeslack: marshal event callback: %w", err)
	}
	return out, nil
}
