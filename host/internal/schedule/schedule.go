// Package schedule turns the `schedules` entries of bot.toml into
// `schedule` events: one per cron slot, delivered to the owning skill
// through the host's durable inbox.
//
// # Once per slot
//
// For each (skill, schedule name) the service keeps a watermark in bbolt:
// the last slot it delivered (or, for a schedule never fired yet, when it
// was first seen). A slot fires only if it lies after the watermark, and
// the watermark moves to the slot once the inbox has the event. The event
// id is "schedule:<skill>:<name>:<slot unix seconds>", so a crash between
// the inbox accepting the event and the watermark reaching disk re-fires
// the same id at start-up, which the inbox drops (within its dedup
// window, default one hour). A slot therefore fires once across restarts
// and reloads.
//
// # Missed slots
//
// Slots that fell while the host was down are found at start-up from the
// watermark. catch_up = "once" fires only the most recent of them, once,
// marked Late; "skip" drops them all and waits for the next slot. The
// same collapsing applies while running: a runner that falls behind (an
// inbox refusing events for minutes) delivers the most recent slot, not a
// burst of old ones.
//
// # Changing a schedule
//
// Apply takes the whole configuration and adds, changes and removes
// schedules live. A schedule whose cron and zone are unchanged keeps its
// state untouched, even mid-delivery, so re-applying an unchanged file at
// a slot never fires it twice. Changing the cron or zone of a name keeps
// its watermark, so no slot at or before the last delivered one fires
// again, and starts the new timing from now: slots of the new timing that
// lie in the past are not "missed" and are not caught up. The same holds
// if the cron or zone changed while the host was down. Removing a
// schedule forgets its watermark; adding it back later starts afresh,
// from the moment it is added.
//
// # Daylight saving time
//
// Slots are computed by robfig/cron's Schedule.Next in the schedule's
// zone. On the spring-forward day a wall-clock time that does not exist
// (03:30 in Europe/Helsinki on the last Sunday of March, when clocks go
// from 03:00 to 04:00) has no slot: robfig skips it, and "30 3 * * *"
// fires next the following day. On the fall-back day a wall-clock time
// that happens twice (03:30 in Helsinki on the last Sunday of October)
// fires once, at its first occurrence: robfig would return both, and this
// package drops any slot whose local wall-clock time is not after the
// last delivered one. The rule is "once per calendar slot", for every
// schedule in a zone with DST: "*/15 * * * *" in Europe/Helsinki fires at
// 03:00, 03:15, 03:30 and 03:45 summer time and is then silent until
// 04:00 winter time. Interval-style schedules that must keep their pace
// through the repeated hour should use UTC (the default) or "@every".
package schedule

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/runner"
	"github.com/bothost/bothost/host/internal/store"
)

// bucketName holds one record per configured schedule: key skill "\x00"
// name, value watermark (unix ns, i64be) | spec (cron "\x00" zone), the
// spec telling a restart whether the timing changed while it was down.
const bucketName = "schedules"

// DefaultRetry is how long a slot whose Put failed waits before the next
// attempt.
const DefaultRetry = time.Second

// Options configure a Service. Zero values mean the defaults.
type Options struct {
	Clock  clock.TimerClock // default clock.System{}
	Logger *slog.Logger     // default: discard
	Retry  time.Duration    // default DefaultRetry
	// LockTimeout is how long Open waits for another process holding the
	// file before failing with store.ErrLocked (default
	// store.DefaultLockTimeout).
	LockTimeout time.Duration
}

// Service fires the configured schedules into a Sink. Apply is safe to
// call at any time, concurrently with firing.
type Service struct {
	db     *bolt.DB
	ownDB  bool
	clock  clock.TimerClock
	log    *slog.Logger
	retry  time.Duration
	opened time.Time // slots before this fell while the host was down

	// bg runs the runner (Start, Close) and is signalled when the next
	// slot may have changed.
	bg *runner.Loop

	// mu guards the fields below, and is held across the small bbolt
	// writes of Apply and of watermarks, so memory and disk change in the
	// same order.
	mu      sync.Mutex
	entries map[skey]*entry
	// stored is what Open found on disk, waiting for the first Apply to
	// claim it (and catch up) or prune it; nil afterwards.
	stored map[skey]state
}

