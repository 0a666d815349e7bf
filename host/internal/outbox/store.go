package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Storage: an append-only log in a directory.
//
// The outbox directory (the path given to Open; the host passes
// data/outbox.db, which is now a directory of that name) holds
//
//	LOCK                        flock'ed while an Outbox has it open
//	00000000000000000007.snap   snapshot: the live state as of the end of
//	                            segment 7 (written whole, then renamed)
//	00000000000000000008.log    log segments after it, appended to in
//	00000000000000000009.log    group commits
//
// Every write of the committer is one frame (see segment.go) holding the
// entries of one batch, written with one write and one fdatasync: a batch
// is durable whole or not at all (a torn frame at the end of a segment is
// cut off on recovery). Entries (log.go) are
//
//	accept  n, created, dedup key, message (JSON record)
//	mark    n, time: the message is "in doubt" (a chat.postMessage for it
//	        may have been made: the mark is committed before the first call)
//	done    n, created, outcome (sent/ephemeral/response_url/dead) and the
//	        ts or the error: the ref -> ts map
//	dead    n, created, the dead letter (JSON deadRec)
//	dedup   n, created, dedup key (snapshots: keys of finished messages)
//	header  version, next sequence number, random instance id (snapshots)
//
// Open replays the newest snapshot and the segments after it: pending
// messages (accepted without an outcome) in sequence order with their
// marks, outcomes within RefRetention, dedup keys within DedupRetention
// (those of pending messages always), dead letters within RefRetention.
// That state is then kept in memory; the log is only read again by
// compaction. When the closed segments after the snapshot add up to
// Options' segment size (64 MiB) and at least the snapshot's own size, a
// background compactor replays snapshot and closed segments into a new
// snapshot (temporary file, fsync, rename, directory fsync) and only then
// deletes what it replaces, so a crash at any point leaves either the old
// or the new snapshot with every segment after it.
//
// Why a log rather than bbolt: a bbolt commit rewrites whole pages and
// fsyncs twice, and the outbox commits three times per message (accept,
// in-doubt mark, outcome). Here the single committer goroutine writes
// whatever accumulated while the previous write was syncing (group
// commit, no added delay), so accepts, marks and outcomes share one small
// append and one fdatasync. Only after a write is durable are its
// messages handed to delivery.
const (
	logVersion         = 1
	defaultSegmentSize = 64 << 20
	lockName           = "LOCK"
)

// record is a message as stored.
type record struct {
	Skill         string          `json:"skill,omitempty"`
	Op            wasmrt.SendOp   `json:"op"`
	Reply         bool            `json:"reply,omitempty"`
	Team          string          `json:"team,omitempty"`
	EventID       string          `json:"event,omitempty"`
	Seq           int             `json:"seq,omitempty"`
	ResponseURL   string          `json:"response_url,omitempty"`
	Channel       string          `json:"channel"`
	Text          string          `json:"text,omitempty"`
	Blocks        json.RawMessage `json:"blocks,omitempty"`
	ThreadTS      string          `json:"thread_ts,omitempty"`
	TS            string          `json:"ts,omitempty"`
	EphemeralUser string          `json:"ephemeral_user,omitempty"`
	Created       int64           `json:"created"` // unix ns, when Send accepted it
}

func recordOf(s wasmrt.Send, now time.Time) record {
	return record{
		Skill: s.Skill, Op: s.Op, Reply: s.Reply, Team: s.Team, EventID: s.EventID, Seq: s.Seq,
		ResponseURL: s.ResponseURL, Channel: s.Msg.Channel, Text: s.Msg.Text, Blocks: s.Msg.Blocks,
		ThreadTS: s.Msg.ThreadTS, TS: s.Msg.TS, EphemeralUser: s.Msg.EphemeralUser,
		Created: now.UnixNano(),
	}
}

// Outcome states of a doneRec.
const (
	stateSent        = "sent"         // chat.postMessage / chat.update: TS is Slack's
	stateEphemeral   = "ephemeral"    // chat.postEphemeral: no ts a skill can use
	stateResponseURL = "response_url" // answered through response_url: no ts
	stateDead        = "dead"
)

// Outcome states as stored in the log.
const (
	stSent uint8 = iota + 1
	stEphemeral
	stResponseURL
	stDead
)

func stateCode(s string) uint8 {
	switch s {
	case stateSent:
		return stSent
	case stateEphemeral:
		return stEphemeral
	case stateResponseURL:
		return stResponseURL
	case stateDead:
		return stDead
	}
	return 0
}

