//go:build !wasip1

package skill_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

// reset removes every handler so tests do not see each other's.
func reset() {
	skill.OnInit(nil)
	skill.OnMessage(nil)
	skill.OnCommand(nil)
	skill.OnAction(nil)
	skill.OnTimer(nil)
	skill.OnSchedule(nil)
	skill.OnWebhook(nil)
}

func TestEventAccessors(t *testing.T) {
	reset()
	var got map[string]any
	capture := func(e *skill.Event) error {
		got = map[string]any{
			"Kind": e.Kind(), "ID": e.ID(), "Team": e.Team(), "Time": e.Time(),
			"Text": e.Text(), "User": e.User(), "Channel": e.Channel(), "TS": e.TS(),
			"ThreadTS": e.ThreadTS(), "IsDM": e.IsDM(), "Mentioned": e.Mentioned(), "BotID": e.BotID(),
			"Command": e.Command(), "ResponseURL": e.ResponseURL(), "TriggerID": e.TriggerID(),
			"ActionID": e.ActionID(), "Value": e.Value(), "MessageTS": e.MessageTS(), "BlockID": e.BlockID(),
			"Name": e.Name(), "Payload": string(e.Payload()), "Due": e.Due(), "Slot": e.Slot(), "Late": e.Late(),
			"Hook": e.Hook(), "Method": e.Method(), "Path": e.Path(), "Headers": e.Headers(),
			"Header": e.Header("x-sig"), "Body": string(e.Body()), "future": e.Get("future_key"),
			"hasFuture": e.Has("future_key"),
		}
		return nil
	}
	skill.OnMessage(capture)
	skill.OnTimer(capture)
	skill.OnWebhook(capture)
	h := skilltest.Start(t, "")

	if err := h.Deliver(map[string]string{
		"kind": "message", "id": "E1", "team": "T1", "time": "1700000000123", "text": "héllo",
		"user": "U1", "channel": "C1", "ts": "1.2", "thread_ts": "1.1", "is_dm": "1", "mentioned": "0",
		"bot_id": "B1", "future_key": "x",
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"Kind": "message", "ID": "E1", "Team": "T1", "Time": time.UnixMilli(1700000000123), "Text": "héllo",
		"User": "U1", "Channel": "C1", "TS": "1.2", "ThreadTS": "1.1", "IsDM": true, "Mentioned": false,
		"BotID": "B1", "future": "x", "hasFuture": true,
	}
	for k, v := range want {
		if g := got[k]; g != v && !(isTime(g) && g.(time.Time).Equal(v.(time.Time))) {
			t.Errorf("message %s = %#v, want %#v", k, g, v)
		}
	}

	if err := h.Timer("t1", []byte{0, 1, 2}); err != nil {
		t.Fatal(err)
	}
	if got["Kind"] != "timer" || got["Name"] != "t1" || got["Payload"] != "\x00\x01\x02" || !got["Due"].(time.Time).Equal(h.Now()) || got["Late"] != false {
		t.Errorf("timer event: %v", got)
	}

	if err := h.Webhook("gh", "POST", "/hooks/gh", map[string]string{"X-Sig": "abc", "Content-Type": "json"}, []byte(`{"a":1}`)); err != nil {
		t.Fatal(err)
	}
	if got["Hook"] != "gh" || got["Method"] != "POST" || got["Path"] != "/hooks/gh" || got["Header"] != "abc" || got["Body"] != `{"a":1}` {
		t.Errorf("webhook event: %v", got)
	}
	if hd := got["Headers"].(map[string]string); len(hd) != 2 || hd["content-type"] != "json" {
		t.Errorf("webhook headers: %v", hd)
	}
}

func isTime(v any) bool { _, ok := v.(time.Time); return ok }

func TestDispatch(t *testing.T) {
	reset()
	var kinds []string
	h := func(e *skill.Event) error { kinds = append(kinds, e.Kind()); return nil }
	skill.OnMessage(h)
	skill.OnCommand(h)
	skill.OnAction(h)
	skill.OnTimer(h)
	skill.OnSchedule(h)
	skill.OnWebhook(h)
	host := skilltest.Start(t, "")
	for _, err := range []error{
		host.Message("a", "U", "C"),
		host.Command("/x", "a", "U", "C"),
		host.Action("a", "v", "U", "C", "1.1"),
		host.Timer("n", nil),
		host.Schedule("s"),
		host.Webhook("w", "GET", "/", nil, nil),
		host.Deliver(map[string]string{"kind": "reaction"}), // unknown kind: ignored
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"message", "command", "action", "timer", "schedule", "webhook"}; !slices.Equal(kinds, want) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}

	// No handler for a kind: acknowledged.
	skill.OnMessage(nil)
	if err := host.Message("a", "U", "C"); err != nil {
		t.Errorf("unhandled kind: %v", err)
	}
	// A malformed record is reported, not crashed on.
	if err := host.DeliverRecord([]byte{4, 'k', 'i', 'n', 'd', 200, 0, 0, 0, 'x'}); err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Errorf("malformed record: %v", err)
	}
}

