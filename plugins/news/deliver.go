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

// batchSize is how many people one timer event serves; the rest of a
// shard goes to a follow-up timer, so an event stays well inside its
// deadline and its per-event quotas whatever the shard holds.
const batchSize = 50

// onDeliveryTimer serves a "pk/" timer: payload "PREFIX|SLOTMS|AFTER",
// PREFIX the shard's index prefix ("x/0530/3f/" or "w/60900/3f/"), AFTER
// the last user served by the previous batch.
func onDeliveryTimer(c *Config, name string, payload []byte) error {
	parts := strings.SplitN(string(payload), "|", 3)
	if len(parts) != 3 {
		return fmt.Errorf("timer %s: malformed payload %q", name, payload)
	}
	prefix, after := parts[0], parts[2]
	ms, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil {
		return fmt.Errorf("timer %s: bad slot: %w", name, err)
	}
	slot := time.UnixMilli(ms).UTC()
	keys, err := skill.KVList(prefix, 1000)
	if err != nil {
		return fmt.Errorf("list %s: %w", prefix, err)
	}
	if len(keys) == 0 {
		return deleteKey(markerOf(prefix + "u"))
	}
	weekend := strings.HasPrefix(prefix, "w/")
	cache := &itemCache{lists: map[string][]StoredItem{}}
	served := 0
	last := ""
	for _, k := range keys {
		user := k[len(prefix):]
		if after != "" && user <= after {
			continue
		}
		if served == batchSize {
			// More than a batch: the rest in a follow-up event.
			return skill.TimerSet(name+"+", []byte(prefix+"|"+parts[1]+"|"+last), 0)
		}
		served++
		last = user
		if err := deliverPackage(c, cache, k, user, slot, weekend); err != nil {
			// One person's failure (say a storage hiccup) must not cost
			// the rest of the shard their package.
			skill.Warn(fmt.Sprintf("package for %s: %v", user, err))
		}
	}
	return nil
}

type itemCache struct{ lists map[string][]StoredItem }

func (ic *itemCache) topic(t string) []StoredItem {
	if its, ok := ic.lists[t]; ok {
		return its
	}
	var its []StoredItem
	if _, err := getJSON("t/"+t, &its); err != nil {
		skill.Warn(err.Error())
	}
	ic.lists[t] = its
	return its
}

// deliverPackage sends user's package for slot if it is really due: the
// index key is one the person holds and their local time at slot is one
// of their delivery times (or Saturday 09:00). A key left over from a
// time-zone or DST change is corrected instead.
func deliverPackage(c *Config, cache *itemCache, key, user string, slot time.Time, weekend bool) error {
	p, err := loadPerson(user)
	if err != nil {
		return err
	}
	if p == nil || !p.Active || !contains(p.Idx, key) {
		return deleteKey(key)
	}
	loc, err := loadLocation(p.TZ)
	if err != nil {
		loc = time.UTC
	}
	local := slot.In(loc)
	due := contains(p.Times, local.Format("15:04"))
	if weekend {
		due = local.Weekday() == time.Saturday && local.Format("15:04") == "09:00"
	}
	slotMS := slot.UnixMilli()
	kind := "daily"
	if weekend {
		kind = "weekend"
	}
	if !due || pkgDone(p, kind, slotMS) {
		if err := reindex(p, slot); err != nil {
			return err
		}
		return savePerson(p)
	}
	var groups []topicGroup
	if weekend {
		groups = weekendPackage(c, cache, p, slot)
	} else {
		groups = dailyPackage(c, cache, p)
	}
	var sent []StoredItem
	for _, g := range groups {
		sent = append(sent, g.items...)
	}
	if len(sent) > 0 {
		title := "Your news"
		if weekend {
			title = "Your weekend edition: the week's top stories"
		}
		blocks, text := packageBlocks(title+" · "+local.Format("Mon 2 Jan 15:04"), groups)
		if _, err := skill.Post(skill.Message{Channel: p.deliveryChannel(), Text: text, Blocks: blocks}); err != nil {
			return fmt.Errorf("post: %w", err)
		}
		markSent(p, sent, slot)
	}
	if !weekend {
		// Newer than this package, next time: the newest item the person
		// could have been sent now.
		for _, t := range p.Topics {
			if its := cache.topic(t); len(its) > 0 && its[0].Seen > p.Last {
				p.Last = its[0].Seen
			}
		}
	}
	setPkgDone(p, kind, slotMS)
	if err := reindex(p, slot); err != nil {
		return err
	}
	return savePerson(p)
}