func stateName(c uint8) string {
	switch c {
	case stSent:
		return stateSent
	case stEphemeral:
		return stateEphemeral
	case stResponseURL:
		return stateResponseURL
	case stDead:
		return stateDead
	}
	return ""
}

// doneRec is the outcome of a message.
type doneRec struct {
	Created int64
	State   string
	TS      string
	Err     string
	Owner   string // ownerKey of the message: who may pass its reference back
}

// val is what the log stores besides the state: the ts, or the error of
// a dead letter.
func (d *doneRec) val() string {
	if d.State == stateDead {
		return d.Err
	}
	return d.TS
}

// deadRec is a dead letter.
type deadRec struct {
	Rec   record `json:"rec"`
	Err   string `json:"err"`
	At    int64  `json:"at"`
	Tries int    `json:"tries"`
	// ResentAs is the reference of the copy an operator re-sent
	// (Resend), so it is not re-sent twice by mistake.
	ResentAs string `json:"resent_as,omitempty"`
}

// deadE is a dead letter kept in memory: its JSON deadRec (dead letters are
// rare and read only by DeadLetters).
type deadE struct {
	created int64
	raw     []byte
}

// item is a message in memory on its way to Slack.
type item struct {
	n   uint64
	rec record
	tag uint64 // fair-queueing tag in its channel (chanQ), set by push

	// Delivery state, owned by the scheduler (guarded by scheduler.mu).
	attempts       int       // failed attempts that count against Options.Attempts
	tries          int       // calls made, 429s included
	first          time.Time // first attempt
	viaResponseURL bool      // chat.postMessage could not reach the channel

	// Exactly-once state (see reconcile.go).
	marking    bool   // its in-doubt mark is queued for the next commit
	marked     bool   // its in-doubt mark is durable: chat.postMessage may be called
	markedAt   int64  // unix ns of the mark: no post of it can be older
	doubt      bool   // a post may have reached Slack: look before posting
	doubtUntil int64  // unix ns after which no earlier post can have been made
	reconWaits int    // look-ups put off (429, token source down)
	foundTS    string // reconciliation found it posted: its ts
}

type opKind int

const (
	opSend opKind = iota
	opDone
	opMark
)

// wop is one write for the committer.
type wop struct {
	kind opKind
	n    uint64
	// opSend: the encoded record and its dedup key; item is handed to
	// delivery once durable.
	val  []byte
	key  string
	item *item
	// opDone: the outcome, and the encoded deadRec of a dead letter.
	done doneRec
	dead []byte
	// opMark: the in-doubt marks of the first messages of channel q.
	marks []markE
	q     *chanQ
	items []*item
}

// markE is one in-doubt mark.
type markE struct {
	n  uint64
	at int64
}

// refTable maps message numbers to outcomes: the ref -> ts map. It holds
// up to RefRetention of outcomes in memory, so an entry is kept small: a
// Slack ts ("1700000000.123456") is packed into a uint64, and the rare
// value that is not a ts in that form (the error of a dead letter, an odd
// ts) goes to a side map.
//
// Each entry also keeps its owner (ownerKey: skill and workspace) as an
// index into a small table of the owners seen, so that checking who may
// use a reference costs no memory per entry beyond the struct's padding.
type refTable struct {
	m      map[uint64]refE
	str    map[uint64]string
	owners []string          // owner index -> ownerKey; [0] is "unknown"
	ownIdx map[string]uint32 // ownerKey -> index
}

type refE struct {
	created int64  // unix ns, when the message was accepted
	ts      uint64 // packed ts (packTS), 0 if none or in str
	state   uint8
	owner   uint32 // index into owners; 0: unknown (written before owners were kept)
}

func newRefTable() refTable {
	return refTable{m: map[uint64]refE{}, str: map[uint64]string{}, owners: []string{""}, ownIdx: map[string]uint32{}}
}

func (t *refTable) intern(owner string) uint32 {
	if owner == "" {
		return 0
	}
	if i, ok := t.ownIdx[owner]; ok {
		return i
	}
	i := uint32(len(t.owners))
	t.owners = append(t.owners, owner)
	t.ownIdx[owner] = i
	return i
}

// setOwner records n's owner (entOwner); n must be in the table.
func (t *refTable) setOwner(n uint64, owner string) {
	if e, ok := t.m[n]; ok {
		e.owner = t.intern(owner)
		t.m[n] = e
	}
}

