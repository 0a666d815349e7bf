//go:build !wasip1

// Package skilltest is an in-memory bothost for unit testing skills with
// plain go test, no WebAssembly involved.
//
// A skill's package registers its handlers in init as usual; the test
// creates a Host, delivers events, and inspects what the skill did:
//
//	h := skilltest.Start(t, `{"prefix":"> "}`)
//	if err := h.Message("hi", "U1", "C1"); err != nil {
//		t.Fatal(err)
//	}
//	if got := h.ReplyTexts(); !slices.Equal(got, []string{"> hi"}) { ... }
//
// The Host speaks the same contract as the real one, down to the byte
// level: events are encoded as records and written into the region the SDK
// returns from bothost_alloc, host calls return the ABI's codes, results
// larger than the SDK's buffer go through result_read, and the ABI's size
// limits are enforced. Its clock is fixed (see Epoch) and moves only when
// the test says so, which makes KV TTLs and timers testable: Advance fires
// the timers that come due.
//
// The SDK's handlers are package-level, so Hosts are not for parallel
// tests: the Host that last delivered an event (or was created last) is
// the one the skill talks to, including for calls made directly from test
// code such as skill.KVGet.
package skilltest

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/internal/fakeabi"
	"github.com/bothost/bothost/sdk/go/internal/record"
)

// Epoch is the time a new Host's clock starts at.
var Epoch = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// Team is the workspace id events carry unless they say otherwise.
const Team = "T0TEST"

// Limits from docs/ABI.md §5.
const (
	maxMessage    = 64 << 10
	maxText       = 40000
	maxKey        = 256
	maxValue      = 1 << 20
	maxTimerName  = 256
	maxTimerData  = 16 << 10
	maxLogLine    = 8 << 10
	maxListLimit  = 1000
	maxEventBytes = 1 << 20
)

// ABI error codes (docs/ABI.md §2.3).
const (
	codeInvalidArgument int32 = -1
	codeNotFound        int32 = -2
	codeTooLarge        int32 = -3
	codeQuota           int32 = -4
	codeNotPermitted    int32 = -5
	codeUnavailable     int32 = -6
	codeNoConversation  int32 = -7
)

// SlackCallRecord is one SlackCall the skill made.
type SlackCallRecord struct {
	Method string
	Args   map[string]string
	// Answer is the JSON handed back ("" when the call failed).
	Answer string
	// Err is the error the skill got (nil on success).
	Err error
}

// Sent is one message the skill sent with Reply, Post or Update.
type Sent struct {
	// Call is "reply", "post" or "update".
	Call string
	// Message is the message record the skill passed, decoded.
	Message skill.Message
	// Channel is where the message went: Message.Channel, or for a reply
	// the conversation of the event being handled.
	Channel string
	// ThreadTS is the thread the message went into, "" for top level: for
	// a reply with InThread, the event's thread (or its own ts).
	ThreadTS string
	// TS is the message's reference: the "bothost:<n>" the Host returned
	// for reply and post (as production does), Message.TS (or the action's
	// message) for update.
	TS string
	// EventID is the id of the event being handled when it was sent.
	EventID string
}

// LogLine is one line the skill logged.
type LogLine struct {
	Level skill.Level
	Msg   string
}

// String formats the line as "info: msg".
func (l LogLine) String() string {
	names := [...]string{"debug", "info", "warn", "error"}
	if l.Level >= 0 && int(l.Level) < len(names) {
		return names[l.Level] + ": " + l.Msg
	}
	return strconv.Itoa(int(l.Level)) + ": " + l.Msg
}

// Pending is a timer the skill has set and that has not fired yet.
type Pending struct {
	Name    string
	Payload []byte
	Due     time.Time
}

type kvEntry struct {
	val     []byte
	expires time.Time // zero: never
}