type skey struct{ skill, name string }

func (k skey) bytes() []byte { return []byte(k.skill + "\x00" + k.name) }

// state is a schedule's persisted record.
type state struct {
	wm   time.Time
	spec string
}

func encodeState(st state) []byte {
	b := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(st.spec)), uint64(st.wm.UnixNano()))
	return append(b, st.spec...)
}

// entry is one configured schedule in memory. Apply replaces an entry
// whose timing changed, so an entry being delivered is never re-timed
// under the runner's feet; "is it current" is entries[key] == entry.
type entry struct {
	key skey
	config.Timing
	wm       time.Time // last delivered slot, or when first seen
	next     time.Time // next slot to fire; zero: never
	retryAt  time.Time // after a failed Put, no attempt before this
	inflight bool
}

// wall is t's wall-clock reading in loc, as a comparable instant.
func wall(t time.Time, loc *time.Location) time.Time {
	l := t.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)
}

// nextAfter is the first slot after t whose wall-clock time is also after
// both t's and the watermark's: robfig's Next, minus the second
// occurrences of a wall-clock time repeated by a fall-back (see the
// package doc). Zero if there is none.
func (e *entry) nextAfter(t time.Time) time.Time {
	floor := wall(t, e.Loc)
	if w := wall(e.wm, e.Loc); w.After(floor) {
		floor = w
	}
	n := e.Cron.Next(t)
	// A fall-back repeats at most a few hours: bound the walk anyway.
	for i := 0; !n.IsZero() && !wall(n, e.Loc).After(floor); i++ {
		if i == 100000 {
			return time.Time{}
		}
		n = e.Cron.Next(n)
	}
	return n
}

// latest is the most recent slot at or before now, starting from e.next
// (which must be at or before now). After a long outage it looks back
// from now in growing windows instead of walking every missed slot of a
// frequent schedule.
func (e *entry) latest(now time.Time) time.Time {
	slot := e.next
	for _, back := range []time.Duration{time.Minute, time.Hour, 24 * time.Hour, 32 * 24 * time.Hour} {
		from := now.Add(-back)
		if !from.After(slot) {
			break
		}
		if n := e.nextAfter(from); !n.IsZero() && !n.After(now) {
			slot = n
			break
		}
	}
	for {
		n := e.nextAfter(slot)
		if n.IsZero() || n.After(now) {
			return slot
		}
		slot = n
	}
}

// Open opens (creating if needed, with its directory) a bbolt file of its
// own at path (store.OpenDB); Close closes it.
func Open(path string, o Options) (*Service, error) {
	db, err := store.OpenDB(path, store.WithLockTimeout(o.LockTimeout))
	if err != nil {
		return nil, fmt.Errorf("open schedules %s: %w", path, err)
	}
	s, err := New(db, o)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	s.ownDB = true
	return s, nil
}

// New keeps schedule state in a bucket of an already open bbolt database,
// which the caller closes after the Service. Nothing fires until Apply
// has given it the configuration and Start has given it a sink.
func New(db *bolt.DB, o Options) (*Service, error) {
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Retry <= 0 {
		o.Retry = DefaultRetry
	}
	s := &Service{
		db: db, clock: o.Clock, log: o.Logger, retry: o.Retry,
		opened:  o.Clock.Now(),
		bg:      runner.New(),
		entries: map[skey]*entry{},
		stored:  map[skey]state{},
	}
	err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(bucketName))
		if err != nil {
			return err
		}
		return b.ForEach(func(k, v []byte) error {
			skill, name, ok := strings.Cut(string(k), "\x00")
			if !ok || len(v) < 8 {
				return fmt.Errorf("corrupt schedule record %q", k)
			}
			s.stored[skey{skill, name}] = state{wm: time.Unix(0, int64(binary.BigEndian.Uint64(v))), spec: string(v[8:])}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("open schedules %s: %w", db.Path(), err)
	}
	return s, nil
}

