// Package fakeslack is a local HTTP server standing in for Slack: the Web API
// methods the host calls (auth.test, chat.postMessage, chat.update,
// chat.postEphemeral, chat.delete, conversations.history,
// conversations.replies, oauth.v2.access, apps.connections.open, and the
// reads skills make with slack_call: users.info, users.getPresence,
// dnd.info, usergroups.users.list, conversations.members,
// conversations.info, answered from users, usergroups and channels set
// with SetUser, SetUsergroup and SetChannel),
// response_url endpoints, the OAuth authorize page and Socket Mode
// (a WebSocket speaking Slack's envelope protocol).
//
// It exists so that the host's Slack paths can be tested end to end with the
// real slack-go client, and so that the load benchmark has a Slack to talk to
// that is cheap enough not to be the bottleneck. It is not test-only (the
// bench binary uses it), so nothing in its API needs a *testing.T.
//
// Requests are answered the way slack-go v0.35 expects them (form-encoded
// bodies with the token in "token", JSON bodies with a Bearer header, 429 with
// Retry-After in seconds). Faults (5xx, 429, hangs, ok:false errors, delays,
// answers lost after the request was carried out) can be injected per method
// and per channel.
//
// The hot path (chat.postMessage with recording off) parses the body in place
// from a pooled buffer and writes the answer with append, so a call costs a
// few allocations on top of net/http's own.
//
// # History
//
// Each (team, channel) keeps a bounded timeline of its most recent posted
// messages (ts, thread_ts, text, message metadata), served by
// conversations.history and conversations.replies. With recording off only
// messages that carry metadata are kept: that is what the host's outbox
// needs to find out, after a crash, whether a post it was unsure about
// reached Slack, and it keeps the load benchmark's hot path cheap.
package fakeslack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Method names as they appear in Call.Method, Count, Inject and friends.
const (
	MethodAuthTest        = "auth.test"
	MethodPostMessage     = "chat.postMessage"
	MethodUpdate          = "chat.update"
	MethodPostEphemeral   = "chat.postEphemeral"
	MethodDelete          = "chat.delete"
	MethodOAuthV2Access   = "oauth.v2.access"
	MethodConnectionsOpen = "apps.connections.open"
	MethodResponseURL     = "response_url"
	MethodHistory         = "conversations.history"
	MethodReplies         = "conversations.replies"

	// The read methods skills call with slack_call (directory.go).
	MethodUsersInfo          = "users.info"
	MethodUsersGetPresence   = "users.getPresence"
	MethodDNDInfo            = "dnd.info"
	MethodUsergroupsUsers    = "usergroups.users.list"
	MethodConversationsMembs = "conversations.members"
	MethodConversationsInfo  = "conversations.info"
)

// method ids index the per-method counters; mUnknown collects every path
// under /api/ that is not served (answered {"ok":false,"error":"unknown_method"}).
const (
	mAuthTest = iota
	mPostMessage
	mUpdate
	mPostEphemeral
	mDelete
	mOAuthV2Access
	mConnectionsOpen
	mResponseURL
	mHistory
	mReplies
	mUsersInfo
	mUsersGetPresence
	mDNDInfo
	mUsergroupsUsers
	mConversationsMembers
	mConversationsInfo
	mUnknown
	nMethods
)

func methodID(name string) int {
	switch name {
	case MethodAuthTest:
		return mAuthTest
	case MethodPostMessage:
		return mPostMessage
	case MethodUpdate:
		return mUpdate
	case MethodPostEphemeral:
		return mPostEphemeral
	case MethodDelete:
		return mDelete
	case MethodOAuthV2Access:
		return mOAuthV2Access
	case MethodConnectionsOpen:
		return mConnectionsOpen
	case MethodResponseURL:
		return mResponseURL
	case MethodHistory:
		return mHistory
	case MethodReplies:
		return mReplies
	case MethodUsersInfo:
		return mUsersInfo
	case MethodUsersGetPresence:
		return mUsersGetPresence
	case MethodDNDInfo:
		return mDNDInfo
	case MethodUsergroupsUsers:
		return mUsergroupsUsers
	case MethodConversationsMembs:
		return mConversationsMembers
	case MethodConversationsInfo:
		return mConversationsInfo
	}
	return mUnknown
}

// Option configures a Server.
type Option func(*config)

type config struct {
	latency      time.Duration
	record       bool
	pingInterval time.Duration
	appID        string
	histSize     int
	tsClock      func() time.Time
}

