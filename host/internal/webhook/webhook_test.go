package webhook_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/webhook"
)

const (
	bearerSecret = "bearer-secret-0123456789"
	hmacSecret   = "hmac-secret-abcdefghijkl"
	customSecret = "custom-secret-zyxwvutsrq"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// recSink is a Sink that records what it stored and, like the inbox,
// answers ErrDuplicate for an id it already has and ErrTooLarge for an
// event whose record is over abi.MaxEventSize. fail makes Put fail;
// block makes Put wait (it reports entering on entered).
type recSink struct {
	mu      sync.Mutex
	events  []*abi.Event
	ids     map[string]bool
	fail    error
	panics  bool
	block   chan struct{}
	entered chan string
}

func newSink() *recSink { return &recSink{ids: map[string]bool{}} }

func (s *recSink) Put(ctx context.Context, ev *abi.Event) error {
	s.mu.Lock()
	block, entered, fail, panics := s.block, s.entered, s.fail, s.panics
	s.mu.Unlock()
	if panics {
		panic("sink exploded")
	}
	if entered != nil {
		entered <- ev.ID
	}
	if block != nil {
		<-block
	}
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids[ev.ID] {
		return fmt.Errorf("put %s: %w", ev.ID, inbox.ErrDuplicate)
	}
	if n := len(ev.AppendRecord(nil)); n > abi.MaxEventSize {
		return fmt.Errorf("put %s: record is %d bytes, limit %d: %w", ev.ID, n, abi.MaxEventSize, inbox.ErrTooLarge)
	}
	s.ids[ev.ID] = true
	s.events = append(s.events, ev)
	return nil
}

func (s *recSink) set(f func(s *recSink)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

func (s *recSink) stored() []*abi.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*abi.Event(nil), s.events...)
}

func testConfig() *config.Config {
	return &config.Config{
		Bot: config.Bot{MaxBody: 1024},
		Skills: []config.Skill{
			{Name: "alerts", Hooks: []config.Hook{
				{Name: "am", Secret: bearerSecret, Auth: "bearer"},
				{Name: "gh", Secret: hmacSecret, Auth: "hmac", Header: "X-Signature-256"},
				{Name: "custom", Secret: customSecret, Auth: "hmac", Header: "x-hub-signature", MaxBody: 64},
				{Name: "big", Secret: bearerSecret, Auth: "bearer", MaxBody: 8 << 20},
			}},
			{Name: "other", Hooks: []config.Hook{{Name: "x", Secret: "other-secret-000000000", Auth: "bearer"}}},
		},
	}
}

type fixture struct {
	sink *recSink
	h    *webhook.Handler
	m    *webhook.Metrics
	srv  *httptest.Server
	clk  *clock.Fake
}

func newFixture(t *testing.T, cfg *config.Config) *fixture {
	t.Helper()
	fx := &fixture{sink: newSink(), m: webhook.NewMetrics(nil), clk: clock.NewFake(time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))}
	h, err := webhook.New(fx.sink, cfg, webhook.Options{Logger: quiet, Clock: fx.clk, Metrics: fx.m})
	if err != nil {
		t.Fatal(err)
	}
	fx.h = h
	mux := http.NewServeMux()
	h.Routes(mux)
	fx.srv = httptest.NewServer(mux)
	t.Cleanup(fx.srv.Close)
	return fx
}

