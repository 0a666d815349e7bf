// Package wasmrt runs skills: it compiles a .wasm file once per version,
// validates it against ABI v1, keeps a pool of sandboxed instances and
// implements the bothost_v1 host functions.
//
// Isolation model (see docs/RATIONALE.md): every skill version gets its own
// wazero Runtime, so nothing but the on-disk compilation cache is shared
// between mutually untrusted modules; each Runtime carries the skill's
// memory cap, and every call runs under the skill's deadline with
// close-on-context-done, so a runaway loop is interrupted and its instance
// thrown away.
package wasmrt

import (
	"context"
	"log/slog"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/store"
)

// Services are the parts of the host that host functions reach. Each is an
// interface so `bothost invoke`, the console and the Slack host plug in
// different implementations behind the same ABI.
type Services struct {
	KV      store.KV
	Outbox  Outbox
	Timers  Timers  // nil: timer_set/timer_cancel answer ERR_UNAVAILABLE
	Fetcher Fetcher // nil: http_fetch answers ERR_NOT_PERMITTED
	Slack   SlackCaller
	Clock   clock.Clock
	Logger  *slog.Logger
	// Workspace names the host's only workspace, for events that carry
	// none (schedules, webhooks) of a skill without a `workspace` key; it
	// answers "" when there is none or several. nil: "".
	Workspace func() string
}

// SendOp is what a Send asks for.
type SendOp int

// Send operations. A reply is a post whose conversation the host resolved
// from the event being handled.
const (
	OpPost SendOp = iota
	OpUpdate
)

func (o SendOp) String() string {
	if o == OpUpdate {
		return "update"
	}
	return "post"
}

// Send is one outbound message, fully resolved (channel, thread).
type Send struct {
	Skill   string
	Op      SendOp
	Reply   bool // came from reply(): answers Event
	Team    string
	Msg     abi.Message
	EventID string
	// Seq numbers the sends of one handling of EventID from 1. A handler
	// run again for the same event (after a crash) produces the same
	// (EventID, Skill, Seq) triples, so a durable outbox can drop the
	// repeats.
	Seq int
	// ResponseURL is set when replying to a slash command or action, for
	// adapters that answer through it.
	ResponseURL string
	// MaxPending is the skill's outbox_pending quota: an outbox that
	// queues refuses a message (wrapping ErrQuota) while the skill has
	// that many waiting. 0: no limit.
	MaxPending int
}

// Outbox delivers messages. Send returns what reply/post hand back to the
// skill once the outbox has accepted the message: the Slack ts for an
// outbox that delivers at once (console, invoke), or a message reference
// ("bothost:<n>", docs/ABI.md §2.4) for the durable outbox, which delivers
// later and resolves references passed back as ts or thread_ts.
type Outbox interface {
	Send(ctx context.Context, s Send) (ts string, err error)
}

// Timers stores per-skill named timers. SetIn replaces a timer of the
// same name; it fails with store.ErrQuota past max pending timers. team
// is the workspace of the event that set it: the timer fires into that
// workspace ("" for none).
type Timers interface {
	SetIn(ctx context.Context, team, skill, name string, payload []byte, due time.Time, max int) error
	Cancel(ctx context.Context, skill, name string) error // store.ErrNotFound
}

// Fetcher performs http_fetch for a skill; allow is the skill's
// http_allow. It returns a response record or an ABI code.
type Fetcher interface {
	Fetch(ctx context.Context, skill string, allow []string, request []byte) ([]byte, abi.Code, error)
}

// SlackCaller makes a read-only Slack Web API call for skill with the bot
// token of team (docs/ABI.md, slack_call). The method is already checked
// against the skill's slack_read grant. It returns Slack's JSON answer
// (ok:false answers included: Slack's own "no" is the skill's to read) or
// a code: ERR_UNAVAILABLE for network trouble, a 5xx or a 429 (with
// retryAfter from Slack's Retry-After), ERR_QUOTA past the skill's rate,
// ERR_DEADLINE when ctx ended, ERR_TOO_LARGE for an oversized answer.
type SlackCaller interface {
	Call(ctx context.Context, skill, team, method string, args map[string]string) (answer []byte, retryAfter time.Duration, code abi.Code, err error)
}