// Host is a fake bothost. The zero value is not usable; use New or Start.
type Host struct {
	// KVMaxKeys and KVMaxBytes (keys plus values) are the KV quota; 0
	// means unlimited. TimerMax limits pending timers the same way.
	KVMaxKeys  int
	KVMaxBytes int
	TimerMax   int

	// HTTP answers Fetch. nil (the default) means the skill has no
	// http_allow grant: Fetch fails with skill.ErrNotPermitted.
	HTTP func(req *skill.Request) (*skill.Response, error)

	// SlackRead, when not nil, is the skill's slack_read grant: SlackCall
	// of any other method fails with skill.ErrNotPermitted, as on a host
	// whose bot.toml grants only these. nil grants every method.
	SlackRead []string

	slack      map[string]string        // canned answers by method
	slackLimit map[string]time.Duration // next call of method: 429
	slackCalls []SlackCallRecord
	config     []byte
	now        time.Time
	kv         map[string]kvEntry
	timers     map[string]Pending
	sent       []Sent
	logs       []LogLine
	fail       map[string]error
	kept       []byte // result kept for result_read; nil when none
	event      []byte // record of the event being handled; nil outside one
	lastErr    string
	msgSeq     int
	refSeq     int
	evSeq      int
}

// New returns a Host with the given config JSON ("" means "{}") and makes
// it the current host. It does not run the skill's OnInit handler; Init
// does, as the real host does at load.
func New(config string) *Host {
	if config == "" {
		config = "{}"
	}
	h := &Host{
		config: []byte(config),
		now:    Epoch,
		kv:     make(map[string]kvEntry),
		timers: make(map[string]Pending),
		fail:   make(map[string]error),

		slack:      make(map[string]string),
		slackLimit: make(map[string]time.Duration),
	}
	h.install()
	return h
}

// Start is New followed by Init, failing tb if Init fails.
func Start(tb testing.TB, config string) *Host {
	tb.Helper()
	h := New(config)
	tb.Cleanup(func() {
		if fakeabi.Current == (abiHost{h}) {
			fakeabi.Current = nil
		}
	})
	if err := h.Init(); err != nil {
		tb.Fatalf("skill init: %v", err)
	}
	return h
}

func (h *Host) install() { fakeabi.Current = abiHost{h} }

// Init calls the skill's bothost_init with the config, as the host does
// once per instance before the first event. It returns the skill's error
// (the host would reject the module).
func (h *Host) Init() error {
	h.install()
	buf := fakeabi.Alloc(int32(len(h.config)))
	if buf == nil {
		return errors.New("skilltest: bothost_alloc failed")
	}
	n := copy(buf, h.config)
	h.lastErr = ""
	return h.result(fakeabi.Init(int32(n)))
}

func (h *Host) result(rc int32) error {
	if rc == 0 {
		return nil
	}
	if h.lastErr != "" {
		return errors.New(h.lastErr)
	}
	return fmt.Errorf("skilltest: skill returned %d without set_error", rc)
}

// Clock.

// Now is the Host's clock.
func (h *Host) Now() time.Time { return h.now }

// SetNow sets the clock without firing timers.
func (h *Host) SetNow(t time.Time) { h.now = t }

// Advance moves the clock forward by d, firing the timers that come due on
// the way, in order (the clock reads each timer's due time while it fires).
// It returns the errors the timer handlers returned, joined.
func (h *Host) Advance(d time.Duration) error {
	target := h.now.Add(d)
	var errs []error
	for {
		t, ok := h.nextDue(target)
		if !ok {
			break
		}
		if t.Due.After(h.now) {
			h.now = t.Due
		}
		if err := h.fire(t); err != nil {
			errs = append(errs, fmt.Errorf("timer %q: %w", t.Name, err))
		}
	}
	h.now = target
	return errors.Join(errs...)
}

func (h *Host) nextDue(limit time.Time) (Pending, bool) {
	var best Pending
	found := false
	for _, t := range h.timers {
		if t.Due.After(limit) {
			continue
		}
		if !found || t.Due.Before(best.Due) || (t.Due.Equal(best.Due) && t.Name < best.Name) {
			best, found = t, true
		}
	}
	return best, found
}

// Events.

// Deliver delivers an event built from fields; "kind" is required. The
// common keys id, team and time are filled in when absent.
func (h *Host) Deliver(fields map[string]string) error {
	if fields["kind"] == "" {
		return errors.New("skilltest: Deliver: no kind")
	}
	var b []byte
	b = record.AppendString(b, "kind", fields["kind"])
	if _, ok := fields["id"]; !ok {
		h.evSeq++
		b = record.AppendString(b, "id", fmt.Sprintf("Ev%04d", h.evSeq))
	}
	if _, ok := fields["team"]; !ok {
		b = record.AppendString(b, "team", Team)
	}
	if _, ok := fields["time"]; !ok {
		b = record.AppendString(b, "time", strconv.FormatInt(h.now.UnixMilli(), 10))
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		if k != "kind" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(k) == 0 || len(k) > 255 {
			return fmt.Errorf("skilltest: Deliver: bad key %q", k)
		}
		b = record.AppendString(b, k, fields[k])
	}
	return h.DeliverRecord(b)
}

