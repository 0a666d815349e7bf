package slackin

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/inbox"
)

// Filter reasons (bothost_slack_filtered_total).
const (
	FilterSelf    = "self"    // the bot's own message
	FilterBot     = "bot"     // another bot's message, IgnoreBots
	FilterEdit    = "edit"    // message_changed / message_deleted / edited app_mention, IgnoreEdits
	FilterSubtype = "subtype" // a system message subtype (channel_join, topic, ...)
	FilterNoop    = "unchanged_edit"
)

// core is the part shared by the HTTP endpoints and Socket Mode: filtering,
// conversion to abi.Event, and the durable Put.
type core struct {
	o    Options
	sink Sink
	m    *Metrics
}

// conversion is what one Slack delivery turns into.
type conversion struct {
	events  []*abi.Event
	outcome string // set when events is empty: OutcomeFiltered or OutcomeIgnored
}

func filtered(c *core, reason string) conversion {
	c.m.filter(reason)
	return conversion{outcome: OutcomeFiltered}
}

var ignored = conversion{outcome: OutcomeIgnored}

// single is the conversion to one event. The event and the one-element
// list pointing to it are allocated together, and only for a delivery
// that passed the filters (the converters build the event on the stack:
// the bot's own messages, which come back for every reply it posts,
// allocate no event).
func single(ev abi.Event) conversion {
	one := &struct {
		ev   abi.Event
		list [1]*abi.Event
	}{ev: ev}
	one.list[0] = &one.ev
	return conversion{events: one.list[:]}
}

// deliverableSubtypes are the message subtypes that reach skills as
// messages: ordinary posts and their variants. Everything else (joins,
// topic/purpose/name changes, pins, ...) is a system notice and is dropped.
var deliverableSubtypes = map[string]bool{
	"":                 true,
	"bot_message":      true,
	"thread_broadcast": true,
	"file_share":       true,
	"me_message":       true,
	"message_changed":  true,
	"message_deleted":  true,
}

// fromEventsAPI converts an Events API envelope (HTTP or Socket Mode) and
// runs the uninstall callback. The caller handles url_verification.
func (c *core) fromEventsAPI(ev *slackevents.EventsAPIEvent) conversion {
	if ev.Type != slackevents.CallbackEvent {
		if ev.Type == slackevents.AppRateLimited {
			c.o.Logger.Warn("slack: app_rate_limited: Slack is dropping this app's events", "team", ev.TeamID)
		}
		return ignored
	}
	cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if cb == nil {
		return ignored
	}
	team, self := c.callbackContext(cb, ev.TeamID)
	switch inner := ev.InnerEvent.Data.(type) {
	case *slackevents.MessageEvent:
		return c.fromMessage(team, self, inner)
	case *slackevents.AppMentionEvent:
		return c.fromAppMention(team, self, inner)
	case *slackevents.AppUninstalledEvent:
		c.uninstall(team, "app_uninstalled")
		return ignored
	case *slackevents.TokensRevokedEvent:
		if len(inner.Tokens.Bot) > 0 || len(inner.Tokens.Oauth) == 0 {
			c.uninstall(team, "tokens_revoked")
		}
		return ignored
	}
	return ignored
}

// callbackContext returns the team an event_callback is for (the
// envelope's team_id, else outerTeam) and the bot's identities in it.
func (c *core) callbackContext(cb *slackevents.EventsAPICallbackEvent, outerTeam string) (string, selfSet) {
	team := cb.TeamID
	if team == "" {
		team = outerTeam
	}
	return team, c.identities(team, cb.Authorizations)
}

func (c *core) uninstall(team, why string) {
	c.o.Logger.Info("slack: installation removed", "team", team, "event", why)
	if c.o.OnUninstall != nil {
		c.o.OnUninstall(team)
	}
}

// selfSet holds the bot's user ids and bot ids for one team (from options
// and from the envelope's authorizations).
type selfSet struct {
	users [3]string
	bots  [2]string
}

