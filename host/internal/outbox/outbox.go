// Package outbox is the host's durable outbox: it accepts the messages
// skills send (reply, post, update), makes them durable in an append-only
// log (see store.go), and delivers them through the Slack Web API with
// slack-go.
//
// # Why a durable, asynchronous outbox
//
// A skill's reply must survive a host crash between the moment the skill
// produced it and the moment Slack has it, and a slow or rate-limited Slack
// must not hold a skill instance (or the inbox) hostage. So Send never
// touches the network or the disk: it validates the message, gives it a
// durable identity and queues it in memory, and returns at once. Flush
// makes every Send that returned before it durable with one fsync shared
// by all concurrent callers (group commit). The inbox calls Flush after an
// event has been handled and only then marks the event done; only durable
// messages are ever delivered, so a crash can neither lose an accepted
// reply nor deliver one whose record was lost.
//
// # Message references ("bothost:<n>")
//
// Because delivery happens later, the ts that reply/post return to a skill
// is a host reference "bothost:<n>" (n is the outbox sequence number), not
// a Slack ts. The outbox remembers ref -> real ts once the message is
// delivered (persisted, kept for Options.RefRetention, 7 days by default)
// and resolves a reference wherever a skill passes it back: as the ts of
// an update or as the thread_ts of a post. Deliveries are FIFO per
// (team, channel), so a message that refers to an earlier post in the same
// channel is sent only after that post was delivered. If the referenced
// post was dead-lettered, answered through a response_url, or was
// ephemeral (neither has a ts that chat.update or thread_ts accept), or if
// the reference is older than the retention, the dependent message is
// dead-lettered with an error that says so. A real Slack ts (for example
// the ts of the event being handled) passes through unchanged.
//
// # Deduplication
//
// A Send is identified by (Skill, EventID, Seq). A handler run again for
// the same event after a crash produces the same keys; a Send whose key is
// already known (pending, or delivered within Options.DedupRetention) is
// dropped and answers the reference of the first one. Sends without an
// EventID are never deduplicated.
//
// # Delivery
//
// Messages of one (team, channel) are delivered in order, one at a time;
// different channels are delivered in parallel by a bounded pool of
// workers that take channels from a ready queue (no goroutine per
// channel). Each channel is paced by a token bucket (default 1 message/s,
// burst 3: Slack's chat.postMessage allowance). Each API call has a
// timeout; timeouts, connection errors, 5xx and Slack's transient errors
// (internal_error, fatal_error, service_unavailable, request_timeout) are
// retried with exponential backoff and jitter, and HTTP 429 (or
// ratelimited) makes the channel wait Retry-After, for
// Options.RetryWindow (1 hour by default) from the message's first
// attempt. Only its channel waits: a channel whose head message is
// backing off holds no worker, so healthy channels keep flowing, and the
// waiting messages are already in the log on disk. Permanent errors (channel_not_found, not_in_channel,
// invalid_auth, message_not_found, invalid_blocks, ...) dead-letter the
// message at once. A dead-lettered message is kept as a dead letter
// (DeadLetters, for RefRetention) with its last error, logged at warn
// (never with its text or a token) and counted; the next message of its
// channel proceeds.
//
// # Replies that carry a response_url
//
// OpPost goes to chat.postMessage, or chat.postEphemeral when
// Msg.EphemeralUser is set; OpUpdate goes to chat.update. A reply to a
// slash command or a button click (Send.Reply with a ResponseURL) also goes
// to chat.postMessage by default, because that answer has a ts the skill
// can later update or thread under, and it does not expire (a response_url
// is valid for 30 minutes and 5 uses, which a message waiting out an
// outage or a Retry-After can exceed). Only when the bot cannot post there
// (not_in_channel, channel_not_found: a command typed in a channel the bot
// is not in, or in a DM between two people) or the team has no bot token
// does the reply go to the response_url, as {"response_type":"in_channel",
// "text","blocks","thread_ts"}; its reference then resolves to "".
// Options.ResponseURLFirst sends such replies to the response_url directly.
//
// # Exactly-once posts across crashes
//
// A crash (SIGKILL, power loss) after Slack accepted a chat.postMessage
// but before the outbox committed it as delivered would post it again
// after restart. To avoid that duplicate, and the one a timed-out call that
// Slack did carry out would cause when retried:
//
//   - Before a message's first chat.postMessage, its "in doubt" mark is
//     committed (a mark entry in the log). Marks are group-committed like
//     everything else: a worker that finds a channel whose first message
//     is unmarked queues marks for up to markAhead messages of that
//     channel and goes on with other channels; the channel comes back once
//     the commit that carries its marks (and those of every other channel
//     that asked meanwhile) is done. A durable mark only ever means "maybe posted":
//     marking early costs a look-up after a crash, never a lost message.
//   - Every chat.postMessage carries message metadata
//     {"event_type":"bothost_message","event_payload":{"ref":"bothost:<n>",
//     "outbox":"<id>"}}, where id is a random id of the outbox directory
//     (so another host in the same channel, or this host after its
//     directory was deleted and numbers restarted, is never taken for
//     this one).
//   - A message is in doubt when Open finds its mark without an outcome,
//     and after a chat.postMessage that failed in a way that may have
//     posted it anyway (timeout, connection lost after sending, 5xx,
//     internal_error). Before posting it again the outbox reconciles: it
//     reads the channel's conversations.history (conversations.replies for
//     a thread reply) from the mark time minus Options.ReconcileMargin,
//     with include_all_metadata, looking for its metadata. Found: it is
//     recorded as delivered with that ts (its ref resolves to it) and not
//     posted again. Not found: it is posted. One history read covers every
//     message in doubt of the channel (or thread).
//   - A look-up that fails transiently (timeout, connection error, 5xx,
//     transient Slack error, 429) is tried again with backoff (Retry-After
//     for a 429) within Options.RetryWindow: posting without looking is
//     what duplicates a reply. Only when the history cannot be read at
//     all (missing channels:history / groups:history / im:history /
//     mpim:history scope, not_in_channel, channel_not_found, another
//     permanent error, more than ReconcilePages pages, or the window is
//     over) is the message posted again (at-least-once); a warning names
//     the team, channel and reason, once per channel (once per team for a
//     missing scope), and bothost_outbox_reconcile_blind_total{reason}
//     counts every such message.
//
// What stays at-least-once: chat.postEphemeral (ephemeral messages are
// not in any history) and replies sent through a response_url (no ts, no
// metadata, no history); any post when the history cannot be read (see
// above; note that Slack limits conversations.history to 1 call a minute,
// 15 messages a page, for apps distributed outside the Marketplace, so
// after a crash with many channels in doubt look-ups wait their turn
// within the retry window); a message dead-lettered after a call that may have
// posted it (it is reported dead, though Slack may show it). chat.update
// needs nothing: sending the same content again is harmless.
package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// RefPrefix starts every message reference returned by Send.
const RefPrefix = "bothost:"

