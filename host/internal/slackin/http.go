package slackin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"runtime/debug"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Handler serves Slack's HTTP endpoints and the health checks:
//
//	POST /slack/events       Events API
//	POST /slack/interactive  interactivity (block_actions)
//	POST /slack/commands     slash commands
//	GET  /healthz            200 while the process serves
//	GET  /readyz             200 when Options.Ready says so, else 503
type Handler struct {
	core
	mux *http.ServeMux
	v   *verifier
}

// NewHandler returns the ingress handler. sink receives the events;
// o.SigningSecret is required.
func NewHandler(sink Sink, o Options) (*Handler, error) {
	if sink == nil {
		return nil, errors.New("slackin: no sink")
	}
	if o.SigningSecret == "" {
		return nil, errors.New("slackin: no signing secret")
	}
	o.setDefaults()
	h := &Handler{core: core{o: o, sink: sink, m: o.Metrics}, mux: http.NewServeMux(), v: newVerifier(o.SigningSecret)}
	h.Routes(h.mux)
	return h, nil
}

// SecretRotationWindow is how long the previous signing secret is still
// accepted after SetSigningSecret: rotating a secret means changing it in
// Slack and in bot.toml, in either order, without refusing what Slack
// signs in between.
const SecretRotationWindow = time.Hour

// SetSigningSecret makes secret the one requests are verified with, live
// (a bot.toml reload), and keeps accepting the previous one for
// SecretRotationWindow.
func (h *Handler) SetSigningSecret(secret string) {
	if secret == "" {
		return
	}
	h.v.rotate(secret, h.o.Clock.Now().Add(SecretRotationWindow))
}

// Routes registers the endpoints on mux (for a server that also serves
// /slack/install, /hooks/..., /metrics).
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.Handle("POST /slack/events", h.guard(epEvents, h.events))
	mux.Handle("POST /slack/interactive", h.guard(epInteractive, h.interactive))
	mux.Handle("POST /slack/commands", h.guard(epCommands, h.commands))
	mux.Handle("GET /healthz", h.guard("healthz", healthz))
	mux.Handle("GET /readyz", h.guard("readyz", h.readyz))
}

// ServeHTTP serves the routes of Routes.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// guard turns a panic into a logged 500: no request can take the host down.
func (h *Handler) guard(ep string, f func(http.ResponseWriter, *http.Request)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				h.o.Logger.Error("slack ingress: handler panic", "endpoint", ep, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				h.m.requests.with(ep, OutcomePanic).Inc()
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		f(w, r)
	})
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok\n")
}

func (h *Handler) readyz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if h.o.Ready != nil {
		if err := h.o.Ready(); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "not ready: "+err.Error()+"\n")
			return
		}
	}
	io.WriteString(w, "ready\n")
	if h.o.ReadyDetail != nil {
		io.WriteString(w, h.o.ReadyDetail())
	}
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readBody reads the capped body into a pooled buffer (the caller returns
// it with putBuf). On failure it has answered the request.
func (h *Handler) readBody(ep string, w http.ResponseWriter, r *http.Request) (*bytes.Buffer, bool) {
	if r.ContentLength > h.o.MaxBody {
		h.reject(ep, w, http.StatusRequestEntityTooLarge, ReasonTooLarge)
		return nil, false
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, h.o.MaxBody))
	if err != nil {
		putBuf(buf)
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			h.reject(ep, w, http.StatusRequestEntityTooLarge, ReasonTooLarge)
		} else {
			h.reject(ep, w, http.StatusBadRequest, ReasonMalformed)
		}
		return nil, false
	}
	return buf, true
}

func putBuf(b *bytes.Buffer) {
	if b.Cap() <= 64<<10 {
		bufPool.Put(b)
	}
}

func (h *Handler) reject(ep string, w http.ResponseWriter, status int, reason string) {
	h.m.reject(ep, reason)
	h.o.Logger.Debug("slack ingress: rejected", "endpoint", ep, "status", status, "reason", reason)
	http.Error(w, http.StatusText(status), status)
}

// authentic verifies the signature; on failure it has answered 401.
func (h *Handler) authentic(ep string, w http.ResponseWriter, r *http.Request, body []byte) bool {
	if reason := h.v.verify(r.Header, body, h.o.Clock.Now()); reason != "" {
		h.reject(ep, w, http.StatusUnauthorized, reason)
		return false
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		reason := r.Header.Get("X-Slack-Retry-Reason")
		h.m.retries.WithLabelValues(ep, reason).Inc()
		h.o.Logger.Debug("slack ingress: retried delivery", "endpoint", ep, "retry", n, "reason", reason)
	}
	return true
}