func (s *selfSet) isUser(u string) bool {
	return u != "" && (u == s.users[0] || u == s.users[1] || u == s.users[2])
}

func (s *selfSet) knowsUser() bool {
	return s.users[0] != "" || s.users[1] != "" || s.users[2] != ""
}

func (s *selfSet) isBot(b string) bool {
	return b != "" && (b == s.bots[0] || b == s.bots[1])
}

// mentioned reports whether text @-mentions one of the bot's user ids:
// "<@U123>" or the older "<@U123|name>".
func (s *selfSet) mentioned(text string) bool {
	for _, u := range s.users {
		if u == "" {
			continue
		}
		for i := 0; ; {
			j := strings.Index(text[i:], "<@"+u)
			if j < 0 {
				break
			}
			k := i + j + 2 + len(u)
			if k < len(text) && (text[k] == '>' || text[k] == '|') {
				return true
			}
			i = k
		}
	}
	return false
}

func (c *core) identities(team string, auths []slack.EventAuthorization) selfSet {
	var s selfSet
	s.users[0], s.bots[0] = c.o.Self.UserID, c.o.Self.BotID
	if c.o.SelfFor != nil {
		id := c.o.SelfFor(team)
		s.users[1], s.bots[1] = id.UserID, id.BotID
	}
	for _, a := range auths {
		if a.IsBot && (a.TeamID == "" || a.TeamID == team) {
			s.users[2] = a.UserID
			break
		}
	}
	return s
}

func messageID(team, channel, ts string) string {
	return "slack:" + team + ":" + channel + ":" + ts
}

func isDM(channelType, channel string) bool {
	if channelType != "" {
		return channelType == slackevents.ChannelTypeIM
	}
	return strings.HasPrefix(channel, "D")
}

func (c *core) fromMessage(team string, self selfSet, me *slackevents.MessageEvent) conversion {
	if !deliverableSubtypes[me.SubType] {
		return filtered(c, FilterSubtype)
	}
	ev := abi.Event{
		Kind:    abi.KindMessage,
		Team:    team,
		Channel: me.Channel,
		IsDM:    isDM(me.ChannelType, me.Channel),
		Time:    c.o.Clock.Now(),
	}
	switch me.SubType {
	case "message_changed":
		if c.o.IgnoreEdits {
			return filtered(c, FilterEdit)
		}
		msg := me.Message
		if msg == nil {
			return ignored
		}
		if me.PreviousMessage != nil && self.isUser(me.PreviousMessage.User) {
			return filtered(c, FilterSelf)
		}
		// Link unfurls and attachment updates arrive as message_changed with the
		// text untouched: not an edit anyone made.
		if me.PreviousMessage != nil && me.PreviousMessage.Text == msg.Text {
			return filtered(c, FilterNoop)
		}
		ev.Text, ev.User, ev.BotID = msg.Text, msg.User, msg.BotID
		ev.TS, ev.ThreadTS = msg.Timestamp, msg.ThreadTimestamp
		edit := me.TimeStamp
		if msg.Edited != nil && msg.Edited.Timestamp != "" {
			edit = msg.Edited.Timestamp
		}
		ev.ID = messageID(team, me.Channel, ev.TS) + ":e" + edit
	case "message_deleted":
		if c.o.IgnoreEdits {
			return filtered(c, FilterEdit)
		}
		ev.TS = me.DeletedTimeStamp
		if ev.TS == "" && me.Message != nil {
			ev.TS = me.Message.DeletedTimestamp
		}
		if p := me.PreviousMessage; p != nil {
			ev.User, ev.BotID, ev.ThreadTS = p.User, p.BotID, p.ThreadTimestamp
		}
		ev.ID = messageID(team, me.Channel, ev.TS) + ":d"
	default:
		ev.Text, ev.User, ev.BotID = me.Text, me.User, me.BotID
		ev.TS, ev.ThreadTS = me.TimeStamp, me.ThreadTimeStamp
		if me.Message != nil {
			if ev.User == "" {
				ev.User = me.Message.User
			}
			if ev.BotID == "" {
				ev.BotID = me.Message.BotID
			}
		}
		ev.ID = messageID(team, me.Channel, ev.TS)
	}
	if self.isUser(ev.User) || self.isBot(ev.BotID) {
		return filtered(c, FilterSelf)
	}
	if c.o.IgnoreBots && (ev.BotID != "" || me.SubType == "bot_message") {
		return filtered(c, FilterBot)
	}
	if ev.TS == "" || ev.Channel == "" {
		return ignored
	}
	if ev.ThreadTS == ev.TS {
		// The parent of a thread carries thread_ts == ts once it has replies;
		// it is not itself in a thread.
		ev.ThreadTS = ""
	}
	ev.Mentioned = self.mentioned(ev.Text)
	return single(ev)
}