func sign(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

// send makes one real HTTP request. chunked hides the body's length.
func (fx *fixture) send(t *testing.T, method, path string, hdr map[string]string, body []byte, chunked bool) *http.Response {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	if chunked {
		r = io.MultiReader(r)
	}
	req, err := http.NewRequest(method, fx.srv.URL+path, r)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := fx.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

func bearer(s string) map[string]string { return map[string]string{"Authorization": "Bearer " + s} }

func TestRequests(t *testing.T) {
	body := []byte(`{"status":"firing"}`)
	sig := sign(hmacSecret, body)
	big := bytes.Repeat([]byte("a"), 1025)
	cases := []struct {
		name    string
		method  string
		path    string
		hdr     map[string]string
		body    []byte
		chunked bool
		status  int
		reason  string // unauthorized reason, for 401s
	}{
		{"good bearer", "POST", "/hooks/alerts/am", bearer(bearerSecret), body, false, 202, ""},
		{"bearer scheme any case", "POST", "/hooks/alerts/am", map[string]string{"Authorization": "bEaReR " + bearerSecret}, body, false, 202, ""},
		{"bad token", "POST", "/hooks/alerts/am", bearer("bearer-secret-0123456780"), body, false, 401, webhook.ReasonBadCredentials},
		{"secret prefix", "POST", "/hooks/alerts/am", bearer(bearerSecret[:10]), body, false, 401, webhook.ReasonBadCredentials},
		{"secret plus more", "POST", "/hooks/alerts/am", bearer(bearerSecret + "x"), body, false, 401, webhook.ReasonBadCredentials},
		{"basic scheme", "POST", "/hooks/alerts/am", map[string]string{"Authorization": "Basic " + bearerSecret}, body, false, 401, webhook.ReasonBadCredentials},
		{"missing auth", "POST", "/hooks/alerts/am", nil, body, false, 401, webhook.ReasonMissing},
		{"another hook's secret", "POST", "/hooks/other/x", bearer(bearerSecret), body, false, 401, webhook.ReasonBadCredentials},
		{"good hmac", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": sig}, body, false, 202, ""},
		{"good hmac sha256= prefix", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": "sha256=" + sig}, body, false, 202, ""},
		{"good hmac upper-case hex", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": "SHA256=" + strings.ToUpper(sig)}, body, false, 202, ""},
		{"bad signature", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": sign("wrong", body)}, body, false, 401, webhook.ReasonBadSignature},
		{"signature of another body", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": sig}, []byte(`{"status":"resolved"}`), false, 401, webhook.ReasonBadSignature},
		{"signature not hex", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": "sha256=zz"}, body, false, 401, webhook.ReasonBadSignature},
		{"signature truncated", "POST", "/hooks/alerts/gh", map[string]string{"X-Signature-256": sig[:32]}, body, false, 401, webhook.ReasonBadSignature},
		{"missing signature", "POST", "/hooks/alerts/gh", nil, body, false, 401, webhook.ReasonMissing},
		{"bearer on an hmac hook", "POST", "/hooks/alerts/gh", bearer(hmacSecret), body, false, 401, webhook.ReasonMissing},
		{"custom header", "POST", "/hooks/alerts/custom", map[string]string{"X-Hub-Signature": sign(customSecret, body)}, body, false, 202, ""},
		{"custom hook, default header", "POST", "/hooks/alerts/custom", map[string]string{"X-Signature-256": sign(customSecret, body)}, body, false, 401, webhook.ReasonMissing},
		{"unknown hook", "POST", "/hooks/alerts/nope", bearer(bearerSecret), body, false, 404, ""},
		{"unknown skill", "POST", "/hooks/nope/am", bearer(bearerSecret), body, false, 404, ""},
		{"hook of another skill", "POST", "/hooks/alerts/x", bearer("other-secret-000000000"), body, false, 404, ""},
		{"no hook segment", "POST", "/hooks/alerts", bearer(bearerSecret), body, false, 404, ""},
		{"extra segment", "POST", "/hooks/alerts/am/more", bearer(bearerSecret), body, false, 404, ""},
		{"GET", "GET", "/hooks/alerts/am", bearer(bearerSecret), nil, false, 405, ""},
		{"PUT", "PUT", "/hooks/alerts/am", bearer(bearerSecret), body, false, 405, ""},
		{"GET unknown hook is 405 too", "GET", "/hooks/nope/nope", nil, nil, false, 405, ""},
		{"over hook max_body", "POST", "/hooks/alerts/custom", map[string]string{"X-Hub-Signature": sign(customSecret, big[:65])}, big[:65], false, 413, ""},
		{"over hook max_body, chunked", "POST", "/hooks/alerts/custom", map[string]string{"X-Hub-Signature": sign(customSecret, big[:65])}, big[:65], true, 413, ""},
		{"at hook max_body", "POST", "/hooks/alerts/custom", map[string]string{"X-Hub-Signature": sign(customSecret, big[:64])}, big[:64], false, 202, ""},
		{"over [bot] max_body", "POST", "/hooks/alerts/am", bearer(bearerSecret), big, false, 413, ""},
		{"over [bot] max_body, chunked", "POST", "/hooks/alerts/am", bearer(bearerSecret), big, true, 413, ""},
		{"at [bot] max_body", "POST", "/hooks/alerts/am", bearer(bearerSecret), big[:1024], true, 202, ""},
		{"over the event size cap", "POST", "/hooks/alerts/big", bearer(bearerSecret), bytes.Repeat([]byte("b"), abi.MaxEventSize+1), false, 413, ""},
		{"body fits but the event does not", "POST", "/hooks/alerts/big", bearer(bearerSecret), bytes.Repeat([]byte("b"), abi.MaxEventSize), true, 413, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fx := newFixture(t, testConfig())
			resp := fx.send(t, c.method, c.path, c.hdr, c.body, c.chunked)
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, c.status)
			}
			n := len(fx.sink.stored())
			if c.status == 202 && n != 1 || c.status != 202 && n != 0 {
				t.Fatalf("sink holds %d events after a %d", n, c.status)
			}
			switch c.status {
			case 405:
				if resp.Header.Get("Allow") != "POST" {
					t.Fatalf("405 without Allow: POST")
				}
			case 401:
				parts := strings.Split(strings.TrimPrefix(c.path, "/hooks/"), "/")
				if got := fx.m.Unauthorized(parts[0], parts[1], c.reason); got != 1 {
					t.Fatalf("unauthorized{%s} = %v, want 1", c.reason, got)
				}
			}
		})
	}
}

// The event-size check is the inbox's own: with the real inbox as the
// sink, a body under max_body whose event is over abi.MaxEventSize is
// answered 413 and counted too_large, and nothing is stored.
func TestOversizedEventWithRealInbox(t *testing.T) {
	ib, err := inbox.Open(t.TempDir(), inbox.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ib.Close()
	m := webhook.NewMetrics(nil)
	h, err := webhook.New(ib, testConfig(), webhook.Options{Logger: quiet, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	h.Routes(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	fx := &fixture{srv: srv}
	resp := fx.send(t, "POST", "/hooks/alerts/big", bearer(bearerSecret), bytes.Repeat([]byte("b"), abi.MaxEventSize), true)
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", resp.StatusCode)
	}
	if got := m.Requests("alerts", "big", webhook.OutcomeTooLarge); got != 1 {
		t.Fatalf("too_large = %v, want 1", got)
	}
	if got := m.Requests("alerts", "big", webhook.OutcomeUnavailable); got != 0 {
		t.Fatalf("unavailable = %v, want 0", got)
	}
	if ib.Pending() != 0 {
		t.Fatalf("inbox holds %d events after a 413", ib.Pending())
	}
	resp = fx.send(t, "POST", "/hooks/alerts/big", bearer(bearerSecret), []byte("small"), false)
	if resp.StatusCode != http.StatusAccepted || ib.Pending() != 1 {
		t.Fatalf("small event: status %d, pending %d; want 202 and 1", resp.StatusCode, ib.Pending())
	}
}

func TestEventContents(t *testing.T) {
	fx := newFixture(t, testConfig())
	body := []byte(`{"alerts":[]}`)
	hdr := map[string]string{
		"X-Signature-256": "sha256=" + sign(hmacSecret, body),
		"Cookie":          "session=abc",
		"X-Leak":          "prefix " + hmacSecret + " suffix",
		"X-Normal":        "kept",
		"Content-Type":    "application/json",
	}
	resp := fx.send(t, "POST", "/hooks/alerts/gh?source=am&n=1", hdr, body, false)
	if resp.StatusCode != 202 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	evs := fx.sink.stored()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	ev := evs[0]
	if !regexp.MustCompile(`^hook:alerts:gh:[0-9a-f]{32}$`).MatchString(ev.ID) {
		t.Errorf("id %q", ev.ID)
	}
	if ev.Kind != abi.KindWebhook || ev.Skill != "alerts" || ev.Hook != "gh" || ev.Method != "POST" ||
		ev.Path != "/hooks/alerts/gh?source=am&n=1" || !bytes.Equal(ev.Body, body) || !ev.Time.Equal(fx.clk.Now()) {
		t.Errorf("event %+v", ev)
	}
	if ev.Headers["x-normal"] != "kept" || ev.Headers["content-type"] != "application/json" {
		t.Errorf("headers lost: %v", ev.Headers)
	}
	for _, gone := range []string{"x-signature-256", "cookie", "x-leak", "authorization"} {
		if _, ok := ev.Headers[gone]; ok {
			t.Errorf("header %s reached the skill", gone)
		}
	}
	for k := range ev.Headers {
		if k != strings.ToLower(k) {
			t.Errorf("header name %q not lower-cased", k)
		}
	}
	if err := ev.Validate(); err != nil {
		t.Fatal(err)
	}
	// Nothing the skill receives contains the secret or its signature.
	rec := ev.AppendRecord(nil)
	if bytes.Contains(rec, []byte(hmacSecret)) || bytes.Contains(rec, []byte(sign(hmacSecret, body))) {
		t.Fatal("event record carries the secret or the signature")
	}

	// Bearer: the Authorization header goes, and so does any copy.
	resp = fx.send(t, "POST", "/hooks/alerts/am", map[string]string{
		"Authorization": "Bearer " + bearerSecret,
		"X-Copy":        bearerSecret,
		"X-Other":       "fine",
	}, []byte("x"), false)
	if resp.StatusCode != 202 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	ev = fx.sink.stored()[1]
	if _, ok := ev.Headers["authorization"]; ok || ev.Headers["x-copy"] != "" || ev.Headers["x-other"] != "fine" {
		t.Errorf("bearer headers: %v", ev.Headers)
	}
	if bytes.Contains(ev.AppendRecord(nil), []byte(bearerSecret)) {
		t.Fatal("event record carries the bearer secret")
	}
}

func TestIDsAndDuplicates(t *testing.T) {
	fx := newFixture(t, testConfig())
	post := func(path string, extra map[string]string) (int, string, bool) {
		t.Helper()
		hdr := bearer(bearerSecret)
		for k, v := range extra {
			hdr[k] = v
		}
		req, _ := http.NewRequest("POST", fx.srv.URL+path, strings.NewReader("{}"))
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := fx.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			ID        string `json:"id"`
			Duplicate bool   `json:"duplicate"`
		}
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out.ID, out.Duplicate
	}
	s1, id1, _ := post("/hooks/alerts/am", nil)
	s2, id2, _ := post("/hooks/alerts/am", nil)
	if s1 != 202 || s2 != 202 || id1 == id2 {
		t.Fatalf("plain requests: %d %q, %d %q: want two distinct events", s1, id1, s2, id2)
	}
	// X-Request-Id is not a dedup key: the same value twice is two events.
	_, r1, d1 := post("/hooks/alerts/am", map[string]string{"X-Request-Id": "same"})
	_, r2, d2 := post("/hooks/alerts/am", map[string]string{"X-Request-Id": "same"})
	if r1 == r2 || d1 || d2 {
		t.Fatalf("X-Request-Id deduplicated: %q %q", r1, r2)
	}
	for _, name := range webhook.DedupHeaders() {
		t.Run(name, func(t *testing.T) {
			key := "delivery-" + name
			sa, a, da := post("/hooks/alerts/am", map[string]string{name: key})
			sb, b, db := post("/hooks/alerts/am", map[string]string{name: key})
			if sa != 202 || sb != 202 || a != b || da || !db {
				t.Fatalf("retry with %s: %d %q dup=%v, %d %q dup=%v", name, sa, a, da, sb, b, db)
			}
			if !regexp.MustCompile(`^hook:alerts:am:key:[0-9a-f]{32}$`).MatchString(a) {
				t.Fatalf("id %q", a)
			}
			// The same key on another hook is another event.
			hdr := map[string]string{name: key, "Authorization": "Bearer other-secret-000000000"}
			resp := fx.send(t, "POST", "/hooks/other/x", hdr, []byte("{}"), false)
			if resp.StatusCode != 202 {
				t.Fatalf("other hook: %d", resp.StatusCode)
			}
		})
	}
	want := 4 + 2*len(webhook.DedupHeaders())
	if n := len(fx.sink.stored()); n != want {
		t.Fatalf("sink holds %d events, want %d", n, want)
	}
	if got := fx.m.Requests("alerts", "am", webhook.OutcomeDuplicate); got != float64(len(webhook.DedupHeaders())) {
		t.Fatalf("duplicate counter %v", got)
	}
}

func TestSinkFailureIsNotAcked(t *testing.T) {
	fx := newFixture(t, testConfig())
	fx.sink.set(func(s *recSink) { s.fail = errors.New("disk full") })
	hdr := bearer(bearerSecret)
	hdr["Idempotency-Key"] = "k1"
	resp := fx.send(t, "POST", "/hooks/alerts/am", hdr, []byte("{}"), false)
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("status %d, Retry-After %q: want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if len(fx.sink.stored()) != 0 || fx.m.Requests("alerts", "am", webhook.OutcomeUnavailable) != 1 {
		t.Fatal("a failed Put was counted as stored")
	}
	// The sender's retry, once the inbox works again, is accepted once.
	fx.sink.set(func(s *recSink) { s.fail = nil })
	for i := 0; i < 2; i++ {
		if resp := fx.send(t, "POST", "/hooks/alerts/am", hdr, []byte("{}"), false); resp.StatusCode != 202 {
			t.Fatalf("retry %d: %d", i, resp.StatusCode)
		}
	}
	if n := len(fx.sink.stored()); n != 1 {
		t.Fatalf("%d events stored, want 1", n)
	}
}

func TestPanicIsContained(t *testing.T) {
	fx := newFixture(t, testConfig())
	fx.sink.set(func(s *recSink) { s.panics = true })
	if resp := fx.send(t, "POST", "/hooks/alerts/am", bearer(bearerSecret), nil, false); resp.StatusCode != 500 {
		t.Fatalf("status %d, want 500", resp.StatusCode)
	}
	fx.sink.set(func(s *recSink) { s.panics = false })
	if resp := fx.send(t, "POST", "/hooks/alerts/am", bearer(bearerSecret), nil, false); resp.StatusCode != 202 {
		t.Fatalf("after a panic: %d", resp.StatusCode)
	}
}

func TestApplySwapsHooksLive(t *testing.T) {
	fx := newFixture(t, testConfig())
	if resp := fx.send(t, "POST", "/hooks/alerts/am", bearer(bearerSecret), nil, false); resp.StatusCode != 202 {
		t.Fatalf("before: %d", resp.StatusCode)
	}

	// A request in flight when Apply runs finishes with the old set: it
	// was authenticated against it and is acked even though the new set
	// no longer has its hook.
	entered, release := make(chan string, 1), make(chan struct{})
	fx.sink.set(func(s *recSink) { s.entered, s.block = entered, release })
	done := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest("POST", fx.srv.URL+"/hooks/other/x", strings.NewReader("in flight"))
		req.Header.Set("Authorization", "Bearer other-secret-000000000")
		resp, err := fx.srv.Client().Do(req)
		if err != nil {
			done <- -1
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	<-entered

	rotated := "rotated-secret-9876543210"
	cfg := &config.Config{Skills: []config.Skill{{Name: "alerts", Hooks: []config.Hook{
		{Name: "am", Secret: rotated},
		{Name: "new", Secret: bearerSecret, Auth: "bearer"},
	}}}}
	if err := fx.h.Apply(cfg); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(fx.h.Hooks(), " "); got != "alerts/am alerts/new" {
		t.Fatalf("Hooks() = %q", got)
	}
	fx.sink.set(func(s *recSink) { s.entered, s.block = nil, nil })
	close(release)
	if got := <-done; got != 202 {
		t.Fatalf("in-flight request: %d, want 202", got)
	}

	cases := []struct {
		path, secret string
		status       int
	}{
		{"/hooks/alerts/am", bearerSecret, 401}, // old secret no longer works
		{"/hooks/alerts/am", rotated, 202},
		{"/hooks/alerts/new", bearerSecret, 202},
		{"/hooks/alerts/gh", hmacSecret, 404}, // removed
		{"/hooks/other/x", "other-secret-000000000", 404},
	}
	for _, c := range cases {
		if resp := fx.send(t, "POST", c.path, bearer(c.secret), nil, false); resp.StatusCode != c.status {
			t.Errorf("%s after Apply: %d, want %d", c.path, resp.StatusCode, c.status)
		}
	}

	// A bad config changes nothing.
	bad := &config.Config{Skills: []config.Skill{{Name: "alerts", Hooks: []config.Hook{
		{Name: "am", Secret: ""},
		{Name: "weird", Secret: "0123456789abcdef", Auth: "digest"},
	}}}}
	err := fx.h.Apply(bad)
	if err == nil || !strings.Contains(err.Error(), "skills.alerts.hooks.am: empty secret") || !strings.Contains(err.Error(), `unknown auth "digest"`) {
		t.Fatalf("Apply(bad) = %v", err)
	}
	if resp := fx.send(t, "POST", "/hooks/alerts/am", bearer(rotated), nil, false); resp.StatusCode != 202 {
		t.Fatalf("after a rejected Apply: %d", resp.StatusCode)
	}
	// nil removes every hook.
	if err := fx.h.Apply(nil); err != nil {
		t.Fatal(err)
	}
	if resp := fx.send(t, "POST", "/hooks/alerts/am", bearer(rotated), nil, false); resp.StatusCode != 404 {
		t.Fatalf("after Apply(nil): %d", resp.StatusCode)
	}
}

// TestApplyConcurrentWithRequests hammers Apply while requests run (for
// -race): every request sees one whole table, so it is either accepted
// with the secret of the set it loaded or refused, never a mix.
func TestApplyConcurrentWithRequests(t *testing.T) {
	fx := newFixture(t, testConfig())
	a := testConfig()
	b := &config.Config{Skills: []config.Skill{{Name: "alerts", Hooks: []config.Hook{{Name: "am", Secret: bearerSecret}}}}}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			cfg := a
			if i%2 == 1 {
				cfg = b
			}
			if err := fx.h.Apply(cfg); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for i := 0; i < 50; i++ {
		if resp := fx.send(t, "POST", "/hooks/alerts/am", bearer(bearerSecret), []byte("x"), false); resp.StatusCode != 202 {
			t.Errorf("request %d: %d", i, resp.StatusCode)
		}
	}
	close(stop)
	wg.Wait()
}

func TestNewRefusesBadConfig(t *testing.T) {
	if _, err := webhook.New(nil, nil, webhook.Options{}); err == nil {
		t.Fatal("New without a sink succeeded")
	}
	cfg := &config.Config{Skills: []config.Skill{{Name: "s", Hooks: []config.Hook{{Name: "h"}}}}}
	if _, err := webhook.New(newSink(), cfg, webhook.Options{}); err == nil {
		t.Fatal("New with an empty secret succeeded")
	}
}

// BenchmarkServe measures the handler alone (no network) from request to
// 202 for a 1 KiB body, bearer and hmac, reported as requests/s.
func BenchmarkServe(b *testing.B) {
	body := bytes.Repeat([]byte("x"), 1024)
	for _, c := range []struct {
		name string
		path string
		hdr  [2]string
	}{
		{"bearer", "/hooks/alerts/am", [2]string{"Authorization", "Bearer " + bearerSecret}},
		{"hmac", "/hooks/alerts/gh", [2]string{"X-Signature-256", "sha256=" + sign(hmacSecret, body)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			h, err := webhook.New(discardSink{}, testConfig(), webhook.Options{Logger: quiet})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				req := httptest.NewRequest("POST", c.path, bytes.NewReader(body))
				req.Header.Set(c.hdr[0], c.hdr[1])
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != 202 {
					b.Fatal(w.Code)
				}
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "requests/s")
		})
	}
}

type discardSink struct{}

func (discardSink) Put(context.Context, *abi.Event) error { return nil }
