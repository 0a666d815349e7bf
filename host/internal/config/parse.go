package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Built-in values for anything bot.toml leaves unset, and the bounds the
// file is checked against.
const (
	DefaultName     = "bothost"
	DefaultListen   = "127.0.0.1:3000"
	DefaultLogLevel = "info"
	defaultDataDir  = "data" // relative to the file's directory

	wasmPage    = 64 << 10 // memory is granted in whole WebAssembly pages
	minMemory   = wasmPage // one page: anything less cannot run a module
	maxMemory   = 4 << 30  // the whole wasm32 address space
	maxDeadline = 5 * time.Minute
	// minLogBytes lets one full-length log line (abi.MaxLogLine) through
	// per second, so a log_bytes below it cannot mute a skill entirely.
	minLogBytes = 8 << 10
)

// DefaultLimits returns the built-in limits, which [defaults] overrides.
func DefaultLimits() Limits {
	return Limits{
		MemoryBytes:  64 << 20,
		Deadline:     2 * time.Second,
		Instances:    4,
		KVMaxKeys:    10000,
		KVMaxBytes:   16 << 20,
		TimerMax:     1000,
		HTTPRequests: 10,

		MessagesPerEvent: 50,
		OutboxPending:    1000,
		TimerRate:        20,
		LogRate:          100,
		LogBytes:         64 << 10,
	}
}

// tableKind identifies a table whose keys are checked against knownKeys.
type tableKind int

const (
	tableTop tableKind = iota
	tableBot
	tableSlack
	tableDefaults
	tableSkill
	tableOn
	tableSchedule
	tableHook
)

// knownKeys is the one list of keys each table accepts. A later issue that
// adds a key (a skill's schedules and hooks, more [slack] or [bot]
// settings) adds it here and reads it in the matching decode method;
// anything not listed is reported as an unknown key, so a typo never
// silently falls back to a default.
func knownKeys(k tableKind) []string {
	limits := []string{"memory", "deadline", "instances", "kv_max_keys", "kv_max_bytes", "timer_max", "http_requests",
		"messages_per_event", "outbox_pending", "timer_rate", "log_rate", "log_bytes"}
	switch k {
	case tableTop:
		return []string{"bot", "slack", "defaults", "skills"}
	case tableBot:
		return []string{"name", "data_dir", "listen", "log_level", "max_body", "dedup_window", "catch_up", "outbox_retry_window"}
	case tableSlack:
		return []string{"mode", "signing_secret", "bot_token", "app_token", "api_url", "client_id", "client_secret",
			"ignore_bots", "ignore_edits", "scopes", "redirect_url", "command_ack"}
	case tableDefaults:
		return limits
	case tableSkill:
		return append(limits, "path", "data_dir", "http_allow", "slack_read", "on", "config", "schedules", "hooks", "allow_mentions", "workspace")
	case tableOn:
		return []string{"messages", "mentions", "dms", "commands", "actions"}
	case tableSchedule:
		return []string{"cron", "time_zone", "catch_up"}
	case tableHook:
		return []string{"secret", "auth", "header", "max_body", "topics"}
	}
	panic(fmt.Sprintf("config: unknown table kind %d", k))
}

// Load reads and parses the config file at path, taking ${VAR} values and
// Slack credentials from the process environment.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse parses and validates data as the config file at path. path is used
// for messages (as given) and to resolve relative paths (made absolute);
// the file itself is not read. env looks up environment variables; nil
// means an empty environment.
//
// Apart from turning path absolute, Parse touches the file system only to
// check that each skill's data_dir is a directory. It does not require a
// skill's .wasm file to exist: the module loader reports a missing or
// broken module with the skill's name and Skill.Line, and a config that
// names a module still being built stays loadable.
//
// An optional string set to "" (perhaps via an empty ${VAR}) means "not
// set": the built-in default, or for [slack] the environment variable.
//
// On failure the error is an *Error listing every problem found.
func Parse(path string, data []byte, env func(string) (string, bool)) (*Config, error) {
	if env == nil {
		env = func(string) (string, bool) { return "", false }
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("parse config %s: %w", path, err)
	}
	root, err := buildTree(data)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Path: path, Problems: []Problem{{Line: pe.Position.Line, Msg: pe.Message}}}
		}
		return nil, &Error{Path: path, Problems: []Problem{{Msg: err.Error()}}}
	}
	d := &decoder{dir: filepath.Dir(abs), env: env}
	d.expandTree(root)
	cfg := d.config(root)
	if len(d.probs) > 0 {
		sortProblems(d.probs)
		return nil, &Error{Path: path, Problems: d.probs}
	}
	cfg.Path = abs
	return cfg, nil
}

