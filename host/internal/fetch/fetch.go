// Package fetch implements the http_fetch capability (docs/ABI.md §3.4)
// behind wasmrt.Fetcher: a skill may make HTTP(S) requests only to the
// origins bot.toml lists in its http_allow, and never, by accident or
// design, to the host's own network.
//
// # Allow-list (http_allow)
//
// An entry "host" grants that host on the scheme's default port (80 for
// http, 443 for https); "host:port" grants that port (either scheme).
// Host names compare exactly and case-insensitively: "api.example.com"
// does not grant "www.api.example.com". Wildcards ("*.example.com") are
// not supported — config refuses them — so every entry names exactly one
// origin, and a skill cannot reach a subdomain the operator never saw. An
// IP entry ("10.0.0.5:8080", "[::1]:8443") grants only URLs that write
// that IP literally; a name that resolves to it is not granted by it.
//
// # Internal addresses (SSRF)
//
// Whatever the allow-list says about a name, the address actually dialled
// must be public unless the entry is explicit about it:
//
//   - a URL whose host is an IP literal reaches that IP whatever its range
//     (loopback, RFC 1918, link-local, ...): it can only get here if
//     http_allow lists that IP, which is the operator's explicit opt-in,
//     e.g. http_allow = ["127.0.0.1:8080"];
//   - "localhost" reaches loopback only (127.0.0.1, ::1; DNS is not asked),
//     e.g. http_allow = ["localhost:8080"];
//   - every other name reaches public unicast addresses only. Loopback,
//     RFC 1918, CGNAT 100.64/10, link-local 169.254/16 (cloud metadata) and
//     fe80::/10, unique-local fc00::/7, unspecified, multicast, reserved
//     and documentation ranges, and IPv6 forms embedding such an IPv4
//     address (::ffff:0:0/96, NAT64, 6to4) are refused with
//     ERR_NOT_PERMITTED and an error naming the host, the address and
//     the kind of range. An internal service is therefore granted by IP
//     (or as localhost), never by an internal DNS name.
//
// The check runs at dial time, on the address the socket connects to, in
// the net.Dialer's Control function, so a DNS answer that changes between
// a check and the connect (rebinding) cannot slip through: the host
// resolves the name itself, drops refused addresses and connects to an IP
// that Control checks again. Every redirect's target is checked against
// the allow-list again (and dialled under the same rules); at most
// MaxRedirects are followed. No proxy is used, whatever the environment
// says (a proxy would do the dial where the check cannot see it).
//
// # Limits
//
// Each request runs under min(timeout_ms, Options.Timeout) and never past
// the deadline of the ctx passed in (the event's: time spent fetching
// counts against the skill's deadline). A timeout answers
// ERR_UNAVAILABLE; the event's deadline passing answers ERR_DEADLINE.
// A response body over Options.MaxResponse is not truncated: the call
// answers ERR_TOO_LARGE (a truncated JSON document or page silently
// looks like a complete one; a skill that wants part of a large resource
// can ask for a Range). The cap applies after transparent gzip decoding,
// so a compressed bomb is cut off too.
//
// Per-event budget: wasmrt counts http_fetch calls per event
// (config.Limits.HTTPRequests, reset for every event) and answers
// ERR_QUOTA itself before calling the Fetcher, so the Fetcher does not
// need to know about events. Per-skill rate: a token bucket per skill name
// (Options.Rate, Options.Burst) across all its events and instances;
// over it a call answers ERR_QUOTA without any network traffic.
package fetch

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
)

// Defaults for Options.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultMaxResponse  = 1 << 20
	DefaultMaxRedirects = 5
	DefaultRate         = 10 // requests per second per skill
	DefaultBurst        = 20
	DefaultUserAgent    = "bothost"
)

// LookupFunc resolves a host name to addresses.
type LookupFunc func(ctx context.Context, host string) ([]netip.Addr, error)

