package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Dialogue is the setup conversation, loaded from a JSON file an editor
// owns (README.md, "News skill"). The skill knows the meaning of a few
// answer names (topics, times, tz, breaking, breaking_topics, weekend) and
// applies them to the person's subscription when a state with done=true is
// reached; everything else (wording, order, which questions, conditions)
// is the file's.
type Dialogue struct {
	Start  string   `json:"start"`
	States []*State `json:"states"`

	byID map[string]*State
	raw  []byte
}

// State is one question (or a closing message).
type State struct {
	ID      string `json:"id"`
	Message string `json:"message"`
	// Answer names what the person's choice is stored as.
	Answer  string   `json:"answer"`
	Choices []Choice `json:"choices"`
	// ChoicesFrom "topics" adds one choice per configured topic.
	ChoicesFrom string `json:"choices_from"`
	// Multi lets the person pick several choices, then "Done".
	Multi bool `json:"multi"`
	// Input accepts typed text instead of a choice: "times" ("07:30
	// 18:00") or "tz" (an IANA zone such as Europe/Helsinki).
	Input string `json:"input"`
	// Next is where the conversation goes after this state (unless the
	// chosen choice says otherwise), and where it goes when this state is
	// skipped because its conditions do not hold.
	Next string `json:"next"`
	// When: every condition must hold for the state to be asked.
	When []Cond `json:"when"`
	// Done: reaching this state saves the answers as the subscription.
	Done bool `json:"done"`
}

// Choice is one button.
type Choice struct {
	Label string `json:"label"`
	Value string `json:"value"`
	Next  string `json:"next"`
}

// Cond is a condition on an earlier answer: its value is (or, with is_not,
// is not) the given one. A multi answer is "is" X when X is among its
// values.
type Cond struct {
	Answer string `json:"answer"`
	Is     string `json:"is"`
	IsNot  string `json:"is_not"`
}

// answerKinds are the answers the skill applies, with the values a choice
// may carry for them ("" means any non-empty value, checked when applied).
var answerKinds = map[string][]string{
	"topics":          nil,
	"breaking_topics": nil,
	"times":           nil,
	"tz":              nil,
	"breaking":        {"on", "off"},
	"weekend":         {"on", "off"},
}

const maxStates = 100