func TestHandlerError(t *testing.T) {
	reset()
	skill.OnMessage(func(e *skill.Event) error { return errors.New("boom: " + e.Text()) })
	h := skilltest.Start(t, "")
	if err := h.Message("x", "U", "C"); err == nil || err.Error() != "boom: x" {
		t.Errorf("err = %v", err)
	}
}

func TestEventNotValidAfterHandler(t *testing.T) {
	reset()
	var kept *skill.Event
	skill.OnMessage(func(e *skill.Event) error { kept = e; return nil })
	h := skilltest.Start(t, "")
	if err := h.Message("x", "U", "C"); err != nil {
		t.Fatal(err)
	}
	if kept.Text() != "" || kept.Kind() != "" {
		t.Errorf("kept event still readable: %q %q", kept.Kind(), kept.Text())
	}
}

func TestInit(t *testing.T) {
	reset()
	var cfg []byte
	skill.OnInit(func(c []byte) error {
		cfg = c
		if _, ok, err := skill.ConfigString(c, "token"); err != nil || !ok {
			return errors.New("token missing")
		}
		return nil
	})
	h := skilltest.New(`{"other":1}`)
	if err := h.Init(); err == nil || err.Error() != "token missing" {
		t.Errorf("Init err = %v", err)
	}
	h = skilltest.Start(t, `{"token":"s3cret"}`)
	if string(cfg) != `{"token":"s3cret"}` {
		t.Errorf("config = %q", cfg)
	}
	if got := string(skill.Config()); got != `{"token":"s3cret"}` {
		t.Errorf("Config() = %q", got)
	}
	// Config larger than the SDK's scratch buffer goes through result_read.
	big := `{"k":"` + strings.Repeat("x", 5000) + `"}`
	skill.OnInit(nil)
	skilltest.Start(t, big)
	if got := string(skill.Config()); got != big {
		t.Errorf("big Config() has %d bytes, want %d", len(got), len(big))
	}
}

func TestMessages(t *testing.T) {
	reset()
	var tss []string
	skill.OnMessage(func(e *skill.Event) error {
		ts, err := skill.Reply(skill.Message{Text: "top"})
		if err != nil {
			return err
		}
		tss = append(tss, ts)
		if _, err := skill.Reply(skill.Message{Text: "threaded", InThread: true}); err != nil {
			return err
		}
		ts, err = skill.Post(skill.Message{Channel: "C2", Text: "posted", ThreadTS: "9.9", Blocks: `[{"type":"divider"}]`})
		if err != nil {
			return err
		}
		tss = append(tss, ts)
		return skill.Update(skill.Message{Channel: "C2", TS: ts, Text: "edited"})
	})
	h := skilltest.Start(t, "")
	if err := h.MessageInThread("hi", "U1", "C1", "5.5"); err != nil {
		t.Fatal(err)
	}
	sent := h.Sent()
	if len(sent) != 4 {
		t.Fatalf("sent %d messages: %+v", len(sent), sent)
	}
	check := func(i int, call, channel, thread, text string) {
		t.Helper()
		s := sent[i]
		if s.Call != call || s.Channel != channel || s.ThreadTS != thread || s.Message.Text != text {
			t.Errorf("sent[%d] = %+v, want %s to %s/%s %q", i, s, call, channel, thread, text)
		}
	}
	check(0, "reply", "C1", "", "top")
	check(1, "reply", "C1", "5.5", "threaded")
	check(2, "post", "C2", "9.9", "posted")
	check(3, "update", "C2", "", "edited")
	if sent[0].TS != tss[0] || sent[2].TS != tss[1] || sent[3].TS != tss[1] {
		t.Errorf("ts mismatch: %v vs %+v", tss, sent)
	}
	if sent[2].Message.Blocks != `[{"type":"divider"}]` {
		t.Errorf("blocks = %q", sent[2].Message.Blocks)
	}
}