func (c *core) fromAppMention(team string, self selfSet, am *slackevents.AppMentionEvent) conversion {
	if self.isUser(am.User) || self.isBot(am.BotID) {
		return filtered(c, FilterSelf)
	}
	if c.o.IgnoreBots && am.BotID != "" {
		return filtered(c, FilterBot)
	}
	id := messageID(team, am.Channel, am.TimeStamp)
	if !self.knowsUser() {
		// Without the bot's user id the `message` event for this post could
		// not tell it mentions the bot (Mentioned false); sharing its id
		// would then drop the mention as a duplicate. Keep both: a skill may
		// see the post twice, which only a misconfigured host risks.
		id += ":mention"
	}
	if am.Edited != nil {
		if c.o.IgnoreEdits {
			return filtered(c, FilterEdit)
		}
		// Same id as the message_changed event for this edit.
		id += ":e" + am.Edited.TimeStamp
	}
	if am.TimeStamp == "" || am.Channel == "" {
		return ignored
	}
	ev := abi.Event{
		ID:        id,
		Kind:      abi.KindMessage,
		Team:      team,
		Time:      c.o.Clock.Now(),
		Text:      am.Text,
		User:      am.User,
		Channel:   am.Channel,
		TS:        am.TimeStamp,
		ThreadTS:  am.ThreadTimeStamp,
		IsDM:      isDM("", am.Channel),
		Mentioned: true,
		BotID:     am.BotID,
	}
	if ev.ThreadTS == ev.TS {
		ev.ThreadTS = ""
	}
	return single(ev)
}

// fromInteraction converts block_actions into one action event per action;
// other interaction types are acked and ignored. raw is the payload JSON,
// used only to derive an id when Slack sent no trigger_id.
func (c *core) fromInteraction(cb *slack.InteractionCallback, raw []byte) conversion {
	if cb.Type != slack.InteractionTypeBlockActions {
		return ignored
	}
	actions := cb.ActionCallback.BlockActions
	if len(actions) == 0 {
		return ignored
	}
	team := cb.Team.ID
	channel := cb.Container.ChannelID
	if channel == "" {
		channel = cb.Channel.ID
	}
	msgTS := cb.Container.MessageTs
	if msgTS == "" {
		msgTS = cb.Message.Timestamp
	}
	threadTS := cb.Container.ThreadTs
	if threadTS == "" {
		threadTS = cb.Message.ThreadTimestamp
	}
	if threadTS == msgTS {
		threadTS = ""
	}
	base := "slack:" + team + ":action:"
	if cb.TriggerID != "" {
		base += cb.TriggerID
	} else {
		base += "h" + digest(raw)
	}
	now := c.o.Clock.Now()
	out := make([]*abi.Event, 0, len(actions))
	for i, a := range actions {
		out = append(out, &abi.Event{
			ID:          base + ":" + strconv.Itoa(i),
			Kind:        abi.KindAction,
			Team:        team,
			Time:        now,
			User:        cb.User.ID,
			Channel:     channel,
			IsDM:        isDM("", channel),
			ThreadTS:    threadTS,
			MessageTS:   msgTS,
			ActionID:    a.ActionID,
			BlockID:     a.BlockID,
			Value:       actionValue(a),
			ResponseURL: cb.ResponseURL,
			TriggerID:   cb.TriggerID,
		})
	}
	return conversion{events: out}
}

