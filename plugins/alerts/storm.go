package main

import (
	"errors"
	"strconv"
	"strings"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// A storm: more than storm_threshold new alerts on a channel within a
// minute. The rest of them are gathered into one storm alert, posted
// once and refreshed at most every flushDelay while more arrive, and
// escalated like any alert; its "Acknowledge all" acknowledges every
// member (members carry no timers of their own) and the alerts of the
// same minute that were posted on their own.

// joinStorm returns the channel's current storm alert, creating it if
// there is none (one winner among concurrent instances, by CAS).
func joinStorm(ch string, now time.Time) (string, error) {
	key := kStorm + ch
	for i := 0; i < casAttempts; i++ {
		cur, err := skill.KVGet(key)
		if errors.Is(err, skill.ErrNotFound) {
			cur, err = nil, nil
		}
		if err != nil {
			return "", err
		}
		if cur != nil {
			if a, _, err := load(string(cur)); err != nil {
				return "", err
			} else if a != nil && a.open() {
				return a.ID, nil
			}
		}
		id := alertID("storm", ch+"\x00"+strconv.FormatInt(now.UnixNano(), 10))
		ok, err := kvCAS(key, cur, []byte(id), stormTTL)
		if err != nil {
			return "", err
		}
		if ok {
			return id, createStorm(id, ch, now)
		}
	}
	return "", errors.New("storm: could not settle the channel's storm")
}

func createStorm(id, ch string, now time.Time) error {
	minute := kWindow + ch + ":" + strconv.FormatInt(now.Unix()/60, 10) + ":"
	keys, err := skill.KVList(minute, maxAdopted)
	if err != nil {
		return err
	}
	s := &Alert{ID: id, Hook: "storm", Key: id, Channel: ch, IsStorm: true, State: stFiring, Count: 1,
		First: ms(now), Last: ms(now), Title: "alerts are arriving faster than " + strconv.Itoa(cfg.StormThreshold) + " a minute",
		Severity: "critical"}
	for _, k := range keys {
		s.Adopted = append(s.Adopted, strings.TrimPrefix(k, minute))
	}
	s, err = update(id, func(cur *Alert) (*Alert, error) {
		if cur != nil {
			return nil, errNoChange
		}
		return s, nil
	})
	if err != nil || s == nil {
		return err
	}
	ts, err := skill.Post(skill.Message{Channel: ch, Text: "Alert storm on this channel", Blocks: s.blocks(0, 0)})
	if err != nil {
		return err
	}
	s, err = update(id, func(cur *Alert) (*Alert, error) {
		if cur == nil {
			return nil, errNoChange
		}
		c := cur.clone()
		c.TS = ts
		if c.State == stFiring && c.StepDue == 0 && c.Escalations == 0 {
			plan(c, c.First)
		}
		return c, nil
	})
	if err != nil || s == nil {
		return err
	}
	setOpen(s)
	return arm(s)
}

// stormMember counts a member's arrival (or its resolve) and schedules a
// refresh of the summary.
func stormMember(a *Alert, resolved bool) error {
	key := kMembers + a.Storm
	if resolved {
		key = kResolved + a.Storm
	}
	if _, err := kvIncr(key, 1, 0); err != nil {
		return err
	}
	if !resolved {
		if err := skill.KVSet(stormLatest+a.Storm, []byte(a.Title), stormTTL); err != nil {
			skill.Warn("alerts: storm latest: " + err.Error())
		}
	}
	first, err := kvCAS(kFlush+a.Storm, nil, []byte{'1'}, time.Minute)
	if err != nil || !first {
		return err
	}
	return skill.TimerSet(tFlush+":"+a.Storm, nil, flushDelay)
}

// refreshStorm redraws the storm summary with the current counts.
func refreshStorm(id string) error {
	if err := skill.KVDelete(kFlush + id); err != nil && !errors.Is(err, skill.ErrNotFound) {
		return err
	}
	a, _, err := load(id)
	if err != nil || a == nil {
		return err
	}
	if t, err := skill.KVGetString(stormLatest + id); err == nil && t != "" {
		a.Title = t
	}
	return redraw(a)
}
