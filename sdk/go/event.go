package skill

import (
	"strconv"
	"time"

	"github.com/bothost/bothost/sdk/go/internal/record"
)

// Event kinds (the event record's `kind` key).
const (
	KindMessage  = "message"
	KindCommand  = "command"
	KindAction   = "action"
	KindTimer    = "timer"
	KindSchedule = "schedule"
	KindWebhook  = "webhook"
)

// Event is one event delivered to a handler (docs/ABI.md §3.1).
//
// It is a view over the event record the host wrote into the module's
// memory: nothing is decoded until an accessor asks for it, and the record
// is not copied. Accessors returning string copy the value, so strings are
// safe to keep; accessors returning []byte (Payload, Body, Lookup, Raw)
// alias the record and are valid only until the handler returns. The *Event
// itself is also valid only until the handler returns.
//
// Accessors return the zero value when the key is absent, including when
// it does not belong to the event's kind. Keys this SDK has no accessor for
// (added by a newer host) are read with Get or Lookup.
type Event struct {
	raw  []byte
	kind string
}

// Kind is one of the Kind constants.
func (e *Event) Kind() string { return e.kind }

// Get returns the value of key as a string, "" when absent. It is the
// forward-compatible way to read keys without a dedicated accessor.
func (e *Event) Get(key string) string {
	v, _ := record.Lookup(e.raw, key)
	return string(v)
}

// Lookup returns the raw value of key and whether the key is present. The
// slice aliases the event record (valid until the handler returns).
func (e *Event) Lookup(key string) ([]byte, bool) {
	return record.Lookup(e.raw, key)
}

// Has reports whether key is present.
func (e *Event) Has(key string) bool {
	_, ok := record.Lookup(e.raw, key)
	return ok
}

// Raw returns the whole event record (valid until the handler returns).
func (e *Event) Raw() []byte { return e.raw }

func (e *Event) flag(key string) bool {
	v, _ := record.Lookup(e.raw, key)
	return len(v) == 1 && v[0] == '1'
}

func (e *Event) millis(key string) time.Time {
	v, ok := record.Lookup(e.raw, key)
	if !ok {
		return time.Time{}
	}
	ms, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}

// Common to all kinds.

// ID is the event's unique id; the host delivers each id once.
func (e *Event) ID() string { return e.Get("id") }

// Team is the Slack workspace id.
func (e *Event) Team() string { return e.Get("team") }

// Time is when the host received the event (zero if absent).
func (e *Event) Time() time.Time { return e.millis("time") }

// Message, command and action events.

// Text is the message text (message) or the text after the command
// (command).
func (e *Event) Text() string { return e.Get("text") }

// User is the id of the user who sent, ran or clicked.
func (e *Event) User() string { return e.Get("user") }

// Channel is the conversation id.
func (e *Event) Channel() string { return e.Get("channel") }

// TS is the message's timestamp, Slack's message id (message).
func (e *Event) TS() string { return e.Get("ts") }

// ThreadTS is the thread the message or clicked message is in, "" when
// not in a thread (message, action).
func (e *Event) ThreadTS() string { return e.Get("thread_ts") }

// IsDM reports whether the message is in a direct message (message).
func (e *Event) IsDM() bool { return e.flag("is_dm") }

// Mentioned reports whether the bot was @-mentioned (message).
func (e *Event) Mentioned() bool { return e.flag("mentioned") }

// BotID is the sending bot's id, "" for humans (message).
func (e *Event) BotID() string { return e.Get("bot_id") }

// Command is the slash command, e.g. "/echo" (command).
func (e *Event) Command() string { return e.Get("command") }

// ResponseURL is Slack's response URL (command, action).
func (e *Event) ResponseURL() string { return e.Get("response_url") }

// TriggerID is Slack's trigger id, for opening modals (command, action).
func (e *Event) TriggerID() string { return e.Get("trigger_id") }

// ActionID is the clicked element's action_id (action).
func (e *Event) ActionID() string { return e.Get("action_id") }

// Value is the clicked element's value (action).
func (e *Event) Value() string { return e.Get("value") }

// MessageTS is the ts of the message the element is on (action).
func (e *Event) MessageTS() string { return e.Get("message_ts") }

// BlockID is the block the element is in (action).
func (e *Event) BlockID() string { return e.Get("block_id") }

// Timer and schedule events.

// Name is the timer's name (timer) or the schedule's name (schedule).
func (e *Event) Name() string { return e.Get("name") }

// Payload is the payload given to TimerSet (timer). It aliases the event
// record: valid until the handler returns; copy it to keep it.
func (e *Event) Payload() []byte {
	v, _ := record.Lookup(e.raw, "payload")
	return v
}

// Due is when the timer was due (timer).
func (e *Event) Due() time.Time { return e.millis("due") }

// Slot is the cron slot the schedule fired for (schedule).
func (e *Event) Slot() time.Time { return e.millis("slot") }

// Late reports that the timer or schedule fired late, after a host outage
// (timer, schedule).
func (e *Event) Late() bool { return e.flag("late") }

// Webhook events.

// Hook is the webhook's name (webhook).
func (e *Event) Hook() string { return e.Get("hook") }

// Method is the HTTP method (webhook).
func (e *Event) Method() string { return e.Get("method") }

// Path is the request path (webhook).
func (e *Event) Path() string { return e.Get("path") }

// Header returns one request header; name must be lower case, as the host
// lower-cases header names (webhook).
func (e *Event) Header(name string) string {
	h, _ := record.Lookup(e.raw, "headers")
	v, _ := record.Lookup(h, name)
	return string(v)
}

// Headers returns all request headers, names lower-cased, secrets removed
// by the host (webhook). It allocates a map: prefer Header for one value.
func (e *Event) Headers() map[string]string {
	h, _ := record.Lookup(e.raw, "headers")
	return decodeHeaders(h)
}

// Body is the request body (webhook). It aliases the event record: valid
// until the handler returns; copy it to keep it.
func (e *Event) Body() []byte {
	v, _ := record.Lookup(e.raw, "body")
	return v
}

// decodeHeaders decodes a nested header record into a map (nil if empty).
func decodeHeaders(rec []byte) map[string]string {
	var m map[string]string
	for {
		k, v, rest, ok := record.Next(rec)
		if !ok {
			return m
		}
		if m == nil {
			m = make(map[string]string)
		}
		m[string(k)] = string(v)
		rec = rest
	}
}