func TestErrors(t *testing.T) {
	reset()
	var errs []error
	skill.OnMessage(func(e *skill.Event) error {
		errs = append(errs,
			skill.ReplyText(""),                                  // neither text nor blocks
			skill.Update(skill.Message{Text: "x"}),               // no channel/ts
			skill.KVSet("", []byte("v"), 0),                      // empty key
			skill.KVSet(strings.Repeat("k", 257), nil, 0),        // key too long
			skill.TimerCancel("nope"),                            // no such timer
			skill.KVDelete("nope"),                               // no such key
			skill.ReplyText(strings.Repeat("x", 40001)),          // text too long
			skill.ReplyText("\xff"),                              // invalid UTF-8
			skill.Update(skill.Message{Channel: "C", TS: "1.1"}), // neither text nor blocks
		)
		_, err := skill.KVGet("nope")
		errs = append(errs, err)
		_, err = skill.Fetch(skill.Request{URL: "https://example.com"})
		errs = append(errs, err)
		return nil
	})
	skill.OnTimer(func(e *skill.Event) error {
		errs = append(errs, skill.ReplyText("no conversation here"))
		return nil
	})
	h := skilltest.Start(t, "")
	if err := h.Message("x", "U", "C"); err != nil {
		t.Fatal(err)
	}
	if err := h.Timer("t", nil); err != nil {
		t.Fatal(err)
	}
	want := []error{
		skill.ErrInvalidArgument, skill.ErrInvalidArgument, skill.ErrInvalidArgument, skill.ErrTooLarge,
		skill.ErrNotFound, skill.ErrNotFound, skill.ErrTooLarge, skill.ErrInvalidArgument, skill.ErrInvalidArgument,
		skill.ErrNotFound, skill.ErrNotPermitted, skill.ErrNoConversation,
	}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d", len(errs), len(want))
	}
	for i := range want {
		if !errors.Is(errs[i], want[i]) {
			t.Errorf("errs[%d] = %v, want %v", i, errs[i], want[i])
		}
	}
	var he *skill.HostError
	if !errors.As(skill.ErrQuota, &he) || he.Code() != -4 {
		t.Errorf("ErrQuota code: %v", he)
	}
}

func TestFailNext(t *testing.T) {
	reset()
	var got []error
	skill.OnMessage(func(e *skill.Event) error {
		_, err := skill.KVGet("a")
		got = append(got, err)
		_, err = skill.KVGet("a")
		got = append(got, err)
		return nil
	})
	h := skilltest.Start(t, "")
	h.SetKV("a", "1", 0)
	h.FailNext("kv_get", skill.ErrUnavailable)
	if err := h.Message("x", "U", "C"); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(got[0], skill.ErrUnavailable) || got[1] != nil {
		t.Errorf("got %v", got)
	}
}

func TestKV(t *testing.T) {
	reset()
	h := skilltest.Start(t, "")
	// Outside events, calls go to the current host too.
	if err := skill.KVSet("a/1", []byte("one"), 0); err != nil {
		t.Fatal(err)
	}
	if err := skill.KVSet("a/2", []byte("two"), time.Minute); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("0123456789"), 300) // > scratch: result_read path
	if err := skill.KVSet("b", big, 0); err != nil {
		t.Fatal(err)
	}
	if v, err := skill.KVGet("b"); err != nil || !bytes.Equal(v, big) {
		t.Errorf("big KVGet: %d bytes, %v", len(v), err)
	}
	if v, err := skill.KVGet("a/1"); err != nil || string(v) != "one" {
		t.Errorf("KVGet = %q, %v", v, err)
	}
	if ttl, ok := h.KVTTL("a/2"); !ok || ttl != time.Minute {
		t.Errorf("ttl = %v %v", ttl, ok)
	}
	if keys, err := skill.KVList("a/", 0); err != nil || !slices.Equal(keys, []string{"a/1", "a/2"}) {
		t.Errorf("KVList = %v, %v", keys, err)
	}
	if keys, err := skill.KVList("", 2); err != nil || !slices.Equal(keys, []string{"a/1", "a/2"}) {
		t.Errorf("KVList limit 2 = %v, %v", keys, err)
	}
	if err := h.Advance(time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := skill.KVGet("a/2"); !errors.Is(err, skill.ErrNotFound) {
		t.Errorf("expired key: %v", err)
	}
	if keys := h.KVKeys(); !slices.Equal(keys, []string{"a/1", "b"}) {
		t.Errorf("keys after expiry = %v", keys)
	}
	// Many keys: the list result is larger than the scratch buffer.
	for i := 0; i < 200; i++ {
		h.SetKV("many/"+strings.Repeat("x", 10)+string(rune('a'+i%26))+time.Duration(i).String(), "v", 0)
	}
	if keys, err := skill.KVList("many/", 0); err != nil || len(keys) != 200 {
		t.Errorf("KVList many = %d keys, %v", len(keys), err)
	}
	if err := skill.KVDelete("a/1"); err != nil {
		t.Error(err)
	}
	h.KVMaxKeys = len(h.KVKeys())
	if err := skill.KVSet("new", []byte("v"), 0); !errors.Is(err, skill.ErrQuota) {
		t.Errorf("over quota: %v", err)
	}
}