// DefaultHistorySize is how many recent messages each (team, channel)
// keeps for conversations.history and conversations.replies by default.
const DefaultHistorySize = 256

// WithLatency adds d before every Web API and response_url answer (default 0),
// to model Slack's round trip in benchmarks and timeout tests.
func WithLatency(d time.Duration) Option { return func(c *config) { c.latency = d } }

// WithRecord turns full recording of calls on or off (default on). With
// recording off only the counters (Count, AttemptCount) are kept, which is
// what the load benchmark wants: no per-call memory, no lock on the hot path.
// chat.update then accepts any ts this server has handed out (it no longer
// knows which channel a ts belongs to or whether it was deleted).
func WithRecord(on bool) Option { return func(c *config) { c.record = on } }

// WithPingInterval sets how often the Socket Mode server sends WebSocket pings
// (default 1s; 0 or less disables them). slack-go's socketmode client drops and
// reopens a connection that sees no ping for its own ping interval (30s by
// default, socketmode.OptionPingInterval), so this must be shorter than that.
func WithPingInterval(d time.Duration) Option { return func(c *config) { c.pingInterval = d } }

// WithHistorySize sets how many recent messages each (team, channel) keeps
// for conversations.history and conversations.replies (default
// DefaultHistorySize; 0 or less keeps none, and both methods then see empty
// conversations). Older messages are forgotten, as if Slack's retention had
// removed them.
func WithHistorySize(n int) Option { return func(c *config) { c.histSize = n } }

// WithTSClock makes the ts handed out follow now (to the microsecond), as
// Slack's do, instead of counting up from 1700000000.000001; they stay
// unique and increasing (a ts is bumped by a microsecond when the clock
// did not move). A client that bounds conversations.history by its own
// clock (oldest/latest) needs this to find the messages it posted.
func WithTSClock(now func() time.Time) Option { return func(c *config) { c.tsClock = now } }

// Team is a workspace with its bot installation.
type Team struct{ ID, Name, BotToken, BotUserID, BotID string }

// Call is one request as the fake saw it.
type Call struct {
	Method   string // "chat.postMessage", "chat.update", ..., or "response_url"
	Team     string // resolved from the token ("" when unknown)
	Token    string
	Channel  string
	TS       string // ts assigned (postMessage, postEphemeral) or targeted (update, delete)
	ThreadTS string
	Text     string
	Blocks   json.RawMessage
	User     string          // postEphemeral
	Metadata json.RawMessage // chat.postMessage/chat.update: the message metadata as sent, if any
	Body     []byte          // raw request body
	At       time.Time       // arrival
	Status   int             // the HTTP status answered (0: never answered, a Hang fault)

	// Added beyond the first contract: what answer the call got and the
	// response_url specific fields.
	Error           string // the "error" of an ok:false answer ("" when ok or not JSON)
	ResponseType    string // response_url: "in_channel" / "ephemeral"
	ReplaceOriginal bool   // response_url
	DeleteOriginal  bool   // response_url
}

// Server is the fake Slack. All methods are safe for concurrent use.
type Server struct {
	cfg     config
	ln      net.Listener
	hs      *http.Server
	url     string
	wsURL   string
	closed  chan struct{}
	closeMu sync.Once

	ctJSON []string // shared Content-Type header value, never mutated
	ctText []string
	pool   sync.Pool // *reqState

	tsSeq   atomic.Int64 // last ts sequence number handed out
	ok      [nMethods]atomic.Int64
	tries   [nMethods]atomic.Int64
	note    notifier
	teams   atomic.Pointer[map[string]*Team] // by bot token; copy on write
	nFaults atomic.Int32

	fmu    sync.Mutex
	faults []*faultEntry

	recMu    sync.Mutex
	calls    []Call
	attempts []Call
	msgs     map[int64]*msgState

	mu        sync.Mutex // the rarely used tables below
	respURLs  map[int64]string
	respSeq   int64
	oauthID   string
	oauthSec  string
	oauthCode map[string]oauthGrant
	appTokens map[string]bool

	hmu  sync.RWMutex
	hist map[string]map[string]*timeline // team id -> channel -> timeline

	dmu sync.Mutex
	dir map[string]*directory // team id -> users, usergroups, channels

	sock sockState
}

