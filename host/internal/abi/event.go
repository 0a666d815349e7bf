package abi

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"
)

// Event kinds (docs/ABI.md §3.1).
const (
	KindMessage  = "message"
	KindCommand  = "command"
	KindAction   = "action"
	KindTimer    = "timer"
	KindSchedule = "schedule"
	KindWebhook  = "webhook"
)

// Event is one event on its way to skills: every ingress adapter (console,
// Events API, Socket Mode, timers, webhooks) produces this one shape, and
// the dispatcher routes it. Fields a kind does not use stay empty.
type Event struct {
	ID   string
	Kind string
	Team string
	Time time.Time // when the host received it

	// message, command, action
	Text      string
	User      string
	Channel   string
	TS        string
	ThreadTS  string
	IsDM      bool
	Mentioned bool
	BotID     string

	// command
	Command     string
	ResponseURL string
	TriggerID   string

	// action
	ActionID  string
	Value     string
	MessageTS string
	BlockID   string

	// timer, schedule
	Name    string
	Payload []byte
	Due     time.Time // timer due time, schedule slot
	Late    bool

	// webhook
	Hook    string
	Method  string
	Path    string
	Headers map[string]string
	Body    []byte

	// Skill targets one skill directly (timers, schedules, webhooks and
	// `bothost invoke`); empty means "route by the skills' subscriptions".
	// It is not sent to the guest.
	Skill string
}

// Conversation returns the key events are ordered by: events of one
// conversation are handled in order, different conversations in parallel.
func (e *Event) Conversation() string {
	if e.Channel == "" {
		return e.Kind + ":" + e.Skill + ":" + e.Name + e.Hook
	}
	return e.Team + "/" + e.Channel
}

// AppendRecord encodes e as an event record (docs/ABI.md §3.1) onto b.
func (e *Event) AppendRecord(b []byte) []byte {
	b = AppendString(b, "kind", e.Kind)
	b = AppendString(b, "id", e.ID)
	b = AppendString(b, "team", e.Team)
	if !e.Time.IsZero() {
		b = appendInt(b, "time", e.Time.UnixMilli())
	}
	b = AppendString(b, "text", e.Text)
	b = AppendString(b, "user", e.User)
	b = AppendString(b, "channel", e.Channel)
	b = AppendString(b, "ts", e.TS)
	b = AppendString(b, "thread_ts", e.ThreadTS)
	if e.IsDM {
		b = AppendString(b, "is_dm", "1")
	}
	if e.Mentioned {
		b = AppendString(b, "mentioned", "1")
	}
	b = AppendString(b, "bot_id", e.BotID)
	b = AppendString(b, "command", e.Command)
	b = AppendString(b, "response_url", e.ResponseURL)
	b = AppendString(b, "trigger_id", e.TriggerID)
	b = AppendString(b, "action_id", e.ActionID)
	b = AppendString(b, "value", e.Value)
	b = AppendString(b, "message_ts", e.MessageTS)
	b = AppendString(b, "block_id", e.BlockID)
	b = AppendString(b, "name", e.Name)
	if len(e.Payload) > 0 {
		b = AppendEntry(b, "payload", e.Payload)
	}
	if !e.Due.IsZero() {
		switch e.Kind {
		case KindSchedule:
			b = appendInt(b, "slot", e.Due.UnixMilli())
		default:
			b = appendInt(b, "due", e.Due.UnixMilli())
		}
	}
	if e.Late {
		b = AppendString(b, "late", "1")
	}
	b = AppendString(b, "hook", e.Hook)
	b = AppendString(b, "method", e.Method)
	b = AppendString(b, "path", e.Path)
	if len(e.Headers) > 0 {
		b = AppendHeaders(b, "headers", e.Headers)
	}
	if len(e.Body) > 0 {
		b = AppendEntry(b, "body", e.Body)
	}
	return b
}

// Validate checks what the ABI promises skills about an event.
func (e *Event) Validate() error {
	switch e.Kind {
	case KindMessage, KindCommand, KindAction, KindTimer, KindSchedule, KindWebhook:
	default:
		return fmt.Errorf("event %q: unknown kind %q", e.ID, e.Kind)
	}
	if e.ID == "" {
		return fmt.Errorf("%s event: missing id", e.Kind)
	}
	if !utf8.ValidString(e.Text) {
		return fmt.Errorf("event %q: text is not valid UTF-8", e.ID)
	}
	return nil
}

func appendInt(b []byte, key string, v int64) []byte {
	var tmp [20]byte
	return AppendEntry(b, key, strconv.AppendInt(tmp[:0], v, 10))
}

// AppendHeaders writes a nested record (header name → value) with keys in
// sorted order, so the same headers always encode to the same bytes. Names
// longer than a record key allows (255 bytes) are dropped. Used for event
// and http_fetch records alike.
func AppendHeaders(b []byte, key string, h map[string]string) []byte {
	names := make([]string, 0, len(h))
	size := 0
	for k, v := range h {
		if len(k) == 0 || len(k) > 255 {
			continue
		}
		names = append(names, k)
		size += 1 + len(k) + 4 + len(v)
	}
	sort.Strings(names)
	b = append(b, byte(len(key)))
	b = append(b, key...)
	b = binary.LittleEndian.AppendUint32(b, uint32(size))
	for _, k := range names {
		b = AppendEntry(b, k, []byte(h[k]))
	}
	return b
}

// DecodeEvent parses an event record; the inverse of AppendRecord, used by
// tests and by `bothost invoke` to show what a skill received.
func DecodeEvent(rec []byte) (Event, error) {
	var e Event
	r := NewReader(rec)
	for {
		k, v, ok := r.Next()
		if !ok {
			break
		}
		s := string(v)
		switch string(k) {
		case "kind":
			e.Kind = s
		case "id":
			e.ID = s
		case "team":
			e.Team = s
		case "time":
			e.Time = parseMillis(s)
		case "text":
			e.Text = s
		case "user":
			e.User = s
		case "channel":
			e.Channel = s
		case "ts":
			e.TS = s
		case "thread_ts":
			e.ThreadTS = s
		case "is_dm":
			e.IsDM = s == "1"
		case "mentioned":
			e.Mentioned = s == "1"
		case "bot_id":
			e.BotID = s
		case "command":
			e.Command = s
		case "response_url":
			e.ResponseURL = s
		case "trigger_id":
			e.TriggerID = s
		case "action_id":
			e.ActionID = s
		case "value":
			e.Value = s
		case "message_ts":
			e.MessageTS = s
		case "block_id":
			e.BlockID = s
		case "name":
			e.Name = s
		case "payload":
			e.Payload = append([]byte(nil), v...)
		case "due", "slot":
			e.Due = parseMillis(s)
		case "late":
			e.Late = s == "1"
		case "hook":
			e.Hook = s
		case "method":
			e.Method = s
		case "path":
			e.Path = s
		case "headers":
			e.Headers = map[string]string{}
			hr := NewReader(v)
			for {
				hk, hv, ok := hr.Next()
				if !ok {
					break
				}
				e.Headers[string(hk)] = string(hv)
			}
			if err := hr.Err(); err != nil {
				return e, fmt.Errorf("headers: %w", err)
			}
		case "body":
			e.Body = append([]byte(nil), v...)
		}
	}
	return e, r.Err()
}

func parseMillis(s string) time.Time {
	ms, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}