// Apply makes cfg's schedules the running set: new ones start, changed
// ones re-time (see the package doc), removed ones stop and forget their
// state. The first Apply after Open also catches up slots missed while
// the host was down and prunes state of schedules no longer configured.
// A schedule that fails config.Schedule.Timing (which config.Parse has
// already run on a loaded file) rejects the whole call, changing nothing. A nil cfg removes every schedule.
func (s *Service) Apply(ctx context.Context, cfg *config.Config) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	type want struct {
		catchUp string
		config.Timing
	}
	wants := map[skey]want{}
	var errs []error
	if cfg != nil {
		for _, sk := range cfg.Skills {
			for _, sc := range sk.Schedules {
				k := skey{sk.Name, sc.Name}
				tm, err := sc.Timing()
				switch {
				case err != nil:
					errs = append(errs, fmt.Errorf("skill %s schedule %s: %w", sk.Name, sc.Name, err))
				case wants[k].Cron != nil:
					errs = append(errs, fmt.Errorf("skill %s: schedule %s defined twice", sk.Name, sc.Name))
				default:
					wants[k] = want{sc.CatchUp, tm}
				}
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("apply schedules: %w", errors.Join(errs...))
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	entries := make(map[skey]*entry, len(wants))
	puts := map[skey]state{}
	var dels []skey
	for k, w := range wants {
		if old := s.entries[k]; old != nil {
			if old.Spec == w.Spec {
				// Same timing: keep everything, mid-delivery included.
				entries[k] = old
				continue
			}
			e := &entry{key: k, Timing: w.Timing, wm: old.wm}
			e.next = e.nextAfter(later(old.wm, now))
			entries[k] = e
			puts[k] = state{e.wm, e.Spec}
			s.log.Info("schedule re-timed", "skill", k.skill, "schedule", k.name, "next", e.next)
			continue
		}
		st, known := s.stored[k]
		e := &entry{key: k, Timing: w.Timing, wm: st.wm}
		switch {
		case known && st.spec == w.Spec:
			// Back from a restart with the same timing: catch up.
			e.next = e.nextAfter(st.wm)
			if !e.next.IsZero() && !e.next.After(now) && w.catchUp == config.CatchUpSkip {
				s.log.Info("schedule: skipping slots missed while down", "skill", k.skill, "schedule", k.name, "last", st.wm)
				e.next = e.nextAfter(now)
			}
		case known:
			// Re-timed while the host was down.
			e.next = e.nextAfter(later(st.wm, now))
			puts[k] = state{e.wm, e.Spec}
		default:
			e.wm = now
			e.next = e.nextAfter(now)
			puts[k] = state{e.wm, e.Spec}
		}
		entries[k] = e
	}
	for k := range s.entries {
		if _, ok := wants[k]; !ok {
			dels = append(dels, k)
		}
	}
	for k := range s.stored {
		if _, ok := wants[k]; !ok {
			dels = append(dels, k)
		}
	}
	if len(puts) > 0 || len(dels) > 0 {
		err := s.db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte(bucketName))
			for k, st := range puts {
				if err := b.Put(k.bytes(), encodeState(st)); err != nil {
					return err
				}
			}
			for _, k := range dels {
				if err := b.Delete(k.bytes()); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("apply schedules: %w", err)
		}
	}
	s.entries, s.stored = entries, nil
	s.signal()
	return nil
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// Next returns the next slot of a configured schedule (false if there is
// no such schedule, or it never fires again).
func (s *Service) Next(skill, name string) (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.entries[skey{skill, name}]
	if e == nil || e.next.IsZero() {
		return time.Time{}, false
	}
	return e.next, true
}

func (s *Service) signal() { s.bg.Signal() }

// Start runs the service in the background, firing slots into sink (the
// host's inbox), until Close. Apply may come before or after Start.
func (s *Service) Start(ctx context.Context, sink inbox.Sink) error {
	if sink == nil {
		return errors.New("schedules: start: nil sink")
	}
	if err := s.bg.Start(ctx, func(ctx context.Context) { _ = s.Run(ctx, sink) }); err != nil {
		return fmt.Errorf("schedules: start: %w", err)
	}
	return nil
}

// Close stops the runner, waits for it, and closes the bbolt file if Open
// opened it.
func (s *Service) Close() error {
	return s.bg.Close(func() error {
		if !s.ownDB {
			return nil
		}
		if err := s.db.Close(); err != nil {
			return fmt.Errorf("close schedules: %w", err)
		}
		return nil
	})
}

// Run fires slots into sink until ctx ends, then returns ctx's error.
// Start is Run on a goroutine that Close stops; use one or the other,
// once.
func (s *Service) Run(ctx context.Context, sink inbox.Sink) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.bg.Busy()
		batch, next := s.take()
		if len(batch) > 0 {
			s.fire(ctx, sink, batch)
			continue
		}
		if err := s.bg.Wait(ctx, s.clock, next); err != nil {
			return err
		}
	}
}

