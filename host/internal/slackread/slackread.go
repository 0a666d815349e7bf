// Package slackread makes the read-only Slack Web API calls skills ask for
// with slack_call (docs/ABI.md): users.info, users.getPresence, dnd.info,
// usergroups.users.list, conversations.members and conversations.info,
// with the bot token of the event's workspace.
//
// Reads are made at once, inside the handler, and their answer is handed
// back as Slack's JSON; unlike messages they do not go through the durable
// outbox (nothing to make durable, and the skill needs the answer now).
// Requests follow slack-go's conventions (a form-encoded POST to
// APIURL+method with the token in the form, Retry-After in seconds on a
// 429) against the same SLACK_API_URL the outbox uses, so the fake Slack
// of the tests serves both.
package slackread

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Defaults for Options.
const (
	DefaultTimeout = 10 * time.Second
	// DefaultRate and DefaultBurst bound each skill's calls (per second,
	// token bucket). Slack limits reads per app, workspace and method
	// (tiers 2-4: 20 to 100+ a minute), so one skill looping on
	// users.info would get the whole bot's reads refused; the bucket
	// keeps a skill's burst small enough not to do that for long.
	DefaultRate  = 10
	DefaultBurst = 20
	// DefaultRetryAfter is the delay reported for a 429 without a usable
	// Retry-After header.
	DefaultRetryAfter = time.Second
)

// Tokens gives the bot token of a workspace ("" team: the only one).
type Tokens interface {
	BotToken(ctx context.Context, team string) (string, error)
}

// Options configure a Caller. The zero value works.
type Options struct {
	// APIURL is the Web API base ending in "/" (default slack.APIURL).
	APIURL     string
	HTTPClient *http.Client // default: a client without its own timeout
	// Timeout caps one call (default DefaultTimeout); the event's
	// deadline caps it further.
	Timeout time.Duration
	// Rate and Burst are each skill's token bucket (0: the defaults;
	// Rate < 0: no limit).
	Rate       float64
	Burst      int
	Clock      clock.Clock
	Registerer prometheus.Registerer // nil: metrics not registered
}

// Caller implements wasmrt.SlackCaller. It is safe for concurrent use.
type Caller struct {
	o      Options
	tokens Tokens
	calls  *prometheus.CounterVec

	mu      sync.Mutex
	buckets map[string]*bucket
}

var _ wasmrt.SlackCaller = (*Caller)(nil)

type bucket struct {
	tokens float64
	last   time.Time
}

// New returns a Caller using tokens for each workspace's bot token.
func New(tokens Tokens, o Options) *Caller {
	if o.APIURL == "" {
		o.APIURL = slack.APIURL
	}
	if !strings.HasSuffix(o.APIURL, "/") {
		o.APIURL += "/"
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{}
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Rate == 0 {
		o.Rate = DefaultRate
	}
	if o.Burst <= 0 {
		o.Burst = DefaultBurst
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	c := &Caller{o: o, tokens: tokens, buckets: map[string]*bucket{}}
	c.calls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "bothost_slack_read_calls_total",
		Help: "slack_call Web API reads by skill, method and result (ok, slack_error, ratelimited, unavailable, quota, deadline, too_large).",
	}, []string{"skill", "method", "result"})
	if o.Registerer != nil {
		o.Registerer.MustRegister(c.calls)
	}
	return c
}

// allow takes one token from skill's bucket if it has one.
func (c *Caller) allow(skill string) bool {
	if c.o.Rate < 0 {
		return true
	}
	now := c.o.Clock.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	b := c.buckets[skill]
	if b == nil {
		b = &bucket{tokens: float64(c.o.Burst), last: now}
		c.buckets[skill] = b
	}
	if d := now.Sub(b.last); d > 0 {
		b.tokens = min(float64(c.o.Burst), b.tokens+d.Seconds()*c.o.Rate)
		b.last = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// Call implements wasmrt.SlackCaller.
func (c *Caller) Call(ctx context.Context, skill, team, method string, args map[string]string) ([]byte, time.Duration, abi.Code, error) {
	body, retry, code, result, err := c.call(ctx, skill, team, method, args)
	c.calls.WithLabelValues(skill, method, result).Inc()
	return body, retry, code, err
}

func (c *Caller) call(ctx context.Context, skill, team, method string, args map[string]string) ([]byte, time.Duration, abi.Code, string, error) {
	if !c.allow(skill) {
		return nil, 0, abi.ErrQuota, "quota", fmt.Errorf("slack_call %s: over the skill's rate of %g/s (burst %d)", method, c.o.Rate, c.o.Burst)
	}
	event := ctx
	ctx, cancel := context.WithTimeout(ctx, c.o.Timeout)
	defer cancel()
	tok, err := c.tokens.BotToken(ctx, team)
	if err == nil && tok == "" {
		err = errors.New("no bot token")
	}
	if err != nil {
		return failed(event, fmt.Errorf("slack_call %s: bot token of team %q: %w", method, team, err))
	}
	form := url.Values{"token": {tok}}
	for k, v := range args {
		form.Set(k, v)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.o.APIURL+method, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, 0, abi.ErrUnavailable, "unavailable", fmt.Errorf("slack_call %s: %w", method, err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.o.HTTPClient.Do(req)
	if err != nil {
		return failed(event, fmt.Errorf("slack_call %s: %w", method, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		retry := DefaultRetryAfter
		if secs, err := strconv.ParseInt(strings.TrimSpace(resp.Header.Get("Retry-After")), 10, 64); err == nil && secs >= 0 && secs < 24*3600 {
			retry = max(time.Duration(secs)*time.Second, time.Millisecond)
		}
		return nil, retry, abi.ErrUnavailable, "ratelimited", fmt.Errorf("slack_call %s: rate limited by Slack, retry after %s", method, retry)
	}
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, 0, abi.ErrUnavailable, "unavailable", fmt.Errorf("slack_call %s: HTTP %s", method, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, abi.MaxSlackAnswer+1))
	if err != nil {
		return failed(event, fmt.Errorf("slack_call %s: read answer: %w", method, err))
	}
	if len(body) > abi.MaxSlackAnswer {
		return nil, 0, abi.ErrTooLarge, "too_large", fmt.Errorf("slack_call %s: answer over %d bytes", method, abi.MaxSlackAnswer)
	}
	var head struct {
		OK    bool   `json:"ok"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal(body, &head); err != nil {
		return nil, 0, abi.ErrUnavailable, "unavailable", fmt.Errorf("slack_call %s: answer is not JSON: %w", method, err)
	}
	if !head.OK {
		return body, 0, abi.OK, "slack_error", nil
	}
	return body, 0, abi.OK, "ok", nil
}

// failed classifies a transport failure: the event's deadline passed
// (ERR_DEADLINE), or Slack could not be reached in time (ERR_UNAVAILABLE).
func failed(event context.Context, err error) ([]byte, time.Duration, abi.Code, string, error) {
	if event.Err() != nil {
		return nil, 0, abi.ErrDeadline, "deadline", err
	}
	return nil, 0, abi.ErrUnavailable, "unavailable", err
}
