package fakeslack

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"sync"
)

// Defaults and bounds of the limit parameter of conversations.history and
// conversations.replies (Slack: default 100, at most 999; smaller for some
// apps, which a client must cope with through paging anyway).
const (
	defaultPageLimit = 100
	maxPageLimit     = 999
)

// histMsg is one message of a channel's timeline.
type histMsg struct {
	seq      int64
	threadTS string // "" for a top-level message
	text     string
	meta     []byte // raw metadata JSON, nil when none
	deleted  bool
}

// timeline is the bounded, ts-ordered list of recent messages of one
// (team, channel). It has its own lock so that posts to different
// channels do not contend.
type timeline struct {
	mu   sync.Mutex
	msgs []histMsg // ascending seq; trimmed to the newest size entries
	size int
}

// add inserts m in ts order. Posts to one channel are numbered before they
// are added, so a concurrent one may arrive a little out of order.
func (tl *timeline) add(m histMsg) {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	tl.msgs = append(tl.msgs, m)
	for i := len(tl.msgs) - 1; i > 0 && tl.msgs[i-1].seq > tl.msgs[i].seq; i-- {
		tl.msgs[i-1], tl.msgs[i] = tl.msgs[i], tl.msgs[i-1]
	}
	// Trim in halves: amortised O(1) per post, at most 2*size kept.
	if len(tl.msgs) >= 2*tl.size {
		n := copy(tl.msgs, tl.msgs[len(tl.msgs)-tl.size:])
		clear(tl.msgs[n:])
		tl.msgs = tl.msgs[:n]
	}
}

// find returns the index of seq, or -1. tl.mu held.
func (tl *timeline) find(seq int64) int {
	i := sort.Search(len(tl.msgs), func(i int) bool { return tl.msgs[i].seq >= seq })
	if i < len(tl.msgs) && tl.msgs[i].seq == seq {
		return i
	}
	return -1
}

// timelineOf returns the timeline of (t, channel), creating it if create.
func (s *Server) timelineOf(t *Team, channel []byte, create bool) *timeline {
	s.hmu.RLock()
	tl := s.hist[t.ID][string(channel)]
	s.hmu.RUnlock()
	if tl != nil || !create {
		return tl
	}
	s.hmu.Lock()
	defer s.hmu.Unlock()
	byChan := s.hist[t.ID]
	if byChan == nil {
		byChan = make(map[string]*timeline)
		s.hist[t.ID] = byChan
	}
	if tl = byChan[string(channel)]; tl == nil {
		tl = &timeline{size: s.cfg.histSize}
		byChan[string(channel)] = tl
	}
	return tl
}

// remember keeps a chat.postMessage for the history methods: every one
// with recording on, only those carrying metadata with recording off.
func (s *Server) remember(t *Team, f *fields, seq int64) {
	if s.cfg.histSize <= 0 || (!s.cfg.record && len(f.metadata) == 0) {
		return
	}
	m := histMsg{seq: seq, text: string(f.text)}
	if len(f.threadTS) > 0 {
		m.threadTS = string(f.threadTS)
	}
	if len(f.metadata) > 0 {
		m.meta = bytes.Clone(f.metadata)
	}
	s.timelineOf(t, f.channel, true).add(m)
}

// edited applies a chat.update (new text, and metadata if sent) or a
// chat.delete to the timeline entry of seq, if there is one.
func (s *Server) edited(t *Team, f *fields, seq int64, deleted bool) {
	tl := s.timelineOf(t, f.channel, false)
	if tl == nil {
		return
	}
	tl.mu.Lock()
	defer tl.mu.Unlock()
	i := tl.find(seq)
	if i < 0 {
		return
	}
	m := &tl.msgs[i]
	if deleted {
		m.deleted = true
		return
	}
	m.text = string(f.text)
	if len(f.metadata) > 0 {
		m.meta = bytes.Clone(f.metadata)
	}
}

