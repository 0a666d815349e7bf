package fetch_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/fetch"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// server is an httptest server on 127.0.0.1 that counts the requests it
// saw.
type server struct {
	*httptest.Server
	hits atomic.Int64
}

func newServer(t *testing.T, h http.Handler) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// hostPort is "127.0.0.1:PORT": the allow-list entry that grants the
// server explicitly (loopback is only reachable as an IP literal entry).
func (s *server) hostPort() string { return strings.TrimPrefix(s.URL, "http://") }

func (s *server) port() string {
	_, p, _ := net.SplitHostPort(s.hostPort())
	return p
}

// lookup maps test names to addresses; anything else fails to resolve.
func lookup(m map[string][]string) fetch.LookupFunc {
	return func(_ context.Context, host string) ([]netip.Addr, error) {
		var out []netip.Addr
		for _, a := range m[host] {
			out = append(out, netip.MustParseAddr(a))
		}
		if len(out) == 0 {
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		return out, nil
	}
}

func newFetcher(t *testing.T, o fetch.Options) *fetch.Fetcher {
	t.Helper()
	if o.Logger == nil {
		o.Logger = quiet
	}
	if o.Lookup == nil {
		o.Lookup = lookup(nil)
	}
	f := fetch.New(o)
	t.Cleanup(f.Close)
	return f
}

// do runs one request record and decodes the response.
func do(t *testing.T, ctx context.Context, f *fetch.Fetcher, skill string, allow []string, req fetch.Request) (fetch.Response, abi.Code, error) {
	t.Helper()
	rec, code, err := f.Fetch(ctx, skill, allow, req.AppendRecord(nil))
	if code != abi.OK {
		if err == nil {
			t.Fatalf("code %v without an error", code)
		}
		if rec != nil {
			t.Fatalf("code %v with a response", code)
		}
		return fetch.Response{}, code, err
	}
	if err != nil {
		t.Fatalf("OK with error %v", err)
	}
	resp, derr := fetch.DecodeResponse(rec)
	if derr != nil {
		t.Fatalf("decode response: %v", derr)
	}
	return resp, code, nil
}

func TestAllowedRequestRoundTrip(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Echo-Method", r.Method)
		w.Header().Set("X-Echo-Host", r.Host)
		w.Header().Set("X-Echo-Token", r.Header.Get("X-Token"))
		w.Header().Set("X-Echo-UA", r.Header.Get("User-Agent"))
		w.Header().Add("Set-Cookie", "a=1, b")
		w.Header().Add("Set-Cookie", "c=2")
		w.Header().Add("X-Multi", "one")
		w.Header().Add("X-Multi", "two")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "got %s %q", r.URL.RequestURI(), body)
	}))
	f := newFetcher(t, fetch.Options{})
	resp, code, err := do(t, context.Background(), f, "s1", []string{srv.hostPort()}, fetch.Request{
		Method:  "post",
		URL:     srv.URL + "/path?q=1",
		Headers: map[string]string{"X-Token": "abc", "Host": "evil.example"},
		Body:    []byte("hello"),
	})
	if code != abi.OK {
		t.Fatalf("code %v: %v", code, err)
	}
	if resp.Status != http.StatusCreated || string(resp.Body) != `got /path?q=1 "hello"` {
		t.Fatalf("response %d %q", resp.Status, resp.Body)
	}
	want := map[string]string{
		"x-echo-method": "POST",
		"x-echo-host":   srv.hostPort(), // the skill's Host header was dropped
		"x-echo-token":  "abc",
		"x-echo-ua":     "bothost (skill s1)",
		"set-cookie":    "a=1, b\nc=2",
		"x-multi":       "one, two",
	}
	for k, v := range want {
		if resp.Headers[k] != v {
			t.Errorf("header %s = %q, want %q", k, resp.Headers[k], v)
		}
	}
}

func TestHTTPSWithAllowedIP(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "secure")
	}))
	t.Cleanup(srv.Close)
	roots := srv.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
	f := newFetcher(t, fetch.Options{TLSConfig: &tls.Config{RootCAs: roots}})
	hp := strings.TrimPrefix(srv.URL, "https://")
	resp, code, err := do(t, context.Background(), f, "s", []string{hp}, fetch.Request{URL: srv.URL})
	if code != abi.OK || string(resp.Body) != "secure" {
		t.Fatalf("code %v err %v body %q", code, err, resp.Body)
	}
}

