package config

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// Defaults for the [bot] and [slack] keys added for ingress and timing.
const (
	// DefaultMaxBody caps inbound HTTP bodies. Slack's own payloads stay
	// well under it; webhooks may set their own.
	DefaultMaxBody = 1 << 20
	maxMaxBody     = 64 << 20
	// DefaultDedupWindow keeps event ids for an hour: Slack's last retry
	// comes about five minutes after the first, and a short window is the
	// classic cause of duplicate answers.
	DefaultDedupWindow = time.Hour

	// CatchUpOnce fires the most recent schedule slot missed while the host
	// was down once at start-up, marked late; CatchUpSkip drops it.
	CatchUpOnce = "once"
	CatchUpSkip = "skip"

	// HookAuthBearer checks "Authorization: Bearer <secret>"; HookAuthHMAC
	// checks a hex HMAC-SHA256 of the raw body, keyed with the secret, in
	// the hook's header (optionally prefixed "sha256=").
	HookAuthBearer = "bearer"
	HookAuthHMAC   = "hmac"
	// HookAuthSNS verifies AWS SNS message signatures (the host's
	// webhook package, sns.go); the hook must list its "topics", and its
	// secret, optional, is then the password of HTTP Basic auth (SNS sends
	// the user:password of the subscription URL).
	HookAuthSNS = "sns"
	// DefaultHookHeader is GitHub's name for the same scheme, which many
	// senders already speak.
	DefaultHookHeader = "X-Signature-256"
)

// CronParser is the one cron dialect bot.toml accepts: standard five
// fields, an optional leading seconds field (six fields, for polls such
// as "*/10 * * * * *"), and descriptors such as "@hourly" and "@every 5m". The
// schedule service parses with the same parser, so whatever passes
// validation here runs there (see Schedule.Timing).
var CronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// DefaultScopes are the bot scopes the OAuth install flow asks for when
// [slack] scopes is unset: what the built-in skills need to read the
// messages addressed to the bot and answer them.
func DefaultScopes() []string {
	return []string{"app_mentions:read", "channels:history", "chat:write", "commands", "groups:history", "im:history", "mpim:history"}
}

// line is the table's own line (0 when the table is absent).
func (t *table) line() int {
	if t.n == nil {
		return 0
	}
	return t.n.line
}

func (d *decoder) catchUp(n *node, v string) bool {
	if v == CatchUpOnce || v == CatchUpSkip {
		return true
	}
	d.problem(n.line, `%s: invalid value %s (want "once" or "skip")`, n.name(), show(n.raw))
	return false
}

// named returns the sub-tables of key in file order: [skills.X.KEY.NAME]
// tables, each one entry whose name is its key. A table of tables rather
// than an array of tables, because every entry then has a name that is
// unique by construction and a line of its own for messages.
func (d *decoder) named(t *table, key string) []*node {
	n := t.get(key)
	if n == nil {
		return nil
	}
	if n.kids == nil {
		t.typeErr(n, fmt.Sprintf("table of named tables, e.g. [%s.NAME]", n.name()))
		return nil
	}
	var out []*node
	for _, c := range n.sortedKids() {
		if c.kids == nil {
			if !c.bad {
				d.problem(c.line, "%s: expected table, got %s", c.name(), typeName(c.raw))
			}
			continue
		}
		if !validSkillName(c.key[len(c.key)-1]) {
			d.problem(c.line, "%s: invalid name %q (want 1-64 characters of a-z, 0-9, _ and -)", c.name(), c.key[len(c.key)-1])
			continue
		}
		out = append(out, c)
	}
	return out
}

// schedules reads [skills.X.schedules.NAME] tables. Schedule.Timing
// checks each entry, so what passes here is exactly what the schedule
// service runs; its complaints are reported at the key at fault.
func (d *decoder) schedules(t *table) []Schedule {
	var out []Schedule
	for _, c := range d.named(t, "schedules") {
		st := d.table(c, tableSchedule)
		s := Schedule{Name: c.key[len(c.key)-1], Line: c.line}
		at := map[string]*node{} // key -> its node, for messages
		ok := true
		if v, n := st.str("cron"); n != nil {
			s.Cron, at["cron"] = v, n
		} else {
			if !st.has("cron") {
				d.problem(c.line, `%s: missing required key "cron"`, c.name())
			}
			ok = false // missing, or not a string (already reported)
		}
		if v, n := st.str("time_zone"); n != nil && v != "" {
			s.TimeZone, at["time_zone"] = v, n
		}
		if v, n := st.str("catch_up"); n != nil && v != "" {
			if d.catchUp(n, v) {
				s.CatchUp, at["catch_up"] = v, n
			}
		}
		st.finish()
		if _, err := s.Timing(); err != nil {
			for _, e := range scheduleErrors(err) {
				n := at[e.Key]
				switch {
				case e.Key == "cron" && !ok:
					// No cron to check: already reported.
				case n == nil:
					d.problem(c.line, "%s: %v", c.name(), e)
				default:
					d.problem(n.line, "%s: %s", n.name(), e.describe(show(n.raw)))
				}
			}
			continue
		}
		if !ok {
			continue
		}
		if s.TimeZone == "" && !inlineZone(s.Cron) {
			s.TimeZone = "UTC"
		}
		out = append(out, s)
	}
	return out
}

