package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	// Rotations name IANA zones; a wasm skill has no /usr/share/zoneinfo.
	_ "time/tzdata"
)

// Config is the skill's [skills.alerts.config] table. Every field has a
// default, so an empty table gives a working skill that posts to the
// channel named "channel" and escalates to the channel after 5 minutes.
type Config struct {
	// Channel is where alerts are posted (a channel id).
	Channel string `json:"channel"`
	// Channels overrides Channel per hook name.
	Channels map[string]string `json:"channels"`
	// Escalation is the chain; see Step.
	Escalation []Step `json:"escalation"`
	// Repeat runs the chain this many more times after its last step.
	Repeat int `json:"repeat"`
	// AckReminder reminds whoever acknowledged an alert that stays open
	// ("4h"; "0" or "off" disables).
	AckReminder string `json:"ack_reminder"`
	// StormThreshold: more new alerts than this on one channel within a
	// minute are gathered into one summary.
	StormThreshold int `json:"storm_threshold"`
	// Rotations name who is on call; Rotation names the one "oncall" and
	// "next" use (default: the first).
	Rotations []Rotation `json:"rotations"`
	Rotation  string     `json:"rotation"`
	// Formats maps a hook name to its payload format when the hook is not
	// named after it (alertmanager, grafana, sns, generic).
	Formats map[string]string `json:"formats"`

	ackReminder time.Duration
}

// Step is one escalation step: wait After (since the previous step, or
// since the alert fired), then notify.
//
//	oncall           the rotation's person on call (skipping Do Not Disturb)
//	next             the person after the last one notified
//	channel | here   @channel / @here in the alert's thread
//	user:U123 | U123 a DM to that user
//	usergroup:S123   a mention of that user group in the thread
type Step struct {
	After  string `json:"after"`
	Notify string `json:"notify"`

	after time.Duration
}

// Rotation is who is on call: Users take turns of Shift starting at
// Start (in TZ), or the members of a Slack user group (in the group's
// order, taking turns the same way when Shift is set).
type Rotation struct {
	Name      string   `json:"name"`
	Users     []string `json:"users"`
	Usergroup string   `json:"usergroup"`
	Shift     string   `json:"shift"`
	Start     string   `json:"start"`
	TZ        string   `json:"tz"`

	shift time.Duration
	start time.Time
}

// defaults for an empty config.
const (
	defaultChannel   = "alerts"
	defaultStorm     = 20
	defaultReminder  = 4 * time.Hour
	maxSteps         = 20
	maxRepeat        = 10
	minStepAfter     = 10 * time.Second
	maxRotationUsers = 200
)