// ownerOf returns n's owner, "" if unknown; ok is false if n is not in
// the table.
func (t *refTable) ownerOf(n uint64) (string, bool) {
	e, ok := t.m[n]
	if !ok {
		return "", false
	}
	return t.owners[e.owner], true
}

func (t *refTable) set(n uint64, created int64, state uint8, val, owner string) {
	e := refE{created: created, state: state, owner: t.intern(owner)}
	if p, ok := packTS(val); ok && state != stDead {
		e.ts = p
		delete(t.str, n)
	} else if val != "" {
		t.str[n] = val
	} else {
		delete(t.str, n)
	}
	t.m[n] = e
}

func (t *refTable) get(n uint64) (refE, string, bool) {
	e, ok := t.m[n]
	if !ok {
		return e, "", false
	}
	if e.ts != 0 {
		return e, unpackTS(e.ts), true
	}
	return e, t.str[n], true
}

func (t *refTable) has(n uint64) bool {
	_, ok := t.m[n]
	return ok
}

func (t *refTable) drop(n uint64) {
	delete(t.m, n)
	delete(t.str, n)
}

// prune drops outcomes of messages created before cutoff.
func (t *refTable) prune(cutoff int64) {
	for n, e := range t.m {
		if e.created < cutoff {
			delete(t.m, n)
			delete(t.str, n)
		}
	}
}

