// Package console is the ingress adapter for a terminal: each typed line
// enters the same dispatch path a Slack message takes, replies print back,
// and Block Kit buttons show as numbered choices the user picks with #N.
// It is what `bothost run` does when no Slack credentials are configured.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"regexp"
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

	mu   sync.Mutex
	seq  int64
	user string // who typed lines are from: User, or another one after "/as U2"
	// shown are the messages printed so far with choices, by the ts Send
	// returned for them, as they are now (an update replaces one); the
	// oldest are forgotten past maxShown. current is the one whose buttons
	// were printed last: "#N" presses its button N as the message is now,
	// so a button an update removed cannot be pressed.
	shown   map[string][]choice
	order   []string
	current string
	posted  map[string]string // channel+ts -> skill, for update's owner check (wasmrt.Poster)
}

// maxShown bounds what the console remembers of old messages.
const maxShown = 1000

// maxPosted bounds the owners remembered; older messages can no longer
// be updated in a console session that long.
const maxPosted = 10000

type choice struct {
	label, actionID, value, blockID string
	channel, ts                     string
}

// New returns a Console writing to out.
func New(out io.Writer, clk clock.Clock) *Console {
	return &Console{out: out, clock: clk, user: User, shown: map[string][]choice{}}
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
	lines, choices, hasText := render(s.Msg.Blocks)
	if !hasText && s.Msg.Text != "" || len(lines) == 0 {
		// Blocks with nothing to read (only buttons, say), or none: the
		// text is all there is.
		lines = append(strings.Split(s.Msg.Text, "\n"), lines...)
	}
	fmt.Fprintf(c.out, "%s%s\n", prefix, lines[0])
	for _, l := range lines[1:] {
		fmt.Fprintf(c.out, "    %s\n", l)
	}
	c.remember(ts, s.Msg.Channel, choices, s.Op == wasmrt.OpUpdate)
	return ts, nil
}

// remember records the choices of the message ts as it is now. A message
// with choices becomes the one "#N" presses; an update that removes every
// button leaves it current with none, so "#N" says so instead of pressing
// a button that is gone.
func (c *Console) remember(ts, channel string, choices []choice, update bool) {
	for i := range choices {
		choices[i].channel, choices[i].ts = channel, ts
	}
	_, known := c.shown[ts]
	switch {
	case len(choices) > 0 || (update && known):
		if !known {
			c.order = append(c.order, ts)
			if len(c.order) > maxShown {
				delete(c.shown, c.order[0])
				c.order = c.order[1:]
			}
		}
		c.shown[ts] = choices
		if len(choices) > 0 {
			c.current = ts
		}
	}
}

// Run reads lines from in until EOF or ctx ends and dispatches each one.
// "/cmd text" is a slash command, "#N" presses button N of the message
// whose buttons were shown last (as it is now), "/as U2" makes the next
// lines come from user U2, anything else is a direct message to the bot.
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
		if cmd, arg, _ := strings.Cut(line, " "); cmd == "/as" {
			c.actAs(strings.TrimSpace(arg))
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

// userID is what "/as" accepts: a Slack user id (U…, W…).
var userID = regexp.MustCompile(`^[A-Z][A-Z0-9]{1,31}$`)

// actAs handles "/as U2": the lines typed next come from user U2, so a
// flow that depends on who acts (one vote per user) can be tried on one
// terminal. "/as" alone says who you are.
func (c *Console) actAs(user string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case user == "":
		fmt.Fprintf(c.out, "console: you are %s (\"/as USER\" acts as another user)\n", c.user)
	case !userID.MatchString(user):
		fmt.Fprintf(c.out, "console: %q is not a user id (like U2 or U0123ABCD)\n", user)
	case user == User:
		c.user = user
		fmt.Fprintf(c.out, "console: you are %s again\n", user)
	default:
		c.user = user
		fmt.Fprintf(c.out, "console: you are now %s (\"/as %s\" goes back)\n", user, User)
	}
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
	ev := &abi.Event{ID: id, Team: Team, Time: now, User: c.user, Channel: Channel}
	switch {
	case strings.HasPrefix(line, "#"):
		choices := c.shown[c.current]
		n, err := strconv.Atoi(strings.TrimPrefix(line, "#"))
		if err != nil || n < 1 || n > len(choices) {
			if c.current != "" && len(choices) == 0 {
				return nil, fmt.Errorf("no button %s (the message has no buttons now)", line)
			}
			return nil, fmt.Errorf("no button %s (there are %d)", line, len(choices))
		}
		ch := choices[n-1]
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
