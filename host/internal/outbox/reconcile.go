package outbox

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Exactly-once delivery of posts: marks, metadata and reconciliation (see
// the package doc, "Exactly-once posts across crashes").

const (
	// MetadataEventType is the event_type of the metadata on every post.
	MetadataEventType = "bothost_message"

	// markAhead bounds how many messages of one channel are marked in doubt
	// at once. Marking a message that is not posted yet is safe (a crash
	// then costs a history look-up that finds nothing), so marking a run of
	// them saves a commit wait per message on a busy channel.
	markAhead = 32

	// reconcilePage is the limit asked per history page. Slack may answer
	// fewer (some apps are capped at 15); paging follows the cursor.
	reconcilePage = 100
)

// metadata is the message metadata that identifies message n of this
// outbox file in the conversation history.
func (o *Outbox) metadata(n uint64) slack.SlackMetadata {
	return slack.SlackMetadata{EventType: MetadataEventType, EventPayload: map[string]any{"ref": Ref(n), "outbox": o.instance}}
}

// needsMark reports whether it is about to get its first chat.postMessage
// without a durable in-doubt mark. Ephemeral posts, updates and
// response_url answers are never looked up, so they need none.
// scheduler.mu held.
func (o *Outbox) needsMark(it *item) bool {
	r := &it.rec
	if it.marked || it.marking || r.Op != wasmrt.OpPost || r.EphemeralUser != "" {
		return false
	}
	viaURL := r.Reply && r.ResponseURL != ""
	return !(viaURL && (o.opt.ResponseURLFirst || it.viaResponseURL))
}

// markAhead queues the in-doubt marks of q's first messages for the next
// commit and sets q aside until that commit is done (marksDurable). The
// worker does not wait: it goes on with other channels, whose marks join
// the same commit. s.mu held.
func (s *scheduler) markAhead(q *chanQ) {
	now := s.o.clk.Now().UnixNano()
	var marks []markE
	var items []*item
	for _, it := range q.items[:min(len(q.items), markAhead)] {
		if s.o.needsMark(it) {
			it.marking, it.markedAt = true, now
			marks = append(marks, markE{n: it.n, at: now})
			items = append(items, it)
		}
	}
	q.state = qMarking
	s.o.enqueueOp(wop{kind: opMark, marks: marks, q: q, items: items})
}

// marksDurable is called by the committer once marks are committed: the
// messages may now be posted.
func (s *scheduler) marksDurable(q *chanQ, items []*item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range items {
		it.marking, it.marked = false, true
	}
	if q.state == qMarking {
		s.schedule(q)
	}
}

// doubtGroup is it and the other messages in doubt of q that one look-up
// answers too: same thread (or none). s.mu held.
func (s *scheduler) doubtGroup(q *chanQ, it *item) []*item {
	g := []*item{it}
	for _, x := range q.items[1:] {
		if x.doubt && x.rec.ThreadTS == it.rec.ThreadTS {
			g = append(g, x)
		}
	}
	return g
}

// reconRes is the outcome of a look-up.
type reconRes struct {
	found map[uint64]string // message -> ts it was found posted with
	// kind is resOK: looked; resRateLimited: look again after retryAfter;
	// resRetry: failed transiently, look again after a backoff;
	// resAborted: stopping; resPermanent: cannot look (blind says why).
	kind       resultKind
	retryAfter time.Duration
	err        error
	blind      string // resPermanent: reason label of reconcileBlind
}

// lookup is what a look-up for a group needs: the messages' refs (ref ->
// n) and the time window in which any of them can have been posted.
type lookup struct {
	head     record
	refs     map[string]uint64
	from, to time.Time
}

// lookupOf copies what reconcile needs out of g. s.mu held.
func (s *scheduler) lookupOf(g []*item) lookup {
	l := lookup{head: g[0].rec, refs: make(map[string]uint64, len(g))}
	var from, to int64
	for i, x := range g {
		l.refs[Ref(x.n)] = x.n
		if i == 0 || x.markedAt < from {
			from = x.markedAt
		}
		to = max(to, x.doubtUntil)
	}
	m := s.o.opt.ReconcileMargin
	l.from, l.to = time.Unix(0, from).Add(-m), time.Unix(0, to).Add(m)
	return l
}

// reconcile looks for the messages of l in their conversation's history
// (their thread's replies for a thread reply) and reports those found.
// It runs on a worker without locks held.
func (o *Outbox) reconcile(ctx context.Context, l lookup) reconRes {
	r := &l.head
	res := reconRes{found: map[uint64]string{}, kind: resPermanent}
	if ctx.Err() != nil {
		res.kind = resAborted
		return res
	}
	tok, err := o.token(ctx, r.Team)
	var perm *permanentError
	switch {
	case errors.As(err, &perm):
		// Not installed: the post will be dead-lettered, never made.
		res.kind = resOK
		return res
	case err != nil:
		// The token source failed: try again later rather than post
		// without looking.
		res.kind, res.err = resRetry, err
		return res
	}
	thread := ""
	if r.ThreadTS != "" {
		t, tres, ok := o.resolveField(r.ThreadTS, "thread_ts")
		if !ok {
			// The parent has no ts (dead-lettered, ...): the reply cannot
			// have been posted; the attempt reports why.
			res.kind = resOK
			var wait *refWaitError
			if errors.As(tres.err, &wait) {
				res.kind, res.retryAfter = resRateLimited, time.Second
			}
			return res
		}
		thread = t
	}
	api := o.client(tok)
	method := "conversations.history"
	if thread != "" {
		method = "conversations.replies"
	}
	oldest, latest := slackTS(l.from), slackTS(l.to)
	cursor := ""
	for page := 0; ; page++ {
		if page == o.opt.ReconcilePages {
			res.err, res.blind = fmt.Errorf("not all found within %d pages", page), "pages"
			return res
		}
		var (
			msgs []slack.Message
			next string
		)
		cctx, cancel := context.WithTimeout(ctx, o.opt.CallTimeout)
		if thread == "" {
			var h *slack.GetConversationHistoryResponse
			h, err = api.GetConversationHistoryContext(cctx, &slack.GetConversationHistoryParameters{
				ChannelID: r.Channel, Oldest: oldest, Latest: latest, Inclusive: true,
				Limit: reconcilePage, Cursor: cursor, IncludeAllMetadata: true,
			})
			if err == nil {
				msgs = h.Messages
				if h.HasMore {
					next = h.ResponseMetaData.NextCursor
				}
			}
		} else {
			var more bool
			msgs, more, next, err = api.GetConversationRepliesContext(cctx, &slack.GetConversationRepliesParameters{
				ChannelID: r.Channel, Timestamp: thread, Oldest: oldest, Latest: latest, Inclusive: true,
				Limit: reconcilePage, Cursor: cursor, IncludeAllMetadata: true,
			})
			if !more {
				next = ""
			}
		}
		cancel()
		if err != nil {
			fr := o.finish(ctx, method, err)
			res.err = fr.err
			switch fr.kind {
			case resAborted:
				res.kind = resAborted
			case resRateLimited:
				res.kind, res.retryAfter = resRateLimited, fr.retryAfter
			case resRetry:
				// A hang, a 5xx, internal_error: the history is readable,
				// just not now. Posting blind here is what duplicates.
				res.kind = resRetry
			default:
				res.blind = blindReason(fr.err)
			}
			return res
		}
		for i := range msgs {
			m := &msgs[i].Msg
			if m.Metadata.EventType != MetadataEventType || m.Metadata.EventPayload["outbox"] != o.instance {
				continue
			}
			ref, _ := m.Metadata.EventPayload["ref"].(string)
			if n, ok := l.refs[ref]; ok && m.Timestamp != "" {
				res.found[n] = m.Timestamp
				delete(l.refs, ref)
			}
		}
		if len(l.refs) == 0 || next == "" {
			res.kind = resOK
			return res
		}
		cursor = next
	}
}

// settleReconcile applies a look-up to q. s.mu held.
func (s *scheduler) settleReconcile(q *chanQ, it *item, g []*item, rr reconRes) {
	o := s.o
	now := o.clk.Now()
	for _, x := range g {
		if ts, ok := rr.found[x.n]; ok {
			x.foundTS, x.doubt = ts, false
			o.metrics.reconciled.WithLabelValues("found").Inc()
			o.log.Info("message in doubt was already posted; not posting it again",
				"ref", Ref(x.n), "team", x.rec.Team, "channel", x.rec.Channel, "ts", ts)
		}
	}
	switch rr.kind {
	case resAborted:
		s.schedule(q) // parks it: stopping
		return
	case resRateLimited, resRetry:
		it.reconWaits++
		if !o.expired(it, now) {
			wait := rr.retryAfter
			if rr.kind == resRetry {
				wait = o.backoff(it.reconWaits)
			}
			q.notBefore = now.Add(wait)
			s.schedule(q)
			return
		}
		rr.blind = "window"
		rr.err = fmt.Errorf("gave up after %d look-ups within the retry window of %s: %w", it.reconWaits, o.opt.RetryWindow, rr.err)
		fallthrough
	default:
		outcome := "not_found"
		if rr.kind != resOK {
			outcome = "failed"
			o.warnReconcile(&it.rec, lookupMethod(&it.rec), rr.err)
		}
		for _, x := range g {
			if x.doubt {
				x.doubt = false
				o.metrics.reconciled.WithLabelValues(outcome).Inc()
				if outcome == "failed" {
					o.metrics.reconcileBlind.WithLabelValues(rr.blind).Inc()
				}
			}
		}
	}
	if it.foundTS != "" {
		s.settle(q, it, result{kind: resOK, state: stateSent, ts: it.foundTS})
		return
	}
	s.schedule(q)
}

// lookupMethod is the method that looks r up.
func lookupMethod(r *record) string {
	if r.ThreadTS != "" {
		return "conversations.replies"
	}
	return "conversations.history"
}

// blindReason labels why a history cannot be read: the scope is missing,
// the bot cannot see the channel (gone, archived, not a member), or
// another permanent error.
func blindReason(err error) string {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "missing_scope", "no_permission", "not_allowed_token_type":
			return "missing_scope"
		case "channel_not_found", "not_in_channel", "is_archived":
			return "channel_gone"
		}
	}
	return "permanent"
}

