// Command echo-go is the reference echo skill. Its behaviour is specified
// exactly (a conformance test compares it with the Rust build of the same
// skill), so change both or neither.
package main

import (
	"errors"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

const defaultPrefix = "echo: "

// prefix is set from the config by OnInit, once per instance, before any
// event; handlers only read it.
var prefix = defaultPrefix

const buttons = `[{"type":"actions","elements":[` +
	`{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"echo:yes","value":"yes"},` +
	`{"type":"button","text":{"type":"plain_text","text":"No"},"action_id":"echo:no","value":"no"}]}]`

func init() {
	skill.OnInit(configure)
	skill.OnMessage(message)
	skill.OnCommand(func(e *skill.Event) error {
		return skill.ReplyText(prefix + e.Text())
	})
	skill.OnAction(func(e *skill.Event) error {
		if !strings.HasPrefix(e.ActionID(), "echo:") {
			return nil
		}
		return skill.Update(skill.Message{
			Channel: e.Channel(),
			TS:      e.MessageTS(),
			Text:    e.User() + " picked " + e.Value(),
		})
	})
	skill.OnTimer(func(e *skill.Event) error {
		_, err := skill.Post(skill.Message{Channel: string(e.Payload()), Text: "reminder: " + e.Name()})
		return err
	})
	skill.OnSchedule(func(e *skill.Event) error {
		skill.Info("got schedule " + e.Name())
		return nil
	})
	skill.OnWebhook(func(e *skill.Event) error {
		skill.Info("got webhook " + e.Hook())
		return nil
	})
}

// configure reads the prefix. A missing or non-string prefix (or config
// that is not a JSON object) means the default, as in the Rust build: the
// echo skill never refuses to load.
func configure(config []byte) error {
	p, ok, err := skill.ConfigString(config, "prefix")
	if !ok || err != nil {
		p = defaultPrefix
	}
	prefix = p
	return nil
}

func message(e *skill.Event) error {
	text, user := e.Text(), e.User()

	countKey := "count/" + user
	var n int64
	switch v, err := skill.KVGetString(countKey); {
	case err == nil:
		n, _ = strconv.ParseInt(v, 10, 64) // not a number: count from 0
	case !errors.Is(err, skill.ErrNotFound):
		return err
	}
	n++
	if err := skill.KVSetString(countKey, strconv.FormatInt(n, 10), 0); err != nil {
		return err
	}
	if err := skill.KVSetString("last", text, time.Hour); err != nil {
		return err
	}

	if err := respond(e, text, user, n); err != nil {
		return err
	}
	skill.Info("handled message from " + user)
	return nil
}

func respond(e *skill.Event, text, user string, n int64) error {
	switch {
	case text == "count":
		return skill.ReplyText(user + " has sent " + strconv.FormatInt(n, 10) + " messages")
	case text == "keys":
		keys, err := skill.KVList("", 0)
		if err != nil {
			return err
		}
		return skill.ReplyText(strings.Join(keys, ","))
	case text == "forget":
		switch err := skill.KVDelete("note"); {
		case err == nil:
			return skill.ReplyText("forgot")
		case errors.Is(err, skill.ErrNotFound):
			return skill.ReplyText("nothing to forget")
		default:
			return err
		}
	case strings.HasPrefix(text, "note "):
		if err := skill.KVSetString("note", text[len("note "):], 0); err != nil {
			return err
		}
		return skill.ReplyText("noted")
	case text == "buttons":
		_, err := skill.Reply(skill.Message{Text: "pick one", Blocks: buttons})
		return err
	case strings.HasPrefix(text, "remind "):
		secs, err := strconv.ParseInt(text[len("remind "):], 10, 64)
		if err != nil {
			return skill.ReplyText("bad number")
		}
		if err := skill.TimerSet("remind", []byte(e.Channel()), time.Duration(secs)*time.Second); err != nil {
			return err
		}
		return skill.ReplyText("will remind you in " + strconv.FormatInt(secs, 10) + "s")
	case strings.HasPrefix(text, "post "):
		channel, body, _ := strings.Cut(text[len("post "):], " ")
		ts, err := skill.Post(skill.Message{Channel: channel, Text: body})
		if err != nil {
			return err
		}
		return skill.ReplyText("posted " + ts)
	case text == "fail":
		return errors.New("asked to fail")
	default:
		_, err := skill.Reply(skill.Message{Text: prefix + text, InThread: e.ThreadTS() != ""})
		return err
	}
}

func main() {}
