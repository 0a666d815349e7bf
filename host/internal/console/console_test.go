package console

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time { return c.t }

// pollSkill plays a poll skill against the console's outbox, the way a
// real skill's host calls reach it: "poll" posts a question with two vote
// buttons and a Close button; a vote updates the counts (one vote per
// user); Close updates the message to its result, without buttons.
type pollSkill struct {
	t     *testing.T
	c     *Console
	votes map[string]string // user -> option
	ts    string
	seen  []*abi.Event
}

const pollBlocks = `[
 {"type":"header","text":{"type":"plain_text","text":"Lunch?"}},
 {"type":"section","text":{"type":"mrkdwn","text":"Where do we eat?\nVote below."},
  "fields":[{"type":"mrkdwn","text":"*Pizza*: %d"},{"type":"mrkdwn","text":"*Sushi*: %d"},{"type":"mrkdwn","text":"*Voters*: %d"}]},
 {"type":"divider"},
 {"type":"actions","block_id":"vote","elements":[
   {"type":"button","text":{"type":"plain_text","text":"Pizza"},"action_id":"poll:vote:pizza","value":"pizza"},
   {"type":"button","text":{"type":"plain_text","text":"Sushi"},"action_id":"poll:vote:sushi","value":"sushi"},
   {"type":"button","text":{"type":"plain_text","text":"Close"},"action_id":"poll:close","style":"danger",
    "confirm":{"title":{"type":"plain_text","text":"Sure?"},"text":{"type":"plain_text","text":"Close the poll?"}}}]},
 {"type":"context","elements":[{"type":"mrkdwn","text":"asked by <@UCONSOLE>"},{"type":"image","image_url":"https://x/y.png","alt_text":"logo"}]}
]`

func (p *pollSkill) counts() (int, int) {
	a, b := 0, 0
	for _, v := range p.votes {
		if v == "pizza" {
			a++
		} else {
			b++
		}
	}
	return a, b
}

func (p *pollSkill) msg() abi.Message {
	a, b := p.counts()
	return abi.Message{Text: "Lunch? (poll)", Channel: Channel, Blocks: json.RawMessage(sprintf(pollBlocks, a, b, len(p.votes)))}
}

func sprintf(format string, args ...any) string {
	for _, a := range args {
		format = strings.Replace(format, "%d", itoa(a.(int)), 1)
	}
	return format
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func (p *pollSkill) Dispatch(ctx context.Context, ev *abi.Event) []dispatch.Handled {
	p.seen = append(p.seen, ev)
	send := func(op wasmrt.SendOp, m abi.Message) {
		ts, err := p.c.Send(ctx, wasmrt.Send{Skill: "poll", Op: op, Msg: m})
		if err != nil {
			p.t.Fatal(err)
		}
		if op != wasmrt.OpUpdate {
			p.ts = ts
		}
	}
	switch {
	case ev.Kind == abi.KindCommand && ev.Command == "/poll":
		p.votes = map[string]string{}
		send(wasmrt.OpPost, p.msg())
	case ev.Kind == abi.KindAction && strings.HasPrefix(ev.ActionID, "poll:vote:"):
		if ev.MessageTS != p.ts {
			p.t.Errorf("vote on message %q, the poll is %q", ev.MessageTS, p.ts)
		}
		p.votes[ev.User] = ev.Value
		m := p.msg()
		m.TS = p.ts
		send(wasmrt.OpUpdate, m)
	case ev.Kind == abi.KindAction && ev.ActionID == "poll:close":
		a, b := p.counts()
		send(wasmrt.OpUpdate, abi.Message{TS: p.ts, Channel: Channel, Text: "closed",
			Blocks: json.RawMessage(sprintf(`[{"type":"section","text":{"type":"mrkdwn","text":"Closed: pizza %d, sushi %d"}}]`, a, b))})
	default:
		return nil
	}
	return []dispatch.Handled{{Skill: "poll"}}
}

// TestConsolePollFlow: the Block Kit message renders as text (header,
// section text and fields, divider, buttons with style and confirm,
// context), "/as" switches user so one vote per user can be tried, and
// after Close removed the buttons "#1" presses nothing.
func TestConsolePollFlow(t *testing.T) {
	var out strings.Builder
	c := New(&out, fixedClock{time.Unix(1_700_000_000, 0)})
	p := &pollSkill{t: t, c: c}
	in := strings.Join([]string{
		"/poll", "#1", "#2", // UCONSOLE votes pizza, then changes to sushi
		"/as U2", "#1", // U2 votes pizza
		"/as", "/as bad id", "/as UCONSOLE",
		"#3", // close
		"#1", // the buttons are gone
		"#9", // never existed
	}, "\n")
	if err := c.Run(context.Background(), strings.NewReader(in), p); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"[poll] == Lunch? ==\n    Where do we eat?\n    Vote below.\n      *Pizza*: 0  |  *Sushi*: 0\n      *Voters*: 0\n      ----\n" +
			"    [#1] Pizza  [#2] Sushi  [#3] Close (danger) (asks: Close the poll?)\n      ~ asked by <@UCONSOLE> · [image: logo]\n",
		"[poll] (edited) == Lunch? ==",
		"*Pizza*: 1  |  *Sushi*: 0",
		"*Pizza*: 0  |  *Sushi*: 1\n      *Voters*: 1",
		"console: you are now U2",
		"*Pizza*: 1  |  *Sushi*: 1\n      *Voters*: 2",
		"console: you are U2 (",
		`console: "bad id" is not a user id`,
		"[poll] (edited) Closed: pizza 1, sushi 1\n",
		"console: no button #1 (the message has no buttons now)",
		"console: no button #9 (the message has no buttons now)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("console output lacks %q\n--- output:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Lunch? (poll)") {
		t.Errorf("the fallback text was shown beside blocks that have text:\n%s", got)
	}
	var users []string
	for _, ev := range p.seen {
		if ev.Kind == abi.KindAction {
			users = append(users, ev.User+":"+ev.ActionID)
		}
	}
	want := "UCONSOLE:poll:vote:pizza UCONSOLE:poll:vote:sushi U2:poll:vote:pizza UCONSOLE:poll:close"
	if strings.Join(users, " ") != want {
		t.Fatalf("actions %q, want %q (the closed poll's buttons must not reach the skill)", users, want)
	}
}

