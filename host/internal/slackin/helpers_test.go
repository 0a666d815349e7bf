package slackin

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/inbox"
)

const (
	testSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	testTeam   = "T0001"
	botUser    = "UBOT"
	botID      = "BBOT"
)

// recSink is a Sink recording what it accepted. Like the real inbox it
// answers a known id with an error wrapping inbox.ErrDuplicate. It can be
// told to fail the next Puts, to block every Put until released, or to
// panic.
type recSink struct {
	mu       sync.Mutex
	seen     map[string]bool
	accepted []*abi.Event
	calls    int
	failNext int
	panicMsg string
	block    chan struct{} // non-nil: Put waits for it to close (or ctx)
	entered  chan string   // non-nil: Put reports each id it starts on
	changed  chan struct{} // closed and replaced on every accepted Put
}

func newSink() *recSink {
	return &recSink{seen: map[string]bool{}, changed: make(chan struct{})}
}

var errDiskFull = errors.New("disk full")

func (s *recSink) Put(ctx context.Context, ev *abi.Event) error {
	s.mu.Lock()
	block, entered := s.block, s.entered
	s.mu.Unlock()
	if entered != nil {
		entered <- ev.ID
	}
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return fmt.Errorf("put %s: %w", ev.ID, ctx.Err())
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.panicMsg != "" {
		panic(s.panicMsg)
	}
	if s.failNext > 0 {
		s.failNext--
		return fmt.Errorf("put %s: %w", ev.ID, errDiskFull)
	}
	if s.seen[ev.ID] {
		return fmt.Errorf("put %s: %w", ev.ID, inbox.ErrDuplicate)
	}
	s.seen[ev.ID] = true
	cp := *ev
	s.accepted = append(s.accepted, &cp)
	close(s.changed)
	s.changed = make(chan struct{})
	return nil
}

func (s *recSink) events() []*abi.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*abi.Event(nil), s.accepted...)
}

func (s *recSink) putCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

// waitEvents waits until at least n events were accepted.
func (s *recSink) waitEvents(t *testing.T, n int) []*abi.Event {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for {
		s.mu.Lock()
		if len(s.accepted) >= n {
			evs := append([]*abi.Event(nil), s.accepted...)
			s.mu.Unlock()
			return evs
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("waiting for %d accepted events: have %d", n, len(s.events()))
		}
	}
}

// sign returns Slack's v0 signature of body at ts.
func sign(secret string, ts int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(m, "v0:%d:", ts)
	m.Write(body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

// ingress is a Handler behind a real loopback HTTP server.
type ingress struct {
	t     *testing.T
	h     *Handler
	srv   *httptest.Server
	sink  *recSink
	clock *clock.Fake
	m     *Metrics
}

// newIngress starts a Handler. The fake clock starts at the wall time:
// the verifier checks the timestamp window on the injected clock, but
// slack-go's own check of the same window runs on the wall clock too, so
// the fake clock must stay near it.
func newIngress(t *testing.T, mod func(*Options)) *ingress {
	t.Helper()
	fc := clock.NewFake(time.Now())
	sink := newSink()
	m := NewMetrics(nil)
	o := Options{
		SigningSecret: testSecret,
		Self:          Identity{UserID: botUser, BotID: botID},
		Clock:         fc,
		Metrics:       m,
	}
	if mod != nil {
		mod(&o)
	}
	h, err := NewHandler(sink, o)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &ingress{t: t, h: h, srv: srv, sink: sink, clock: fc, m: m}
}

type reply struct {
	status int
	body   string
	header http.Header
}

// post sends body to path signed at the fake clock's time, with extra
// headers (a "" value deletes a header).
func (in *ingress) post(path, contentType string, body []byte, hdr map[string]string) reply {
	in.t.Helper()
	return in.postAt(path, contentType, body, in.clock.Now().Unix(), hdr)
}

func (in *ingress) postAt(path, contentType string, body []byte, ts int64, hdr map[string]string) reply {
	in.t.Helper()
	req, err := http.NewRequest(http.MethodPost, in.srv.URL+path, strings.NewReader(string(body)))
	if err != nil {
		in.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	return in.do(req)
}

func (in *ingress) do(req *http.Request) reply {
	in.t.Helper()
	resp, err := in.srv.Client().Do(req)
	if err != nil {
		in.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{status: resp.StatusCode, body: string(b), header: resp.Header}
}

func (in *ingress) event(body []byte, hdr map[string]string) reply {
	in.t.Helper()
	return in.post("/slack/events", "application/json", body, hdr)
}

func (in *ingress) form(path string, vals url.Values) reply {
	in.t.Helper()
	return in.post(path, "application/x-www-form-urlencoded", []byte(vals.Encode()), nil)
}

func (in *ingress) get(path string) reply {
	in.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, in.srv.URL+path, nil)
	return in.do(req)
}

// callback wraps an inner event in an event_callback envelope for
// testTeam, with the bot's authorization as Slack sends it.
func callback(eventID string, inner map[string]any) []byte {
	b, err := json.Marshal(map[string]any{
		"token":      "legacy",
		"team_id":    testTeam,
		"api_app_id": "A0001",
		"type":       "event_callback",
		"event_id":   eventID,
		"event_time": 1700000000,
		"event":      inner,
		"authorizations": []map[string]any{
			{"team_id": testTeam, "user_id": botUser, "is_bot": true},
		},
	})
	if err != nil {
		panic(err)
	}
	return b
}

func msg(channel, ts, user, text string, extra ...any) map[string]any {
	m := map[string]any{"type": "message", "channel": channel, "ts": ts, "user": user, "text": text, "event_ts": ts}
	if strings.HasPrefix(channel, "D") {
		m["channel_type"] = "im"
	} else {
		m["channel_type"] = "channel"
	}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i].(string)] = extra[i+1]
	}
	return m
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
