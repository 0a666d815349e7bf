//go:build !wasip1

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

// feedServer is a fake of the feeds' web servers for skilltest's HTTP hook.
type feedServer struct {
	docs     map[string]string // url -> body
	etags    map[string]string // url -> ETag ("" none)
	fail     map[string]int    // url -> status to answer
	requests []*skill.Request
}

func newFeedServer() *feedServer {
	return &feedServer{docs: map[string]string{}, etags: map[string]string{}, fail: map[string]int{}}
}

func (s *feedServer) handle(r *skill.Request) (*skill.Response, error) {
	s.requests = append(s.requests, r)
	if st := s.fail[r.URL]; st != 0 {
		return &skill.Response{Status: st, Body: []byte("<html>down</html>")}, nil
	}
	body, ok := s.docs[r.URL]
	if !ok {
		return &skill.Response{Status: 404}, nil
	}
	h := map[string]string{}
	if et := s.etags[r.URL]; et != "" {
		h["etag"] = et
		if r.Headers["If-None-Match"] == et {
			return &skill.Response{Status: 304, Headers: h}, nil
		}
	}
	return &skill.Response{Status: 200, Headers: h, Body: []byte(body)}, nil
}

func rssDoc(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>https://feeds.example/</link>`)
	for _, it := range items {
		// "guid|title|category"
		parts := strings.SplitN(it+"||", "|", 4)
		fmt.Fprintf(&b, "<item><title>%s</title><link>https://feeds.example/%s</link><guid>https://feeds.example/%s</guid><category>%s</category></item>",
			parts[1], parts[0], parts[0], parts[2])
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

const testConfig = `{
  "admin_channel": "C-admins",
  "max_per_topic": 3,
  "dialogue": "data/dialogue.json",
  "default_tz": "Europe/Helsinki",
  "feeds": [
    {"id": "world", "url": "https://feeds.example/world.rss", "name": "World Wire"},
    {"id": "top", "url": "https://feeds.example/top.rss", "interval": "2m"},
    {"id": "flash", "url": "https://feeds.example/flash.rss", "breaking": true}
  ],
  "topics": [
    {"id": "world", "name": "World", "feeds": ["world", "top", "flash"]},
    {"id": "tech", "name": "Technology", "keywords": ["chip", "software"]},
    {"id": "sport", "name": "Sport", "feeds": ["top"], "keywords": ["football"]}
  ]
}`

// start returns a fake host running the skill with a feed server, its
// clock at a Wednesday 06:00 UTC (08:00 in Helsinki, winter time).
func start(t *testing.T) (*skilltest.Host, *feedServer) {
	t.Helper()
	skilltest.Epoch = time.Date(2026, 3, 4, 6, 0, 0, 0, time.UTC)
	h := skilltest.New(testConfig)
	fs := newFeedServer()
	h.HTTP = fs.handle
	if err := h.Init(); err != nil {
		t.Fatalf("init: %v", err)
	}
	return h, fs
}

func dm(t *testing.T, h *skilltest.Host, user, text string) {
	t.Helper()
	if err := h.Deliver(map[string]string{"kind": "message", "text": text, "user": user, "channel": "D-" + user, "ts": "1.1", "is_dm": "1"}); err != nil {
		t.Fatalf("dm %q: %v", text, err)
	}
}

func click(t *testing.T, h *skilltest.Host, user, actionID string) {
	t.Helper()
	if err := h.Action(actionID, "", user, "D-"+user, "9.9"); err != nil {
		t.Fatalf("click %s: %v", actionID, err)
	}
}

// lastText is the text of the last message sent (reply, post or update).
func lastText(h *skilltest.Host) string {
	s := h.Sent()
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1].Message.Text
}

// buttonFor finds the action id of the button labelled label in the last
// message sent.
func buttonFor(t *testing.T, h *skilltest.Host, label string) string {
	t.Helper()
	s := h.Sent()
	if len(s) == 0 {
		t.Fatal("nothing sent")
	}
	var blocks []map[string]any
	if err := json.Unmarshal([]byte(s[len(s)-1].Message.Blocks), &blocks); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	for _, b := range blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			el := e.(map[string]any)
			txt := el["text"].(map[string]any)["text"].(string)
			if strings.TrimPrefix(txt, "✓ ") == label {
				return el["action_id"].(string)
			}
		}
	}
	t.Fatalf("no button %q in %s", label, s[len(s)-1].Message.Blocks)
	return ""
}