// deliver puts the converted events and answers: 200 (with body, if any)
// once they are durable or were already there, 500 if the sink failed.
func (h *Handler) deliver(ep string, w http.ResponseWriter, r *http.Request, cv conversion, contentType string, body []byte) {
	outcome := cv.outcome
	if len(cv.events) > 0 {
		var err error
		outcome, err = h.put(r.Context(), cv.events)
		if err != nil {
			h.m.outcome(ep, OutcomeError)
			h.o.Logger.Error("slack ingress: inbox refused event; Slack will retry", "endpoint", ep, "id", cv.events[0].ID, "err", err)
			http.Error(w, "temporarily unavailable", http.StatusInternalServerError)
			return
		}
	}
	h.m.outcome(ep, outcome)
	if len(body) > 0 {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.readBody(epEvents, w, r)
	if !ok {
		return
	}
	defer putBuf(buf)
	body := buf.Bytes()
	if !h.authentic(epEvents, w, r, body) {
		return
	}
	if cv, ok := h.parseCallback(body); ok {
		h.deliver(epEvents, w, r, cv, "", nil)
		return
	}
	if !isObject(body) {
		// `null`, an array, a string: slack-go would parse `null` as an
		// envelope with no type and the ack would say 200 to garbage.
		h.reject(epEvents, w, http.StatusBadRequest, ReasonMalformed)
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		if unsupported(body) {
			// Well-formed, but an event type slack-go (or this host) does not
			// know: ack it, or Slack retries and eventually disables the app.
			h.m.outcome(epEvents, OutcomeIgnored)
			w.WriteHeader(http.StatusOK)
			return
		}
		h.reject(epEvents, w, http.StatusBadRequest, ReasonMalformed)
		return
	}
	if ev.Type == slackevents.URLVerification {
		uv, _ := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if uv == nil || uv.Challenge == "" {
			// Slack always sends a challenge; answering 200 with an empty
			// body would tell a misconfigured sender the URL verified.
			h.reject(epEvents, w, http.StatusBadRequest, ReasonMalformed)
			return
		}
		h.m.outcome(epEvents, OutcomeChallenge)
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, uv.Challenge)
		return
	}
	h.deliver(epEvents, w, r, h.fromEventsAPI(&ev), "", nil)
}

// isObject reports whether body is a JSON object (its first non-space
// byte is '{'); the Events API sends nothing else.
func isObject(body []byte) bool {
	i := skipSpace(body, 0)
	return i < len(body) && body[i] == '{'
}

// converted lists the inner event types this package turns into events
// or acts on; a payload of one of these that slack-go cannot parse is
// malformed, any other parse failure is an unsupported type.
var converted = map[string]bool{
	"message": true, "app_mention": true, "app_uninstalled": true, "tokens_revoked": true,
}

func unsupported(body []byte) bool {
	var probe struct {
		Type  string `json:"type"`
		Event *struct {
			Type string `json:"type"`
		} `json:"event"`
	}
	if json.Unmarshal(body, &probe) != nil || probe.Type == "" {
		return false
	}
	switch probe.Type {
	case slackevents.CallbackEvent:
		return probe.Event != nil && probe.Event.Type != "" && !converted[probe.Event.Type]
	case slackevents.URLVerification, slackevents.AppRateLimited:
		return false
	}
	return true
}

// form handles a form-encoded body: it answers ssl_check (which Slack
// sends unsigned), verifies the signature, then rejects a body that does
// not parse (only now, so an unsigned request is a 401 whatever its body).
// On success r.Form and r.PostForm hold the values parsed from the
// verified bytes; otherwise it has answered the request.
func (h *Handler) form(ep string, w http.ResponseWriter, r *http.Request, body []byte) bool {
	vals, err := url.ParseQuery(string(body))
	if err == nil && vals.Get("ssl_check") == "1" {
		h.m.outcome(ep, OutcomeSSLCheck)
		w.WriteHeader(http.StatusOK)
		return false
	}
	if !h.authentic(ep, w, r, body) {
		return false
	}
	if err != nil {
		h.reject(ep, w, http.StatusBadRequest, ReasonMalformed)
		return false
	}
	r.Form, r.PostForm = vals, vals
	return true
}

func (h *Handler) interactive(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.readBody(epInteractive, w, r)
	if !ok {
		return
	}
	defer putBuf(buf)
	if !h.form(epInteractive, w, r, buf.Bytes()) {
		return
	}
	cb, err := slack.InteractionCallbackParse(r)
	if err != nil {
		h.reject(epInteractive, w, http.StatusBadRequest, ReasonMalformed)
		return
	}
	h.deliver(epInteractive, w, r, h.fromInteraction(&cb, []byte(r.PostForm.Get("payload"))), "", nil)
}

func (h *Handler) commands(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.readBody(epCommands, w, r)
	if !ok {
		return
	}
	defer putBuf(buf)
	body := buf.Bytes()
	if !h.form(epCommands, w, r, body) {
		return
	}
	sc, err := slack.SlashCommandParse(r)
	if err != nil || sc.Command == "" {
		h.reject(epCommands, w, http.StatusBadRequest, ReasonMalformed)
		return
	}
	cv := h.fromCommand(&sc, body)
	var ack []byte
	if text := h.commandAck(sc); text != "" {
		ack, _ = json.Marshal(ephemeral{ResponseType: "ephemeral", Text: text})
	}
	h.deliver(epCommands, w, r, cv, "application/json", ack)
}

type ephemeral struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

func (c *core) commandAck(sc slack.SlashCommand) string {
	if c.o.CommandAck == nil {
		return ""
	}
	return c.o.CommandAck(sc)
}