// validMetadata checks what Slack checks of message metadata: an object
// with an event_type and an object as event_payload. The compact form
// slack-go sends is recognised without decoding (this is on the hot path
// of the load benchmark); anything else is decoded.
func validMetadata(b []byte) bool {
	if len(b) > 0 && b[0] == '{' && json.Valid(b) {
		if i := bytes.Index(b, []byte(`"event_type":"`)); i > 0 && i+14 < len(b) && b[i+14] != '"' &&
			bytes.Contains(b, []byte(`"event_payload":{`)) {
			return true
		}
	}
	var m struct {
		EventType    string          `json:"event_type"`
		EventPayload json.RawMessage `json:"event_payload"`
	}
	if json.Unmarshal(b, &m) != nil || m.EventType == "" {
		return false
	}
	p := bytes.TrimSpace(m.EventPayload)
	return len(p) > 0 && p[0] == '{'
}

// tsBound parses an oldest/latest value ("1700000000.000123", "1700000000",
// "1700000000.5") into the fake's ts numbering; it may lie before the first
// ts (negative). ok is false when b is not a timestamp.
func tsBound(b []byte) (int64, bool) {
	sec, frac := b, []byte(nil)
	if i := bytes.IndexByte(b, '.'); i >= 0 {
		sec, frac = b[:i], b[i+1:]
	}
	s, err := strconv.ParseInt(string(sec), 10, 64)
	if err != nil || s < 0 || len(frac) > 6 || s > math.MaxInt64/1_000_000-tsBase {
		return 0, false
	}
	var us int64
	for i := range 6 {
		us *= 10
		if i < len(frac) {
			c := frac[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			us += int64(c - '0')
		}
	}
	return (s-tsBase)*1e6 + us, true
}

// window is the ts range and page of a history request.
type window struct {
	lo, hi      int64 // inclusive bounds
	limit       int
	cursor      int64 // 0: first page
	includeMeta bool
}

func truthy(b []byte) bool {
	switch string(b) {
	case "1", "true", "TRUE", "True":
		return true
	}
	return false
}

// cursorPrefix is what Slack's cursors for these methods decode to.
const cursorPrefix = "next_ts:"

func encodeCursor(seq int64) string {
	return base64.StdEncoding.EncodeToString([]byte(cursorPrefix + strconv.FormatInt(seq, 10)))
}

func decodeCursor(c []byte) (int64, bool) {
	raw, err := base64.StdEncoding.DecodeString(string(c))
	if err != nil {
		return 0, false
	}
	rest, ok := bytes.CutPrefix(raw, []byte(cursorPrefix))
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(string(rest), 10, 64)
	return n, err == nil
}

// readWindow reads oldest, latest, inclusive, limit, cursor and
// include_all_metadata; the error code is "" when they make sense.
func readWindow(f *fields) (window, string) {
	w := window{lo: math.MinInt64, hi: math.MaxInt64, limit: defaultPageLimit, includeMeta: truthy(f.includeAllMetadata)}
	incl := truthy(f.inclusive)
	if len(f.oldest) > 0 {
		v, ok := tsBound(f.oldest)
		if !ok {
			return w, "invalid_ts_oldest"
		}
		w.lo = v
		if !incl {
			w.lo++
		}
	}
	if len(f.latest) > 0 {
		v, ok := tsBound(f.latest)
		if !ok {
			return w, "invalid_ts_latest"
		}
		w.hi = v
		if !incl {
			w.hi--
		}
	}
	if len(f.limit) > 0 {
		n, err := strconv.Atoi(string(f.limit))
		if err != nil || n < 0 {
			return w, "invalid_limit"
		}
		if n > 0 {
			w.limit = min(n, maxPageLimit)
		}
	}
	if len(f.cursor) > 0 {
		c, ok := decodeCursor(f.cursor)
		if !ok {
			return w, "invalid_cursor"
		}
		w.cursor = c
	}
	return w, ""
}

// appendHistMsg appends a message object as the history methods show it.
func appendHistMsg(o []byte, t *Team, m *histMsg, meta bool) []byte {
	o = appendMessageHead(o, t, m.text, m.seq, m.threadTS)
	if meta && m.meta != nil {
		o = append(o, `,"metadata":`...)
		o = append(o, m.meta...)
	}
	return append(o, '}')
}

// appendPageEnd closes the messages array and adds has_more and, when
// there is more, response_metadata.next_cursor.
func appendPageEnd(o []byte, more bool, next int64) []byte {
	o = append(o, `],"has_more":`...)
	o = strconv.AppendBool(o, more)
	if more {
		o = append(o, `,"response_metadata":{"next_cursor":`...)
		o = appendJSONString(o, encodeCursor(next))
		o = append(o, '}')
	}
	return o
}

// history serves conversations.history: the channel's top-level messages
// in the window, newest first, limit per page; a cursor continues with
// older ones. Replies in threads are not part of a channel's history, as
// in Slack (conversations.replies shows them). Metadata is included only
// with include_all_metadata.
func (s *Server) history(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	if len(st.f.channel) == 0 {
		return answer{err: "channel_not_found"}
	}
	w, e := readWindow(&st.f)
	if e != "" {
		return answer{err: e}
	}
	if w.cursor != 0 {
		w.hi = min(w.hi, w.cursor)
	}
	o := append(st.out[:0], `{"ok":true,"messages":[`...)
	more, next := false, int64(0)
	if tl := s.timelineOf(t, st.f.channel, false); tl != nil {
		tl.mu.Lock()
		n := 0
		for i := len(tl.msgs) - 1; i >= 0; i-- {
			m := &tl.msgs[i]
			if m.seq > w.hi || m.deleted || m.threadTS != "" {
				continue
			}
			if m.seq < w.lo {
				break
			}
			if n == w.limit {
				more, next = true, m.seq
				break
			}
			if n > 0 {
				o = append(o, ',')
			}
			o = appendHistMsg(o, t, m, w.includeMeta)
			n++
		}
		tl.mu.Unlock()
	}
	o = appendPageEnd(o, more, next)
	st.out = append(o, `,"pin_count":0,"channel_actions_ts":null,"channel_actions_count":0}`...)
	return answer{}
}

// replies serves conversations.replies: the thread's parent (when the fake
// knows it, on the first page) and its replies in the window, oldest
// first, limit per page. A thread with neither is thread_not_found.
func (s *Server) replies(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	if len(st.f.channel) == 0 {
		return answer{err: "channel_not_found"}
	}
	parent, ok := tsBound(st.f.ts)
	if len(st.f.ts) == 0 || !ok {
		return answer{err: "thread_not_found"}
	}
	w, e := readWindow(&st.f)
	if e != "" {
		return answer{err: e}
	}
	if w.cursor != 0 {
		w.lo = max(w.lo, w.cursor)
	}
	tl := s.timelineOf(t, st.f.channel, false)
	if tl == nil {
		return answer{err: "thread_not_found"}
	}
	thread := string(st.f.ts)
	o := append(st.out[:0], `{"ok":true,"messages":[`...)
	more, next, n, found := false, int64(0), 0, false
	tl.mu.Lock()
	if i := tl.find(parent); i >= 0 && !tl.msgs[i].deleted && tl.msgs[i].threadTS == "" {
		found = true
		if w.cursor == 0 {
			o = appendHistMsg(o, t, &tl.msgs[i], w.includeMeta)
			n++
		}
	}
	for i := range tl.msgs {
		m := &tl.msgs[i]
		if m.threadTS != thread || m.seq == parent || m.deleted {
			continue
		}
		found = true
		if m.seq < w.lo || m.seq > w.hi {
			continue
		}
		if n == w.limit {
			more, next = true, m.seq
			break
		}
		if n > 0 {
			o = append(o, ',')
		}
		o = appendHistMsg(o, t, m, w.includeMeta)
		n++
	}
	tl.mu.Unlock()
	if !found {
		return answer{err: "thread_not_found"}
	}
	st.out = appendPageEnd(o, more, next)
	st.out = append(st.out, '}')
	return answer{}
}
