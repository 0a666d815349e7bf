package config

import (
	"crypto/sha256"
	"fmt"
	"net/http"
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
	// DefaultHookHeader is GitHub's name for the same scheme, which many
	// senders already speak.
	DefaultHookHeader = "X-Signature-256"
)

// CronParser is the one cron dialect bot.toml accepts: standard five
// fields, an optional leading seconds field (six fields, for polls such
// as "*/10 * * * * *"), and descriptors such as "@hourly" and "@every 5m". The
// schedule service parses with the same parser, so whatever passes
// validation here runs there.
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

// durationIn reads a Go duration string within [lo, hi].
func (d *decoder) durationIn(n *node, lo, hi time.Duration) (time.Duration, bool) {
	s, ok := n.value.(string)
	if !ok {
		d.problem(n.line, `%s: expected duration (a string such as "1h"), got %s`, n.name(), typeName(n.raw))
		return 0, false
	}
	v, err := time.ParseDuration(s)
	switch {
	case err != nil:
		d.problem(n.line, `%s: invalid duration %s (want a Go duration such as "1h")`, n.name(), show(n.raw))
	case v < lo || v > hi:
		d.problem(n.line, "%s: must be between %s and %s, got %s", n.name(), lo, hi, show(n.raw))
	default:
		return v, true
	}
	return 0, false
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

// schedules reads [skills.X.schedules.NAME] tables.
func (d *decoder) schedules(t *table) []Schedule {
	var out []Schedule
	for _, c := range d.named(t, "schedules") {
		st := d.table(c, tableSchedule)
		s := Schedule{Name: c.key[len(c.key)-1], TimeZone: "UTC", Line: c.line}
		ok := true
		if v, n := st.str("cron"); n != nil {
			if _, err := CronParser.Parse(v); err != nil {
				d.problem(n.line, "%s: invalid cron expression %s: %v", n.name(), show(n.raw), err)
				ok = false
			}
			s.Cron = v
		} else if !st.has("cron") {
			d.problem(c.line, `%s: missing required key "cron"`, c.name())
			ok = false
		}
		if v, n := st.str("time_zone"); n != nil && v != "" {
			if strings.HasPrefix(s.Cron, "CRON_TZ=") || strings.HasPrefix(s.Cron, "TZ=") {
				d.problem(n.line, "%s: give the zone either here or in the cron expression, not both", n.name())
				ok = false
			} else if _, err := time.LoadLocation(v); err != nil || v == "Local" {
				d.problem(n.line, "%s: unknown time zone %s (want an IANA name such as \"Europe/Helsinki\")", n.name(), show(n.raw))
				ok = false
			}
			s.TimeZone = v
		}
		if v, n := st.str("catch_up"); n != nil && v != "" {
			if d.catchUp(n, v) {
				s.CatchUp = v
			}
		}
		st.finish()
		if ok {
			out = append(out, s)
		}
	}
	return out
}

// hooks reads [skills.X.hooks.NAME] tables.
func (d *decoder) hooks(t *table) []Hook {
	var out []Hook
	for _, c := range d.named(t, "hooks") {
		ht := d.table(c, tableHook)
		h := Hook{Name: c.key[len(c.key)-1], Auth: HookAuthBearer, Header: DefaultHookHeader, Line: c.line}
		ok := true
		if v, n := ht.str("secret"); n != nil && v != "" {
			if len(v) < 16 {
				d.problem(n.line, "%s: too short (%d bytes); use at least 16 random bytes", n.name(), len(v))
				ok = false
			}
			h.Secret = v
		} else if !ht.has("secret") || n != nil {
			d.problem(c.line, `%s: missing required key "secret" (use ${ENV} to keep it out of the file)`, c.name())
			ok = false
		}
		if v, n := ht.str("auth"); n != nil && v != "" {
			if v != HookAuthBearer && v != HookAuthHMAC {
				d.problem(n.line, `%s: invalid value %s (want "bearer" or "hmac")`, n.name(), show(n.raw))
				ok = false
			}
			h.Auth = v
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

// Fingerprint identifies a hook's secret without revealing it, so a
// reload can tell whether a secret changed without keeping copies around.
func (h Hook) Fingerprint() [32]byte { return sha256.Sum256([]byte(h.Secret)) }