// Options configure a Fetcher. The zero value works.
type Options struct {
	// Lookup resolves host names; nil uses net.DefaultResolver. Tests map
	// names to internal addresses with it.
	Lookup LookupFunc
	// Timeout is the per-request default and cap (<= 0: DefaultTimeout).
	Timeout time.Duration
	// MaxResponse caps the response body (<= 0: DefaultMaxResponse).
	MaxResponse int64
	// MaxRedirects is how many redirects are followed (0:
	// DefaultMaxRedirects; < 0: none, the 3xx is returned to the skill).
	MaxRedirects int
	// Rate is each skill's sustained requests per second and Burst its
	// bucket size (0: the defaults; Rate < 0: no rate limit).
	Rate  float64
	Burst int
	// Clock drives the rate limiter; nil: the system clock.
	Clock clock.Clock
	// TLSConfig is the client TLS configuration (nil: system roots). For
	// tests and private CAs.
	TLSConfig *tls.Config
	// UserAgent is sent when the skill sets none; " (skill NAME)" is
	// appended. Empty: DefaultUserAgent.
	UserAgent string
	Logger    *slog.Logger
	Metrics   *Metrics // nil: unregistered counters
}

// Fetcher performs http_fetch for skills. It implements wasmrt.Fetcher
// and is safe for concurrent use by every skill; connections are pooled
// per origin.
type Fetcher struct {
	o       Options
	m       *Metrics
	tr      *http.Transport
	limiter *limiter
}