// DeliverRecord delivers an event record as is (see Record), for events
// Deliver cannot express, such as nested records or binary values.
func (h *Host) DeliverRecord(rec []byte) error {
	if len(rec) > maxEventBytes {
		return fmt.Errorf("skilltest: event record is %d bytes, limit %d", len(rec), maxEventBytes)
	}
	h.install()
	buf := fakeabi.Alloc(int32(len(rec)))
	if buf == nil {
		return errors.New("skilltest: bothost_alloc failed")
	}
	n := copy(buf, rec)
	h.event = append(h.event[:0], rec...)
	h.lastErr = ""
	defer func() { h.event = h.event[:0] }()
	return h.result(fakeabi.Handle(0, int32(n)))
}

// Record encodes key/value pairs as a record, for DeliverRecord and for
// nested values such as webhook headers.
func Record(pairs ...string) []byte {
	if len(pairs)%2 != 0 {
		panic("skilltest.Record: odd number of arguments")
	}
	var b []byte
	for i := 0; i < len(pairs); i += 2 {
		b = record.AppendString(b, pairs[i], pairs[i+1])
	}
	return b
}

// Message delivers a top-level message from user in channel.
func (h *Host) Message(text, user, channel string) error {
	return h.Deliver(map[string]string{
		"kind": skill.KindMessage, "text": text, "user": user, "channel": channel,
		"ts": h.newTS(),
	})
}

// MessageInThread delivers a message in thread threadTS.
func (h *Host) MessageInThread(text, user, channel, threadTS string) error {
	return h.Deliver(map[string]string{
		"kind": skill.KindMessage, "text": text, "user": user, "channel": channel,
		"ts": h.newTS(), "thread_ts": threadTS,
	})
}

// Command delivers a slash command, e.g. Command("/echo", "hi", "U1", "C1").
func (h *Host) Command(command, text, user, channel string) error {
	return h.Deliver(map[string]string{
		"kind": skill.KindCommand, "command": command, "text": text, "user": user, "channel": channel,
	})
}

// Action delivers a click on an interactive element of message messageTS.
func (h *Host) Action(actionID, value, user, channel, messageTS string) error {
	return h.Deliver(map[string]string{
		"kind": skill.KindAction, "action_id": actionID, "value": value, "user": user,
		"channel": channel, "message_ts": messageTS,
	})
}

// Timer delivers a timer event directly, whether or not the skill set such
// a timer. To fire timers the skill set, use Advance or FireTimer.
func (h *Host) Timer(name string, payload []byte) error {
	return h.deliverTimer(Pending{Name: name, Payload: payload, Due: h.now})
}

// FireTimer fires the pending timer name now, whatever its due time.
func (h *Host) FireTimer(name string) error {
	t, ok := h.timers[name]
	if !ok {
		return fmt.Errorf("skilltest: no timer %q", name)
	}
	return h.fire(t)
}

func (h *Host) fire(t Pending) error {
	delete(h.timers, t.Name)
	return h.deliverTimer(t)
}

func (h *Host) deliverTimer(t Pending) error {
	var b []byte
	h.evSeq++
	b = record.AppendString(b, "kind", skill.KindTimer)
	b = record.AppendString(b, "id", fmt.Sprintf("Ev%04d", h.evSeq))
	b = record.AppendString(b, "team", Team)
	b = record.AppendString(b, "time", strconv.FormatInt(h.now.UnixMilli(), 10))
	b = record.AppendString(b, "name", t.Name)
	b = record.AppendBytes(b, "payload", t.Payload)
	b = record.AppendString(b, "due", strconv.FormatInt(t.Due.UnixMilli(), 10))
	return h.DeliverRecord(b)
}

