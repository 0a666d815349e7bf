package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/wasmrt"
)

type resultKind int

const (
	resOK          resultKind = iota
	resRetry                  // counts against Options.Attempts, then backoff
	resRateLimited            // 429: wait retryAfter, no attempt used
	resWait                   // wait retryAfter for a referenced message, no attempt used
	resPermanent              // dead-letter now
	resAborted                // delivery is stopping: leave the message pending
)

// result is the outcome of one delivery attempt.
type result struct {
	kind       resultKind
	state      string // resOK: stateSent, stateEphemeral or stateResponseURL
	ts         string // resOK: Slack's ts, if any
	err        error
	reason     string // resPermanent: label for the dead-letter counter
	retryAfter time.Duration
	// maybeSent: a chat.postMessage failed in a way that does not prove
	// Slack did not post it (timeout, connection lost after the request
	// went out, 5xx, internal_error).
	maybeSent bool
}

// permanentError is an error no retry can fix.
type permanentError struct {
	reason string
	err    error
}

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// refWaitError means a referenced message is not delivered yet.
type refWaitError struct{ err error }

func (e *refWaitError) Error() string { return e.err.Error() }

// Slack error codes (ok:false) that a later call may not get. Every other
// code is permanent: retrying a channel_not_found, invalid_blocks or
// msg_too_long only delays the next message of the channel.
var transientSlackErrors = map[string]bool{
	"internal_error":      true,
	"fatal_error":         true,
	"service_unavailable": true,
	"request_timeout":     true,
}

var rateLimitSlackErrors = map[string]bool{"ratelimited": true, "rate_limited": true}

// attempt makes one delivery call for it. It runs on a worker without
// any lock held.
func (o *Outbox) attempt(ctx context.Context, it *item) result {
	if ctx.Err() != nil {
		return result{kind: resAborted}
	}
	r := &it.rec
	if r.Op == wasmrt.OpUpdate {
		if url, ok := o.responseURLOf(r.TS); ok {
			return o.updateResponseURL(ctx, r, url)
		}
	}
	ts, res, ok := o.resolveField(r.TS, "ts")
	if !ok {
		return o.finish(ctx, "resolve", res.err)
	}
	thread, res, ok := o.resolveField(r.ThreadTS, "thread_ts")
	if !ok {
		return o.finish(ctx, "resolve", res.err)
	}
	viaURL := r.Op == wasmrt.OpPost && r.Reply && r.ResponseURL != "" && r.EphemeralUser == ""
	if viaURL && (o.opt.ResponseURLFirst || it.viaResponseURL) {
		return o.postResponseURL(ctx, r, thread)
	}
	tok, err := o.token(ctx, r.Team)
	var perm *permanentError
	if err != nil && viaURL && errors.As(err, &perm) {
		// No installation to post with, but the response_url needs none.
		it.viaResponseURL = true
		return o.postResponseURL(ctx, r, thread)
	}
	if err != nil {
		return o.finish(ctx, "token", err)
	}
	api := o.client(tok)
	blocks, err := blockOptions(r.Blocks, r.Op == wasmrt.OpUpdate)
	if err != nil {
		return o.finish(ctx, "blocks", &permanentError{"invalid", err})
	}
	opts := append([]slack.MsgOption{slack.MsgOptionText(r.Text, false)}, blocks...)
	cctx, cancel := context.WithTimeout(ctx, o.opt.CallTimeout)
	defer cancel()
	switch {
	case r.Op == wasmrt.OpUpdate:
		_, _, _, err = api.UpdateMessageContext(cctx, r.Channel, ts, opts...)
		return o.finishOK(ctx, "chat.update", stateSent, ts, err)
	case r.EphemeralUser != "":
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		_, err = api.PostEphemeralContext(cctx, r.Channel, r.EphemeralUser, opts...)
		return o.finishOK(ctx, "chat.postEphemeral", stateEphemeral, "", err)
	default:
		if thread != "" {
			opts = append(opts, slack.MsgOptionTS(thread))
		}
		opts = append(opts, slack.MsgOptionMetadata(o.metadata(it.n)))
		var newTS string
		_, newTS, err = api.PostMessageContext(cctx, r.Channel, opts...)
		if err != nil && viaURL && cannotReach(err) {
			// A slash command in a channel the bot is not in, or a DM
			// between two users: only the response_url reaches it.
			it.viaResponseURL = true
			return o.postResponseURL(ctx, r, thread)
		}
		res := o.finishOK(ctx, "chat.postMessage", stateSent, newTS, err)
		res.maybeSent = res.kind == resRetry && mayHaveArrived(err)
		return res
	}
}

