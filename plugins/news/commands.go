package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// DState is a dialogue in progress (KV d/USER): it survives reloads and
// restarts, so a person can stop halfway and carry on later.
type DState struct {
	State   string              `json:"state"`
	Answers map[string][]string `json:"answers"`
	// Picked are the choices selected so far in a multi state.
	Picked []string `json:"picked,omitempty"`
	TZ     string   `json:"tz"`
	TZSrc  string   `json:"tz_src"`
	// Channel is the person's DM with the bot, where packages will go
	// (clicks and slash commands do not say whether they come from one).
	Channel string `json:"ch,omitempty"`
}

const helpText = "News commands: `/news` (latest), `/news <topic>`, `/news topics`, `/news time 07:30 18:00`, " +
	"`/news tz Europe/Helsinki`, `/news breaking on|off`, `/news weekend on|off`, `/news stop`, `news setup`."

// newsPrefix strips a leading "news" word (how messages reach this skill
// when it does not own the bot's DMs).
func newsPrefix(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if len(t) >= 4 && strings.EqualFold(t[:4], "news") && (len(t) == 4 || t[4] == ' ') {
		return strings.TrimSpace(t[4:]), true
	}
	return t, false
}

func onMessage(e *skill.Event) error {
	if e.BotID() != "" {
		return nil
	}
	text, prefixed := newsPrefix(e.Text())
	user := e.User()
	if strings.EqualFold(text, "setup") && prefixed {
		return startDialogue(e, user)
	}
	ds, err := loadDState(user)
	if err != nil {
		return err
	}
	if ds != nil && (e.IsDM() || prefixed) {
		return dialogueText(e, ds, text)
	}
	if prefixed {
		return command(e, text)
	}
	if e.IsDM() {
		p, err := loadPerson(user)
		if err != nil {
			return err
		}
		if p == nil {
			// The first DM starts the setup.
			return startDialogue(e, user)
		}
		return skill.ReplyText(helpText)
	}
	return nil
}

func onCommand(e *skill.Event) error {
	if e.Command() != "/news" {
		return nil
	}
	return command(e, strings.TrimSpace(e.Text()))
}

func onAction(e *skill.Event) error {
	id := e.ActionID()
	switch {
	case strings.HasPrefix(id, "news:d:"):
		return dialogueAction(e, strings.TrimPrefix(id, "news:d:"), e.Value())
	case id == "news:more":
		topic, off, _ := strings.Cut(e.Value(), "|")
		n, _ := strconv.Atoi(off)
		return latest(e, topic, n)
	}
	return nil
}

// command runs one /news (or "news ...") command.
func command(e *skill.Event, text string) error {
	verb, rest, _ := strings.Cut(text, " ")
	verb = strings.ToLower(verb)
	rest = strings.TrimSpace(rest)
	user := e.User()
	switch verb {
	case "", "latest":
		return latest(e, rest, 0)
	case "help":
		return skill.ReplyText(helpText)
	case "setup":
		return startDialogue(e, user)
	case "topics":
		return cmdTopics(e, rest)
	case "time", "times":
		times, err := parseTimes(rest)
		if err != nil {
			return skill.ReplyText(err.Error())
		}
		return updatePerson(e, func(p *Person) string {
			p.Times = times
			return "Your packages now arrive at " + strings.Join(times, " and ") + " (" + p.TZ + ")."
		})
	case "tz":
		if _, err := loadLocation(rest); err != nil {
			return skill.ReplyText(err.Error())
		}
		return updatePerson(e, func(p *Person) string {
			p.TZ, p.TZSource = rest, "user"
			return "Time zone set to " + rest + "; your times (" + strings.Join(p.Times, ", ") + ") follow it."
		})
	case "breaking", "weekend":
		on := strings.EqualFold(rest, "on")
		if !on && !strings.EqualFold(rest, "off") {
			return skill.ReplyText("Say `/news " + verb + " on` or `/news " + verb + " off`.")
		}
		return updatePerson(e, func(p *Person) string {
			if verb == "breaking" {
				p.Breaking = on
			} else {
				p.Weekend = on
			}
			return "Got it: " + verb + " " + strings.ToLower(rest) + "."
		})
	case "stop":
		p, err := loadPerson(user)
		if err != nil {
			return err
		}
		if err := deleteKey("d/" + user); err != nil {
			return err
		}
		if p == nil || !p.Active {
			return skill.ReplyText("You have no news subscription.")
		}
		p.Active = false
		if err := reindex(p, skill.Now()); err != nil {
			return err
		}
		if err := savePerson(p); err != nil {
			return err
		}
		return skill.ReplyText("Stopped: no more packages or breaking news. `news setup` starts again.")
	}
	if inst.cfg.topicByID[verb] != nil {
		return latest(e, verb, 0)
	}
	return skill.ReplyText("I don't know `" + verb + "`. " + helpText)
}

