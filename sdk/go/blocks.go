package skill

import (
	"strconv"
	"unicode/utf8"
)

// Block Kit builders. They write the JSON by hand (no encoding/json, which
// TinyGo makes large and slow), always valid: every string is quoted and
// escaped, invalid UTF-8 becomes U+FFFD. Text that comes from users and
// goes into mrkdwn should go through EscapeMrkdwn first.
//
//	b := skill.NewBlocks().
//		Header("Lunch?").
//		Section(skill.Section{Text: "*Where* shall we go?", Fields: []string{"*By*\n<@U1>"}}).
//		Actions(skill.Button{Text: "Pizza", ActionID: "poll:vote:0", Style: skill.Primary}).
//		Context("2 votes")
//	skill.Reply(skill.Message{Text: "Lunch?", Blocks: b.String()})

// Blocks builds a Block Kit JSON array. The zero value is an empty list.
type Blocks struct {
	b []byte
}

// NewBlocks returns an empty list of blocks.
func NewBlocks() *Blocks { return &Blocks{} }

// Len is the number of bytes of JSON so far (0 for an empty list).
func (bl *Blocks) Len() int { return len(bl.b) }

// String returns the JSON array, "[]" when empty.
func (bl *Blocks) String() string {
	if len(bl.b) == 0 {
		return "[]"
	}
	return string(bl.b) + "]"
}

func (bl *Blocks) open(typ string) []byte {
	if len(bl.b) == 0 {
		bl.b = append(bl.b, '[')
	} else {
		bl.b = append(bl.b, ',')
	}
	bl.b = append(bl.b, `{"type":"`...)
	bl.b = append(bl.b, typ...)
	return append(bl.b, '"')
}

// Header adds a header block (plain text, Slack allows 150 characters).
func (bl *Blocks) Header(text string) *Blocks {
	b := bl.open("header")
	b = append(b, `,"text":`...)
	b = appendText(b, "plain_text", text)
	bl.b = append(b, '}')
	return bl
}

// Section is a section block: mrkdwn Text and/or mrkdwn Fields (two
// columns; Slack allows 10), with an optional element on the right.
type Section struct {
	Text      string
	Fields    []string
	Accessory Element
	BlockID   string
}

// Section adds a section block.
func (bl *Blocks) Section(s Section) *Blocks {
	b := bl.open("section")
	b = appendBlockID(b, s.BlockID)
	if s.Text != "" {
		b = append(b, `,"text":`...)
		b = appendText(b, "mrkdwn", s.Text)
	}
	if len(s.Fields) > 0 {
		b = append(b, `,"fields":[`...)
		for i, f := range s.Fields {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendText(b, "mrkdwn", f)
		}
		b = append(b, ']')
	}
	if s.Accessory != nil {
		b = append(b, `,"accessory":`...)
		b = s.Accessory.appendElement(b)
	}
	bl.b = append(b, '}')
	return bl
}

// Text adds a section block with just mrkdwn text.
func (bl *Blocks) Text(mrkdwn string) *Blocks { return bl.Section(Section{Text: mrkdwn}) }

// Context adds a context block of mrkdwn texts (small grey print).
func (bl *Blocks) Context(mrkdwn ...string) *Blocks {
	b := bl.open("context")
	b = append(b, `,"elements":[`...)
	for i, t := range mrkdwn {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendText(b, "mrkdwn", t)
	}
	bl.b = append(b, "]}"...)
	return bl
}

// Divider adds a divider block.
func (bl *Blocks) Divider() *Blocks {
	bl.b = append(bl.open("divider"), '}')
	return bl
}

// Actions adds an actions block of interactive elements (Slack allows 25).
func (bl *Blocks) Actions(elements ...Element) *Blocks { return bl.ActionsID("", elements...) }

// ActionsID is Actions with a block_id.
func (bl *Blocks) ActionsID(blockID string, elements ...Element) *Blocks {
	b := bl.open("actions")
	b = appendBlockID(b, blockID)
	b = append(b, `,"elements":[`...)
	for i, e := range elements {
		if i > 0 {
			b = append(b, ',')
		}
		b = e.appendElement(b)
	}
	bl.b = append(b, "]}"...)
	return bl
}

// An Element is an interactive element: Button, StaticSelect, Overflow.
type Element interface {
	appendElement(b []byte) []byte
}

// Button styles.
const (
	Primary = "primary"
	Danger  = "danger"
)

// Button is a button element. A click delivers an action event with
// ActionID and Value.
type Button struct {
	Text     string // plain text label
	ActionID string
	Value    string
	Style    string   // "" (default), Primary or Danger
	URL      string   // opens a link as well
	Confirm  *Confirm // ask before sending the click
}