// Schedule delivers a schedule event for the current minute's slot.
func (h *Host) Schedule(name string) error {
	return h.Deliver(map[string]string{
		"kind": skill.KindSchedule, "name": name,
		"slot": strconv.FormatInt(h.now.Truncate(time.Minute).UnixMilli(), 10),
	})
}

// Webhook delivers a webhook request. Header names are lower-cased, as the
// real host does.
func (h *Host) Webhook(hook, method, path string, headers map[string]string, body []byte) error {
	names := make([]string, 0, len(headers))
	for k := range headers {
		names = append(names, k)
	}
	sort.Strings(names)
	var hdr []byte
	for _, k := range names {
		hdr = record.AppendString(hdr, strings.ToLower(k), headers[k])
	}
	h.evSeq++
	var b []byte
	b = record.AppendString(b, "kind", skill.KindWebhook)
	b = record.AppendString(b, "id", fmt.Sprintf("Ev%04d", h.evSeq))
	b = record.AppendString(b, "team", Team)
	b = record.AppendString(b, "time", strconv.FormatInt(h.now.UnixMilli(), 10))
	b = record.AppendString(b, "hook", hook)
	b = record.AppendString(b, "method", method)
	b = record.AppendString(b, "path", path)
	b = record.AppendBytes(b, "headers", hdr)
	b = record.AppendBytes(b, "body", body)
	return h.DeliverRecord(b)
}

// newRef returns the reference a reply or post gets, "bothost:<n>", the
// shape production's durable outbox hands out (docs/ABI.md §2.4), so a
// skill that keys state by it is tested as it will run.
func (h *Host) newRef() string {
	h.refSeq++
	return "bothost:" + strconv.Itoa(h.refSeq)
}

// newTS returns a fresh, increasing Slack-style ts ("seconds.micros").
func (h *Host) newTS() string {
	h.msgSeq++
	return fmt.Sprintf("%d.%06d", h.now.Unix(), h.msgSeq)
}

// Inspection.

// Sent returns every message sent, in order.
func (h *Host) Sent() []Sent { return append([]Sent(nil), h.sent...) }

// Replies returns the messages sent with Reply.
func (h *Host) Replies() []Sent { return h.filter("reply") }

// Posts returns the messages sent with Post.
func (h *Host) Posts() []Sent { return h.filter("post") }

// Updates returns the messages sent with Update.
func (h *Host) Updates() []Sent { return h.filter("update") }

func (h *Host) filter(call string) []Sent {
	var out []Sent
	for _, s := range h.sent {
		if s.Call == call {
			out = append(out, s)
		}
	}
	return out
}

// ReplyTexts returns the text of each reply, in order.
func (h *Host) ReplyTexts() []string {
	var out []string
	for _, s := range h.filter("reply") {
		out = append(out, s.Message.Text)
	}
	return out
}

// Logs returns the lines logged, in order.
func (h *Host) Logs() []LogLine { return append([]LogLine(nil), h.logs...) }

// Clear forgets the messages and log lines recorded so far; KV, timers and
// the clock are kept.
func (h *Host) Clear() {
	h.sent = nil
	h.logs = nil
}

// KV returns the value stored under key, if present and not expired.
func (h *Host) KV(key string) (string, bool) {
	e, ok := h.kvLookup(key)
	return string(e.val), ok
}

// KVTTL returns the time key has left to live, 0 for no expiry.
func (h *Host) KVTTL(key string) (time.Duration, bool) {
	e, ok := h.kvLookup(key)
	if !ok || e.expires.IsZero() {
		return 0, ok
	}
	return e.expires.Sub(h.now), true
}

// SetKV stores a value as if the skill had, ttl <= 0 meaning no expiry.
func (h *Host) SetKV(key, value string, ttl time.Duration) {
	e := kvEntry{val: []byte(value)}
	if ttl > 0 {
		e.expires = h.now.Add(ttl)
	}
	h.kv[key] = e
}

