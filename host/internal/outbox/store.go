package outbox

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// On-disk layout (one bbolt file, keys are 8-byte big-endian sequence
// numbers so every bucket iterates in send order):
//
//	meta  "version" -> uint64, "next" -> uint64 (next sequence number),
//	      "instance" -> random id of this file (tags every post)
//	msg   n -> record (JSON): accepted, not yet delivered or dead
//	try   n -> uint64 unix ns: the message is "in doubt": a chat.postMessage
//	           for it may have been made (the mark is committed before the
//	           first call); removed with the msg entry
//	done  n -> doneRec (JSON): outcome (ts, or dead/response_url/...) and
//	           the dedup key; the ref -> ts map, pruned after RefRetention
//	dead  n -> deadRec (JSON): the dead-lettered message and its last error
//
// The try bucket and the instance key were added without a version bump:
// an older file gets them on its first open, and messages it posted
// before carried no metadata and no mark, so there is nothing to
// reconcile for them.
//
// Why bbolt and our own committer rather than db.Batch: Send must not
// wait, so it cannot sit in db.Batch; a single committer goroutine writes
// whatever accumulated while the previous commit was syncing, in one
// transaction (one commit = one fsync pair), which is group commit with no
// added delay. Only after a transaction committed are its messages handed
// to delivery.
const (
	schemaVersion = 1
)

var (
	bucketMeta = []byte("meta")
	bucketMsg  = []byte("msg")
	bucketDone = []byte("done")
	bucketDead = []byte("dead")
	bucketTry  = []byte("try")
	keyVersion = []byte("version")
	keyNext    = []byte("next")
	keyInst    = []byte("instance")
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

func (r *record) dedupKey() string {
	if r.EventID == "" {
		return ""
	}
	return dedupKey(r.Skill, r.EventID, r.Seq)
}

func (r *record) message() abi.Message {
	return abi.Message{Text: r.Text, Blocks: r.Blocks, Channel: r.Channel, ThreadTS: r.ThreadTS,
		TS: r.TS, EphemeralUser: r.EphemeralUser}
}

// Outcome states of a doneRec.
const (
	stateSent        = "sent"         // chat.postMessage / chat.update: TS is Slack's
	stateEphemeral   = "ephemeral"    // chat.postEphemeral: no ts a skill can use
	stateResponseURL = "response_url" // answered through response_url: no ts
	stateDead        = "dead"
)

// doneRec is the outcome of a message.
type doneRec struct {
	Key     string `json:"k,omitempty"` // dedup key
	Created int64  `json:"c"`
	At      int64  `json:"at"`
	State   string `json:"s"`
	TS      string `json:"ts,omitempty"`
	Err     string `json:"err,omitempty"`
}

// deadRec is a dead letter.
type deadRec struct {
	Rec   record `json:"rec"`
	Err   string `json:"err"`
	At    int64  `json:"at"`
	Tries int    `json:"tries"`
}

// item is a message in memory on its way to Slack.
type item struct {
	n   uint64
	rec record

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
	opPrune
	opMark
)

// wop is one write for the committer.
type wop struct {
	kind opKind
	n    uint64
	val  []byte // opSend: encoded record; opDone: encoded doneRec
	dead []byte // opDone of a dead letter: encoded deadRec
	item *item  // opSend: handed to delivery once durable
	// opPrune: entries created before cutoff go.
	cutoff int64
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

func key(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return b[:]
}

func openDB(path string) (*bolt.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("outbox: open %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout: 2 * time.Second,
		// The freelist is rebuilt on open instead of being written on
		// every commit: fewer pages per commit on the hot path.
		NoFreelistSync: true,
		FreelistType:   bolt.FreelistMapType,
	})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("outbox: open %s: locked by another process", path)
	}
	if err != nil {
		return nil, fmt.Errorf("outbox: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketMsg, bucketDone, bucketDead, bucketTry} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if meta.Get(keyInst) == nil {
			var id [8]byte
			if _, err := rand.Read(id[:]); err != nil {
				return err
			}
			if err := meta.Put(keyInst, []byte(hex.EncodeToString(id[:]))); err != nil {
				return err
			}
		}
		if v := meta.Get(keyVersion); v != nil {
			if len(v) != 8 || binary.BigEndian.Uint64(v) != schemaVersion {
				return fmt.Errorf("unsupported schema version %x", v)
			}
			return nil
		}
		return meta.Put(keyVersion, key(schemaVersion))
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("outbox: open %s: %w", path, err)
	}
	return db, nil
}

