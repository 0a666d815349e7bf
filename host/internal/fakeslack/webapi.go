package fakeslack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxBody bounds a request body; Slack's own limit for chat.postMessage is
// far below this.
const maxBody = 4 << 20

// tsBase is the seconds part of the first ts handed out: ts number n is
// "1700000000.000001" for n=1, "1700000001.000000" for n=1000000, so every
// ts is unique, has the real format and sorts as a string in issue order.
const tsBase = 1700000000

// reqState is the pooled per-request scratch space: the body, the query and
// the answer are built in reusable buffers and the fields point into them.
type reqState struct {
	body  []byte
	query []byte
	out   []byte
	f     fields
}

// fields are the request parameters the fake understands. Slices point into
// reqState.body/query (already unescaped in place); they are nil when the
// parameter was not sent.
type fields struct {
	token, channel, text, ts, threadTS, user, blocks, attachments []byte
	clientID, clientSecret, code                                  []byte
	metadata                                                      []byte
	usergroup                                                     []byte

	// conversations.history / conversations.replies.
	oldest, latest, limit, cursor, inclusive, includeAllMetadata []byte

	// response_url JSON only.
	responseType    string
	replaceOriginal bool
	deleteOriginal  bool
}

func (f *fields) slot(k []byte) *[]byte {
	switch string(k) {
	case "token":
		return &f.token
	case "channel":
		return &f.channel
	case "text":
		return &f.text
	case "ts":
		return &f.ts
	case "thread_ts":
		return &f.threadTS
	case "user":
		return &f.user
	case "blocks":
		return &f.blocks
	case "attachments":
		return &f.attachments
	case "client_id":
		return &f.clientID
	case "client_secret":
		return &f.clientSecret
	case "code":
		return &f.code
	case "metadata":
		return &f.metadata
	case "usergroup":
		return &f.usergroup
	case "oldest":
		return &f.oldest
	case "latest":
		return &f.latest
	case "limit":
		return &f.limit
	case "cursor":
		return &f.cursor
	case "inclusive":
		return &f.inclusive
	case "include_all_metadata":
		return &f.includeAllMetadata
	}
	return nil
}

// parseForm reads an application/x-www-form-urlencoded body in place: values
// are unescaped inside b and the first value of each key wins, as with
// url.Values.Get.
func parseForm(b []byte, f *fields) {
	for len(b) > 0 {
		var pair []byte
		if i := bytes.IndexByte(b, '&'); i >= 0 {
			pair, b = b[:i], b[i+1:]
		} else {
			pair, b = b, nil
		}
		k, v := pair, pair[len(pair):]
		if i := bytes.IndexByte(pair, '='); i >= 0 {
			k, v = pair[:i], pair[i+1:]
		}
		k = unescapeInPlace(k)
		if dst := f.slot(k); dst != nil && *dst == nil {
			*dst = unescapeInPlace(v)
		}
	}
}

// unescapeInPlace decodes '+' and %XX in b, writing into b itself (the
// result is never longer). Malformed escapes are kept literally.
func unescapeInPlace(b []byte) []byte {
	if bytes.IndexByte(b, '%') < 0 && bytes.IndexByte(b, '+') < 0 {
		return b
	}
	j := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '+':
			c = ' '
		case c == '%' && i+2 < len(b) && isHex(b[i+1]) && isHex(b[i+2]):
			c = unhex(b[i+1])<<4 | unhex(b[i+2])
			i += 2
		}
		b[j] = c
		j++
	}
	return b[:j]
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// jsonFields is the JSON form of the parameters (Slack accepts JSON bodies
// with a Bearer token for the chat methods; response_url takes only JSON).
type jsonFields struct {
	Token           string          `json:"token"`
	Channel         string          `json:"channel"`
	Text            string          `json:"text"`
	TS              string          `json:"ts"`
	ThreadTS        string          `json:"thread_ts"`
	User            string          `json:"user"`
	Blocks          json.RawMessage `json:"blocks"`
	Attachments     json.RawMessage `json:"attachments"`
	ClientID        string          `json:"client_id"`
	ClientSecret    string          `json:"client_secret"`
	Code            string          `json:"code"`
	Metadata        json.RawMessage `json:"metadata"`
	Oldest          string          `json:"oldest"`
	Latest          string          `json:"latest"`
	Limit           json.RawMessage `json:"limit"`
	Cursor          string          `json:"cursor"`
	Inclusive       json.RawMessage `json:"inclusive"`
	IncludeAllMeta  json.RawMessage `json:"include_all_metadata"`
	Usergroup       string          `json:"usergroup"`
	ResponseType    string          `json:"response_type"`
	ReplaceOriginal bool            `json:"replace_original"`
	DeleteOriginal  bool            `json:"delete_original"`
}

