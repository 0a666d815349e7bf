// Package webhook is bothost's ingress for everything outside Slack that
// pushes events over HTTP: curl, Alertmanager, AWS SNS, uptime monitors.
//
//	POST /hooks/{skill}/{hook}
//
// Each hook is a [skills.SKILL.hooks.HOOK] table in bot.toml with its own
// secret, checked either as a bearer token ("Authorization: Bearer
// <secret>") or as a hex HMAC-SHA256 of the raw body in a header
// (default X-Signature-256, optionally prefixed "sha256="). Both checks
// are constant-time.
//
// Answers:
//
//	202  the event is durable in the inbox (or already was: a duplicate)
//	404  no such skill or hook (also any path not of the form above)
//	405  not a POST (checked first, so GET cannot probe for hooks)
//	401  missing or wrong secret
//	413  body over the hook's max_body, or an event over abi.MaxEventSize
//	503  the inbox could not store the event; the sender should retry
//
// Order of checks: method (405), path and hook (404), a Content-Length
// over the cap (413, nothing read), then for a bearer hook the token (401)
// before the body is read, so an unauthenticated sender never gets its
// body read; an hmac hook has to read the (capped) body first, so an
// oversized chunked request to it is answered 413, not 401.
//
// The body cap is the hook's max_body, else [bot] max_body, else
// DefaultMaxBody, and never more than abi.MaxEventSize (the event record,
// headers included, must fit in it too, or the request is answered 413).
// Slow senders are the http.Server's business: serve this handler with
// ReadHeaderTimeout and ReadTimeout set.
//
// The event reaches the skill as kind "webhook" with Skill set (a direct
// target, no routing), and headers lower-cased with every header that can
// carry the secret removed: Authorization, Proxy-Authorization, Cookie,
// the hook's signature header, and any header whose value contains the
// secret.
//
// Event ids and dedup: the inbox drops a second event with the same id
// within its dedup window. An id is "hook:SKILL:HOOK:RANDOM" (128 random
// bits, every request is a new event) unless the request carries one of
// the delivery-id headers in DedupHeaders, whose value is promised to stay
// the same when the sender retries the same delivery:
//
//   - Idempotency-Key (the IETF httpapi draft; Stripe-style clients), and
//   - X-Amz-Sns-Message-Id (AWS SNS keeps the message id on every retry).
//
// Then the id is "hook:SKILL:HOOK:key:" + the first 128 bits of the
// SHA-256 of the value, in hex: a retried delivery collapses into the
// first one and is answered 202 again. The key is scoped to its hook, so
// one sender cannot suppress another hook's events. X-Request-Id is NOT
// used: it is a tracing header that proxies and clients set per attempt
// (so it does not dedup retries) and nothing promises that two different
// deliveries never share one (a client that sends a constant value would
// lose every event after the first for the whole dedup window). A key
// reused after the dedup window is delivered again; a reused key with a
// different body is treated as the same delivery (the body is not
// compared).
package webhook

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/inbox"
)

// Prefix is the path every hook lives under.
const Prefix = "/hooks/"

// DefaultMaxBody caps a hook's body when neither the hook nor [bot] set
// max_body.
const DefaultMaxBody = 1 << 20

// DefaultHeader is the HMAC signature header when a hook names none
// (GitHub's name for the same scheme).
const DefaultHeader = "X-Signature-256"

// DefaultPutTimeout bounds the inbox write on the ack path when
// Options.PutTimeout is not set. Webhook senders typically wait 10 s or
// more; a stuck disk is answered 503 before that so they retry.
const DefaultPutTimeout = 5 * time.Second

// Auth schemes (config.Hook.Auth).
const (
	AuthBearer = "bearer"
	AuthHMAC   = "hmac"
	AuthSNS    = "sns" // AWS SNS message signatures (sns.go)
)

// dedupHeaders are the request headers whose value becomes the event id
// (see the package doc), in order of preference.
var dedupHeaders = [...]string{"Idempotency-Key", "X-Amz-Sns-Message-Id"}

// DedupHeaders returns the delivery-id headers used for dedup, in order
// of preference (see the package doc).
func DedupHeaders() []string { return append([]string(nil), dedupHeaders[:]...) }

// Options configure a Handler. The zero value works.
type Options struct {
	Logger *slog.Logger // nil: slog.Default()
	// Clock stamps Event.Time; nil: the system clock.
	Clock clock.Clock
	// Metrics; nil: unregistered counters (still readable).
	Metrics *Metrics
	// PutTimeout bounds Sink.Put; <= 0 means DefaultPutTimeout.
	PutTimeout time.Duration
	// SNS overrides certificate fetching for auth = "sns" hooks (tests
	// only; the zero value is the AWS rule).
	SNS SNSOptions
}

