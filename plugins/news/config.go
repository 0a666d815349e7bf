package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Config is the skill's [skills.news.config] table from bot.toml.
type Config struct {
	// AdminChannel gets one notice when a feed starts failing and one when
	// it recovers. Empty: failures are only logged.
	AdminChannel string `json:"admin_channel"`
	// MaxPerTopic caps the items per topic in a package (default 5).
	MaxPerTopic int `json:"max_per_topic"`
	// MaxItems caps the entries kept from one fetch of a feed (default 100).
	MaxItems int `json:"max_items"`
	// Dialogue is the path of the setup dialogue file, normally in the
	// skill's data_dir (default /data/dialogue.json).
	Dialogue string `json:"dialogue"`
	// DefaultTZ is the time zone of a person whose Slack profile cannot be
	// read (default UTC).
	DefaultTZ string `json:"default_tz"`
	// PollBudget bounds the time one tick spends fetching feeds; feeds not
	// reached wait for the next tick (default 5s; keep it under the skill's
	// deadline).
	PollBudget string      `json:"poll_budget"`
	Feeds      []FeedConf  `json:"feeds"`
	Topics     []TopicConf `json:"topics"`

	pollBudget time.Duration
	feedByID   map[string]*FeedConf
	topicByID  map[string]*TopicConf
}

// FeedConf is one feed.
type FeedConf struct {
	ID  string `json:"id"`
	URL string `json:"url"`
	// Name is shown as the item's source (default: the feed's own title).
	Name string `json:"name"`
	// Interval between polls (default "1m", minimum "1m").
	Interval string `json:"interval"`
	// Breaking: every new item of this feed is pushed to the people who
	// want breaking news for one of its topics.
	Breaking bool `json:"breaking"`

	interval time.Duration
}

// TopicConf is one topic a person can follow: the items of its feeds (all
// feeds when none are listed) that match one of its keywords (all items
// when none are listed), matched against title and categories.
type TopicConf struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Feeds    []string `json:"feeds"`
	Keywords []string `json:"keywords"`
	// Breaking: every new item of this topic is pushed.
	Breaking bool `json:"breaking"`

	keywords []string // lower-cased
}

// parseConfig decodes and checks the config. Every problem is reported at
// once, so an editor fixes the file in one go.
func parseConfig(b []byte) (*Config, error) {
	c := &Config{}
	if len(b) > 0 {
		if err := json.Unmarshal(b, c); err != nil {
			return nil, fmt.Errorf("news config: %w", err)
		}
	}
	if c.MaxPerTopic <= 0 {
		c.MaxPerTopic = 5
	}
	if c.MaxItems <= 0 {
		c.MaxItems = 100
	}
	if c.Dialogue == "" {
		c.Dialogue = "/data/dialogue.json"
	}
	if c.DefaultTZ == "" {
		c.DefaultTZ = "UTC"
	}
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if _, err := time.LoadLocation(c.DefaultTZ); err != nil || c.DefaultTZ == "Local" {
		bad("default_tz %q is not an IANA time zone", c.DefaultTZ)
	}
	c.pollBudget = 5 * time.Second
	if c.PollBudget != "" {
		d, err := time.ParseDuration(c.PollBudget)
		if err != nil || d <= 0 {
			bad("poll_budget %q is not a positive duration", c.PollBudget)
		}
		c.pollBudget = d
	}
	c.feedByID = make(map[string]*FeedConf)
	for i := range c.Feeds {
		f := &c.Feeds[i]
		if !validID(f.ID) {
			bad("feeds[%d]: id %q must be 1-32 of a-z, 0-9, - and _", i, f.ID)
		} else if c.feedByID[f.ID] != nil {
			bad("feeds[%d]: id %q used twice", i, f.ID)
		}
		c.feedByID[f.ID] = f
		if u, err := url.Parse(f.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("feed %q: url %q is not an http(s) URL", f.ID, f.URL)
		}
		f.interval = time.Minute
		if f.Interval != "" {
			d, err := time.ParseDuration(f.Interval)
			if err != nil || d < time.Minute {
				bad("feed %q: interval %q must be a duration of at least 1m", f.ID, f.Interval)
			} else {
				f.interval = d
			}
		}
	}
	c.topicByID = make(map[string]*TopicConf)
	for i := range c.Topics {
		t := &c.Topics[i]
		if !validID(t.ID) {
			bad("topics[%d]: id %q must be 1-32 of a-z, 0-9, - and _", i, t.ID)
		} else if c.topicByID[t.ID] != nil {
			bad("topics[%d]: id %q used twice", i, t.ID)
		}
		c.topicByID[t.ID] = t
		if t.Name == "" {
			t.Name = t.ID
		}
		for _, f := range t.Feeds {
			if c.feedByID[f] == nil {
				bad("topic %q: unknown feed %q", t.ID, f)
			}
		}
		for _, k := range t.Keywords {
			if k = strings.ToLower(strings.TrimSpace(k)); k != "" {
				t.keywords = append(t.keywords, k)
			}
		}
		if len(t.Feeds) == 0 && len(t.keywords) == 0 {
			bad("topic %q: needs feeds, keywords or both", t.ID)
		}
	}
	if len(c.Topics) == 0 {
		bad("no topics: add [[skills.news.config.topics]]")
	}
	if len(errs) > 0 {
		return nil, errors.New("news config: " + strings.Join(errs, "; "))
	}
	return c, nil
}

func validID(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// topicsOf returns the ids of the topics an item of feed belongs to.
func (c *Config) topicsOf(feed string, it *Item) []string {
	var out []string
	var hay string
	for i := range c.Topics {
		t := &c.Topics[i]
		if len(t.Feeds) > 0 && !contains(t.Feeds, feed) {
			continue
		}
		if len(t.keywords) > 0 {
			if hay == "" {
				hay = " " + strings.ToLower(it.Title+" "+strings.Join(it.Categories, " ")) + " "
			}
			if !matchesAny(hay, t.keywords) {
				continue
			}
		}
		out = append(out, t.ID)
	}
	return out
}

// matchesAny reports whether one keyword occurs in hay as a whole word or
// phrase ("ai" matches "new ai chip", not "said").
func matchesAny(hay string, keywords []string) bool {
	for _, k := range keywords {
		for from := 0; ; {
			i := strings.Index(hay[from:], k)
			if i < 0 {
				break
			}
			i += from
			j := i + len(k)
			if (i == 0 || !isWordByte(hay[i-1])) && (j >= len(hay) || !isWordByte(hay[j])) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
