package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// Feed polling runs inside the tick (one schedule, whose events the host
// delivers in order), one feed after another: topic lists are then written
// by one event at a time and need no compare-and-swap.

const (
	maxBackoff   = time.Hour
	fetchTimeout = 5 * time.Second
	// breakingMaxAge: an item published longer ago than this is not pushed
	// as breaking even when its feed is (a feed that republishes old
	// entries must not flood people).
	breakingMaxAge = 6 * time.Hour
)

// tick is the per-minute schedule: hand out the packages due this minute,
// then poll the feeds that are due.
func tick(c *Config, slot time.Time) error {
	slot = slot.UTC().Truncate(time.Minute)
	if err := scheduleDeliveries(slot); err != nil {
		return err
	}
	return pollFeeds(c, slot)
}

// scheduleDeliveries sets one timer per shard that has people due at
// slot: their daily packages, and on the UTC weekday/minute of someone's
// Saturday 09:00, the weekend ones. It reads only the shard markers of
// this minute.
func scheduleDeliveries(slot time.Time) error {
	hm := slot.Format("1504")
	prefixes := []string{"x/" + hm + "/", "w/" + strconv.Itoa(int(slot.Weekday())) + hm + "/"}
	for _, prefix := range prefixes {
		markers, err := skill.KVList(strings.Replace(prefix, "/", "s/", 1), shards)
		if err != nil {
			return fmt.Errorf("list due shards %s: %w", prefix, err)
		}
		for _, m := range markers {
			sh := m[strings.LastIndexByte(m, '/')+1:]
			key := prefix + sh + "/"
			name := "pk/" + key + strconv.FormatInt(slot.UnixMilli(), 10)
			if err := skill.TimerSet(name, []byte(key+"|"+strconv.FormatInt(slot.UnixMilli(), 10)+"|"), 0); err != nil {
				return fmt.Errorf("hand out %s: %w", key, err)
			}
		}
	}
	return nil
}

