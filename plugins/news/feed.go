package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Item is one entry of a feed, reduced to what a package shows and what
// deduplication needs.
type Item struct {
	// Key is the item's identity across feeds: "g:"+guid when the feed gives
	// one, else "l:"+normalised link. See dedupKeys for how both are used.
	Key        string
	GUID       string
	Link       string
	Title      string
	Categories []string
	// Published is the item's own date; zero when missing or malformed.
	Published time.Time
}

// Feed is a parsed feed document.
type Feed struct {
	Title string
	Link  string
	Items []Item
}

// Limits on what a feed may contribute: feeds in the wild reach thousands
// of entries and titles of whole paragraphs; only the newest entries and a
// readable title matter for a digest.
const (
	maxTitleRunes = 300
	maxCategories = 16
)

// ErrUnknownFormat is returned for a document that is none of RSS 2.0 (or
// 0.9x/1.0), Atom 1.0 or JSON Feed 1.x.
var ErrUnknownFormat = errors.New("not an RSS, Atom or JSON feed")

// ParseFeed parses an RSS, Atom or JSON Feed document fetched from
// feedURL, keeping at most maxItems entries (the first ones in document
// order, which feeds publish newest first). Relative links are resolved
// against xml:base, the feed's own link and finally feedURL.
func ParseFeed(body []byte, feedURL string, maxItems int) (*Feed, error) {
	if maxItems <= 0 {
		maxItems = 100
	}
	base, err := url.Parse(feedURL)
	if err != nil {
		return nil, fmt.Errorf("feed url %q: %w", feedURL, err)
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 {
		return nil, errors.New("empty feed document")
	}
	var f *Feed
	if trimmed[0] == '{' {
		f, err = parseJSONFeed(trimmed, base, maxItems)
	} else {
		f, err = parseXMLFeed(trimmed, base, maxItems)
	}
	if err != nil {
		return nil, err
	}
	// Entries without any identity cannot be deduplicated or linked to.
	kept := f.Items[:0]
	for _, it := range f.Items {
		if it.Key != "" && it.Title != "" {
			kept = append(kept, it)
		}
	}
	f.Items = kept
	return f, nil
}

// xmlText is an element's character data plus the attributes the formats
// attach to text (Atom's type, RSS's isPermaLink, xml:base).
type xmlText struct {
	Type        string `xml:"type,attr"`
	IsPermaLink string `xml:"isPermaLink,attr"`
	Base        string `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
	Text        string `xml:",chardata"`
	Inner       string `xml:",innerxml"`
}

type xmlLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type xmlCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr"`
	Text  string `xml:",chardata"`
}

// rssItem covers RSS 2.0/0.9x items and RSS 1.0 (RDF) items, whose fields
// share local names.
type rssItem struct {
	Title      xmlText       `xml:"title"`
	Link       []xmlLink     `xml:"link"`
	GUID       xmlText       `xml:"guid"`
	PubDate    string        `xml:"pubDate"`
	DCDate     string        `xml:"http://purl.org/dc/elements/1.1/ date"`
	Categories []xmlCategory `xml:"category"`
	DCSubject  []string      `xml:"http://purl.org/dc/elements/1.1/ subject"`
	About      string        `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
}

type atomEntry struct {
	Base       string        `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
	ID         string        `xml:"id"`
	Title      xmlText       `xml:"title"`
	Links      []xmlLink     `xml:"link"`
	Updated    string        `xml:"updated"`
	Published  string        `xml:"published"`
	Categories []xmlCategory `xml:"category"`
}

// parseXMLFeed streams the document: entries are decoded one at a time and
// decoding stops once maxItems are kept, so a huge feed costs no more than
// its first maxItems entries.
func parseXMLFeed(body []byte, base *url.URL, maxItems int) (*Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	// Feeds in the wild use HTML entities (&nbsp;, &eacute;) and unclosed
	// HTML inside elements; a strict XML parser would reject them whole.
	d.Strict = false
	d.AutoClose = voidElements
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader
	f := &Feed{}
	format := ""
	feedBase := base
	depth := 0
	for len(f.Items) < maxItems {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if format == "" {
				return nil, fmt.Errorf("parse feed: %w", err)
			}
			// A document cut short or broken after some entries still
			// yields those entries.
			if len(f.Items) == 0 {
				return nil, fmt.Errorf("parse %s feed: %w", format, err)
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := t.Name.Local
			if format == "" {
				switch name {
				case "rss", "RDF":
					format = "rss"
				case "feed":
					format = "atom"
					if b := attr(t, "base"); b != "" {
						feedBase = resolveURL(base, b)
					}
				default:
					return nil, fmt.Errorf("%w (root element <%s>)", ErrUnknownFormat, name)
				}
				continue
			}
			switch {
			case format == "rss" && name == "item":
				var it rssItem
				if err := d.DecodeElement(&it, &t); err != nil {
					return finishOrFail(f, "rss", err)
				}
				depth--
				f.Items = append(f.Items, it.item(feedBase))
			case format == "atom" && name == "entry":
				var e atomEntry
				if err := d.DecodeElement(&e, &t); err != nil {
					return finishOrFail(f, "atom", err)
				}
				depth--
				f.Items = append(f.Items, e.item(feedBase))
			case name == "title" && f.Title == "" && depth <= 3:
				var x xmlText
				if err := d.DecodeElement(&x, &t); err != nil {
					return finishOrFail(f, format, err)
				}
				depth--
				f.Title = cleanTitle(x)
			case name == "link" && f.Link == "" && depth <= 3 && (t.Name.Space == "" || strings.Contains(t.Name.Space, "Atom")):
				var l xmlLink
				if err := d.DecodeElement(&l, &t); err != nil {
					return finishOrFail(f, format, err)
				}
				depth--
				href := strings.TrimSpace(l.Href)
				if href == "" {
					href = strings.TrimSpace(l.Text)
				}
				if href != "" && (l.Rel == "" || l.Rel == "alternate") {
					f.Link = resolveURL(base, href).String()
					if format == "rss" {
						feedBase = resolveURL(base, href)
					}
				}
			}
		case xml.EndElement:
			depth--
		}
	}
	if format == "" {
		return nil, ErrUnknownFormat
	}
	return f, nil
}

// voidElements are HTML's empty elements, closed automatically when a feed
// embeds raw HTML. xml.HTMLAutoClose also lists "link", which is RSS's
// main element and must not be.
var voidElements = []string{"br", "hr", "img", "input", "meta", "area", "base", "col", "embed", "param", "source", "track", "wbr"}

func finishOrFail(f *Feed, format string, err error) (*Feed, error) {
	if len(f.Items) == 0 {
		return nil, fmt.Errorf("parse %s feed: %w", format, err)
	}
	return f, nil
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func (it *rssItem) item(base *url.URL) Item {
	out := Item{Title: cleanTitle(it.Title)}
	link := ""
	for _, l := range it.Link {
		// RSS puts the URL in the text; an atom:link inside an RSS item
		// puts it in href.
		if s := strings.TrimSpace(l.Text); s != "" {
			link = s
			break
		}
		if l.Href != "" && (l.Rel == "" || l.Rel == "alternate") && link == "" {
			link = strings.TrimSpace(l.Href)
		}
	}
	guid := strings.TrimSpace(it.GUID.Text)
	if guid == "" {
		guid = strings.TrimSpace(it.About)
	}
	// A guid that is a permalink (the default) doubles as the link.
	if link == "" && guid != "" && !strings.EqualFold(it.GUID.IsPermaLink, "false") && looksLikeURL(guid) {
		link = guid
	}
	if link != "" {
		out.Link = resolveURL(base, link).String()
	}
	out.GUID = guid
	date := it.PubDate
	if strings.TrimSpace(date) == "" {
		date = it.DCDate
	}
	out.Published = parseDate(date)
	for _, c := range it.Categories {
		out.Categories = appendCategory(out.Categories, c.Text)
	}
	for _, s := range it.DCSubject {
		out.Categories = appendCategory(out.Categories, s)
	}
	out.Key = itemKey(out.GUID, out.Link, base)
	return out
}

func (e *atomEntry) item(base *url.URL) Item {
	if e.Base != "" {
		base = resolveURL(base, e.Base)
	}
	out := Item{Title: cleanTitle(e.Title), GUID: strings.TrimSpace(e.ID)}
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			if href := strings.TrimSpace(l.Href); href != "" {
				out.Link = resolveURL(base, href).String()
				break
			}
		}
	}
	date := e.Published
	if strings.TrimSpace(date) == "" {
		date = e.Updated
	}
	out.Published = parseDate(date)
	for _, c := range e.Categories {
		label := c.Label
		if label == "" {
			label = c.Term
		}
		out.Categories = appendCategory(out.Categories, label)
	}
	out.Key = itemKey(out.GUID, out.Link, base)
	return out
}

