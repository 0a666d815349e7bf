package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// KV layout (one namespace per skill; every key below is the skill's own):
//
//	p/USER                 person: subscription, tz, delivery watermark, sent ids
//	d/USER                 dialogue in progress: state id and answers
//	f/FEED                 feed state: ETag, Last-Modified, next poll, failures
//	s/KEYHASH              an item key seen (guid or normalised link), TTL 30 days
//	t/TOPIC                the topic's recent items, newest first (capped)
//	x/HHMM/SS/USER         daily index: USER's package is due at UTC HH:MM
//	w/DHHMM/SS/USER        weekend index: due on UTC weekday D at HH:MM
//	b/TOPIC/SS/USER        USER wants breaking news of TOPIC
//	xs/.., ws/.., bs/..    shard markers: shard SS of that slot has people
//	dlg/good               the last dialogue file that validated
//
// SS is one of 256 shards (hash of the user id), so that one minute's
// people are handed out to many timer events, each listing at most a
// shard's keys; a tick lists only the shard markers of its minute, which
// costs the same for 10 or 100,000 subscribers.
const (
	shards      = 256
	seenTTL     = 30 * 24 * time.Hour
	topicKeep   = 200
	topicMaxAge = 8 * 24 * time.Hour
	sentKeep    = 8 * 24 * time.Hour
	maxSent     = 600
)

// Person is one subscriber.
type Person struct {
	User     string   `json:"user"`
	Channel  string   `json:"ch,omitempty"` // where packages go (the DM); "" means the user id
	Topics   []string `json:"topics"`
	Times    []string `json:"times"` // "07:30", local
	TZ       string   `json:"tz"`
	TZSource string   `json:"tz_src,omitempty"` // "slack" or "user"
	TZAt     int64    `json:"tz_at,omitempty"`  // when tz was read from Slack (ms)
	Breaking bool     `json:"brk"`
	BTopics  []string `json:"btopics,omitempty"` // empty: all of Topics
	Weekend  bool     `json:"wkd"`
	Active   bool     `json:"on"`
	// Last is the newest first-seen time among items in the previous
	// package: a package holds only items seen after it.
	Last int64 `json:"last"`
	// Sent are the items pushed to this person recently (id -> first-seen
	// ms), so no item reaches them twice across packages, breaking pushes
	// and the weekend edition.
	Sent map[string]int64 `json:"sent,omitempty"`
	// Idx are the index keys that point at this person.
	Idx []string `json:"idx,omitempty"`
}

// StoredItem is an item as kept in a topic list.
type StoredItem struct {
	ID     string `json:"id"`
	Title  string `json:"t"`
	Link   string `json:"l"`
	Source string `json:"s"`
	Seen   int64  `json:"at"`          // first seen by the poller (ms)
	Pub    int64  `json:"p,omitempty"` // published (ms), 0 unknown
	Score  int    `json:"n"`           // feeds that carried it
	Feed   string `json:"f"`
}

// FeedState is what the poller remembers about a feed.
type FeedState struct {
	ETag     string `json:"etag,omitempty"`
	LastMod  string `json:"lm,omitempty"`
	Next     int64  `json:"next"`
	Fails    int    `json:"fails,omitempty"`
	Notified bool   `json:"notified,omitempty"`
	LastErr  string `json:"err,omitempty"`
	Title    string `json:"title,omitempty"`
	// Fetches, NotModified and Parses count what the poller did; tests
	// and operators read them (a 304 must not add a parse).
	Fetches     int `json:"fetches"`
	NotModified int `json:"not_modified"`
	Parses      int `json:"parses"`
}

// getJSON reads key into v; found is false for an absent key.
func getJSON(key string, v any) (found bool, err error) {
	b, err := skill.KVGet(key)
	if errors.Is(err, skill.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read %s: %w", key, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("decode %s: %w", key, err)
	}
	return true, nil
}

func setJSON(key string, v any, ttl time.Duration) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	if err := skill.KVSet(key, b, ttl); err != nil {
		return fmt.Errorf("write %s: %w", key, err)
	}
	return nil
}

func deleteKey(key string) error {
	if err := skill.KVDelete(key); err != nil && !errors.Is(err, skill.ErrNotFound) {
		return fmt.Errorf("delete %s: %w", key, err)
	}
	return nil
}

func loadPerson(user string) (*Person, error) {
	p := &Person{}
	found, err := getJSON("p/"+user, p)
	if err != nil || !found {
		return nil, err
	}
	return p, nil
}

func savePerson(p *Person) error { return setJSON("p/"+p.User, p, 0) }

func shardOf(user string) string {
	h := fnv.New32a()
	h.Write([]byte(user))
	s := strconv.FormatUint(uint64(h.Sum32()%shards), 16)
	if len(s) == 1 {
		s = "0" + s
	}
	return s
}

