package slackin

import (
	"bytes"
	"encoding/json"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// The Events API fast path.
//
// slackevents.ParseEvent decodes a delivery four or five times: the
// envelope into EventsAPIEvent, again into EventsAPICallbackEvent, the
// inner event into slack.Event to learn its type, then into the typed
// event, whose UnmarshalJSON (MessageEvent's) decodes the same bytes once
// more into a slack.Msg; the rich-text blocks of a message are decoded on
// each of the last two passes. On a busy host that was ~15 % of all CPU.
//
// For the deliveries that matter (event_callback carrying a message or an
// app_mention) parseCallback instead scans the body for the envelope's and
// the inner event's "type" (a byte scan that decodes and allocates
// nothing), then decodes the body once, into slack-go's
// EventsAPICallbackEvent with the inner event in the same pass decoded
// into slack-go's slackevents.MessageEvent or slackevents.AppMentionEvent.
// Everything else, and anything the scan is unsure about (an escaped or
// repeated key, a value that is not a plain string, malformed JSON) or the
// decode rejects, goes to slackevents.ParseEvent exactly as before, so
// every other delivery behaves as it always did; the cost for those is
// the scan.
//
// Fields the conversion never reads and that are expensive to decode
// (blocks, attachments, files, a thread_broadcast's root) are skipped
// rather than decoded: they stay empty on the fast path. A change to
// convert.go that starts reading one of them must decode it here too;
// TestFastPathMatchesParseEvent compares both paths on payloads that
// carry all of them and fails if they disagree. A payload slack-go would
// reject only because one of those skipped fields is malformed is
// accepted here (acked and delivered rather than answered 400).

// messageEnvelope and mentionEnvelope are slack-go's event_callback
// envelope with its "event" field (a json.RawMessage in slack-go, left nil
// here) decoded in the same pass into the typed event.
type messageEnvelope struct {
	slackevents.EventsAPICallbackEvent
	Event fastMessage `json:"event"`
}

type mentionEnvelope struct {
	slackevents.EventsAPICallbackEvent
	Event fastAppMention `json:"event"`
}

// messageEventFields is slackevents.MessageEvent without its methods, so
// decoding it does not run MessageEvent.UnmarshalJSON, which decodes the
// same bytes a second time into a slack.Msg. For an ordinary message that
// copy would hold the top-level fields again; the conversion reads
// MessageEvent.Message only for message_changed (where "message" is in
// the payload and is decoded here) and, as a fallback, for fields that
// equal the top-level ones (user, bot_id, deleted_ts), so leaving it nil
// gives the same events.
type messageEventFields slackevents.MessageEvent

// fastMessage decodes a message event, skipping what is costly and unused.
type fastMessage struct {
	messageEventFields
	Blocks          skipJSON   `json:"blocks"`
	Root            skipJSON   `json:"root"`
	Message         *msgFields `json:"message"`
	PreviousMessage *msgFields `json:"previous_message"`
}

// event returns the decoded slack-go event.
func (f *fastMessage) event() *slackevents.MessageEvent {
	me := (*slackevents.MessageEvent)(&f.messageEventFields)
	if f.Message != nil {
		me.Message = &f.Message.Msg
	}
	if f.PreviousMessage != nil {
		me.PreviousMessage = &f.PreviousMessage.Msg
	}
	return me
}

// msgFields is a slack.Msg (message_changed's message and
// previous_message) without its blocks, attachments and files.
type msgFields struct {
	slack.Msg
	Blocks      skipJSON `json:"blocks"`
	Attachments skipJSON `json:"attachments"`
	Files       skipJSON `json:"files"`
}

// fastAppMention is an app_mention event without blocks, attachments and
// files.
type fastAppMention struct {
	slackevents.AppMentionEvent
	Blocks      skipJSON `json:"blocks"`
	Attachments skipJSON `json:"attachments"`
	Files       skipJSON `json:"files"`
}

// skipJSON accepts any JSON value and keeps nothing: the decoder only
// scans past it, allocating nothing.
type skipJSON struct{}

func (*skipJSON) UnmarshalJSON([]byte) error { return nil }

// parseCallback is the fast path: it converts body if it is an
// event_callback carrying a message or app_mention event, decoding it
// once. ok false means the caller must use ParseEvent (another envelope
// type, another inner type, or anything the fast path could not decode).
func (c *core) parseCallback(body []byte) (cv conversion, ok bool) {
	outer, ok := topLevel(body, "type", "event")
	if !ok || string(plain(outer[0])) != slackevents.CallbackEvent || outer[1] == nil {
		return conversion{}, false
	}
	inner, ok := topLevel(outer[1], "type", "")
	if !ok {
		return conversion{}, false
	}
	switch t := plain(inner[0]); {
	case string(t) == "message":
		var env messageEnvelope
		if json.Unmarshal(body, &env) != nil {
			return conversion{}, false
		}
		team, self := c.callbackContext(&env.EventsAPICallbackEvent, "")
		return c.fromMessage(team, self, env.Event.event()), true
	case string(t) == "app_mention":
		var env mentionEnvelope
		if json.Unmarshal(body, &env) != nil {
			return conversion{}, false
		}
		team, self := c.callbackContext(&env.EventsAPICallbackEvent, "")
		return c.fromAppMention(team, self, &env.Event.AppMentionEvent), true
	}
	return conversion{}, false
}

// topLevel scans the JSON object b for the top-level keys k0 and k1 ("":
// none) and returns their raw values (nil for a key that is absent). Keys
// match as encoding/json matches them to struct fields, without regard to
// case. It refuses (ok false) rather than guesses whenever its answer
// could differ from what encoding/json decodes: b is not a well-formed
// object, a key has an escape (it might spell k0 or k1), or k0 or k1
// occurs more than once (encoding/json would merge or overwrite). It
// decodes and allocates nothing.
func topLevel(b []byte, k0, k1 string) (vals [2][]byte, ok bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return vals, false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return vals, skipSpace(b, i+1) == len(b)
	}
	for {
		key, j, ok := plainString(b, i)
		if !ok {
			return vals, false
		}
		i = skipSpace(b, j)
		if i >= len(b) || b[i] != ':' {
			return vals, false
		}
		i = skipSpace(b, i+1)
		start := i
		if i, ok = skipValue(b, i); !ok {
			return vals, false
		}
		for n, k := range [2]string{k0, k1} {
			if k != "" && bytes.EqualFold(key, []byte(k)) {
				if vals[n] != nil {
					return vals, false
				}
				vals[n] = b[start:i]
			}
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return vals, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
			continue
		case '}':
			return vals, skipSpace(b, i+1) == len(b)
		}
		return vals, false
	}
}

