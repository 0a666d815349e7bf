// Package console is the ingress adapter for a terminal: each typed line
// enters the same dispatch path a Slack message takes, replies print back,
// and Block Kit buttons show as numbered choices the user picks with #N.
// It is what `bothost run` does when no Slack credentials are configured.
package console

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Conversation identity used for console events.
const (
	Team    = "TCONSOLE"
	Channel = "DCONSOLE"
	User    = "UCONSOLE"
)

// Dispatcher is where typed lines go (dispatch.Registry in the host).
type Dispatcher interface {
	Dispatch(ctx context.Context, ev *abi.Event) []dispatch.Handled
}

// Console is both the ingress (Run reads lines) and the outbox (Send
// prints messages), because in a terminal they are the same conversation.
type Console struct {
	out   io.Writer
	clock clock.Clock

	mu      sync.Mutex
	seq     int64
	choices []choice          // buttons of the latest message that had any
	posted  map[string]string // channel+ts -> skill, for update's owner check (wasmrt.Poster)
}

// maxPosted bounds the owners remembered; older messages can no longer
// be updated in a console session that long.
const maxPosted = 10000

type choice struct {
	label, actionID, value, blockID string
	channel, ts                     string
}

// New returns a Console writing to out.
func New(out io.Writer, clk clock.Clock) *Console {
	return &Console{out: out, clock: clk}
}

func (c *Console) nextTS() string {
	c.seq++
	now := c.clock.Now()
	return fmt.Sprintf("%d.%06d", now.Unix(), c.seq%1000000)
}

// PostedBy implements wasmrt.Poster: the console hands skills real ts
// values, so update asks it who posted one.
func (c *Console) PostedBy(team, channel, ts string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	skill, ok := c.posted[channel+"\x00"+ts]
	return skill, ok
}

// Send implements wasmrt.Outbox by printing the message.
func (c *Console) Send(ctx context.Context, s wasmrt.Send) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ts := s.Msg.TS
	prefix := fmt.Sprintf("[%s] ", s.Skill)
	switch {
	case s.Op == wasmrt.OpUpdate:
		prefix += "(edited) "
	default:
		ts = c.nextTS()
		if c.posted == nil || len(c.posted) >= maxPosted {
			c.posted = map[string]string{}
		}
		c.posted[s.Msg.Channel+"\x00"+ts] = s.Skill
	}
	if s.Msg.Channel != Channel && s.Op != wasmrt.OpUpdate {
		prefix += "#" + s.Msg.Channel + " "
	}
	if s.Msg.ThreadTS != "" {
		prefix += "(thread) "
	}
	if s.Msg.EphemeralUser != "" {
		prefix += "(only you) "
	}
	text := s.Msg.Text
	if text == "" {
		text = blocksText(s.Msg.Blocks)
	}
	fmt.Fprintf(c.out, "%s%s\n", prefix, text)
	if btns := buttons(s.Msg.Blocks); len(btns) > 0 {
		c.choices = c.choices[:0]
		var parts []string
		for _, b := range btns {
			b.channel, b.ts = s.Msg.Channel, ts
			c.choices = append(c.choices, b)
			parts = append(parts, fmt.Sprintf("[#%d] %s", len(c.choices), b.label))
		}
		fmt.Fprintf(c.out, "    %s\n", strings.Join(parts, "  "))
	}
	return ts, nil
}

// Run reads lines from in until EOF or ctx ends and dispatches each one.
// "/cmd text" is a slash command, "#N" picks button N of the latest
// message with buttons, anything else is a direct message to the bot.
func (c *Console) Run(ctx context.Context, in io.Reader, d Dispatcher) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), abi.MaxTextLen)
	for sc.Scan() {
		if ctx.Err() != nil {
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		ev, err := c.event(line)
		if err != nil {
			fmt.Fprintln(c.out, "console:", err)
			continue
		}
		res := d.Dispatch(ctx, ev)
		if len(res) == 0 && ev.Kind != abi.KindMessage {
			fmt.Fprintf(c.out, "console: no skill handles %s\n", describe(ev))
		}
		for _, r := range res {
			if r.Err != nil {
				fmt.Fprintf(c.out, "[%s] failed: %v\n", r.Skill, r.Err)
			}
		}
		if len(res) == 0 && ev.Kind == abi.KindMessage {
			fmt.Fprintln(c.out, "console: no skill subscribed to that message")
		}
	}
	return sc.Err()
}

func describe(ev *abi.Event) string {
	if ev.Kind == abi.KindCommand {
		return "command " + ev.Command
	}
	return ev.Kind + " " + ev.ActionID
}

func (c *Console) event(line string) (*abi.Event, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	id := fmt.Sprintf("console-%d", c.seq)
	now := c.clock.Now()
	ev := &abi.Event{ID: id, Team: Team, Time: now, User: User, Channel: Channel}
	switch {
	case strings.HasPrefix(line, "#"):
		n, err := strconv.Atoi(strings.TrimPrefix(line, "#"))
		if err != nil || n < 1 || n > len(c.choices) {
			return nil, fmt.Errorf("no button %s (there are %d)", line, len(c.choices))
		}
		ch := c.choices[n-1]
		ev.Kind = abi.KindAction
		ev.ActionID, ev.Value, ev.BlockID = ch.actionID, ch.value, ch.blockID
		ev.Channel, ev.MessageTS = ch.channel, ch.ts
	case strings.HasPrefix(line, "/"):
		cmd, text, _ := strings.Cut(line, " ")
		ev.Kind = abi.KindCommand
		ev.Command, ev.Text = cmd, strings.TrimSpace(text)
	default:
		ev.Kind = abi.KindMessage
		ev.Text = line
		ev.TS = fmt.Sprintf("%d.%06d", now.Unix(), c.seq%1000000)
		ev.IsDM = true
		ev.Mentioned = strings.Contains(line, "@bot")
	}
	return ev, nil
}

// buttons extracts button elements from Block Kit JSON (actions blocks and
// section accessories), in order.
func buttons(blocks json.RawMessage) []choice {
	if len(blocks) == 0 {
		return nil
	}
	type element struct {
		Type     string `json:"type"`
		ActionID string `json:"action_id"`
		Value    string `json:"value"`
		Text     struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	var bs []struct {
		Type      string    `json:"type"`
		BlockID   string    `json:"block_id"`
		Elements  []element `json:"elements"`
		Accessory *element  `json:"accessory"`
	}
	if json.Unmarshal(blocks, &bs) != nil {
		return nil
	}
	var out []choice
	for _, b := range bs {
		els := b.Elements
		if b.Accessory != nil {
			els = append(els, *b.Accessory)
		}
		for _, e := range els {
			if e.Type == "button" {
				out = append(out, choice{label: e.Text.Text, actionID: e.ActionID, value: e.Value, blockID: b.BlockID})
			}
		}
	}
	return out
}

// blocksText gives a readable line for a blocks-only message.
func blocksText(blocks json.RawMessage) string {
	var bs []struct {
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	if json.Unmarshal(blocks, &bs) != nil {
		return "(blocks)"
	}
	var parts []string
	for _, b := range bs {
		if b.Text != nil {
			parts = append(parts, b.Text.Text)
		}
	}
	if len(parts) == 0 {
		return "(blocks)"
	}
	return strings.Join(parts, " / ")
}