func parseJSON(b []byte, f *fields) error {
	var j jsonFields
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	set := func(dst *[]byte, v string) {
		if v != "" {
			*dst = []byte(v)
		}
	}
	set(&f.token, j.Token)
	set(&f.channel, j.Channel)
	set(&f.text, j.Text)
	set(&f.ts, j.TS)
	set(&f.threadTS, j.ThreadTS)
	set(&f.user, j.User)
	set(&f.clientID, j.ClientID)
	set(&f.clientSecret, j.ClientSecret)
	set(&f.code, j.Code)
	set(&f.oldest, j.Oldest)
	set(&f.latest, j.Latest)
	set(&f.cursor, j.Cursor)
	set(&f.usergroup, j.Usergroup)
	f.limit = rawOrString(j.Limit)
	f.inclusive = rawOrString(j.Inclusive)
	f.includeAllMetadata = rawOrString(j.IncludeAllMeta)
	f.metadata = rawOrString(j.Metadata)
	f.blocks = rawOrString(j.Blocks)
	f.attachments = rawOrString(j.Attachments)
	f.responseType = j.ResponseType
	f.replaceOriginal = j.ReplaceOriginal
	f.deleteOriginal = j.DeleteOriginal
	return nil
}

// rawOrString turns a JSON value into the text a form field would carry:
// a JSON string gives its contents, anything else its JSON as is. So
// blocks come out the same given as JSON or as a JSON string holding JSON
// (both occur in clients), and a number, boolean or string comes out as
// a form would send it (20, true, "20" -> 20, true, 20). null and absent
// give nil.
func rawOrString(r json.RawMessage) []byte {
	r = bytes.TrimSpace(r)
	if len(r) == 0 || string(r) == "null" {
		return nil
	}
	if r[0] == '"' {
		var s string
		if json.Unmarshal(r, &s) == nil {
			return []byte(s)
		}
	}
	return r
}

func readBody(r *http.Request, buf []byte) ([]byte, error) {
	buf = buf[:0]
	if r.Body == nil {
		return buf, nil
	}
	if r.ContentLength > maxBody {
		return buf, errors.New("body too large")
	}
	if n := int(r.ContentLength); n > cap(buf) {
		buf = make([]byte, 0, n+1)
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Body.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) > maxBody {
			return buf, errors.New("body too large")
		}
	}
}

// readRequest fills st.f from the body (form or JSON, by Content-Type), the
// query string and the Authorization header (which wins over a token
// parameter, as slack-go's JSON methods send the token only there).
func (s *Server) readRequest(r *http.Request, st *reqState) (rawBody []byte, err error) {
	st.f = fields{}
	st.body, err = readBody(r, st.body)
	if err != nil {
		return nil, err
	}
	if s.cfg.record {
		rawBody = bytes.Clone(st.body)
	}
	ct := r.Header.Get("Content-Type")
	if strings.HasPrefix(ct, "application/json") {
		if len(bytes.TrimSpace(st.body)) > 0 {
			if err := parseJSON(st.body, &st.f); err != nil {
				return rawBody, err
			}
		}
	} else {
		parseForm(st.body, &st.f)
	}
	if r.URL.RawQuery != "" {
		st.query = append(st.query[:0], r.URL.RawQuery...)
		parseForm(st.query, &st.f)
	}
	if a := r.Header.Get("Authorization"); len(a) > 7 && strings.EqualFold(a[:7], "Bearer ") {
		st.f.token = append(st.f.token[:0:0], a[7:]...)
	}
	return rawBody, nil
}