// New starts a fake Slack on 127.0.0.1 on a free port. Like httptest.NewServer
// it panics when it cannot listen, since there is nothing sensible a test or
// benchmark could do instead.
func New(opts ...Option) *Server {
	cfg := config{record: true, pingInterval: time.Second, appID: "A1", histSize: DefaultHistorySize}
	for _, o := range opts {
		o(&cfg)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("fakeslack: listen on 127.0.0.1: %v", err))
	}
	s := &Server{
		cfg:       cfg,
		ln:        ln,
		url:       "http://" + ln.Addr().String(),
		wsURL:     "ws://" + ln.Addr().String(),
		closed:    make(chan struct{}),
		ctJSON:    []string{"application/json; charset=utf-8"},
		ctText:    []string{"text/plain; charset=utf-8"},
		msgs:      make(map[int64]*msgState),
		respURLs:  make(map[int64]string),
		oauthCode: make(map[string]oauthGrant),
		appTokens: make(map[string]bool),
		hist:      make(map[string]map[string]*timeline),
		dir:       make(map[string]*directory),
	}
	s.pool.New = func() any { return &reqState{body: make([]byte, 0, 1024), out: make([]byte, 0, 512)} }
	empty := map[string]*Team{}
	s.teams.Store(&empty)
	s.sock.init()
	s.hs = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.sock.wg.Add(1)
	go func() {
		defer s.sock.wg.Done()
		_ = s.hs.Serve(ln) // returns http.ErrServerClosed on Close
	}()
	return s
}

// URL is "http://127.0.0.1:PORT".
func (s *Server) URL() string { return s.url }

// APIURL is URL()+"/api/", the value for slack.OptionAPIURL and
// slack.OAuthOptionAPIURL.
func (s *Server) APIURL() string { return s.url + "/api/" }

// AuthorizeURL is URL()+"/oauth/v2/authorize", standing in for
// https://slack.com/oauth/v2/authorize. A GET answers 200 with the raw query
// echoed as text/plain, so a test can check what the host's install redirect
// asked for.
func (s *Server) AuthorizeURL() string { return s.url + "/oauth/v2/authorize" }

// Close stops the server: hung requests return, WebSockets and HTTP
// connections are closed, and Close waits for the server's goroutines.
func (s *Server) Close() {
	s.closeMu.Do(func() {
		close(s.closed)
		s.sock.closeAll()
		_ = s.hs.Close()
		s.sock.wg.Wait()
		s.note.notify()
	})
}

// ServeHTTP routes requests. It is exported so the fake can also be mounted
// in another server or driven directly by a benchmark.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case len(p) > 5 && p[:5] == "/api/":
		s.serveAPI(w, r, p[5:])
	case len(p) > 10 && p[:10] == "/response/":
		s.serveResponseURL(w, r, p[10:])
	case p == "/link" || p == "/link/":
		s.serveSocket(w, r)
	case p == "/oauth/v2/authorize":
		w.Header()["Content-Type"] = s.ctText
		_, _ = w.Write([]byte(r.URL.RawQuery))
	default:
		http.NotFound(w, r)
	}
}

// AddTeam registers a workspace; its BotToken becomes valid. Adding a team
// with the token of an existing one replaces it.
func (s *Server) AddTeam(t Team) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := *s.teams.Load()
	next := make(map[string]*Team, len(old)+1)
	for k, v := range old {
		next[k] = v
	}
	tc := t
	next[t.BotToken] = &tc
	s.teams.Store(&next)
}

// RemoveTeam forgets the workspace with this id: its token answers
// invalid_auth from now on, as after an uninstall.
func (s *Server) RemoveTeam(teamID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := *s.teams.Load()
	next := make(map[string]*Team, len(old))
	for k, v := range old {
		if v.ID != teamID {
			next[k] = v
		}
	}
	s.teams.Store(&next)
}

func (s *Server) teamByToken(tok []byte) *Team {
	if len(tok) == 0 {
		return nil
	}
	return (*s.teams.Load())[string(tok)]
}

// Count is the number of successful (ok:true) calls of method ("" = all
// methods). It is kept with recording off.
func (s *Server) Count(method string) int64 {
	if method == "" {
		var n int64
		for i := range s.ok {
			n += s.ok[i].Load()
		}
		return n
	}
	return s.ok[methodID(method)].Load()
}

// AttemptCount is the number of requests for method ("" = all), including
// faulted, rejected and hung ones. It is kept with recording off.
func (s *Server) AttemptCount(method string) int64 {
	if method == "" {
		var n int64
		for i := range s.tries {
			n += s.tries[i].Load()
		}
		return n
	}
	return s.tries[methodID(method)].Load()
}

