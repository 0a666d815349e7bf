package skill

import (
	"strconv"
	"time"
	"unsafe"

	"github.com/bothost/bothost/sdk/go/internal/record"
)

// scratch receives the results of host calls. Most results (a message ts,
// a small KV value) fit, so a call costs no allocation beyond the value
// returned; larger ones are fetched with result_read into a buffer of the
// exact size (docs/ABI.md §2.1).
var scratch [1024]byte

// recBuf is where outgoing records (messages, HTTP requests) are encoded;
// it is reused from call to call.
var recBuf []byte

// result completes a host call that returned n with scratch as its output
// buffer. b aliases scratch unless owned is true.
func result(n int32) (b []byte, owned bool, err error) {
	if n < 0 {
		return nil, false, codeError(n)
	}
	if int(n) <= len(scratch) {
		return scratch[:n], false, nil
	}
	b = make([]byte, n)
	m := hostResultRead(b)
	if m < 0 {
		return nil, false, codeError(m)
	}
	if m != n {
		// The host promises the same bytes; anything else is a host bug.
		return nil, false, ErrUnavailable
	}
	return b, true, nil
}

// resultCopy is result for callers that keep the bytes.
func resultCopy(n int32) ([]byte, error) {
	b, owned, err := result(n)
	if err != nil || owned {
		return b, err
	}
	c := make([]byte, len(b))
	copy(c, b)
	return c, nil
}

// Message is a message to send (docs/ABI.md §3.2). Empty fields are left
// out of the record. At least one of Text and Blocks is required.
type Message struct {
	// Text is the message text (mrkdwn), or the notification fallback
	// when Blocks is set. At most 40,000 bytes.
	Text string
	// Blocks is a Block Kit JSON array, as JSON text.
	Blocks string
	// InThread (Reply only) answers in the event's thread, starting one
	// on the event's message if needed.
	InThread bool
	// Channel is the channel id (Post and Update).
	Channel string
	// ThreadTS (Post only) posts into this thread.
	ThreadTS string
	// TS (Update only) is the message to replace.
	TS string
	// EphemeralUser (Reply and Post) shows the message only to this user.
	EphemeralUser string
}

func (m *Message) appendRecord(b []byte) []byte {
	if m.Text != "" {
		b = record.AppendString(b, "text", m.Text)
	}
	if m.Blocks != "" {
		b = record.AppendString(b, "blocks", m.Blocks)
	}
	if m.InThread {
		b = record.AppendString(b, "in_thread", "1")
	}
	if m.Channel != "" {
		b = record.AppendString(b, "channel", m.Channel)
	}
	if m.ThreadTS != "" {
		b = record.AppendString(b, "thread_ts", m.ThreadTS)
	}
	if m.TS != "" {
		b = record.AppendString(b, "ts", m.TS)
	}
	if m.EphemeralUser != "" {
		b = record.AppendString(b, "ephemeral_user", m.EphemeralUser)
	}
	return b
}

