package fetch

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/bothost/bothost/host/internal/abi"
)

// Metrics are the http_fetch counters.
type Metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

// NewMetrics creates the metrics and registers them with reg (nil: not
// registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_fetch_requests_total",
			Help: "http_fetch calls by skill and result code (OK, ERR_NOT_PERMITTED, ERR_QUOTA, ERR_TOO_LARGE, ERR_UNAVAILABLE, ERR_DEADLINE, ERR_INVALID_ARGUMENT).",
		}, []string{"skill", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "bothost_fetch_duration_seconds",
			Help:    "Time http_fetch calls took, by skill, whatever their result.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"skill"}),
	}
	if reg != nil {
		reg.MustRegister(m.requests, m.duration)
	}
	return m
}

// Requests returns bothost_fetch_requests_total{skill,code}.
func (m *Metrics) Requests(skill string, code abi.Code) float64 {
	var d dto.Metric
	if err := m.requests.WithLabelValues(skill, code.String()).Write(&d); err != nil || d.Counter == nil {
		return 0
	}
	return d.Counter.GetValue()
}

func (m *Metrics) observe(skill string, code abi.Code, d time.Duration) {
	m.requests.WithLabelValues(skill, code.String()).Inc()
	m.duration.WithLabelValues(skill).Observe(d.Seconds())
}