// KVKeys returns the live keys, sorted.
func (h *Host) KVKeys() []string {
	var keys []string
	for k := range h.kv {
		if _, ok := h.kvLookup(k); ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func (h *Host) kvLookup(key string) (kvEntry, bool) {
	e, ok := h.kv[key]
	if ok && !e.expires.IsZero() && !h.now.Before(e.expires) {
		delete(h.kv, key)
		return kvEntry{}, false
	}
	return e, ok
}

// Timers returns the pending timers, by due time then name.
func (h *Host) Timers() []Pending {
	out := make([]Pending, 0, len(h.timers))
	for _, t := range h.timers {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Due.Equal(out[j].Due) {
			return out[i].Due.Before(out[j].Due)
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// PendingTimer returns the pending timer name.
func (h *Host) PendingTimer(name string) (Pending, bool) {
	t, ok := h.timers[name]
	return t, ok
}

// SetSlackResponse sets the JSON answer SlackCall gets for method from
// now on. A method without one answers
// {"ok":false,"error":"method_not_mocked"}.
func (h *Host) SetSlackResponse(method string, json string) {
	h.slack[method] = json
}

// SetSlackRateLimited makes the next SlackCall of method fail as a Slack
// 429 with Retry-After after: skill.ErrUnavailable, with skill.RetryAfter
// reporting after.
func (h *Host) SetSlackRateLimited(method string, after time.Duration) {
	h.slackLimit[method] = after
}

// SlackCalls returns the SlackCalls made, in order.
func (h *Host) SlackCalls() []SlackCallRecord { return append([]SlackCallRecord(nil), h.slackCalls...) }

// FailNext makes the next call of the host function call (its ABI name:
// "reply", "post", "update", "kv_get", "kv_set", "kv_delete", "kv_list",
// "kv_cas", "kv_incr", "timer_set", "timer_cancel", "http_fetch",
// "slack_call", "config") fail with err, which
// must be one of the skill.Err* sentinels.
func (h *Host) FailNext(call string, err error) {
	h.fail[call] = err
}

func (h *Host) injected(call string) (int32, bool) {
	err, ok := h.fail[call]
	if !ok {
		return 0, false
	}
	delete(h.fail, call)
	var he *skill.HostError
	if errors.As(err, &he) {
		return he.Code(), true
	}
	return codeUnavailable, true
}

// abiHost adapts Host to fakeabi.Host, keeping the ABI-level methods off
// Host's own API.
type abiHost struct{ h *Host }

var _ fakeabi.Host = abiHost{}

// out implements docs/ABI.md §2.1 for a result res.
func (a abiHost) out(res, out []byte) int32 {
	a.h.kept = nil
	if len(res) <= len(out) {
		copy(out, res)
	} else {
		a.h.kept = append([]byte{}, res...)
	}
	return int32(len(res))
}

func (a abiHost) ResultRead(out []byte) int32 {
	if a.h.kept == nil {
		return codeNotFound
	}
	if len(a.h.kept) <= len(out) {
		copy(out, a.h.kept)
	}
	return int32(len(a.h.kept))
}

func decodeMessage(rec []byte) (skill.Message, int32) {
	if len(rec) > maxMessage {
		return skill.Message{}, codeTooLarge
	}
	if !record.Valid(rec) {
		return skill.Message{}, codeInvalidArgument
	}
	get := func(k string) string { v, _ := record.Lookup(rec, k); return string(v) }
	m := skill.Message{
		Text:          get("text"),
		Blocks:        get("blocks"),
		InThread:      get("in_thread") == "1",
		Channel:       get("channel"),
		ThreadTS:      get("thread_ts"),
		TS:            get("ts"),
		EphemeralUser: get("ephemeral_user"),
	}
	switch {
	case m.Text == "" && m.Blocks == "":
		return m, codeInvalidArgument
	case len(m.Text) > maxText:
		return m, codeTooLarge
	case !utf8.ValidString(m.Text):
		return m, codeInvalidArgument
	case m.Blocks != "" && !json.Valid([]byte(m.Blocks)):
		return m, codeInvalidArgument
	}
	return m, 0
}

func (a abiHost) eventID() string {
	v, _ := record.Lookup(a.h.event, "id")
	return string(v)
}

func (a abiHost) Reply(msg, out []byte) int32 {
	a.h.kept = nil
	if c, ok := a.h.injected("reply"); ok {
		return c
	}
	m, c := decodeMessage(msg)
	if c != 0 {
		return c
	}
	kind, _ := record.Lookup(a.h.event, "kind")
	channel, _ := record.Lookup(a.h.event, "channel")
	switch string(kind) {
	case skill.KindMessage, skill.KindCommand, skill.KindAction:
	default:
		return codeNoConversation
	}
	if len(channel) == 0 {
		return codeNoConversation
	}
	s := Sent{Call: "reply", Message: m, Channel: string(channel), TS: a.h.newRef(), EventID: a.eventID()}
	if m.InThread {
		if v, _ := record.Lookup(a.h.event, "thread_ts"); len(v) > 0 {
			s.ThreadTS = string(v)
		} else if v, _ := record.Lookup(a.h.event, "ts"); len(v) > 0 {
			s.ThreadTS = string(v)
		} else if v, _ := record.Lookup(a.h.event, "message_ts"); len(v) > 0 {
			s.ThreadTS = string(v)
		}
	}
	a.h.sent = append(a.h.sent, s)
	return a.out([]byte(s.TS), out)
}

func (a abiHost) Post(msg, out []byte) int32 {
	a.h.kept = nil
	if c, ok := a.h.injected("post"); ok {
		return c
	}
	m, c := decodeMessage(msg)
	if c != 0 {
		return c
	}
	if m.Channel == "" {
		return codeInvalidArgument
	}
	s := Sent{Call: "post", Message: m, Channel: m.Channel, ThreadTS: m.ThreadTS, TS: a.h.newRef(), EventID: a.eventID()}
	a.h.sent = append(a.h.sent, s)
	return a.out([]byte(s.TS), out)
}

func (a abiHost) Update(msg []byte) int32 {
	if c, ok := a.h.injected("update"); ok {
		return c
	}
	m, c := decodeMessage(msg)
	if c != 0 {
		return c
	}
	// From an action, the message the element is on is the default
	// target, as on the real host.
	if m.Channel == "" {
		v, _ := record.Lookup(a.h.event, "channel")
		m.Channel = string(v)
	}
	if m.TS == "" {
		v, _ := record.Lookup(a.h.event, "message_ts")
		m.TS = string(v)
	}
	if m.Channel == "" || m.TS == "" {
		return codeInvalidArgument
	}
	a.h.sent = append(a.h.sent, Sent{Call: "update", Message: m, Channel: m.Channel, TS: m.TS, EventID: a.eventID()})
	return 0
}

func checkKey(key string) int32 {
	switch {
	case key == "":
		return codeInvalidArgument
	case len(key) > maxKey:
		return codeTooLarge
	}
	return 0
}

func (a abiHost) KVGet(key string, out []byte) int32 {
	a.h.kept = nil
	if c, ok := a.h.injected("kv_get"); ok {
		return c
	}
	if c := checkKey(key); c != 0 {
		return c
	}
	e, ok := a.h.kvLookup(key)
	if !ok {
		return codeNotFound
	}
	return a.out(e.val, out)
}

func (a abiHost) KVSet(key string, val []byte, ttlMs int64) int32 {
	if c, ok := a.h.injected("kv_set"); ok {
		return c
	}
	if c := checkKey(key); c != 0 {
		return c
	}
	if len(val) > maxValue {
		return codeTooLarge
	}
	if c := a.h.fits(key, val); c != 0 {
		return c
	}
	a.h.put(key, val, ttlMs)
	return 0
}

// fits checks a write of val under key against the KV quota.
func (h *Host) fits(key string, val []byte) int32 {
	old, exists := h.kvLookup(key)
	if h.KVMaxKeys > 0 && !exists && len(h.KVKeys()) >= h.KVMaxKeys {
		return codeQuota
	}
	if h.KVMaxBytes > 0 {
		total := 0
		for _, k := range h.KVKeys() {
			total += len(k) + len(h.kv[k].val)
		}
		if exists {
			total -= len(key) + len(old.val)
		}
		if total+len(key)+len(val) > h.KVMaxBytes {
			return codeQuota
		}
	}
	return 0
}

func (h *Host) put(key string, val []byte, ttlMs int64) {
	e := kvEntry{val: append([]byte{}, val...)}
	if ttlMs > 0 {
		e.expires = h.now.Add(time.Duration(ttlMs) * time.Millisecond)
	}
	h.kv[key] = e
}

func (a abiHost) KVCas(key string, expected, val []byte, flags int32, ttlMs int64) int32 {
	if c, ok := a.h.injected("kv_cas"); ok {
		return c
	}
	if c := checkKey(key); c != 0 {
		return c
	}
	absent := flags&1 != 0
	switch {
	case flags&^1 != 0, absent && len(expected) > 0:
		return codeInvalidArgument
	case len(val) > maxValue || len(expected) > maxValue:
		return codeTooLarge
	}
	cur, exists := a.h.kvLookup(key)
	if absent == exists || (exists && string(cur.val) != string(expected)) {
		return 0
	}
	if c := a.h.fits(key, val); c != 0 {
		return c
	}
	a.h.put(key, val, ttlMs)
	return 1
}

func (a abiHost) KVIncr(key string, delta, ttlMs int64, out []byte) int32 {
	if c, ok := a.h.injected("kv_incr"); ok {
		return c
	}
	if c := checkKey(key); c != 0 {
		return c
	}
	if len(out) < 8 {
		return codeInvalidArgument
	}
	var n int64
	if cur, ok := a.h.kvLookup(key); ok {
		v, err := strconv.ParseInt(string(cur.val), 10, 64)
		if err != nil {
			return codeInvalidArgument
		}
		n = v
	}
	if (delta > 0 && n > math.MaxInt64-delta) || (delta < 0 && n < math.MinInt64-delta) {
		return codeTooLarge
	}
	n += delta
	val := strconv.AppendInt(nil, n, 10)
	if c := a.h.fits(key, val); c != 0 {
		return c
	}
	a.h.put(key, val, ttlMs)
	binary.LittleEndian.PutUint64(out, uint64(n))
	return 0
}

func (a abiHost) SlackCall(method string, args, out []byte) int32 {
	a.h.kept = nil
	rec := SlackCallRecord{Method: method, Args: map[string]string{}}
	code := a.slackCall(method, args, &rec)
	if code < 0 {
		rec.Err = codeErr(code)
		if after, ok := a.h.slackRetry(method); ok {
			rec.Err = fmt.Errorf("%w: rate limited, retry after %s", skill.ErrUnavailable, after)
		}
		a.h.slackCalls = append(a.h.slackCalls, rec)
		return code
	}
	a.h.slackCalls = append(a.h.slackCalls, rec)
	return a.out([]byte(rec.Answer), out)
}

// slackCall decides a SlackCall; a 429 leaves its delay as the kept
// result, as the real host does.
func (a abiHost) slackCall(method string, args []byte, rec *SlackCallRecord) int32 {
	if c, ok := a.h.injected("slack_call"); ok {
		return c
	}
	if a.h.SlackRead != nil && !slices.Contains(a.h.SlackRead, method) {
		return codeNotPermitted
	}
	if !record.Valid(args) {
		return codeInvalidArgument
	}
	for rest := args; len(rest) > 0; {
		k, v, next, _ := record.Next(rest)
		if string(k) == "token" || !utf8.Valid(v) {
			return codeInvalidArgument
		}
		if _, dup := rec.Args[string(k)]; !dup {
			rec.Args[string(k)] = string(v)
		}
		rest = next
	}
	if after, ok := a.h.slackLimit[method]; ok {
		delete(a.h.slackLimit, method)
		a.h.kept = strconv.AppendInt(nil, max(after.Milliseconds(), 1), 10)
		return codeUnavailable
	}
	answer, ok := a.h.slack[method]
	if !ok {
		answer = `{"ok":false,"error":"method_not_mocked"}`
	}
	rec.Answer = answer
	return 0
}

// slackRetry reads back the delay a 429 left as the kept result.
func (h *Host) slackRetry(method string) (time.Duration, bool) {
	if h.kept == nil {
		return 0, false
	}
	ms, err := strconv.ParseInt(string(h.kept), 10, 64)
	return time.Duration(ms) * time.Millisecond, err == nil
}

func codeErr(code int32) error {
	for _, e := range []error{skill.ErrInvalidArgument, skill.ErrNotFound, skill.ErrTooLarge, skill.ErrQuota,
		skill.ErrNotPermitted, skill.ErrUnavailable, skill.ErrNoConversation, skill.ErrDeadline} {
		if he, ok := e.(*skill.HostError); ok && he.Code() == code {
			return e
		}
	}
	return fmt.Errorf("bothost: error (%d)", code)
}

func (a abiHost) KVDelete(key string) int32 {
	if c, ok := a.h.injected("kv_delete"); ok {
		return c
	}
	if c := checkKey(key); c != 0 {
		return c
	}
	if _, ok := a.h.kvLookup(key); !ok {
		return codeNotFound
	}
	delete(a.h.kv, key)
	return 0
}

func (a abiHost) KVList(prefix string, limit int32, out []byte) int32 {
	a.h.kept = nil
	if c, ok := a.h.injected("kv_list"); ok {
		return c
	}
	if limit <= 0 || limit > maxListLimit {
		limit = maxListLimit
	}
	var res []byte
	n := int32(0)
	for _, k := range a.h.KVKeys() {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		if n == limit {
			break
		}
		res = record.AppendU32(res, uint32(len(k)))
		res = append(res, k...)
		n++
	}
	return a.out(res, out)
}

func (a abiHost) TimerSet(name string, payload []byte, when int64, flags int32) int32 {
	if c, ok := a.h.injected("timer_set"); ok {
		return c
	}
	switch {
	case name == "":
		return codeInvalidArgument
	case len(name) > maxTimerName || len(payload) > maxTimerData:
		return codeTooLarge
	}
	if _, exists := a.h.timers[name]; !exists && a.h.TimerMax > 0 && len(a.h.timers) >= a.h.TimerMax {
		return codeQuota
	}
	due := time.UnixMilli(when)
	if flags&1 == 0 {
		due = a.h.now.Add(time.Duration(when) * time.Millisecond)
	}
	if due.Before(a.h.now) {
		due = a.h.now
	}
	a.h.timers[name] = Pending{Name: name, Payload: append([]byte{}, payload...), Due: due}
	return 0
}

func (a abiHost) TimerCancel(name string) int32 {
	if c, ok := a.h.injected("timer_cancel"); ok {
		return c
	}
	if name == "" {
		return codeInvalidArgument
	}
	if _, ok := a.h.timers[name]; !ok {
		return codeNotFound
	}
	delete(a.h.timers, name)
	return 0
}

func (a abiHost) HTTPFetch(req, out []byte) int32 {
	a.h.kept = nil
	if c, ok := a.h.injected("http_fetch"); ok {
		return c
	}
	if a.h.HTTP == nil {
		return codeNotPermitted
	}
	if !record.Valid(req) {
		return codeInvalidArgument
	}
	get := func(k string) []byte { v, _ := record.Lookup(req, k); return v }
	r := &skill.Request{Method: string(get("method")), URL: string(get("url")), Body: get("body")}
	if hdr := get("headers"); len(hdr) > 0 {
		if !record.Valid(hdr) {
			return codeInvalidArgument
		}
		r.Headers = make(map[string]string)
		for rest := hdr; len(rest) > 0; {
			k, v, next, _ := record.Next(rest)
			r.Headers[string(k)] = string(v)
			rest = next
		}
	}
	if ms, err := strconv.ParseInt(string(get("timeout_ms")), 10, 64); err == nil {
		r.Timeout = time.Duration(ms) * time.Millisecond
	}
	if r.URL == "" {
		return codeInvalidArgument
	}
	resp, err := a.h.HTTP(r)
	if err != nil {
		var he *skill.HostError
		if errors.As(err, &he) {
			return he.Code()
		}
		return codeUnavailable
	}
	var res []byte
	res = record.AppendString(res, "status", strconv.Itoa(resp.Status))
	names := make([]string, 0, len(resp.Headers))
	for k := range resp.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	var hdr []byte
	for _, k := range names {
		hdr = record.AppendString(hdr, strings.ToLower(k), resp.Headers[k])
	}
	res = record.AppendBytes(res, "headers", hdr)
	res = record.AppendBytes(res, "body", resp.Body)
	return a.out(res, out)
}

func (a abiHost) Log(level int32, msg string) int32 {
	if len(msg) > maxLogLine {
		msg = msg[:maxLogLine]
	}
	a.h.logs = append(a.h.logs, LogLine{Level: skill.Level(level), Msg: msg})
	return 0
}

func (a abiHost) SetError(msg string) int32 {
	a.h.lastErr = msg
	return 0
}

func (a abiHost) NowMs() int64 { return a.h.now.UnixMilli() }

func (a abiHost) Config(out []byte) int32 {
	a.h.kept = nil
	if c, ok := a.h.injected("config"); ok {
		return c
	}
	return a.out(a.h.config, out)
}