func TestTimers(t *testing.T) {
	reset()
	var fired []string
	skill.OnTimer(func(e *skill.Event) error {
		fired = append(fired, e.Name()+"@"+skill.Now().Sub(skilltest.Epoch).String()+":"+string(e.Payload()))
		if e.Name() == "again" {
			return skill.TimerSet("after", nil, time.Second)
		}
		return nil
	})
	h := skilltest.Start(t, "")
	if err := skill.TimerSet("b", []byte("pb"), 2*time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := skill.TimerSetAt("a", []byte("pa"), skilltest.Epoch.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := skill.TimerSet("again", nil, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := skill.TimerSet("gone", nil, time.Second); err != nil {
		t.Fatal(err)
	}
	if err := skill.TimerCancel("gone"); err != nil {
		t.Fatal(err)
	}
	if p, ok := h.PendingTimer("a"); !ok || !p.Due.Equal(skilltest.Epoch.Add(time.Minute)) {
		t.Errorf("pending a = %+v %v", p, ok)
	}
	if err := h.Advance(time.Hour); err != nil {
		t.Fatal(err)
	}
	want := []string{"a@1m0s:pa", "again@1m30s:", "after@1m31s:", "b@2m0s:pb"}
	if !slices.Equal(fired, want) {
		t.Errorf("fired %v, want %v", fired, want)
	}
	if len(h.Timers()) != 0 || !h.Now().Equal(skilltest.Epoch.Add(time.Hour)) {
		t.Errorf("timers %v, now %v", h.Timers(), h.Now())
	}
}

func TestLogAndNow(t *testing.T) {
	reset()
	skill.OnSchedule(func(e *skill.Event) error {
		skill.Debug("d")
		skill.Info("i")
		skill.Warn("w")
		skill.Error("e")
		skill.Log(skill.LevelInfo, strings.Repeat("x", 9000))
		if !skill.Now().Equal(skilltest.Epoch) || !e.Slot().Equal(skilltest.Epoch) {
			return errors.New("clock")
		}
		return nil
	})
	h := skilltest.Start(t, "")
	if err := h.Schedule("hourly"); err != nil {
		t.Fatal(err)
	}
	logs := h.Logs()
	var got []string
	for _, l := range logs[:4] {
		got = append(got, l.String())
	}
	if !slices.Equal(got, []string{"debug: d", "info: i", "warn: w", "error: e"}) {
		t.Errorf("logs = %v", got)
	}
	if len(logs[4].Msg) != 8<<10 {
		t.Errorf("long line kept %d bytes", len(logs[4].Msg))
	}
}

func TestFetch(t *testing.T) {
	reset()
	h := skilltest.Start(t, "")
	h.HTTP = func(r *skill.Request) (*skill.Response, error) {
		if r.Method != "POST" || r.URL != "https://api.example.com/x" || r.Headers["authorization"] != "Bearer t" ||
			string(r.Body) != "ping" || r.Timeout != 3*time.Second {
			return nil, skill.ErrInvalidArgument
		}
		return &skill.Response{Status: 201, Headers: map[string]string{"Content-Type": "text/plain"}, Body: bytes.Repeat([]byte("pong"), 500)}, nil
	}
	resp, err := skill.Fetch(skill.Request{
		Method: "POST", URL: "https://api.example.com/x",
		Headers: map[string]string{"authorization": "Bearer t"}, Body: []byte("ping"), Timeout: 3 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 201 || resp.Headers["content-type"] != "text/plain" || len(resp.Body) != 2000 {
		t.Errorf("resp = %d %v %d bytes", resp.Status, resp.Headers, len(resp.Body))
	}
}

// The input region is reused between events and grows for large ones.
func TestLargeEvents(t *testing.T) {
	reset()
	var lens []int
	skill.OnWebhook(func(e *skill.Event) error { lens = append(lens, len(e.Body())); return nil })
	h := skilltest.Start(t, "")
	for _, n := range []int{10, 100 << 10, 10, 1000 << 10} {
		if err := h.Webhook("w", "POST", "/", nil, make([]byte, n)); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(lens, []int{10, 100 << 10, 10, 1000 << 10}) {
		t.Errorf("lens = %v", lens)
	}
}
