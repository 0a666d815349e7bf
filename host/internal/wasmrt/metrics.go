package wasmrt

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics counts what skills do, per skill, as Prometheus counters.
// Counters are resolved once per skill so the event path only does an
// atomic add.
type Metrics struct {
	events   *prometheus.CounterVec
	failures *prometheus.CounterVec
	misuse   *prometheus.CounterVec

	mu     sync.Mutex
	skills map[string]*skillStats
}

type skillStats struct {
	events prometheus.Counter
	misuse prometheus.Counter
	name   string
	m      *Metrics

	mu       sync.Mutex
	failures map[string]prometheus.Counter
}

// NewMetrics registers the skill counters with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_skill_events_total", Help: "Events handed to a skill.",
		}, []string{"skill"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_skill_failures_total", Help: "Failed skill invocations by reason (timeout, trap, memory, stack_overflow, skill_error, abi_misuse, ...).",
		}, []string{"skill", "reason"}),
		misuse: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bothost_skill_abi_misuse_total", Help: "Host calls refused with ERR_INVALID_ARGUMENT.",
		}, []string{"skill"}),
		skills: map[string]*skillStats{},
	}
	if reg != nil {
		reg.MustRegister(m.events, m.failures, m.misuse)
	}
	return m
}

func (m *Metrics) skill(name string) *skillStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.skills[name]
	if !ok {
		s = &skillStats{
			name:     name,
			m:        m,
			events:   m.events.WithLabelValues(name),
			misuse:   m.misuse.WithLabelValues(name),
			failures: map[string]prometheus.Counter{},
		}
		m.skills[name] = s
	}
	return s
}

func (s *skillStats) failure(reason string) prometheus.Counter {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.failures[reason]
	if !ok {
		c = s.m.failures.WithLabelValues(s.name, reason)
		s.failures[reason] = c
	}
	return c
}

// Failures returns how many invocations of skill failed for reason.
func (m *Metrics) Failures(skill, reason string) float64 {
	return counterValue(m.skill(skill).failure(reason))
}

// Events returns how many events were handed to skill.
func (m *Metrics) Events(skill string) float64 {
	return counterValue(m.skill(skill).events)
}
