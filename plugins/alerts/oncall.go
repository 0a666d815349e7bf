package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// target is whom an escalation step notifies.
type target struct {
	user    string // a DM and a mention in the thread
	mention string // "<!channel>", "<!here>", "<!subteam^S…>": one post in the channel
	why     string
}

// resolveTarget decides who a step notifies, asking Slack (dnd.info,
// usergroups.users.list) as needed.
func resolveTarget(a *Alert, notify string, now time.Time) target {
	switch {
	case notify == "oncall":
		if u := onCall(now, nil); u != "" {
			return target{user: u, why: "on call"}
		}
		return target{mention: "<!here>", why: "nobody on call is available"}
	case notify == "next":
		after := a.Owner
		if u := nextPerson(after, now, ""); u != "" {
			return target{user: u, why: "next on call"}
		}
		return target{mention: "<!here>", why: "nobody else on call is available"}
	case notify == "channel":
		return target{mention: "<!channel>"}
	case notify == "here":
		return target{mention: "<!here>"}
	case strings.HasPrefix(notify, "user:"):
		return target{user: notify[5:]}
	case strings.HasPrefix(notify, "usergroup:"):
		return target{mention: "<!subteam^" + notify[10:] + ">"}
	case isSlackID(notify, "S"):
		return target{mention: "<!subteam^" + notify + ">"}
	default:
		return target{user: notify}
	}
}

// send notifies the target about alert a.
func (t target) send(a *Alert, now time.Time) error {
	age := ago(now.Sub(time.UnixMilli(a.First)))
	if t.user != "" {
		why := ""
		if t.why != "" {
			why = " (" + t.why + ")"
		}
		if err := dm(a, t.user, "Nobody has acknowledged this alert for "+age+why); err != nil {
			return err
		}
		return timeline(a, ":mega: escalated to <@"+t.user+">"+why)
	}
	why := ""
	if t.why != "" {
		why = " (" + t.why + ")"
	}
	// Mentions go to the channel itself, not the thread, where only the
	// thread's followers would be notified.
	_, err := skill.Post(skill.Message{Channel: a.Channel,
		Text: t.mention + " :rotating_light: alert *" + esc(a.Title) + "* not acknowledged for " + age + why + "; see its thread"})
	if err != nil {
		return err
	}
	return timeline(a, ":mega: escalated to "+t.mention+why)
}

// dm sends the person a direct message about the alert.
func dm(a *Alert, user, why string) error {
	text := fmt.Sprintf(":rotating_light: %s: *%s* in <#%s>\n%s", why, esc(a.Title), a.Channel, a.stateLine())
	blocks := `[{"type":"section","text":{"type":"mrkdwn","text":` + jsonString(clip(text, 2900)) + `}},` +
		`{"type":"actions","elements":[` +
		`{"type":"button","text":{"type":"plain_text","text":"Acknowledge"},"action_id":"` + actAck + `","value":"` + a.ID + `","style":"primary"},` +
		`{"type":"button","text":{"type":"plain_text","text":"Pass"},"action_id":"` + actPass + `","value":"` + a.ID + `"}]}]`
	_, err := skill.Post(skill.Message{Channel: user, Text: clip(text, 3000), Blocks: blocks})
	if err != nil {
		return fmt.Errorf("DM to %s: %w", user, err)
	}
	return nil
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// people returns rotation r's members in turn order starting with the one
// on call at now.
func (r *Rotation) people(now time.Time) []string {
	users := r.Users
	if r.Usergroup != "" {
		users = usergroupMembers(r.Usergroup)
	}
	n := len(users)
	if n == 0 {
		return nil
	}
	idx := 0
	if r.shift > 0 {
		k := now.Sub(r.start) / r.shift
		if now.Before(r.start) {
			k--
		}
		idx = int(((int64(k) % int64(n)) + int64(n)) % int64(n))
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, users[(idx+i)%n])
	}
	return out
}

// onCall is the first person of the default rotation, from its current
// shift on, who is not in Do Not Disturb and not in skip.
func onCall(now time.Time, skip map[string]bool) string {
	r := cfg.rotation("")
	if r == nil {
		return ""
	}
	for _, u := range r.people(now) {
		if !skip[u] && !inDND(u, now) {
			return u
		}
	}
	return ""
}

// nextPerson is the first available person after `after` in the default
// rotation's order (from the current shift), never `after` or `not`.
func nextPerson(after string, now time.Time, not string) string {
	r := cfg.rotation("")
	if r == nil {
		return ""
	}
	ps := r.people(now)
	start := 0
	for i, u := range ps {
		if u == after {
			start = i + 1
			break
		}
	}
	for i := 0; i < len(ps); i++ {
		u := ps[(start+i)%len(ps)]
		if u == after || u == not || inDND(u, now) {
			continue
		}
		return u
	}
	return ""
}

// inDND asks Slack whether the person is in Do Not Disturb (or has
// snoozed notifications) at now. If Slack cannot tell, they count as
// available: better a DM to someone asleep than nobody notified.
func inDND(user string, now time.Time) bool {
	b, err := slackCall("dnd.info", map[string]string{"user": user})
	if err != nil {
		return false
	}
	var r struct {
		OK            bool    `json:"ok"`
		DNDEnabled    bool    `json:"dnd_enabled"`
		NextStart     float64 `json:"next_dnd_start_ts"`
		NextEnd       float64 `json:"next_dnd_end_ts"`
		SnoozeEnabled bool    `json:"snooze_enabled"`
		SnoozeEndTime float64 `json:"snooze_endtime"`
	}
	if json.Unmarshal(b, &r) != nil || !r.OK {
		return false
	}
	t := float64(now.Unix())
	if r.SnoozeEnabled && (r.SnoozeEndTime == 0 || t < r.SnoozeEndTime) {
		return true
	}
	return r.DNDEnabled && r.NextStart <= t && t < r.NextEnd
}

// usergroupMembers lists a Slack user group's members.
func usergroupMembers(group string) []string {
	b, err := slackCall("usergroups.users.list", map[string]string{"usergroup": group})
	if err != nil {
		skill.Warn("alerts: usergroups.users.list " + group + ": " + err.Error())
		return nil
	}
	var r struct {
		OK    bool     `json:"ok"`
		Error string   `json:"error"`
		Users []string `json:"users"`
	}
	if json.Unmarshal(b, &r) != nil || !r.OK {
		skill.Warn("alerts: usergroups.users.list " + group + ": " + r.Error)
		return nil
	}
	return r.Users
}