// pollFeeds fetches the feeds whose next poll is due, within the config's
// poll budget.
func pollFeeds(c *Config, slot time.Time) error {
	start := skill.Now()
	lists := &topicLists{c: c, items: map[string][]StoredItem{}, fresh: map[string][]StoredItem{}, dirty: map[string]bool{}}
	breaking := map[string][]string{} // topic -> new breaking item ids
	var firstErr error
	for i := range c.Feeds {
		f := &c.Feeds[i]
		st := &FeedState{}
		if _, err := getJSON("f/"+f.ID, st); err != nil {
			skill.Warn(err.Error())
			st = &FeedState{}
		}
		if st.Next > slot.UnixMilli() {
			continue
		}
		left := c.pollBudget - skill.Now().Sub(start)
		if left < 500*time.Millisecond {
			skill.Info("poll budget spent; feed " + f.ID + " waits for the next tick")
			break
		}
		if err := pollFeed(c, f, st, slot, min(left, fetchTimeout), lists, breaking); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	if err := lists.save(); err != nil {
		return err
	}
	if len(breaking) > 0 {
		if err := scheduleBreaking(slot, breaking); err != nil {
			return err
		}
	}
	return firstErr
}

func pollFeed(c *Config, f *FeedConf, st *FeedState, slot time.Time, timeout time.Duration, lists *topicLists, breaking map[string][]string) error {
	req := skill.Request{URL: f.URL, Timeout: timeout, Headers: map[string]string{
		"Accept":     "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
		"User-Agent": "bothost-news/1",
	}}
	if st.ETag != "" {
		req.Headers["If-None-Match"] = st.ETag
	}
	if st.LastMod != "" {
		req.Headers["If-Modified-Since"] = st.LastMod
	}
	st.Fetches++
	resp, err := skill.Fetch(req)
	switch {
	case err != nil:
		return feedFailed(c, f, st, slot, "fetch: "+err.Error())
	case resp.Status == 304:
		// Unchanged: nothing to parse.
		st.NotModified++
		return feedOK(c, f, st, slot)
	case resp.Status < 200 || resp.Status > 299:
		return feedFailed(c, f, st, slot, "HTTP status "+strconv.Itoa(resp.Status))
	}
	st.Parses++
	firstParse := st.Parses == 1
	feed, err := ParseFeed(resp.Body, f.URL, c.MaxItems)
	if err != nil {
		return feedFailed(c, f, st, slot, err.Error())
	}
	st.ETag = resp.Headers["etag"]
	st.LastMod = resp.Headers["last-modified"]
	if feed.Title != "" {
		st.Title = feed.Title
	}
	source := f.Name
	if source == "" {
		source = st.Title
	}
	if source == "" {
		source = f.ID
	}
	n, err := ingest(c, f, source, feed.Items, slot, lists, breaking, !firstParse)
	if err != nil {
		// A storage failure: keep the validators unset so the next poll
		// fetches the whole feed again instead of a 304 that hides items.
		st.ETag, st.LastMod = "", ""
		_ = setJSON("f/"+f.ID, st, 0)
		return fmt.Errorf("feed %s: %w", f.ID, err)
	}
	skill.Debug(fmt.Sprintf("feed %s: %d entries, %d new", f.ID, len(feed.Items), n))
	return feedOK(c, f, st, slot)
}

func feedOK(c *Config, f *FeedConf, st *FeedState, slot time.Time) error {
	if st.Notified && c.AdminChannel != "" {
		if _, err := skill.Post(skill.Message{Channel: c.AdminChannel, Text: "News feed `" + f.ID + "` works again."}); err != nil {
			skill.Warn("admin notice: " + err.Error())
		}
	}
	st.Fails, st.Notified, st.LastErr = 0, false, ""
	st.Next = slot.Add(f.interval).UnixMilli()
	return setJSON("f/"+f.ID, st, 0)
}

// notifyAfter is how many failures in a row make a feed worth one notice.
const notifyAfter = 2

// feedFailed backs off exponentially (interval x 2^failures, at most an
// hour) and tells the admins' channel once per outage.
func feedFailed(c *Config, f *FeedConf, st *FeedState, slot time.Time, reason string) error {
	st.Fails++
	st.LastErr = reason
	back := f.interval
	for i := 0; i < st.Fails && back < maxBackoff; i++ {
		back *= 2
	}
	back = min(back, maxBackoff)
	st.Next = slot.Add(back).UnixMilli()
	skill.Warn(fmt.Sprintf("feed %s failed (%d in a row, next try in %s): %s", f.ID, st.Fails, back, reason))
	if st.Fails >= notifyAfter && !st.Notified && c.AdminChannel != "" {
		text := fmt.Sprintf("News feed `%s` (%s) is failing: %s. Retrying with backoff; I will say when it works again.", f.ID, f.URL, reason)
		if _, err := skill.Post(skill.Message{Channel: c.AdminChannel, Text: text}); err != nil {
			skill.Warn("admin notice: " + err.Error())
		} else {
			st.Notified = true
		}
	}
	return setJSON("f/"+f.ID, st, 0)
}

func seenKey(k string) string {
	h := fnv.New64a()
	h.Write([]byte(k))
	return "s/" + strconv.FormatUint(h.Sum64(), 36)
}

// ingest stores the feed's new items in their topics' lists and returns
// how many were new. An item already seen under any of its keys (guid or
// normalised link, possibly from another feed) is not new; when another
// feed carries it, its score (used by the weekend edition) goes up.
func ingest(c *Config, f *FeedConf, source string, items []Item, slot time.Time, lists *topicLists, breaking map[string][]string, pushBreaking bool) (int, error) {
	n := 0
	now := slot.UnixMilli()
	for i := range items {
		it := &items[i]
		keys := dedupKeys(it)
		var known string // "id feed,feed"
		for _, k := range keys {
			v, err := skill.KVGetString(seenKey(k))
			if err == nil {
				known = v
				break
			}
			if !errors.Is(err, skill.ErrNotFound) {
				return n, fmt.Errorf("dedup lookup: %w", err)
			}
		}
		if known != "" {
			id, feeds, _ := strings.Cut(known, " ")
			if contains(strings.Split(feeds, ","), f.ID) {
				continue
			}
			// Another feed carries the same story: one more vote.
			for _, k := range keys {
				if err := skill.KVSetString(seenKey(k), known+","+f.ID, seenTTL); err != nil {
					return n, fmt.Errorf("dedup mark: %w", err)
				}
			}
			lists.bump(id)
			continue
		}
		id := shortID(it.Key)
		for _, k := range keys {
			if err := skill.KVSetString(seenKey(k), id+" "+f.ID, seenTTL); err != nil {
				return n, fmt.Errorf("dedup mark: %w", err)
			}
		}
		topics := c.topicsOf(f.ID, it)
		if len(topics) == 0 {
			continue
		}
		n++
		si := StoredItem{ID: id, Title: it.Title, Link: it.Link, Source: source, Seen: now, Score: 1, Feed: f.ID}
		if !it.Published.IsZero() {
			si.Pub = min(it.Published.UnixMilli(), now)
		}
		fresh := si.Pub == 0 || slot.Sub(time.UnixMilli(si.Pub)) < breakingMaxAge
		for _, t := range topics {
			if err := lists.add(t, si); err != nil {
				return n, err
			}
			if pushBreaking && fresh && (f.Breaking || c.topicByID[t].Breaking) {
				breaking[t] = append(breaking[t], id)
			}
		}
	}
	return n, nil
}

// topicLists caches the topic lists one tick reads and writes.
type topicLists struct {
	c     *Config
	items map[string][]StoredItem // as stored
	fresh map[string][]StoredItem // new this tick, feed order
	dirty map[string]bool
}

func (l *topicLists) get(topic string) ([]StoredItem, error) {
	if its, ok := l.items[topic]; ok {
		return its, nil
	}
	var its []StoredItem
	if _, err := getJSON("t/"+topic, &its); err != nil {
		return nil, err
	}
	l.items[topic] = its
	return its, nil
}

// add queues si for topic; save puts a tick's new items, in feed order
// (feeds list newest first), before the older ones.
func (l *topicLists) add(topic string, si StoredItem) error {
	if _, err := l.get(topic); err != nil {
		return err
	}
	l.fresh[topic] = append(l.fresh[topic], si)
	l.dirty[topic] = true
	return nil
}

// bump raises the score of item id wherever it is listed.
func (l *topicLists) bump(id string) {
	for _, t := range l.c.Topics {
		if _, err := l.get(t.ID); err != nil {
			continue
		}
		for _, its := range [][]StoredItem{l.items[t.ID], l.fresh[t.ID]} {
			for i := range its {
				if its[i].ID == id {
					its[i].Score++
					l.dirty[t.ID] = true
				}
			}
		}
	}
}

// save writes the changed lists, newest first, capped in length and age.
func (l *topicLists) save() error {
	for t := range l.dirty {
		its := append(l.fresh[t], l.items[t]...)
		sort.SliceStable(its, func(i, j int) bool { return its[i].Seen > its[j].Seen })
		if len(its) > topicKeep {
			its = its[:topicKeep]
		}
		if len(its) > 0 {
			cut := its[0].Seen - topicMaxAge.Milliseconds()
			k := len(its)
			for k > 0 && its[k-1].Seen < cut {
				k--
			}
			its = its[:k]
		}
		if err := setJSON("t/"+t, its, 0); err != nil {
			return err
		}
	}
	return nil
}

// scheduleBreaking hands the new breaking items to one timer per shard
// that has someone following one of their topics; each timer pushes to
// its shard's people (deliver.go).
func scheduleBreaking(slot time.Time, breaking map[string][]string) error {
	payloads := map[string][]string{} // shard -> "topic=id,id"
	topics := make([]string, 0, len(breaking))
	for t := range breaking {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	for _, t := range topics {
		markers, err := skill.KVList("bs/"+t+"/", shards)
		if err != nil {
			return fmt.Errorf("list breaking shards of %s: %w", t, err)
		}
		for _, m := range markers {
			sh := m[strings.LastIndexByte(m, '/')+1:]
			payloads[sh] = append(payloads[sh], t+"="+strings.Join(breaking[t], ","))
		}
	}
	for sh, parts := range payloads {
		payload := strings.Join(parts, ";")
		for len(payload) > 16<<10 {
			// Timer payloads are capped at 16 KiB; drop whole topics.
			i := strings.LastIndexByte(payload, ';')
			if i < 0 {
				payload = payload[:strings.LastIndexByte(payload[:16<<10], ',')]
				break
			}
			payload = payload[:i]
		}
		name := "br/" + strconv.FormatInt(slot.UnixMilli(), 10) + "/" + sh
		if err := skill.TimerSet(name, []byte(payload), 0); err != nil {
			return fmt.Errorf("hand out breaking news: %w", err)
		}
	}
	return nil
}