// New returns a Fetcher. Close it to drop idle connections.
func New(o Options) *Fetcher {
	if o.Lookup == nil {
		o.Lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxResponse <= 0 {
		o.MaxResponse = DefaultMaxResponse
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Rate == 0 {
		o.Rate = DefaultRate
	}
	if o.Burst <= 0 {
		o.Burst = DefaultBurst
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics(nil)
	}
	f := &Fetcher{o: o, m: o.Metrics}
	if o.Rate > 0 {
		f.limiter = newLimiter(o.Rate, o.Burst)
	}
	var tlsConf *tls.Config
	if o.TLSConfig != nil {
		tlsConf = o.TLSConfig.Clone()
	}
	f.tr = &http.Transport{
		Proxy:                  nil, // never from the environment: see the package doc
		DialContext:            f.dial,
		ForceAttemptHTTP2:      true,
		TLSClientConfig:        tlsConf,
		TLSHandshakeTimeout:    o.Timeout,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    4,
		IdleConnTimeout:        90 * time.Second,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 64 << 10,
	}
	return f
}

// Close drops idle pooled connections.
func (f *Fetcher) Close() { f.tr.CloseIdleConnections() }

// RefusedError is a request refused by policy: not in http_allow, or the
// host resolves to an address the entry does not grant.
type RefusedError struct {
	Host   string // as in the URL (or the redirect), lower-cased
	Addr   string // the refused address, when one was resolved
	Reason string
}

func (e *RefusedError) Error() string {
	if e.Addr != "" {
		return fmt.Sprintf("fetch: %s refused: resolves to %s, a %s address", e.Host, e.Addr, e.Reason)
	}
	return fmt.Sprintf("fetch: %s refused: %s", e.Host, e.Reason)
}

// Fetch performs one request record for skill, whose http_allow is allow,
// and returns a response record. Non-OK codes come with an error saying
// why (wasmrt logs it); it never contains the URL's path or query.
func (f *Fetcher) Fetch(ctx context.Context, skill string, allow []string, request []byte) ([]byte, abi.Code, error) {
	start := time.Now()
	resp, code, err := f.fetch(ctx, skill, allow, request)
	f.m.observe(skill, code, time.Since(start))
	if err != nil {
		err = fmt.Errorf("http_fetch for skill %s: %w", skill, err)
	} else {
		f.o.Logger.Debug("http_fetch", "skill", skill, "bytes", len(resp), "elapsed", time.Since(start))
	}
	return resp, code, err
}

func (f *Fetcher) fetch(ctx context.Context, skill string, allow []string, request []byte) ([]byte, abi.Code, error) {
	if len(request) > abi.MaxHTTPRequest {
		return nil, abi.ErrTooLarge, fmt.Errorf("request record %d bytes over %d", len(request), abi.MaxHTTPRequest)
	}
	req, err := DecodeRequest(request)
	if err != nil {
		return nil, abi.ErrInvalidArg, err
	}
	timeout := f.o.Timeout
	if req.Timeout > 0 && req.Timeout < timeout {
		timeout = req.Timeout
	}
	rctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var reqBody io.Reader
	if len(req.Body) > 0 {
		// A *bytes.Reader gives the request a length and a GetBody, so a
		// 307/308 redirect can send the body again.
		reqBody = bytes.NewReader(req.Body)
	}
	// DecodeRequest accepts only methods net/http accepts (RFC 9110
	// tokens), so what can fail here is parsing the URL.
	hr, err := http.NewRequestWithContext(rctx, req.Method, req.URL, reqBody)
	if err != nil {
		return nil, abi.ErrInvalidArg, errors.New("url does not parse")
	}
	t, err := parseTarget(hr.URL)
	if err != nil {
		return nil, abi.ErrInvalidArg, err
	}
	if !allowed(allow, t) {
		return nil, abi.ErrNotPermitted, &RefusedError{Host: t.host, Reason: "not in http_allow (" + t.String() + ")"}
	}
	if req.Method == http.MethodConnect {
		return nil, abi.ErrInvalidArg, errors.New("method CONNECT not allowed")
	}
	if err := ctx.Err(); err != nil {
		return nil, abi.ErrDeadline, fmt.Errorf("%s: event deadline passed before the request", t)
	}
	if f.limiter != nil && !f.limiter.allow(skill, f.o.Clock.Now()) {
		return nil, abi.ErrQuota, fmt.Errorf("rate limit: over %g requests/s (burst %d)", f.o.Rate, f.o.Burst)
	}

	for k, v := range req.Headers {
		if dropRequestHeader(k) {
			continue
		}
		hr.Header.Set(k, v)
	}
	if hr.Header.Get("User-Agent") == "" {
		hr.Header.Set("User-Agent", f.o.UserAgent+" (skill "+skill+")")
	}
	client := &http.Client{Transport: f.tr, CheckRedirect: f.checkRedirect(allow)}
	res, err := client.Do(hr)
	if err != nil {
		code, err := f.failure(ctx, rctx, t, timeout, err)
		return nil, code, err
	}
	defer res.Body.Close()
	if res.ContentLength > f.o.MaxResponse {
		return nil, abi.ErrTooLarge, fmt.Errorf("%s: response of %d bytes over the %d-byte cap", t, res.ContentLength, f.o.MaxResponse)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, f.o.MaxResponse+1))
	if err != nil {
		code, err := f.failure(ctx, rctx, t, timeout, err)
		return nil, code, err
	}
	if int64(len(body)) > f.o.MaxResponse {
		return nil, abi.ErrTooLarge, fmt.Errorf("%s: response body over the %d-byte cap", t, f.o.MaxResponse)
	}
	out := Response{Status: res.StatusCode, Headers: responseHeaders(res.Header), Body: body}
	return out.AppendRecord(nil), abi.OK, nil
}

// failure maps a transport error to an ABI code and a message.
func (f *Fetcher) failure(ctx, rctx context.Context, t target, timeout time.Duration, err error) (abi.Code, error) {
	if re, ok := errors.AsType[*RefusedError](err); ok {
		return abi.ErrNotPermitted, re
	}
	if errors.Is(err, errTooManyRedirects) {
		return abi.ErrUnavailable, fmt.Errorf("%s: more than %d redirects", t, f.o.MaxRedirects)
	}
	eventDeadline := ctx.Err() != nil
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		eventDeadline = true // its Done may lag the request's own timer
	}
	switch {
	case eventDeadline:
		return abi.ErrDeadline, fmt.Errorf("%s: the event's deadline passed during the request", t)
	case errors.Is(rctx.Err(), context.DeadlineExceeded):
		return abi.ErrUnavailable, fmt.Errorf("%s: timed out after %v", t, timeout)
	}
	return abi.ErrUnavailable, fmt.Errorf("%s: %s", t, scrub(err))
}

// scrub removes the URL (which may hold credentials in its query or
// userinfo) from a *url.Error, keeping the cause.
func scrub(err error) string {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return ue.Op + ": " + ue.Err.Error()
	}
	return err.Error()
}