// A ScheduleError says why a Schedule cannot run. Key is the bot.toml key
// at fault ("cron", "time_zone" or "catch_up"; "" when the schedule has
// no name), so that Parse can report it at that key's line.
type ScheduleError struct {
	Key   string
	Value string // the key's value
	msg   string // what is wrong, with one %s for the value (none if Key is "")
	err   error  // the cron parser's complaint, if any
}

func (e *ScheduleError) Error() string {
	if e.Key == "" {
		return e.msg
	}
	return e.Key + ": " + e.describe(strconv.Quote(e.Value))
}

func (e *ScheduleError) Unwrap() error { return e.err }

// describe is the message with the value shown as v.
func (e *ScheduleError) describe(v string) string {
	msg := e.msg
	if e.Key != "" {
		msg = fmt.Sprintf(e.msg, v)
	}
	if e.err != nil {
		msg += ": " + e.err.Error()
	}
	return msg
}

// scheduleErrors lists the ScheduleErrors in err, as Timing returns it.
func scheduleErrors(err error) []*ScheduleError {
	var out []*ScheduleError
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, scheduleErrors(e)...)
		}
		return out
	}
	if se := (*ScheduleError)(nil); errors.As(err, &se) {
		return []*ScheduleError{se}
	}
	return []*ScheduleError{{msg: err.Error()}}
}

// Timing is a schedule's parsed timing.
type Timing struct {
	Cron cron.Schedule
	// Loc is the zone slots fall in and wall-clock times are compared in:
	// time_zone, the cron expression's own zone, or UTC for "@every".
	Loc *time.Location
	// Spec identifies the timing: cron expression "\x00" zone. It changes
	// exactly when the slots may.
	Spec string
}

// inlineZone reports whether a cron expression names its own zone, as
// "CRON_TZ=Europe/Helsinki 0 8 * * *" (or "TZ=...").
func inlineZone(expr string) bool {
	expr = strings.TrimSpace(expr)
	return strings.HasPrefix(expr, "CRON_TZ=") || strings.HasPrefix(expr, "TZ=")
}

const wantIANA = `(want an IANA name such as "Europe/Helsinki")`

// Timing checks s and parses its timing. It is the one check of a
// schedule: Parse reports its errors with file and line, and the
// schedule service runs what it returns, so a file that loads never
// fails there.
//
// The rules: Cron is in CronParser's dialect. The zone is TimeZone, an
// IANA name ("" means UTC); or the cron expression may name it instead,
// with a CRON_TZ=NAME (or TZ=NAME) prefix, and TimeZone must then be ""
// (giving both is an error, even when they agree). Neither may be
// "Local", which depends on the machine. "@every" intervals ignore the
// zone. A cron expression that never matches a date (such as "0 0 31 2
// *") is an error. CatchUp is "", CatchUpOnce or CatchUpSkip.
//
// The error is a *ScheduleError, or several joined with errors.Join.
func (s Schedule) Timing() (Timing, error) {
	if s.Name == "" {
		return Timing{}, &ScheduleError{msg: "schedule has no name"}
	}
	switch s.CatchUp {
	case "", CatchUpOnce, CatchUpSkip:
	default:
		return Timing{}, &ScheduleError{Key: "catch_up", Value: s.CatchUp, msg: `invalid value %s (want "once" or "skip")`}
	}
	cronErr := func(msg string, err error) error {
		return &ScheduleError{Key: "cron", Value: s.Cron, msg: msg, err: err}
	}
	zoneErr := func(msg string) error {
		return &ScheduleError{Key: "time_zone", Value: s.TimeZone, msg: msg}
	}
	expr := strings.TrimSpace(s.Cron)
	inline := inlineZone(expr)

	var loc *time.Location
	var errs []error
	switch {
	case inline && s.TimeZone != "":
		errs = append(errs, zoneErr("time zone %s and a zone in the cron expression: give one, not both"))
	case inline:
	case s.TimeZone == "":
		loc = time.UTC
	case s.TimeZone == "Local":
		errs = append(errs, zoneErr("time zone %s depends on the machine "+wantIANA))
	default:
		var err error
		if loc, err = time.LoadLocation(s.TimeZone); err != nil {
			errs = append(errs, zoneErr("unknown time zone %s "+wantIANA))
		}
	}

	var sc cron.Schedule
	zone, rest, _ := strings.Cut(expr, " ")
	_, zone, _ = strings.Cut(zone, "=")
	switch {
	case expr == "":
		errs = append(errs, cronErr("empty cron expression %s", nil))
	case inline && strings.TrimSpace(rest) == "":
		// robfig/cron would panic on a zone with nothing after it.
		errs = append(errs, cronErr("invalid cron expression %s: a zone and no schedule", nil))
	case inline && zone == "Local":
		errs = append(errs, cronErr("cron expression %s: zone Local depends on the machine "+wantIANA, nil))
	default:
		var err error
		if sc, err = CronParser.Parse(expr); err != nil {
			errs = append(errs, cronErr("invalid cron expression %s", err))
		}
	}
	switch len(errs) {
	case 0:
	case 1:
		return Timing{}, errs[0]
	default:
		return Timing{}, errors.Join(errs...)
	}

	switch v := sc.(type) {
	case *cron.SpecSchedule:
		if inline {
			loc = v.Location
		} else {
			v.Location = loc
		}
	default:
		// "@every": a fixed interval, the same in every zone.
		loc = time.UTC
	}
	// robfig gives up five years ahead: "0 0 31 2 *" would never fire.
	if sc.Next(time.Now()).IsZero() {
		return Timing{}, cronErr("cron expression %s never matches a date", nil)
	}
	return Timing{Cron: sc, Loc: loc, Spec: expr + "\x00" + loc.String()}, nil
}