// warnReconcile logs, once per channel (once per team for a missing
// scope), that messages in doubt are posted again without looking.
func (o *Outbox) warnReconcile(r *record, method string, err error) {
	key := r.Team + "\x00" + r.Channel
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && se.Err == "missing_scope" {
		key = r.Team + "\x00"
	}
	o.warnMu.Lock()
	seen := o.warned[key]
	if !seen {
		if len(o.warned) >= maxClients {
			clear(o.warned)
		}
		o.warned[key] = true
	}
	o.warnMu.Unlock()
	if seen {
		return
	}
	reason := "unknown error"
	if err != nil {
		reason = err.Error()
	}
	o.log.Warn("cannot check whether messages in doubt were already posted; posting them again (at-least-once)",
		"team", r.Team, "channel", r.Channel, "method", method, "reason", reason)
}

// slackTS formats t as a Slack timestamp ("1700000000.000123").
func slackTS(t time.Time) string {
	us := t.UnixMicro()
	if us >= 0 {
		return unpackTS(uint64(us))
	}
	// Before 1970: the seconds are floored so the fraction stays positive
	// ("-1.999999" is a microsecond before the epoch).
	sec, frac := us/1e6, us%1e6
	if frac < 0 {
		sec, frac = sec-1, frac+1e6
	}
	return strconv.FormatInt(sec, 10) + unpackTS(uint64(frac))[1:] // "0.xxxxxx" without the 0
}
