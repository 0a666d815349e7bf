//go:build !wasip1

package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseRSS(t *testing.T) {
	f, err := ParseFeed(readFixture(t, "world.rss"), "https://news.example.com/world/rss.xml", 100)
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "World & Nation" || f.Link != "https://news.example.com/world/" {
		t.Errorf("feed title %q link %q", f.Title, f.Link)
	}
	if len(f.Items) != 4 {
		t.Fatalf("%d items, want 4 (the one without title and link dropped): %+v", len(f.Items), f.Items)
	}
	want := []struct {
		title, link, key string
		pub              time.Time
		cats             string
	}{
		{"Summit ends with deal on climate & trade", "https://news.example.com/world/summit-deal?utm_source=rss&utm_medium=feed",
			"g:https://news.example.com/world/summit-deal", time.Date(2026, 3, 7, 9, 30, 0, 0, time.UTC), "Politics,Climate"},
		// Relative link resolved against the channel link; entity escaped
		// twice decoded; EST is -5h, no seconds.
		{"Markets rally as rates hold – analysts’ view", "https://news.example.com/world/markets-rally",
			"g:news.example.com/wn-20260307-0002", time.Date(2026, 3, 7, 13, 15, 0, 0, time.UTC), "Economy"},
		// Malformed date: zero, item kept; &nbsp; accepted.
		{"Storm warning for the coast tonight", "https://news.example.com/world/storm#top",
			"l:news.example.com/world/storm", time.Time{}, "Weather"},
		{"Ministers meet", "https://news.example.com/world/ministers", "l:news.example.com/world/ministers",
			time.Date(2026, 3, 6, 19, 0, 0, 0, time.UTC), ""},
	}
	for i, w := range want {
		it := f.Items[i]
		if it.Title != w.title || it.Link != w.link || it.Key != w.key || !it.Published.Equal(w.pub) || strings.Join(it.Categories, ",") != w.cats {
			t.Errorf("item %d = %q %q %q %v %v\nwant %q %q %q %v %v", i, it.Title, it.Link, it.Key, it.Published, it.Categories, w.title, w.link, w.key, w.pub, w.cats)
		}
	}
}

func TestParseAtom(t *testing.T) {
	f, err := ParseFeed(readFixture(t, "tech.atom"), "https://tech.example.org/feed.atom", 100)
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Tech Daily" || len(f.Items) != 3 {
		t.Fatalf("title %q, %d items", f.Title, len(f.Items))
	}
	it := f.Items[0]
	if it.Title != "New chip doubles battery life" || it.Link != "https://tech.example.org/blog/posts/new-chip" ||
		it.Key != "g:tag:tech.example.org,2026:new-chip" || !it.Published.Equal(time.Date(2026, 3, 7, 7, 0, 0, 0, time.UTC)) ||
		strings.Join(it.Categories, ",") != "Hardware" {
		t.Errorf("entry 0 = %+v", it)
	}
	it = f.Items[1]
	if it.Title != "Open source wins award" || it.Link != "https://tech.example.org/other/award.html" ||
		!it.Published.Equal(time.Date(2026, 3, 7, 7, 0, 0, 0, time.UTC)) || strings.Join(it.Categories, ",") != "software" {
		t.Errorf("entry 1 (xhtml title, entry xml:base, updated as date) = %+v", it)
	}
}

func TestParseJSONFeed(t *testing.T) {
	f, err := ParseFeed(readFixture(t, "sport.json"), "https://sport.example.net/feed.json", 100)
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Sport Now" || len(f.Items) != 3 {
		t.Fatalf("title %q, %d items: %+v", f.Title, len(f.Items), f.Items)
	}
	if it := f.Items[0]; it.Title != "Home side wins the final & the cup" || it.Link != "https://sport.example.net/matches/final" ||
		it.Key != "g:sport.example.net/sn-1" || !it.Published.Equal(time.Date(2026, 3, 7, 17, 45, 0, 0, time.UTC)) ||
		strings.Join(it.Categories, ",") != "Football,Cup" {
		t.Errorf("item 0 = %+v", it)
	}
	if it := f.Items[1]; it.Title != "A dramatic draw" || !it.Published.Equal(time.Date(2026, 3, 7, 17, 0, 0, 0, time.UTC)) {
		t.Errorf("item 1 = %+v", it)
	}
	if it := f.Items[2]; it.GUID != "3" || it.Link != "https://other.example.com/story" || !it.Published.IsZero() {
		t.Errorf("item 2 = %+v", it)
	}
}

