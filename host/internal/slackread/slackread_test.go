package slackread

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
)

type tokens map[string]string

func (t tokens) BotToken(_ context.Context, team string) (string, error) {
	if tok, ok := t[team]; ok {
		return tok, nil
	}
	return "", errors.New("not installed")
}

func setup(t *testing.T, o Options) (*fakeslack.Server, *Caller) {
	t.Helper()
	fs := fakeslack.New()
	t.Cleanup(fs.Close)
	fs.AddTeam(fakeslack.Team{ID: "T1", Name: "One", BotToken: "xoxb-1", BotUserID: "UB1"})
	fs.AddTeam(fakeslack.Team{ID: "T2", Name: "Two", BotToken: "xoxb-2", BotUserID: "UB2"})
	fs.SetUser("T1", fakeslack.User{ID: "U1", TZ: "Asia/Tokyo"})
	fs.SetUser("T2", fakeslack.User{ID: "U1", TZ: "America/Lima"})
	o.APIURL = fs.APIURL()
	return fs, New(tokens{"T1": "xoxb-1", "T2": "xoxb-2"}, o)
}

// Each workspace's call goes out with that workspace's token.
func TestTokenOfTheEventsWorkspace(t *testing.T) {
	_, c := setup(t, Options{})
	for team, tz := range map[string]string{"T1": "Asia/Tokyo", "T2": "America/Lima"} {
		body, _, code, err := c.Call(context.Background(), "s", team, "users.info", map[string]string{"user": "U1"})
		if code != abi.OK || err != nil || !strings.Contains(string(body), tz) {
			t.Errorf("%s: %s, %v, %v", team, body, code, err)
		}
	}
	if _, _, code, err := c.Call(context.Background(), "s", "T9", "users.info", nil); code != abi.ErrUnavailable || err == nil {
		t.Errorf("team without a token: %v, %v", code, err)
	}
}

// The per-skill rate: a burst, then ERR_QUOTA until the bucket refills;
// other skills are not affected.
func TestPerSkillRate(t *testing.T) {
	clk := clock.NewFake(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	fs, c := setup(t, Options{Rate: 2, Burst: 3, Clock: clk})
	call := func(skill string) abi.Code {
		_, _, code, _ := c.Call(context.Background(), skill, "T1", "users.info", map[string]string{"user": "U1"})
		return code
	}
	for i := range 3 {
		if code := call("a"); code != abi.OK {
			t.Fatalf("call %d: %v", i, code)
		}
	}
	if code := call("a"); code != abi.ErrQuota {
		t.Fatalf("past the burst: %v, want ERR_QUOTA", code)
	}
	if code := call("b"); code != abi.OK {
		t.Fatalf("another skill: %v", code)
	}
	clk.Advance(500 * time.Millisecond) // one token at 2/s
	if code := call("a"); code != abi.OK {
		t.Fatalf("after refill: %v", code)
	}
	if code := call("a"); code != abi.ErrQuota {
		t.Fatalf("refilled only one: %v", code)
	}
	if n := fs.AttemptCount(fakeslack.MethodUsersInfo); n != 5 {
		t.Errorf("Slack saw %d calls, want 5 (refused ones never leave)", n)
	}
}

// A call that outlives the event's deadline is ERR_DEADLINE; Slack being
// slower than the call's own cap is ERR_UNAVAILABLE.
func TestDeadlines(t *testing.T) {
	fs, c := setup(t, Options{Timeout: 200 * time.Millisecond})
	fs.Inject("users.info", fakeslack.Fault{Hang: true})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, _, code, _ := c.Call(ctx, "s", "T1", "users.info", nil); code != abi.ErrDeadline {
		t.Errorf("past the event's deadline: %v, want ERR_DEADLINE", code)
	}
	if _, _, code, _ := c.Call(context.Background(), "s", "T1", "users.info", nil); code != abi.ErrUnavailable {
		t.Errorf("past the call's cap: %v, want ERR_UNAVAILABLE", code)
	}
}

func TestSlackFailures(t *testing.T) {
	fs, c := setup(t, Options{})
	fs.Inject("users.info", fakeslack.Fault{Status: 429, RetryAfter: 12 * time.Second, Times: 1})
	fs.Inject("users.info", fakeslack.Fault{Status: 429, RetryAfter: -1, Times: 1})
	fs.Inject("users.info", fakeslack.Fault{Status: 503, Times: 1})
	want := []struct {
		code  abi.Code
		retry time.Duration
	}{{abi.ErrUnavailable, 12 * time.Second}, {abi.ErrUnavailable, DefaultRetryAfter}, {abi.ErrUnavailable, 0}, {abi.OK, 0}}
	for i, w := range want {
		_, retry, code, _ := c.Call(context.Background(), "s", "T1", "users.info", map[string]string{"user": "U1"})
		if code != w.code || retry != w.retry {
			t.Errorf("call %d: %v retry %v, want %v retry %v", i, code, retry, w.code, w.retry)
		}
	}
}
