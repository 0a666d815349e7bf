//go:build !wasip1

package main

import (
	"slices"
	"testing"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

func TestEcho(t *testing.T) {
	msg := func(text string) func(h *skilltest.Host) error {
		return func(h *skilltest.Host) error { return h.Message(text, "U1", "C1") }
	}
	tests := []struct {
		name    string
		config  string
		setup   func(h *skilltest.Host)       // state before the event
		event   func(h *skilltest.Host) error // the event under test
		wantErr string
		replies []string // texts of the replies to the event
		logs    []string
		check   func(t *testing.T, h *skilltest.Host)
	}{{
		name:    "echo",
		event:   msg("hello"),
		replies: []string{"echo: hello"},
		logs:    []string{"info: handled message from U1"},
		check: func(t *testing.T, h *skilltest.Host) {
			kvIs(t, h, "count/U1", "1", 0)
			kvIs(t, h, "last", "hello", time.Hour)
			if h.Replies()[0].ThreadTS != "" || h.Replies()[0].Message.InThread {
				t.Error("top-level message answered in a thread")
			}
		},
	}, {
		name:    "prefix from config",
		config:  `{"prefix": "» "}`,
		event:   msg("hello"),
		replies: []string{"» hello"},
	}, {
		name:    "empty prefix",
		config:  `{"prefix": ""}`,
		event:   msg("hello"),
		replies: []string{"hello"},
	}, {
		name:    "in thread",
		event:   func(h *skilltest.Host) error { return h.MessageInThread("hi", "U1", "C1", "100.1") },
		replies: []string{"echo: hi"},
		check: func(t *testing.T, h *skilltest.Host) {
			if r := h.Replies()[0]; !r.Message.InThread || r.ThreadTS != "100.1" {
				t.Errorf("reply %+v not in thread 100.1", r)
			}
		},
	}, {
		name:    "count not a number",
		setup:   func(h *skilltest.Host) { h.SetKV("count/U1", "many", 0) },
		event:   msg("count"),
		replies: []string{"U1 has sent 1 messages"},
	}, {
		name:    "count",
		setup:   func(h *skilltest.Host) { h.SetKV("count/U1", "41", 0) },
		event:   msg("count"),
		replies: []string{"U1 has sent 42 messages"},
		check:   func(t *testing.T, h *skilltest.Host) { kvIs(t, h, "count/U1", "42", 0) },
	}, {
		name:    "keys",
		setup:   func(h *skilltest.Host) { h.SetKV("note", "x", 0); h.SetKV("count/U0", "3", 0) },
		event:   msg("keys"),
		replies: []string{"count/U0,count/U1,last,note"},
	}, {
		name:    "forget",
		setup:   func(h *skilltest.Host) { h.SetKV("note", "x", 0) },
		event:   msg("forget"),
		replies: []string{"forgot"},
		check: func(t *testing.T, h *skilltest.Host) {
			if _, ok := h.KV("note"); ok {
				t.Error("note not deleted")
			}
		},
	}, {
		name:    "forget nothing",
		event:   msg("forget"),
		replies: []string{"nothing to forget"},
	}, {
		name:    "note",
		event:   msg("note buy milk"),
		replies: []string{"noted"},
		check:   func(t *testing.T, h *skilltest.Host) { kvIs(t, h, "note", "buy milk", 0) },
	}, {
		name:    "buttons",
		event:   msg("buttons"),
		replies: []string{"pick one"},
		check: func(t *testing.T, h *skilltest.Host) {
			want := `[{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"echo:yes","value":"yes"},{"type":"button","text":{"type":"plain_text","text":"No"},"action_id":"echo:no","value":"no"}]}]`
			if got := h.Replies()[0].Message.Blocks; got != want {
				t.Errorf("blocks = %s", got)
			}
		},
	}, {
		name:    "remind",
		event:   msg("remind 5"),
		replies: []string{"will remind you in 5s"},
		check: func(t *testing.T, h *skilltest.Host) {
			p, ok := h.PendingTimer("remind")
			if !ok || string(p.Payload) != "C1" || !p.Due.Equal(h.Now().Add(5*time.Second)) {
				t.Fatalf("timer = %+v, %v", p, ok)
			}
			if err := h.Advance(5 * time.Second); err != nil {
				t.Fatal(err)
			}
			if posts := h.Posts(); len(posts) != 1 || posts[0].Channel != "C1" || posts[0].Message.Text != "reminder: remind" {
				t.Errorf("posts = %+v", posts)
			}
		},
	}, {
		name:    "remind bad number",
		event:   msg("remind soon"),
		replies: []string{"bad number"},
		logs:    []string{"info: handled message from U1"},
		check: func(t *testing.T, h *skilltest.Host) {
			if len(h.Timers()) != 0 {
				t.Error("timer set")
			}
		},
	}, {
		name:    "post",
		event:   msg("post C9 hello there"),
		replies: []string{"posted bothost:1"},
		check: func(t *testing.T, h *skilltest.Host) {
			p := h.Posts()
			if len(p) != 1 || p[0].Channel != "C9" || p[0].Message.Text != "hello there" || p[0].TS != "bothost:1" {
				t.Errorf("posts = %+v", p)
			}
		},
	}, {
		name:    "fail",
		event:   msg("fail"),
		wantErr: "asked to fail",
		check:   func(t *testing.T, h *skilltest.Host) { kvIs(t, h, "count/U1", "1", 0) },
	}, {
		name:    "kv failure fails the event",
		setup:   func(h *skilltest.Host) { h.FailNext("kv_get", skill.ErrUnavailable) },
		event:   msg("hello"),
		wantErr: skill.ErrUnavailable.Error(),
	}, {
		name:    "command",
		event:   func(h *skilltest.Host) error { return h.Command("/echo", "hi", "U1", "C1") },
		replies: []string{"echo: hi"},
	}, {
		name:  "action",
		event: func(h *skilltest.Host) error { return h.Action("echo:yes", "yes", "U1", "C1", "50.5") },
		check: func(t *testing.T, h *skilltest.Host) {
			u := h.Updates()
			if len(u) != 1 || u[0].Channel != "C1" || u[0].TS != "50.5" || u[0].Message.Text != "U1 picked yes" {
				t.Errorf("updates = %+v", u)
			}
		},
	}, {
		name:  "other action",
		event: func(h *skilltest.Host) error { return h.Action("other:yes", "yes", "U1", "C1", "50.5") },
		check: func(t *testing.T, h *skilltest.Host) {
			if len(h.Sent()) != 0 {
				t.Errorf("sent %+v", h.Sent())
			}
		},
	}, {
		name:  "timer",
		event: func(h *skilltest.Host) error { return h.Timer("remind", []byte("C7")) },
		check: func(t *testing.T, h *skilltest.Host) {
			if p := h.Posts(); len(p) != 1 || p[0].Channel != "C7" || p[0].Message.Text != "reminder: remind" {
				t.Errorf("posts = %+v", p)
			}
		},
	}, {
		name:  "schedule",
		event: func(h *skilltest.Host) error { return h.Schedule("hourly") },
		logs:  []string{"info: got schedule hourly"},
	}, {
		name:  "webhook",
		event: func(h *skilltest.Host) error { return h.Webhook("github", "POST", "/", nil, []byte("{}")) },
		logs:  []string{"info: got webhook github"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := skilltest.Start(t, tc.config)
			if tc.setup != nil {
				tc.setup(h)
			}
			err := tc.event(h)
			if gotErr := errText(err); gotErr != tc.wantErr {
				t.Fatalf("error = %q, want %q", gotErr, tc.wantErr)
			}
			if got := h.ReplyTexts(); !slices.Equal(got, tc.replies) {
				t.Errorf("replies = %q, want %q", got, tc.replies)
			}
			if tc.logs != nil || tc.wantErr != "" {
				var got []string
				for _, l := range h.Logs() {
					got = append(got, l.String())
				}
				if !slices.Equal(got, tc.logs) {
					t.Errorf("logs = %q, want %q", got, tc.logs)
				}
			}
			if tc.check != nil {
				tc.check(t, h)
			}
		})
	}
}

// Config problems fall back to the default prefix, as in the Rust build.
func TestBadConfig(t *testing.T) {
	for _, c := range []string{`{"prefix": 3}`, `not json`, `{"other": "x"}`} {
		h := skilltest.Start(t, c)
		if err := h.Message("hi", "U1", "C1"); err != nil {
			t.Fatal(err)
		}
		if got := h.ReplyTexts(); !slices.Equal(got, []string{"echo: hi"}) {
			t.Errorf("config %s: replies %q", c, got)
		}
	}
}

func TestCountsPerUser(t *testing.T) {
	h := skilltest.Start(t, "")
	for _, u := range []string{"U1", "U2", "U1", "U1"} {
		if err := h.Message("x", u, "C1"); err != nil {
			t.Fatal(err)
		}
	}
	h.Clear()
	if err := h.Message("count", "U1", "C1"); err != nil {
		t.Fatal(err)
	}
	if got := h.ReplyTexts(); !slices.Equal(got, []string{"U1 has sent 4 messages"}) {
		t.Errorf("replies = %q", got)
	}
}

func kvIs(t *testing.T, h *skilltest.Host, key, want string, ttl time.Duration) {
	t.Helper()
	v, ok := h.KV(key)
	if !ok || v != want {
		t.Errorf("KV %s = %q, %v; want %q", key, v, ok, want)
	}
	if got, _ := h.KVTTL(key); got != ttl {
		t.Errorf("KV %s ttl = %v, want %v", key, got, ttl)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