type jsonFeed struct {
	Version     string `json:"version"`
	Title       string `json:"title"`
	HomePageURL string `json:"home_page_url"`
	FeedURL     string `json:"feed_url"`
	Items       []struct {
		ID            json.RawMessage `json:"id"`
		URL           string          `json:"url"`
		ExternalURL   string          `json:"external_url"`
		Title         string          `json:"title"`
		DatePublished string          `json:"date_published"`
		DateModified  string          `json:"date_modified"`
		Tags          []string        `json:"tags"`
	} `json:"items"`
}

func parseJSONFeed(body []byte, base *url.URL, maxItems int) (*Feed, error) {
	var jf jsonFeed
	if err := json.Unmarshal(body, &jf); err != nil {
		return nil, fmt.Errorf("parse json feed: %w", err)
	}
	if !strings.HasPrefix(jf.Version, "https://jsonfeed.org/version/") {
		return nil, fmt.Errorf("%w (json without a jsonfeed.org version)", ErrUnknownFormat)
	}
	f := &Feed{Title: cleanText(jf.Title, true)}
	if jf.HomePageURL != "" {
		f.Link = resolveURL(base, jf.HomePageURL).String()
	}
	for i := range jf.Items {
		if len(f.Items) >= maxItems {
			break
		}
		ji := &jf.Items[i]
		// JSON Feed 1.0 allowed numeric ids; 1.1 says string.
		id := strings.Trim(strings.TrimSpace(string(ji.ID)), `"`)
		it := Item{GUID: id, Title: cleanText(ji.Title, true)}
		link := ji.URL
		if link == "" {
			link = ji.ExternalURL
		}
		if link != "" {
			it.Link = resolveURL(base, link).String()
		}
		date := ji.DatePublished
		if date == "" {
			date = ji.DateModified
		}
		it.Published = parseDate(date)
		for _, t := range ji.Tags {
			it.Categories = appendCategory(it.Categories, t)
		}
		it.Key = itemKey(it.GUID, it.Link, base)
		f.Items = append(f.Items, it)
	}
	return f, nil
}