// answer is what a method handler decided.
type answer struct {
	status int
	err    string // ok:false error code
	seq    int64  // ts sequence assigned/targeted, 0 if none
	team   *Team
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request, method string) {
	id := methodID(method)
	s.tries[id].Add(1)
	st := s.pool.Get().(*reqState)
	defer s.putState(st)
	at := time.Time{}
	if s.cfg.record {
		at = time.Now()
	}
	raw, err := s.readRequest(r, st)
	if err != nil {
		s.writeError(w, st, http.StatusBadRequest, "invalid_form_data")
		s.finish(id, method, st, raw, at, answer{status: http.StatusBadRequest, err: "invalid_form_data"})
		return
	}
	team := s.teamByToken(st.f.token)

	drop := false
	var late time.Duration
	if s.nFaults.Load() > 0 {
		if f, ok := s.takeFault(method, st.f.channel); ok {
			if f.DropAnswer {
				drop = true
			} else if f.LateAnswer > 0 {
				late = f.LateAnswer
			} else if s.applyFault(w, r, st, f, id, method, raw, at, team) {
				return
			}
		}
	}
	if !s.sleep(r.Context(), s.cfg.latency) {
		return
	}

	var a answer
	switch id {
	case mAuthTest:
		a = s.authTest(st, team)
	case mPostMessage:
		a = s.postMessage(st, team)
	case mUpdate:
		a = s.update(st, team)
	case mPostEphemeral:
		a = s.postEphemeral(st, team)
	case mDelete:
		a = s.deleteMessage(st, team)
	case mOAuthV2Access:
		a = s.oauthAccess(r, st)
	case mConnectionsOpen:
		a = s.connectionsOpen(st)
	case mHistory:
		a = s.history(st, team)
	case mReplies:
		a = s.replies(st, team)
	case mUsersInfo, mUsersGetPresence, mDNDInfo, mUsergroupsUsers, mConversationsMembers, mConversationsInfo:
		a = s.read(id, st, team)
	default:
		a = answer{err: "unknown_method"}
	}
	if a.team == nil {
		a.team = team
	}
	if a.status == 0 {
		a.status = http.StatusOK
	}
	if a.err != "" {
		st.out = appendError(st.out[:0], a.err)
	}
	if drop {
		s.finish(id, method, st, raw, at, a)
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler) // HTTP/2 or a test recorder: abort the stream
	}
	if late > 0 {
		// Done (recorded as made), answered late if the client still waits.
		s.finish(id, method, st, raw, at, a)
		if !s.sleep(r.Context(), late) {
			return
		}
		w.Header()["Content-Type"] = s.ctJSON
		w.WriteHeader(a.status)
		_, _ = w.Write(st.out)
		return
	}
	w.Header()["Content-Type"] = s.ctJSON
	w.WriteHeader(a.status)
	_, _ = w.Write(st.out)
	s.finish(id, method, st, raw, at, a)
}

func (s *Server) putState(st *reqState) {
	// Keep the pool's buffers bounded: one huge body must not pin memory.
	if cap(st.body) > 64<<10 {
		st.body = make([]byte, 0, 1024)
	}
	if cap(st.out) > 64<<10 {
		st.out = make([]byte, 0, 512)
	}
	st.f = fields{}
	s.pool.Put(st)
}

// sleep waits d (if positive); false when the request or server went away.
func (s *Server) sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	case <-s.closed:
		return false
	}
}

// finish counts the request and, with recording on, records it (and for a
// successful call the message state).
func (s *Server) finish(id int, method string, st *reqState, raw []byte, at time.Time, a answer) {
	ok := a.status == http.StatusOK && a.err == ""
	if s.cfg.record {
		c := Call{
			Method:          method,
			Token:           string(st.f.token),
			Channel:         string(st.f.channel),
			ThreadTS:        string(st.f.threadTS),
			Text:            string(st.f.text),
			User:            string(st.f.user),
			Body:            raw,
			At:              at,
			Status:          a.status,
			Error:           a.err,
			ResponseType:    st.f.responseType,
			ReplaceOriginal: st.f.replaceOriginal,
			DeleteOriginal:  st.f.deleteOriginal,
		}
		if a.team != nil {
			c.Team = a.team.ID
		}
		if len(st.f.blocks) > 0 {
			c.Blocks = json.RawMessage(bytes.Clone(st.f.blocks))
		}
		if len(st.f.metadata) > 0 && (id == mPostMessage || id == mUpdate) {
			c.Metadata = json.RawMessage(bytes.Clone(st.f.metadata))
		}
		switch {
		case a.seq > 0:
			c.TS = string(appendTS(nil, a.seq))
		case len(st.f.ts) > 0:
			c.TS = string(st.f.ts)
		}
		s.recMu.Lock()
		s.attempts = append(s.attempts, c)
		if ok {
			s.calls = append(s.calls, c)
			s.trackMessage(id, c, a.seq)
		}
		s.recMu.Unlock()
	}
	if ok {
		s.ok[id].Add(1)
	}
	s.note.notify()
}