// DefaultRetryWindow is Options.RetryWindow when it is not set.
const DefaultRetryWindow = time.Hour

// Errors.
var (
	// ErrClosed is returned by Send and Flush after Close.
	ErrClosed = errors.New("outbox: closed")
	// ErrInvalid wraps every validation error of Send.
	ErrInvalid = errors.New("outbox: invalid message")
	// ErrNoToken is what a Tokens implementation wraps when the team has
	// no installation; such messages are dead-lettered at once (other
	// BotToken errors are retried like a network error).
	ErrNoToken = errors.New("no bot token for team")
	// ErrPending is returned by Resolve for a message not delivered yet.
	ErrPending = errors.New("outbox: message not delivered yet")
	// ErrUnknownRef is returned by Resolve for a reference the outbox does
	// not know (never issued, or pruned after the retention).
	ErrUnknownRef = errors.New("outbox: unknown message reference")
)

// Tokens supplies the bot token of a workspace: a static token for a
// single-workspace host, or the OAuth installation store. BotToken returns
// an error wrapping ErrNoToken (or "" and nil) when the team is not
// installed.
type Tokens interface {
	BotToken(ctx context.Context, team string) (string, error)
}

// Options configure an Outbox. Zero values take the defaults shown.
type Options struct {
	// APIURL is the Slack Web API base URL (slack.APIURL). Tests and the
	// load bench point it at a fake Slack.
	APIURL string
	// HTTPClient makes every call (default: a client whose transport keeps
	// enough idle connections for the worker pool). Its own Timeout, if
	// any, adds to CallTimeout.
	HTTPClient *http.Client
	// Clock paces channels and times backoff and Retry-After waits
	// (default clock.System{}). Call timeouts always use real time.
	Clock clock.TimerClock
	// Logger gets warnings about dead letters and storage errors (default
	// slog.Default()).
	Logger *slog.Logger
	// Registerer, if set, gets the outbox metrics.
	Registerer prometheus.Registerer

	// Workers bounds concurrent Web API calls (default 8).
	Workers int
	// PerChannelRate is the sustained messages per second per
	// (team, channel) (default 1); PerChannelBurst the bucket size
	// (default 3).
	PerChannelRate  float64
	PerChannelBurst int

	// CallTimeout bounds each Web API call (default 3s).
	CallTimeout time.Duration
	// RetryWindow is how long a message keeps being retried after
	// timeouts, connection errors, 5xx, 429s and transient Slack errors
	// (internal_error, fatal_error, service_unavailable, request_timeout,
	// ratelimited), counted from its first attempt (default 1h: Slack's
	// incidents last minutes, sometimes an hour, and a reply dead-lettered
	// after a second of 500s is a reply lost). A look-up of a message in
	// doubt that fails transiently is retried within the same window.
	RetryWindow time.Duration
	// Backoff are the first waits between retries of transient failures
	// (default 250ms, 1s); after the list each wait doubles up to
	// MaxBackoff (default 30s). Every wait is jittered to between half
	// and all of its value, so channels that failed together do not retry
	// in lockstep when Slack comes back.
	Backoff    []time.Duration
	MaxBackoff time.Duration
	// Attempts and MaxTries, when > 0, also give up on a message after
	// that many failed attempts (Attempts: transient failures; MaxTries:
	// every call, 429s included) before the window ends. Default 0: only
	// RetryWindow bounds retries.
	Attempts int
	MaxTries int
	// DefaultRetryAfter is the wait after a 429 without a usable
	// Retry-After header (default 5s).
	DefaultRetryAfter time.Duration

	// RefRetention is how long ref -> ts mappings and dead letters are
	// kept (default 7 days); DedupRetention how long (Skill, EventID, Seq)
	// keys are remembered (default 24h: a re-run after a crash comes within
	// minutes, and the keys are held in memory).
	RefRetention   time.Duration
	DedupRetention time.Duration
	// PruneInterval is how often expired refs, dead letters and dedup keys
	// are removed (default 1h).
	PruneInterval time.Duration

	// CloseTimeout bounds how long Close waits for calls in flight before
	// cancelling them (default 5s).
	CloseTimeout time.Duration

	// segmentSize is the size at which the log moves to a new segment,
	// which triggers compaction (default 64 MiB; tests make it small).
	segmentSize int64

	// ReconcileMargin widens the conversations.history window read for a
	// message in doubt on both sides, for clock skew between this host and
	// Slack (default 2m). ReconcilePages bounds the pages read per look-up
	// (default 10, of up to 100 messages each).
	ReconcileMargin time.Duration
	ReconcilePages  int

	// ResponseURLFirst sends replies that carry a response_url (slash
	// commands, button clicks) to the response_url directly. By default a
	// reply goes through chat.postMessage, which returns a ts the skill can
	// update or thread on and does not expire, and falls back to the
	// response_url only when the bot cannot post in the conversation
	// (not_in_channel, channel_not_found).
	ResponseURLFirst bool
}

