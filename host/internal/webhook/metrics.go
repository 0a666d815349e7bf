package webhook

import (
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// Outcome label values of bothost_webhook_requests_total.
const (
	OutcomeAccepted     = "accepted"     // 202, stored
	OutcomeDuplicate    = "duplicate"    // 202, the inbox already had the id
	OutcomeUnauthorized = "unauthorized" // 401, see bothost_webhook_unauthorized_total
	OutcomeNotFound     = "not_found"    // 404
	OutcomeMethod       = "method_not_allowed"
	OutcomeTooLarge     = "too_large"   // 413
	OutcomeBadRequest   = "bad_request" // 400: the body could not be read
	OutcomeUnavailable  = "unavailable" // 503: the inbox failed; not acked
	OutcomeError        = "error"       // 500: no random id could be drawn
	OutcomePanic        = "panic"
)

// Reasons of bothost_webhook_unauthorized_total.
const (
	ReasonMissing        = "missing"         // no Authorization / signature header
	ReasonBadCredentials = "bad_credentials" // wrong bearer token or scheme
	ReasonBadSignature   = "bad_signature"   // HMAC mismatch or not 32 hex bytes
)

// Metrics are the webhook ingress counters. Requests to hooks that do not
// exist are counted with empty skill and hook labels, so a scanner cannot
// inflate the label set.
type Metrics struct {
	requests *prometheus.CounterVec
	unauth   *prometheus.CounterVec
}

// NewMetrics creates the counters and registers them with reg (nil: not
// registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_webhook_requests_total",
			Help: "Webhook deliveries by skill, hook and outcome (accepted, duplicate, unauthorized, not_found, method_not_allowed, too_large, bad_request, unavailable, error, panic; SNS hooks also subscription_confirmed, unsubscribe_confirmed, confirmation_failed).",
		}, []string{"skill", "hook", "outcome"}),
		unauth: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_webhook_unauthorized_total",
			Help: "Webhook deliveries refused with 401, by skill, hook and reason (missing, bad_credentials, bad_signature; SNS hooks also topic_not_listed, bad_cert_url, cert_unavailable, stale).",
		}, []string{"skill", "hook", "reason"}),
	}
	if reg != nil {
		reg.MustRegister(m.requests, m.unauth)
	}
	return m
}

// Requests returns bothost_webhook_requests_total{skill,hook,outcome}.
func (m *Metrics) Requests(skill, hook, outcome string) float64 {
	return read(m.requests.WithLabelValues(skill, hook, outcome))
}

// Unauthorized returns bothost_webhook_unauthorized_total{skill,hook,reason}.
func (m *Metrics) Unauthorized(skill, hook, reason string) float64 {
	return read(m.unauth.WithLabelValues(skill, hook, reason))
}

func (m *Metrics) count(skill, hook, outcome string) {
	m.requests.WithLabelValues(skill, hook, outcome).Inc()
}

func (m *Metrics) unauthorized(skill, hook, reason string) {
	m.count(skill, hook, OutcomeUnauthorized)
	m.unauth.WithLabelValues(skill, hook, reason).Inc()
}

func read(c prometheus.Counter) float64 {
	var d dto.Metric
	if err := c.Write(&d); err != nil || d.Counter == nil {
		return 0
	}
	return d.Counter.GetValue()
}