// decoder turns a node tree into a Config, collecting problems as it goes
// rather than stopping at the first.
type decoder struct {
	dir   string // absolute directory of the file; base for relative paths
	env   func(string) (string, bool)
	probs []Problem
}

func (d *decoder) problem(line int, format string, args ...any) {
	d.probs = append(d.probs, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

// abs resolves p against the config file's directory.
func (d *decoder) abs(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(d.dir, p)
}

func (d *decoder) config(root *node) *Config {
	top := d.table(root, tableTop)
	cfg := &Config{
		Bot:      d.bot(top.sub("bot", tableBot)),
		Slack:    d.slack(top.sub("slack", tableSlack)),
		Defaults: d.limits(top.sub("defaults", tableDefaults), DefaultLimits()),
	}
	cfg.Skills = d.skills(top.get("skills"), cfg.Defaults)
	cfg.fillTimingDefaults()
	top.finish()
	return cfg
}

func (d *decoder) bot(t *table) Bot {
	b := Bot{
		Name:        DefaultName,
		DataDir:     d.abs(defaultDataDir),
		Listen:      DefaultListen,
		LogLevel:    DefaultLogLevel,
		MaxBody:     DefaultMaxBody,
		DedupWindow: DefaultDedupWindow,
		CatchUp:     CatchUpOnce,
	}
	if v, n := t.str("name"); n != nil && v != "" {
		b.Name = v
	}
	if v, n := t.str("data_dir"); n != nil && v != "" {
		b.DataDir = d.abs(v)
	}
	if v, n := t.str("listen"); n != nil && v != "" {
		if validListen(v) {
			b.Listen = v
		} else {
			d.problem(n.line, `%s: invalid listen address %s (want host:port, e.g. "127.0.0.1:3000")`, n.name(), show(n.raw))
		}
	}
	if v, n := t.str("log_level"); n != nil && v != "" {
		switch lv := strings.ToLower(v); lv {
		case "debug", "info", "warn", "error":
			b.LogLevel = lv
		default:
			d.problem(n.line, "%s: invalid log level %s (want debug, info, warn or error)", n.name(), show(n.raw))
		}
	}
	if v, ok := d.size(t, "max_body", 1024, maxMaxBody); ok {
		b.MaxBody = int64(v)
	}
	if n := t.get("dedup_window"); n != nil {
		if v, ok := d.durationIn(n, 5*time.Minute, 7*24*time.Hour, "1h"); ok {
			b.DedupWindow = v
		}
	}
	if v, n := t.str("catch_up"); n != nil && v != "" {
		if d.catchUp(n, v) {
			b.CatchUp = v
		}
	}
	if n := t.get("outbox_retry_window"); n != nil {
		if v, ok := d.durationIn(n, time.Minute, 7*24*time.Hour, "1h"); ok {
			b.OutboxRetryWindow = v
		}
	}
	t.finish()
	return b
}

// validListen accepts "host:port" and ":port"; port 0 (pick a free port)
// is allowed for tests.
func validListen(s string) bool {
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		return false
	}
	p, err := strconv.Atoi(port)
	return err == nil && p >= 0 && p <= 65535
}

func (d *decoder) slack(t *table) Slack {
	var s Slack
	// Each credential comes from the file if set there (non-empty), else
	// from its environment variable.
	for _, f := range []struct {
		key, env string
		dst      *string
	}{
		{"signing_secret", "SLACK_SIGNING_SECRET", &s.SigningSecret},
		{"bot_token", "SLACK_BOT_TOKEN", &s.BotToken},
		{"app_token", "SLACK_APP_TOKEN", &s.AppToken},
		{"api_url", "SLACK_API_URL", &s.APIURL},
		{"client_id", "SLACK_CLIENT_ID", &s.ClientID},
		{"client_secret", "SLACK_CLIENT_SECRET", &s.ClientSecret},
	} {
		if v, n := t.str(f.key); n != nil && v != "" {
			*f.dst = v
		} else if v, ok := d.env(f.env); ok {
			*f.dst = v
		}
	}
	if v, n := t.str("mode"); n != nil && v != "" {
		switch v {
		case "events", "socket", "console":
			s.Mode = v
		default:
			d.problem(n.line, "%s: invalid mode %s (want events, socket or console)", n.name(), show(n.raw))
		}
	}
	if s.Mode == "" {
		s.Mode = resolveMode(s)
	}
	s.IgnoreBots, s.IgnoreEdits = true, true
	if v, n := t.boolean("ignore_bots"); n != nil {
		s.IgnoreBots = v
	}
	if v, n := t.boolean("ignore_edits"); n != nil {
		s.IgnoreEdits = v
	}
	s.Scopes = DefaultScopes()
	if vs, n := t.strs("scopes"); n != nil {
		s.Scopes = nil
		for i, v := range vs {
			if v == "" || strings.ContainsFunc(v, func(r rune) bool { return isSpace(r) || r == ',' }) {
				d.problem(n.line, "%s[%d]: invalid scope %s", n.name(), i, show(elem(n.raw, i)))
				continue
			}
			s.Scopes = append(s.Scopes, v)
		}
	}
	if v, n := t.str("command_ack"); n != nil && v != "" {
		if len(v) > 200 {
			d.problem(n.line, "%s: %d bytes; keep it short (at most 200)", n.name(), len(v))
		} else {
			s.CommandAck = v
		}
	}
	if v, n := t.str("redirect_url"); n != nil && v != "" {
		if u, err := url.Parse(v); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			d.problem(n.line, "%s: invalid URL %s (want an absolute http(s) URL)", n.name(), show(n.raw))
		} else {
			s.RedirectURL = v
		}
	}
	switch s.Mode {
	case "events":
		if s.SigningSecret == "" {
			d.problem(t.line(), `[slack]: mode "events" needs signing_secret (or SLACK_SIGNING_SECRET)`)
		}
		if s.BotToken == "" && (s.ClientID == "" || s.ClientSecret == "") {
			d.problem(t.line(), `[slack]: mode "events" needs bot_token (or SLACK_BOT_TOKEN), or client_id and client_secret for OAuth installs`)
		}
	case "socket":
		if s.AppToken == "" {
			d.problem(t.line(), `[slack]: mode "socket" needs app_token (or SLACK_APP_TOKEN)`)
		}
		if s.BotToken == "" && (s.ClientID == "" || s.ClientSecret == "") {
			d.problem(t.line(), `[slack]: mode "socket" needs bot_token (or SLACK_BOT_TOKEN)`)
		}
	}
	t.finish()
	return s
}