func person(t *testing.T, user string) *Person {
	t.Helper()
	p, err := loadPerson(user)
	if err != nil || p == nil {
		t.Fatalf("person %s: %v %v", user, p, err)
	}
	return p
}

// subscribeVia runs the whole dialogue for user with the given answers.
func subscribeVia(t *testing.T, h *skilltest.Host, user string, topics []string, times string, breaking bool, btopics []string, weekend bool) {
	t.Helper()
	dm(t, h, user, "hello")
	click(t, h, user, buttonFor(t, h, "Set it up"))
	for _, tp := range topics {
		click(t, h, user, buttonFor(t, h, tp))
	}
	click(t, h, user, buttonFor(t, h, "Done"))
	dm(t, h, user, times)
	click(t, h, user, buttonFor(t, h, "Yes, keep Europe/Helsinki"))
	if breaking {
		click(t, h, user, buttonFor(t, h, "Yes"))
		for _, tp := range btopics {
			click(t, h, user, buttonFor(t, h, tp))
		}
		click(t, h, user, buttonFor(t, h, "Done"))
	} else {
		click(t, h, user, buttonFor(t, h, "No"))
	}
	if weekend {
		click(t, h, user, buttonFor(t, h, "Yes please"))
	} else {
		click(t, h, user, buttonFor(t, h, "No thanks"))
	}
	if !strings.HasPrefix(lastText(h), "All set!") {
		t.Fatalf("dialogue did not finish: %q", lastText(h))
	}
}

func TestDialogueFirstDMToSubscriptionSkippingBreakingTopics(t *testing.T) {
	h, _ := start(t)
	dm(t, h, "U1", "hi there")
	if !strings.Contains(lastText(h), "Shall we set it up?") {
		t.Fatalf("first DM did not start the dialogue: %q", lastText(h))
	}
	click(t, h, "U1", buttonFor(t, h, "Set it up"))
	click(t, h, "U1", buttonFor(t, h, "World"))
	click(t, h, "U1", buttonFor(t, h, "Technology"))
	click(t, h, "U1", buttonFor(t, h, "World")) // toggled off again
	if u := h.Updates(); len(u) != 3 || !strings.Contains(u[1].Message.Blocks, "✓ World") || strings.Contains(u[2].Message.Blocks, "✓ World") {
		t.Fatalf("multi choice not redrawn with ticks: %+v", u)
	}
	click(t, h, "U1", buttonFor(t, h, "Done"))
	if !strings.Contains(lastText(h), "time zone is *Europe/Helsinki*") {
		t.Fatalf("times question: %q", lastText(h))
	}
	dm(t, h, "U1", "25:00")
	if !strings.Contains(lastText(h), `"25:00" is not a time of day`) {
		t.Fatalf("bad time accepted: %q", lastText(h))
	}
	dm(t, h, "U1", "news 06:45, 19:00")
	click(t, h, "U1", buttonFor(t, h, "Yes, keep Europe/Helsinki"))
	click(t, h, "U1", buttonFor(t, h, "No")) // breaking off: breaking_topics is skipped
	if !strings.Contains(lastText(h), "weekend package") {
		t.Fatalf("breaking off should skip to weekend, got %q", lastText(h))
	}
	click(t, h, "U1", buttonFor(t, h, "Yes please"))
	p := person(t, "U1")
	if strings.Join(p.Topics, ",") != "tech" || strings.Join(p.Times, ",") != "06:45,19:00" || p.TZ != "Europe/Helsinki" ||
		p.Breaking || !p.Weekend || !p.Active || p.Channel != "D-U1" {
		t.Fatalf("subscription = %+v", p)
	}
	// 06:45 and 19:00 Helsinki (UTC+2 in March before the DST change) and
	// Saturday 09:00 = 07:00 UTC, weekday 6.
	want := []string{"w/60700/" + shardOf("U1") + "/U1", "x/0445/" + shardOf("U1") + "/U1", "x/1700/" + shardOf("U1") + "/U1"}
	if strings.Join(p.Idx, " ") != strings.Join(want, " ") {
		t.Fatalf("index %v, want %v", p.Idx, want)
	}
	for _, k := range want {
		if _, ok := h.KV(k); !ok {
			t.Errorf("index key %s missing", k)
		}
		if _, ok := h.KV(markerOf(k)); !ok {
			t.Errorf("shard marker of %s missing", k)
		}
	}
	if _, ok := h.KV("d/U1"); ok {
		t.Error("dialogue state left behind")
	}
}