// plain returns the contents of v if it is a JSON string without escapes,
// else nil.
func plain(v []byte) []byte {
	s, next, ok := plainString(v, 0)
	if !ok || next != len(v) {
		return nil
	}
	return s
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// plainString reads the string starting at b[i] and returns its contents
// and the index after it; ok is false if there is no string at i or it
// contains an escape or a control character.
func plainString(b []byte, i int) (s []byte, next int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return b[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20:
			return nil, i, false
		}
	}
	return nil, i, false
}

// skipValue returns the index after the JSON value starting at b[i]. It
// only finds the value's end (strings, nesting); whether the value is
// well-formed is left to encoding/json, which decodes the body next.
func skipValue(b []byte, i int) (int, bool) {
	if i >= len(b) {
		return i, false
	}
	switch b[i] {
	case '"':
		for j := i + 1; j < len(b); j++ {
			switch b[j] {
			case '\\':
				j++
			case '"':
				return j + 1, true
			}
		}
		return i, false
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, true
				}
			case '"':
				k, ok := skipValue(b, j)
				if !ok {
					return i, false
				}
				j = k - 1
			}
		}
		return i, false
	case ',', '}', ']', ':':
		return i, false
	}
	// A number, true, false or null: up to the next delimiter.
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	return j, true
}
