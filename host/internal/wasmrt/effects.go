package wasmrt

// Effect quotas and isolation (docs/ABI.md §6): what keeps one skill's
// messages, timers and log lines from reaching the host or another skill
// beyond what bot.toml grants it.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
)

// Errors an Outbox wraps so the host call answers the matching ABI code.
var (
	// ErrQuota: the skill has Send.MaxPending messages queued already
	// (ERR_QUOTA); the skill should send less, not retry at once.
	ErrQuota = errors.New("outbox quota exceeded")
	// ErrForeign: the message names a reference or message the skill may
	// not touch, one of another skill or another workspace
	// (ERR_NOT_PERMITTED).
	ErrForeign = errors.New("message belongs to another skill or workspace")
)

// Poster is implemented by outboxes that hand skills real Slack ts values
// (the console, `bothost invoke`): PostedBy names the skill that posted
// ts in team/channel, so update can check that a skill edits only its own
// messages. The durable outbox hands out references instead, whose owner
// it checks itself (ErrForeign).
type Poster interface {
	PostedBy(team, channel, ts string) (skill string, ok bool)
}

// Defaults for a config.Skill whose Limits leave a quota at zero (tests
// and callers that build a Skill by hand); bot.toml always sets them.
const (
	defaultMessagesPerEvent = 50
	defaultLogRate          = 100
	defaultLogBytes         = 64 << 10
)

