package wasmrt

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

func TestNeutralizeMentions(t *testing.T) {
	cases := []struct {
		text, blocks string
		allow        []string
		wantText     string
		wantN        int
		blocksHave   string // substring of the rewritten blocks' JSON
		blocksLack   string
	}{
		{text: "<!here> up", wantText: "@\u2060here up", wantN: 1},
		{text: "<!here> up", allow: []string{"here"}, wantText: "<!here> up"},
		{text: "<!channel|@channel> and <!everyone> <!here>", allow: []string{"here"}, wantText: "@\u2060channel and @\u2060everyone <!here>", wantN: 2},
		{text: "<!subteam^S1> <@U1> <#C1> plain", wantText: "<!subteam^S1> <@U1> <#C1> plain"},
		{text: "<!Channel>", wantText: "@\u2060channel", wantN: 1},
		{
			text: "x", wantText: "x", wantN: 2,
			// "<" written as \u003c in the JSON must not slip through.
			blocks:     `[{"type":"section","text":{"type":"mrkdwn","text":"\u003c!channel\u003e alert"}},{"type":"context","elements":[{"type":"mrkdwn","text":"<!everyone>"}]},{"n":12345678901234567890}]`,
			blocksHave: `12345678901234567890`,
			blocksLack: `!channel`,
		},
	}
	for _, c := range cases {
		text, blocks, n := neutralizeMentions(c.text, json.RawMessage(c.blocks), c.allow)
		if text != c.wantText || n != c.wantN {
			t.Errorf("neutralizeMentions(%q, allow %v) = %q, %d; want %q, %d", c.text, c.allow, text, n, c.wantText, c.wantN)
		}
		if c.blocks != "" {
			var v any
			if err := json.Unmarshal(blocks, &v); err != nil {
				t.Errorf("rewritten blocks are not JSON: %v: %s", err, blocks)
			}
			if !strings.Contains(string(blocks), c.blocksHave) || strings.Contains(string(blocks), c.blocksLack) {
				t.Errorf("blocks %s: want %q kept and no %q", blocks, c.blocksHave, c.blocksLack)
			}
		}
	}
}

func TestTimerDue(t *testing.T) {
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		when     int64
		absolute bool
		ok       bool
	}{
		{0, false, true},
		{-5, false, true}, // negative delay: now
		{1000, false, true},
		{maxTimerDelayMs, false, true},
		{maxTimerDelayMs + 1, false, false},
		{math.MaxInt64, false, false}, // used to wrap and fire at once
		{now.UnixMilli(), true, true},
		{math.MaxInt64, true, false},
		{math.MinInt64, true, false},
	}
	for _, c := range cases {
		due, ok := timerDue(now, c.when, c.absolute)
		if ok != c.ok {
			t.Errorf("timerDue(%d, abs=%v) ok = %v, want %v", c.when, c.absolute, ok, c.ok)
		}
		if ok && !c.absolute && due.Before(now) {
			t.Errorf("timerDue(%d) = %v, before now", c.when, due)
		}
	}
}

func TestCommas(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 51200: "51,200", 1234567: "1,234,567", -51200: "-51,200"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %q, want %q", n, got, want)
		}
	}
}