// Handler serves POST /hooks/{skill}/{hook}. It is safe for concurrent
// use; Apply swaps the hook table while requests are served.
type Handler struct {
	sink  inbox.Sink
	o     Options
	m     *Metrics
	sns   *snsVerifier
	table atomic.Pointer[table]
}

// table is one immutable generation of hooks. A request loads it once, so
// it finishes with the hooks it started with even if Apply runs meanwhile.
type table struct {
	hooks map[string]*hook // key: skill + "/" + hook
}

// hook is one configured hook, precomputed for the request path.
type hook struct {
	skill, name string
	hmac        bool
	sns         bool            // auth = "sns" (sns.go)
	topics      map[string]bool // sns: accepted TopicArns
	secret      []byte          // HMAC key; also searched for in header values; empty only for sns
	secretSum   [32]byte        // SHA-256 of the secret, compared for bearer
	header      string          // canonical signature header (hmac)
	maxBody     int64
}

// New returns a Handler serving the hooks of cfg (nil: none yet; call
// Apply). sink receives the events.
func New(sink inbox.Sink, cfg *config.Config, o Options) (*Handler, error) {
	if sink == nil {
		return nil, errors.New("webhook: no sink")
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics(nil)
	}
	if o.PutTimeout <= 0 {
		o.PutTimeout = DefaultPutTimeout
	}
	h := &Handler{sink: sink, o: o, m: o.Metrics, sns: newSNSVerifier(o.SNS)}
	h.table.Store(&table{hooks: map[string]*hook{}})
	if err := h.Apply(cfg); err != nil {
		return nil, err
	}
	return h, nil
}