func orDefault[T int | int64](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// effectsAllowed reports whether the guest is inside bothost_handle: a
// host call that sends, stores or schedules made from the start function,
// _initialize, bothost_init or bothost_alloc has no event to answer for,
// no deduplication and no workspace, so it is refused with
// ERR_NOT_PERMITTED (logging and reading config stay allowed). The
// refusals of one instantiation are logged once, after it.
func (inst *instance) effectsAllowed(call string) bool {
	if inst.handling {
		return true
	}
	if inst.outside == 0 {
		inst.outside1 = call
	}
	inst.outside++
	inst.m.stats.failure("not_in_event").Inc()
	return false
}

// workspace is the team of an event that has none of its own (schedule,
// webhook, a timer set before timers kept their workspace): the skill's
// `workspace`, else the host's only workspace.
func (m *Module) workspace() string {
	if m.skill.Workspace != "" {
		return m.skill.Workspace
	}
	if f := m.engine.svc.Workspace; f != nil {
		return f()
	}
	return ""
}

// withWorkspace returns ev, or a copy carrying the workspace it lacks, so
// everything the skill sends while handling it (and every timer it sets)
// is bound to one workspace.
func (m *Module) withWorkspace(ev *abi.Event) *abi.Event {
	if ev.Team != "" {
		return ev
	}
	ws := m.workspace()
	if ws == "" {
		return ev
	}
	e := *ev
	e.Team = ws
	return &e
}

// massMention matches Slack's mass mentions as they appear in message
// text: <!here>, <!channel>, <!everyone>, with an optional label
// (<!here|here>), in any case.
var massMention = regexp.MustCompile(`(?i)<!(here|channel|everyone)(\|[^>]*)?>`)

// neutralizeMentions rewrites the mass mentions the skill is not granted
// (allow_mentions) into inert text: "@here" with a zero-width joiner after
// the "@", which Slack shows as @here but neither notifies nor parses as a
// mention. Blocks are JSON, where "<" may be written \u003c: they are
// decoded, every string rewritten and encoded again. It returns the text
// and blocks and how many mentions it neutralised.
func neutralizeMentions(text string, blocks json.RawMessage, allow []string) (string, json.RawMessage, int) {
	n := 0
	fix := func(s string) string {
		if !bytes.Contains([]byte(s), []byte("<!")) {
			return s
		}
		return massMention.ReplaceAllStringFunc(s, func(mm string) string {
			sub := massMention.FindStringSubmatch(mm)
			kind := lower(sub[1])
			for _, a := range allow {
				if a == kind {
					return mm
				}
			}
			n++
			return "@\u2060" + kind
		})
	}
	text = fix(text)
	if len(blocks) > 0 && (bytes.Contains(blocks, []byte("<!")) || bytes.Contains(blocks, []byte(`\u003c`)) || bytes.Contains(blocks, []byte(`\u003C`))) {
		var v any
		dec := json.NewDecoder(bytes.NewReader(blocks))
		dec.UseNumber() // numbers pass through digit for digit
		if err := dec.Decode(&v); err == nil {
			before := n
			v = walkStrings(v, fix)
			if n > before {
				if b, err := json.Marshal(v); err == nil {
					blocks = b
				}
			}
		}
	}
	return text, blocks, n
}

func walkStrings(v any, f func(string) string) any {
	switch x := v.(type) {
	case string:
		return f(x)
	case []any:
		for i := range x {
			x[i] = walkStrings(x[i], f)
		}
	case map[string]any:
		for k, e := range x {
			x[k] = walkStrings(e, f)
		}
	}
	return v
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// checkUpdate decides whether the skill may update msg: a reference is
// checked by the outbox (ErrForeign); a real ts only if it is the message
// the event's button was on, or one the outbox says this skill posted in
// the event's workspace.
func (m *Module) checkUpdate(ev *abi.Event, team string, msg abi.Message) bool {
	if isRef(msg.TS) {
		return true
	}
	if ev != nil && ev.Kind == abi.KindAction && ev.MessageTS != "" && msg.TS == ev.MessageTS && msg.Channel == ev.Channel {
		return true
	}
	if p, ok := m.engine.svc.Outbox.(Poster); ok {
		skill, ok := p.PostedBy(team, msg.Channel, msg.TS)
		return ok && skill == m.name
	}
	return false
}

// refPrefix starts a message reference (docs/ABI.md §2.4).
const refPrefix = "bothost:"

func isRef(ts string) bool { return len(ts) > len(refPrefix) && ts[:len(refPrefix)] == refPrefix }

// maxTimerDelayMs is the largest relative timer_set delay whose due time
// a time.Time in nanoseconds since 1970 can hold for centuries to come;
// anything larger overflowed (INT64_MAX ms used to wrap and fire at once).
const maxTimerDelayMs = int64(100 * 365 * 24 * time.Hour / time.Millisecond)

// timerDue turns timer_set's when (ms, relative or absolute Unix) into a
// due time, or false if it cannot be represented.
func timerDue(now time.Time, when int64, absolute bool) (time.Time, bool) {
	if absolute {
		// Unix ms that fit Unix ns (years 1678..2262).
		const lim = int64(1<<63-1) / int64(time.Millisecond)
		if when > lim || when < -lim {
			return time.Time{}, false
		}
		return time.UnixMilli(when), true
	}
	if when < 0 {
		when = 0
	}
	if when > maxTimerDelayMs {
		return time.Time{}, false
	}
	due := now.Add(time.Duration(when) * time.Millisecond)
	if due.UnixNano() < now.UnixNano() { // past 2262
		return time.Time{}, false
	}
	return due, true
}

// logQuota bounds one skill's log lines and bytes per second, across its
// instances and versions (the Engine keeps one per skill name). What is
// over the quota is dropped and counted; the count is reported in one
// line per summary interval: "skill X: 51,200 log lines suppressed".
type logQuota struct {
	skill string
	e     *Engine

	mu         sync.Mutex
	window     time.Time // start of the current one-second window
	lines      int
	bytes      int64
	suppressed int64 // lines dropped since the last summary
	dropped    int64 // bytes dropped since the last summary
	timer      *time.Timer
}

// logSummaryInterval is how often suppressed log lines are summarised.
const logSummaryInterval = time.Second

func (e *Engine) logQuota(skill string) *logQuota {
	e.lqMu.Lock()
	defer e.lqMu.Unlock()
	q := e.lq[skill]
	if q == nil {
		q = &logQuota{skill: skill, e: e}
		e.lq[skill] = q
	}
	return q
}

// allow reports whether a line of n bytes may be logged now under rate
// lines and maxBytes bytes per second.
func (q *logQuota) allow(n int, rate int, maxBytes int64) bool {
	now := q.e.svc.Clock.Now()
	q.mu.Lock()
	defer q.mu.Unlock()
	if now.Sub(q.window) >= time.Second || now.Before(q.window) {
		q.window, q.lines, q.bytes = now, 0, 0
	}
	if q.lines < rate && q.bytes+int64(n) <= maxBytes {
		q.lines++
		q.bytes += int64(n)
		return true
	}
	q.suppressed++
	q.dropped += int64(n)
	if q.timer == nil {
		q.timer = time.AfterFunc(logSummaryInterval, q.summarize)
	}
	return false
}

// summarize logs how many lines were suppressed since the last summary.
func (q *logQuota) summarize() {
	q.mu.Lock()
	n, b := q.suppressed, q.dropped
	q.suppressed, q.dropped, q.timer = 0, 0, nil
	q.mu.Unlock()
	if n == 0 {
		return
	}
	q.e.svc.Logger.Warn(fmt.Sprintf("skill %s: %s log lines suppressed", q.skill, commas(n)),
		"skill", q.skill, "suppressed_lines", n, "suppressed_bytes", b)
	q.e.metrics.skill(q.skill).failure("log_suppressed").Add(float64(n))
}

// stop cancels a pending summary and writes it now (Engine.Close).
func (q *logQuota) stop() {
	q.mu.Lock()
	t := q.timer
	q.mu.Unlock()
	if t != nil && t.Stop() {
		q.summarize()
	}
}

// commas formats n with thousands separators: 51200 -> "51,200".
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// logAllowed applies the skill's log quota to one line of n bytes.
func (m *Module) logAllowed(n int) bool {
	lim := m.skill.Limits
	return m.logq.allow(n, orDefault(lim.LogRate, defaultLogRate), orDefault(lim.LogBytes, int64(defaultLogBytes)))
}

// sendCode maps an Outbox error to the code the skill gets.
func sendCode(ctx context.Context, err error) abi.Code {
	switch {
	case errors.Is(err, ErrQuota):
		return abi.ErrQuota
	case errors.Is(err, ErrForeign):
		return abi.ErrNotPermitted
	case ctx.Err() != nil:
		return abi.ErrDeadline
	}
	return abi.ErrUnavailable
}