// resolveMode picks the mode an unset [slack] mode means: Socket Mode when
// there is an app-level token (it needs no public URL), the Events API when
// there is what it needs to verify requests and call Slack, and otherwise
// the local console, so a fresh checkout runs without any credentials.
func resolveMode(s Slack) string {
	switch {
	case s.AppToken != "":
		return "socket"
	case s.SigningSecret != "" && (s.BotToken != "" || s.ClientID != "" && s.ClientSecret != ""):
		return "events"
	}
	return "console"
}

// limits reads the limit keys of t over base. A key with a problem keeps
// base's value, so later checks still see something sensible.
func (d *decoder) limits(t *table, base Limits) Limits {
	l := base
	if v, ok := d.size(t, "memory", minMemory, maxMemory); ok {
		l.MemoryBytes = (v + wasmPage - 1) / wasmPage * wasmPage
	}
	if n := t.get("deadline"); n != nil {
		if v, ok := d.duration(n); ok {
			l.Deadline = v
		}
	}
	if v, ok := d.count(t, "instances"); ok {
		l.Instances = int(v)
	}
	if v, ok := d.count(t, "kv_max_keys"); ok {
		l.KVMaxKeys = v
	}
	if v, ok := d.size(t, "kv_max_bytes", 1, math.MaxInt64); ok {
		l.KVMaxBytes = int64(v)
	}
	if v, ok := d.count(t, "timer_max"); ok {
		l.TimerMax = int(v)
	}
	if v, ok := d.count(t, "http_requests"); ok {
		l.HTTPRequests = int(v)
	}
	if v, ok := d.count(t, "messages_per_event"); ok {
		l.MessagesPerEvent = int(v)
	}
	if v, ok := d.count(t, "outbox_pending"); ok {
		l.OutboxPending = int(v)
	}
	if v, ok := d.count(t, "timer_rate"); ok {
		l.TimerRate = int(v)
	}
	if v, ok := d.count(t, "log_rate"); ok {
		l.LogRate = int(v)
	}
	if v, ok := d.size(t, "log_bytes", minLogBytes, 1<<30); ok {
		l.LogBytes = int64(v)
	}
	return l
}

