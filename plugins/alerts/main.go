// Command alerts is the bot's alert escalation skill: alerts from
// Alertmanager, Grafana, AWS SNS and any HTTP client become one Slack
// message each, with Acknowledge / Close / Pass / Snooze buttons, a
// timeline in the message's thread, and escalation along a configured
// chain and rotation on durable timers (README.md, "Alerts").
//
// State lives in KV (one JSON record per alert, changed only by
// compare-and-swap, so a click and a timer firing at once both land) and
// in named timers; nothing is kept in globals but the parsed config, so
// any instance can handle any event and a restart loses nothing.
package main

import (
	"strings"

	skill "github.com/bothost/bothost/sdk/go"
)

// cfg is parsed once per instance by OnInit and only read afterwards.
var cfg *Config

func init() {
	skill.OnInit(func(raw []byte) error {
		c, err := parseConfig(raw)
		if err != nil {
			return err
		}
		cfg = c
		return nil
	})
	skill.OnWebhook(onWebhook)
	skill.OnAction(onAction)
	skill.OnTimer(onTimer)
	skill.OnCommand(onCommand)
}

func main() {}

// onWebhook reads one delivery and applies it.
func onWebhook(e *skill.Event) error {
	hook := e.Hook()
	in, err := parse(cfg.formatOf(hook), e.Headers(), e.Body())
	if err != nil {
		return unreadableNotice(hook, e, err)
	}
	return intake(hook, in, e)
}

// unreadableNotice logs and counts a payload the skill cannot read and
// tells the channel, at most once per hook per hour. The event counts as
// handled: the same bytes would fail again.
func unreadableNotice(hook string, e *skill.Event, err error) error {
	now := e.Time()
	skill.Warn("alerts: hook " + hook + ": " + err.Error())
	stat(now, "unreadable")
	first, cerr := kvCAS(kNotice+hook, nil, []byte{'1'}, hourTTL)
	if cerr != nil || !first {
		return cerr
	}
	msg := strings.TrimPrefix(err.Error(), errUnreadable.Error()+": ")
	_, perr := skill.Post(skill.Message{Channel: cfg.channelFor(hook), Text: ":warning: could not read an alert from hook " + esc(hook) + ": " + esc(clip(msg, 500))})
	return perr
}

func onAction(e *skill.Event) error {
	id := e.ActionID()
	if !strings.HasPrefix(id, actionsPref) {
		return nil
	}
	return act(id, e.Value(), e.User(), e.Time())
}

func onTimer(e *skill.Event) error {
	kind, id, ok := strings.Cut(e.Name(), ":")
	if !ok {
		return nil
	}
	switch kind {
	case tEscalate:
		return escalateTimer(id, string(e.Payload()), e.Time())
	case tReminder:
		return reminderTimer(id, string(e.Payload()), e.Time())
	case tSnooze:
		return snoozeTimer(id, string(e.Payload()), e.Time())
	case tFlush:
		return refreshStorm(id)
	}
	return nil
}
