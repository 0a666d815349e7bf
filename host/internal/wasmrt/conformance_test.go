package wasmrt_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// fixedClock is a clock that does not move unless told to.
type fixedClock struct{ t time.Time }

func (c *fixedClock) Now() time.Time { return c.t }

// skillLogs records the skill's own log lines (source=skill) as effects,
// so logs are compared in order with messages and KV writes.
type skillLogs struct{ rec *effects.Recorder }

func (h skillLogs) Enabled(context.Context, slog.Level) bool { return true }
func (h skillLogs) Handle(_ context.Context, r slog.Record) error {
	fromSkill := false
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "source" && a.Value.String() == "skill" {
			fromSkill = true
		}
		return true
	})
	if fromSkill {
		h.rec.Note(fmt.Sprintf("log %s %q", strings.ToLower(r.Level.String()), r.Message))
	}
	return nil
}
func (h skillLogs) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h skillLogs) WithGroup(string) slog.Handler      { return h }

// testSkill returns a skill config for tests with default limits.
func testSkill(name, path string) config.Skill {
	return config.Skill{
		Name:       name,
		Path:       path,
		Limits:     config.DefaultLimits(),
		ConfigJSON: []byte(`{"prefix":"test> "}`),
	}
}

// conformanceScript exercises every event kind and every host function
// the echo skill uses, with the transcript the ABI requires.
var conformanceScript = []struct {
	ev   abi.Event
	want []string
	err  string // substring of the expected failure, "" for success
}{
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "hello", User: "U1", Channel: "C1", TS: "100.000001"},
		want: []string{
			`kv set count/U1="1"`,
			`kv set last="hello" ttl=1h0m0s`,
			`reply channel=C1 text="test> hello"`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "in a thread ✓", User: "U1", Channel: "C1", TS: "100.000002", ThreadTS: "100.000001"},
		want: []string{
			`kv set count/U1="2"`,
			`kv set last="in a thread ✓" ttl=1h0m0s`,
			`reply channel=C1 thread=100.000001 text="test> in a thread ✓"`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "count", User: "U1", Channel: "C1", TS: "100.000003"},
		want: []string{
			`kv set count/U1="3"`,
			`kv set last="count" ttl=1h0m0s`,
			`reply channel=C1 text="U1 has sent 3 messages"`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "note buy milk", User: "U2", Channel: "C1", TS: "100.000004"},
		want: []string{
			`kv set count/U2="1"`,
			`kv set last="note buy milk" ttl=1h0m0s`,
			`kv set note="buy milk"`,
			`reply channel=C1 text="noted"`,
			`log info "handled message from U2"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "keys", User: "U2", Channel: "C1", TS: "100.000005"},
		want: []string{
			`kv set count/U2="2"`,
			`kv set last="keys" ttl=1h0m0s`,
			`reply channel=C1 text="count/U1,count/U2,last,note"`,
			`log info "handled message from U2"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "forget", User: "U2", Channel: "C1", TS: "100.000006"},
		want: []string{
			`kv set count/U2="3"`,
			`kv set last="forget" ttl=1h0m0s`,
			`kv delete note`,
			`reply channel=C1 text="forgot"`,
			`log info "handled message from U2"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "forget", User: "U2", Channel: "C1", TS: "100.000007"},
		want: []string{
			`kv set count/U2="4"`,
			`kv set last="forget" ttl=1h0m0s`,
			`reply channel=C1 text="nothing to forget"`,
			`log info "handled message from U2"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "buttons", User: "U1", Channel: "C1", TS: "100.000008"},
		want: []string{
			`kv set count/U1="4"`,
			`kv set last="buttons" ttl=1h0m0s`,
			`reply channel=C1 text="pick one" blocks=[{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"echo:yes","value":"yes"},{"type":"button","text":{"type":"plain_text","text":"No"},"action_id":"echo:no","value":"no"}]}]`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "remind 90", User: "U1", Channel: "C1", TS: "100.000009"},
		want: []string{
			`kv set count/U1="5"`,
			`kv set last="remind 90" ttl=1h0m0s`,
			`timer set name="remind" in=1m30s payload="C1"`,
			`reply channel=C1 text="will remind you in 90s"`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "remind soon", User: "U1", Channel: "C1", TS: "100.000010"},
		want: []string{
			`kv set count/U1="6"`,
			`kv set last="remind soon" ttl=1h0m0s`,
			`reply channel=C1 text="bad number"`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "post C2 hello over there", User: "U1", Channel: "C1", TS: "100.000011"},
		want: []string{
			`kv set count/U1="7"`,
			`kv set last="post C2 hello over there" ttl=1h0m0s`,
			`post channel=C2 text="hello over there"`,
			`reply channel=C1 text="posted 1000.000011"`,
			`log info "handled message from U1"`,
		},
	},
	{
		ev: abi.Event{Kind: abi.KindMessage, Text: "fail", User: "U1", Channel: "C1", TS: "100.000012"},
		want: []string{
			`kv set count/U1="8"`,
			`kv set last="fail" ttl=1h0m0s`,
		},
		err: "skill_error: asked to fail",
	},
	{
		ev:   abi.Event{Kind: abi.KindCommand, Command: "/echo", Text: "from a command", User: "U1", Channel: "C1"},
		want: []string{`reply channel=C1 text="test> from a command"`},
	},
	{
		ev:   abi.Event{Kind: abi.KindAction, ActionID: "echo:yes", Value: "yes", User: "U3", Channel: "C1", MessageTS: "1000.000008"},
		want: []string{`update channel=C1 ts=1000.000008 text="U3 picked yes"`},
	},
	{
		ev:   abi.Event{Kind: abi.KindAction, ActionID: "other:yes", Value: "yes", User: "U3", Channel: "C1", MessageTS: "1000.000008"},
		want: nil,
	},
	{
		ev:   abi.Event{Kind: abi.KindTimer, Name: "remind", Payload: []byte("C1")},
		want: []string{`post channel=C1 text="reminder: remind"`},
	},
	{
		ev:   abi.Event{Kind: abi.KindSchedule, Name: "daily"},
		want: []string{`log info "got schedule daily"`},
	},
	{
		ev:   abi.Event{Kind: abi.KindWebhook, Hook: "alerts", Method: "POST", Headers: map[string]string{"content-type": "application/json"}, Body: []byte(`{"a":1}`)},
		want: []string{`log info "got webhook alerts"`},
	},
	{
		ev:   abi.Event{Kind: "reaction", User: "U1", Channel: "C1"},
		want: nil, // a kind the skill does not know is ignored, not an error
	},
}