// size reads a byte size: an integer number of bytes or a string with a
// unit. It must lie in [lo, hi].
func (d *decoder) size(t *table, key string, lo, hi uint64) (uint64, bool) {
	n := t.get(key)
	if n == nil {
		return 0, false
	}
	var v uint64
	switch x := n.value.(type) {
	case int64:
		if x <= 0 {
			d.problem(n.line, "%s: must be > 0, got %s", n.name(), show(n.raw))
			return 0, false
		}
		v = uint64(x)
	case string:
		var ok bool
		if v, ok = parseSize(x); !ok {
			d.problem(n.line, "%s: invalid size %s (want a whole number of bytes, optionally with B, KiB, MiB, GiB, KB, MB or GB)", n.name(), show(n.raw))
			return 0, false
		}
		if v == 0 {
			d.problem(n.line, "%s: must be > 0, got %s", n.name(), show(n.raw))
			return 0, false
		}
	default:
		t.typeErr(n, `size (integer bytes or a string such as "64MiB")`)
		return 0, false
	}
	if v < lo || v > hi {
		if lo > 1 {
			d.problem(n.line, "%s: must be between %s and %s, got %s", n.name(), formatSize(lo), formatSize(hi), show(n.raw))
		} else {
			d.problem(n.line, "%s: must be at most %s, got %s", n.name(), formatSize(hi), show(n.raw))
		}
		return 0, false
	}
	return v, true
}

// duration reads a Go duration string such as "500ms"; it must be > 0 and
// at most maxDeadline (the only duration so far is a deadline).
func (d *decoder) duration(n *node) (time.Duration, bool) {
	return d.durationIn(n, 1, maxDeadline, "500ms", "2s")
}

// durationIn reads a Go duration string within [lo, hi]; lo = 1 (one
// nanosecond) means "> 0". Messages suggest examples, the last one where
// a single example is wanted.
func (d *decoder) durationIn(n *node, lo, hi time.Duration, examples ...string) (time.Duration, bool) {
	var quoted []string
	for _, e := range examples {
		quoted = append(quoted, strconv.Quote(e))
	}
	s, ok := n.value.(string)
	if !ok {
		d.problem(n.line, `%s: expected duration (a string such as %s), got %s`, n.name(), quoted[len(quoted)-1], typeName(n.raw))
		return 0, false
	}
	v, err := time.ParseDuration(s)
	switch {
	case err != nil:
		// err quotes the expanded value, so it is not included.
		d.problem(n.line, `%s: invalid duration %s (want a Go duration such as %s)`, n.name(), show(n.raw), strings.Join(quoted, " or "))
	case v >= lo && v <= hi:
		return v, true
	case lo > 1:
		d.problem(n.line, "%s: must be between %s and %s, got %s", n.name(), lo, hi, show(n.raw))
	case v < lo:
		d.problem(n.line, "%s: must be > 0, got %s", n.name(), show(n.raw))
	default:
		d.problem(n.line, "%s: must be at most %s, got %s", n.name(), hi, show(n.raw))
	}
	return 0, false
}