func (o Options) withDefaults() Options {
	if o.APIURL == "" {
		o.APIURL = slack.APIURL
	}
	if !strings.HasSuffix(o.APIURL, "/") {
		o.APIURL += "/"
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.HTTPClient == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 2 * o.Workers
		o.HTTPClient = &http.Client{Transport: tr}
	}
	if o.PerChannelRate <= 0 {
		o.PerChannelRate = 1
	}
	if o.PerChannelBurst <= 0 {
		o.PerChannelBurst = 3
	}
	if o.CallTimeout <= 0 {
		o.CallTimeout = 3 * time.Second
	}
	if len(o.Backoff) == 0 {
		o.Backoff = []time.Duration{250 * time.Millisecond, time.Second}
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 30 * time.Second
	}
	if o.RetryWindow <= 0 {
		o.RetryWindow = DefaultRetryWindow
	}
	if o.DefaultRetryAfter <= 0 {
		o.DefaultRetryAfter = 5 * time.Second
	}
	if o.RefRetention <= 0 {
		o.RefRetention = 7 * 24 * time.Hour
	}
	if o.DedupRetention <= 0 {
		o.DedupRetention = 24 * time.Hour
	}
	if o.PruneInterval <= 0 {
		o.PruneInterval = time.Hour
	}
	if o.CloseTimeout <= 0 {
		o.CloseTimeout = 5 * time.Second
	}
	if o.ReconcileMargin <= 0 {
		o.ReconcileMargin = 2 * time.Minute
	}
	if o.ReconcilePages <= 0 {
		o.ReconcilePages = 10
	}
	if o.segmentSize <= 0 {
		o.segmentSize = defaultSegmentSize
	}
	return o
}