// Calls returns the successful (ok:true) calls of method ("" = all methods)
// in the order they were answered. Empty with recording off.
func (s *Server) Calls(method string) []Call {
	s.recMu.Lock()
	defer s.recMu.Unlock()
	return filterCalls(s.calls, method)
}

// Attempts returns every request for method ("" = all methods), including
// faulted and rejected ones, in the order they were answered (hung requests
// when they arrived). Empty with recording off.
func (s *Server) Attempts(method string) []Call {
	s.recMu.Lock()
	defer s.recMu.Unlock()
	return filterCalls(s.attempts, method)
}

func filterCalls(src []Call, method string) []Call {
	var out []Call
	for i := range src {
		if method == "" || src[i].Method == method {
			out = append(out, src[i])
		}
	}
	return out
}

// ResetCalls forgets recorded calls, attempts and the counters (messages and
// their ts sequence are kept).
func (s *Server) ResetCalls() {
	s.recMu.Lock()
	s.calls, s.attempts = nil, nil
	for i := range s.ok {
		s.ok[i].Store(0)
		s.tries[i].Store(0)
	}
	s.recMu.Unlock()
}

// WaitCalls waits until at least n successful calls of method ("" = any)
// have been answered and returns Calls(method). With recording off it waits
// on the counter and returns an empty slice.
func (s *Server) WaitCalls(ctx context.Context, method string, n int) ([]Call, error) {
	err := s.note.waitFor(ctx, s.closed, func() bool { return s.Count(method) >= int64(n) })
	if err != nil {
		return s.Calls(method), fmt.Errorf("fakeslack: wait for %d %q calls (have %d): %w", n, method, s.Count(method), err)
	}
	return s.Calls(method), nil
}

// WaitAttempts waits until at least n requests for method ("" = any) have
// arrived, faulted and hung ones included (a hung request counts as soon as
// it is hanging), and returns Attempts(method).
func (s *Server) WaitAttempts(ctx context.Context, method string, n int) ([]Call, error) {
	err := s.note.waitFor(ctx, s.closed, func() bool { return s.recordedAttempts(method) >= int64(n) })
	if err != nil {
		return s.Attempts(method), fmt.Errorf("fakeslack: wait for %d %q attempts (have %d): %w", n, method, s.recordedAttempts(method), err)
	}
	return s.Attempts(method), nil
}

// recordedAttempts counts attempts whose recording is complete: with
// recording on the recorded ones (so WaitAttempts can return them), else
// the counter.
func (s *Server) recordedAttempts(method string) int64 {
	if !s.cfg.record {
		return s.AttemptCount(method)
	}
	s.recMu.Lock()
	defer s.recMu.Unlock()
	var n int64
	for i := range s.attempts {
		if method == "" || s.attempts[i].Method == method {
			n++
		}
	}
	return n
}

// notifier wakes waiters when something they may wait for happened. notify
// costs one atomic load when nobody waits, so the hot path can call it on
// every request.
type notifier struct {
	waiting atomic.Int32
	mu      sync.Mutex
	ch      chan struct{}
}

func (n *notifier) notify() {
	if n.waiting.Load() == 0 {
		return
	}
	n.mu.Lock()
	if n.ch != nil {
		close(n.ch)
		n.ch = nil
	}
	n.mu.Unlock()
}

// waitFor blocks until cond() holds, ctx is done or closed is closed.
// The waiting count is raised before cond is checked, so a change made
// before notify() is never missed.
func (n *notifier) waitFor(ctx context.Context, closed <-chan struct{}, cond func() bool) error {
	n.waiting.Add(1)
	defer n.waiting.Add(-1)
	for {
		n.mu.Lock()
		if n.ch == nil {
			n.ch = make(chan struct{})
		}
		ch := n.ch
		n.mu.Unlock()
		if cond() {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-closed:
			if cond() {
				return nil
			}
			return errClosed
		}
	}
}

var errClosed = errors.New("fakeslack: server closed")

// upgrader accepts any Origin: slack-go's socketmode client sends
// "https://api.slack.com", which gorilla's default check would refuse.
func newUpgrader() websocket.Upgrader {
	return websocket.Upgrader{
		CheckOrigin:     func(*http.Request) bool { return true },
		ReadBufferSize:  4096,
		WriteBufferSize: 4096,
	}
}