// load reads the undelivered messages (in order), rebuilds the dedup
// index and finds the next sequence number.
func (o *Outbox) load() ([]*item, error) {
	var items []*item
	next := uint64(1)
	bump := func(k []byte) {
		if k != nil {
			if n := binary.BigEndian.Uint64(k) + 1; n > next {
				next = n
			}
		}
	}
	now := o.clk.Now()
	cutoff := now.Add(-o.opt.DedupRetention).UnixNano()
	err := o.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keyNext); len(v) == 8 {
			next = max(next, binary.BigEndian.Uint64(v))
		}
		o.instance = string(meta.Get(keyInst))
		tries := tx.Bucket(bucketTry)
		c := tx.Bucket(bucketMsg).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			it := &item{n: binary.BigEndian.Uint64(k)}
			if err := json.Unmarshal(v, &it.rec); err != nil {
				return fmt.Errorf("message %s: %w", Ref(it.n), err)
			}
			if t := tries.Get(k); len(t) == 8 {
				// The previous run may have posted it (and died before
				// recording that): reconcile before posting again.
				it.marked, it.doubt = true, true
				it.markedAt = int64(binary.BigEndian.Uint64(t))
				it.doubtUntil = now.UnixNano()
			}
			if dk := it.rec.dedupKey(); dk != "" {
				o.dedup[dk] = dedupE{n: it.n, created: it.rec.Created}
			}
			items = append(items, it)
			bump(k)
		}
		// Outcomes are in send order, and so in creation order: walk back
		// from the newest until the dedup window is left.
		c = tx.Bucket(bucketDone).Cursor()
		k, v := c.Last()
		bump(k)
		for ; k != nil; k, v = c.Prev() {
			var d doneRec
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("outcome of %s: %w", Ref(binary.BigEndian.Uint64(k)), err)
			}
			if d.Created < cutoff {
				break
			}
			if d.Key != "" {
				if _, ok := o.dedup[d.Key]; !ok {
					o.dedup[d.Key] = dedupE{n: binary.BigEndian.Uint64(k), created: d.Created}
				}
			}
		}
		k, _ = tx.Bucket(bucketDead).Cursor().Last()
		bump(k)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: load %s: %w", o.path, err)
	}
	o.next = next
	o.durableNext = next
	return items, nil
}

func (o *Outbox) wake() {
	select {
	case o.kick <- struct{}{}:
	default:
	}
}

// enqueueOp queues a write that no caller waits for (outcomes, pruning).
func (o *Outbox) enqueueOp(op wop) {
	o.mu.Lock()
	o.wq = append(o.wq, op)
	o.wseq++
	o.mu.Unlock()
	o.wake()
}