// Outbox is the durable outbox. It implements wasmrt.Outbox.
type Outbox struct {
	opt     Options
	files   logFiles // the log directory; active segment owned by the committer
	path    string
	tokens  Tokens
	log     *slog.Logger
	clk     clock.TimerClock
	metrics *Metrics

	// mu guards the write queue, the sequence and the dedup index. Send
	// holds it only to check the index and append.
	mu     sync.Mutex
	closed bool
	next   uint64            // next message sequence number
	dedup  map[string]dedupE // (skill, event, seq) -> ref
	wq     []wop             // ops waiting for the next commit
	wseq   uint64            // ops ever queued in wq
	// lazy holds outcomes (opDone): nobody waits for them, and losing one
	// in a crash only leaves its message in doubt, which reconciliation
	// settles. They ride along with the next commit, or are written on
	// their own after lazyDelay, so a quiet outbox does not pay one
	// fdatasync per delivered message.
	lazy        []wop
	committed   uint64        // ops durable
	commitErr   error         // last commit failure, nil after a success
	commitCh    chan struct{} // closed after each commit attempt
	kick        chan struct{} // wakes the committer
	commits     atomic.Int64  // successful commits (each one fsync)
	markCommits atomic.Int64  // successful commits that carried in-doubt marks
	cstop       chan struct{} // stops the committer
	cdone       chan struct{} // closed when the committer has exited
	dropOnStop  bool          // test hook: crash, do not commit the rest

	// The state the log holds, in memory. Outcomes are in refs from the
	// moment they are recorded (before their commit, as a dependent
	// message must not miss a reference between delivery and commit);
	// dead letters once committed.
	rmu       sync.Mutex
	refs      refTable          // message -> outcome (the ref -> ts map)
	pend      map[uint64]string // accepted messages without an outcome -> ownerKey
	pendSkill map[string]int    // pending messages per skill, for Send.MaxPending
	dead      map[uint64]deadE  // dead letters
	// dropBefore[skill] is the first message number a skill removed from
	// bot.toml may still have queued after DropSkill: earlier ones that
	// reach delivery late are dropped too.
	dropBefore map[string]uint64

	// Compaction (writer.go).
	cmu         sync.Mutex    // one compaction (or test read of the log) at a time
	ckick       chan struct{} // wakes the compactor
	ccdone      chan struct{} // closed when the compactor has exited
	compactions atomic.Int64  // compactions done

	sched *scheduler

	clientsMu sync.Mutex
	clients   map[string]*slack.Client
	anon      *slack.Client // for response_url posts: no token

	instance string // random id of the outbox directory, in every post's metadata

	warnMu sync.Mutex
	warned map[string]bool // reconciliation warnings already logged

	// Test hooks (export_test.go), set before Start: called on the worker
	// right before and after a delivery call; true simulates the process
	// dying at that point.
	testBeforeCall func(it *item) bool
	testAfterCall  func(it *item, res result) bool
	// testCompacted is called by a compaction (cmu held) once its
	// snapshot is durable; true simulates the process dying before the
	// files the snapshot replaces are removed.
	testCompacted func() bool

	closeOnce sync.Once
	closeErr  error
}

