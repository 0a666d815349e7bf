// Package slackin is bothost's Slack ingress: the Events API, interactivity
// and slash-command HTTP endpoints (Handler), and the same pipeline over
// Socket Mode (Socket).
//
// Every delivery is verified, filtered, converted to one or more abi.Event
// and handed to a Sink (the durable inbox). Slack is acknowledged only
// after the Sink accepted the event (or reported it a duplicate), so an
// acked event is never lost; anything that fails before that is answered
// with an error (HTTP 500, or no Socket Mode ack) and Slack delivers it
// again. Nothing on the ack path waits for skills: they run later, from
// the inbox.
//
// Dedup: the Sink deduplicates by abi.Event.ID. IDs are derived from what
// Slack keeps identical on every retry and Socket Mode redelivery (the
// retried body is the same, event_id included), so a redelivery always
// maps to the id of the first delivery:
//
//   - message and app_mention events: "slack:{team}:{channel}:{ts}". A post
//     that mentions the bot arrives twice, as a `message` event and as an
//     `app_mention` event, with different event_ids; keying both by the
//     post's channel and ts (unique per channel in Slack) collapses them
//     into one event for the skills, whichever arrives first, and both
//     carry Mentioned. That relies on knowing the bot's user id (from
//     Options.Self/SelfFor or the `authorizations` Slack puts in every
//     delivery); when it is unknown the app_mention gets a ":mention"
//     suffix instead so the mention is not lost. Edits add ":e{edited ts}",
//     deletions ":d". Keying by event_id instead would dedup retries just
//     as well but deliver every mention twice.
//   - block_actions: "slack:{team}:action:{trigger_id}:{index}".
//   - slash commands: "slack:{team}:command:{trigger_id}".
package slackin

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/inbox"
)

// Sink receives converted events: the durable inbox. Put returns nil once
// ev is durable, an error satisfying inbox.IsDuplicate (it wraps
// inbox.ErrDuplicate) for an id it has already accepted, and any other
// error when it could not store ev (then Slack is not acknowledged and
// delivers again).
type Sink = inbox.Sink

// Identity is the bot's own identity in one workspace: the bot user id and
// bot id that auth.test returns (user_id, bot_id). Messages from it are
// never delivered, and "<@UserID>" in a message's text sets Mentioned.
type Identity struct {
	UserID string
	BotID  string
}

// DefaultMaxBody is the body cap when Options.MaxBody is not set.
const DefaultMaxBody = 1 << 20

// DefaultPutTimeout is Options.PutTimeout when it is not set: under
// Slack's 3 s ack deadline.
const DefaultPutTimeout = 2500 * time.Millisecond