func TestLocalhostEntryGrantsLoopback(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "local") }))
	// The resolver must not be asked for localhost: this one would say 10.0.0.1.
	f := newFetcher(t, fetch.Options{Lookup: lookup(map[string][]string{"localhost": {"10.0.0.1"}})})
	resp, code, err := do(t, context.Background(), f, "s", []string{"localhost:" + srv.port()},
		fetch.Request{URL: "http://LocalHost:" + srv.port() + "/"})
	if code != abi.OK || string(resp.Body) != "local" {
		t.Fatalf("code %v err %v body %q", code, err, resp.Body)
	}
}

func TestNotInAllowListRefused(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	other := "127.0.0.2:" + srv.port()
	cases := []struct {
		name  string
		allow []string
		url   string
		code  abi.Code
		msg   string
	}{
		{"empty allow-list", nil, srv.URL, abi.ErrNotPermitted, "127.0.0.1 refused: not in http_allow"},
		{"other port", []string{"127.0.0.1:1"}, srv.URL, abi.ErrNotPermitted, "not in http_allow (http://127.0.0.1:" + srv.port() + ")"},
		{"port-less entry is port 80", []string{"127.0.0.1"}, srv.URL, abi.ErrNotPermitted, "not in http_allow"},
		{"other IP", []string{other}, srv.URL, abi.ErrNotPermitted, "not in http_allow"},
		{"name entry does not grant its IP", []string{"localhost:" + srv.port()}, srv.URL, abi.ErrNotPermitted, "not in http_allow"},
		{"IP entry does not grant a name", []string{srv.hostPort()}, "http://localhost:" + srv.port(), abi.ErrNotPermitted, "localhost refused"},
		{"no suffix match", []string{"example.com"}, "http://api.example.com/", abi.ErrNotPermitted, "api.example.com refused"},
		{"wildcards never match", []string{"*.example.com"}, "http://api.example.com/", abi.ErrNotPermitted, "not in http_allow"},
		{"https default port only", []string{"example.com"}, "https://example.com:8443/", abi.ErrNotPermitted, "not in http_allow"},
		{"file scheme", []string{srv.hostPort()}, "file:///etc/passwd", abi.ErrInvalidArg, `scheme "file" not allowed`},
		{"relative url", []string{srv.hostPort()}, "/just/a/path", abi.ErrInvalidArg, "scheme"},
		{"ipv6 zone", []string{"[fe80::1]:80"}, "http://[fe80::1%25eth0]:80/", abi.ErrInvalidArg, "zones"},
		{"url does not parse", []string{srv.hostPort()}, srv.URL + "/%zz", abi.ErrInvalidArg, "url does not parse"},
	}
	f := newFetcher(t, fetch.Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, code, err := do(t, context.Background(), f, "s", c.allow, fetch.Request{URL: c.url + "?secret=hunter2"})
			if code != c.code {
				t.Fatalf("code %v (%v), want %v", code, err, c.code)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("error %q does not mention %q", err, c.msg)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Fatalf("error leaks the query: %q", err)
			}
		})
	}
	if n := srv.hits.Load(); n != 0 {
		t.Fatalf("server saw %d requests, want 0", n)
	}
}