func TestDialogueBreakingOnAsksTopicsAndResumesAfterReload(t *testing.T) {
	h, _ := start(t)
	dm(t, h, "U2", "hi")
	click(t, h, "U2", buttonFor(t, h, "Set it up"))
	click(t, h, "U2", buttonFor(t, h, "World"))
	click(t, h, "U2", buttonFor(t, h, "Sport"))
	click(t, h, "U2", buttonFor(t, h, "Done"))
	// Stops here. A reload (new instances run OnInit again) keeps them
	// where they were: any DM shows the pending question again.
	if err := h.Init(); err != nil {
		t.Fatal(err)
	}
	dm(t, h, "U2", "sorry, where were we?")
	if !strings.Contains(lastText(h), "carry on where we left off") || !strings.Contains(lastText(h), "When should your package arrive") {
		t.Fatalf("resume: %q", lastText(h))
	}
	click(t, h, "U2", buttonFor(t, h, "07:30 and 18:00"))
	dm(t, h, "U2", "news America/New_York")
	click(t, h, "U2", buttonFor(t, h, "Yes"))
	if !strings.Contains(lastText(h), "Breaking news for which topics") {
		t.Fatalf("breaking on must ask which topics: %q", lastText(h))
	}
	click(t, h, "U2", buttonFor(t, h, "World"))
	click(t, h, "U2", buttonFor(t, h, "Done"))
	click(t, h, "U2", buttonFor(t, h, "No thanks"))
	p := person(t, "U2")
	if strings.Join(p.Topics, ",") != "world,sport" || strings.Join(p.Times, ",") != "07:30,18:00" || p.TZ != "America/New_York" ||
		p.TZSource != "user" || !p.Breaking || strings.Join(p.BTopics, ",") != "world" || p.Weekend {
		t.Fatalf("subscription = %+v", p)
	}
	// A stale button from earlier in the dialogue does nothing harmful.
	click(t, h, "U2", "news:d:topics:0")
	if !strings.Contains(lastText(h), "finished or was stopped") {
		t.Fatalf("stale click: %q", lastText(h))
	}
}

func TestCommands(t *testing.T) {
	h, _ := start(t)
	cmd := func(text string) string {
		t.Helper()
		if err := h.Command("/news", text, "U3", "C1"); err != nil {
			t.Fatalf("/news %s: %v", text, err)
		}
		return lastText(h)
	}
	if got := cmd("time 07:30"); !strings.Contains(got, "not subscribed") {
		t.Fatalf("time before subscribing: %q", got)
	}
	subscribeVia(t, h, "U3", []string{"World"}, "07:30", false, nil, false)
	if got := cmd("time 6:15 21:00"); !strings.Contains(got, "06:15 and 21:00") {
		t.Fatalf("time: %q", got)
	}
	if got := cmd("time 9am"); !strings.Contains(got, "not a time of day") {
		t.Fatalf("bad time: %q", got)
	}
	if got := cmd("topics world tech"); !strings.Contains(got, "world, tech") {
		t.Fatalf("topics: %q", got)
	}
	if got := cmd("topics politics"); !strings.Contains(got, "No topic `politics`") {
		t.Fatalf("unknown topic: %q", got)
	}
	if got := cmd("topics"); !strings.Contains(got, "✓ `world` World") || !strings.Contains(got, "◦ `sport` Sport") {
		t.Fatalf("topics list: %q", got)
	}
	cmd("breaking on")
	cmd("weekend on")
	if got := cmd("tz Mars/Olympus"); !strings.Contains(got, "not a time zone") {
		t.Fatalf("bad tz: %q", got)
	}
	cmd("tz Asia/Tokyo")
	p := person(t, "U3")
	sh := shardOf("U3")
	want := "b/tech/" + sh + "/U3 b/world/" + sh + "/U3 w/60000/" + sh + "/U3 x/1200/" + sh + "/U3 x/2115/" + sh + "/U3"
	if strings.Join(p.Idx, " ") != want || !p.Breaking || !p.Weekend {
		t.Fatalf("index after commands: %v, want %s", p.Idx, want)
	}
	if got := cmd("stop"); !strings.Contains(got, "Stopped") {
		t.Fatalf("stop: %q", got)
	}
	for _, k := range strings.Fields(want) {
		if _, ok := h.KV(k); ok {
			t.Errorf("index key %s kept after stop", k)
		}
	}
	if got := cmd("frobnicate"); !strings.Contains(got, "don't know") {
		t.Fatalf("unknown: %q", got)
	}
}