type dedupE struct {
	n       uint64
	created int64 // unix ns
}

// Open opens (creating it if needed) the outbox at path and loads every
// undelivered message, in its original order. Delivery starts with Start;
// Send and Flush work before it. Messages that a previous run may have
// posted (marked in doubt, no outcome) are looked up in Slack when
// delivery reaches them, before anything else of their channel is sent:
// Open itself makes no network call.
//
// path names a directory (the host uses data/outbox). The directory is
// locked while the Outbox is open: a second Open of it, in
// this process or another, fails after waiting up to 2s.
func Open(path string, tokens Tokens, o Options) (*Outbox, error) {
	if tokens == nil {
		return nil, fmt.Errorf("outbox: open %s: no Tokens", path)
	}
	o = o.withDefaults()
	ob := &Outbox{
		opt:      o,
		path:     path,
		tokens:   tokens,
		log:      o.Logger.With("component", "outbox"),
		clk:      o.Clock,
		metrics:  NewMetrics(o.Registerer),
		dedup:    map[string]dedupE{},
		commitCh: make(chan struct{}),
		kick:     make(chan struct{}, 1),
		cstop:    make(chan struct{}),
		cdone:    make(chan struct{}),
		ckick:    make(chan struct{}, 1),
		ccdone:   make(chan struct{}),
		clients:  map[string]*slack.Client{},
		warned:   map[string]bool{},
	}
	ob.files.segSize = o.segmentSize
	ob.anon = slack.New("", slack.OptionHTTPClient(o.HTTPClient), slack.OptionAPIURL(o.APIURL))
	ob.sched = newScheduler(ob)
	items, err := ob.openLog()
	if err != nil {
		return nil, err
	}
	ob.metrics.pending.Set(float64(len(items)))
	ob.sched.enqueue(items)
	go ob.committer()
	go ob.compactor()
	ob.kickCompactor() // segments a previous run left uncompacted
	return ob, nil
}

// Start begins delivery. Cancelling ctx stops delivery (calls in flight
// are cancelled and their messages stay pending); Close does the same more
// gently. Start may be called once.
func (o *Outbox) Start(ctx context.Context) {
	o.sched.start(ctx)
}

// Send implements wasmrt.Outbox. It validates s, assigns it a reference
// and queues it; it never waits for the network or the disk. For a post
// it returns the reference "bothost:<n>"; for an update it returns the
// target ts it was given. A Send whose (Skill, EventID, Seq) is already
// known returns the answer of the first one and queues nothing.
func (o *Outbox) Send(ctx context.Context, s wasmrt.Send) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if err := validate(&s); err != nil {
		return "", err
	}
	rec := recordOf(s, o.clk.Now())
	val, err := json.Marshal(&rec)
	if err != nil {
		return "", fmt.Errorf("outbox: encode message: %w", err)
	}
	if len(val) > maxEntry {
		return "", fmt.Errorf("%w: message of %d bytes", ErrInvalid, len(val))
	}
	answer := func(n uint64) string {
		if s.Op == wasmrt.OpUpdate {
			return s.Msg.TS
		}
		return Ref(n)
	}
	key := ""
	if s.EventID != "" {
		key = dedupKey(s.Skill, s.EventID, s.Seq)
	}
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return "", ErrClosed
	}
	if key != "" {
		if d, ok := o.dedup[key]; ok {
			o.mu.Unlock()
			o.metrics.deduped.Inc()
			return answer(d.n), nil
		}
	}
	if n, ok := refNumber(s.Msg.TS); ok && n >= o.next {
		o.mu.Unlock()
		return "", fmt.Errorf("%w: ts %s was never issued", ErrInvalid, s.Msg.TS)
	}
	if n, ok := refNumber(s.Msg.ThreadTS); ok && n >= o.next {
		o.mu.Unlock()
		return "", fmt.Errorf("%w: thread_ts %s was never issued", ErrInvalid, s.Msg.ThreadTS)
	}
	owner := ownerKey(s.Skill, s.Team)
	o.rmu.Lock()
	if err := o.checkRefsLocked(owner, &s.Msg); err != nil {
		o.rmu.Unlock()
		o.mu.Unlock()
		return "", err
	}
	if s.MaxPending > 0 && o.pendSkill[s.Skill] >= s.MaxPending {
		queued := o.pendSkill[s.Skill]
		o.rmu.Unlock()
		o.mu.Unlock()
		o.metrics.quota.Inc()
		return "", fmt.Errorf("outbox: skill %q has %d messages queued (outbox_pending %d): %w", s.Skill, queued, s.MaxPending, wasmrt.ErrQuota)
	}
	n := o.next
	o.next++
	o.pend[n] = owner
	o.pendSkill[s.Skill]++
	o.rmu.Unlock()
	if key != "" {
		o.dedup[key] = dedupE{n: n, created: rec.Created}
	}
	o.wq = append(o.wq, wop{kind: opSend, n: n, val: val, key: key, item: &item{n: n, rec: rec}})
	o.wseq++
	o.mu.Unlock()
	o.metrics.accepted.Inc()
	o.metrics.pending.Inc()
	o.wake()
	return answer(n), nil
}