// Options configure the HTTP handler and the Socket Mode runner.
type Options struct {
	// SigningSecret verifies HTTP requests (required by NewHandler;
	// unused in Socket Mode).
	SigningSecret string
	// MaxBody caps every request body; a larger body is answered 413.
	// <= 0 means DefaultMaxBody.
	MaxBody int64

	// IgnoreBots drops messages from other bots (the bot's own messages
	// are always dropped). IgnoreEdits drops message_changed and
	// message_deleted (and app_mention events caused by an edit).
	IgnoreBots  bool
	IgnoreEdits bool

	// Self is the bot's identity for a single-workspace install (from
	// auth.test). SelfFor, if set, gives it per team (multi-workspace
	// installations); its answer is used in addition to Self. The bot user
	// id Slack lists in an event's `authorizations` (is_bot) is used too.
	Self    Identity
	SelfFor func(team string) Identity

	// OnUninstall is called (synchronously, before the ack: keep it fast)
	// for app_uninstalled, and for tokens_revoked when bot tokens were
	// revoked (or the event does not say which).
	OnUninstall func(team string)

	// Ready reports readiness for GET /readyz (e.g. skills loaded); nil
	// means always ready. /healthz and the Slack endpoints never consult it.
	Ready func() error
	// ReadyDetail, if set, is appended to a ready answer, e.g. the skills
	// that failed to load while the others serve.
	ReadyDetail func() string

	// CommandAck, if set, returns a short ephemeral text sent back with
	// the immediate ack of a slash command ("" for an empty ack). It runs
	// on the ack path and must not block.
	CommandAck func(cmd slack.SlashCommand) string

	// PutTimeout is the deadline of the ctx each Sink.Put gets; <= 0
	// means DefaultPutTimeout. It bounds the wait only for a Sink that
	// honours ctx: such a Put that runs out of time is answered with a 500
	// (Socket Mode: no ack) and Slack delivers again. The host's inbox
	// (*inbox.Inbox) answers once its write is durable or failed, however
	// long that takes, since giving up earlier could let a retry store the
	// event twice; there ctx ends only its wait for an earlier, still
	// unfinished write of the same id.
	PutTimeout time.Duration

	Logger *slog.Logger
	// Clock decides the request-timestamp window (see MaxSkew) and stamps
	// abi.Event.Time. If it is a clock.TimerClock, Socket Mode also waits
	// out its reconnect backoff on it (so tests can use clock.Fake).
	// nil: the system clock.
	Clock   clock.Clock
	Metrics *Metrics // nil: counters that are not registered anywhere

	// Socket Mode only.

	// HTTPClient calls apps.connections.open (nil: a client with a 10 s
	// timeout). Dialer opens the WebSocket (nil: a dialer with a 10 s
	// handshake timeout, the environment's proxy and a 32 KiB write
	// buffer so an ack is never split into continuation frames).
	HTTPClient *http.Client
	Dialer     *websocket.Dialer
	// Workers put envelopes into the Sink in parallel, one conversation
	// always on the same worker so its events reach the Sink in order.
	// <= 0 means 8.
	Workers int
	// PingInterval is how often the client pings Slack; a connection on
	// which nothing at all (message, ping, pong) arrived for two intervals
	// is dead and replaced. <= 0 means 15 s.
	PingInterval time.Duration
	// ReconnectMin and ReconnectMax bound the wait before reconnecting
	// after a connection dropped or could not be opened: ReconnectMin
	// doubled for each consecutive failure, plus up to 50 % jitter, never
	// more than ReconnectMax. A connection that stayed up ReconnectMax
	// resets the sequence. A `disconnect` Slack asks for is not a failure:
	// the new connection is opened at once, before the old one closes.
	// Defaults 500 ms and 30 s.
	ReconnectMin, ReconnectMax time.Duration
}

// FromConfig returns Options filled from bot.toml: signing secret, body
// cap and filtering switches. The caller adds the Sink-related and identity
// options.
func FromConfig(cfg *config.Config) Options {
	return Options{
		SigningSecret: cfg.Slack.SigningSecret,
		MaxBody:       cfg.Bot.MaxBody,
		IgnoreBots:    cfg.Slack.IgnoreBots,
		IgnoreEdits:   cfg.Slack.IgnoreEdits,
		CommandAck:    commandAckText(cfg.Slack.CommandAck),
	}
}

// commandAckText is a CommandAck answering every command with text ("":
// none).
func commandAckText(text string) func(slack.SlashCommand) string {
	if text == "" {
		return nil
	}
	return func(slack.SlashCommand) string { return text }
}

func (o *Options) setDefaults() {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.PutTimeout <= 0 {
		o.PutTimeout = DefaultPutTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics(nil)
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.PingInterval <= 0 {
		o.PingInterval = 15 * time.Second
	}
	if o.ReconnectMin <= 0 {
		o.ReconnectMin = 500 * time.Millisecond
	}
	if o.ReconnectMax <= 0 {
		o.ReconnectMax = 30 * time.Second
	}
	if o.ReconnectMax < o.ReconnectMin {
		o.ReconnectMax = o.ReconnectMin
	}
}
