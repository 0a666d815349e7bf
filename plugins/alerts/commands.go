package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// maxListed bounds /alerts' answer.
const maxListed = 50

func onCommand(e *skill.Event) error {
	now := e.Time()
	var text string
	switch arg := strings.ToLower(strings.TrimSpace(e.Text())); arg {
	case "", "list", "open":
		text = listOpen(now)
	case "oncall", "on-call", "who":
		text = whoIsOnCall(now)
	case "stats":
		text = stats(now)
	default:
		text = "Usage: `" + e.Command() + "` (open alerts), `" + e.Command() + " oncall` (who is on call), `" + e.Command() + " stats` (numbers for today and 7 days)"
	}
	return skill.ReplyText(text)
}

// listOpen answers /alerts: open alerts with age, state, owner and link.
func listOpen(now time.Time) string {
	keys, err := skill.KVList(kOpen, 1000)
	if err != nil {
		return "Could not list alerts: " + err.Error()
	}
	var open []*Alert
	for _, k := range keys {
		a, _, err := load(strings.TrimPrefix(k, kOpen))
		if err != nil || a == nil || !a.open() {
			continue
		}
		open = append(open, a)
	}
	if len(open) == 0 {
		return ":white_check_mark: No open alerts."
	}
	sort.Slice(open, func(i, j int) bool { return open[i].First < open[j].First })
	var b strings.Builder
	fmt.Fprintf(&b, "*%d open alert(s)*\n", len(open))
	for i, a := range open {
		if i == maxListed {
			fmt.Fprintf(&b, "…and %d more\n", len(open)-maxListed)
			break
		}
		title := esc(a.Title)
		if a.IsStorm {
			title = fmt.Sprintf("alert storm (%d alerts)", counter(kMembers+a.ID)+int64(len(a.Adopted)))
		}
		state := a.State
		switch a.State {
		case stAcked:
			state = "acknowledged by <@" + a.AckedBy + ">"
		case stSnoozed:
			state = "snoozed until " + clock(a.SnoozeUntil)
		}
		owner := ""
		if a.Owner != "" {
			owner = " · <@" + a.Owner + ">"
		}
		fmt.Fprintf(&b, "%s *%s* · %s · %s%s · <#%s>\n", sevIcon(a.Severity), title, ago(now.Sub(time.UnixMilli(a.First))), state, owner, a.Channel)
	}
	return b.String()
}

// whoIsOnCall answers /alerts oncall: now and next, per rotation.
func whoIsOnCall(now time.Time) string {
	if len(cfg.Rotations) == 0 {
		return "No rotation is configured (rotations in the alerts skill's config)."
	}
	var b strings.Builder
	for i := range cfg.Rotations {
		r := &cfg.Rotations[i]
		ps := r.people(now)
		if len(ps) == 0 {
			fmt.Fprintf(&b, "*%s*: nobody (empty rotation or user group)\n", esc(r.Name))
			continue
		}
		line := fmt.Sprintf("*%s*: now <@%s>", esc(r.Name), ps[0])
		if r.shift > 0 {
			k := now.Sub(r.start) / r.shift
			if now.Before(r.start) {
				k--
			}
			end := r.start.Add((k + 1) * r.shift)
			line += " until " + end.In(r.start.Location()).Format("Mon 15:04 MST")
		}
		if len(ps) > 1 {
			line += fmt.Sprintf(", next <@%s>", ps[1])
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// stats answers /alerts stats: today and the last 7 days.
func stats(now time.Time) string {
	type row struct {
		alerts, esc, acks int64
		times             []int64
	}
	sum := func(days int) row {
		var r row
		for d := 0; d < days; d++ {
			dd := day(now.AddDate(0, 0, -d))
			r.alerts += counter(kStat + dd + ":alerts")
			r.esc += counter(kStat + dd + ":escalations")
			r.acks += counter(kStat + dd + ":acks")
			keys, err := skill.KVList(kAckTime+dd+":", 1000)
			if err != nil {
				continue
			}
			for _, k := range keys {
				if n := counter(k); n >= 0 {
					r.times = append(r.times, n)
				}
			}
		}
		return r
	}
	median := func(ts []int64) string {
		if len(ts) == 0 {
			return "–"
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		m := ts[len(ts)/2]
		if len(ts)%2 == 0 {
			m = (ts[len(ts)/2-1] + ts[len(ts)/2]) / 2
		}
		return ago(time.Duration(m) * time.Millisecond)
	}
	t, w := sum(1), sum(7)
	return "*Alerts* (UTC days)\n" +
		"today: " + strconv.FormatInt(t.alerts, 10) + " alerts, " + strconv.FormatInt(t.esc, 10) + " escalations, " +
		strconv.FormatInt(t.acks, 10) + " acknowledged, median time to acknowledge " + median(t.times) + "\n" +
		"7 days: " + strconv.FormatInt(w.alerts, 10) + " alerts, " + strconv.FormatInt(w.esc, 10) + " escalations, " +
		strconv.FormatInt(w.acks, 10) + " acknowledged, median time to acknowledge " + median(w.times)
}
