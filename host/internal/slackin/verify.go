package slackin

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/slack-go/slack"
)

// MaxSkew is how far a request timestamp may be from the host's clock, in
// either direction.
const MaxSkew = 5 * time.Minute

// verify checks Slack's v0 signature over body. It returns "" when the
// request is authentic, otherwise the reject reason.
//
// The HMAC and its constant-time comparison are slack-go's
// (slack.NewSecretsVerifier). The timestamp window is checked here first,
// in both directions, so a replay with a timestamp in the future is refused
// and the metrics can tell stale from future; slack-go's own check (same
// window, wall clock, not injectable) then runs as well, so an injected
// clock must stay near the wall clock (tests start clock.Fake at
// time.Now()).
func verify(h http.Header, body []byte, secret string, now time.Time) string {
	sig, ts := h.Get("X-Slack-Signature"), h.Get("X-Slack-Request-Timestamp")
	if sig == "" || ts == "" {
		return ReasonMissingSignature
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ReasonBadTimestamp
	}
	switch d := now.Sub(time.Unix(sec, 0)); {
	case d > MaxSkew:
		return ReasonStale
	case d < -MaxSkew:
		return ReasonFuture
	}
	sv, err := slack.NewSecretsVerifier(h, secret)
	if err != nil {
		if errors.Is(err, slack.ErrExpiredTimestamp) {
			// The boundary moved between the two reads of the clock.
			if sec > now.Unix() {
				return ReasonFuture
			}
			return ReasonStale
		}
		return ReasonBadSignature
	}
	if _, err := sv.Write(body); err != nil {
		return ReasonBadSignature
	}
	if sv.Ensure() != nil {
		return ReasonBadSignature
	}
	return ""
}
