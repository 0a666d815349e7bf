package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bothost/bothost/sdk/go/skilltest"
)

// blocks decodes a message's Block Kit JSON (it must be valid).
func blocks(t *testing.T, js string) []map[string]any {
	t.Helper()
	var b []map[string]any
	if err := json.Unmarshal([]byte(js), &b); err != nil {
		t.Fatalf("blocks are not valid JSON: %v\n%s", err, js)
	}
	return b
}

// lastUpdate is the newest update's blocks.
func lastUpdate(t *testing.T, h *skilltest.Host) string {
	t.Helper()
	u := h.Updates()
	if len(u) == 0 {
		t.Fatal("no update")
	}
	return u[len(u)-1].Message.Blocks
}

func TestPoll(t *testing.T) {
	h := skilltest.Start(t, "")
	if err := h.Command("/poll", "just a question", "U1", "C1"); err != nil {
		t.Fatal(err)
	}
	if got := h.ReplyTexts(); len(got) != 1 || !strings.HasPrefix(got[0], "Usage:") {
		t.Fatalf("bad command answered %q", got)
	}
	h.Clear()
	if err := h.Command("/poll", "Lunch? | Pizza | Sushi <!channel> & co", "U1", "C1"); err != nil {
		t.Fatal(err)
	}
	r := h.Replies()
	if len(r) != 1 || r[0].TS != "bothost:2" || r[0].Message.Text != "Lunch?" {
		t.Fatalf("replies = %+v", r)
	}
	b := blocks(t, r[0].Message.Blocks)
	if b[0]["type"] != "header" || b[len(b)-1]["type"] != "actions" {
		t.Errorf("blocks = %v", b)
	}
	js := r[0].Message.Blocks
	for _, want := range []string{`"action_id":"poll:vote:1:0"`, `"action_id":"poll:vote:1:1"`, `"action_id":"poll:close:1"`,
		`"style":"danger"`, `"confirm":{`, `Sushi &lt;!channel&gt; &amp; co`} {
		if !strings.Contains(js, want) {
			t.Errorf("blocks lack %s:\n%s", want, js)
		}
	}
	// The button label is plain text: shown as typed, not escaped.
	if !strings.Contains(js, `"text":"Sushi <!channel> & co"`) {
		t.Errorf("button label escaped:\n%s", js)
	}

	// Clicks arrive with the message's real ts; one vote per user.
	msg := "1735689600.000777"
	for _, c := range []struct{ user, opt string }{{"U1", "0"}, {"U2", "0"}, {"U3", "1"}, {"U1", "1"}} {
		if err := h.Action("poll:vote:1:"+c.opt, "", c.user, "C1", msg); err != nil {
			t.Fatal(err)
		}
	}
	u := h.Updates()
	if len(u) != 4 || u[3].Channel != "C1" || u[3].TS != msg {
		t.Fatalf("updates = %+v", u)
	}
	last := lastUpdate(t, h)
	if !strings.Contains(last, "*Pizza*  ▇ 1") || !strings.Contains(last, "▇▇ 2") || !strings.Contains(last, "3 votes") {
		t.Errorf("counts after U1 changed their vote:\n%s", last)
	}
	if v, _ := h.KV("poll/1"); !strings.Contains(v, "v:U1") {
		t.Errorf("record %q lacks U1's vote", v)
	}

	// Only the creator closes it.
	if err := h.Action("poll:close:1", "", "U2", "C1", msg); err != nil {
		t.Fatal(err)
	}
	if r := h.Replies(); r[len(r)-1].Message.EphemeralUser != "U2" {
		t.Errorf("U2's close not refused: %+v", r[len(r)-1])
	}
	if err := h.Action("poll:close:1", "", "U1", "C1", msg); err != nil {
		t.Fatal(err)
	}
	closed := lastUpdate(t, h)
	if strings.Contains(closed, `"actions"`) || !strings.Contains(closed, "*closed*") {
		t.Errorf("closed poll:\n%s", closed)
	}
	n := len(h.Updates())
	if err := h.Action("poll:vote:1:0", "", "U4", "C1", msg); err != nil {
		t.Fatal(err)
	}
	if len(h.Updates()) != n {
		t.Error("a vote on a closed poll updated it")
	}
	// A second poll gets its own id.
	if err := h.Command("/poll", "Tea? | yes | no", "U2", "C2"); err != nil {
		t.Fatal(err)
	}
	if r := h.Replies(); !strings.Contains(r[len(r)-1].Message.Blocks, "poll:vote:2:0") {
		t.Errorf("second poll: %s", r[len(r)-1].Message.Blocks)
	}
}
