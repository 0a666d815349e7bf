// Package inbox is the host's durable inbox: every event that reaches the
// host (Slack Events API, Socket Mode, interactivity, slash commands,
// webhooks, fired timers and schedule slots) is written here, fsynced, and
// only then acknowledged to its sender. Skills run afterwards, from the
// inbox, so an event acked once is processed even if the host is killed
// right after the ack.
//
// Put deduplicates by abi.Event.ID for the dedup window (default one hour):
// a second Put of an id already accepted returns an error for which
// errors.Is(err, ErrDuplicate) holds, and the event is not stored again.
// Senders treat that as success (ack it), which is what makes Slack's
// retries and a timer re-fired after a crash reach the skills once.
package inbox

import (
	"context"
	"errors"

	"github.com/bothost/bothost/host/internal/abi"
)

// ErrDuplicate is returned (wrapped) by Put for an event id the inbox has
// already accepted within its dedup window. The event is durable: ack it.
var ErrDuplicate = errors.New("inbox: duplicate event id")

// ErrTooLarge is returned (wrapped, with the event id and sizes) by Put
// for an event whose record (abi.Event.AppendRecord) is over
// abi.MaxEventSize: no skill could be handed it. Nothing is stored and the
// id is not remembered; resending the same event fails the same way.
var ErrTooLarge = errors.New("inbox: event too large")

// ErrClosed is returned by Put after Close.
var ErrClosed = errors.New("inbox: closed")

// Sink is what ingress adapters write to: Put returns nil once ev is
// durable (fsynced), ErrDuplicate if it already was, ErrTooLarge if it is
// over abi.MaxEventSize, or another error if it could not be stored (then
// the sender must not ack).
type Sink interface {
	Put(ctx context.Context, ev *abi.Event) error
}

// IsDuplicate reports whether err means "already accepted".
func IsDuplicate(err error) bool { return errors.Is(err, ErrDuplicate) }