// count reads a positive integer that fits in an int32, so it converts to
// int safely everywhere.
func (d *decoder) count(t *table, key string) (int64, bool) {
	n := t.get(key)
	if n == nil {
		return 0, false
	}
	v, ok := n.value.(int64)
	switch {
	case !ok:
		t.typeErr(n, "integer")
	case v <= 0:
		d.problem(n.line, "%s: must be > 0, got %d", n.name(), v)
	case v > math.MaxInt32:
		d.problem(n.line, "%s: must be at most %d, got %d", n.name(), math.MaxInt32, v)
	default:
		return v, true
	}
	return 0, false
}

// skillInfo is what the cross-skill checks need beyond the Skill itself.
type skillInfo struct {
	skill    Skill
	commands *node // the "on.commands" node, for its line; nil if unset
	actions  *node
}

func (d *decoder) skills(sn *node, defaults Limits) []Skill {
	if sn == nil {
		return nil
	}
	if sn.kids == nil {
		d.problem(sn.line, "%s: expected table, got %s", sn.name(), typeName(sn.raw))
		return nil
	}
	var infos []skillInfo // in file order, so conflicts blame the later skill
	for _, c := range sn.sortedKids() {
		if c.kids == nil {
			if !c.bad {
				d.problem(c.line, "%s: expected table, got %s", c.name(), typeName(c.raw))
			}
			continue
		}
		infos = append(infos, d.skill(c, defaults))
	}
	d.conflicts(infos)
	out := make([]Skill, 0, len(infos))
	for _, in := range infos {
		out = append(out, in.skill)
	}
	slices.SortFunc(out, func(a, b Skill) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func (d *decoder) skill(c *node, defaults Limits) skillInfo {
	t := d.table(c, tableSkill)
	s := Skill{
		Name:       c.key[len(c.key)-1],
		Line:       c.line,
		Limits:     d.limits(t, defaults),
		ConfigJSON: []byte("{}"),
		Routes:     Routes{Timers: true},
	}
	if !validSkillName(s.Name) {
		d.problem(c.line, "%s: invalid skill name %q (want 1-64 characters of a-z, 0-9, _ and -)", c.name(), s.Name)
	}
	if v, n := t.str("path"); n != nil {
		if v == "" {
			d.problem(n.line, "%s: must not be empty", n.name())
		} else {
			s.Path = d.abs(v)
		}
	} else if !t.has("path") {
		d.problem(c.line, `%s: missing required key "path"`, c.name())
	}
	if v, n := t.str("data_dir"); n != nil && v != "" {
		dir := d.abs(v)
		if msg := checkDir(dir); msg != "" {
			d.problem(n.line, "%s: %s %s", n.name(), show(n.raw), msg)
		} else {
			s.DataDir = dir
		}
	}
	if vs, n := t.strs("http_allow"); n != nil {
		for i, v := range vs {
			if !validHostPort(v) {
				d.problem(n.line, `%s[%d]: invalid entry %s (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
					n.name(), i, show(elem(n.raw, i)))
				continue
			}
			// Host names are case-insensitive; storing them lower-cased
			// lets the fetch check compare bytes.
			s.HTTPAllow = append(s.HTTPAllow, strings.ToLower(v))
		}
	}
	if vs, n := t.strs("slack_read"); n != nil {
		for i, v := range vs {
			if !slices.Contains(SlackReadMethods(), v) {
				d.problem(n.line, `%s[%d]: %s is not a read-only Web API method slack_call can be granted (one of %s; messages are sent with reply/post/update)`,
					n.name(), i, show(elem(n.raw, i)), strings.Join(SlackReadMethods(), ", "))
				continue
			}
			if !slices.Contains(s.SlackRead, v) {
				s.SlackRead = append(s.SlackRead, v)
			}
		}
	}
	if vs, n := t.strs("allow_mentions"); n != nil {
		for i, v := range vs {
			switch v {
			case "here", "channel", "everyone":
				s.AllowMentions = append(s.AllowMentions, v)
			default:
				d.problem(n.line, `%s[%d]: unknown mass mention %s (want "here", "channel" or "everyone")`, n.name(), i, show(elem(n.raw, i)))
			}
		}
	}
	if v, n := t.str("workspace"); n != nil && v != "" {
		if !validTeamID(v) {
			d.problem(n.line, `%s: invalid workspace %s (want a Slack team id such as "T0123ABCD")`, n.name(), show(n.raw))
		} else {
			s.Workspace = v
		}
	}
	info := skillInfo{}
	on := t.sub("on", tableOn)
	s.Routes.Messages = d.messages(on)
	if v, n := on.boolean("mentions"); n != nil {
		s.Routes.Mentions = v
	}
	if v, n := on.boolean("dms"); n != nil {
		s.Routes.DMs = v
	}
	if vs, n := on.strs("commands"); n != nil {
		info.commands = n
		for i, v := range vs {
			if len(v) < 2 || v[0] != '/' || strings.ContainsFunc(v, isSpace) {
				d.problem(n.line, `%s[%d]: invalid command %s (want "/" and a name without spaces, e.g. "/echo")`, n.name(), i, show(elem(n.raw, i)))
				continue
			}
			s.Routes.Commands = append(s.Routes.Commands, v)
		}
	}
	if vs, n := on.strs("actions"); n != nil {
		info.actions = n
		for i, v := range vs {
			if v == "" {
				d.problem(n.line, "%s[%d]: action prefix must not be empty", n.name(), i)
				continue
			}
			s.Routes.Actions = append(s.Routes.Actions, v)
		}
	}
	on.finish()
	s.Schedules = d.schedules(t)
	s.Hooks = d.hooks(t)
	if cn := t.get("config"); cn != nil {
		if cn.kids == nil {
			t.typeErr(cn, "table")
		} else if js, err := json.Marshal(cn.plain()); err != nil {
			d.problem(cn.line, "%s: cannot be encoded as JSON: %v", cn.name(), err)
		} else {
			s.ConfigJSON = js
		}
	}
	t.finish()
	info.skill = s
	return info
}

// validSkillName reports whether name matches [a-z0-9_-]{1,64}. A skill
// name becomes a KV namespace, a directory name and a log field, so it is
// kept to a small alphabet that is safe in all of them.
func validSkillName(name string) bool {
	if name == "" || len(name) > 64 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// validTeamID reports whether id looks like a Slack team (or enterprise)
// id: T or E and 2-31 upper-case letters and digits.
func validTeamID(id string) bool {
	if len(id) < 3 || len(id) > 32 || (id[0] != 'T' && id[0] != 'E') {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// messages compiles the on.messages regexps.
func (d *decoder) messages(on *table) []*regexp.Regexp {
	vs, n := on.strs("messages")
	if n == nil {
		return nil
	}
	var out []*regexp.Regexp
	for i, v := range vs {
		re, err := regexp.Compile(v)
		if err != nil {
			raw := elem(n.raw, i)
			detail := err.Error()
			var se *syntax.Error
			if errors.As(err, &se) && raw != v {
				// The fragment in the error may contain expanded text.
				detail = se.Code.String()
			}
			d.problem(n.line, "%s[%d]: invalid regexp %s: %s", n.name(), i, show(raw), detail)
			continue
		}
		out = append(out, re)
	}
	return out
}

// checkDir returns "" if dir is an existing directory, else what is wrong.
func checkDir(dir string) string {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // without the (possibly expanded) path
		}
		return "cannot be read: " + err.Error()
	case !fi.IsDir():
		return "is not a directory"
	}
	return ""
}

// conflicts checks what must be unique across skills: a slash command has
// one owner, and an action_id must not match the prefixes of two skills.
// infos are in file order; each conflict is reported at the later skill.
func (d *decoder) conflicts(infos []skillInfo) {
	owner := make(map[string]string) // command → skill
	type prefix struct{ p, skill string }
	var seen []prefix
	for _, in := range infos {
		s := in.skill
		for _, c := range s.Routes.Commands {
			if o, ok := owner[c]; ok && o != s.Name {
				d.problem(in.commands.line, "%s: command %q is already handled by skill %q", in.commands.name(), c, o)
				continue
			}
			owner[c] = s.Name
		}
		for _, a := range s.Routes.Actions {
			for _, p := range seen {
				if p.skill != s.Name && (strings.HasPrefix(a, p.p) || strings.HasPrefix(p.p, a)) {
					d.problem(in.actions.line, "%s: action prefix %q overlaps %q of skill %q", in.actions.name(), a, p.p, p.skill)
					break
				}
			}
		}
		for _, a := range s.Routes.Actions {
			seen = append(seen, prefix{a, s.Name})
		}
	}
}

// show quotes a raw (unexpanded) value for a message.
func show(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// elem returns element i of a raw array value, or nil.
func elem(raw any, i int) any {
	if a, ok := raw.([]any); ok && i < len(a) {
		return a[i]
	}
	return nil
}

// table reads the keys of one TOML table with type checks, and reports the
// keys nobody asked for when finished.
type table struct {
	d    *decoder
	n    *node // nil when the table is absent (or was not a table)
	kind tableKind
}

func (d *decoder) table(n *node, kind tableKind) *table { return &table{d: d, n: n, kind: kind} }

// has reports whether key is present at all (even with a bad value).
func (t *table) has(key string) bool { return t.n != nil && t.n.kids[key] != nil }

// get returns key's node, or nil if it is absent or already reported bad.
func (t *table) get(key string) *node {
	if t.n == nil {
		return nil
	}
	if c := t.n.kids[key]; c != nil && !c.bad {
		return c
	}
	return nil
}

func (t *table) typeErr(n *node, want string) {
	t.d.problem(n.line, "%s: expected %s, got %s", n.name(), want, typeName(n.raw))
}

// str returns a string value and its node; the node is nil when the key is
// absent or unusable (a problem has then been reported).
func (t *table) str(key string) (string, *node) {
	n := t.get(key)
	if n == nil {
		return "", nil
	}
	s, ok := n.value.(string)
	if !ok {
		t.typeErr(n, "string")
		return "", nil
	}
	return s, n
}

func (t *table) boolean(key string) (bool, *node) {
	n := t.get(key)
	if n == nil {
		return false, nil
	}
	b, ok := n.value.(bool)
	if !ok {
		t.typeErr(n, "boolean")
		return false, nil
	}
	return b, n
}

// strs returns an array of strings. An empty array is valid.
func (t *table) strs(key string) ([]string, *node) {
	n := t.get(key)
	if n == nil {
		return nil, nil
	}
	a, ok := n.value.([]any)
	if !ok {
		t.typeErr(n, "array of strings")
		return nil, nil
	}
	out := make([]string, 0, len(a))
	bad := false
	for i, e := range a {
		s, ok := e.(string)
		if !ok {
			t.d.problem(n.line, "%s[%d]: expected string, got %s", n.name(), i, typeName(e))
			bad = true
			continue
		}
		out = append(out, s)
	}
	if bad {
		return nil, nil
	}
	return out, n
}

// sub returns the nested table key, or an empty table if it is absent or
// not a table (which is reported).
func (t *table) sub(key string, kind tableKind) *table {
	n := t.get(key)
	if n != nil && n.kids == nil {
		t.typeErr(n, "table")
		n = nil
	}
	return &table{d: t.d, n: n, kind: kind}
}

// finish reports every key of the table that knownKeys does not list.
func (t *table) finish() {
	if t.n == nil {
		return
	}
	known := knownKeys(t.kind)
	for _, c := range t.n.sortedKids() {
		k := c.key[len(c.key)-1]
		if slices.Contains(known, k) {
			continue
		}
		if s := suggest(k, known); s != "" {
			t.d.problem(c.line, "%s: unknown key (did you mean %q?)", c.name(), s)
		} else {
			t.d.problem(c.line, "%s: unknown key", c.name())
		}
	}
}