func (p *Person) deliveryChannel() string {
	if p.Channel != "" {
		return p.Channel
	}
	return p.User
}

// pkgDone makes delivery idempotent: an event re-run after a crash finds
// the slot done and sends nothing twice.
func pkgDone(p *Person, kind string, slot int64) bool {
	return p.Sent != nil && p.Sent["#"+kind] == slot
}

func setPkgDone(p *Person, kind string, slot int64) {
	if p.Sent == nil {
		p.Sent = make(map[string]int64)
	}
	p.Sent["#"+kind] = slot
}

type topicGroup struct {
	name  string
	items []StoredItem
}

// dailyPackage: per followed topic, at most MaxPerTopic items seen since
// the previous package and never sent to the person, newest first; an
// item in two followed topics shows once.
func dailyPackage(c *Config, cache *itemCache, p *Person) []topicGroup {
	taken := map[string]bool{}
	var out []topicGroup
	for _, t := range p.Topics {
		tc := c.topicByID[t]
		if tc == nil {
			continue
		}
		g := topicGroup{name: tc.Name}
		for _, it := range cache.topic(t) {
			if len(g.items) >= c.MaxPerTopic {
				break
			}
			if it.Seen < p.Last || taken[it.ID] || isSent(p, it.ID) {
				continue
			}
			taken[it.ID] = true
			g.items = append(g.items, it)
		}
		if len(g.items) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// weekendPackage: per followed topic, the week's top items (carried by
// the most feeds, then newest) not already sent to the person.
func weekendPackage(c *Config, cache *itemCache, p *Person, slot time.Time) []topicGroup {
	taken := map[string]bool{}
	since := slot.Add(-7 * 24 * time.Hour).UnixMilli()
	var out []topicGroup
	for _, t := range p.Topics {
		tc := c.topicByID[t]
		if tc == nil {
			continue
		}
		var cand []StoredItem
		for _, it := range cache.topic(t) {
			if it.Seen >= since && !taken[it.ID] && !isSent(p, it.ID) {
				cand = append(cand, it)
			}
		}
		sort.SliceStable(cand, func(i, j int) bool {
			if cand[i].Score != cand[j].Score {
				return cand[i].Score > cand[j].Score
			}
			return cand[i].Seen > cand[j].Seen
		})
		if len(cand) > c.MaxPerTopic {
			cand = cand[:c.MaxPerTopic]
		}
		for _, it := range cand {
			taken[it.ID] = true
		}
		if len(cand) > 0 {
			out = append(out, topicGroup{name: tc.Name, items: cand})
		}
	}
	return out
}

func isSent(p *Person, id string) bool {
	_, ok := p.Sent[id]
	return ok
}

// mrkdwnEscape escapes what Slack's mrkdwn treats as markup.
func mrkdwnEscape(s string) string {
	s = strings.ReplaceAll(s, "&", "&amp;")
	s = strings.ReplaceAll(s, "<", "&lt;")
	return strings.ReplaceAll(s, ">", "&gt;")
}

func itemLine(it StoredItem) string {
	title := strings.ReplaceAll(mrkdwnEscape(it.Title), "|", "¦")
	link := it.Link
	if link == "" || strings.ContainsAny(link, "|<> ") {
		return "• " + title + " · _" + mrkdwnEscape(it.Source) + "_"
	}
	return "• <" + link + "|" + title + "> · _" + mrkdwnEscape(it.Source) + "_"
}

type block = map[string]any

func section(text string) block {
	return block{"type": "section", "text": block{"type": "mrkdwn", "text": text}}
}

// packageBlocks renders groups as Block Kit: a header, then per topic a
// section listing its items (split to stay under Slack's 3,000-character
// section limit), at most 50 blocks.
func packageBlocks(title string, groups []topicGroup) (string, string) {
	blocks := []block{{"type": "header", "text": block{"type": "plain_text", "text": truncate(title, 150)}}}
	var text strings.Builder
	n := 0
	for _, g := range groups {
		cur := "*" + mrkdwnEscape(g.name) + "*"
		for _, it := range g.items {
			line := itemLine(it)
			if len(cur)+1+len(line) > 2900 {
				blocks = append(blocks, section(cur))
				cur = ""
			}
			if cur != "" {
				cur += "\n"
			}
			cur += line
			n++
		}
		blocks = append(blocks, section(cur))
		fmt.Fprintf(&text, "%s: %d. ", g.name, len(g.items))
	}
	if len(blocks) > 50 {
		blocks = blocks[:50]
	}
	b, _ := json.Marshal(blocks)
	return string(b), fmt.Sprintf("%s — %d stories. %s", title, n, strings.TrimSpace(text.String()))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// onBreakingTimer serves a "br/" timer: payload "TOPIC=ID,ID;TOPIC=ID"
// for the shard named last in the timer name. Each person following one
// of the topics for breaking news gets the items not yet sent to them, in
// one message.
func onBreakingTimer(c *Config, name string, payload []byte) error {
	sh := name[strings.LastIndexByte(name, '/')+1:]
	cache := &itemCache{lists: map[string][]StoredItem{}}
	want := map[string][]StoredItem{} // user -> items
	var users []string
	keyOf := map[string][]string{}
	for _, part := range strings.Split(string(payload), ";") {
		topic, ids, ok := strings.Cut(part, "=")
		if !ok || c.topicByID[topic] == nil {
			continue
		}
		idset := strings.Split(ids, ",")
		var items []StoredItem
		for _, it := range cache.topic(topic) {
			if contains(idset, it.ID) {
				items = append(items, it)
			}
		}
		prefix := "b/" + topic + "/" + sh + "/"
		keys, err := skill.KVList(prefix, 1000)
		if err != nil {
			return fmt.Errorf("list %s: %w", prefix, err)
		}
		for _, k := range keys {
			u := k[len(prefix):]
			if _, ok := want[u]; !ok {
				users = append(users, u)
			}
			want[u] = append(want[u], items...)
			keyOf[u] = append(keyOf[u], k)
		}
	}
	sort.Strings(users)
	for _, u := range users {
		if err := pushBreaking(u, keyOf[u], want[u]); err != nil {
			skill.Warn(fmt.Sprintf("breaking news for %s: %v", u, err))
		}
	}
	return nil
}

func pushBreaking(user string, keys []string, items []StoredItem) error {
	p, err := loadPerson(user)
	if err != nil {
		return err
	}
	if p == nil || !p.Active || !p.Breaking {
		for _, k := range keys {
			if err := deleteKey(k); err != nil {
				return err
			}
		}
		return nil
	}
	var fresh []StoredItem
	seen := map[string]bool{}
	for _, it := range items {
		if !seen[it.ID] && !isSent(p, it.ID) {
			seen[it.ID] = true
			fresh = append(fresh, it)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	var lines []string
	for _, it := range fresh {
		lines = append(lines, itemLine(it))
	}
	b, _ := json.Marshal([]block{section("*Breaking news*\n" + strings.Join(lines, "\n"))})
	text := "Breaking: " + fresh[0].Title
	if _, err := skill.Post(skill.Message{Channel: p.deliveryChannel(), Text: truncate(text, 3000), Blocks: string(b)}); err != nil {
		return fmt.Errorf("post: %w", err)
	}
	markSent(p, fresh, skill.Now())
	return savePerson(p)
}