func TestNameResolvingToInternalAddressRefused(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	names := map[string][]string{
		"evil.test":      {"127.0.0.1"},
		"ten.test":       {"10.0.0.1"},
		"meta.test":      {"169.254.169.254"},
		"cgnat.test":     {"100.64.0.1"},
		"mapped.test":    {"::ffff:127.0.0.1"},
		"v6loop.test":    {"::1"},
		"ula.test":       {"fd00:ec2::254"},
		"v6ll.test":      {"fe80::1"},
		"zero.test":      {"0.0.0.0"},
		"multi.test":     {"224.0.0.1"},
		"nat64.test":     {"64:ff9b::a9fe:a9fe"},
		"mixed.test":     {"10.1.2.3", "192.168.1.1"},
		"localhost.evil": {"127.0.0.1"},
	}
	reasons := map[string]string{
		"evil.test":      "127.0.0.1, a loopback address",
		"ten.test":       "10.0.0.1, a private (RFC 1918) address",
		"meta.test":      "169.254.169.254, a link-local (incl. cloud metadata 169.254.169.254) address",
		"cgnat.test":     "carrier-grade NAT",
		"mapped.test":    "127.0.0.1, a loopback address",
		"v6loop.test":    "::1, a loopback address",
		"ula.test":       "unique local",
		"v6ll.test":      "fe80::1, a link-local address",
		"zero.test":      "unspecified",
		"multi.test":     "multicast",
		"nat64.test":     "link-local (incl. cloud metadata 169.254.169.254) (via NAT64)",
		"mixed.test":     "10.1.2.3, a private",
		"localhost.evil": "loopback",
	}
	f := newFetcher(t, fetch.Options{Lookup: lookup(names)})
	for name := range names {
		t.Run(name, func(t *testing.T) {
			// The entry names the host and its port exactly: the allow-list
			// passes, the dial-time address check refuses.
			allow := []string{name + ":" + srv.port()}
			_, code, err := do(t, context.Background(), f, "s", allow, fetch.Request{URL: "http://" + name + ":" + srv.port() + "/"})
			if code != abi.ErrNotPermitted {
				t.Fatalf("code %v (%v), want ERR_NOT_PERMITTED", code, err)
			}
			var re *fetch.RefusedError
			if !errors.As(err, &re) || re.Host != name {
				t.Fatalf("error %v is not a RefusedError naming %s", err, name)
			}
			if !strings.Contains(err.Error(), reasons[name]) {
				t.Fatalf("error %q does not say %q", err, reasons[name])
			}
		})
	}
	if n := srv.hits.Load(); n != 0 {
		t.Fatalf("server saw %d requests, want 0", n)
	}
}

func TestUnresolvableName(t *testing.T) {
	f := newFetcher(t, fetch.Options{})
	_, code, err := do(t, context.Background(), f, "s", []string{"nowhere.test"}, fetch.Request{URL: "http://nowhere.test/"})
	if code != abi.ErrUnavailable || !strings.Contains(err.Error(), "resolve nowhere.test") {
		t.Fatalf("code %v err %v", code, err)
	}
}

func TestRedirects(t *testing.T) {
	other := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "other") }))
	var srv *server
	srv = newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-final":
			http.Redirect(w, r, "/final", http.StatusFound)
		case "/final":
			io.WriteString(w, "final")
		case "/to-other":
			http.Redirect(w, r, other.URL+"/", http.StatusFound)
		case "/to-evil":
			http.Redirect(w, r, "http://evil.test:"+srv.port()+"/final", http.StatusTemporaryRedirect)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		}
	}))
	f := newFetcher(t, fetch.Options{Lookup: lookup(map[string][]string{"evil.test": {"127.0.0.1"}})})
	allow := []string{srv.hostPort(), "evil.test:" + srv.port()}
	cases := []struct {
		path string
		code abi.Code
		want string // body, or a substring of the error
	}{
		{"/to-final", abi.OK, "final"},
		{"/to-other", abi.ErrNotPermitted, "redirect target not in http_allow (http://127.0.0.1:" + other.port() + ")"},
		{"/to-evil", abi.ErrNotPermitted, "evil.test refused: resolves to 127.0.0.1, a loopback address"},
		{"/to-metadata", abi.ErrNotPermitted, "169.254.169.254 refused: redirect target not in http_allow"},
		{"/to-file", abi.ErrNotPermitted, `redirect: scheme "file" not allowed`},
		{"/loop", abi.ErrUnavailable, "more than 5 redirects"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			resp, code, err := do(t, context.Background(), f, "s", allow, fetch.Request{URL: srv.URL + c.path})
			if code != c.code {
				t.Fatalf("code %v (%v), want %v", code, err, c.code)
			}
			if code == abi.OK {
				if string(resp.Body) != c.want {
					t.Fatalf("body %q, want %q", resp.Body, c.want)
				}
				return
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q does not contain %q", err, c.want)
			}
		})
	}
	if n := other.hits.Load(); n != 0 {
		t.Fatalf("the disallowed redirect target saw %d requests", n)
	}
}