// TestConformance runs the same events through the echo skill built three
// ways (TinyGo, standard Go, Rust for wasm32-unknown-unknown and for
// wasm32-wasi) and requires identical replies, KV effects and logs.
func TestConformance(t *testing.T) {
	builds := []string{"echo-tinygo", "echo-go", "echo-rust", "echo-rust-wasi"}
	transcripts := map[string][]string{}
	for _, build := range builds {
		t.Run(build, func(t *testing.T) {
			ctx := context.Background()
			clk := &fixedClock{t: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
			mem := store.NewMemory(clk)
			rec := effects.New(mem, clk)
			eng, err := wasmrt.NewEngine("", wasmrt.Services{
				KV: rec.KV(), Outbox: rec, Timers: rec, Clock: clk, Logger: slog.New(skillLogs{rec}),
			}, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer eng.Close(ctx)
			sk := testSkill("echo", testskills.Path(t, build))
			m, err := eng.LoadFile(ctx, sk)
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close(ctx)
			var transcript []string
			for i, step := range conformanceScript {
				ev := step.ev
				ev.ID = fmt.Sprintf("ev-%d", i)
				ev.Team = "T1"
				err := m.Handle(ctx, &ev)
				got := rec.Effects()
				if step.err == "" && err != nil {
					t.Errorf("event %d (%s %q): unexpected error %v", i, ev.Kind, ev.Text, err)
				}
				if step.err != "" && (err == nil || !strings.Contains(err.Error(), step.err)) {
					t.Errorf("event %d (%s %q): error %v, want one containing %q", i, ev.Kind, ev.Text, err, step.err)
				}
				if strings.Join(got, "\n") != strings.Join(step.want, "\n") {
					t.Errorf("event %d (%s %q):\ngot:\n  %s\nwant:\n  %s", i, ev.Kind, ev.Text,
						strings.Join(got, "\n  "), strings.Join(step.want, "\n  "))
				}
				transcript = append(transcript, got...)
			}
			// KV state at the end, namespaced under the skill's name.
			keys, err := mem.List(ctx, "echo", "", 100)
			if err != nil {
				t.Fatal(err)
			}
			transcript = append(transcript, "final keys: "+strings.Join(keys, ","))
			if want := "count/U1,count/U2,last"; strings.Join(keys, ",") != want {
				t.Errorf("final keys %v, want %s", keys, want)
			}
			transcripts[build] = transcript
		})
	}
	for _, b := range builds[1:] {
		if a, z := strings.Join(transcripts[builds[0]], "\n"), strings.Join(transcripts[b], "\n"); a != z && a != "" && z != "" {
			t.Errorf("%s and %s differ", builds[0], b)
		}
	}
}

// stubSlack answers slack_call for TestConformanceAtomicAndSlack: users.info
// with a canned answer, dnd.info with Slack's 429 (retry after 5 s).
type stubSlack struct{ calls []string }

func (s *stubSlack) Call(_ context.Context, skill, team, method string, args map[string]string) ([]byte, time.Duration, abi.Code, error) {
	s.calls = append(s.calls, fmt.Sprintf("%s %s %s user=%s", skill, team, method, args["user"]))
	if method == "dnd.info" {
		return nil, 5 * time.Second, abi.ErrUnavailable, fmt.Errorf("rate limited")
	}
	return []byte(`{"ok":true,"user":{"id":"` + args["user"] + `"}}`), 0, abi.OK, nil
}

// TestConformanceAtomicAndSlack runs the ABI's later additions (kv_incr,
// kv_cas, slack_call) through the Go SDK built with TinyGo (the hostprobe
// skill), with the transcript the ABI requires: the store's effects, TTL
// and quota rules and the codes handed to the skill.
func TestConformanceAtomicAndSlack(t *testing.T) {
	ctx := context.Background()
	clk := &fixedClock{t: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	mem := store.NewMemory(clk)
	rec := effects.New(mem, clk)
	slack := &stubSlack{}
	eng, err := wasmrt.NewEngine("", wasmrt.Services{
		KV: rec.KV(), Outbox: rec, Timers: rec, Clock: clk, Slack: slack, Logger: slog.New(skillLogs{rec}),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	sk := testSkill("probe", testskills.Path(t, "hostprobe"))
	sk.SlackRead = []string{"users.info", "dnd.info"}
	sk.Limits.KVMaxKeys = 3
	m, err := eng.LoadFile(ctx, sk)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close(ctx)
	if err := mem.Set(ctx, "probe", "word", []byte("abc"), 0, store.Quota{}); err != nil {
		t.Fatal(err)
	}
	script := []struct{ text, want string }{
		{"incr n 3", `kv incr n +1=1|kv incr n +1=2|kv incr n +1=3|reply channel=C1 text="incr n 3"`},
		{"cas c 2", `kv cas c absent->"1" swapped|kv cas c "1"->"2" swapped|reply channel=C1 text="cas c 2 retries 0"`},
		{"incr word 1", `reply channel=C1 text="incr error: bothost: invalid argument (-1)"`},
		{"incr fourth 1", `reply channel=C1 text="incr error: bothost: quota exceeded (-4)"`},
		{"slack users.info user=U7", `reply channel=C1 text="slack users.info {\"ok\":true,\"user\":{\"id\":\"U7\"}}"`},
		{"slack dnd.info user=U7", `reply channel=C1 text="slack error: bothost: unavailable (-6): rate limited by Slack, retry after 5000ms retry_after=5s"`},
		{"slack chat.postMessage channel=C1", `reply channel=C1 text="slack error: bothost: not permitted (-5)"`},
	}
	for i, step := range script {
		ev := abi.Event{ID: fmt.Sprintf("ev-%d", i), Team: "T1", Kind: abi.KindMessage, Text: step.text, User: "U1", Channel: "C1", TS: "1.1"}
		if err := m.Handle(ctx, &ev); err != nil {
			t.Errorf("%q: %v", step.text, err)
		}
		if got := strings.Join(rec.Effects(), "|"); got != step.want {
			t.Errorf("%q:\ngot  %s\nwant %s", step.text, got, step.want)
		}
	}
	if want := "probe T1 users.info user=U7,probe T1 dnd.info user=U7"; strings.Join(slack.calls, ",") != want {
		t.Errorf("Slack was asked %q, want %q", slack.calls, want)
	}
	if v, _ := mem.Get(ctx, "probe", "word"); string(v) != "abc" {
		t.Errorf("a refused incr changed the value to %q", v)
	}
}