// parseConfig reads and checks the config; every problem is reported at
// load, so a typo is not found at 3 a.m. when an alert should escalate.
func parseConfig(raw []byte) (*Config, error) {
	c := &Config{}
	if len(strings.TrimSpace(string(raw))) > 0 {
		if err := json.Unmarshal(raw, c); err != nil {
			return nil, fmt.Errorf("alerts config: %w", err)
		}
	}
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf("alerts config: "+format, a...)) }
	if c.Channel == "" {
		c.Channel = defaultChannel
	}
	if c.StormThreshold == 0 {
		c.StormThreshold = defaultStorm
	}
	if c.StormThreshold < 0 {
		bad("storm_threshold %d: want > 0", c.StormThreshold)
	}
	if len(c.Escalation) == 0 {
		c.Escalation = []Step{{After: "5m", Notify: "oncall"}, {After: "5m", Notify: "next"}, {After: "10m", Notify: "channel"}}
	}
	if len(c.Escalation) > maxSteps {
		bad("escalation has %d steps; at most %d", len(c.Escalation), maxSteps)
	}
	if c.Repeat < 0 || c.Repeat > maxRepeat {
		bad("repeat %d: want 0..%d", c.Repeat, maxRepeat)
	}
	for i := range c.Escalation {
		s := &c.Escalation[i]
		d, err := time.ParseDuration(s.After)
		if err != nil || d < minStepAfter {
			bad("escalation[%d].after %q: want a duration of at least %s", i, s.After, minStepAfter)
		}
		s.after = d
		if err := checkNotify(s.Notify); err != nil {
			bad("escalation[%d].notify: %v", i, err)
		}
	}
	switch c.AckReminder {
	case "":
		c.ackReminder = defaultReminder
	case "0", "off":
	default:
		d, err := time.ParseDuration(c.AckReminder)
		if err != nil || d < time.Minute {
			bad("ack_reminder %q: want a duration of at least 1m, or \"off\"", c.AckReminder)
		}
		c.ackReminder = d
	}
	names := map[string]bool{}
	for i := range c.Rotations {
		r := &c.Rotations[i]
		if r.Name == "" {
			r.Name = fmt.Sprintf("rotation%d", i+1)
		}
		if names[r.Name] {
			bad("rotations[%d]: duplicate name %q", i, r.Name)
		}
		names[r.Name] = true
		if err := r.check(); err != nil {
			bad("rotations[%d] (%s): %v", i, r.Name, err)
		}
	}
	if c.Rotation != "" && !names[c.Rotation] {
		bad("rotation %q: no rotation of that name", c.Rotation)
	}
	for h, f := range c.Formats {
		if !knownFormat(f) {
			bad("formats.%s %q: want alertmanager, grafana, sns or generic", h, f)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return c, nil
}

func checkNotify(n string) error {
	switch {
	case n == "oncall", n == "next", n == "channel", n == "here":
		return nil
	case strings.HasPrefix(n, "user:") && isSlackID(n[5:], "UW"):
		return nil
	case strings.HasPrefix(n, "usergroup:") && isSlackID(n[10:], "S"):
		return nil
	case isSlackID(n, "UW"), isSlackID(n, "S"):
		return nil
	}
	return fmt.Errorf("%q: want oncall, next, channel, here, user:U…, usergroup:S…", n)
}

// isSlackID reports whether s looks like a Slack id starting with one of
// the letters in first.
func isSlackID(s, first string) bool {
	if len(s) < 2 || len(s) > 32 || !strings.ContainsRune(first, rune(s[0])) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func (r *Rotation) check() error {
	if (len(r.Users) == 0) == (r.Usergroup == "") {
		return errors.New("give users or usergroup (one of them)")
	}
	if len(r.Users) > maxRotationUsers {
		return fmt.Errorf("%d users; at most %d", len(r.Users), maxRotationUsers)
	}
	for _, u := range r.Users {
		if !isSlackID(u, "UW") {
			return fmt.Errorf("user %q is not a Slack user id (U…)", u)
		}
	}
	if r.Usergroup != "" && !isSlackID(r.Usergroup, "S") {
		return fmt.Errorf("usergroup %q is not a Slack user group id (S…)", r.Usergroup)
	}
	if r.Shift == "" {
		if r.Start != "" {
			return errors.New("start without shift")
		}
		return nil
	}
	d, err := parseShift(r.Shift)
	if err != nil {
		return err
	}
	r.shift = d
	loc := time.UTC
	if r.TZ != "" {
		if loc, err = time.LoadLocation(r.TZ); err != nil {
			return fmt.Errorf("tz %q: %v", r.TZ, err)
		}
	}
	if r.Start == "" {
		return errors.New("shift without start (e.g. \"2026-01-05T09:00\")")
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, r.Start, loc); err == nil {
			r.start = t
			return nil
		}
	}
	return fmt.Errorf("start %q: want 2006-01-02T15:04 (in tz)", r.Start)
}

// parseShift reads a Go duration, or "Nd" / "Nw" for days and weeks (the
// usual shift lengths, which Go durations do not spell).
func parseShift(s string) (time.Duration, error) {
	var d time.Duration
	var err error
	switch {
	case strings.HasSuffix(s, "d"), strings.HasSuffix(s, "w"):
		var n int
		if _, e := fmt.Sscanf(s[:len(s)-1], "%d", &n); e != nil || n <= 0 || fmt.Sprint(n) != s[:len(s)-1] {
			return 0, fmt.Errorf("shift %q: want e.g. 12h, 1d, 1w", s)
		}
		d = time.Duration(n) * 24 * time.Hour
		if s[len(s)-1] == 'w' {
			d *= 7
		}
	default:
		d, err = time.ParseDuration(s)
	}
	if err != nil || d < time.Hour {
		return 0, fmt.Errorf("shift %q: want at least 1h (e.g. 12h, 1d, 1w)", s)
	}
	return d, nil
}

func knownFormat(f string) bool {
	switch f {
	case "alertmanager", "grafana", "sns", "generic":
		return true
	}
	return false
}

// channelFor is where alerts from hook go.
func (c *Config) channelFor(hook string) string {
	if ch := c.Channels[hook]; ch != "" {
		return ch
	}
	return c.Channel
}

// formatOf is the payload format of hook: configured, else the hook's own
// name when it is a format, else generic.
func (c *Config) formatOf(hook string) string {
	if f := c.Formats[hook]; f != "" {
		return f
	}
	if knownFormat(hook) {
		return hook
	}
	return "generic"
}

// rotation returns the named rotation, or the default one; nil if none.
func (c *Config) rotation(name string) *Rotation {
	if name == "" {
		name = c.Rotation
	}
	for i := range c.Rotations {
		if name == "" || c.Rotations[i].Name == name {
			return &c.Rotations[i]
		}
	}
	return nil
}
