package slackin

import (
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
	OutcomeRejected  = "rejected" // 4xx, see bothost_slack_rejected_total
	OutcomeError     = "error"    // Put failed: 500 / no ack, Slack delivers again
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

// Metrics are the ingress counters.
type Metrics struct {
	requests  *prometheus.CounterVec
	rejected  *prometheus.CounterVec
	acked     *prometheus.CounterVec
	filtered  *prometheus.CounterVec
	retries   *prometheus.CounterVec
	connected prometheus.Counter
}

// NewMetrics creates the counters and registers them with reg (nil: not
// registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_slack_requests_total",
			Help: "Slack deliveries by endpoint and outcome (accepted, duplicate, filtered, ignored, challenge, ssl_check, rejected, error, panic).",
		}, []string{"endpoint", "outcome"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_slack_rejected_total",
			Help: "Slack deliveries rejected, by endpoint and reason.",
		}, []string{"endpoint", "reason"}),
		acked: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_slack_acked_total",
			Help: "Slack deliveries acknowledged (HTTP 200 or Socket Mode ack), by endpoint.",
		}, []string{"endpoint"}),
		filtered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_slack_filtered_total",
			Help: "Slack events dropped by a filter, by reason (self, bot, edit, subtype).",
		}, []string{"reason"}),
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
		reg.MustRegister(m.requests, m.rejected, m.acked, m.filtered, m.retries, m.connected)
	}
	return m
}

// Requests returns bothost_slack_requests_total{endpoint,outcome}.
func (m *Metrics) Requests(endpoint, outcome string) float64 {
	return read(m.requests.WithLabelValues(endpoint, outcome))
}

// Rejected returns bothost_slack_rejected_total{endpoint,reason}.
func (m *Metrics) Rejected(endpoint, reason string) float64 {
	return read(m.rejected.WithLabelValues(endpoint, reason))
}

// Acked returns bothost_slack_acked_total{endpoint}.
func (m *Metrics) Acked(endpoint string) float64 {
	return read(m.acked.WithLabelValues(endpoint))
}

// Filtered returns bothost_slack_filtered_total{reason}.
func (m *Metrics) Filtered(reason string) float64 {
	return read(m.filtered.WithLabelValues(reason))
}

func read(c prometheus.Counter) float64 {
	var d dto.Metric
	if err := c.Write(&d); err != nil || d.Counter == nil {
		return 0
	}
	return d.Counter.GetValue()
}

func (m *Metrics) outcome(ep, outcome string) {
	m.requests.WithLabelValues(ep, outcome).Inc()
	switch outcome {
	case OutcomeAccepted, OutcomeDuplicate, OutcomeFiltered, OutcomeIgnored, OutcomeChallenge, OutcomeSSLCheck:
		m.acked.WithLabelValues(ep).Inc()
	}
}

func (m *Metrics) reject(ep, reason string) {
	m.requests.WithLabelValues(ep, OutcomeRejected).Inc()
	m.rejected.WithLabelValues(ep, reason).Inc()
}