// due is a slot being delivered.
type due struct {
	e    *entry
	slot time.Time
	ok   bool
}

// take marks every schedule with a slot due in flight and returns them
// with their slots (the most recent one each, if several were missed),
// ordered by slot, skill and name. With nothing due it returns when the
// next one is.
func (s *Service) take() ([]due, time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	var batch []due
	var next time.Time
	for _, e := range s.entries {
		if e.inflight || e.next.IsZero() {
			continue
		}
		if at := later(e.next, e.retryAt); at.After(now) {
			if next.IsZero() || at.Before(next) {
				next = at
			}
			continue
		}
		e.inflight = true
		batch = append(batch, due{e: e, slot: e.latest(now)})
	}
	slices.SortFunc(batch, func(a, b due) int {
		if c := a.slot.Compare(b.slot); c != 0 {
			return c
		}
		return strings.Compare(a.e.key.skill+"\x00"+a.e.key.name, b.e.key.skill+"\x00"+b.e.key.name)
	})
	return batch, next
}

// fire delivers each slot, then advances the watermarks of those the
// sink accepted, in memory and on disk.
func (s *Service) fire(ctx context.Context, sink inbox.Sink, batch []due) {
	for i := range batch {
		batch[i].ok = s.put(ctx, sink, batch[i])
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	puts := map[skey]state{}
	for _, d := range batch {
		e := d.e
		e.inflight = false
		cur := s.entries[e.key]
		if !d.ok {
			e.retryAt = now.Add(s.retry)
			continue
		}
		e.retryAt = time.Time{}
		if cur == nil {
			continue // removed meanwhile: keep no state
		}
		// The slot is delivered: advance whichever entry holds the key
		// now (an Apply may have re-timed it meanwhile).
		if d.slot.After(cur.wm) {
			cur.wm = d.slot
			puts[cur.key] = state{cur.wm, cur.Spec}
		}
		if !cur.next.IsZero() && !cur.next.After(d.slot) {
			cur.next = cur.nextAfter(d.slot)
		}
	}
	if len(puts) == 0 {
		return
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketName))
		for k, st := range puts {
			if err := b.Put(k.bytes(), encodeState(st)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		// Memory has moved on, so this process will not fire the slots
		// again; a restart may, with the same ids, which the inbox drops.
		s.log.Error("schedules: save delivered slots", "count", len(puts), "err", err)
	}
}

// put delivers one slot and reports whether the sink has it.
func (s *Service) put(ctx context.Context, sink inbox.Sink, d due) bool {
	if ctx.Err() != nil {
		return false
	}
	ev := &abi.Event{
		ID:    EventID(d.e.key.skill, d.e.key.name, d.slot),
		Kind:  abi.KindSchedule,
		Skill: d.e.key.skill,
		Name:  d.e.key.name,
		Due:   d.slot,
		Late:  d.slot.Before(s.opened),
		Time:  s.clock.Now(),
	}
	err := sink.Put(ctx, ev)
	if err == nil || inbox.IsDuplicate(err) {
		return true
	}
	if ctx.Err() == nil {
		s.log.Warn("schedules: inbox refused event; will retry", "skill", ev.Skill, "schedule", ev.Name, "id", ev.ID, "err", err)
	}
	return false
}

// EventID is the id of the event a schedule fires for slot: the same in
// every process that computes it, so the inbox can drop a re-fire.
func EventID(skill, name string, slot time.Time) string {
	return "schedule:" + skill + ":" + name + ":" + strconv.FormatInt(slot.Unix(), 10)
}