// appendError writes {"ok":false,"error":code}.
func appendError(dst []byte, code string) []byte {
	dst = append(dst, `{"ok":false,"error":`...)
	dst = appendJSONString(dst, code)
	return append(dst, '}')
}

func (s *Server) writeError(w http.ResponseWriter, st *reqState, status int, code string) {
	st.out = appendError(st.out[:0], code)
	w.Header()["Content-Type"] = s.ctJSON
	w.WriteHeader(status)
	_, _ = w.Write(st.out)
}

// appendJSONString appends s as a JSON string literal.
func appendJSONString[T string | []byte](dst []byte, s T) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendTS appends ts number n ("1700000000.000001" for 1).
func appendTS(dst []byte, n int64) []byte {
	dst = strconv.AppendInt(dst, tsBase+n/1e6, 10)
	dst = append(dst, '.')
	frac := n % 1e6
	for d := int64(100000); d > 0; d /= 10 {
		dst = append(dst, byte('0'+frac/d%10))
	}
	return dst
}

// parseTS is the inverse of appendTS; 0 for anything it did not hand out
// in that format.
func parseTS(ts []byte) int64 {
	dot := bytes.IndexByte(ts, '.')
	if dot < 0 || len(ts)-dot-1 != 6 {
		return 0
	}
	sec, err := strconv.ParseInt(string(ts[:dot]), 10, 64)
	if err != nil || sec < tsBase {
		return 0
	}
	frac, err := strconv.ParseInt(string(ts[dot+1:]), 10, 64)
	if err != nil {
		return 0
	}
	return (sec-tsBase)*1e6 + frac
}

// msgState is what the fake remembers of a posted message (recording on).
type msgState struct {
	Message
	ephemeral bool
}

// Message is the current state of a message posted through the fake.
type Message struct {
	Team     string
	Channel  string
	TS       string
	ThreadTS string
	Text     string
	Blocks   json.RawMessage
	Updates  int  // chat.update calls applied
	Deleted  bool // chat.delete applied
}

// Message returns the current state (after updates and deletes) of the
// message posted to channel with ts. Needs recording on.
func (s *Server) Message(channel, ts string) (Message, bool) {
	seq := parseTS([]byte(ts))
	s.recMu.Lock()
	defer s.recMu.Unlock()
	m, ok := s.msgs[seq]
	if !ok || m.ephemeral || m.Channel != channel {
		return Message{}, false
	}
	return m.Message, true
}

// trackMessage keeps s.msgs up to date; called with recMu held.
func (s *Server) trackMessage(id int, c Call, seq int64) {
	switch id {
	case mPostMessage, mPostEphemeral:
		s.msgs[seq] = &msgState{
			Message:   Message{Team: c.Team, Channel: c.Channel, TS: c.TS, ThreadTS: c.ThreadTS, Text: c.Text, Blocks: c.Blocks},
			ephemeral: id == mPostEphemeral,
		}
	case mUpdate:
		if m := s.msgs[seq]; m != nil {
			m.Updates++
			if c.Text != "" || c.Blocks != nil {
				m.Text = c.Text
				m.Blocks = c.Blocks
			}
		}
	case mDelete:
		if m := s.msgs[seq]; m != nil {
			m.Deleted = true
		}
	}
}

// knownMessage reports whether ts names a message in channel that chat.update
// or chat.delete may act on.
func (s *Server) knownMessage(channel, ts []byte) int64 {
	seq := parseTS(ts)
	if seq <= 0 || seq > s.tsSeq.Load() {
		return 0
	}
	if !s.cfg.record {
		return seq
	}
	s.recMu.Lock()
	defer s.recMu.Unlock()
	m := s.msgs[seq]
	if m == nil || m.ephemeral || m.Deleted || m.Channel != string(channel) {
		return 0
	}
	return seq
}

