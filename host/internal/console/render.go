package console

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Block Kit as the console shows it: every block becomes text lines, and
// every button (and every option of a select or overflow menu) becomes a
// numbered choice. Slack shows a message's blocks, not its text (which is
// only the notification fallback), so neither does the console, except
// when the blocks hold no text at all (only buttons, say).

// textObj is a Block Kit text object (plain_text or mrkdwn).
type textObj struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

type confirmObj struct {
	Title textObj `json:"title"`
	Text  textObj `json:"text"`
}

type option struct {
	Text  textObj `json:"text"`
	Value string  `json:"value"`
}

// element is an interactive element or a context element.
type element struct {
	Type         string      `json:"type"`
	ActionID     string      `json:"action_id"`
	Value        string      `json:"value"`
	Text         *textObj    `json:"text"` // button label; a context text element has it as a string (see UnmarshalJSON)
	Style        string      `json:"style"`
	URL          string      `json:"url"`
	Confirm      *confirmObj `json:"confirm"`
	Placeholder  *textObj    `json:"placeholder"`
	Options      []option    `json:"options"`
	OptionGroups []struct {
		Options []option `json:"options"`
	} `json:"option_groups"`
	AltText string `json:"alt_text"`
	plain   string // the text of a context text element
}

// UnmarshalJSON accepts both shapes of "text": an object (buttons) and a
// string (context elements of type mrkdwn / plain_text).
func (e *element) UnmarshalJSON(b []byte) error {
	type plainElement element
	var raw struct {
		plainElement
		Text json.RawMessage `json:"text"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*e = element(raw.plainElement)
	if len(raw.Text) > 0 {
		var s string
		if json.Unmarshal(raw.Text, &s) == nil {
			e.plain = s
		} else {
			var t textObj
			if err := json.Unmarshal(raw.Text, &t); err != nil {
				return err
			}
			e.Text = &t
		}
	}
	return nil
}

type block struct {
	Type      string          `json:"type"`
	BlockID   string          `json:"block_id"`
	Text      *textObj        `json:"text"`
	Fields    []textObj       `json:"fields"`
	Accessory *element        `json:"accessory"`
	Elements  json.RawMessage `json:"elements"`
	AltText   string          `json:"alt_text"`
	Title     *textObj        `json:"title"`
	Label     *textObj        `json:"label"`
}

// render turns a message's blocks into lines and choices. hasText reports
// whether any block carried text (otherwise the caller shows the
// message's text as Slack's fallback would be all there is to read). A
// blocks value that is not a JSON array of blocks renders as one line
// saying so, so a skill's malformed blocks are visible, not hidden.
func render(blocks json.RawMessage) (lines []string, choices []choice, hasText bool) {
	if len(blocks) == 0 {
		return nil, nil, false
	}
	var bs []block
	if err := json.Unmarshal(blocks, &bs); err != nil {
		return []string{fmt.Sprintf("(blocks the console cannot read: %v)", err)}, nil, false
	}
	addChoices := func(blockID string, e element) []string {
		var parts []string
		switch e.Type {
		case "button":
			label := ""
			if e.Text != nil {
				label = e.Text.Text
			}
			if e.URL != "" && e.ActionID == "" {
				return []string{fmt.Sprintf("[link %s: %s]", label, e.URL)}
			}
			choices = append(choices, choice{label: label, actionID: e.ActionID, value: e.Value, blockID: blockID})
			s := fmt.Sprintf("[#%d] %s", len(choices), label)
			if e.Style != "" {
				s += " (" + e.Style + ")"
			}
			if e.Confirm != nil {
				s += " (asks: " + e.Confirm.Text.Text + ")"
			}
			parts = append(parts, s)
		case "static_select", "overflow", "radio_buttons", "checkboxes":
			opts := e.Options
			for _, g := range e.OptionGroups {
				opts = append(opts, g.Options...)
			}
			name := e.Type
			if e.Placeholder != nil && e.Placeholder.Text != "" {
				name = e.Placeholder.Text
			}
			var shown []string
			for _, o := range opts {
				choices = append(choices, choice{label: o.Text.Text, actionID: e.ActionID, value: o.Value, blockID: blockID})
				shown = append(shown, fmt.Sprintf("[#%d] %s", len(choices), o.Text.Text))
			}
			parts = append(parts, name+": "+strings.Join(shown, " "))
		default:
			parts = append(parts, "("+e.Type+")")
		}
		return parts
	}
	for _, b := range bs {
		switch b.Type {
		case "header":
			if b.Text != nil {
				lines = append(lines, "== "+b.Text.Text+" ==")
				hasText = true
			}
		case "section":
			if b.Text != nil && b.Text.Text != "" {
				lines = append(lines, strings.Split(b.Text.Text, "\n")...)
				hasText = true
			}
			for i := 0; i < len(b.Fields); i += 2 {
				row := b.Fields[i].Text
				if i+1 < len(b.Fields) {
					row += "  |  " + b.Fields[i+1].Text
				}
				lines = append(lines, "  "+strings.ReplaceAll(row, "\n", " "))
				hasText = true
			}
			if b.Accessory != nil {
				if acc := addChoices(b.BlockID, *b.Accessory); len(acc) > 0 {
					lines = append(lines, "  "+strings.Join(acc, "  "))
				}
			}
		case "context":
			var els []element
			_ = json.Unmarshal(b.Elements, &els)
			var parts []string
			for _, e := range els {
				switch {
				case e.plain != "":
					parts = append(parts, e.plain)
				case e.Type == "image":
					parts = append(parts, "[image: "+e.AltText+"]")
				}
			}
			if len(parts) > 0 {
				lines = append(lines, "  ~ "+strings.Join(parts, " · "))
				hasText = true
			}
		case "divider":
			lines = append(lines, "  ----")
		case "actions":
			var els []element
			_ = json.Unmarshal(b.Elements, &els)
			var parts []string
			for _, e := range els {
				parts = append(parts, addChoices(b.BlockID, e)...)
			}
			if len(parts) > 0 {
				lines = append(lines, strings.Join(parts, "  "))
			}
		case "image":
			title := b.AltText
			if b.Title != nil {
				title = b.Title.Text
			}
			lines = append(lines, "[image: "+title+"]")
			hasText = true
		case "rich_text":
			if t := richText(b.Elements); t != "" {
				lines = append(lines, strings.Split(t, "\n")...)
				hasText = true
			}
		default:
			label := ""
			if b.Label != nil {
				label = ": " + b.Label.Text
			}
			lines = append(lines, "("+b.Type+" block"+label+")")
		}
	}
	return lines, choices, hasText
}

// richText collects the text of a rich_text block's nested elements.
func richText(raw json.RawMessage) string {
	var els []struct {
		Type     string          `json:"type"`
		Text     string          `json:"text"`
		URL      string          `json:"url"`
		UserID   string          `json:"user_id"`
		Name     string          `json:"name"`
		Elements json.RawMessage `json:"elements"`
	}
	if json.Unmarshal(raw, &els) != nil {
		return ""
	}
	var b strings.Builder
	for _, e := range els {
		switch e.Type {
		case "text":
			b.WriteString(e.Text)
		case "link":
			if e.Text != "" {
				b.WriteString(e.Text)
			} else {
				b.WriteString(e.URL)
			}
		case "user":
			b.WriteString("<@" + e.UserID + ">")
		case "emoji":
			b.WriteString(":" + e.Name + ":")
		default:
			if len(e.Elements) > 0 {
				b.WriteString(richText(e.Elements))
				if e.Type == "rich_text_section" || e.Type == "rich_text_preformatted" || e.Type == "rich_text_quote" {
					b.WriteString("\n")
				}
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