// updatePerson applies change to the caller's subscription and re-indexes
// them; someone without one is sent to the setup.
func updatePerson(e *skill.Event, change func(p *Person) string) error {
	p, err := loadPerson(e.User())
	if err != nil {
		return err
	}
	if p == nil || !p.Active {
		return skill.ReplyText("You are not subscribed yet: say `news setup` (or DM me) to start.")
	}
	msg := change(p)
	if err := reindex(p, skill.Now()); err != nil {
		return err
	}
	if err := savePerson(p); err != nil {
		return err
	}
	return skill.ReplyText(msg)
}

func cmdTopics(e *skill.Event, rest string) error {
	c := inst.cfg
	if rest == "" {
		var b strings.Builder
		p, _ := loadPerson(e.User())
		b.WriteString("Topics:")
		for _, t := range c.Topics {
			mark := "◦"
			if p != nil && contains(p.Topics, t.ID) {
				mark = "✓"
			}
			fmt.Fprintf(&b, "\n%s `%s` %s", mark, t.ID, t.Name)
			if t.Breaking {
				b.WriteString(" (breaking)")
			}
		}
		b.WriteString("\nFollow some with `/news topics id id …`.")
		return skill.ReplyText(b.String())
	}
	var ids []string
	for _, f := range strings.Fields(strings.ReplaceAll(rest, ",", " ")) {
		f = strings.ToLower(f)
		if c.topicByID[f] == nil {
			return skill.ReplyText("No topic `" + f + "`. `/news topics` lists them.")
		}
		if !contains(ids, f) {
			ids = append(ids, f)
		}
	}
	return updatePerson(e, func(p *Person) string {
		p.Topics = ids
		return "You now follow " + strings.Join(ids, ", ") + "."
	})
}

const pageSize = 5