// nextTS hands out the next ts number: the next in sequence, or with
// WithTSClock the clock's microseconds since tsBase (bumped past the last
// one handed out, so ts stay unique and increasing).
func (s *Server) nextTS() int64 {
	if s.cfg.tsClock == nil {
		return s.tsSeq.Add(1)
	}
	for {
		prev := s.tsSeq.Load()
		n := s.cfg.tsClock().UnixMicro() - tsBase*1e6
		if n <= prev {
			n = prev + 1
		}
		if s.tsSeq.CompareAndSwap(prev, n) {
			return n
		}
	}
}

func authError(tok []byte) answer {
	if len(tok) == 0 {
		return answer{err: "not_authed"}
	}
	return answer{err: "invalid_auth"}
}

func (s *Server) authTest(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	o := append(st.out[:0], `{"ok":true,"url":`...)
	o = appendJSONString(o, "https://"+strings.ToLower(t.Name)+".slack.com/")
	o = append(o, `,"team":`...)
	o = appendJSONString(o, t.Name)
	o = append(o, `,"user":"bot","team_id":`...)
	o = appendJSONString(o, t.ID)
	o = append(o, `,"user_id":`...)
	o = appendJSONString(o, t.BotUserID)
	o = append(o, `,"bot_id":`...)
	o = appendJSONString(o, t.BotID)
	o = append(o, `,"is_enterprise_install":false}`...)
	st.out = o
	return answer{}
}

// checkMessage validates what chat.postMessage/postEphemeral/update need.
func checkMessage(f *fields) string {
	if len(f.channel) == 0 {
		return "channel_not_found"
	}
	if len(f.text) == 0 && len(f.blocks) == 0 && len(f.attachments) == 0 {
		return "no_text"
	}
	if len(f.blocks) > 0 && !json.Valid(f.blocks) {
		return "invalid_blocks"
	}
	if len(f.metadata) > 0 && !validMetadata(f.metadata) {
		return "invalid_metadata_format"
	}
	return ""
}

// appendBotMessage appends the "message" object of a chat answer.
func appendBotMessage(o []byte, t *Team, f *fields, seq int64) []byte {
	return append(appendMessageHead(o, t, f.text, seq, f.threadTS), '}')
}

// appendMessageHead appends a message object of t's bot up to its closing
// brace: type, user, bot_id, team, text, ts and, when threadTS is not
// empty, thread_ts. Chat answers and the history methods share it; the
// type parameter takes their text as it is kept ([]byte in a request's
// fields, string in a timeline), without a copy.
func appendMessageHead[T string | []byte](o []byte, t *Team, text T, seq int64, threadTS T) []byte {
	o = append(o, `{"type":"message","user":`...)
	o = appendJSONString(o, t.BotUserID)
	o = append(o, `,"bot_id":`...)
	o = appendJSONString(o, t.BotID)
	o = append(o, `,"team":`...)
	o = appendJSONString(o, t.ID)
	o = append(o, `,"text":`...)
	o = appendJSONString(o, text)
	o = append(o, `,"ts":"`...)
	o = appendTS(o, seq)
	o = append(o, '"')
	if len(threadTS) > 0 {
		o = append(o, `,"thread_ts":`...)
		o = appendJSONString(o, threadTS)
	}
	return o
}

func (s *Server) postMessage(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	if e := checkMessage(&st.f); e != "" {
		return answer{err: e}
	}
	seq := s.nextTS()
	o := append(st.out[:0], `{"ok":true,"channel":`...)
	o = appendJSONString(o, st.f.channel)
	o = append(o, `,"ts":"`...)
	o = appendTS(o, seq)
	o = append(o, `","message":`...)
	o = appendBotMessage(o, t, &st.f, seq)
	st.out = append(o, '}')
	s.remember(t, &st.f, seq)
	return answer{seq: seq}
}

func (s *Server) postEphemeral(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	if e := checkMessage(&st.f); e != "" {
		return answer{err: e}
	}
	if len(st.f.user) == 0 {
		return answer{err: "user_not_in_channel"}
	}
	seq := s.nextTS()
	o := append(st.out[:0], `{"ok":true,"message_ts":"`...)
	o = appendTS(o, seq)
	st.out = append(o, `"}`...)
	return answer{seq: seq}
}