// actionValue is the value a block action carries: a button's value, or
// what was selected in a menu or picker (several joined with ",").
func actionValue(a *slack.BlockAction) string {
	switch {
	case a.Value != "":
		return a.Value
	case a.SelectedOption.Value != "":
		return a.SelectedOption.Value
	case len(a.SelectedOptions) > 0:
		vs := make([]string, len(a.SelectedOptions))
		for i, o := range a.SelectedOptions {
			vs[i] = o.Value
		}
		return strings.Join(vs, ",")
	case a.SelectedUser != "":
		return a.SelectedUser
	case len(a.SelectedUsers) > 0:
		return strings.Join(a.SelectedUsers, ",")
	case a.SelectedChannel != "":
		return a.SelectedChannel
	case len(a.SelectedChannels) > 0:
		return strings.Join(a.SelectedChannels, ",")
	case a.SelectedConversation != "":
		return a.SelectedConversation
	case len(a.SelectedConversations) > 0:
		return strings.Join(a.SelectedConversations, ",")
	case a.SelectedDate != "":
		return a.SelectedDate
	case a.SelectedTime != "":
		return a.SelectedTime
	case a.SelectedDateTime != 0:
		return strconv.FormatInt(a.SelectedDateTime, 10)
	}
	return ""
}

// fromCommand converts a slash command (its callers reject one without
// a command). raw identifies the delivery when Slack sent no trigger_id.
func (c *core) fromCommand(sc *slack.SlashCommand, raw []byte) conversion {
	id := "slack:" + sc.TeamID + ":command:"
	if sc.TriggerID != "" {
		id += sc.TriggerID
	} else {
		id += "h" + digest(raw)
	}
	return conversion{events: []*abi.Event{{
		ID:          id,
		Kind:        abi.KindCommand,
		Team:        sc.TeamID,
		Time:        c.o.Clock.Now(),
		Command:     sc.Command,
		Text:        sc.Text,
		User:        sc.UserID,
		Channel:     sc.ChannelID,
		IsDM:        isDM("", sc.ChannelID),
		ResponseURL: sc.ResponseURL,
		TriggerID:   sc.TriggerID,
	}}}
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:12])
}

// put hands every event to the sink, each Put with a ctx that ends after
// Options.PutTimeout (see there: the inbox does not give up on a write in
// progress). It returns OutcomeAccepted, OutcomeDuplicate (all of them
// were already there), OutcomeTooLarge (none stored: over the size a
// skill can receive) or, with the error, OutcomeError.
//
// An event too large for any skill (inbox.ErrTooLarge) is acked and
// dropped with an error log: Slack's retries would carry the same bytes,
// and a failed delivery counts against the app.
func (c *core) put(ctx context.Context, evs []*abi.Event) (string, error) {
	outcome := OutcomeDuplicate
	tooLarge := 0
	for _, ev := range evs {
		pctx, cancel := context.WithTimeout(ctx, c.o.PutTimeout)
		err := c.sink.Put(pctx, ev)
		cancel()
		switch {
		case err == nil:
			outcome = OutcomeAccepted
		case inbox.IsDuplicate(err):
		case errors.Is(err, inbox.ErrTooLarge):
			tooLarge++
			c.o.Logger.Error("slack ingress: event too large for skills; acked and dropped", "id", ev.ID, "kind", ev.Kind, "err", err)
		default:
			return OutcomeError, err
		}
	}
	if tooLarge == len(evs) {
		return OutcomeTooLarge, nil
	}
	return outcome, nil
}
