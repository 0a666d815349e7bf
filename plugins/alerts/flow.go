package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// Timer name prefixes ("KIND:ALERTID").
const (
	tEscalate = "esc"
	tReminder = "rem"
	tSnooze   = "snz"
	tFlush    = "sf"
)

const (
	hourTTL     = time.Hour
	stormTTL    = 30 * time.Minute
	flushDelay  = 2 * time.Second
	windowTTL   = 2 * time.Minute
	maxAdopted  = 50
	stormLatest = "sl:"
	snoozeShort = time.Hour
	snoozeLong  = 4 * time.Hour
)

// intake applies one incoming alert: a new alert is posted (or gathered
// into a storm), a repeat updates the count, a resolve ends it.
func intake(hook string, in *incoming, e *skill.Event) error {
	now := e.Time()
	id := alertID(hook, in.Key)
	ch := cfg.channelFor(hook)
	cur, _, err := load(id)
	if err != nil {
		return err
	}
	storm := ""
	if (cur == nil || !cur.open()) && !in.Resolved {
		// A new alert: count it against the channel's minute.
		n, err := kvIncr(kRate+ch+":"+strconv.FormatInt(now.Unix()/60, 10), 1, windowTTL)
		if err != nil {
			return err
		}
		if n > int64(cfg.StormThreshold) {
			if storm, err = joinStorm(ch, now); err != nil {
				return err
			}
		}
	}
	var kind string
	a, err := update(id, func(cur *Alert) (*Alert, error) {
		switch {
		case cur == nil || !cur.open():
			if in.Resolved {
				kind = ""
				return nil, errNoChange
			}
			kind = "new"
			a := &Alert{ID: id, Hook: hook, Key: in.Key, Channel: ch, Creator: e.ID(), State: stFiring,
				Count: 1, First: ms(now), Last: ms(now), Storm: storm}
			a.fill(in)
			return a, nil
		case cur.Creator == e.ID():
			// This event created the alert and is running again after a
			// crash: finish what it started.
			kind = "rerun"
			return nil, errNoChange
		case in.Resolved:
			kind = "resolve"
			c := cur.clone()
			c.fill(in)
			c.State, c.EndedAt, c.StepDue = stResolved, ms(now), 0
			return c, nil
		default:
			kind = "repeat"
			c := cur.clone()
			c.fill(in)
			c.Count++
			c.Last = ms(now)
			return c, nil
		}
	})
	if err != nil {
		return err
	}
	switch kind {
	case "new":
		stat(now, "alerts")
		if a.Storm != "" {
			return stormMember(a, false)
		}
		return posted(a, now)
	case "rerun":
		if cur.Storm != "" {
			return nil
		}
		return posted(cur, now)
	case "repeat":
		if a.Storm != "" {
			return nil
		}
		return redraw(a)
	case "resolve":
		cancelTimers(a.ID)
		setOpen(a)
		if a.Storm != "" {
			return stormMember(a, true)
		}
		if err := redraw(a); err != nil {
			return err
		}
		return timeline(a, ":white_check_mark: resolved by "+a.Hook)
	}
	return nil
}

// fill copies what the source says into the alert. A resolve that
// carries no title keeps the old one.
func (a *Alert) fill(in *incoming) {
	if in.Title != "" {
		a.Title = in.Title
	}
	if in.Summary != "" || !in.Resolved {
		a.Summary = in.Summary
	}
	if in.Severity != "" {
		a.Severity = in.Severity
	}
	if len(in.Fields) > 0 {
		a.Fields = in.Fields
	}
	if len(in.Links) > 0 {
		a.Links = in.Links
	}
	if len(in.Items) > 0 || in.More > 0 {
		a.Items, a.More = in.Items, in.More
	}
}