func (s *Server) update(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	if len(st.f.channel) == 0 {
		return answer{err: "channel_not_found"}
	}
	seq := s.knownMessage(st.f.channel, st.f.ts)
	if seq == 0 {
		return answer{err: "message_not_found"}
	}
	if e := checkMessage(&st.f); e != "" {
		return answer{err: e}
	}
	o := append(st.out[:0], `{"ok":true,"channel":`...)
	o = appendJSONString(o, st.f.channel)
	o = append(o, `,"ts":"`...)
	o = appendTS(o, seq)
	o = append(o, `","text":`...)
	o = appendJSONString(o, st.f.text)
	o = append(o, `,"message":`...)
	o = appendBotMessage(o, t, &st.f, seq)
	st.out = append(o, '}')
	s.edited(t, &st.f, seq, false)
	return answer{seq: seq}
}

func (s *Server) deleteMessage(st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	if len(st.f.channel) == 0 {
		return answer{err: "channel_not_found"}
	}
	seq := s.knownMessage(st.f.channel, st.f.ts)
	if seq == 0 {
		return answer{err: "message_not_found"}
	}
	o := append(st.out[:0], `{"ok":true,"channel":`...)
	o = appendJSONString(o, st.f.channel)
	o = append(o, `,"ts":"`...)
	o = appendTS(o, seq)
	st.out = append(o, `"}`...)
	s.edited(t, &st.f, seq, true)
	return answer{seq: seq}
}

// ResponseURL returns a URL on this server standing in for an interaction's
// response_url. A POST to it is recorded as a Call with Method "response_url",
// Channel = channel, and Text/Blocks/ResponseType/ReplaceOriginal/
// DeleteOriginal from the JSON body. Faults injected for "response_url" apply.
func (s *Server) ResponseURL(channel string) string {
	s.mu.Lock()
	s.respSeq++
	n := s.respSeq
	s.respURLs[n] = channel
	s.mu.Unlock()
	return s.url + "/response/" + strconv.FormatInt(n, 10)
}

func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request, rest string) {
	s.tries[mResponseURL].Add(1)
	st := s.pool.Get().(*reqState)
	defer s.putState(st)
	at := time.Time{}
	if s.cfg.record {
		at = time.Now()
	}
	n, err := strconv.ParseInt(strings.TrimSuffix(rest, "/"), 10, 64)
	s.mu.Lock()
	channel, known := s.respURLs[n]
	s.mu.Unlock()
	if err != nil || !known || r.Method != http.MethodPost {
		s.writeError(w, st, http.StatusNotFound, "invalid_url")
		s.finish(mResponseURL, MethodResponseURL, st, nil, at, answer{status: http.StatusNotFound, err: "invalid_url"})
		return
	}
	st.f = fields{}
	st.body, err = readBody(r, st.body)
	var raw []byte
	if s.cfg.record {
		raw = bytes.Clone(st.body)
	}
	if err == nil {
		err = parseJSON(st.body, &st.f)
	}
	st.f.token = nil
	st.f.channel = append(st.f.channel[:0:0], channel...)
	if err != nil {
		s.writeError(w, st, http.StatusBadRequest, "invalid_payload")
		s.finish(mResponseURL, MethodResponseURL, st, raw, at, answer{status: http.StatusBadRequest, err: "invalid_payload"})
		return
	}
	if s.nFaults.Load() > 0 {
		if f, ok := s.takeFault(MethodResponseURL, st.f.channel); ok {
			if s.applyFault(w, r, st, f, mResponseURL, MethodResponseURL, raw, at, nil) {
				return
			}
		}
	}
	if !s.sleep(r.Context(), s.cfg.latency) {
		return
	}
	a := answer{status: http.StatusOK}
	if len(st.f.text) == 0 && len(st.f.blocks) == 0 && len(st.f.attachments) == 0 && !st.f.deleteOriginal {
		a.err = "no_text"
		st.out = appendError(st.out[:0], a.err)
	} else {
		st.out = append(st.out[:0], `{"ok":true}`...)
	}
	w.Header()["Content-Type"] = s.ctJSON
	w.WriteHeader(a.status)
	_, _ = w.Write(st.out)
	s.finish(mResponseURL, MethodResponseURL, st, raw, at, a)
}
