package slackin

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// Endpoint label values. HTTP endpoints are named by path, Socket Mode
// envelopes by envelope type.
const (
	epEvents       = "events"
	epInteractive  = "interactive"
	epCommands     = "commands"
	epSockEvents   = "socket_events_api"
	epSockInteract = "socket_interactive"
	epSockCommands = "socket_slash_commands"
)

// Outcome label values of bothost_slack_requests_total.
const (
	OutcomeAccepted  = "accepted"  // Put succeeded
	OutcomeDuplicate = "duplicate" // Put said the id was seen: acked
	OutcomeFiltered  = "filtered"  // dropped by a filter (self, bot, edit, subtype): acked
	OutcomeIgnored   = "ignored"   // not something skills receive (other event types): acked
	OutcomeChallenge = "challenge" // url_verification answered
	OutcomeSSLCheck  = "ssl_check"
	OutcomeRejected  = "rejected"  // 4xx, see bothost_slack_rejected_total
	OutcomeError     = "error"     // Put failed: 500 / no ack, Slack delivers again
	OutcomeTooLarge  = "too_large" // over the size a skill can receive: acked, dropped, logged
	OutcomePanic     = "panic"
)

// Reject reasons of bothost_slack_rejected_total.
const (
	ReasonMissingSignature = "missing_signature"
	ReasonBadTimestamp     = "bad_timestamp"
	ReasonStale            = "stale_timestamp"
	ReasonFuture           = "future_timestamp"
	ReasonBadSignature     = "bad_signature"
	ReasonTooLarge         = "too_large"
	ReasonMalformed        = "malformed"
	ReasonBadMessage       = "bad_message" // Socket Mode envelope slack-go could not parse
)

// endpoints, outcomes, reasons and filters are the label values known in
// advance; their counters are cached (see counters).
var (
	knownEndpoints = []string{epEvents, epInteractive, epCommands, epSockEvents, epSockInteract, epSockCommands, "healthz", "readyz"}
	knownOutcomes  = []string{OutcomeAccepted, OutcomeDuplicate, OutcomeFiltered, OutcomeIgnored, OutcomeChallenge, OutcomeSSLCheck, OutcomeRejected, OutcomeError, OutcomeTooLarge, OutcomePanic, OutcomeAckFailed}
	knownReasons   = []string{ReasonMissingSignature, ReasonBadTimestamp, ReasonStale, ReasonFuture, ReasonBadSignature, ReasonTooLarge, ReasonMalformed, ReasonBadMessage}
	knownFilters   = []string{FilterSelf, FilterBot, FilterEdit, FilterSubtype, FilterNoop}
)

// Metrics are the ingress counters.
type Metrics struct {
	requests  counters // endpoint, outcome
	rejected  counters // endpoint, reason
	acked     counters // endpoint
	filtered  counters // reason
	retries   *prometheus.CounterVec
	connected prometheus.Counter
}

// counters caches the children of a CounterVec (one or two labels) for
// the label values known in advance, so counting a request is a map read
// and an atomic add instead of WithLabelValues' validation, hashing and
// locked lookup. A child is still created on first use, as
// WithLabelValues would, so /metrics shows the same series. Values not
// known in advance go to the vec directly.
type counters struct {
	vec   *prometheus.CounterVec
	two   bool                       // two labels (else one; the second value is "")
	known map[[2]string]*lazyCounter // fixed after newCounters: read without locks
}

type lazyCounter struct {
	once sync.Once
	c    prometheus.Counter
}

// newCounters caches vec's children for firsts x seconds (seconds nil: a
// one-label vec).
func newCounters(vec *prometheus.CounterVec, firsts, seconds []string) counters {
	cs := counters{vec: vec, two: seconds != nil, known: make(map[[2]string]*lazyCounter)}
	for _, a := range firsts {
		if seconds == nil {
			cs.known[[2]string{a, ""}] = new(lazyCounter)
			continue
		}
		for _, b := range seconds {
			cs.known[[2]string{a, b}] = new(lazyCounter)
		}
	}
	return cs
}

// with returns the child for the label values (b is "" for a one-label
// vec).
func (cs *counters) with(a, b string) prometheus.Counter {
	lc := cs.known[[2]string{a, b}]
	if lc == nil {
		return cs.child(a, b)
	}
	lc.once.Do(func() { lc.c = cs.child(a, b) })
	return lc.c
}

func (cs *counters) child(a, b string) prometheus.Counter {
	if cs.two {
		return cs.vec.WithLabelValues(a, b)
	}
	return cs.vec.WithLabelValues(a)
}

// NewMetrics creates the counters and registers them with reg (nil: not
// registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	requests := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "bothost_slack_requests_total",
		Help: "Slack deliveries by endpoint and outcome (accepted, duplicate, filtered, ignored, challenge, ssl_check, rejected, error, panic).",
	}, []string{"endpoint", "outcome"})
	rejected := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "bothost_slack_rejected_total",
		Help: "Slack deliveries rejected, by endpoint and reason.",
	}, []string{"endpoint", "reason"})
	acked := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "bothost_slack_acked_total",
		Help: "Slack deliveries acknowledged (HTTP 200 or Socket Mode ack), by endpoint.",
	}, []string{"endpoint"})
	filtered := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "bothost_slack_filtered_total",
		Help: "Slack events dropped by a filter, by reason (self, bot, edit, subtype).",
	}, []string{"reason"})
	m := &Metrics{
		requests: newCounters(requests, knownEndpoints, knownOutcomes),
		rejected: newCounters(rejected, knownEndpoints, knownReasons),
		acked:    newCounters(acked, knownEndpoints, nil),
		filtered: newCounters(filtered, knownFilters, nil),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_slack_retries_total",
			Help: "Slack deliveries marked as retries, by endpoint and Slack's retry reason.",
		}, []string{"endpoint", "reason"}),
		connected: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_slack_socket_connections_total",
			Help: "Socket Mode WebSocket connections established.",
		}),
	}
	if reg != nil {
		reg.MustRegister(requests, rejected, acked, filtered, m.retries, m.connected)
	}
	return m
}

// Requests returns bothost_slack_requests_total{endpoint,outcome}.
func (m *Metrics) Requests(endpoint, outcome string) float64 {
	return read(m.requests.with(endpoint, outcome))
}

// Rejected returns bothost_slack_rejected_total{endpoint,reason}.
func (m *Metrics) Rejected(endpoint, reason string) float64 {
	return read(m.rejected.with(endpoint, reason))
}

// Acked returns bothost_slack_acked_total{endpoint}.
func (m *Metrics) Acked(endpoint string) float64 {
	return read(m.acked.with(endpoint, ""))
}

// Filtered returns bothost_slack_filtered_total{reason}.
func (m *Metrics) Filtered(reason string) float64 {
	return read(m.filtered.with(reason, ""))
}

func read(c prometheus.Counter) float64 {
	var d dto.Metric
	if err := c.Write(&d); err != nil || d.Counter == nil {
		return 0
	}
	return d.Counter.GetValue()
}

func (m *Metrics) outcome(ep, outcome string) {
	m.requests.with(ep, outcome).Inc()
	switch outcome {
	case OutcomeAccepted, OutcomeDuplicate, OutcomeFiltered, OutcomeIgnored, OutcomeChallenge, OutcomeSSLCheck:
		m.acked.with(ep, "").Inc()
	}
}

func (m *Metrics) reject(ep, reason string) {
	m.requests.with(ep, OutcomeRejected).Inc()
	m.rejected.with(ep, reason).Inc()
}

func (m *Metrics) filter(reason string) { m.filtered.with(reason, "").Inc() }