// Apply replaces the hook set with cfg's, atomically: a request sees
// either the old set or the new one, never a mix, and requests already
// running finish with the set they started with. If any hook is unusable
// (empty secret, unknown auth) nothing changes and the error names every
// such hook. A nil cfg removes all hooks.
func (h *Handler) Apply(cfg *config.Config) error {
	t := &table{hooks: map[string]*hook{}}
	var errs []error
	if cfg != nil {
		for _, s := range cfg.Skills {
			for _, ch := range s.Hooks {
				hk, err := compile(s.Name, ch, cfg.Bot.MaxBody)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				t.hooks[s.Name+"/"+ch.Name] = hk
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	h.table.Store(t)
	return nil
}

func compile(skill string, c config.Hook, botMax int64) (*hook, error) {
	hk := &hook{skill: skill, name: c.Name, secret: []byte(c.Secret)}
	switch strings.ToLower(c.Auth) {
	case "", AuthBearer:
	case AuthHMAC:
		hk.hmac = true
	case AuthSNS:
		hk.sns = true
		if len(c.Topics) == 0 {
			// No list would mean any topic anyone creates.
			return nil, fmt.Errorf("webhook: skills.%s.hooks.%s: auth %q needs topics", skill, c.Name, AuthSNS)
		}
		hk.topics = make(map[string]bool, len(c.Topics))
		for _, t := range c.Topics {
			hk.topics[t] = true
		}
	default:
		return nil, fmt.Errorf("webhook: skills.%s.hooks.%s: unknown auth %q (want %q, %q or %q)", skill, c.Name, c.Auth, AuthBearer, AuthHMAC, AuthSNS)
	}
	if c.Secret == "" && !hk.sns {
		// An empty bearer secret would accept "Authorization: Bearer ".
		return nil, fmt.Errorf("webhook: skills.%s.hooks.%s: empty secret", skill, c.Name)
	}
	hk.secretSum = sha256.Sum256(hk.secret)
	hk.header = http.CanonicalHeaderKey(c.Header)
	if hk.header == "" {
		hk.header = DefaultHeader
	}
	hk.maxBody = c.MaxBody
	if hk.maxBody <= 0 {
		hk.maxBody = botMax
	}
	if hk.maxBody <= 0 {
		hk.maxBody = DefaultMaxBody
	}
	// The body travels inside an event record, which the ABI caps.
	hk.maxBody = min(hk.maxBody, abi.MaxEventSize)
	return hk, nil
}

// Hooks returns "skill/hook" for every hook currently served, sorted, for
// logs and tests.
func (h *Handler) Hooks() []string {
	t := h.table.Load()
	out := make([]string, 0, len(t.hooks))
	for k := range t.hooks {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Routes registers the handler on mux under Prefix.
func (h *Handler) Routes(mux *http.ServeMux) { mux.Handle(Prefix, h) }

// ServeHTTP handles one webhook delivery. A panic is turned into a logged
// 500: no request can take the host down.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.o.Logger.Error("webhook: handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			h.m.count("", "", OutcomePanic)
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	h.serve(w, r)
}

func (h *Handler) serve(w http.ResponseWriter, r *http.Request) {
	skill, name, ok := splitPath(r.URL.Path)
	if !ok {
		h.reject(w, nil, http.StatusNotFound, OutcomeNotFound, "bad path")
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.reject(w, nil, http.StatusMethodNotAllowed, OutcomeMethod, r.Method)
		return
	}
	hk := h.table.Load().hooks[skill+"/"+name]
	if hk == nil {
		h.reject(w, nil, http.StatusNotFound, OutcomeNotFound, "unknown hook")
		return
	}
	if r.ContentLength > hk.maxBody {
		h.reject(w, hk, http.StatusRequestEntityTooLarge, OutcomeTooLarge, "content-length over max_body")
		return
	}
	switch {
	case hk.sns:
		if len(hk.secret) > 0 {
			if reason := hk.checkBasic(r); reason != "" {
				h.unauthorized(w, r, hk, reason)
				return
			}
		}
	case !hk.hmac:
		if reason := hk.checkBearer(r.Header); reason != "" {
			h.unauthorized(w, r, hk, reason)
			return
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, hk.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			h.reject(w, hk, http.StatusRequestEntityTooLarge, OutcomeTooLarge, "body over max_body")
		} else {
			h.reject(w, hk, http.StatusBadRequest, OutcomeBadRequest, "reading body: "+err.Error())
		}
		return
	}
	if hk.hmac {
		if reason := hk.checkHMAC(r.Header, body); reason != "" {
			h.unauthorized(w, r, hk, reason)
			return
		}
	}
	if hk.sns {
		h.serveSNS(w, r, hk, body)
		return
	}
	ev, err := h.event(r, hk, body)
	if err != nil {
		h.reject(w, hk, http.StatusInternalServerError, OutcomeError, err.Error())
		return
	}
	h.deliver(w, r, hk, ev)
}

// deliver writes ev to the inbox and answers 202 only once it is durable.
func (h *Handler) deliver(w http.ResponseWriter, r *http.Request, hk *hook, ev *abi.Event) {
	// A sender hanging up must not abort a write half-way: the event may
	// be stored and a retry would then carry a fresh random id.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), h.o.PutTimeout)
	defer cancel()
	err := h.sink.Put(ctx, ev)
	outcome := OutcomeAccepted
	switch {
	case err == nil:
	case inbox.IsDuplicate(err):
		outcome = OutcomeDuplicate
	case errors.Is(err, inbox.ErrTooLarge):
		// The body fit max_body but the event, headers included, is over
		// abi.MaxEventSize: the inbox measured it while encoding it.
		h.reject(w, hk, http.StatusRequestEntityTooLarge, OutcomeTooLarge, err.Error())
		return
	default:
		h.m.count(hk.skill, hk.name, OutcomeUnavailable)
		h.o.Logger.Error("webhook: inbox refused event; sender must retry", "skill", hk.skill, "hook", hk.name, "id", ev.ID, "err", err)
		w.Header().Set("Retry-After", "5")
		http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
		return
	}
	h.m.count(hk.skill, hk.name, outcome)
	h.o.Logger.Debug("webhook: accepted", "skill", hk.skill, "hook", hk.name, "id", ev.ID, "bytes", len(ev.Body), "duplicate", outcome == OutcomeDuplicate)
	b, _ := json.Marshal(struct {
		ID        string `json:"id"`
		Duplicate bool   `json:"duplicate,omitempty"`
	}{ev.ID, outcome == OutcomeDuplicate})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	w.Write(append(b, '\n'))
}

// event builds the webhook event for a verified request.
func (h *Handler) event(r *http.Request, hk *hook, body []byte) (*abi.Event, error) {
	id, err := hk.eventID(r.Header)
	if err != nil {
		return nil, err
	}
	path := r.URL.EscapedPath()
	if q := r.URL.RawQuery; q != "" && !hk.carriesSecret(q) {
		path += "?" + q
	}
	return &abi.Event{
		ID:      id,
		Kind:    abi.KindWebhook,
		Time:    h.o.Clock.Now(),
		Hook:    hk.name,
		Method:  r.Method,
		Path:    path,
		Headers: hk.headers(r.Header),
		Body:    body,
		Skill:   hk.skill,
	}, nil
}

// eventID returns the dedup id from a delivery-id header, or a random one.
func (hk *hook) eventID(hd http.Header) (string, error) {
	prefix := "hook:" + hk.skill + ":" + hk.name + ":"
	for _, name := range dedupHeaders {
		if v := hd.Get(name); v != "" {
			sum := sha256.Sum256([]byte(v))
			return prefix + "key:" + hex.EncodeToString(sum[:16]), nil
		}
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("webhook: event id: %w", err)
	}
	return prefix + hex.EncodeToString(b[:]), nil
}

// headers returns the request headers for the skill: names lower-cased,
// repeated values joined with ", ", secret-carrying headers removed.
func (hk *hook) headers(hd http.Header) map[string]string {
	out := make(map[string]string, len(hd))
	for name, vals := range hd {
		switch name {
		case "Authorization", "Proxy-Authorization", "Cookie":
			continue
		}
		if strings.EqualFold(name, hk.header) {
			continue
		}
		v := strings.Join(vals, ", ")
		if hk.carriesSecret(v) {
			continue
		}
		out[strings.ToLower(name)] = v
	}
	return out
}

// carriesSecret reports whether v contains the hook's secret (an SNS hook
// may have none, and the empty string is in every value).
func (hk *hook) carriesSecret(v string) bool {
	return len(hk.secret) > 0 && strings.Contains(v, string(hk.secret))
}

// checkBearer returns "" if the Authorization header carries the secret,
// else the reject reason. Both sides are hashed first so the comparison
// is constant-time in the token's length too.
func (hk *hook) checkBearer(hd http.Header) string {
	auth := hd.Get("Authorization")
	if auth == "" {
		return ReasonMissing
	}
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ReasonBadCredentials
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(token)))
	if subtle.ConstantTimeCompare(sum[:], hk.secretSum[:]) != 1 {
		return ReasonBadCredentials
	}
	return ""
}

// checkHMAC returns "" if the signature header is the hex HMAC-SHA256 of
// body under the secret (optionally prefixed "sha256="), else the reason.
func (hk *hook) checkHMAC(hd http.Header, body []byte) string {
	sig := strings.TrimSpace(hd.Get(hk.header))
	if sig == "" {
		return ReasonMissing
	}
	if len(sig) > 7 && strings.EqualFold(sig[:7], "sha256=") {
		sig = sig[7:]
	}
	got, err := hex.DecodeString(sig)
	if err != nil || len(got) != sha256.Size {
		return ReasonBadSignature
	}
	mac := hmac.New(sha256.New, hk.secret)
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), got) {
		return ReasonBadSignature
	}
	return ""
}