// postResponseURL answers through the event's response_url, as a message
// visible in the channel. Slack answers it without a ts.
func (o *Outbox) postResponseURL(ctx context.Context, r *record, thread string) result {
	blocks, err := blockOptions(r.Blocks, false)
	if err != nil {
		return o.finish(ctx, "blocks", &permanentError{"invalid", err})
	}
	opts := append([]slack.MsgOption{
		slack.MsgOptionResponseURL(r.ResponseURL, slack.ResponseTypeInChannel),
		slack.MsgOptionText(r.Text, false),
	}, blocks...)
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	cctx, cancel := context.WithTimeout(ctx, o.opt.CallTimeout)
	defer cancel()
	_, _, err = o.anon.PostMessageContext(cctx, r.Channel, opts...)
	// The outcome keeps the response_url in place of the ts it does not
	// have, so an update of this reply can go the same way.
	return o.finishOK(ctx, "response_url", stateResponseURL, r.ResponseURL, err)
}

// responseURLOf returns the response_url a reference's message went out
// through, if it was delivered that way.
func (o *Outbox) responseURLOf(v string) (string, bool) {
	n, isRef := refNumber(v)
	if !isRef {
		return "", false
	}
	d, pending, ok := o.outcome(n)
	if !ok || pending || d.State != stateResponseURL || d.TS == "" {
		return "", false
	}
	return d.TS, true
}

// updateResponseURL updates a message that was answered through a
// response_url (a slash command's reply where the bot could not post):
// it has no ts for chat.update, but Slack replaces it when the same
// response_url is used with replace_original (within its 30 minutes and
// 5 uses; after that Slack refuses and the update is dead-lettered).
func (o *Outbox) updateResponseURL(ctx context.Context, r *record, url string) result {
	blocks, err := blockOptions(r.Blocks, true)
	if err != nil {
		return o.finish(ctx, "blocks", &permanentError{"invalid", err})
	}
	opts := append([]slack.MsgOption{
		slack.MsgOptionResponseURL(url, slack.ResponseTypeInChannel),
		slack.MsgOptionReplaceOriginal(url),
		slack.MsgOptionText(r.Text, false),
	}, blocks...)
	cctx, cancel := context.WithTimeout(ctx, o.opt.CallTimeout)
	defer cancel()
	_, _, err = o.anon.PostMessageContext(cctx, r.Channel, opts...)
	return o.finishOK(ctx, "response_url", stateResponseURL, url, err)
}

func (o *Outbox) finishOK(ctx context.Context, method, state, ts string, err error) result {
	if err == nil {
		return result{kind: resOK, state: state, ts: ts}
	}
	return o.finish(ctx, method, err)
}

// finish classifies a failed call.
func (o *Outbox) finish(ctx context.Context, method string, err error) result {
	if ctx.Err() != nil {
		return result{kind: resAborted, err: err}
	}
	err = callError(method, err, o.opt.CallTimeout)
	var (
		perm *permanentError
		wait *refWaitError
		rl   *slack.RateLimitedError
		sc   slack.StatusCodeError
		se   slack.SlackErrorResponse
	)
	switch {
	case errors.As(err, &perm):
		return result{kind: resPermanent, err: err, reason: perm.reason}
	case errors.As(err, &wait):
		return result{kind: resWait, err: err, retryAfter: time.Second}
	case errors.As(err, &rl):
		ra := rl.RetryAfter
		if ra <= 0 {
			ra = o.opt.DefaultRetryAfter
		}
		return result{kind: resRateLimited, err: err, retryAfter: ra}
	case errors.As(err, &sc):
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return result{kind: resRateLimited, err: err, retryAfter: o.opt.DefaultRetryAfter}
		case sc.Code >= 500:
			return result{kind: resRetry, err: err}
		}
		return result{kind: resPermanent, err: err, reason: "permanent"}
	case errors.As(err, &se):
		switch {
		case rateLimitSlackErrors[se.Err]:
			return result{kind: resRateLimited, err: err, retryAfter: o.opt.DefaultRetryAfter}
		case transientSlackErrors[se.Err]:
			return result{kind: resRetry, err: err}
		}
		return result{kind: resPermanent, err: err, reason: "permanent"}
	}
	// Timeouts, connection errors, unreadable answers.
	return result{kind: resRetry, err: err}
}

// callError names the failed method and strips the request URL from
// transport errors: a response_url is a credential.
func callError(method string, err error, timeout time.Duration) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if errors.Is(ue.Err, context.DeadlineExceeded) {
			return fmt.Errorf("%s: no answer within %s: %w", method, timeout, ue.Err)
		}
		return fmt.Errorf("%s: %w", method, ue.Err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: no answer within %s: %w", method, timeout, err)
	}
	return fmt.Errorf("%s: %w", method, err)
}