// hooks reads [skills.X.hooks.NAME] tables.
func (d *decoder) hooks(t *table) []Hook {
	var out []Hook
	for _, c := range d.named(t, "hooks") {
		ht := d.table(c, tableHook)
		h := Hook{Name: c.key[len(c.key)-1], Auth: HookAuthBearer, Header: DefaultHookHeader, Line: c.line}
		ok := true
		if v, n := ht.str("auth"); n != nil && v != "" {
			if v != HookAuthBearer && v != HookAuthHMAC && v != HookAuthSNS {
				d.problem(n.line, `%s: invalid value %s (want "bearer", "hmac" or "sns")`, n.name(), show(n.raw))
				ok = false
			}
			h.Auth = v
		}
		if v, n := ht.str("secret"); n != nil && v != "" {
			if len(v) < 16 {
				d.problem(n.line, "%s: too short (%d bytes); use at least 16 random bytes", n.name(), len(v))
				ok = false
			}
			h.Secret = v
		} else if h.Auth != HookAuthSNS && (!ht.has("secret") || n != nil) {
			// An SNS hook is authenticated by AWS's signature; its secret
			// (Basic auth) is optional.
			d.problem(c.line, `%s: missing required key "secret" (use ${ENV} to keep it out of the file)`, c.name())
			ok = false
		}
		if !d.hookTopics(ht, c, &h) {
			ok = false
		}
		if v, n := ht.str("header"); n != nil && v != "" {
			if !validHeaderName(v) {
				d.problem(n.line, "%s: invalid header name %s", n.name(), show(n.raw))
				ok = false
			}
			h.Header = http.CanonicalHeaderKey(v)
		}
		if v, ok2 := d.size(ht, "max_body", 1, maxMaxBody); ok2 {
			h.MaxBody = int64(v)
		}
		ht.finish()
		if ok {
			out = append(out, h)
		}
	}
	return out
}

// hookTopics reads "topics", the SNS topic ARNs an auth = "sns" hook
// accepts: required (non-empty) there, refused anywhere else, so a hook
// that would accept every topic cannot be written.
func (d *decoder) hookTopics(ht *table, c *node, h *Hook) bool {
	vs, n := ht.strs("topics")
	if h.Auth != HookAuthSNS {
		if n != nil {
			d.problem(n.line, `%s: only for auth = "sns"`, n.name())
			return false
		}
		return true
	}
	if n == nil || len(vs) == 0 {
		d.problem(c.line, `%s: auth = "sns" needs "topics", the topic ARNs to accept (e.g. ["arn:aws:sns:eu-west-1:123456789012:alerts"])`, c.name())
		return false
	}
	ok := true
	for i, v := range vs {
		if !ValidTopicARN(v) {
			d.problem(n.line, `%s[%d]: invalid topic ARN %s (want arn:aws:sns:REGION:ACCOUNT:NAME)`, n.name(), i, show(elem(n.raw, i)))
			ok = false
			continue
		}
		h.Topics = append(h.Topics, v)
	}
	return ok
}

// ValidTopicARN reports whether s has the shape of an SNS topic ARN:
// arn:PARTITION:sns:REGION:ACCOUNT(12 digits):NAME.
func ValidTopicARN(s string) bool {
	p := strings.Split(s, ":")
	if len(p) != 6 || p[0] != "arn" || !strings.HasPrefix(p[1], "aws") || p[2] != "sns" || p[3] == "" || p[5] == "" {
		return false
	}
	if len(p[4]) != 12 || strings.Trim(p[4], "0123456789") != "" {
		return false
	}
	for _, r := range p[3] + p[5] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

func validHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// fillTimingDefaults applies [bot] values that skill entries inherit.
func (c *Config) fillTimingDefaults() {
	for i := range c.Skills {
		s := &c.Skills[i]
		for j := range s.Schedules {
			if s.Schedules[j].CatchUp == "" {
				s.Schedules[j].CatchUp = c.Bot.CatchUp
			}
		}
		for j := range s.Hooks {
			if s.Hooks[j].MaxBody == 0 {
				s.Hooks[j].MaxBody = c.Bot.MaxBody
			}
		}
	}
}