func (x Button) appendElement(b []byte) []byte {
	b = append(b, `{"type":"button","text":`...)
	b = appendText(b, "plain_text", x.Text)
	b = appendField(b, "action_id", x.ActionID)
	b = appendField(b, "value", x.Value)
	b = appendField(b, "style", x.Style)
	b = appendField(b, "url", x.URL)
	b = appendConfirm(b, x.Confirm)
	return append(b, '}')
}

// Confirm is a confirmation dialog shown before an element's action is
// sent.
type Confirm struct {
	Title   string // plain text
	Text    string // mrkdwn
	Confirm string // the confirm button's label (default "Yes")
	Deny    string // the cancel button's label (default "Cancel")
	Style   string // the confirm button's style: Primary or Danger
}

func appendConfirm(b []byte, c *Confirm) []byte {
	if c == nil {
		return b
	}
	yes, no := c.Confirm, c.Deny
	if yes == "" {
		yes = "Yes"
	}
	if no == "" {
		no = "Cancel"
	}
	b = append(b, `,"confirm":{"title":`...)
	b = appendText(b, "plain_text", c.Title)
	b = append(b, `,"text":`...)
	b = appendText(b, "mrkdwn", c.Text)
	b = append(b, `,"confirm":`...)
	b = appendText(b, "plain_text", yes)
	b = append(b, `,"deny":`...)
	b = appendText(b, "plain_text", no)
	b = appendField(b, "style", c.Style)
	return append(b, '}')
}

// Option is one choice of a StaticSelect or Overflow.
type Option struct {
	Text  string // plain text
	Value string
}

// StaticSelect is a drop-down menu; the action event's Value is the
// chosen option's value.
type StaticSelect struct {
	Placeholder string
	ActionID    string
	Options     []Option // Slack allows 100
	Initial     string   // value of the option selected at first, if any
	Confirm     *Confirm
}

func (x StaticSelect) appendElement(b []byte) []byte {
	b = append(b, `{"type":"static_select"`...)
	if x.Placeholder != "" {
		b = append(b, `,"placeholder":`...)
		b = appendText(b, "plain_text", x.Placeholder)
	}
	b = appendField(b, "action_id", x.ActionID)
	b = appendOptions(b, x.Options)
	for _, o := range x.Options {
		if x.Initial != "" && o.Value == x.Initial {
			b = append(b, `,"initial_option":`...)
			b = appendOption(b, o)
			break
		}
	}
	b = appendConfirm(b, x.Confirm)
	return append(b, '}')
}

// Overflow is a "⋯" menu of up to 5 options.
type Overflow struct {
	ActionID string
	Options  []Option
	Confirm  *Confirm
}

func (x Overflow) appendElement(b []byte) []byte {
	b = append(b, `{"type":"overflow"`...)
	b = appendField(b, "action_id", x.ActionID)
	b = appendOptions(b, x.Options)
	b = appendConfirm(b, x.Confirm)
	return append(b, '}')
}

func appendOptions(b []byte, opts []Option) []byte {
	b = append(b, `,"options":[`...)
	for i, o := range opts {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOption(b, o)
	}
	return append(b, ']')
}

func appendOption(b []byte, o Option) []byte {
	b = append(b, `{"text":`...)
	b = appendText(b, "plain_text", o.Text)
	b = appendField(b, "value", o.Value)
	return append(b, '}')
}

// appendText appends a text object {"type":typ,"text":s}. Slack refuses
// empty texts, so an empty s is sent as a single space.
func appendText(b []byte, typ, s string) []byte {
	if s == "" {
		s = " "
	}
	b = append(b, `{"type":"`...)
	b = append(b, typ...)
	b = append(b, `","text":`...)
	b = AppendJSONString(b, s)
	return append(b, '}')
}

// appendField appends ,"key":"val" unless val is empty.
func appendField(b []byte, key, val string) []byte {
	if val == "" {
		return b
	}
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return AppendJSONString(b, val)
}

func appendBlockID(b []byte, id string) []byte { return appendField(b, "block_id", id) }

// AppendJSONString appends s as a JSON string literal: quotes, backslashes
// and control characters escaped, invalid UTF-8 replaced by U+FFFD.
func AppendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, s[start:i]...)
				b = append(b, "\ufffd"...)
				i++
				start = i
				continue
			}
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// EscapeMrkdwn escapes the three characters Slack's mrkdwn gives meaning
// to as markup, & < and >, so text from users shows as typed and cannot
// forge links or mentions (<!channel>, <@U1>, <https://x|y>).
func EscapeMrkdwn(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&', '<', '>':
			n++
		}
	}
	if n == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+4*n)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// Mention is the mrkdwn mention of a user id: "<@U1>".
func Mention(user string) string { return "<@" + user + ">" }

// Itoa is strconv.Itoa, here so small skills need not import strconv for
// labels and counts.
func Itoa(n int) string { return strconv.Itoa(n) }
