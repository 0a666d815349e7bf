package abi

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Message is what a skill asks the host to send (docs/ABI.md §3.2).
type Message struct {
	Text          string
	Blocks        json.RawMessage
	InThread      bool
	Channel       string
	ThreadTS      string
	TS            string
	EphemeralUser string
}

// DecodeMessage parses and validates a message record from a guest. The
// returned Message owns its bytes (the record may alias guest memory).
func DecodeMessage(rec []byte) (Message, Code, error) {
	if len(rec) > MaxMessageSize {
		return Message{}, ErrTooLarge, fmt.Errorf("message record is %d bytes, limit %d", len(rec), MaxMessageSize)
	}
	var m Message
	r := NewReader(rec)
	for {
		k, v, ok := r.Next()
		if !ok {
			break
		}
		switch string(k) {
		case "text":
			m.Text = string(v)
		case "blocks":
			m.Blocks = append(json.RawMessage(nil), v...)
		case "in_thread":
			m.InThread = string(v) == "1"
		case "channel":
			m.Channel = string(v)
		case "thread_ts":
			m.ThreadTS = string(v)
		case "ts":
			m.TS = string(v)
		case "ephemeral_user":
			m.EphemeralUser = string(v)
		}
	}
	if err := r.Err(); err != nil {
		return Message{}, ErrInvalidArg, err
	}
	if m.Text == "" && len(m.Blocks) == 0 {
		return Message{}, ErrInvalidArg, fmt.Errorf("message has neither text nor blocks")
	}
	if len(m.Text) > MaxTextLen {
		return Message{}, ErrTooLarge, fmt.Errorf("message text is %d bytes, limit %d", len(m.Text), MaxTextLen)
	}
	if !utf8.ValidString(m.Text) {
		return Message{}, ErrInvalidArg, fmt.Errorf("message text is not valid UTF-8")
	}
	if len(m.Blocks) > 0 && !json.Valid(m.Blocks) {
		return Message{}, ErrInvalidArg, fmt.Errorf("message blocks are not valid JSON")
	}
	return m, OK, nil
}

// AppendRecord encodes m as a message record.
func (m *Message) AppendRecord(b []byte) []byte {
	b = AppendString(b, "text", m.Text)
	if len(m.Blocks) > 0 {
		b = AppendEntry(b, "blocks", m.Blocks)
	}
	if m.InThread {
		b = AppendString(b, "in_thread", "1")
	}
	b = AppendString(b, "channel", m.Channel)
	b = AppendString(b, "thread_ts", m.ThreadTS)
	b = AppendString(b, "ts", m.TS)
	b = AppendString(b, "ephemeral_user", m.EphemeralUser)
	return b
}