// minuteTick runs the per-minute schedule and the timers it sets, then moves
// the clock to the next minute.
func minuteTick(t *testing.T, h *skilltest.Host) {
	t.Helper()
	if err := h.Schedule("poll"); err != nil {
		t.Fatalf("tick at %v: %v", h.Now(), err)
	}
	if err := h.Advance(time.Minute); err != nil {
		t.Fatalf("timers at %v: %v", h.Now(), err)
	}
}

func feedState(t *testing.T, id string) *FeedState {
	t.Helper()
	st := &FeedState{}
	if _, err := getJSON("f/"+id, st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestPollConditionalGETAndDedup(t *testing.T) {
	h, fs := start(t)
	fs.docs["https://feeds.example/world.rss"] = rssDoc("a|Quake hits coast", "b|New chip unveiled|science")
	fs.etags["https://feeds.example/world.rss"] = `"v1"`
	// The same story "a" in an overlapping feed, under another link's
	// tracking variant: one item.
	fs.docs["https://feeds.example/top.rss"] = strings.Replace(rssDoc("a|Quake hits coast", "c|Cup final tonight|football"), "https://feeds.example/a", "http://www.feeds.example/a/?utm_source=x", -1)
	fs.fail["https://feeds.example/flash.rss"] = 503
	minuteTick(t, h)
	world := feedState(t, "world")
	if world.Parses != 1 || world.ETag != `"v1"` {
		t.Fatalf("world after first poll: %+v", world)
	}
	var worldItems []StoredItem
	getJSON("t/world", &worldItems)
	if len(worldItems) != 3 {
		t.Fatalf("world topic has %d items, want 3 (a once, b, c): %+v", len(worldItems), worldItems)
	}
	for _, it := range worldItems {
		if it.ID == shortID("g:https://feeds.example/a") && it.Score != 2 {
			t.Errorf("story in two feeds has score %d, want 2", it.Score)
		}
	}
	var tech, sport []StoredItem
	getJSON("t/tech", &tech)
	getJSON("t/sport", &sport)
	if len(tech) != 1 || tech[0].Title != "New chip unveiled" || len(sport) != 1 || sport[0].Title != "Cup final tonight" {
		t.Fatalf("keyword topics: tech %+v sport %+v", tech, sport)
	}
	// Next minute: world is due again (interval 1m) and answers 304: no
	// parse. top (2m) is not due.
	n := len(fs.requests)
	minuteTick(t, h)
	world = feedState(t, "world")
	if world.Parses != 1 || world.NotModified != 1 || world.Fetches != 2 {
		t.Fatalf("304 must cost no parse: %+v", world)
	}
	last := fs.requests[len(fs.requests)-1]
	if last.URL != "https://feeds.example/world.rss" || last.Headers["If-None-Match"] != `"v1"` {
		t.Fatalf("conditional GET not sent: %+v", last)
	}
	if got := len(fs.requests) - n; got != 1 {
		t.Fatalf("%d requests in the second minute, want 1 (world; top every 2m; flash backing off)", got)
	}
}

func TestBrokenFeedBacksOffWithOneNotice(t *testing.T) {
	h, fs := start(t)
	fs.fail["https://feeds.example/flash.rss"] = 500
	fs.docs["https://feeds.example/world.rss"] = rssDoc("a|Fine")
	fs.docs["https://feeds.example/top.rss"] = rssDoc("b|Fine too")
	var flashFetches []time.Time
	for i := 0; i < 60; i++ {
		n := len(fs.requests)
		minuteTick(t, h)
		for _, r := range fs.requests[n:] {
			if r.URL == "https://feeds.example/flash.rss" {
				flashFetches = append(flashFetches, h.Now())
			}
		}
	}
	notices := 0
	for _, p := range h.Posts() {
		if p.Channel == "C-admins" {
			notices++
			if !strings.Contains(p.Message.Text, "`flash`") || !strings.Contains(p.Message.Text, "HTTP status 500") {
				t.Errorf("notice: %q", p.Message.Text)
			}
		}
	}
	if notices != 1 {
		t.Fatalf("%d admin notices in an hour of failures, want 1", notices)
	}
	// 1m interval doubling: fetches at minutes 0, 2, 6, 14, 30 (then an
	// hour's cap): five in an hour instead of sixty.
	if len(flashFetches) != 5 {
		t.Fatalf("broken feed fetched %d times in an hour: %v", len(flashFetches), flashFetches)
	}
	st := feedState(t, "flash")
	if st.Fails != 5 || st.Parses != 0 || !st.Notified {
		t.Fatalf("state: %+v", st)
	}
	// It recovers: one "works again" notice.
	delete(fs.fail, "https://feeds.example/flash.rss")
	fs.docs["https://feeds.example/flash.rss"] = rssDoc("z|Back")
	for i := 0; i < 61; i++ {
		minuteTick(t, h)
	}
	if got := lastAdmin(h); !strings.Contains(got, "works again") {
		t.Fatalf("recovery notice: %q", got)
	}
}

func lastAdmin(h *skilltest.Host) string {
	out := ""
	for _, p := range h.Posts() {
		if p.Channel == "C-admins" {
			out = p.Message.Text
		}
	}
	return out
}

// posts returns the posts to channel.
func postsTo(h *skilltest.Host, channel string) []skilltest.Sent {
	var out []skilltest.Sent
	for _, p := range h.Posts() {
		if p.Channel == channel {
			out = append(out, p)
		}
	}
	return out
}

func TestPackagesAtLocalTimeAcrossDST(t *testing.T) {
	h, fs := start(t)
	fs.docs["https://feeds.example/world.rss"] = rssDoc("a|First story")
	subscribeVia(t, h, "U4", []string{"World"}, "07:30", false, nil, false)
	// Wednesday 4 March 06:00 UTC. Helsinki is UTC+2 until Sunday 29
	// March, then UTC+3. Run minute by minute over the change.
	h.SetNow(time.Date(2026, 3, 27, 5, 0, 0, 0, time.UTC))
	var at []string
	for h.Now().Before(time.Date(2026, 3, 31, 6, 0, 0, 0, time.UTC)) {
		n := len(postsTo(h, "D-U4"))
		if h.Now().Minute() == 0 {
			// A new story every hour.
			fs.docs["https://feeds.example/world.rss"] = rssDoc(fmt.Sprintf("s%d|Story %s", h.Now().Unix(), h.Now().Format("Jan 2 15h")))
		}
		now := h.Now()
		minuteTick(t, h)
		if len(postsTo(h, "D-U4")) > n {
			at = append(at, now.UTC().Format("Mon 15:04"))
		}
		if now.Hour() == 6 && now.Minute() == 0 {
			// Skip the hours nobody is due, to keep the test quick.
			h.SetNow(now.Add(22 * time.Hour))
		}
	}
	want := "Fri 05:30 Sat 05:30 Sun 04:30 Mon 04:30 Tue 04:30"
	if strings.Join(at, " ") != want {
		t.Fatalf("packages at (UTC) %v, want %s", at, want)
	}
	// Each package holds only items seen since the previous one.
	ps := postsTo(h, "D-U4")
	seen := map[string]bool{}
	for _, p := range ps {
		for _, title := range storyRE.FindAllString(p.Message.Blocks, -1) {
			if seen[title] {
				t.Errorf("%s delivered twice", title)
			}
			seen[title] = true
		}
	}
	if len(seen) < 5 {
		t.Errorf("only %d stories in %d packages", len(seen), len(ps))
	}
}

var storyRE = regexp.MustCompile(`Story [A-Z][a-z]{2} \d+ \d{2}h`)

func TestBreakingWithinAMinuteOnceAndNotInPackage(t *testing.T) {
	h, fs := start(t)
	fs.docs["https://feeds.example/flash.rss"] = rssDoc("old|Old flash")
	subscribeVia(t, h, "U5", []string{"World"}, "07:30", true, nil, false)
	subscribeVia(t, h, "U6", []string{"World"}, "07:30", false, nil, false)
	minuteTick(t, h) // first poll of flash: its backlog is not pushed
	if n := len(postsTo(h, "D-U5")); n != 0 {
		t.Fatalf("backlog pushed as breaking: %d posts", n)
	}
	fs.docs["https://feeds.example/flash.rss"] = rssDoc("new|Bridge collapses", "old|Old flash")
	// The same story also arrives through the ordinary world feed.
	fs.docs["https://feeds.example/world.rss"] = rssDoc("new|Bridge collapses")
	polled := h.Now()
	minuteTick(t, h)
	ps := postsTo(h, "D-U5")
	if len(ps) != 1 || !strings.Contains(ps[0].Message.Text, "Breaking: Bridge collapses") {
		t.Fatalf("breaking posts: %+v", ps)
	}
	if len(postsTo(h, "D-U6")) != 0 {
		t.Fatal("breaking news sent to someone who turned it off")
	}
	_ = polled // skilltest fires the breaking timer at the poll's own instant
	for i := 0; i < 5; i++ {
		minuteTick(t, h)
	}
	if n := len(postsTo(h, "D-U5")); n != 1 {
		t.Fatalf("breaking item pushed %d times", n)
	}
	// Next morning's package (07:30 Helsinki = 05:30 UTC) leaves it out
	// for U5, who already has it, and includes it for U6.
	h.SetNow(time.Date(2026, 3, 5, 5, 30, 0, 0, time.UTC))
	minuteTick(t, h)
	u5, u6 := postsTo(h, "D-U5"), postsTo(h, "D-U6")
	if len(u5) != 2 || strings.Contains(u5[1].Message.Blocks, "Bridge collapses") || !strings.Contains(u5[1].Message.Blocks, "Old flash") {
		t.Fatalf("U5 package: %+v", u5)
	}
	if len(u6) != 1 || !strings.Contains(u6[0].Message.Blocks, "Bridge collapses") {
		t.Fatalf("U6 package: %+v", u6)
	}
}

func TestWeekendEditionSaturdayNineLocal(t *testing.T) {
	h, fs := start(t)
	subscribeVia(t, h, "U7", []string{"World"}, "07:30", false, nil, true)
	// Stories through the week; "hot" is carried by two feeds.
	fs.docs["https://feeds.example/world.rss"] = rssDoc("hot|Hot story", "w1|Week one", "w2|Week two", "w3|Week three", "w4|Week four")
	fs.docs["https://feeds.example/top.rss"] = rssDoc("hot|Hot story")
	h.SetNow(time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC))
	minuteTick(t, h)
	minuteTick(t, h)
	// Unsubscribe from daily packages' times by moving them to night, so
	// the weekend edition is what we see.
	if err := h.Command("/news", "time 03:00", "U7", "C1"); err != nil {
		t.Fatal(err)
	}
	h.SetNow(time.Date(2026, 3, 7, 6, 58, 0, 0, time.UTC)) // Saturday, 08:58 in Helsinki
	var before = len(postsTo(h, "D-U7"))
	for i := 0; i < 4; i++ {
		minuteTick(t, h)
	}
	ps := postsTo(h, "D-U7")[before:]
	if len(ps) != 1 || !strings.Contains(ps[0].Message.Blocks, "weekend edition") {
		t.Fatalf("weekend posts: %+v", ps)
	}
	blocks := ps[0].Message.Blocks
	// Top 3 (max_per_topic): the story two feeds carried first.
	if strings.Count(blocks, "•") != 3 || strings.Index(blocks, "Hot story") > strings.Index(blocks, "Week") {
		t.Fatalf("weekend blocks: %s", blocks)
	}
	p := person(t, "U7")
	if !contains(p.Idx, "w/60700/"+shardOf("U7")+"/U7") {
		t.Fatalf("next weekend not indexed: %v", p.Idx)
	}
}

func TestInvalidDialogueRefusedPreviousKeepsServing(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("data/dialogue.json")
	if err != nil {
		t.Fatal(err)
	}
	path := dir + "/dialogue.json"
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := strings.Replace(testConfig, `"data/dialogue.json"`, `"`+path+`"`, 1)
	skilltest.Epoch = time.Date(2026, 3, 4, 6, 0, 0, 0, time.UTC)
	h := skilltest.New(cfg)
	if err := h.Init(); err != nil {
		t.Fatal(err)
	}
	dm(t, h, "U8", "hi") // uses (and remembers) the good dialogue
	broken := strings.Replace(string(good), `"next": "weekend"`, `"next": "nowhere"`, 1)
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	dm(t, h, "U9", "hi")
	if !strings.Contains(lastText(h), "Shall we set it up?") {
		t.Fatalf("previous dialogue not serving: %q", lastText(h))
	}
	var logged string
	for _, l := range h.Logs() {
		if strings.Contains(l.Msg, "refused") {
			logged = l.String()
		}
	}
	if !strings.Contains(logged, `state "breaking": next "nowhere": no such state`) {
		t.Fatalf("no clear error logged: %v", h.Logs())
	}
	// A reload (new instance) with the broken file still serves the last
	// good dialogue, kept in KV.
	if err := h.Init(); err != nil {
		t.Fatalf("reload with a broken file and a good copy: %v", err)
	}
	dm(t, h, "U10", "hi")
	if !strings.Contains(lastText(h), "Shall we set it up?") {
		t.Fatalf("after reload: %q", lastText(h))
	}
	// With no good copy at all, the load is refused.
	h2 := skilltest.New(cfg)
	if err := h2.Init(); err == nil || !strings.Contains(err.Error(), "no such state") {
		t.Fatalf("first load with a broken dialogue: %v", err)
	}
}

func TestDialogueValidation(t *testing.T) {
	topics := []string{"world", "tech"}
	cases := map[string]string{
		`{"start":"a","states":[{"id":"a","message":"m","choices":[{"label":"x","next":"b"}]}]}`:                                                                                     `next "b": no such state`,
		`{"start":"a","states":[{"id":"a","message":"m","next":"a"}]}`:                                                                                                               "no state with done = true",
		`{"start":"a","states":[{"id":"a","message":"m","answer":"breaking","choices":[{"label":"x","value":"maybe","next":"d"}]},{"id":"d","done":true,"message":"ok"}]}`:           `must be one of on, off`,
		`{"start":"a","states":[{"id":"a","message":"m","next":"d","when":[{"answer":"nope","is":"x"}]},{"id":"d","done":true,"message":"ok"}]}`:                                     `condition on answer "nope", which no state asks`,
		`{"start":"a","states":[{"id":"a","message":"m","next":"d"},{"id":"z","message":"m","next":"d"},{"id":"d","done":true,"message":"ok"}]}`:                                     "never reached from start: z",
		`{"start":"a","states":[{"id":"a","message":"m","answer":"topics","multi":true,"choices":[{"label":"x","value":"golf"}],"next":"d"},{"id":"d","done":true,"message":"ok"}]}`: `"golf" is not a configured topic`,
		`{"start":"a","states":[{"id":"a","mesage":"typo"}]}`:                                                                                                                        "unknown field",
		`not json`: "not valid JSON",
	}
	for in, want := range cases {
		_, err := parseDialogue([]byte(in), topics)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s\n  error %v, want %q", in, err, want)
		}
	}
	b, _ := os.ReadFile("data/dialogue.json")
	if _, err := parseDialogue(b, topics); err != nil {
		t.Fatalf("shipped dialogue: %v", err)
	}
}

