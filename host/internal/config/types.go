// Package config loads, validates and expands bot.toml.
//
// A Config is immutable once Load returns it: a reload builds a new Config
// and swaps it whole, so a half-applied edit can never be observed.
package config

import (
	"regexp"
	"time"
)

// Config is a validated bot.toml with defaults applied, ${ENV} expanded and
// paths made absolute (relative paths are relative to the file's directory).
type Config struct {
	// Path is the absolute path of the file this was loaded from.
	Path string
	Bot  Bot
	// Slack holds the [slack] table; issue 3 gives it meaning.
	Slack Slack
	// Defaults are the global limits from [defaults], with built-in defaults
	// for anything unset. Each Skill's Limits already has them applied.
	Defaults Limits
	// Skills in name order.
	Skills []Skill
}

// Bot is the [bot] table.
type Bot struct {
	Name     string // default "bothost"
	DataDir  string // absolute; default "<dir of bot.toml>/data"
	Listen   string // default "127.0.0.1:3000"
	LogLevel string // debug|info|warn|error; default "info"
	// MaxBody caps every inbound HTTP body (Slack and webhooks); "max_body", default 1 MiB.
	MaxBody int64
	// DedupWindow is how long event ids are remembered to drop retries;
	// "dedup_window", default 1h (Slack's last retry comes ~5 min after the first).
	DedupWindow time.Duration
	// CatchUp says what a schedule slot missed while the host was down
	// does at start-up: "once" (fire it once, marked late; default) or "skip".
	CatchUp string
	// OutboxRetryWindow is how long a reply keeps being retried through
	// Slack's 5xx, timeouts and rate limits before it is dead-lettered;
	// "outbox_retry_window"; 0 (unset) means the outbox's default, 1h.
	OutboxRetryWindow time.Duration
}

// Slack is the [slack] table. Every field may also come from the
// environment (SLACK_SIGNING_SECRET, ...); the file wins when both are set.
type Slack struct {
	Mode          string // "events" | "socket" | "console"; "" resolves to console when no credentials
	SigningSecret string
	BotToken      string
	AppToken      string
	APIURL        string
	ClientID      string
	ClientSecret  string
	// IgnoreBots drops messages from other bots ("ignore_bots", default
	// true); the bot's own messages are always dropped.
	IgnoreBots bool
	// IgnoreEdits drops message_changed / message_deleted ("ignore_edits", default true).
	IgnoreEdits bool
	// Scopes requested by the OAuth install flow ("scopes"; default
	// DefaultScopes()).
	Scopes []string
	// CommandAck is a short text shown only to the user who ran a slash
	// command, sent with the immediate ack while the skill works
	// ("command_ack"; "" acks silently).
	CommandAck string
	// RedirectURL is the OAuth redirect_uri sent to Slack ("redirect_url";
	// "" lets Slack use the app's configured one).
	RedirectURL string
}

// Limits are per-skill resource limits. In [defaults] and in each
// [skills.NAME] table; a skill's own values override the defaults.
type Limits struct {
	MemoryBytes  uint64        // "memory", e.g. "64MiB"; default 64 MiB; rounded up to 64 KiB pages
	Deadline     time.Duration // "deadline", e.g. "2s"; default 2s
	Instances    int           // "instances": max concurrent instances; default 4
	KVMaxKeys    int64         // "kv_max_keys"; default 10000
	KVMaxBytes   int64         // "kv_max_bytes", e.g. "16MiB"; default 16 MiB
	TimerMax     int           // "timer_max": pending timers; default 1000
	HTTPRequests int           // "http_requests": fetches per event; default 10

	// Effect quotas (docs/ABI.md §6): what one skill can make the host
	// store or send, so a looping or hostile skill fills neither the
	// outbox, the disk nor the log.
	MessagesPerEvent int   // "messages_per_event": reply+post+update calls per event; default 50
	OutboxPending    int   // "outbox_pending": the skill's messages queued for Slack; default 1000
	TimerRate        int   // "timer_rate": timer fires per second; default 20
	LogRate          int   // "log_rate": log lines per second (log calls and stdout/stderr); default 100
	LogBytes         int64 // "log_bytes": log bytes per second, e.g. "64KiB"; default 64 KiB
}