// posted posts a new alert's message, stores its reference, and starts
// its escalation.
func posted(a *Alert, now time.Time) error {
	ts, err := skill.Post(skill.Message{Channel: a.Channel, Text: a.fallback(), Blocks: a.blocks(0, 0)})
	if err != nil {
		return fmt.Errorf("posting alert %s: %w", a.ID, err)
	}
	b, err := update(a.ID, func(cur *Alert) (*Alert, error) {
		if cur == nil || cur.Creator != a.Creator {
			return nil, errNoChange
		}
		c := cur.clone()
		c.TS = ts
		if c.State == stFiring && c.StepDue == 0 && c.Step == 0 && c.Escalations == 0 {
			plan(c, c.First)
		}
		return c, nil
	})
	if err != nil || b == nil {
		return err
	}
	setOpen(b)
	if err := skill.KVSet(kWindow+b.Channel+":"+strconv.FormatInt(now.Unix()/60, 10)+":"+b.ID, []byte{'1'}, windowTTL); err != nil {
		skill.Warn("alerts: window: " + err.Error())
	}
	if err := arm(b); err != nil {
		return err
	}
	if b.Count > 1 || b.State != stFiring {
		// Changed while the message was on its way: show the latest.
		return redraw(b)
	}
	return nil
}

// plan sets the next escalation step's due time, counting from base (ms).
// It returns false when the chain (and its repeats) is over.
func plan(a *Alert, base int64) bool {
	steps := cfg.Escalation
	if a.Step >= len(steps) {
		if a.Round >= cfg.Repeat {
			a.StepDue = 0
			return false
		}
		a.Round++
		a.Step = 0
	}
	a.StepDue = base + steps[a.Step].after.Milliseconds()
	return true
}

// arm sets the escalation timer for the alert's pending step.
func arm(a *Alert) error {
	if a.StepDue == 0 {
		return nil
	}
	payload := strconv.Itoa(a.Step) + "|" + strconv.FormatInt(a.StepDue, 10)
	if err := skill.TimerSetAt(tEscalate+":"+a.ID, []byte(payload), time.UnixMilli(a.StepDue)); err != nil {
		return fmt.Errorf("escalation timer for %s: %w", a.ID, err)
	}
	return nil
}

func cancel(name string) {
	if err := skill.TimerCancel(name); err != nil && !errors.Is(err, skill.ErrNotFound) {
		skill.Warn("alerts: cancel " + name + ": " + err.Error())
	}
}

func cancelTimers(id string) {
	cancel(tEscalate + ":" + id)
	cancel(tReminder + ":" + id)
	cancel(tSnooze + ":" + id)
}

// redraw updates the alert's message in place.
func redraw(a *Alert) error {
	if a.TS == "" {
		return nil
	}
	var members, resolved int64
	if a.IsStorm {
		members, resolved = counter(kMembers+a.ID), counter(kResolved+a.ID)
	}
	err := skill.Update(skill.Message{Channel: a.Channel, TS: a.TS, Text: a.fallback(), Blocks: a.blocks(members, resolved)})
	if err != nil {
		return fmt.Errorf("updating alert %s: %w", a.ID, err)
	}
	return nil
}

// timeline adds one line to the alert's thread.
func timeline(a *Alert, line string) error {
	if a.TS == "" {
		return nil
	}
	_, err := skill.Post(skill.Message{Channel: a.Channel, ThreadTS: a.TS, Text: line})
	if err != nil {
		return fmt.Errorf("timeline of %s: %w", a.ID, err)
	}
	return nil
}