// parseTimes reads "07:30 18:00" (also "7:30", "0730", commas) into sorted,
// distinct "HH:MM" strings.
func parseTimes(s string) ([]string, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
	if len(fields) == 0 {
		return nil, errors.New("no times given: write them like 07:30 18:00")
	}
	if len(fields) > 6 {
		return nil, errors.New("at most 6 delivery times a day")
	}
	var out []string
	for _, f := range fields {
		h, m, ok := strings.Cut(f, ":")
		if !ok && len(f) == 4 {
			h, m, ok = f[:2], f[2:], true
		}
		hh, err1 := strconv.Atoi(h)
		mm, err2 := strconv.Atoi(m)
		if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 || len(m) != 2 {
			return nil, fmt.Errorf("%q is not a time of day: write it like 07:30", f)
		}
		t := fmt.Sprintf("%02d:%02d", hh, mm)
		if !contains(out, t) {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out, nil
}

func loadLocation(tz string) (*time.Location, error) {
	if tz == "" || tz == "Local" {
		return nil, fmt.Errorf("%q is not an IANA time zone", tz)
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return nil, fmt.Errorf("%q is not a time zone I know (write it like Europe/Helsinki)", tz)
	}
	return loc, nil
}

// wantedIndex returns the index keys p should have after now: for each
// delivery time its next occurrence in p's zone, as a UTC minute of the
// day (so a DST change moves the key), the weekend slot likewise, and one
// breaking key per breaking topic.
func wantedIndex(p *Person, now time.Time) []string {
	if !p.Active {
		return nil
	}
	loc, err := loadLocation(p.TZ)
	if err != nil {
		loc = time.UTC
	}
	sh := shardOf(p.User)
	var keys []string
	local := now.In(loc)
	for _, t := range p.Times {
		hh, _ := strconv.Atoi(t[:2])
		mm, _ := strconv.Atoi(t[3:])
		next := time.Date(local.Year(), local.Month(), local.Day(), hh, mm, 0, 0, loc)
		if !next.After(now) {
			next = time.Date(local.Year(), local.Month(), local.Day()+1, hh, mm, 0, 0, loc)
		}
		keys = append(keys, "x/"+next.UTC().Format("1504")+"/"+sh+"/"+p.User)
	}
	if p.Weekend {
		days := (int(time.Saturday) - int(local.Weekday()) + 7) % 7
		next := time.Date(local.Year(), local.Month(), local.Day()+days, 9, 0, 0, 0, loc)
		if !next.After(now) {
			next = time.Date(local.Year(), local.Month(), local.Day()+days+7, 9, 0, 0, 0, loc)
		}
		u := next.UTC()
		keys = append(keys, "w/"+strconv.Itoa(int(u.Weekday()))+u.Format("1504")+"/"+sh+"/"+p.User)
	}
	if p.Breaking {
		bt := p.BTopics
		if len(bt) == 0 {
			bt = p.Topics
		}
		for _, t := range bt {
			keys = append(keys, "b/"+t+"/"+sh+"/"+p.User)
		}
	}
	sort.Strings(keys)
	return dedupe(keys)
}

func dedupe(xs []string) []string {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// markerOf is the shard marker of an index key: "x/0530/3f/U1" ->
// "xs/0530/3f".
func markerOf(key string) string {
	i := strings.LastIndexByte(key, '/')
	j := strings.IndexByte(key, '/')
	return key[:j] + "s" + key[j:i]
}

// reindex makes the index match p (p.Idx updated; the caller saves p).
// Keys are written before the person record, so a crash in between leaves
// at worst a stale key, which delivery notices and drops.
func reindex(p *Person, now time.Time) error {
	want := wantedIndex(p, now)
	for _, k := range p.Idx {
		if !contains(want, k) {
			if err := deleteKey(k); err != nil {
				return err
			}
		}
	}
	for _, k := range want {
		if contains(p.Idx, k) {
			continue
		}
		if err := skill.KVSetString(k, "1", 0); err != nil {
			return fmt.Errorf("index %s: %w", k, err)
		}
		if err := skill.KVSetString(markerOf(k), "1", 0); err != nil {
			return fmt.Errorf("index marker %s: %w", k, err)
		}
	}
	p.Idx = want
	return nil
}

// markSent records ids as delivered to p and forgets old ones.
func markSent(p *Person, items []StoredItem, now time.Time) {
	if p.Sent == nil {
		p.Sent = make(map[string]int64)
	}
	for _, it := range items {
		p.Sent[it.ID] = it.Seen
	}
	cut := now.Add(-sentKeep).UnixMilli()
	for id, at := range p.Sent {
		if at < cut {
			delete(p.Sent, id)
		}
	}
	if len(p.Sent) > maxSent {
		type kv struct {
			id string
			at int64
		}
		all := make([]kv, 0, len(p.Sent))
		for id, at := range p.Sent {
			all = append(all, kv{id, at})
		}
		sort.Slice(all, func(i, j int) bool { return all[i].at > all[j].at })
		for _, x := range all[maxSent:] {
			delete(p.Sent, x.id)
		}
	}
}