// mayHaveArrived reports whether a failed call may still have been
// carried out by Slack: everything but a failure to connect at all.
func mayHaveArrived(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return false
	}
	var dns *net.DNSError
	return !errors.As(err, &dns)
}

// cannotReach reports errors meaning the bot cannot post in the
// conversation.
func cannotReach(err error) bool {
	var se slack.SlackErrorResponse
	return errors.As(err, &se) && (se.Err == "not_in_channel" || se.Err == "channel_not_found")
}

// resolveField turns a reference in a message field into the real ts.
func (o *Outbox) resolveField(v, field string) (string, result, bool) {
	n, isRef := refNumber(v)
	if !isRef {
		return v, result{}, true
	}
	d, pending, ok := o.outcome(n)
	fail := func(err error) (string, result, bool) { return "", result{err: err}, false }
	switch {
	case !ok:
		return fail(&permanentError{"bad_ref", fmt.Errorf("%s %s is unknown (never issued, or older than the retention)", field, v)})
	case pending:
		return fail(&refWaitError{fmt.Errorf("%s %s is not delivered yet", field, v)})
	case d.State == stateDead:
		return fail(&permanentError{"bad_ref", fmt.Errorf("%s %s was dead-lettered: %s", field, v, d.Err)})
	case d.State == stateResponseURL:
		return fail(&permanentError{"bad_ref", fmt.Errorf("%s %s was answered through a response_url and has no ts", field, v)})
	case d.State == stateEphemeral || d.TS == "":
		return fail(&permanentError{"bad_ref", fmt.Errorf("%s %s was ephemeral and has no ts", field, v)})
	}
	return d.TS, result{}, true
}

// token asks the host for the team's bot token.
func (o *Outbox) token(ctx context.Context, team string) (string, error) {
	tctx, cancel := context.WithTimeout(ctx, o.opt.CallTimeout)
	defer cancel()
	tok, err := o.tokens.BotToken(tctx, team)
	if errors.Is(err, ErrNoToken) || (err == nil && tok == "") {
		return "", &permanentError{"no_token", fmt.Errorf("team %q has no bot token (not installed?)", team)}
	}
	if err != nil {
		return "", fmt.Errorf("bot token of team %q: %w", team, err)
	}
	return tok, nil
}

// maxClients bounds the client cache; tokens change rarely, so dropping
// the whole cache when it is full costs nothing worth optimising.
const maxClients = 1024

// client returns the cached slack.Client for a token. slack-go's own
// retries are off by default (we do not set OptionRetry), so its calls
// never double up with the outbox's retries.
func (o *Outbox) client(tok string) *slack.Client {
	o.clientsMu.Lock()
	defer o.clientsMu.Unlock()
	c, ok := o.clients[tok]
	if !ok {
		if len(o.clients) >= maxClients {
			clear(o.clients)
		}
		c = slack.New(tok, slack.OptionHTTPClient(o.opt.HTTPClient), slack.OptionAPIURL(o.opt.APIURL))
		o.clients[tok] = c
	}
	return c
}

// rawBlock passes a skill's Block Kit JSON through slack-go untouched
// (decoding into slack-go's types would drop fields it does not know).
type rawBlock json.RawMessage

func (b rawBlock) BlockType() slack.MessageBlockType {
	var t struct {
		Type string `json:"type"`
	}
	_ = json.Unmarshal(b, &t)
	return slack.MessageBlockType(t.Type)
}

func (b rawBlock) ID() string {
	var t struct {
		ID string `json:"block_id"`
	}
	_ = json.Unmarshal(b, &t)
	return t.ID
}

func (b rawBlock) MarshalJSON() ([]byte, error) { return b, nil }

// blockOptions turns stored blocks into a message option. An update
// without blocks sends an empty list: the message is replaced, and Slack
// would otherwise keep the old blocks (buttons and all).
func blockOptions(raw json.RawMessage, update bool) ([]slack.MsgOption, error) {
	if len(raw) == 0 {
		if update {
			return []slack.MsgOption{slack.MsgOptionBlocks()}, nil
		}
		return nil, nil
	}
	var bs []json.RawMessage
	if err := json.Unmarshal(raw, &bs); err != nil {
		return nil, fmt.Errorf("blocks are not a JSON array: %w", err)
	}
	blocks := make([]slack.Block, len(bs))
	for i, b := range bs {
		blocks[i] = rawBlock(b)
	}
	return []slack.MsgOption{slack.MsgOptionBlocks(blocks...)}, nil
}