// packTS packs a ts of the form "<seconds>.<6 digits>" (no sign, no
// leading zero) into seconds*1e6+micros; ok is false for anything else.
func packTS(s string) (uint64, bool) {
	dot := len(s) - 7
	if dot < 1 || dot > 13 || s[dot] != '.' || s[0] == '0' {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		if i == dot {
			continue
		}
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, v != 0
}

func unpackTS(v uint64) string {
	var b [24]byte
	out := strconv.AppendUint(b[:0], v/1e6, 10)
	out = append(out, '.')
	frac := v % 1e6
	for d := uint64(100000); d > 0; d /= 10 {
		out = append(out, byte('0'+frac/d%10))
	}
	return string(out)
}

// prune drops dedup keys older than DedupRetention, and outcomes and dead
// letters of messages older than RefRetention, from memory. The log needs
// no record of it: recovery and compaction apply the same retention.
func (o *Outbox) prune(now time.Time) {
	dcut := now.Add(-o.opt.DedupRetention).UnixNano()
	o.mu.Lock()
	for k, d := range o.dedup {
		if d.created < dcut {
			delete(o.dedup, k)
		}
	}
	o.mu.Unlock()
	rcut := now.Add(-o.opt.RefRetention).UnixNano()
	o.rmu.Lock()
	o.refs.prune(rcut)
	for n, d := range o.dead {
		if d.created < rcut {
			delete(o.dead, n)
		}
	}
	o.rmu.Unlock()
}

// outcome returns what became of message n. pending is true while it
// waits for delivery; ok is false if n is unknown.
func (o *Outbox) outcome(n uint64) (d doneRec, pending, ok bool) {
	o.rmu.Lock()
	e, val, found := o.refs.get(n)
	_, pending = o.pend[n]
	o.rmu.Unlock()
	if found {
		d = doneRec{Created: e.created, State: stateName(e.state)}
		if e.state == stDead {
			d.Err = val
		} else {
			d.TS = val
		}
		return d, false, true
	}
	return doneRec{}, pending, pending
}

// Resolve returns the Slack ts of a reference returned by Send: the real
// ts once delivered ("" for a message answered through response_url or
// posted ephemeral), ErrPending before, an error naming the cause if it
// was dead-lettered, ErrUnknownRef if it was never issued or has been
// pruned. A string that is not a reference is returned unchanged.
func (o *Outbox) Resolve(ctx context.Context, ref string) (string, error) {
	n, isRef := refNumber(ref)
	if !isRef {
		return ref, nil
	}
	d, pending, ok := o.outcome(n)
	switch {
	case !ok:
		return "", fmt.Errorf("%w: %s", ErrUnknownRef, ref)
	case pending:
		return "", fmt.Errorf("%w: %s", ErrPending, ref)
	case d.State == stateDead:
		return "", fmt.Errorf("outbox: %s was dead-lettered: %s", ref, d.Err)
	}
	return d.TS, nil
}

// DeadLetter describes a message that could not be delivered. It carries
// no message text.
type DeadLetter struct {
	Ref     string
	Skill   string
	Team    string
	Channel string
	Op      string
	EventID string
	Err     string
	Tries   int
	Created time.Time
	At      time.Time
	// ResentAs is the reference of the copy Resend queued, if any.
	ResentAs string
}

// DeadLetters lists the dead letters kept (see RefRetention), oldest
// first.
func (o *Outbox) DeadLetters(ctx context.Context) ([]DeadLetter, error) {
	// Outcomes are committed lazily; make the ones already decided
	// visible.
	if err := o.Flush(ctx); err != nil && !errors.Is(err, ErrClosed) {
		return nil, err
	}
	type nd struct {
		n   uint64
		raw []byte
	}
	o.rmu.Lock()
	all := make([]nd, 0, len(o.dead))
	for n, d := range o.dead {
		all = append(all, nd{n, d.raw})
	}
	o.rmu.Unlock()
	slices.SortFunc(all, func(a, b nd) int {
		switch {
		case a.n < b.n:
			return -1
		case a.n > b.n:
			return 1
		}
		return 0
	})
	out := make([]DeadLetter, 0, len(all))
	for _, e := range all {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("outbox: list dead letters: %w", err)
		}
		var d deadRec
		if err := json.Unmarshal(e.raw, &d); err != nil {
			return nil, fmt.Errorf("outbox: list dead letters: %s: %w", Ref(e.n), err)
		}
		out = append(out, DeadLetter{
			Ref: Ref(e.n), Skill: d.Rec.Skill, Team: d.Rec.Team,
			Channel: d.Rec.Channel, Op: d.Rec.Op.String(), EventID: d.Rec.EventID, Err: d.Err,
			Tries: d.Tries, Created: time.Unix(0, d.Rec.Created), At: time.Unix(0, d.At), ResentAs: d.ResentAs,
		})
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// ErrResent is returned by Resend for a dead letter already re-sent.
var ErrResent = errors.New("outbox: dead letter already re-sent")

// Resend queues a copy of the dead letter ref for delivery, as a new
// message with a new reference (returned), and records on the dead
// letter that it was re-sent, durably, before it returns. The copy is
// not deduplicated against the original (that one failed), so an
// operator who re-sends after the cause is fixed gets the reply out; a
// second Resend of the same dead letter is refused (ErrResent). A post
// that referred to the original's ts keeps failing: references are not
// rewritten.
func (o *Outbox) Resend(ctx context.Context, ref string) (string, error) {
	n, ok := refNumber(ref)
	if !ok {
		return "", fmt.Errorf("%w: %q is not a message reference (bothost:<n>)", ErrInvalid, ref)
	}
	if err := o.Flush(ctx); err != nil {
		return "", err
	}
	o.rmu.Lock()
	e, ok := o.dead[n]
	o.rmu.Unlock()
	if !ok {
		return "", fmt.Errorf("outbox: %s is not a dead letter (delivered, pending, or older than the retention): %w", ref, ErrUnknownRef)
	}
	var d deadRec
	if err := json.Unmarshal(e.raw, &d); err != nil {
		return "", fmt.Errorf("outbox: dead letter %s: %w", ref, err)
	}
	if d.ResentAs != "" {
		return "", fmt.Errorf("%s was re-sent as %s: %w", ref, d.ResentAs, ErrResent)
	}
	r := d.Rec
	newRef, err := o.Send(ctx, wasmrt.Send{
		Skill: r.Skill, Op: r.Op, Reply: r.Reply, Team: r.Team, ResponseURL: r.ResponseURL,
		Msg: abi.Message{Channel: r.Channel, Text: r.Text, Blocks: r.Blocks, ThreadTS: r.ThreadTS, TS: r.TS, EphemeralUser: r.EphemeralUser},
	})
	if err != nil {
		return "", fmt.Errorf("outbox: re-send %s: %w", ref, err)
	}
	if r.Op == wasmrt.OpUpdate {
		newRef = "(update of " + r.TS + ")"
	}
	d.ResentAs = newRef
	raw, err := json.Marshal(&d)
	if err != nil {
		return "", fmt.Errorf("outbox: dead letter %s: %w", ref, err)
	}
	o.enqueueOp(wop{kind: opDone, n: n, done: doneRec{Created: r.Created, State: stateDead, Err: d.Err}, dead: raw})
	if err := o.Flush(ctx); err != nil {
		return "", err
	}
	o.log.Info("dead letter re-sent", "ref", ref, "as", newRef, "skill", r.Skill, "team", r.Team, "channel", r.Channel)
	return newRef, nil
}