func TestParseRejects(t *testing.T) {
	for name, body := range map[string]string{
		"html page":    string(readFixture(t, "broken.xml")),
		"empty":        "  \n",
		"json no feed": `{"hello":"world"}`,
		"bad json":     `{"version":"https://jsonfeed.org/version/1.1","items":[`,
		"not xml":      "<<<>>>",
	} {
		if _, err := ParseFeed([]byte(body), "https://x.example/", 10); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
	// Truncated after two items: the complete ones are kept.
	rss := string(readFixture(t, "world.rss"))
	cut := rss[:strings.Index(rss, "<title>Storm")]
	f, err := ParseFeed([]byte(cut), "https://news.example.com/", 10)
	if err != nil || len(f.Items) != 2 {
		t.Fatalf("truncated feed: %v, %+v", err, f)
	}
}

func TestLatin1Feed(t *testing.T) {
	body := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\xe9 \x93quoted\x94</title><link>https://l.example/a</link></item></channel></rss>")
	f, err := ParseFeed(body, "https://l.example/", 10)
	if err != nil || len(f.Items) != 1 || f.Items[0].Title != "Café “quoted”" {
		t.Fatalf("%v %+v", err, f)
	}
}

func hugeRSS(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<item><title><![CDATA[Story number %d &amp; more]]></title><link>https://big.example/s/%d</link><guid>https://big.example/s/%d</guid><pubDate>Sat, 07 Mar 2026 09:%02d:00 GMT</pubDate><category>c%d</category><description>%s</description></item>", i, i, i, i%60, i%7, strings.Repeat("body text ", 40))
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

func TestHugeFeedCapped(t *testing.T) {
	f, err := ParseFeed(hugeRSS(5000), "https://big.example/rss", 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 50 || f.Items[49].Title != "Story number 49 & more" {
		t.Fatalf("%d items, last %+v", len(f.Items), f.Items[len(f.Items)-1])
	}
	long := cleanText(strings.Repeat("word ", 200), true)
	if n := len([]rune(long)); n != maxTitleRunes {
		t.Errorf("long title capped to %d runes, want %d", n, maxTitleRunes)
	}
}

func TestNormaliseLinkAndDedupKeys(t *testing.T) {
	same := []string{
		"https://news.example.com/world/summit-deal",
		"http://www.news.example.com/world/summit-deal/",
		"https://NEWS.example.com:443/world/summit-deal?utm_source=rss&utm_campaign=x#comments",
	}
	for _, l := range same {
		if got := NormaliseLink(l); got != "news.example.com/world/summit-deal" {
			t.Errorf("NormaliseLink(%q) = %q", l, got)
		}
	}
	if NormaliseLink("https://a.example/p?id=1") == NormaliseLink("https://a.example/p?id=2") {
		t.Error("different query ids normalised to one link")
	}
	// The Atom fixture's third entry is the RSS fixture's first story
	// under another id: caught by the link key.
	rss, _ := ParseFeed(readFixture(t, "world.rss"), "https://news.example.com/world/rss.xml", 100)
	atom, _ := ParseFeed(readFixture(t, "tech.atom"), "https://tech.example.org/feed.atom", 100)
	a, b := dedupKeys(&rss.Items[0]), dedupKeys(&atom.Items[2])
	shared := false
	for _, x := range a {
		for _, y := range b {
			shared = shared || x == y
		}
	}
	if !shared {
		t.Errorf("same story, no shared dedup key: %v vs %v", a, b)
	}
	// Same title, different stories: no shared key.
	x := Item{Key: "l:a.example/1", Link: "https://a.example/1", Title: "Live updates"}
	y := Item{Key: "l:b.example/1", Link: "https://b.example/1", Title: "Live updates"}
	if dedupKeys(&x)[0] == dedupKeys(&y)[0] {
		t.Error("items deduplicated by title")
	}
}

func TestParseDate(t *testing.T) {
	cases := map[string]time.Time{
		"Sat, 07 Mar 2026 09:30:00 GMT":   time.Date(2026, 3, 7, 9, 30, 0, 0, time.UTC),
		"Saturday, 7 Mar 2026 09:30 PDT":  time.Date(2026, 3, 7, 16, 30, 0, 0, time.UTC),
		"7 Mar 2026 09:30:00 +0100":       time.Date(2026, 3, 7, 8, 30, 0, 0, time.UTC),
		"2026-03-07T09:30:00.123+02:00":   time.Date(2026, 3, 7, 7, 30, 0, 123e6, time.UTC),
		"2026-03-07T09:30:00Z":            time.Date(2026, 3, 7, 9, 30, 0, 0, time.UTC),
		"2026-03-07":                      time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC),
		"  Sat,  07 Mar 2026 09:30:00 Z ": time.Date(2026, 3, 7, 9, 30, 0, 0, time.UTC),
		"yesterday":                       {},
		"Sat, 99 Foo 2026":                {},
		"0001-01-01T00:00:00Z":            {},
	}
	for in, want := range cases {
		if got := parseDate(in); !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, want %v", in, got, want)
		}
	}
}

// Per feed parse, the fixtures and a 1,000-item feed capped at 100.
func BenchmarkParseFeed(b *testing.B) {
	for _, c := range []struct {
		name, url string
		body      []byte
	}{
		{"rss", "https://news.example.com/world/rss.xml", readFixture(b, "world.rss")},
		{"atom", "https://tech.example.org/feed.atom", readFixture(b, "tech.atom")},
		{"jsonfeed", "https://sport.example.net/feed.json", readFixture(b, "sport.json")},
		{"rss-1000-items-cap-100", "https://big.example/rss", hugeRSS(1000)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.body)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ParseFeed(c.body, c.url, 100); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestUnescapeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"a &amp; b":             "a & b",
		"&#8217;&#x2019;&#146;": "’’’",
		"caf&eacute; &hellip;":  "café …",
		"&unknown; & &; &#xZZ;": "&unknown; & &; &#xZZ;",
		"&#0; &#1114112;":       "&#0; &#1114112;",
		"tail &amp":             "tail &amp",
	} {
		if got := unescapeEntities(in); got != want {
			t.Errorf("unescapeEntities(%q) = %q, want %q", in, got, want)
		}
	}
}