// latest answers /news: the newest items of topic (or of the caller's
// topics, or of all), pageSize at a time with a More button.
func latest(e *skill.Event, topic string, offset int) error {
	c := inst.cfg
	var topics []string
	switch {
	case topic != "":
		if c.topicByID[topic] == nil {
			return skill.ReplyText("No topic `" + topic + "`. `/news topics` lists them.")
		}
		topics = []string{topic}
	default:
		if p, _ := loadPerson(e.User()); p != nil && p.Active && len(p.Topics) > 0 {
			topics = p.Topics
		} else {
			topics = inst.topicIDs
		}
	}
	cache := &itemCache{lists: map[string][]StoredItem{}}
	seen := map[string]bool{}
	var all []StoredItem
	for _, t := range topics {
		for _, it := range cache.topic(t) {
			if !seen[it.ID] {
				seen[it.ID] = true
				all = append(all, it)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Seen != all[j].Seen {
			return all[i].Seen > all[j].Seen
		}
		return all[i].Pub > all[j].Pub
	})
	if offset < 0 || offset >= len(all) {
		if len(all) == 0 {
			return skill.ReplyText("No news yet.")
		}
		return skill.ReplyText("That's all the news for now.")
	}
	page := all[offset:min(offset+pageSize, len(all))]
	var lines []string
	for _, it := range page {
		lines = append(lines, itemLine(it))
	}
	title := "Latest news"
	if topic != "" {
		title = "Latest: " + c.topicByID[topic].Name
	}
	blocks := []block{section("*" + mrkdwnEscape(title) + "*\n" + strings.Join(lines, "\n"))}
	if offset+pageSize < len(all) {
		blocks = append(blocks, block{"type": "actions", "elements": []block{{
			"type": "button", "action_id": "news:more", "text": block{"type": "plain_text", "text": "More"},
			"value": topic + "|" + strconv.Itoa(offset+pageSize),
		}}})
	}
	b, _ := json.Marshal(blocks)
	text := title + ":\n" + strings.Join(lines, "\n")
	_, err := skill.Reply(skill.Message{Text: truncate(text, 3000), Blocks: string(b)})
	return err
}

// ---- dialogue ----

func loadDState(user string) (*DState, error) {
	ds := &DState{}
	found, err := getJSON("d/"+user, ds)
	if err != nil || !found {
		return nil, err
	}
	if ds.Answers == nil {
		ds.Answers = map[string][]string{}
	}
	return ds, nil
}

// personTZ is the zone to propose: an override the person made, else
// Slack's profile (users.info), else the config's default.
func personTZ(user string) (tz, src string) {
	if p, _ := loadPerson(user); p != nil && p.TZSource == "user" && p.TZ != "" {
		return p.TZ, "user"
	}
	if tz, ok := slackTimeZone(user); ok {
		return tz, "slack"
	}
	return inst.cfg.DefaultTZ, "default"
}

func startDialogue(e *skill.Event, user string) error {
	d := dialogue()
	tz, src := personTZ(user)
	ds := &DState{Answers: map[string][]string{}, TZ: tz, TZSrc: src}
	if e.IsDM() {
		ds.Channel = e.Channel()
	}
	s, err := d.settle(d.Start, ds.Answers)
	if err != nil {
		return err
	}
	return enter(e, d, ds, s, "")
}

// enter moves ds to state s, saves it and asks s (or, for a done state,
// saves the subscription).
func enter(e *skill.Event, d *Dialogue, ds *DState, s *State, note string) error {
	user := e.User()
	ds.State, ds.Picked = s.ID, nil
	if s.Done {
		summary, err := subscribe(e, ds)
		if err != nil {
			return err
		}
		if err := deleteKey("d/" + user); err != nil {
			return err
		}
		return skill.ReplyText(fill(s.Message, ds, summary))
	}
	if err := setJSON("d/"+user, ds, 30*24*time.Hour); err != nil {
		return err
	}
	return ask(e, ds, s, note, false)
}

func fill(msg string, ds *DState, summary string) string {
	msg = strings.ReplaceAll(msg, "{tz}", ds.TZ)
	return strings.ReplaceAll(msg, "{summary}", summary)
}

// ask shows state s: its message and one button per choice (multi: with
// the picked ones ticked, and Done). update replaces the message the
// person clicked on instead of sending a new one.
func ask(e *skill.Event, ds *DState, s *State, note string, update bool) error {
	c := inst.cfg
	text := fill(s.Message, ds, "")
	if note != "" {
		text = note + "\n" + text
	}
	var buttons []block
	var fallback []string
	for i, ch := range s.choices(c) {
		label := fill(ch.Label, ds, "")
		if s.Multi && contains(ds.Picked, ch.Value) {
			label = "✓ " + label
		}
		buttons = append(buttons, block{"type": "button", "action_id": "news:d:" + s.ID + ":" + strconv.Itoa(i),
			"text": block{"type": "plain_text", "text": truncate(label, 75)}, "value": strconv.Itoa(i)})
		fallback = append(fallback, label)
	}
	if s.Multi {
		buttons = append(buttons, block{"type": "button", "action_id": "news:d:" + s.ID + ":done", "style": "primary",
			"text": block{"type": "plain_text", "text": "Done"}, "value": "done"})
		fallback = append(fallback, "Done")
	}
	blocks := []block{section(text)}
	for i := 0; i < len(buttons); i += 25 {
		blocks = append(blocks, block{"type": "actions", "block_id": "news-d-" + s.ID + "-" + strconv.Itoa(i/25), "elements": buttons[i:min(i+25, len(buttons))]})
	}
	b, _ := json.Marshal(blocks)
	msg := skill.Message{Text: text, Blocks: string(b)}
	if len(fallback) > 0 {
		msg.Text = text + "\n(" + strings.Join(fallback, " · ") + ")"
	}
	if update && e.MessageTS() != "" {
		msg.Channel, msg.TS = e.Channel(), e.MessageTS()
		return skill.Update(msg)
	}
	_, err := skill.Reply(msg)
	return err
}

// dialogueAction handles a click: "STATE:INDEX" or "STATE:done".
func dialogueAction(e *skill.Event, rest, value string) error {
	stateID, which, _ := strings.Cut(rest, ":")
	ds, err := loadDState(e.User())
	if err != nil {
		return err
	}
	if ds == nil {
		return skill.ReplyText("That setup is finished or was stopped. `news setup` starts a new one.")
	}
	d := dialogue()
	s := d.byID[ds.State]
	if s == nil {
		// The dialogue was edited and this state is gone: start over.
		return startDialogue(e, e.User())
	}
	if stateID != ds.State {
		return ask(e, ds, s, "That question has passed; here is where we are:", false)
	}
	if which == "done" {
		return finishMulti(e, d, ds, s)
	}
	i, err := strconv.Atoi(which)
	choices := s.choices(inst.cfg)
	if err != nil || i < 0 || i >= len(choices) {
		return ask(e, ds, s, "That choice is no longer offered:", false)
	}
	return choose(e, d, ds, s, &choices[i])
}

// choose records a choice: in a multi state it toggles and redraws, else
// it answers and moves on.
func choose(e *skill.Event, d *Dialogue, ds *DState, s *State, ch *Choice) error {
	if s.Multi {
		if contains(ds.Picked, ch.Value) {
			var keep []string
			for _, v := range ds.Picked {
				if v != ch.Value {
					keep = append(keep, v)
				}
			}
			ds.Picked = keep
		} else {
			ds.Picked = append(ds.Picked, ch.Value)
		}
		if err := setJSON("d/"+e.User(), ds, 30*24*time.Hour); err != nil {
			return err
		}
		return ask(e, ds, s, "", e.Kind() == "action")
	}
	if s.Answer != "" {
		ds.Answers[s.Answer] = []string{ch.Value}
	}
	return advance(e, d, ds, s.nextFor(ch))
}

func finishMulti(e *skill.Event, d *Dialogue, ds *DState, s *State) error {
	if s.Answer == "topics" && len(ds.Picked) == 0 {
		return ask(e, ds, s, "Pick at least one topic first.", false)
	}
	ds.Answers[s.Answer] = append([]string(nil), ds.Picked...)
	return advance(e, d, ds, s.Next)
}

func advance(e *skill.Event, d *Dialogue, ds *DState, next string) error {
	s, err := d.settle(next, ds.Answers)
	if err != nil {
		return err
	}
	return enter(e, d, ds, s, "")
}

// dialogueText handles typed text during the dialogue: an input the state
// accepts, a choice by label or number, "done" in a multi state; anything
// else shows the current question again (how someone who stopped halfway
// picks up where they left off).
func dialogueText(e *skill.Event, ds *DState, text string) error {
	d := dialogue()
	s := d.byID[ds.State]
	if s == nil {
		return startDialogue(e, e.User())
	}
	if e.IsDM() {
		ds.Channel = e.Channel()
	}
	choices := s.choices(inst.cfg)
	for i := range choices {
		if strings.EqualFold(text, fill(choices[i].Label, ds, "")) || text == strconv.Itoa(i+1) {
			return choose(e, d, ds, s, &choices[i])
		}
	}
	if s.Multi && strings.EqualFold(text, "done") {
		return finishMulti(e, d, ds, s)
	}
	switch s.Input {
	case "times":
		if times, err := parseTimes(text); err == nil {
			ds.Answers["times"] = []string{strings.Join(times, " ")}
			return advance(e, d, ds, s.Next)
		} else if text != "" && startsWithDigit(text) {
			return ask(e, ds, s, err.Error(), false)
		}
	case "tz":
		if strings.Contains(text, "/") || strings.EqualFold(text, "UTC") {
			if _, err := loadLocation(text); err != nil {
				return ask(e, ds, s, err.Error(), false)
			}
			ds.Answers["tz"] = []string{text}
			ds.TZ, ds.TZSrc = text, "user"
			return advance(e, d, ds, s.Next)
		}
	}
	return ask(e, ds, s, "Let's carry on where we left off:", false)
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// subscribe turns the dialogue's answers into the person's subscription.
func subscribe(e *skill.Event, ds *DState) (string, error) {
	c := inst.cfg
	user := e.User()
	p, err := loadPerson(user)
	if err != nil {
		return "", err
	}
	now := skill.Now()
	if p == nil {
		// The first package carries the last day's news.
		p = &Person{User: user, Last: now.Add(-24 * time.Hour).UnixMilli()}
	}
	if ds.Channel != "" {
		p.Channel = ds.Channel
	} else if e.IsDM() {
		p.Channel = e.Channel()
	}
	p.Active = true
	p.Topics = nil
	for _, t := range ds.Answers["topics"] {
		if c.topicByID[t] != nil && !contains(p.Topics, t) {
			p.Topics = append(p.Topics, t)
		}
	}
	if len(p.Topics) == 0 {
		p.Topics = append([]string(nil), inst.topicIDs...)
	}
	p.Times = []string{"07:30"}
	if ts := ds.Answers["times"]; len(ts) > 0 {
		if times, err := parseTimes(strings.Join(ts, " ")); err == nil {
			p.Times = times
		}
	}
	p.TZ, p.TZSource = ds.TZ, ds.TZSrc
	if tz := ds.Answers["tz"]; len(tz) > 0 && tz[0] != "keep" {
		if _, err := loadLocation(tz[0]); err == nil {
			p.TZ, p.TZSource = tz[0], "user"
		}
	}
	if _, err := loadLocation(p.TZ); err != nil {
		p.TZ = c.DefaultTZ
	}
	p.TZAt = now.UnixMilli()
	p.Breaking = contains(ds.Answers["breaking"], "on")
	p.BTopics = nil
	for _, t := range ds.Answers["breaking_topics"] {
		if contains(p.Topics, t) || c.topicByID[t] != nil {
			p.BTopics = append(p.BTopics, t)
		}
	}
	p.Weekend = contains(ds.Answers["weekend"], "on")
	if err := reindex(p, now); err != nil {
		return "", err
	}
	if err := savePerson(p); err != nil {
		return "", err
	}
	return summary(p), nil
}

func summary(p *Person) string {
	var names []string
	for _, t := range p.Topics {
		if tc := inst.cfg.topicByID[t]; tc != nil {
			names = append(names, tc.Name)
		}
	}
	s := fmt.Sprintf("Topics: %s. Packages at %s (%s).", strings.Join(names, ", "), strings.Join(p.Times, " and "), p.TZ)
	if p.Breaking {
		bt := p.BTopics
		if len(bt) == 0 {
			bt = p.Topics
		}
		s += " Breaking news: " + strings.Join(bt, ", ") + "."
	} else {
		s += " No breaking news."
	}
	if p.Weekend {
		s += " Weekend edition: Saturdays 09:00."
	}
	return s
}

// slackTimeZone reads the person's zone from their Slack profile.
// users.info through slack_call is not in this host yet (issue 10b); until
// it is, the config's default_tz is proposed and the person can type
// theirs.
func slackTimeZone(user string) (string, bool) {
	_ = user
	return "", false
}
