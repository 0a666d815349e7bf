package skill

import (
	"sort"
	"strconv"
	"time"

	"github.com/bothost/bothost/sdk/go/internal/record"
)

// SlackCall makes a read-only Slack Web API call with the bot token of the
// event's workspace and returns Slack's JSON answer. The methods a skill
// may call are granted in bot.toml:
//
//	[skills.alerts]
//	slack_read = ["users.info", "dnd.info", "usergroups.users.list"]
//
// Grantable are users.info, users.getPresence, dnd.info,
// usergroups.users.list, conversations.members and conversations.info;
// messages are sent with Reply, Post and Update, never through SlackCall.
//
// A method not granted fails with ErrNotPermitted. Slack's own refusals
// are answers, not errors: check "ok" in the JSON ({"ok":false,
// "error":"user_not_found"}). When Slack rate-limits the call (HTTP 429)
// it fails with an error that is ErrUnavailable and whose delay
// RetryAfter returns; other trouble reaching Slack is ErrUnavailable too.
// A call counts against the event's deadline (ErrDeadline) and a
// per-skill rate (ErrQuota past it). In the console and `bothost invoke`,
// which have no Slack, a granted call fails with ErrUnavailable.
func SlackCall(method string, args map[string]string) ([]byte, error) {
	keys := make([]string, 0, len(args))
	for k := range args {
		if len(k) == 0 || len(k) > 255 {
			return nil, ErrInvalidArgument
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := recBuf[:0]
	for _, k := range keys {
		b = record.AppendString(b, k, args[k])
	}
	recBuf = b
	n := hostSlackCall(method, recBuf, scratch[:])
	if n == -6 { // ERR_UNAVAILABLE
		// After a 429 the host keeps Slack's delay (ms, decimal) for
		// result_read; after other failures there is none.
		if m := hostResultRead(scratch[:32]); m > 0 && m <= 32 {
			if ms, err := strconv.ParseInt(string(scratch[:m]), 10, 64); err == nil && ms > 0 {
				return nil, &rateLimitedError{after: time.Duration(ms) * time.Millisecond}
			}
		}
	}
	return resultCopy(n)
}

// rateLimitedError is ErrUnavailable from a Slack 429, with its delay.
type rateLimitedError struct{ after time.Duration }

func (e *rateLimitedError) Error() string {
	return "bothost: unavailable (-6): rate limited by Slack, retry after " + strconv.FormatInt(e.after.Milliseconds(), 10) + "ms"
}

func (e *rateLimitedError) Unwrap() error { return ErrUnavailable }

// RetryAfter reports how long Slack asked to wait when err (or an error
// it wraps) is SlackCall's ErrUnavailable caused by a rate limit (HTTP
// 429). A handler can set a timer for then instead of failing.
func RetryAfter(err error) (time.Duration, bool) {
	for err != nil {
		if e, ok := err.(*rateLimitedError); ok {
			return e.after, true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return 0, false
		}
		err = u.Unwrap()
	}
	return 0, false
}