// TestRenderBlocks covers the block and element kinds one by one.
func TestRenderBlocks(t *testing.T) {
	cases := []struct {
		name, blocks string
		lines        []string
		choices      []string // label=action_id/value
		hasText      bool
	}{
		{"only buttons", `[{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Go"},"action_id":"a","value":"v"}]}]`,
			[]string{"[#1] Go"}, []string{"Go=a/v"}, false},
		{"accessory select", `[{"type":"section","block_id":"b","text":{"type":"mrkdwn","text":"Pick"},"accessory":{"type":"static_select","action_id":"s","placeholder":{"type":"plain_text","text":"Team"},
			"options":[{"text":{"type":"plain_text","text":"Red"},"value":"r"}],"option_groups":[{"options":[{"text":{"type":"plain_text","text":"Blue"},"value":"b"}]}]}}]`,
			[]string{"Pick", "  Team: [#1] Red [#2] Blue"}, []string{"Red=s/r", "Blue=s/b"}, true},
		{"overflow and link", `[{"type":"actions","elements":[{"type":"overflow","action_id":"o","options":[{"text":{"type":"plain_text","text":"Edit"},"value":"e"}]},
			{"type":"button","text":{"type":"plain_text","text":"Docs"},"url":"https://d"},{"type":"datepicker","action_id":"d"}]}]`,
			[]string{"overflow: [#1] Edit  [link Docs: https://d]  (datepicker)"}, []string{"Edit=o/e"}, false},
		{"rich text and image", `[{"type":"rich_text","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"hi "},{"type":"user","user_id":"U1"},{"type":"emoji","name":"wave"}]}]},
			{"type":"image","image_url":"https://i","alt_text":"a chart"},{"type":"input","label":{"type":"plain_text","text":"Name"}}]`,
			[]string{"hi <@U1>:wave:", "[image: a chart]", "(input block: Name)"}, nil, true},
		{"not blocks", `{"type":"section"}`, []string{"(blocks the console cannot read: json: cannot unmarshal object into Go value of type []console.block)"}, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines, choices, hasText := render(json.RawMessage(c.blocks))
			if strings.Join(lines, "\n") != strings.Join(c.lines, "\n") || hasText != c.hasText {
				t.Errorf("lines %q hasText %v, want %q %v", lines, hasText, c.lines, c.hasText)
			}
			var got []string
			for _, ch := range choices {
				got = append(got, ch.label+"="+ch.actionID+"/"+ch.value)
			}
			if strings.Join(got, " ") != strings.Join(c.choices, " ") {
				t.Errorf("choices %q, want %q", got, c.choices)
			}
		})
	}
}