// Flush returns once every Send that returned before the call is durable
// (and every delivery outcome recorded before it). Concurrent calls share
// one commit.
func (o *Outbox) Flush(ctx context.Context) error {
	o.mu.Lock()
	// Outcomes waiting to share a commit take this one: free, since a
	// commit is due anyway if anything was sent.
	o.wq = append(o.wq, o.lazy...)
	o.wseq += uint64(len(o.lazy))
	o.lazy = nil
	target := o.wseq
	o.mu.Unlock()
	o.wake()
	for {
		o.mu.Lock()
		done, err, ch := o.committed >= target, o.commitErr, o.commitCh
		o.mu.Unlock()
		if done {
			return nil
		}
		if err != nil {
			return fmt.Errorf("outbox: flush: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("outbox: flush: %w", ctx.Err())
		case <-ch:
		case <-o.cdone:
			o.mu.Lock()
			done = o.committed >= target
			o.mu.Unlock()
			if done {
				return nil
			}
			return ErrClosed
		}
	}
}

// Close stops delivery (waiting up to Options.CloseTimeout for calls in
// flight, then cancelling them), makes every accepted message durable and
// closes the log (releasing the directory's lock). Undelivered messages are delivered after the next Open.
func (o *Outbox) Close() error {
	o.closeOnce.Do(func() { o.closeErr = o.shutdown(true) })
	return o.closeErr
}

func (o *Outbox) shutdown(commitRest bool) error {
	o.mu.Lock()
	o.closed = true
	o.dropOnStop = !commitRest
	o.mu.Unlock()
	o.sched.stop(o.opt.CloseTimeout, !commitRest)
	close(o.cstop)
	<-o.cdone
	<-o.ccdone
	o.mu.Lock()
	err := o.commitErr
	if !commitRest {
		err = nil
	}
	o.mu.Unlock()
	if cerr := o.files.close(commitRest); cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("outbox: close %s: %w", o.path, err)
	}
	return nil
}

// Metrics returns the outbox's metrics.
func (o *Outbox) Metrics() *Metrics { return o.metrics }

// ownerKey identifies who may pass a message's reference back: the skill
// that sent it, in the workspace it went to. References are scoped to it
// (docs/ABI.md §2.4), so one skill cannot thread under, update or even
// probe another skill's messages, nor one workspace's messages be touched
// from another.
func ownerKey(skill, team string) string { return skill + "\x00" + team }

func ownerSkill(owner string) string {
	skill, _, _ := strings.Cut(owner, "\x00")
	return skill
}

// checkRefsLocked refuses a message whose ts or thread_ts is a reference
// owned by anyone else than owner (wrapping wasmrt.ErrForeign). A
// reference the outbox no longer knows passes: its message is
// dead-lettered at delivery as before ("older than the retention").
// o.rmu held.
func (o *Outbox) checkRefsLocked(owner string, m *abi.Message) error {
	for _, ref := range [2]string{m.TS, m.ThreadTS} {
		n, ok := refNumber(ref)
		if !ok {
			continue
		}
		got, known := o.pend[n]
		if !known {
			got, known = o.refs.ownerOf(n)
		}
		if known && got != owner {
			return fmt.Errorf("outbox: %s is not a message of this skill in this workspace: %w", ref, wasmrt.ErrForeign)
		}
	}
	return nil
}

