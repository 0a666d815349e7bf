package skill

import "strings"

// MessageRef names one message: its channel and its ts or reference.
//
// What the host hands back from Reply and Post is a reference,
// "bothost:<n>", not Slack's ts: messages go out after the handler
// returns, through the host's durable outbox, so the ts does not exist
// yet (docs/ABI.md §2.4). The console, `bothost invoke` and the fake
// hosts (skilltest, bothost::fake) return references of the same shape,
// so a skill tested locally behaves as in Slack.
//
// A reference is good for:
//   - updating the message later (UpdateRef, or Message.TS), from any
//     event, for 7 days;
//   - posting into its thread (Message.ThreadTS);
//   - keying state by message: store ref.String() in KV (it is the
//     channel and the reference; ParseMessageRef reads it back).
//
// It is not a Slack ts: do not parse it, compare it with a ts, or show
// it. A button click on the message arrives with Slack's real ts
// (Event.MessageTS, Event.MessageRef), which is not the reference the
// post returned: to find state for a clicked message, key the state by
// something in the button itself (its action_id suffix or value, set when
// the message was built), not by the message's ts.
//
// A slash command's reply is posted with chat.postMessage when the bot can
// post in the channel, else through the command's response_url; either
// way the reference updates it (through the same response_url with
// replace_original when that is how it went out).
type MessageRef struct {
	Channel string
	TS      string // a "bothost:<n>" reference or a Slack ts
}

// IsZero reports whether r names no message.
func (r MessageRef) IsZero() bool { return r.Channel == "" || r.TS == "" }

// String is "CHANNEL TS", the form ParseMessageRef reads (for KV).
func (r MessageRef) String() string { return r.Channel + " " + r.TS }

// ParseMessageRef reads what MessageRef.String wrote.
func ParseMessageRef(s string) (MessageRef, bool) {
	ch, ts, ok := strings.Cut(s, " ")
	r := MessageRef{Channel: ch, TS: ts}
	return r, ok && !r.IsZero()
}

// ReplyRef is Reply returning a reference to the new message, with the
// channel of the event being handled.
func ReplyRef(m Message) (MessageRef, error) {
	ts, err := Reply(m)
	if err != nil {
		return MessageRef{}, err
	}
	return MessageRef{Channel: current.Channel(), TS: ts}, nil
}

// PostRef is Post returning a reference to the new message.
func PostRef(m Message) (MessageRef, error) {
	ts, err := Post(m)
	if err != nil {
		return MessageRef{}, err
	}
	return MessageRef{Channel: m.Channel, TS: ts}, nil
}

// UpdateRef replaces the message ref with m's text and blocks.
func UpdateRef(ref MessageRef, m Message) error {
	m.Channel, m.TS = ref.Channel, ref.TS
	return Update(m)
}

// MessageRef is the message the event is about: for an action, the
// message the element is on; for a message event, that message.
func (e *Event) MessageRef() MessageRef {
	ts := e.MessageTS()
	if ts == "" {
		ts = e.TS()
	}
	return MessageRef{Channel: e.Channel(), TS: ts}
}
