package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// Alert states.
const (
	stFiring   = "firing"
	stAcked    = "acked"
	stSnoozed  = "snoozed"
	stResolved = "resolved"
	stClosed   = "closed"
)

// Alert is one Slack alert, stored as JSON at "a:"+ID. Every change goes
// through update (a compare-and-swap loop), so a click and a timer that
// land at the same instant both apply, one after the other.
type Alert struct {
	ID      string `json:"id"`
	Hook    string `json:"hook"`
	Key     string `json:"key"`
	Channel string `json:"ch"`
	// TS is the message's reference (or ts); "" until it is posted.
	TS string `json:"ts,omitempty"`
	// Creator is the id of the event that created this incarnation, so a
	// re-run of that event (after a crash) posts the message again
	// (deduplicated by the host) instead of treating itself as a repeat.
	Creator string `json:"creator,omitempty"`

	Title    string  `json:"title"`
	Summary  string  `json:"summary,omitempty"`
	Severity string  `json:"sev,omitempty"`
	Fields   []field `json:"fields,omitempty"`
	Links    []link  `json:"links,omitempty"`
	Items    []item  `json:"items,omitempty"`
	More     int     `json:"more,omitempty"`

	State       string `json:"state"`
	Count       int    `json:"count"`
	First       int64  `json:"first"` // ms
	Last        int64  `json:"last"`  // ms
	AckedBy     string `json:"acked_by,omitempty"`
	AckedAt     int64  `json:"acked_at,omitempty"`
	EndedBy     string `json:"ended_by,omitempty"` // closed by
	EndedAt     int64  `json:"ended_at,omitempty"`
	SnoozeUntil int64  `json:"snooze_until,omitempty"`

	// Escalation: Step is the next step to run, due at StepDue (ms; 0: none
	// pending); Round counts repeats of the chain. A timer carries the step
	// and due time it was set for and is ignored if they no longer match.
	Step        int      `json:"step"`
	StepDue     int64    `json:"step_due,omitempty"`
	Round       int      `json:"round,omitempty"`
	Owner       string   `json:"owner,omitempty"` // last person notified or handed to
	Notified    []string `json:"notified,omitempty"`
	Escalations int      `json:"escalations,omitempty"`

	// Storm handling: a member is gathered into the storm alert Storm and
	// has no message of its own; a storm alert (IsStorm) stands for its
	// members, and acknowledging it acknowledges them all.
	Storm   string   `json:"storm,omitempty"`
	IsStorm bool     `json:"is_storm,omitempty"`
	Adopted []string `json:"adopted,omitempty"` // storm: alerts of the same minute posted on their own
}

// open reports whether the alert still needs someone.
func (a *Alert) open() bool {
	return a.State == stFiring || a.State == stAcked || a.State == stSnoozed
}

// KV key prefixes.
const (
	kAlert    = "a:"     // a:ID -> Alert JSON
	kOpen     = "o:"     // o:ID -> "" for open alerts with a message (the /alerts list)
	kRate     = "rate:"  // rate:CHANNEL:MINUTE -> new alerts that minute
	kWindow   = "win:"   // win:CHANNEL:MINUTE:ID -> alerts posted that minute (adopted by a storm)
	kStorm    = "storm:" // storm:CHANNEL -> current storm alert id
	kMembers  = "sm:"    // sm:STORM -> members gathered
	kResolved = "smr:"   // smr:STORM -> members resolved
	kFlush    = "sf:"    // sf:STORM -> a summary refresh is pending
	kNotice   = "notice:"
	kStat     = "st:"   // st:DAY:NAME -> counter
	kAckTime  = "ackt:" // ackt:DAY:ID -> ms to acknowledge
)

// Retention of what is no longer open.
const (
	endedTTL = 7 * 24 * time.Hour
	statTTL  = 8 * 24 * time.Hour
)

// alertID names the alert of key from hook: stable across restarts and
// repeats, short enough for timer names and button values.
func alertID(hook, key string) string {
	sum := sha256.Sum256([]byte(hook + "\x00" + key))
	return hex.EncodeToString(sum[:10])
}

// load reads an alert; (nil, nil, nil) if there is none.
func load(id string) (*Alert, []byte, error) {
	raw, err := skill.KVGet(kAlert + id)
	if errors.Is(err, skill.ErrNotFound) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading alert %s: %w", id, err)
	}
	a := &Alert{}
	if err := json.Unmarshal(raw, a); err != nil {
		return nil, nil, fmt.Errorf("alert %s is corrupt: %w", id, err)
	}
	return a, raw, nil
}

// errNoChange tells update that f decided nothing changes.
var errNoChange = errors.New("no change")

// casAttempts bounds the compare-and-swap loop: each failure means
// another event changed the alert meanwhile, which is rare.
const casAttempts = 16

// update applies f to the current alert (nil if absent) and stores the
// result with a compare-and-swap, retrying from a fresh read when another
// event changed it meanwhile. f must not have side effects (it may run
// more than once); side effects go after update returns. f returns the
// alert to store, or errNoChange. update returns the stored alert, or
// (nil, nil) if f made no change.
func update(id string, f func(a *Alert) (*Alert, error)) (*Alert, error) {
	for i := 0; i < casAttempts; i++ {
		cur, raw, err := load(id)
		if err != nil {
			return nil, err
		}
		next, err := f(cur)
		if errors.Is(err, errNoChange) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		b, err := json.Marshal(next)
		if err != nil {
			return nil, fmt.Errorf("encoding alert %s: %w", id, err)
		}
		var ttl time.Duration
		if !next.open() {
			ttl = endedTTL
		}
		ok, err := kvCAS(kAlert+id, raw, b, ttl)
		if err != nil {
			return nil, fmt.Errorf("storing alert %s: %w", id, err)
		}
		if ok {
			return next, nil
		}
	}
	return nil, fmt.Errorf("alert %s: still changing after %d attempts", id, casAttempts)
}

// clone copies a so that f can modify its copy freely.
func (a *Alert) clone() *Alert {
	c := *a
	c.Fields = append([]field(nil), a.Fields...)
	c.Links = append([]link(nil), a.Links...)
	c.Items = append([]item(nil), a.Items...)
	c.Notified = append([]string(nil), a.Notified...)
	c.Adopted = append([]string(nil), a.Adopted...)
	return &c
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

// stat adds one to today's counter name (alerts, escalations, acks).
func stat(now time.Time, name string) {
	if _, err := kvIncr(kStat+day(now)+":"+name, 1, statTTL); err != nil {
		skill.Warn("alerts: counting " + name + ": " + err.Error())
	}
}

// setOpen keeps the /alerts index in step with the alert's state.
func setOpen(a *Alert) {
	var err error
	if a.open() && a.Storm == "" {
		err = skill.KVSet(kOpen+a.ID, []byte{'1'}, 0)
	} else {
		err = skill.KVDelete(kOpen + a.ID)
		if errors.Is(err, skill.ErrNotFound) {
			err = nil
		}
	}
	if err != nil {
		skill.Warn("alerts: open index for " + a.ID + ": " + err.Error())
	}
}