func appendCategory(cs []string, c string) []string {
	c = cleanText(c, false)
	if c == "" || len(cs) >= maxCategories {
		return cs
	}
	for _, x := range cs {
		if strings.EqualFold(x, c) {
			return cs
		}
	}
	return append(cs, c)
}

// cleanTitle turns a feed title into plain text. Atom says whether a title
// is text or (escaped) html; RSS does not, and RSS titles carry escaped
// markup and entities anyway, so both are treated alike.
func cleanTitle(x xmlText) string {
	s := x.Text
	if x.Type == "xhtml" {
		s = x.Inner
	}
	return cleanText(s, true)
}

// cleanText strips HTML tags, decodes entities (twice: feeds often escape
// "&amp;" once too many), collapses whitespace and caps the length.
func cleanText(s string, capLen bool) string {
	for i := 0; i < 2; i++ {
		if strings.IndexByte(s, '<') >= 0 {
			s = stripTags(s)
		}
		if strings.IndexByte(s, '&') < 0 {
			break
		}
		s = unescapeEntities(s)
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.Join(strings.Fields(s), " ")
	if capLen && utf8.RuneCountInString(s) > maxTitleRunes {
		r := []rune(s)
		s = string(r[:maxTitleRunes-1]) + "…"
	}
	return s
}

// stripTags removes <...> spans. A '<' not followed by a letter, '/' or
// '!' is kept ("a < b").
func stripTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '<' && i+1 < len(s) && (isLetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!') {
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				break
			}
			i += end
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}

// resolveURL resolves ref against base; an unparsable ref is kept as an
// opaque path so the item still has something to show.
func resolveURL(base *url.URL, ref string) *url.URL {
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return &url.URL{Path: ref}
	}
	if base == nil {
		return r
	}
	return base.ResolveReference(r)
}