func TestNoRedirectsReturnsThe3xx(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/elsewhere", http.StatusFound)
	}))
	f := newFetcher(t, fetch.Options{MaxRedirects: -1})
	resp, code, err := do(t, context.Background(), f, "s", []string{srv.hostPort()}, fetch.Request{URL: srv.URL})
	if code != abi.OK || resp.Status != http.StatusFound || resp.Headers["location"] != "/elsewhere" {
		t.Fatalf("code %v err %v status %d headers %v", code, err, resp.Status, resp.Headers)
	}
}

func TestTimeouts(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Header().Set("Content-Length", "100")
			w.WriteHeader(http.StatusOK)
			io.WriteString(w, "partial")
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	f := newFetcher(t, fetch.Options{Timeout: time.Minute})
	allow := []string{srv.hostPort()}
	cases := []struct {
		name     string
		path     string
		timeout  time.Duration // request's timeout_ms
		ctxLimit time.Duration // the event's deadline
		code     abi.Code
		msg      string
	}{
		{"request timeout, slow headers", "/slow", 200 * time.Millisecond, 0, abi.ErrUnavailable, "timed out after 200ms"},
		{"request timeout, slow body", "/slow-body", 200 * time.Millisecond, 0, abi.ErrUnavailable, "timed out after 200ms"},
		{"event deadline, slow headers", "/slow", 0, 200 * time.Millisecond, abi.ErrDeadline, "deadline passed during the request"},
		{"event deadline, slow body", "/slow-body", 0, 200 * time.Millisecond, abi.ErrDeadline, "deadline passed during the request"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			if c.ctxLimit > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, c.ctxLimit)
				defer cancel()
			}
			start := time.Now()
			_, code, err := do(t, ctx, f, "s", allow, fetch.Request{URL: srv.URL + c.path, Timeout: c.timeout})
			if code != c.code || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("code %v err %v, want %v %q", code, err, c.code, c.msg)
			}
			// Far below the one-minute host cap: the request was cut off
			// by the shorter limit, not by the cap.
			if el := time.Since(start); el > 30*time.Second {
				t.Fatalf("took %v", el)
			}
		})
	}
	t.Run("event deadline already passed", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		before := srv.hits.Load()
		_, code, _ := do(t, ctx, f, "s", allow, fetch.Request{URL: srv.URL + "/slow"})
		if code != abi.ErrDeadline || srv.hits.Load() != before {
			t.Fatalf("code %v, hits %d -> %d", code, before, srv.hits.Load())
		}
	})
}

func TestResponseCap(t *testing.T) {
	const limit = 4096
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zw.Write(make([]byte, 8<<20))
	zw.Close()
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/exact":
			w.Write(bytes.Repeat([]byte("x"), limit))
		case "/over-with-length":
			w.Header().Set("Content-Length", fmt.Sprint(limit+1))
			w.Write(bytes.Repeat([]byte("x"), limit+1))
		case "/huge-chunked":
			w.(http.Flusher).Flush() // no Content-Length: chunked
			chunk := bytes.Repeat([]byte("y"), 32<<10)
			for i := 0; i < 256; i++ { // 8 MiB unless the client hangs up
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/gzip-bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}
	}))
	f := newFetcher(t, fetch.Options{MaxResponse: limit})
	allow := []string{srv.hostPort()}
	cases := []struct {
		path string
		code abi.Code
	}{
		{"/exact", abi.OK},
		{"/over-with-length", abi.ErrTooLarge},
		{"/huge-chunked", abi.ErrTooLarge},
		{"/gzip-bomb", abi.ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			resp, code, err := do(t, context.Background(), f, "s", allow, fetch.Request{URL: srv.URL + c.path})
			if code != c.code {
				t.Fatalf("code %v (%v), want %v", code, err, c.code)
			}
			if code == abi.OK && len(resp.Body) != limit {
				t.Fatalf("body %d bytes, want %d", len(resp.Body), limit)
			}
			if code == abi.ErrTooLarge && !strings.Contains(err.Error(), "4096-byte cap") {
				t.Fatalf("error %q does not name the cap", err)
			}
		})
	}
}

