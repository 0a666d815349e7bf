package outbox

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the outbox's Prometheus metrics.
type Metrics struct {
	accepted    prometheus.Counter
	deduped     prometheus.Counter
	sent        *prometheus.CounterVec // by method
	retried     prometheus.Counter
	rateLimited prometheus.Counter
	dead        *prometheus.CounterVec // by reason
	pending     prometheus.Gauge
	latency     prometheus.Histogram
	marked      prometheus.Counter
	reconciled  *prometheus.CounterVec // by outcome
	quota       prometheus.Counter
	// reconcileBlind: messages in doubt posted again without a look-up,
	// by reason.
	reconcileBlind *prometheus.CounterVec
}

// NewMetrics creates the metrics and registers them with reg (nil: not
// registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		accepted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_outbox_accepted_total", Help: "Messages accepted from skills (duplicates excluded).",
		}),
		deduped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_outbox_deduplicated_total", Help: "Sends dropped because their (skill, event, seq) was already known.",
		}),
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_outbox_sent_total", Help: "Messages delivered, by method (chat.postMessage, chat.update, chat.postEphemeral, response_url).",
		}, []string{"method"}),
		retried: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_outbox_retried_total", Help: "Delivery attempts retried after a timeout, connection error, 5xx or transient Slack error.",
		}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_outbox_rate_limited_total", Help: "Calls answered with HTTP 429 (or ok:false ratelimited).",
		}),
		dead: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_outbox_dead_lettered_total", Help: "Messages given up on, by reason (permanent, exhausted, rate_limited, no_token, bad_ref, invalid, skill_removed).",
		}, []string{"reason"}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "bothost_outbox_pending", Help: "Messages accepted and not yet delivered or dead-lettered.",
		}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "bothost_outbox_delivery_seconds",
			Help:    "Time from Send to Slack's answer for delivered messages (pacing and retries included).",
			Buckets: []float64{.01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300},
		}),
		marked: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_outbox_marked_total", Help: "In-doubt marks committed before a message's first chat.postMessage.",
		}),
		reconciled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_outbox_reconciled_total",
			Help: "Messages in doubt looked up in the conversation history before posting again, by outcome (found: already posted, not posted again; not_found: posted; failed: history unreadable, posted again).",
		}, []string{"outcome"}),
		quota: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bothost_outbox_quota_refused_total", Help: "Messages refused because their skill had outbox_pending messages queued already (the skill got ERR_QUOTA).",
		}),
		reconcileBlind: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_outbox_reconcile_blind_total",
			Help: "Messages in doubt posted again without finding out whether Slack had them, by reason (missing_scope, channel_gone, permanent, pages, window): each may be a duplicate.",
		}, []string{"reason"}),
	}
	if reg != nil {
		// An outbox reopened in the same process (tests, a restart of the
		// delivery layer) keeps counting on the collectors registered first.
		m.accepted = register(reg, m.accepted)
		m.deduped = register(reg, m.deduped)
		m.sent = register(reg, m.sent)
		m.retried = register(reg, m.retried)
		m.rateLimited = register(reg, m.rateLimited)
		m.dead = register(reg, m.dead)
		m.pending = register(reg, m.pending)
		m.latency = register(reg, m.latency)
		m.marked = register(reg, m.marked)
		m.reconciled = register(reg, m.reconciled)
		m.quota = register(reg, m.quota)
		m.reconcileBlind = register(reg, m.reconcileBlind)
	}
	return m
}

// register registers c, or returns the collector already registered under
// its name.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) C {
	if err := reg.Register(c); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if old, ok := are.ExistingCollector.(C); ok {
				return old
			}
		}
		panic(err)
	}
	return c
}
