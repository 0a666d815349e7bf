package slackin

import (
	"bytes"
	"net/http"
	"strconv"
	"testing"
	"time"
)

// BenchmarkEventsPayloads: realistic Events API deliveries (see
// payloads_test.go) through ServeHTTP into a sink that does nothing: the
// hot path's message and app_mention events with rich-text blocks, an
// edit, the bot's own message coming back (filtered), and a reaction
// (another event type: the ParseEvent fallback).
func BenchmarkEventsPayloads(b *testing.B) {
	inner := func(name string) string {
		for _, p := range innerPayloads {
			if p.name == name {
				return p.inner
			}
		}
		b.Fatalf("no payload %q", name)
		return ""
	}
	cases := []struct {
		name string
		body []byte
	}{
		{"message", envelope("Ev1", inner("channel message with blocks mentioning the bot"), authorization)},
		{"app_mention", envelope("Ev2", inner("app_mention with blocks"), authorization)},
		{"message_changed", envelope("Ev3", inner("message_changed"), authorization)},
		{"own_message", envelope("Ev4", inner("the bot's own message"), authorization)},
		{"reaction_added", envelope("Ev5", `{"type":"reaction_added","user":"U1","reaction":"thumbsup","item_user":"U2","item":{"type":"message","channel":"C1","ts":"1700000000.000100"},"event_ts":"1700000000.000999"}`, authorization)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			h, err := NewHandler(nopSink{}, Options{SigningSecret: testSecret, Self: Identity{UserID: botUser, BotID: botID}})
			if err != nil {
				b.Fatal(err)
			}
			now := time.Now().Unix()
			ts, sig := strconv.FormatInt(now, 10), sign(testSecret, now, c.body)
			b.ReportAllocs()
			for b.Loop() {
				req, _ := http.NewRequest(http.MethodPost, "/slack/events", bytes.NewReader(c.body))
				req.Header.Set("X-Slack-Request-Timestamp", ts)
				req.Header.Set("X-Slack-Signature", sig)
				w := &discardWriter{h: http.Header{}}
				h.ServeHTTP(w, req)
				if w.status != 0 && w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
			}
			b.ReportMetric(float64(len(c.body)), "body_bytes")
		})
	}
}