func TestRateLimitPerSkill(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	clk := clock.NewFake(time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))
	m := fetch.NewMetrics(nil)
	f := newFetcher(t, fetch.Options{Rate: 1, Burst: 2, Clock: clk, Metrics: m})
	allow := []string{srv.hostPort()}
	call := func(skill string) abi.Code {
		_, code, _ := do(t, context.Background(), f, skill, allow, fetch.Request{URL: srv.URL})
		return code
	}
	steps := []struct {
		advance time.Duration
		skill   string
		want    abi.Code
	}{
		{0, "a", abi.OK},
		{0, "a", abi.OK},
		{0, "a", abi.ErrQuota}, // burst of 2 used up
		{0, "b", abi.OK},       // another skill has its own bucket
		{500 * time.Millisecond, "a", abi.ErrQuota},
		{500 * time.Millisecond, "a", abi.OK}, // one token per second
		{0, "a", abi.ErrQuota},
		{time.Hour, "a", abi.OK}, // refills up to the burst only
		{0, "a", abi.OK},
		{0, "a", abi.ErrQuota},
	}
	for i, s := range steps {
		clk.Advance(s.advance)
		if got := call(s.skill); got != s.want {
			t.Fatalf("step %d (%s): %v, want %v", i, s.skill, got, s.want)
		}
	}
	if n := srv.hits.Load(); n != 6 {
		t.Fatalf("server saw %d requests, want 6 (refused calls make none)", n)
	}
	if got := m.Requests("a", abi.ErrQuota); got != 4 {
		t.Fatalf("bothost_fetch_requests_total{a,ERR_QUOTA} = %v, want 4", got)
	}
}

func TestInvalidRequests(t *testing.T) {
	f := newFetcher(t, fetch.Options{})
	allow := []string{"example.com"}
	good := fetch.Request{URL: "http://example.com/"}.AppendRecord(nil)
	cases := []struct {
		name string
		rec  []byte
		code abi.Code
	}{
		{"malformed record", []byte{3, 'u', 'r', 'l', 9, 0, 0, 0}, abi.ErrInvalidArg},
		{"missing url", fetch.Request{Method: "GET"}.AppendRecord(nil), abi.ErrInvalidArg},
		{"header injection", fetch.Request{URL: "http://example.com/", Headers: map[string]string{"X-A": "1\r\nX-B: 2"}}.AppendRecord(nil), abi.ErrInvalidArg},
		{"bad header name", fetch.Request{URL: "http://example.com/", Headers: map[string]string{"X A": "1"}}.AppendRecord(nil), abi.ErrInvalidArg},
		{"bad method", fetch.Request{Method: "GE T", URL: "http://example.com/"}.AppendRecord(nil), abi.ErrInvalidArg},
		{"connect", fetch.Request{Method: "CONNECT", URL: "http://example.com/"}.AppendRecord(nil), abi.ErrInvalidArg},
		{"timeout not a number", abi.AppendString(append([]byte(nil), good...), "timeout_ms", "soon"), abi.ErrInvalidArg},
		{"too large", abi.AppendEntry(append([]byte(nil), good...), "body", make([]byte, abi.MaxHTTPRequest)), abi.ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// "example.com" resolves to nothing here; a request that got
			// past validation would be refused or fail to resolve.
			_, code, err := f.Fetch(context.Background(), "s", allow, c.rec)
			if code != c.code || err == nil {
				t.Fatalf("code %v err %v, want %v", code, err, c.code)
			}
		})
	}
}

func TestCodecRoundTrip(t *testing.T) {
	req := fetch.Request{Method: "PUT", URL: "https://x.example/a", Headers: map[string]string{"a": "1", "b": ""}, Body: []byte{0, 1, 2}, Timeout: 1500 * time.Millisecond}
	got, err := fetch.DecodeRequest(req.AppendRecord(nil))
	if err != nil {
		t.Fatal(err)
	}
	if got.Method != req.Method || got.URL != req.URL || !bytes.Equal(got.Body, req.Body) || got.Timeout != req.Timeout ||
		len(got.Headers) != 2 || got.Headers["a"] != "1" || got.Headers["b"] != "" {
		t.Fatalf("round trip: %+v", got)
	}
	resp := fetch.Response{Status: 204, Headers: map[string]string{"x": "y"}, Body: []byte("z")}
	back, err := fetch.DecodeResponse(resp.AppendRecord(nil))
	if err != nil || back.Status != 204 || back.Headers["x"] != "y" || string(back.Body) != "z" {
		t.Fatalf("response round trip: %+v %v", back, err)
	}
	// Deterministic: the same headers always encode the same way.
	if !bytes.Equal(resp.AppendRecord(nil), resp.AppendRecord(nil)) {
		t.Fatal("encoding not deterministic")
	}
}