func counter(key string) int64 {
	s, err := skill.KVGetString(key)
	if err != nil {
		return 0
	}
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// act handles a button.
func act(action, id, user string, now time.Time) error {
	if id == "" || user == "" {
		return nil
	}
	switch action {
	case actAck, actAckAll:
		return acknowledge(id, user, now, true)
	case actClose:
		return closeAlert(id, user, now)
	case actPass:
		return pass(id, user, now)
	case actSnooze1:
		return snooze(id, user, now, snoozeShort)
	case actSnooze4:
		return snooze(id, user, now, snoozeLong)
	}
	return nil
}

func acknowledge(id, user string, now time.Time, cascade bool) error {
	a, err := update(id, func(cur *Alert) (*Alert, error) {
		if cur == nil || !cur.open() || cur.State == stAcked {
			return nil, errNoChange
		}
		c := cur.clone()
		c.State, c.AckedBy, c.AckedAt, c.SnoozeUntil = stAcked, user, ms(now), 0
		if c.Owner == "" {
			c.Owner = user
		}
		return c, nil
	})
	if err != nil || a == nil {
		return err
	}
	// A step due at or before the click still runs (escalateTimer), so
	// its timer stays; one due later is cancelled.
	if a.StepDue > a.AckedAt {
		cancel(tEscalate + ":" + id)
	}
	cancel(tSnooze + ":" + id)
	if cfg.ackReminder > 0 {
		if err := skill.TimerSetAt(tReminder+":"+id, []byte(strconv.FormatInt(a.AckedAt, 10)), now.Add(cfg.ackReminder)); err != nil {
			return err
		}
	}
	stat(now, "acks")
	if err := skill.KVSet(kAckTime+day(now)+":"+id, []byte(strconv.FormatInt(a.AckedAt-a.First, 10)), statTTL); err != nil {
		skill.Warn("alerts: ack time: " + err.Error())
	}
	if err := redraw(a); err != nil {
		return err
	}
	line := ":eyes: acknowledged by <@" + user + ">"
	if a.IsStorm && cascade {
		n := 0
		for _, m := range a.Adopted {
			if err := acknowledge(m, user, now, false); err != nil {
				skill.Warn("alerts: acknowledging " + m + ": " + err.Error())
				continue
			}
			n++
		}
		line = fmt.Sprintf(":eyes: <@%s> acknowledged all %d alerts of this storm", user, counter(kMembers+a.ID)+int64(n))
	}
	return timeline(a, line)
}

func closeAlert(id, user string, now time.Time) error {
	a, err := update(id, func(cur *Alert) (*Alert, error) {
		if cur == nil || !cur.open() {
			return nil, errNoChange
		}
		c := cur.clone()
		c.State, c.EndedBy, c.EndedAt, c.StepDue = stClosed, user, ms(now), 0
		return c, nil
	})
	if err != nil || a == nil {
		return err
	}
	cancelTimers(id)
	setOpen(a)
	if err := redraw(a); err != nil {
		return err
	}
	return timeline(a, ":heavy_check_mark: closed by <@"+user+">")
}

func snooze(id, user string, now time.Time, d time.Duration) error {
	until := ms(now.Add(d))
	a, err := update(id, func(cur *Alert) (*Alert, error) {
		if cur == nil || !cur.open() {
			return nil, errNoChange
		}
		c := cur.clone()
		c.State, c.SnoozeUntil, c.StepDue = stSnoozed, until, 0
		return c, nil
	})
	if err != nil || a == nil {
		return err
	}
	cancel(tEscalate + ":" + id)
	cancel(tReminder + ":" + id)
	if err := skill.TimerSetAt(tSnooze+":"+id, []byte(strconv.FormatInt(until, 10)), time.UnixMilli(until)); err != nil {
		return err
	}
	if err := redraw(a); err != nil {
		return err
	}
	return timeline(a, ":zzz: snoozed by <@"+user+"> until "+clock(until))
}

func snoozeTimer(id, payload string, now time.Time) error {
	until, _ := strconv.ParseInt(payload, 10, 64)
	a, err := update(id, func(cur *Alert) (*Alert, error) {
		if cur == nil || cur.State != stSnoozed || cur.SnoozeUntil != until {
			return nil, errNoChange
		}
		c := cur.clone()
		c.State, c.SnoozeUntil = stFiring, 0
		plan(c, ms(now))
		return c, nil
	})
	if err != nil || a == nil {
		return err
	}
	if err := arm(a); err != nil {
		return err
	}
	if err := redraw(a); err != nil {
		return err
	}
	return timeline(a, ":alarm_clock: snooze over; escalation resumes")
}

func reminderTimer(id, payload string, now time.Time) error {
	at, _ := strconv.ParseInt(payload, 10, 64)
	a, _, err := load(id)
	if err != nil || a == nil || a.State != stAcked || a.AckedAt != at || cfg.ackReminder <= 0 {
		return err
	}
	if err := skill.TimerSetAt(tReminder+":"+id, []byte(payload), now.Add(cfg.ackReminder)); err != nil {
		return err
	}
	return timeline(a, fmt.Sprintf(":hourglass: <@%s> reminder: still open, acknowledged %s ago", a.AckedBy, ago(now.Sub(time.UnixMilli(at)))))
}

func pass(id, user string, now time.Time) error {
	a, _, err := load(id)
	if err != nil || a == nil || !a.open() {
		return err
	}
	after := a.Owner
	if after == "" {
		after = user
	}
	to := nextPerson(after, now, user)
	if to == "" {
		return timeline(a, "<@"+user+"> tried to pass this on, but nobody else on call is available")
	}
	b, err := update(id, func(cur *Alert) (*Alert, error) {
		if cur == nil || !cur.open() {
			return nil, errNoChange
		}
		c := cur.clone()
		c.State, c.AckedBy, c.AckedAt, c.SnoozeUntil = stFiring, "", 0, 0
		c.Owner = to
		c.Notified = append(c.Notified, to)
		plan(c, ms(now))
		return c, nil
	})
	if err != nil || b == nil {
		return err
	}
	cancel(tReminder + ":" + id)
	cancel(tSnooze + ":" + id)
	if err := arm(b); err != nil {
		return err
	}
	if err := dm(b, to, "<@"+user+"> passed you this alert"); err != nil {
		return err
	}
	if err := redraw(b); err != nil {
		return err
	}
	return timeline(b, ":arrow_right: <@"+user+"> passed it to <@"+to+">")
}

// escalateTimer runs one escalation step. payload is "STEP|DUE".
func escalateTimer(id, payload string, now time.Time) error {
	stepS, dueS, _ := strings.Cut(payload, "|")
	step, err1 := strconv.Atoi(stepS)
	due, err2 := strconv.ParseInt(dueS, 10, 64)
	if err1 != nil || err2 != nil || step < 0 || step >= len(cfg.Escalation) {
		skill.Warn("alerts: bad escalation timer payload " + payload)
		return nil
	}
	pending := func(a *Alert) bool {
		// The step is still the pending one, and either nobody took the
		// alert or they took it only at or after the step fell due (a
		// click and the timer at the same instant: both are recorded).
		return a != nil && a.Step == step && a.StepDue == due &&
			(a.State == stFiring || a.State == stAcked && a.AckedAt >= due)
	}
	a, _, err := load(id)
	if err != nil || !pending(a) {
		return err
	}
	notify := cfg.Escalation[step].Notify
	target := resolveTarget(a, notify, now)
	b, err := update(id, func(cur *Alert) (*Alert, error) {
		if !pending(cur) {
			return nil, errNoChange
		}
		c := cur.clone()
		c.Escalations++
		c.Step++
		if target.user != "" {
			c.Owner = target.user
			c.Notified = append(c.Notified, target.user)
		}
		if c.State == stFiring {
			plan(c, max(due, ms(now)-time.Second.Milliseconds()))
		} else {
			c.StepDue = 0
		}
		return c, nil
	})
	if err != nil || b == nil {
		return err
	}
	stat(now, "escalations")
	if err := arm(b); err != nil {
		return err
	}
	if err := target.send(b, now); err != nil {
		return err
	}
	return redraw(b)
}