// parseDialogue decodes and validates a dialogue file. topicIDs are the
// configured topics (choices_from "topics"). Every problem is reported.
func parseDialogue(b []byte, topicIDs []string) (*Dialogue, error) {
	d := &Dialogue{}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(d); err != nil {
		return nil, fmt.Errorf("dialogue: not valid JSON for a dialogue: %w", err)
	}
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if len(d.States) == 0 {
		return nil, errors.New("dialogue: no states")
	}
	if len(d.States) > maxStates {
		bad("%d states, at most %d", len(d.States), maxStates)
	}
	d.byID = make(map[string]*State, len(d.States))
	answers := map[string]bool{}
	for i, s := range d.States {
		if s == nil || s.ID == "" {
			bad("states[%d]: no id", i)
			continue
		}
		if d.byID[s.ID] != nil {
			bad("state %q: id used twice", s.ID)
		}
		d.byID[s.ID] = s
		if s.Answer != "" {
			answers[s.Answer] = true
		}
	}
	if d.Start == "" {
		bad("no start state")
	} else if d.byID[d.Start] == nil {
		bad("start %q: no such state", d.Start)
	}
	hasDone := false
	for _, s := range d.States {
		if s == nil || s.ID == "" {
			continue
		}
		where := fmt.Sprintf("state %q", s.ID)
		if strings.TrimSpace(s.Message) == "" {
			bad("%s: empty message", where)
		}
		if s.Done {
			hasDone = true
			if len(s.Choices) > 0 || s.ChoicesFrom != "" || s.Input != "" {
				bad("%s: a done state asks nothing (no choices or input)", where)
			}
			continue
		}
		if s.Next != "" && d.byID[s.Next] == nil {
			bad("%s: next %q: no such state", where, s.Next)
		}
		switch s.ChoicesFrom {
		case "", "topics":
		default:
			bad("%s: choices_from %q: only \"topics\" is known", where, s.ChoicesFrom)
		}
		switch s.Input {
		case "", "times", "tz":
		default:
			bad("%s: input %q: only \"times\" and \"tz\" are known", where, s.Input)
		}
		if s.Input != "" && s.Answer != s.Input {
			bad("%s: input %q must be stored as answer %q", where, s.Input, s.Input)
		}
		n := len(s.Choices)
		if s.ChoicesFrom == "topics" {
			n += len(topicIDs)
		}
		if n == 0 && s.Input == "" && s.Next == "" {
			bad("%s: no choices, no input and no next: the conversation would stop here", where)
		}
		if (n > 0 || s.Input != "") && s.Answer == "" && len(s.Choices) > 0 && hasValues(s.Choices) {
			bad("%s: choices with values need an answer name to store them under", where)
		}
		if s.Multi && (s.Answer == "" || n == 0) {
			bad("%s: multi needs an answer name and choices", where)
		}
		if n > 24 {
			bad("%s: %d choices, at most 24 fit in a message", where, n)
		}
		allowed, known := answerKinds[s.Answer]
		seen := map[string]bool{}
		for j, c := range s.Choices {
			cw := fmt.Sprintf("%s choice %d", where, j+1)
			if strings.TrimSpace(c.Label) == "" {
				bad("%s: no label", cw)
			}
			if len(c.Label) > 75 || len(c.Value) > 150 {
				bad("%s: label over 75 or value over 150 characters (Slack's button limits)", cw)
			}
			if seen[c.Value] {
				bad("%s: value %q used twice", cw, c.Value)
			}
			seen[c.Value] = true
			if c.Next != "" && d.byID[c.Next] == nil {
				bad("%s: next %q: no such state", cw, c.Next)
			}
			if c.Next == "" && s.Next == "" {
				bad("%s: no next, and the state has none", cw)
			}
			if known && allowed != nil && !contains(allowed, c.Value) {
				bad("%s: value %q for answer %q must be one of %s", cw, c.Value, s.Answer, strings.Join(allowed, ", "))
			}
			if known && (s.Answer == "topics" || s.Answer == "breaking_topics") && c.Value != "" && !contains(topicIDs, c.Value) {
				bad("%s: value %q is not a configured topic", cw, c.Value)
			}
			if known && s.Answer == "times" && c.Value != "" {
				if _, err := parseTimes(c.Value); err != nil {
					bad("%s: %v", cw, err)
				}
			}
		}
		for _, c := range s.When {
			if c.Answer == "" || (c.Is == "") == (c.IsNot == "") {
				bad("%s: a condition needs an answer and exactly one of is / is_not", where)
			} else if !answers[c.Answer] {
				bad("%s: condition on answer %q, which no state asks", where, c.Answer)
			}
		}
		if len(s.When) > 0 && s.Next == "" {
			bad("%s: a state with conditions needs next (where to go when it is skipped)", where)
		}
	}
	if !hasDone {
		bad("no state with done = true: a subscription could never be saved")
	}
	if len(errs) == 0 {
		if unreachable := d.unreachable(); len(unreachable) > 0 {
			bad("states never reached from start: %s", strings.Join(unreachable, ", "))
		}
	}
	if len(errs) > 0 {
		return nil, errors.New("dialogue: " + strings.Join(errs, "; "))
	}
	d.raw = b
	return d, nil
}

func hasValues(cs []Choice) bool {
	for _, c := range cs {
		if c.Value != "" {
			return true
		}
	}
	return false
}

func (d *Dialogue) unreachable() []string {
	seen := map[string]bool{}
	stack := []string{d.Start}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[id] || d.byID[id] == nil {
			continue
		}
		seen[id] = true
		s := d.byID[id]
		if s.Next != "" {
			stack = append(stack, s.Next)
		}
		for _, c := range s.Choices {
			if c.Next != "" {
				stack = append(stack, c.Next)
			}
		}
	}
	var out []string
	for _, s := range d.States {
		if !seen[s.ID] {
			out = append(out, s.ID)
		}
	}
	sort.Strings(out)
	return out
}

// holds reports whether s's conditions hold for the answers so far.
func (s *State) holds(answers map[string][]string) bool {
	for _, c := range s.When {
		got := answers[c.Answer]
		if c.Is != "" && !contains(got, c.Is) {
			return false
		}
		if c.IsNot != "" && contains(got, c.IsNot) {
			return false
		}
	}
	return true
}

// settle returns the first state from id on whose conditions hold,
// following next past skipped ones.
func (d *Dialogue) settle(id string, answers map[string][]string) (*State, error) {
	for i := 0; i <= len(d.States); i++ {
		s := d.byID[id]
		if s == nil {
			return nil, fmt.Errorf("dialogue: state %q is gone", id)
		}
		if s.holds(answers) {
			return s, nil
		}
		id = s.Next
	}
	return nil, errors.New("dialogue: every state on the way is skipped (a loop of conditions)")
}

// choices returns a state's choices with choices_from expanded.
func (s *State) choices(c *Config) []Choice {
	out := append([]Choice(nil), s.Choices...)
	if s.ChoicesFrom == "topics" {
		for _, t := range c.Topics {
			out = append(out, Choice{Label: t.Name, Value: t.ID})
		}
	}
	return out
}

func (s *State) nextFor(ch *Choice) string {
	if ch != nil && ch.Next != "" {
		return ch.Next
	}
	return s.Next
}