// DropSkill drops every message of skill still waiting for delivery (a
// message being delivered at that moment finishes) and returns how many
// it dropped. The host calls it when a skill is removed from bot.toml:
// nothing of a removed skill may keep reaching Slack. The dropped
// messages are recorded as dead ("skill removed"), so their references
// resolve to that error; they are counted, not listed as dead letters.
func (o *Outbox) DropSkill(ctx context.Context, skill string) (int, error) {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return 0, ErrClosed
	}
	if o.dropBefore == nil {
		o.dropBefore = map[string]uint64{}
	}
	o.dropBefore[skill] = o.next
	o.rmu.Lock()
	queued := o.pendSkill[skill]
	o.rmu.Unlock()
	o.mu.Unlock()
	// Messages accepted but not yet handed to delivery (their commit is
	// under way) reach the scheduler later; enqueue drops them then
	// (dropBefore). So the count is what was queued, less what is being
	// delivered right now and finishes.
	busy := o.sched.dropSkill(skill)
	n := max(queued-busy, 0)
	if n > 0 {
		o.log.Info("dropped queued messages of removed skill", "skill", skill, "messages", n)
	}
	return n, nil
}

// dropped reports whether it belongs to a skill removed by DropSkill
// after it was accepted. s.mu held (o.mu is taken inside).
func (o *Outbox) dropped(it *item) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	lim, ok := o.dropBefore[it.rec.Skill]
	return ok && it.n < lim
}

// dropItem records it as dropped with its skill. s.mu held.
func (o *Outbox) dropItem(it *item) {
	o.record(it.n, doneRec{Created: it.rec.Created, State: stateDead, Err: "skill removed from bot.toml"}, nil)
	o.metrics.dead.WithLabelValues("skill_removed").Inc()
	o.metrics.pending.Dec()
}

// Ref formats the reference of message n.
func Ref(n uint64) string { return RefPrefix + strconv.FormatUint(n, 10) }

// refNumber parses a reference; ok is false for anything else (a real ts).
func refNumber(s string) (uint64, bool) {
	rest, ok := strings.CutPrefix(s, RefPrefix)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(rest, 10, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}

func dedupKey(skill, event string, seq int) string {
	return skill + "\x00" + event + "\x00" + strconv.Itoa(seq)
}

// validate checks what Slack would refuse anyway, so the skill hears about
// it now rather than the operator from a dead letter.
func validate(s *wasmrt.Send) error {
	m := &s.Msg
	if m.Channel == "" {
		return fmt.Errorf("%w: no channel", ErrInvalid)
	}
	if m.Text == "" && len(m.Blocks) == 0 {
		return fmt.Errorf("%w: neither text nor blocks", ErrInvalid)
	}
	if len(m.Blocks) > 0 {
		var bs []json.RawMessage
		if err := json.Unmarshal(m.Blocks, &bs); err != nil {
			return fmt.Errorf("%w: blocks are not a JSON array: %v", ErrInvalid, err)
		}
	}
	if strings.HasPrefix(m.TS, RefPrefix) {
		if _, ok := refNumber(m.TS); !ok {
			return fmt.Errorf("%w: malformed reference %q", ErrInvalid, m.TS)
		}
	}
	if strings.HasPrefix(m.ThreadTS, RefPrefix) {
		if _, ok := refNumber(m.ThreadTS); !ok {
			return fmt.Errorf("%w: malformed reference %q", ErrInvalid, m.ThreadTS)
		}
	}
	switch s.Op {
	case wasmrt.OpPost:
		m.TS = ""
	case wasmrt.OpUpdate:
		if m.TS == "" {
			return fmt.Errorf("%w: update without ts", ErrInvalid)
		}
		if m.EphemeralUser != "" {
			return fmt.Errorf("%w: an ephemeral message cannot be updated", ErrInvalid)
		}
	default:
		return fmt.Errorf("%w: unknown op %d", ErrInvalid, s.Op)
	}
	return nil
}