// splitPath parses "/hooks/{skill}/{hook}" (both non-empty, nothing after).
func splitPath(p string) (skill, hook string, ok bool) {
	rest, found := strings.CutPrefix(p, Prefix)
	if !found {
		return "", "", false
	}
	skill, hook, found = strings.Cut(rest, "/")
	if !found || skill == "" || hook == "" || strings.Contains(hook, "/") {
		return "", "", false
	}
	return skill, hook, true
}

func (h *Handler) unauthorized(w http.ResponseWriter, r *http.Request, hk *hook, reason string) {
	h.unauthorizedDetail(w, r, hk, reason, "")
}

// unauthorizedDetail is unauthorized with a detail for the log (never
// the secret).
func (h *Handler) unauthorizedDetail(w http.ResponseWriter, r *http.Request, hk *hook, reason, detail string) {
	h.m.unauthorized(hk.skill, hk.name, reason)
	// Warn: repeated 401s are either a misconfigured sender or someone
	// guessing; the operator wants to see both. The secret is never logged.
	h.o.Logger.Warn("webhook: unauthorized", "skill", hk.skill, "hook", hk.name, "reason", reason, "detail", detail, "remote", r.RemoteAddr)
	switch {
	case hk.sns:
		if len(hk.secret) > 0 && (reason == ReasonMissing || reason == ReasonBadCredentials) {
			// SNS sends the subscription URL's credentials only after
			// this challenge.
			w.Header().Set("WWW-Authenticate", `Basic realm="bothost"`)
		}
	case !hk.hmac:
		w.Header().Set("WWW-Authenticate", `Bearer realm="bothost"`)
	}
	http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
}

func (h *Handler) reject(w http.ResponseWriter, hk *hook, status int, outcome, detail string) {
	skill, name := "", ""
	if hk != nil {
		skill, name = hk.skill, hk.name
	}
	h.m.count(skill, name, outcome)
	h.o.Logger.Debug("webhook: rejected", "skill", skill, "hook", name, "status", status, "detail", detail)
	http.Error(w, http.StatusText(status), status)
}