// TestPerEventBudgetThroughWasmrt runs a real wasm skill
// (testdata/fetchloop.wat) that calls http_fetch five times per event,
// through wasmrt with this Fetcher as Services.Fetcher. wasmrt enforces
// the per-event budget (http_requests = 2): the first two calls reach the
// server, the next three answer ERR_QUOTA without a request, and the
// budget starts over with the next event.
func TestPerEventBudgetThroughWasmrt(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	wasm := testskills.Read(t, "fetchloop") // built by make plugins from testdata/fetchloop.wat
	ctx := context.Background()
	clk := clock.NewFake(time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))
	f := newFetcher(t, fetch.Options{})
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: store.NewMemory(clk), Fetcher: f, Clock: clk, Logger: quiet}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(ctx) })
	limits := config.DefaultLimits()
	limits.HTTPRequests = 2
	limits.Deadline = 30 * time.Second
	mod, err := eng.Load(ctx, wasmrt.Spec{Skill: config.Skill{
		Name: "fetcher", Path: "fetchloop.wasm", Limits: limits, ConfigJSON: []byte("{}"),
		HTTPAllow: []string{srv.hostPort()},
	}, Wasm: wasm})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mod.Close(ctx) })
	req := fetch.Request{URL: srv.URL + "/"}.AppendRecord(nil)
	for i, wantHits := range []int64{2, 4} {
		err := mod.Handle(ctx, &abi.Event{ID: fmt.Sprintf("e%d", i), Kind: abi.KindWebhook, Hook: "h", Body: req, Skill: "fetcher"})
		var fail *wasmrt.Failure
		if !errors.As(err, &fail) || fail.Reason != "skill_error" {
			t.Fatalf("event %d: %v", i, err)
		}
		if fail.Detail != "codes=kk444" {
			t.Fatalf("event %d: skill saw %q, want codes=kk444 (2 responses, then ERR_QUOTA)", i, fail.Detail)
		}
		if n := srv.hits.Load(); n != wantHits {
			t.Fatalf("after event %d the server saw %d requests, want %d", i, n, wantHits)
		}
	}
}

// Compile-time check: the Fetcher is what wasmrt.Services wants.
var _ wasmrt.Fetcher = (*fetch.Fetcher)(nil)

func TestRedirect307ResendsBody(t *testing.T) {
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusTemporaryRedirect)
			return
		}
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s %s", r.Method, r.URL.Path, b)
	}))
	f := newFetcher(t, fetch.Options{})
	resp, code, err := do(t, context.Background(), f, "s", []string{srv.hostPort()},
		fetch.Request{Method: "POST", URL: srv.URL + "/old", Body: []byte("payload")})
	if code != abi.OK || string(resp.Body) != "POST /new payload" {
		t.Fatalf("code %v err %v body %q", code, err, resp.Body)
	}
}

// BenchmarkFetchLoopback measures the host's overhead per http_fetch
// against a loopback server (decode, allow-list, pooled connection,
// response record), reported as fetches/s.
func BenchmarkFetchLoopback(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, `{"ok":true}`) }))
	defer srv.Close()
	f := fetch.New(fetch.Options{Logger: quiet, Rate: -1})
	defer f.Close()
	allow := []string{strings.TrimPrefix(srv.URL, "http://")}
	rec := fetch.Request{URL: srv.URL + "/x"}.AppendRecord(nil)
	ctx := context.Background()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if _, code, err := f.Fetch(ctx, "bench", allow, rec); code != abi.OK {
			b.Fatal(code, err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "fetches/s")
}