// Skill is one [skills.NAME] table.
type Skill struct {
	Name      string // the table key; [a-z0-9_-], 1..64 chars
	Path      string // absolute path of the .wasm file
	Limits    Limits
	DataDir   string   // "data_dir": absolute read-only directory mounted at /data; "" for none
	HTTPAllow []string // "http_allow": host or host:port entries
	// SlackRead are the read-only Web API methods the skill may call with
	// slack_call ("slack_read"), each one of SlackReadMethods.
	SlackRead []string
	// AllowMentions are the mass mentions the skill may send ("here",
	// "channel", "everyone"); "allow_mentions". Any other <!here>,
	// <!channel> or <!everyone> is neutralised (docs/ABI.md §2.7).
	AllowMentions []string
	// Workspace is the team a schedule, webhook or other event without
	// a workspace of its own posts to ("workspace", e.g. "T0123"); ""
	// means the host's only workspace.
	Workspace string
	// ConfigJSON is the [skills.NAME.config] table as a JSON object ("{}" if absent).
	ConfigJSON []byte
	Routes     Routes
	// Schedules are the [[skills.NAME.schedules]] entries.
	Schedules []Schedule
	// Hooks are the [skills.NAME.hooks.HOOK] tables, by name order.
	Hooks []Hook
	// Line is where the [skills.NAME] table starts in the file, for messages.
	Line int
}

// Routes is the [skills.NAME.on] table: which events reach the skill.
type Routes struct {
	Messages []*regexp.Regexp // "messages": regexes matched against message text
	Mentions bool             // "mentions": messages that @-mention the bot
	DMs      bool             // "dms": direct messages to the bot
	Commands []string         // "commands": slash commands, e.g. "/echo"
	Actions  []string         // "actions": action_id prefixes
	Timers   bool             // always true: a skill gets its own timers (not configurable)
}

// Skill returns the skill with the given name.
func (c *Config) Skill(name string) (Skill, bool) {
	for _, s := range c.Skills {
		if s.Name == name {
			return s, true
		}
	}
	return Skill{}, false
}

// Schedule is one [skills.SKILL.schedules.NAME] table: a cron expression
// (CronParser's dialect) in a time zone delivering `schedule` events named
// Name. Timing checks it and parses its timing.
type Schedule struct {
	Name string // the table key, unique within the skill
	Cron string // "cron", standard 5-field expression (or @hourly etc.)
	// TimeZone is "time_zone", an IANA name; default "UTC". A cron
	// expression may name its zone itself instead ("CRON_TZ=NAME ...");
	// time_zone must then be unset, and TimeZone is "".
	TimeZone string
	CatchUp  string // "catch_up": CatchUpOnce | CatchUpSkip; default [bot] catch_up
	Line     int
}

// Hook is one [skills.NAME.hooks.HOOK] table: POST /hooks/{skill}/{hook}.
type Hook struct {
	Name   string // the table key; [a-z0-9_-]{1,64}
	Secret string // "secret" (use ${ENV}); required
	// Auth is "bearer" (Authorization: Bearer <secret>), "hmac"
	// (hex HMAC-SHA256 of the raw body with the secret, in Header,
	// optionally prefixed "sha256=") or "sns" (AWS SNS signatures; the
	// secret is optional and then checked as a Basic auth password).
	// "auth", default "bearer".
	Auth    string
	Header  string // "header" for hmac; default "X-Signature-256"
	MaxBody int64  // "max_body"; default [bot] max_body
	// Topics is "topics", required with auth = "sns" and refused
	// otherwise: the TopicArns whose messages are accepted.
	Topics []string
	Line   int
}

// SlackReadMethods are the Web API methods a skill may be granted in
// slack_read: reads only. Writes go through reply/post/update and the
// durable outbox, which paces, retries and deduplicates them; a write made
// from a handler would be repeated whenever the event is handled again.
func SlackReadMethods() []string {
	return []string{
		"users.info", "users.getPresence", "dnd.info", "usergroups.users.list",
		"conversations.members", "conversations.info",
	}
}