// Reply answers in the conversation of the event being handled (for an
// action, the message the button was on) and returns the new message's ts.
// Channel, ThreadTS and TS are ignored. From timer, schedule and webhook
// events, which have no conversation, it fails with ErrNoConversation.
func Reply(m Message) (ts string, err error) {
	b, err := reply(&m)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// ReplyText is Reply with a plain text message, for the common case where
// the new message's ts is not needed (which also saves converting it to a
// string).
func ReplyText(text string) error {
	_, err := reply(&Message{Text: text})
	return err
}

// reply returns the ts as a view of scratch.
func reply(m *Message) ([]byte, error) {
	recBuf = m.appendRecord(recBuf[:0])
	b, _, err := result(hostReply(recBuf, scratch[:]))
	return b, err
}

// Post sends m to m.Channel (in thread m.ThreadTS if set) and returns the
// new message's ts. Unlike Reply it works from any event.
func Post(m Message) (ts string, err error) {
	recBuf = m.appendRecord(recBuf[:0])
	b, _, err := result(hostPost(recBuf, scratch[:]))
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// Update replaces the message m.TS in m.Channel with m's text and blocks.
func Update(m Message) error {
	recBuf = m.appendRecord(recBuf[:0])
	return check(hostUpdate(recBuf))
}

// KV store. Keys are 1–256 bytes, values up to 1 MiB; the store is per
// skill, shared by all its instances, and survives reloads.

// KVGet returns the value of key, or ErrNotFound. The slice is the
// caller's.
func KVGet(key string) ([]byte, error) {
	return resultCopy(hostKVGet(key, scratch[:]))
}

// KVGetString is KVGet returning the value as a string, without a second
// copy.
func KVGetString(key string) (string, error) {
	b, owned, err := result(hostKVGet(key, scratch[:]))
	if err != nil {
		return "", err
	}
	if owned {
		// b is a fresh buffer nobody else references.
		return unsafe.String(unsafe.SliceData(b), len(b)), nil
	}
	return string(b), nil
}

// KVSet stores value under key. A ttl > 0 makes the key expire after ttl
// (millisecond precision); ttl <= 0 keeps it until deleted.
func KVSet(key string, value []byte, ttl time.Duration) error {
	return check(hostKVSet(key, value, ttl.Milliseconds()))
}

// KVSetString is KVSet for a string value, without the copy a []byte
// conversion would make.
func KVSetString(key, value string, ttl time.Duration) error {
	v := unsafe.Slice(unsafe.StringData(value), len(value)) // only read
	return check(hostKVSet(key, v, ttl.Milliseconds()))
}

// KVDelete deletes key; it returns ErrNotFound if there was no such key,
// which callers that do not care can ignore.
func KVDelete(key string) error {
	return check(hostKVDelete(key))
}

// KVList returns the keys starting with prefix, in byte order, at most
// limit of them (limit <= 0: up to the host's maximum, 1000). There is no
// cursor: to see more keys than that, list narrower prefixes.
func KVList(prefix string, limit int) ([]string, error) {
	if limit < 0 {
		limit = 0
	}
	if limit > 1<<30 {
		limit = 1 << 30
	}
	b, _, err := result(hostKVList(prefix, int32(limit), scratch[:]))
	if err != nil {
		return nil, err
	}
	var keys []string
	for len(b) > 0 {
		k, rest, ok := record.NextKey(b)
		if !ok {
			return nil, ErrUnavailable
		}
		keys = append(keys, string(k))
		b = rest
	}
	return keys, nil
}

// Timers. A timer delivers a timer event with its name and payload once,
// when due; setting a name that exists replaces that timer. Timers survive
// reloads and host restarts (a timer that was due during an outage fires
// late, with Event.Late set). Names are up to 256 bytes, payloads 16 KiB.

// TimerSet (re)sets the timer name to fire after delay (millisecond
// precision).
func TimerSet(name string, payload []byte, delay time.Duration) error {
	return check(hostTimerSet(name, payload, delay.Milliseconds(), 0))
}

// TimerSetAt (re)sets the timer name to fire at t (millisecond precision).
func TimerSetAt(name string, payload []byte, t time.Time) error {
	return check(hostTimerSet(name, payload, t.UnixMilli(), 1))
}

// TimerCancel cancels the timer name; ErrNotFound if there was none.
func TimerCancel(name string) error {
	return check(hostTimerCancel(name))
}

// Level is a log level.
type Level int32

// Log levels (docs/ABI.md §2.2).
const (
	LevelDebug Level = 0
	LevelInfo  Level = 1
	LevelWarn  Level = 2
	LevelError Level = 3
)

// Log writes msg to the skill's log at level. Lines longer than 8 KiB are
// truncated by the host. Logging cannot fail in a way a skill could act on,
// so it returns nothing.
func Log(level Level, msg string) { hostLog(int32(level), msg) }

// Debug logs msg at LevelDebug.
func Debug(msg string) { hostLog(int32(LevelDebug), msg) }

// Info logs msg at LevelInfo.
func Info(msg string) { hostLog(int32(LevelInfo), msg) }

// Warn logs msg at LevelWarn.
func Warn(msg string) { hostLog(int32(LevelWarn), msg) }

// Error logs msg at LevelError.
func Error(msg string) { hostLog(int32(LevelError), msg) }

// Now is the host's current time, millisecond precision. Prefer it to
// time.Now: it is the clock the host uses for TTLs and timers (and the one
// tests control).
func Now() time.Time { return time.UnixMilli(hostNowMs()) }

// Config returns the skill's config JSON, as passed to OnInit ("{}" if the
// host cannot provide it).
func Config() []byte {
	b, err := resultCopy(hostConfig(scratch[:]))
	if err != nil {
		return []byte("{}")
	}
	return b
}

// Request is an outgoing HTTP request for Fetch.
type Request struct {
	Method  string // "" means GET
	URL     string
	Headers map[string]string
	Body    []byte
	Timeout time.Duration // 0: the host's default
}

// Response is the answer to a Fetch.
type Response struct {
	Status  int
	Headers map[string]string // names lower-cased
	Body    []byte
}

// Fetch makes an HTTP request through the host. It fails with
// ErrNotPermitted unless bot.toml grants the skill the URL's host
// (http_allow).
func Fetch(req Request) (*Response, error) {
	method := req.Method
	if method == "" {
		method = "GET"
	}
	b := record.AppendString(recBuf[:0], "method", method)
	b = record.AppendString(b, "url", req.URL)
	if len(req.Headers) > 0 {
		// The nested record is written after a placeholder header whose
		// length is patched once the size is known.
		b = append(b, 7, 'h', 'e', 'a', 'd', 'e', 'r', 's', 0, 0, 0, 0)
		start := len(b)
		for k, v := range req.Headers {
			if len(k) == 0 || len(k) > 255 {
				recBuf = b
				return nil, ErrInvalidArgument
			}
			b = record.AppendString(b, k, v)
		}
		n := uint32(len(b) - start)
		b[start-4], b[start-3], b[start-2], b[start-1] = byte(n), byte(n>>8), byte(n>>16), byte(n>>24)
	}
	if len(req.Body) > 0 {
		b = record.AppendBytes(b, "body", req.Body)
	}
	if ms := req.Timeout.Milliseconds(); ms > 0 {
		b = record.AppendString(b, "timeout_ms", strconv.FormatInt(ms, 10))
	}
	recBuf = b
	res, owned, err := result(hostHTTPFetch(recBuf, scratch[:]))
	if err != nil {
		return nil, err
	}
	if !owned {
		res = append([]byte(nil), res...)
	}
	if !record.Valid(res) {
		return nil, ErrUnavailable
	}
	resp := &Response{}
	if v, ok := record.Lookup(res, "status"); ok {
		resp.Status, _ = strconv.Atoi(string(v))
	}
	if v, ok := record.Lookup(res, "headers"); ok {
		resp.Headers = decodeHeaders(v)
	}
	resp.Body, _ = record.Lookup(res, "body")
	return resp, nil
}
