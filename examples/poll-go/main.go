// Command poll-go is a poll skill built on the SDK's helpers: Block Kit
// builders, a KV record per poll changed with KVUpdateRecord (votes from
// many users racing on one poll lose nothing) and action routing by
// prefix.
//
//	/poll Lunch? | Pizza | Sushi    posts the question with one button per option
//	click an option                 records one vote per user (a new click changes it)
//	click Close (its creator only)  ends the poll and shows the result
//
// bot.toml:
//
//	[skills.poll]
//	path = "build/skills/poll-go.wasm"
//	[skills.poll.on]
//	commands = ["/poll"]
//	actions = ["poll:"]
package main

import (
	"errors"
	"strconv"
	"strings"

	skill "github.com/bothost/bothost/sdk/go"
)

func main() {}

const usage = "Usage: `/poll Question | option 1 | option 2 …` (2 to 10 options)"

func init() {
	skill.OnCommand(create)
	skill.OnActionPrefix("poll:vote:", vote)
	skill.OnActionPrefix("poll:close:", closePoll)
}

// A poll is one KV record "poll/ID": q (question), by (creator), n
// (options), o0..o9 (option texts), closed, and v:USER (the option index
// a user voted for).
func create(e *skill.Event) error {
	parts := strings.Split(e.Text(), "|")
	if len(parts) < 3 || len(parts) > 11 || strings.TrimSpace(parts[0]) == "" {
		return skill.ReplyText(usage)
	}
	id, err := skill.KVIncr("poll/seq", 1, 0)
	if err != nil {
		return err
	}
	p := skill.NewRecord().Set("q", strings.TrimSpace(parts[0])).Set("by", e.User()).SetInt("n", int64(len(parts)-1))
	for i, o := range parts[1:] {
		p.Set("o"+strconv.Itoa(i), strings.TrimSpace(o))
	}
	key := "poll/" + strconv.FormatInt(id, 10)
	if err := skill.KVSetRecord(key, p, 0); err != nil {
		return err
	}
	_, err = skill.Reply(render(key, p))
	return err
}

func vote(e *skill.Event, suffix string) error {
	key, opt, _ := strings.Cut(suffix, ":")
	p, err := skill.KVUpdateRecord("poll/"+key, 0, func(p *skill.Record, exists bool) error {
		if !exists || p.Bool("closed") {
			return errClosed
		}
		p.Set("v:"+e.User(), opt)
		return nil
	})
	if err == errClosed {
		return nil // a click on a closed or unknown poll changes nothing
	}
	if err != nil {
		return err
	}
	return skill.UpdateRef(e.MessageRef(), render("poll/"+key, p))
}

var errClosed = errors.New("poll closed")

func closePoll(e *skill.Event, key string) error {
	p, err := skill.KVUpdateRecord("poll/"+key, 0, func(p *skill.Record, exists bool) error {
		if !exists || p.String("by") != e.User() {
			return errClosed
		}
		p.SetBool("closed", true)
		return nil
	})
	if err == errClosed {
		_, err := skill.Reply(skill.Message{Text: "Only the poll's creator can close it.", EphemeralUser: e.User()})
		return err
	}
	if err != nil {
		return err
	}
	return skill.UpdateRef(e.MessageRef(), render("poll/"+key, p))
}

// render draws the poll: the question, each option with its votes, and
// the buttons while it is open.
func render(key string, p *skill.Record) skill.Message {
	n := int(p.Int("n"))
	counts, total := make([]int, n), 0
	for i := range p.Len() {
		if name, v := p.Field(i); strings.HasPrefix(name, "v:") {
			if o, err := strconv.Atoi(v); err == nil && o >= 0 && o < n {
				counts[o]++
				total++
			}
		}
	}
	q := p.String("q")
	b := skill.NewBlocks().Header(q)
	var buttons []skill.Element
	id := strings.TrimPrefix(key, "poll/")
	for i := range n {
		opt := skill.EscapeMrkdwn(p.String("o" + strconv.Itoa(i)))
		b.Text("*" + opt + "*  " + strings.Repeat("▇", counts[i]) + " " + strconv.Itoa(counts[i]))
		buttons = append(buttons, skill.Button{Text: p.String("o" + strconv.Itoa(i)), ActionID: "poll:vote:" + id + ":" + strconv.Itoa(i)})
	}
	status := strconv.Itoa(total) + " votes · asked by " + skill.Mention(p.String("by"))
	if p.Bool("closed") {
		return skill.Message{Text: q, Blocks: b.Context(status + " · *closed*").String()}
	}
	buttons = append(buttons, skill.Button{Text: "Close", ActionID: "poll:close:" + id, Style: skill.Danger,
		Confirm: &skill.Confirm{Title: "Close the poll?", Text: "Nobody can vote after this.", Confirm: "Close", Style: skill.Danger}})
	return skill.Message{Text: q, Blocks: b.Context(status).Actions(buttons...).String()}
}
