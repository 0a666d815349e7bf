package inbox

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the inbox's Prometheus collectors.
type Metrics struct {
	Accepted      prometheus.Counter
	Duplicates    prometheus.Counter
	Handled       prometheus.Counter
	Retries       prometheus.Counter
	Dropped       prometheus.Counter
	Compactions   prometheus.Counter
	Pending       prometheus.Gauge
	CommitSeconds prometheus.Histogram
	BatchEvents   prometheus.Histogram
	// By lane (Options.Lane; for the host the skill or skills an event
	// goes to, "(none)" for events no skill takes): conversations waiting
	// for a place in the lane, and events being handled in it. A lane
	// whose waiting count grows is a skill that cannot keep up.
	LaneWaiting *prometheus.GaugeVec
	LaneRunning *prometheus.GaugeVec
	// Unwritable is 1 while the log cannot be written (disk full, I/O
	// error): new events are refused until a probe write succeeds.
	// WriteFailures counts failed commits and probes.
	Unwritable    prometheus.Gauge
	WriteFailures prometheus.Counter
}

// NewMetrics creates the collectors and registers them on reg (nil: not
// registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Accepted:    prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_accepted_total", Help: "Events stored durably in the inbox."}),
		Duplicates:  prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_duplicates_total", Help: "Events dropped because their id was already accepted (retries, redeliveries)."}),
		Handled:     prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_handled_total", Help: "Events handled and marked done."}),
		Retries:     prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_handler_retries_total", Help: "Handler errors that put an event back for another attempt."}),
		Dropped:     prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_dropped_total", Help: "Events dropped after the handler panicked on every attempt."}),
		Compactions: prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_compactions_total", Help: "Log segments compacted to id files."}),
		Pending:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "bothost_inbox_pending", Help: "Events accepted and not yet handled."}),
		CommitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "bothost_inbox_commit_seconds", Help: "Time to write and fdatasync one group commit.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 14)}),
		BatchEvents: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "bothost_inbox_commit_events", Help: "Events per group commit.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 13)}),
		LaneWaiting:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "bothost_inbox_lane_waiting", Help: "Conversations whose next event waits for a place in its lane (the skill it goes to, limited to the skill's instances)."}, []string{"lane"}),
		LaneRunning:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "bothost_inbox_lane_running", Help: "Events being handled, by lane."}, []string{"lane"}),
		Unwritable:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "bothost_inbox_unwritable", Help: "1 while the inbox log cannot be written (disk full, I/O error) and new events are refused; it probes with backoff and recovers by itself."}),
		WriteFailures: prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_inbox_write_failures_total", Help: "Inbox commits and recovery probes that failed to write or sync."}),
	}
	if reg != nil {
		reg.MustRegister(m.Accepted, m.Duplicates, m.Handled, m.Retries, m.Dropped, m.Compactions, m.Pending, m.CommitSeconds, m.BatchEvents, m.LaneWaiting, m.LaneRunning, m.Unwritable, m.WriteFailures)
	}
	return m
}
