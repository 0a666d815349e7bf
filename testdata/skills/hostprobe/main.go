// Command hostprobe is the skill the host's integration tests and the load
// benchmark drive through real Slack, webhook, timer and schedule
// traffic. Every event it handles produces a message whose text says what
// it saw, so a test can assert on the fake Slack's record alone.
//
//	message "ping X"            reply "pong X" (in the thread if the message was in one)
//	message "slow URL"          fetch URL (a slow server), then reply "slow done STATUS"
//	message "fetch URL"         reply "fetch STATUS LEN" or "fetch error: ..."
//	message "timer NAME MS"     set timer NAME due in MS ms (payload: the channel), reply "timer set NAME"
//	message "cancel NAME"       cancel timer NAME, reply "timer cancelled NAME" or the error
//	message "button"            reply with an Acknowledge button (action_id "probe:ack")
//	message "post CHANNEL TEXT" post TEXT to CHANNEL, then reply "posted" (ts kept in KV "last_post")
//	message "edit TEXT"         update the message posted by the last "post" to TEXT
//	message "incr KEY N"        N kv_incr(KEY, +1), reply "incr KEY LAST"
//	message "cas KEY N"         N read-modify-write loops (kv_get + kv_cas, retried until swapped) adding 1
//	                            to the decimal under KEY, reply "cas KEY LAST retries R"
//	message "slack METHOD K=V…" slack_call METHOD with the arguments, reply "slack METHOD JSON",
//	                            "slack error: ERR" or "slack error: ERR retry_after=DURATION"
//	action  probe:*             update the clicked message: "Acknowledged by <@USER>"
//	command /probe TEXT         reply "cmd /probe TEXT"
//	timer                       post "timer NAME late=BOOL" to the channel in the payload
//	schedule                    post "schedule NAME SLOT late=BOOL" to config "channel"
//	webhook                     post "webhook HOOK METHOD BODY" to header X-Channel, else config "channel"
package main