// committer writes queued ops in batches until stopped; on stop it commits
// what is left (unless the test hook simulates a crash).
func (o *Outbox) committer() {
	defer close(o.cdone)
	for {
		o.mu.Lock()
		batch, upto := o.wq, o.wseq
		o.wq = nil
		drop := o.dropOnStop
		o.mu.Unlock()
		if len(batch) == 0 {
			select {
			case <-o.kick:
				continue
			case <-o.cstop:
				// Close may have raced with a last enqueue: look again.
				o.mu.Lock()
				empty := len(o.wq) == 0
				o.mu.Unlock()
				if empty {
					return
				}
				continue
			}
		}
		if drop {
			select {
			case <-o.cstop:
				return
			default:
			}
		}
		err := o.db.Update(func(tx *bolt.Tx) error { return o.apply(tx, batch) })
		o.mu.Lock()
		if err != nil {
			o.wq = append(batch, o.wq...)
			o.commitErr = err
		} else {
			o.committed = upto
			o.commitErr = nil
			o.commits.Add(1)
			for i := range batch {
				if batch[i].kind == opSend && batch[i].n >= o.durableNext {
					o.durableNext = batch[i].n + 1
				}
			}
		}
		close(o.commitCh)
		o.commitCh = make(chan struct{})
		o.mu.Unlock()
		if err != nil {
			o.log.Error("outbox commit failed; retrying", "ops", len(batch), "err", err)
			select {
			case <-o.cstop:
				return
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
		o.afterCommit(batch)
	}
}

// apply writes one batch. The next sequence number is stored so that
// numbers are never reused, even when every entry has been pruned.
func (o *Outbox) apply(tx *bolt.Tx, batch []wop) error {
	msg, done, dead, tries := tx.Bucket(bucketMsg), tx.Bucket(bucketDone), tx.Bucket(bucketDead), tx.Bucket(bucketTry)
	var maxN uint64
	for i := range batch {
		op := &batch[i]
		switch op.kind {
		case opSend:
			if err := msg.Put(key(op.n), op.val); err != nil {
				return err
			}
			maxN = max(maxN, op.n)
		case opDone:
			k := key(op.n)
			if err := msg.Delete(k); err != nil {
				return err
			}
			if err := tries.Delete(k); err != nil {
				return err
			}
			if err := done.Put(k, op.val); err != nil {
				return err
			}
			if op.dead != nil {
				if err := dead.Put(k, op.dead); err != nil {
					return err
				}
			}
		case opMark:
			for _, m := range op.marks {
				if err := tries.Put(key(m.n), key(uint64(m.at))); err != nil {
					return err
				}
			}
		case opPrune:
			if err := pruneBucket(done, op.cutoff, func(v []byte) (int64, error) {
				var d doneRec
				err := json.Unmarshal(v, &d)
				return d.Created, err
			}); err != nil {
				return err
			}
			if err := pruneBucket(dead, op.cutoff, func(v []byte) (int64, error) {
				var d deadRec
				err := json.Unmarshal(v, &d)
				return d.Rec.Created, err
			}); err != nil {
				return err
			}
		}
	}
	if maxN > 0 {
		return tx.Bucket(bucketMeta).Put(keyNext, key(maxN+1))
	}
	return nil
}

// pruneBucket deletes entries created before cutoff, oldest first, and
// stops at the first younger one (entries are in creation order).
func pruneBucket(b *bolt.Bucket, cutoff int64, created func([]byte) (int64, error)) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.First() {
		t, err := created(v)
		if err == nil && t >= cutoff {
			return nil
		}
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// afterCommit hands the now durable messages to delivery and forgets
// outcomes that can now be read from the file.
func (o *Outbox) afterCommit(batch []wop) {
	var items []*item
	var doneNs []uint64
	marks := 0
	for i := range batch {
		switch batch[i].kind {
		case opSend:
			items = append(items, batch[i].item)
		case opDone:
			doneNs = append(doneNs, batch[i].n)
		case opMark:
			marks += len(batch[i].marks)
			o.sched.marksDurable(batch[i].q, batch[i].items)
		}
	}
	if marks > 0 {
		o.metrics.marked.Add(float64(marks))
		o.markCommits.Add(1)
	}
	if len(doneNs) > 0 {
		o.rmu.Lock()
		for _, n := range doneNs {
			delete(o.results, n)
		}
		o.rmu.Unlock()
	}
	if len(items) > 0 {
		o.sched.enqueue(items)
	}
}

// prune drops dedup keys older than DedupRetention from memory and queues
// the removal of outcomes and dead letters older than RefRetention.
func (o *Outbox) prune(now time.Time) {
	dcut := now.Add(-o.opt.DedupRetention).UnixNano()
	o.mu.Lock()
	for k, d := range o.dedup {
		if d.created < dcut {
			delete(o.dedup, k)
		}
	}
	o.mu.Unlock()
	o.enqueueOp(wop{kind: opPrune, cutoff: now.Add(-o.opt.RefRetention).UnixNano()})
}

// outcome returns what became of message n: from memory if its outcome is
// not committed yet, else from the file. pending is true while it waits
// for delivery; ok is false if n is unknown.
func (o *Outbox) outcome(n uint64) (d doneRec, pending, ok bool, err error) {
	o.rmu.Lock()
	d, ok = o.results[n]
	o.rmu.Unlock()
	if ok {
		return d, false, true, nil
	}
	err = o.db.View(func(tx *bolt.Tx) error {
		k := key(n)
		if v := tx.Bucket(bucketDone).Get(k); v != nil {
			ok = true
			return json.Unmarshal(v, &d)
		}
		if tx.Bucket(bucketMsg).Get(k) != nil {
			pending, ok = true, true
		}
		return nil
	})
	if err != nil {
		return doneRec{}, false, false, fmt.Errorf("outbox: read outcome of %s: %w", Ref(n), err)
	}
	if !ok {
		// Accepted but not yet committed counts as pending too.
		o.mu.Lock()
		pending = n >= o.durableNext && n < o.next
		o.mu.Unlock()
		ok = pending
	}
	return d, pending, ok, nil
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
	d, pending, ok, err := o.outcome(n)
	switch {
	case err != nil:
		return "", err
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
}

// DeadLetters lists the dead letters kept (see RefRetention), oldest
// first.
func (o *Outbox) DeadLetters(ctx context.Context) ([]DeadLetter, error) {
	var out []DeadLetter
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDead).ForEach(func(k, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			var d deadRec
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			out = append(out, DeadLetter{
				Ref: Ref(binary.BigEndian.Uint64(k)), Skill: d.Rec.Skill, Team: d.Rec.Team,
				Channel: d.Rec.Channel, Op: d.Rec.Op.String(), EventID: d.Rec.EventID, Err: d.Err,
				Tries: d.Tries, Created: time.Unix(0, d.Rec.Created), At: time.Unix(0, d.At),
			})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: list dead letters: %w", err)
	}
	return out, nil
}