func TestConfigRefused(t *testing.T) {
	for cfg, want := range map[string]string{
		`{"topics":[]}`: "no topics",
		`{"feeds":[{"id":"A B","url":"ftp://x"}],"topics":[{"id":"t","feeds":["zz"]}]}`:                          `id "A B" must be`,
		`{"feeds":[{"id":"a","url":"https://x.example/","interval":"10s"}],"topics":[{"id":"t","feeds":["a"]}]}`: "at least 1m",
		`{"default_tz":"Mars/Base","topics":[{"id":"t","keywords":["x"]}]}`:                                      "not an IANA time zone",
		`{"topics":[{"id":"t"}]}`: "needs feeds, keywords or both",
	} {
		h := skilltest.New(cfg)
		if err := h.Init(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", cfg, err, want)
		}
	}
}

func TestLatestWithMore(t *testing.T) {
	h, fs := start(t)
	var items []string
	for i := 0; i < 7; i++ {
		items = append(items, fmt.Sprintf("n%d|Story %d", i, i))
	}
	fs.docs["https://feeds.example/world.rss"] = rssDoc(items...)
	minuteTick(t, h)
	if err := h.Command("/news", "world", "U1", "C1"); err != nil {
		t.Fatal(err)
	}
	r := h.Replies()
	first := r[len(r)-1].Message
	if strings.Count(first.Text, "•") != 5 || !strings.Contains(first.Blocks, `"action_id":"news:more"`) {
		t.Fatalf("first page: %+v", first)
	}
	if err := h.Action("news:more", "world|5", "U1", "C1", "1.1"); err != nil {
		t.Fatal(err)
	}
	r = h.Replies()
	second := r[len(r)-1].Message
	if strings.Count(second.Text, "•") != 2 || strings.Contains(second.Blocks, "news:more") {
		t.Fatalf("second page: %+v", second)
	}
}