import (
	"errors"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

func main() {}

var channel = "C-ops"

func init() {
	skill.OnInit(func(config []byte) error {
		if c, ok, err := skill.ConfigString(config, "channel"); ok && err == nil {
			channel = c
		}
		return nil
	})
	skill.OnMessage(message)
	skill.OnAction(func(e *skill.Event) error {
		return skill.Update(skill.Message{Text: "Acknowledged by <@" + e.User() + ">"})
	})
	skill.OnCommand(func(e *skill.Event) error {
		return skill.ReplyText("cmd " + e.Command() + " " + e.Text())
	})
	skill.OnTimer(func(e *skill.Event) error {
		_, err := skill.Post(skill.Message{Channel: string(e.Payload()),
			Text: "timer " + e.Name() + " late=" + strconv.FormatBool(e.Late())})
		return err
	})
	skill.OnSchedule(func(e *skill.Event) error {
		_, err := skill.Post(skill.Message{Channel: channel,
			Text: "schedule " + e.Name() + " " + e.Slot().UTC().Format(time.RFC3339) + " late=" + strconv.FormatBool(e.Late())})
		return err
	})
	skill.OnWebhook(func(e *skill.Event) error {
		ch := channel
		if c := e.Header("x-channel"); c != "" {
			ch = c
		}
		_, err := skill.Post(skill.Message{Channel: ch,
			Text: "webhook " + e.Hook() + " " + e.Method() + " " + string(e.Body())})
		return err
	})
}

func message(e *skill.Event) error {
	text := e.Text()
	verb, rest, _ := strings.Cut(text, " ")
	reply := func(s string) error {
		_, err := skill.Reply(skill.Message{Text: s, InThread: e.ThreadTS() != ""})
		return err
	}
	switch verb {
	case "ping":
		return reply("pong " + rest)
	case "slow":
		resp, err := skill.Fetch(skill.Request{URL: rest})
		if err != nil {
			return reply("slow error: " + err.Error())
		}
		return reply("slow done " + strconv.Itoa(resp.Status))
	case "fetch":
		resp, err := skill.Fetch(skill.Request{URL: rest})
		if err != nil {
			return reply("fetch error: " + err.Error())
		}
		return reply("fetch " + strconv.Itoa(resp.Status) + " " + strconv.Itoa(len(resp.Body)))
	case "timer":
		name, ms, _ := strings.Cut(rest, " ")
		n, err := strconv.ParseInt(ms, 10, 64)
		if err != nil {
			return reply("bad delay")
		}
		if err := skill.TimerSet(name, []byte(e.Channel()), time.Duration(n)*time.Millisecond); err != nil {
			return reply("timer error: " + err.Error())
		}
		return reply("timer set " + name)
	case "cancel":
		if err := skill.TimerCancel(rest); err != nil {
			return reply("cancel error: " + err.Error())
		}
		return reply("timer cancelled " + rest)
	case "button":
		_, err := skill.Reply(skill.Message{Text: "alert", Blocks: (`[{"type":"section","text":{"type":"mrkdwn","text":"alert"}},` +
			`{"type":"actions","elements":[{"type":"button","action_id":"probe:ack","text":{"type":"plain_text","text":"Acknowledge"},"value":"ack"}]}]`)})
		return err
	case "post":
		ch, body, _ := strings.Cut(rest, " ")
		ts, err := skill.Post(skill.Message{Channel: ch, Text: body})
		if err != nil {
			return reply("post error: " + err.Error())
		}
		if err := skill.KVSetString("last_post", ch+" "+ts, 0); err != nil {
			return err
		}
		return reply("posted")
	case "incr":
		key, ns, _ := strings.Cut(rest, " ")
		n, _ := strconv.Atoi(ns)
		var last int64
		for range n {
			v, err := skill.KVIncr(key, 1, 0)
			if err != nil {
				return reply("incr error: " + err.Error())
			}
			last = v
		}
		return reply("incr " + key + " " + strconv.FormatInt(last, 10))
	case "cas":
		key, ns, _ := strings.Cut(rest, " ")
		n, _ := strconv.Atoi(ns)
		last, retries, err := casLoops(key, n)
		if err != nil {
			return reply("cas error: " + err.Error())
		}
		return reply("cas " + key + " " + strconv.FormatInt(last, 10) + " retries " + strconv.Itoa(retries))
	case "slack":
		fields := strings.Fields(rest)
		if len(fields) == 0 {
			return reply("slack error: no method")
		}
		args := map[string]string{}
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(f, "=")
			args[k] = v
		}
		b, err := skill.SlackCall(fields[0], args)
		if err != nil {
			if d, ok := skill.RetryAfter(err); ok {
				return reply("slack error: " + err.Error() + " retry_after=" + d.String())
			}
			return reply("slack error: " + err.Error())
		}
		return reply("slack " + fields[0] + " " + string(b))
	case "edit":
		v, err := skill.KVGetString("last_post")
		if err != nil {
			return reply("nothing to edit")
		}
		ch, ts, _ := strings.Cut(v, " ")
		return skill.Update(skill.Message{Channel: ch, TS: ts, Text: rest})
	}
	return nil
}

// casLoops adds 1 to the decimal under key n times with compare-and-swap,
// retrying each step until its swap wins; it returns the last value
// written and how many swaps lost a race.
func casLoops(key string, n int) (last int64, retries int, err error) {
	for range n {
		for {
			cur, err := skill.KVGet(key)
			if errors.Is(err, skill.ErrNotFound) {
				cur, err = nil, nil
			}
			if err != nil {
				return last, retries, err
			}
			v := int64(0)
			if cur != nil {
				if v, err = strconv.ParseInt(string(cur), 10, 64); err != nil {
					return last, retries, err
				}
			}
			ok, err := skill.KVCompareAndSwap(key, cur, []byte(strconv.FormatInt(v+1, 10)), 0)
			if err != nil {
				return last, retries, err
			}
			if ok {
				last = v + 1
				break
			}
			retries++
		}
	}
	return last, retries, nil
}