var errTooManyRedirects = errors.New("too many redirects")

// checkRedirect re-applies the allow-list to every hop; the dial rules
// apply to it as to the first request.
func (f *Fetcher) checkRedirect(allow []string) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if f.o.MaxRedirects < 0 {
			return http.ErrUseLastResponse
		}
		if len(via) > f.o.MaxRedirects {
			return errTooManyRedirects
		}
		t, err := parseTarget(req.URL)
		if err != nil {
			return &RefusedError{Host: req.URL.Hostname(), Reason: "redirect: " + err.Error()}
		}
		if !allowed(allow, t) {
			return &RefusedError{Host: t.host, Reason: "redirect target not in http_allow (" + t.String() + ")"}
		}
		return nil
	}
}

// dial resolves addr's host itself, drops the addresses its scope does
// not grant and connects to the first remaining one that answers; the
// Dialer's Control checks the address again on the socket itself.
func (f *Fetcher) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("fetch: bad port in %q", addr)
	}
	sc := scopeOf(host)
	var ips []netip.Addr
	switch sc {
	case scopeLiteral:
		ip, _ := netip.ParseAddr(host)
		ips = []netip.Addr{ip.Unmap()}
	case scopeLoopback:
		ips = []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.IPv6Loopback()}
	default:
		lctx, cancel := context.WithTimeout(ctx, f.o.Timeout)
		ips, err = f.o.Lookup(lctx, host)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("fetch: resolve %s: %w", host, err)
		}
	}
	var refused *RefusedError
	var ok []netip.Addr
	for _, ip := range ips {
		if why := sc.refusal(ip); why != "" {
			if refused == nil {
				refused = &RefusedError{Host: host, Addr: ip.Unmap().String(), Reason: why}
			}
			continue
		}
		ok = append(ok, ip.Unmap())
	}
	if len(ok) == 0 {
		if refused != nil {
			return nil, refused
		}
		return nil, fmt.Errorf("fetch: resolve %s: no addresses", host)
	}
	d := &net.Dialer{Timeout: f.o.Timeout, Control: control(host, sc)}
	var lastErr error
	for _, ip := range ok {
		c, err := d.DialContext(ctx, network, netip.AddrPortFrom(ip, uint16(port)).String())
		if err == nil {
			return c, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			break
		}
	}
	return nil, lastErr
}

// control is the Dialer's Control function: it runs on the socket about
// to connect, with the address it connects to, so whatever resolved the
// name, nothing outside sc is ever reached.
func control(host string, sc scope) func(network, address string, c syscall.RawConn) error {
	return func(_, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return &RefusedError{Host: host, Addr: address, Reason: "unparseable"}
		}
		if why := sc.refusal(ap.Addr()); why != "" {
			return &RefusedError{Host: host, Addr: ap.Addr().Unmap().String(), Reason: why}
		}
		return nil
	}
}

// dropRequestHeader lists headers a skill may not set: they belong to the
// transport (framing, connection management) or would let it address a
// different virtual host than the allow-listed URL names.
func dropRequestHeader(name string) bool {
	switch strings.ToLower(name) {
	case "host", "content-length", "transfer-encoding", "connection", "keep-alive",
		"te", "trailer", "upgrade", "proxy-connection", "proxy-authorization", "proxy-authenticate":
		return true
	}
	return false
}

// responseHeaders lower-cases names and joins repeated values.
func responseHeaders(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for k, vs := range h {
		sep := ", "
		if k == "Set-Cookie" {
			sep = "\n" // cookies may contain commas
		}
		out[strings.ToLower(k)] = strings.Join(vs, sep)
	}
	return out
}

// limiter is a token bucket per skill.
type limiter struct {
	rate  float64
	burst float64
	mu    sync.Mutex
	b     map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), b: map[string]*bucket{}}
}

// allow takes one token from skill's bucket if it has one.
func (l *limiter) allow(skill string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.b[skill]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.b[skill] = b
	}
	if d := now.Sub(b.last); d > 0 {
		b.tokens = min(l.burst, b.tokens+d.Seconds()*l.rate)
		b.last = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}