// itemKey is an item's identity: its guid when it has one, else its
// normalised link. A guid that is not a URI ("12345") is only unique
// within its site, so it is scoped by the feed's host.
func itemKey(guid, link string, base *url.URL) string {
	if guid != "" {
		if !strings.Contains(guid, ":") && base != nil {
			return "g:" + strings.ToLower(base.Host) + "/" + guid
		}
		return "g:" + guid
	}
	if link != "" {
		return "l:" + NormaliseLink(link)
	}
	return ""
}

// dedupKeys are the keys under which an item is remembered as seen: its
// guid and its normalised link, so the same story in two feeds is caught
// whether the feeds share guids or only links. Titles are never used:
// different stories share titles ("Live updates", "Letters").
func dedupKeys(it *Item) []string {
	keys := make([]string, 0, 2)
	if strings.HasPrefix(it.Key, "g:") {
		keys = append(keys, it.Key)
	}
	if it.Link != "" {
		keys = append(keys, "l:"+NormaliseLink(it.Link))
	}
	if len(keys) == 0 && it.Key != "" {
		keys = append(keys, it.Key)
	}
	return keys
}

// trackingParams are query parameters that identify a campaign, not a
// page.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "mc_cid": true, "mc_eid": true, "ref": true, "cmpid": true, "ocid": true}

// NormaliseLink maps the variants of one article's URL to one string:
// scheme and "www." dropped, host lower-cased, default ports, fragment,
// tracking parameters and a trailing slash removed, the query sorted.
func NormaliseLink(link string) string {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil || u.Host == "" {
		return strings.ToLower(strings.TrimSpace(link))
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	path := u.EscapedPath()
	path = strings.TrimRight(path, "/")
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(host)
	b.WriteString(path)
	for i, k := range keys {
		if i == 0 {
			b.WriteByte('?')
		} else {
			b.WriteByte('&')
		}
		vs := q[k]
		sort.Strings(vs)
		b.WriteString(url.QueryEscape(k))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(strings.Join(vs, ",")))
	}
	return b.String()
}

// shortID is a compact stable id for an item key, used in KV keys and
// button values (Slack caps both).
func shortID(key string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	return strconv.FormatUint(h.Sum64(), 36)
}

// zoneOffsets are the zone abbreviations RFC 822 allows plus the common
// ones feeds use; Go's parser would otherwise take an unknown abbreviation
// as UTC and be hours off.
var zoneOffsets = map[string]string{
	"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"CET": "+0100", "CEST": "+0200", "EET": "+0200", "EEST": "+0300",
	"BST": "+0100", "IST": "+0530", "JST": "+0900", "AEST": "+1000", "AEDT": "+1100",
}

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"2 January 2006 15:04:05 -0700",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006",
	"Jan 2, 2006 15:04:05 -0700",
	"Jan 2 2006 15:04:05 -0700",
}

// parseDate parses the dates feeds write: RFC 822/1123 with or without the
// weekday, seconds, a numeric zone or an abbreviation; RFC 3339 and its
// near misses. A date it cannot read is zero (the caller falls back to
// when the item was first seen), never an error: one bad date must not
// lose the item.
func parseDate(s string) time.Time {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}
	}
	// Drop a leading weekday ("Mon, " or "Monday ").
	if i := strings.IndexByte(s, ','); i > 0 && i <= 10 && isLetter(s[0]) {
		s = strings.TrimSpace(s[i+1:])
	}
	// Replace a trailing zone abbreviation by its offset.
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		if off, ok := zoneOffsets[strings.ToUpper(s[i+1:])]; ok {
			s = s[:i] + " " + off
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.Year() > 3000 {
				return time.Time{}
			}
			return t.UTC()
		}
	}
	return time.Time{}
}

// charsetReader accepts the encodings feeds declare besides UTF-8. Latin-1
// and Windows-1252 (nearly always what "ISO-8859-1" feeds really are) are
// mapped to UTF-8; anything else is read as UTF-8 with invalid bytes
// replaced, which keeps ASCII intact.
func charsetReader(charset string, in io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(in)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(charset) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return bytes.NewReader(b), nil
	case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252":
		var out strings.Builder
		out.Grow(len(b) + len(b)/8)
		for _, c := range b {
			if c >= 0x80 && c < 0xa0 {
				out.WriteRune(cp1252[c-0x80])
				continue
			}
			out.WriteRune(rune(c))
		}
		return strings.NewReader(out.String()), nil
	}
	return strings.NewReader(strings.ToValidUTF8(string(b), "\uFFFD")), nil
}

var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}
