package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Block Kit, as far as the alert message needs it.
type block struct {
	Type      string `json:"type"`
	BlockID   string `json:"block_id,omitempty"`
	Text      *text  `json:"text,omitempty"`
	Fields    []text `json:"fields,omitempty"`
	Elements  []elem `json:"elements,omitempty"`
	Accessory *elem  `json:"accessory,omitempty"`
}

type text struct {
	Type  string `json:"type"`
	Text  string `json:"text"`
	Emoji bool   `json:"emoji,omitempty"`
}

type elem struct {
	Type     string `json:"type"`
	Text     any    `json:"text,omitempty"` // *text for buttons, string for context mrkdwn
	ActionID string `json:"action_id,omitempty"`
	Value    string `json:"value,omitempty"`
	Style    string `json:"style,omitempty"`
}

func mrkdwn(s string) *text { return &text{Type: "mrkdwn", Text: s} }

func button(label, action, value, style string) elem {
	return elem{Type: "button", Text: &text{Type: "plain_text", Text: label, Emoji: true}, ActionID: action, Value: value, Style: style}
}

// Action ids of the alert's buttons; the value is the alert id.
const (
	actAck      = "alerts:ack"
	actClose    = "alerts:close"
	actPass     = "alerts:pass"
	actSnooze1  = "alerts:snooze:1h"
	actSnooze4  = "alerts:snooze:4h"
	actAckAll   = "alerts:ackall"
	actionsPref = "alerts:"
)

// esc escapes the three characters Slack's mrkdwn treats as control.
func esc(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	s = strings.ReplaceAll(s, "&", "&amp;")
	s = strings.ReplaceAll(s, "<", "&lt;")
	return strings.ReplaceAll(s, ">", "&gt;")
}

func sevIcon(sev string) string {
	switch sev {
	case "critical":
		return ":red_circle:"
	case "warning":
		return ":large_orange_circle:"
	case "info":
		return ":large_blue_circle:"
	}
	return ":white_circle:"
}

func clock(msec int64) string {
	return time.UnixMilli(msec).UTC().Format("15:04 UTC")
}

func ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return strconv.Itoa(int(d/time.Second)) + "s"
	case d < time.Hour:
		return strconv.Itoa(int(d/time.Minute)) + "m"
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return strconv.Itoa(int(d/(24*time.Hour))) + "d"
}

// stateLine says where the alert stands, for the message and /alerts.
func (a *Alert) stateLine() string {
	var s string
	switch a.State {
	case stFiring:
		s = ":rotating_light: *Firing* since " + clock(a.First)
	case stAcked:
		s = ":eyes: *Acknowledged* by <@" + a.AckedBy + "> at " + clock(a.AckedAt)
	case stSnoozed:
		s = ":zzz: *Snoozed* until " + clock(a.SnoozeUntil)
	case stResolved:
		s = ":white_check_mark: *Resolved* at " + clock(a.EndedAt)
	case stClosed:
		s = ":heavy_check_mark: *Closed* by <@" + a.EndedBy + "> at " + clock(a.EndedAt)
	}
	if a.Count > 1 {
		s += fmt.Sprintf(" · repeated ×%d, last %s", a.Count, clock(a.Last))
	}
	if a.Owner != "" && a.open() {
		s += " · on it: <@" + a.Owner + ">"
	}
	return s
}

// blocks renders the alert's message.
func (a *Alert) blocks(members, resolvedMembers int64) string {
	var bs []block
	head := sevIcon(a.Severity) + " "
	if a.Severity != "" {
		head += "*[" + strings.ToUpper(a.Severity) + "]* "
	}
	head += "*" + esc(a.Title) + "*"
	if a.IsStorm {
		head = fmt.Sprintf(":thunder_cloud_and_rain: *Alert storm*: %d alerts on this channel", members+int64(len(a.Adopted)))
		if resolvedMembers > 0 {
			head += fmt.Sprintf(" (%d resolved)", resolvedMembers)
		}
		head += ", gathered here instead of one message each. Latest: *" + esc(a.Title) + "*"
	}
	if a.Summary != "" && !a.IsStorm {
		head += "\n" + esc(a.Summary)
	}
	bs = append(bs, block{Type: "section", Text: mrkdwn(clip(head, 2900))})
	if len(a.Fields) > 0 {
		var fs []text
		for _, f := range a.Fields {
			fs = append(fs, text{Type: "mrkdwn", Text: clip("*"+esc(f.K)+"*\n"+esc(f.V), 1900)})
		}
		bs = append(bs, block{Type: "section", Fields: fs})
	}
	if len(a.Items) > 1 || a.More > 0 {
		var b strings.Builder
		for _, it := range a.Items {
			icon := ":fire:"
			if it.Resolved {
				icon = ":white_check_mark:"
			}
			b.WriteString(icon + " " + esc(it.Name))
			if it.Text != "" {
				b.WriteString(" — " + esc(it.Text))
			}
			b.WriteByte('\n')
		}
		if a.More > 0 {
			fmt.Fprintf(&b, "…and %d more\n", a.More)
		}
		bs = append(bs, block{Type: "section", Text: mrkdwn(clip(b.String(), 2900))})
	}
	if len(a.Links) > 0 {
		var ls []string
		for _, l := range a.Links {
			ls = append(ls, "<"+l.URL+"|"+l.Name+">")
		}
		bs = append(bs, block{Type: "context", Elements: []elem{{Type: "mrkdwn", Text: strings.Join(ls, " · ")}}})
	}
	bs = append(bs, block{Type: "context", Elements: []elem{{Type: "mrkdwn", Text: a.stateLine()}}})
	if a.open() {
		var btn []elem
		if a.IsStorm {
			if a.State != stAcked {
				btn = append(btn, button("Acknowledge all", actAckAll, a.ID, "primary"))
			}
		} else if a.State != stAcked {
			btn = append(btn, button("Acknowledge", actAck, a.ID, "primary"))
		}
		btn = append(btn, button("Close", actClose, a.ID, "danger"), button("Pass", actPass, a.ID, ""))
		if a.State != stSnoozed {
			btn = append(btn, button("Snooze 1h", actSnooze1, a.ID, ""), button("Snooze 4h", actSnooze4, a.ID, ""))
		}
		bs = append(bs, block{Type: "actions", BlockID: "alerts:" + a.ID, Elements: btn})
	}
	return marshal(bs)
}

// marshal encodes v without escaping <, > and & (Slack's mrkdwn uses
// them, and \u003c only makes messages longer and harder to read).
func marshal(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "[]"
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// fallback is the notification text of the message.
func (a *Alert) fallback() string {
	s := strings.ToUpper(a.State) + ": " + esc(a.Title)
	if a.Severity != "" {
		s = "[" + strings.ToUpper(a.Severity) + "] " + s
	}
	return clip(s, 3000)
}
