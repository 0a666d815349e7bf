package schedule

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/runner"
	"github.com/bothost/bothost/host/internal/store"
)

func ctxT(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// recSink is the inbox stand-in: it records every event it accepts.
// refuse, when set, decides per call whether Put fails instead.
type recSink struct {
	mu       sync.Mutex
	events   []abi.Event
	attempts int
	refuse   func(n int, ev *abi.Event) error
}

func (s *recSink) Put(ctx context.Context, ev *abi.Event) error {
	s.mu.Lock()
	s.attempts++
	n, refuse := s.attempts, s.refuse
	s.mu.Unlock()
	if refuse != nil {
		if err := refuse(n, ev); err != nil {
			return err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, *ev)
	return nil
}

func (s *recSink) got() []abi.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.events)
}

func (s *recSink) setRefuse(f func(int, *abi.Event) error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse = f
}

// harness is one schedules file on a fake clock, reopened across
// "restarts".
type harness struct {
	t    *testing.T
	path string
	clk  *clock.Fake
	sink *recSink
	svc  *Service
}

func newHarness(t *testing.T, start time.Time) *harness {
	return &harness{t: t, path: filepath.Join(t.TempDir(), "schedules.db"), clk: clock.NewFake(start), sink: &recSink{}}
}

// open opens the file, applies cfg and starts the runner.
func (h *harness) open(cfg *config.Config) {
	h.t.Helper()
	s, err := Open(h.path, Options{Clock: h.clk})
	if err != nil {
		h.t.Fatalf("Open: %v", err)
	}
	s.bg.Probe = runner.NewProbe()
	h.t.Cleanup(func() { _ = s.Close() })
	if err := s.Apply(context.Background(), cfg); err != nil {
		h.t.Fatalf("Apply: %v", err)
	}
	if err := s.Start(context.Background(), h.sink); err != nil {
		h.t.Fatalf("Start: %v", err)
	}
	h.svc = s
}

func (h *harness) close() {
	h.t.Helper()
	if err := h.svc.Close(); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) apply(cfg *config.Config) {
	h.t.Helper()
	if err := h.svc.Apply(context.Background(), cfg); err != nil {
		h.t.Fatalf("Apply: %v", err)
	}
}

// quiet waits until nothing happens before the clock moves and returns
// the time the runner waits for.
func (h *harness) quiet() time.Time {
	h.t.Helper()
	next, err := h.svc.bg.Probe.Quiet(ctxT(h.t), h.clk)
	if err != nil {
		h.t.Fatal(err)
	}
	return next
}

func (h *harness) advanceTo(at time.Time) {
	h.t.Helper()
	h.quiet()
	h.clk.AdvanceTo(at)
	h.quiet()
}

// runUntil moves the clock from wake-up to wake-up, as a real clock
// would pass them, until end.
func (h *harness) runUntil(end time.Time) {
	h.t.Helper()
	for {
		next := h.quiet()
		if next.IsZero() || next.After(end) {
			h.clk.AdvanceTo(end)
			h.quiet()
			return
		}
		h.clk.AdvanceTo(next)
	}
}

// dues returns the events' Due times in UTC.
func dues(evs []abi.Event) []time.Time {
	var out []time.Time
	for _, ev := range evs {
		out = append(out, ev.Due.UTC())
	}
	return out
}

func cfgOf(skill string, scheds ...config.Schedule) *config.Config {
	for i := range scheds {
		if scheds[i].CatchUp == "" {
			scheds[i].CatchUp = config.CatchUpOnce
		}
	}
	return &config.Config{Skills: []config.Skill{{Name: skill, Schedules: scheds}}}
}

func TestEveryMinuteOncePerMinute(t *testing.T) {
	start := time.Date(2025, 3, 14, 12, 0, 30, 0, time.UTC)
	h := newHarness(t, start)
	h.open(cfgOf("cron", config.Schedule{Name: "tick", Cron: "* * * * *"}))
	for i := 1; i <= 10; i++ {
		slot := start.Truncate(time.Minute).Add(time.Duration(i) * time.Minute)
		h.advanceTo(slot.Add(-time.Second))
		if n := len(h.sink.got()); n != i-1 {
			t.Fatalf("%d events a second before slot %d, want %d", n, i, i-1)
		}
		h.advanceTo(slot)
		got := h.sink.got()
		if len(got) != i {
			t.Fatalf("%d events at slot %d, want %d", len(got), i, i)
		}
		ev := got[i-1]
		want := abi.Event{ID: fmt.Sprintf("schedule:cron:tick:%d", slot.Unix()), Kind: abi.KindSchedule, Skill: "cron", Name: "tick"}
		if ev.ID != want.ID || ev.Kind != want.Kind || ev.Skill != want.Skill || ev.Name != want.Name || ev.Late {
			t.Errorf("slot %d: event %+v", i, ev)
		}
		if !ev.Due.Equal(slot) || !ev.Time.Equal(slot) {
			t.Errorf("slot %d: Due %v Time %v, want both %v", i, ev.Due, ev.Time, slot)
		}
	}
}

func TestWeekdaysInZone(t *testing.T) {
	hel := mustLoc(t, "Europe/Helsinki")
	start := time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC) // a Friday
	h := newHarness(t, start)
	h.open(cfgOf("standup", config.Schedule{Name: "daily", Cron: "0 8 * * 1-5", TimeZone: "Europe/Helsinki"}))
	h.runUntil(start.Add(15 * 24 * time.Hour))
	var want []time.Time
	for _, day := range []int{7, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21} {
		want = append(want, time.Date(2025, 3, day, 8, 0, 0, 0, hel).UTC())
	}
	if got := dues(h.sink.got()); !slices.EqualFunc(got, want, time.Time.Equal) {
		t.Errorf("slots\n%v\nwant 08:00 Helsinki on weekdays\n%v", got, want)
	}
}

// TestDST pins what happens across daylight-saving changes (see the
// package doc): a wall-clock time that does not exist has no slot that
// day (robfig's behaviour); one that happens twice fires once, at its
// first occurrence.
func TestDST(t *testing.T) {
	utc := func(mo time.Month, d, h, m int) time.Time { return time.Date(2025, mo, d, h, m, 0, 0, time.UTC) }
	tests := []struct {
		name       string
		cron, zone string
		from, to   time.Time
		want       []time.Time // slots, UTC
	}{
		{
			// Helsinki springs forward 03:00 EET -> 04:00 EEST on 30 March
			// (01:00 UTC): 03:30 does not exist that day.
			name: "spring forward, missing 03:30 skipped", cron: "30 3 * * *", zone: "Europe/Helsinki",
			from: utc(3, 28, 0, 0), to: utc(4, 1, 0, 0),
			want: []time.Time{utc(3, 28, 1, 30), utc(3, 29, 1, 30), utc(3, 31, 0, 30)},
		},
		{
			// 02:30 still exists in Helsinki on that day (EET).
			name: "spring forward, 02:30 exists in Helsinki", cron: "30 2 * * *", zone: "Europe/Helsinki",
			from: utc(3, 29, 0, 0), to: utc(4, 1, 0, 0),
			want: []time.Time{utc(3, 29, 0, 30), utc(3, 30, 0, 30), utc(3, 30, 23, 30), utc(3, 31, 23, 30)},
		},
		{
			// New York springs forward 02:00 EST -> 03:00 EDT on 9 March.
			name: "spring forward, missing 02:30 skipped in New York", cron: "30 2 * * *", zone: "America/New_York",
			from: utc(3, 8, 0, 0), to: utc(3, 11, 0, 0),
			want: []time.Time{utc(3, 8, 7, 30), utc(3, 10, 6, 30)},
		},
		{
			// Helsinki falls back 04:00 EEST -> 03:00 EET on 26 October
			// (01:00 UTC): 03:30 happens at 00:30 and at 01:30 UTC.
			name: "fall back, repeated 03:30 fires once", cron: "30 3 * * *", zone: "Europe/Helsinki",
			from: utc(10, 24, 12, 0), to: utc(10, 28, 0, 0),
			want: []time.Time{utc(10, 25, 0, 30), utc(10, 26, 0, 30), utc(10, 27, 1, 30)},
		},
		{
			name: "fall back, half-hourly silent in the repeated hour", cron: "*/30 * * * *", zone: "Europe/Helsinki",
			from: utc(10, 25, 23, 50), to: utc(10, 26, 2, 45),
			want: []time.Time{utc(10, 26, 0, 0), utc(10, 26, 0, 30), utc(10, 26, 2, 0), utc(10, 26, 2, 30)},
		},
		{
			name: "UTC has no DST", cron: "*/30 * * * *", zone: "UTC",
			from: utc(10, 25, 23, 50), to: utc(10, 26, 1, 45),
			want: []time.Time{utc(10, 26, 0, 0), utc(10, 26, 0, 30), utc(10, 26, 1, 0), utc(10, 26, 1, 30)},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, tc.from)
			h.open(cfgOf("dst", config.Schedule{Name: "s", Cron: tc.cron, TimeZone: tc.zone}))
			h.runUntil(tc.to)
			if got := dues(h.sink.got()); !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("slots (UTC)\n%v\nwant\n%v", got, tc.want)
			}
		})
	}
}

// TestDSTRestartInRepeatedHour: a restart during the second 03:xx of a
// fall-back must not catch up the repeated 03:30.
func TestDSTRestartInRepeatedHour(t *testing.T) {
	utc := func(d, h, m int) time.Time { return time.Date(2025, 10, d, h, m, 0, 0, time.UTC) }
	h := newHarness(t, utc(26, 0, 0))
	cfg := cfgOf("dst", config.Schedule{Name: "s", Cron: "30 3 * * *", TimeZone: "Europe/Helsinki"})
	h.open(cfg)
	h.runUntil(utc(26, 0, 40)) // 03:40 EEST: the first 03:30 fired
	h.close()
	h.clk.AdvanceTo(utc(26, 1, 40)) // 03:40 EET: the second 03:30 passed while down
	h.open(cfg)
	h.quiet()
	if got := dues(h.sink.got()); !slices.EqualFunc(got, []time.Time{utc(26, 0, 30)}, time.Time.Equal) {
		t.Errorf("slots %v, want only the first 03:30", got)
	}
	if next, _ := h.svc.Next("dst", "s"); !next.Equal(utc(27, 1, 30)) {
		t.Errorf("Next = %v, want 27 Oct 03:30 EET", next)
	}
}

func TestRestartCatchUp(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 30, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return time.Date(2025, 3, 14, h, m, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		catchUp  string
		cronThen string // cron after the restart (timing changed while down)
		want     []time.Time
		wantLate []bool
	}{
		{"once fires the latest missed slot, late", config.CatchUpOnce, "0 * * * *",
			[]time.Time{at(11, 0), at(14, 0), at(15, 0)}, []bool{false, true, false}},
		{"skip fires none", config.CatchUpSkip, "0 * * * *",
			[]time.Time{at(11, 0), at(15, 0)}, []bool{false, false}},
		{"re-timed while down: no catch-up", config.CatchUpOnce, "30 * * * *",
			[]time.Time{at(11, 0), at(14, 30), at(15, 30)}, []bool{false, false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, start)
			h.open(cfgOf("s", config.Schedule{Name: "hourly", Cron: "0 * * * *", CatchUp: tc.catchUp}))
			h.runUntil(at(11, 30))
			h.close()
			// Down from 11:30 to 14:20: the 12:00, 13:00 and 14:00 slots pass.
			h.clk.AdvanceTo(at(14, 20))
			h.open(cfgOf("s", config.Schedule{Name: "hourly", Cron: tc.cronThen, CatchUp: tc.catchUp}))
			h.runUntil(at(15, 45))
			got := h.sink.got()
			if d := dues(got); !slices.EqualFunc(d, tc.want, time.Time.Equal) {
				t.Fatalf("slots %v, want %v", d, tc.want)
			}
			for i, ev := range got {
				if ev.Late != tc.wantLate[i] {
					t.Errorf("slot %v: Late = %v, want %v", ev.Due, ev.Late, tc.wantLate[i])
				}
				if ev.Late && !ev.Time.Equal(at(14, 20)) {
					t.Errorf("late slot delivered at %v, want at start-up 14:20", ev.Time)
				}
			}
			// And nothing fires again after one more restart.
			n := len(got)
			h.close()
			h.open(cfgOf("s", config.Schedule{Name: "hourly", Cron: tc.cronThen, CatchUp: tc.catchUp}))
			h.quiet()
			if m := len(h.sink.got()); m != n {
				t.Errorf("%d events after another restart, want %d", m, n)
			}
		})
	}
}

// blockSink stores each event (reports it) but never acknowledges until
// its context ends: a crash between Put and saving the watermark.
type blockSink struct{ accepted chan string }

func (s *blockSink) Put(ctx context.Context, ev *abi.Event) error {
	s.accepted <- ev.ID
	<-ctx.Done()
	return ctx.Err()
}

func TestCrashBetweenPutAndSave(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 59, 0, 0, time.UTC)
	cfg := cfgOf("s", config.Schedule{Name: "hourly", Cron: "0 * * * *"})
	h := newHarness(t, start)
	// First run: the inbox stores the 11:00 event but the ack never comes.
	s, err := Open(h.path, Options{Clock: h.clk})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	sink := &blockSink{accepted: make(chan string, 1)}
	if err := s.Start(context.Background(), sink); err != nil {
		t.Fatal(err)
	}
	h.clk.AdvanceTo(start.Add(time.Minute))
	var first string
	select {
	case first = <-sink.accepted:
	case <-ctxT(t).Done():
		t.Fatal("slot never reached the sink")
	}
	if err := s.Close(); err != nil { // the "crash"
		t.Fatal(err)
	}
	h.clk.AdvanceTo(start.Add(5 * time.Minute))
	h.open(cfg)
	h.quiet()
	got := h.sink.got()
	if len(got) != 1 || got[0].ID != first || !got[0].Late {
		t.Fatalf("after restart %+v, want the same id %q again, late, for the inbox to drop", got, first)
	}
}

func TestSinkFailsThenRecovers(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 59, 30, 0, time.UTC)
	slot := time.Date(2025, 3, 14, 11, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		outage   time.Duration
		wantDue  time.Time
		wantTime time.Time
	}{
		{"short outage delivers the slot", 3 * time.Second, slot, slot.Add(3 * time.Second)},
		// Behind by more than a slot: the most recent one, not a burst.
		{"long outage delivers the latest slot", 150 * time.Second, slot.Add(2 * time.Minute), slot.Add(150 * time.Second)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, start)
			h.sink.setRefuse(func(_ int, ev *abi.Event) error {
				if ev.Time.Before(slot.Add(tc.outage)) {
					return errors.New("inbox: disk full")
				}
				return nil
			})
			h.open(cfgOf("s", config.Schedule{Name: "m", Cron: "* * * * *"}))
			h.runUntil(slot.Add(tc.outage))
			got := h.sink.got()
			if len(got) != 1 || !got[0].Due.Equal(tc.wantDue) || !got[0].Time.Equal(tc.wantTime) || got[0].Late {
				t.Fatalf("events %+v, want one with Due %v at %v", got, tc.wantDue, tc.wantTime)
			}
			h.runUntil(tc.wantDue.Add(2*time.Minute + time.Second))
			if d := dues(h.sink.got()); len(d) != 3 || !d[2].Equal(tc.wantDue.Add(2*time.Minute)) {
				t.Errorf("slots after recovery %v, want one per minute", d)
			}
		})
	}
}

func TestDuplicateCountsAsDelivered(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 59, 30, 0, time.UTC)
	h := newHarness(t, start)
	h.sink.setRefuse(func(int, *abi.Event) error { return fmt.Errorf("put: %w", inbox.ErrDuplicate) })
	h.open(cfgOf("s", config.Schedule{Name: "m", Cron: "* * * * *"}))
	h.runUntil(start.Add(150 * time.Second))
	h.sink.mu.Lock()
	attempts := h.sink.attempts
	h.sink.mu.Unlock()
	if attempts != 3 {
		t.Errorf("%d Puts over 3 slots, want 3 (a duplicate counts as delivered)", attempts)
	}
}

func TestApplyLive(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 0, 30, 0, time.UTC)
	at := func(m int) time.Time { return time.Date(2025, 3, 14, 10, m, 0, 0, time.UTC) }
	h := newHarness(t, start)
	a := config.Schedule{Name: "a", Cron: "*/5 * * * *"}
	b := config.Schedule{Name: "b", Cron: "* * * * *"}
	h.open(cfgOf("s", a))
	h.runUntil(at(2).Add(30 * time.Second))
	// Add b.
	h.apply(cfgOf("s", a, b))
	h.runUntil(at(5).Add(30 * time.Second))
	// Re-time a to every two minutes; remove b.
	a2 := config.Schedule{Name: "a", Cron: "*/2 * * * *"}
	h.apply(cfgOf("s", a2))
	h.runUntil(at(9).Add(30 * time.Second))
	var got []string
	for _, ev := range h.sink.got() {
		got = append(got, fmt.Sprintf("%s@%d", ev.Name, ev.Due.Minute()))
	}
	want := []string{"b@3", "b@4", "a@5", "b@5", "a@6", "a@8"}
	if !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
	// b's state is gone: adding it back starts afresh (no catch-up of
	// the minutes it was absent), even across a restart.
	h.close()
	h.clk.AdvanceTo(at(12).Add(30 * time.Second))
	h.open(cfgOf("s", a2, b))
	h.quiet()
	if n := len(h.sink.got()); n != len(want)+1 { // a's missed 10:12, late
		t.Fatalf("%d events after restart, want %d", n, len(want)+1)
	}
	if next, ok := h.svc.Next("s", "b"); !ok || !next.Equal(at(13)) {
		t.Errorf("Next(b) = %v, %v; want 10:13", next, ok)
	}
	// A nil config removes everything.
	h.apply(nil)
	if _, ok := h.svc.Next("s", "a"); ok {
		t.Error("a still scheduled after Apply(nil)")
	}
}

// TestApplyAtSlotNoDoubleFire: re-applying the configuration while a
// slot is being delivered (the reload watcher and the runner racing) must
// not deliver it twice, whether the schedule is unchanged or re-timed.
func TestApplyAtSlotNoDoubleFire(t *testing.T) {
	for _, retime := range []bool{false, true} {
		t.Run(fmt.Sprintf("retime=%v", retime), func(t *testing.T) {
			start := time.Date(2025, 3, 14, 10, 59, 30, 0, time.UTC)
			slot := time.Date(2025, 3, 14, 11, 0, 0, 0, time.UTC)
			h := newHarness(t, start)
			entered, release := make(chan struct{}), make(chan struct{})
			h.sink.setRefuse(func(n int, _ *abi.Event) error {
				if n == 1 {
					close(entered)
					<-release
				}
				return nil
			})
			cfg := cfgOf("s", config.Schedule{Name: "m", Cron: "* * * * *"})
			h.open(cfg)
			h.quiet()
			h.clk.AdvanceTo(slot)
			<-entered
			// Mid-delivery: apply the same file, and a re-timed one.
			h.apply(cfg)
			if retime {
				h.apply(cfgOf("s", config.Schedule{Name: "m", Cron: "*/1 * * * *"}))
			}
			close(release)
			h.quiet()
			h.apply(cfg) // and once more at the same instant, after delivery
			h.runUntil(slot.Add(2*time.Minute + 30*time.Second))
			want := []time.Time{slot, slot.Add(time.Minute), slot.Add(2 * time.Minute)}
			if got := dues(h.sink.got()); !slices.EqualFunc(got, want, time.Time.Equal) {
				t.Errorf("slots %v, want each once: %v", got, want)
			}
		})
	}
}

func TestEveryInterval(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 0, 0, 0, time.UTC)
	h := newHarness(t, start)
	cfg := cfgOf("s", config.Schedule{Name: "poll", Cron: "@every 90s", TimeZone: "Europe/Helsinki"})
	h.open(cfg)
	h.runUntil(start.Add(4 * time.Minute))
	h.close()
	h.clk.AdvanceTo(start.Add(5 * time.Minute))
	h.open(cfg)
	h.runUntil(start.Add(7 * time.Minute))
	sec := func(s int) time.Time { return start.Add(time.Duration(s) * time.Second) }
	// 90, 180; down at 240; 270 missed, fired late at 300; then 360.
	want := []time.Time{sec(90), sec(180), sec(270), sec(360)}
	got := dues(h.sink.got())
	if !slices.EqualFunc(got, want, time.Time.Equal) {
		t.Errorf("slots %v, want %v", got, want)
	}
}

// TestApplyChecksLikeConfig: Apply accepts exactly the schedules that
// config.Schedule.Timing accepts (the check config.Parse runs with file
// and line; its cases are in the config package's TestScheduleTiming), so
// a file that loads never fails here.
func TestApplyChecksLikeConfig(t *testing.T) {
	for _, sc := range []config.Schedule{
		{Name: "a", Cron: "*/5 9-17 * * 1-5"},
		{Name: "a", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *"},
		{Name: "a", Cron: "0 8 * * *", TimeZone: "Europe/Helsinki"},
		{Name: "a", Cron: "0 0 31 2 *"},
		{Name: "a", Cron: "CRON_TZ=Local 0 8 * * *"},
		{Name: "a", Cron: "CRON_TZ=Europe/Helsinki"},
		{Name: "a", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *", TimeZone: "UTC"},
		{Name: "a", Cron: "@daily", TimeZone: "Local"},
		{Name: "a", Cron: "61 * * * *"},
		{Name: "a", Cron: "@daily", CatchUp: "twice"},
		{Cron: "@daily"},
	} {
		_, want := sc.Timing()
		h := newHarness(t, time.Date(2025, 3, 14, 10, 0, 30, 0, time.UTC))
		s, err := Open(h.path, Options{Clock: h.clk})
		if err != nil {
			t.Fatal(err)
		}
		err = s.Apply(context.Background(), &config.Config{Skills: []config.Skill{{Name: "s", Schedules: []config.Schedule{sc}}}})
		switch {
		case want == nil && err != nil:
			t.Errorf("%+v: Apply = %v, want nil", sc, err)
		case want != nil && (err == nil || !strings.Contains(err.Error(), want.Error())):
			t.Errorf("%+v: Apply = %v, want an error containing %q", sc, err, want)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestApplyRejectsWhole: one bad schedule leaves everything as it was.
func TestApplyRejectsWhole(t *testing.T) {
	start := time.Date(2025, 3, 14, 10, 0, 30, 0, time.UTC)
	h := newHarness(t, start)
	good := config.Schedule{Name: "a", Cron: "* * * * *"}
	h.open(cfgOf("s", good))
	bad := &config.Config{Skills: []config.Skill{
		{Name: "s", Schedules: []config.Schedule{{Name: "b", Cron: "@hourly"}}},
		{Name: "t", Schedules: []config.Schedule{{Name: "c", Cron: "nope"}}},
	}}
	err := h.svc.Apply(context.Background(), bad)
	if err == nil || !strings.Contains(err.Error(), "skill t schedule c") {
		t.Fatalf("Apply = %v, want an error naming skill t schedule c", err)
	}
	if _, ok := h.svc.Next("s", "a"); !ok {
		t.Error("a removed by a rejected Apply")
	}
	if _, ok := h.svc.Next("s", "b"); ok {
		t.Error("b added by a rejected Apply")
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schedules.db")
	s1, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s1.Close()
	start := time.Now()
	_, err = Open(path, Options{LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, store.ErrLocked) || !strings.Contains(err.Error(), path) {
		t.Errorf("second Open = %v, want ErrLocked naming %s", err, path)
	}
	if d := time.Since(start); d > store.DefaultLockTimeout {
		t.Errorf("second Open took %v; LockTimeout should bound it", d)
	}
}

func TestSharedDBAndLifecycle(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "host.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(db, Options{Clock: clock.NewFake(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background(), nil); err == nil {
		t.Error("Start with a nil sink succeeded")
	}
	if err := s.Start(context.Background(), &recSink{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background(), &recSink{}); err == nil {
		t.Error("second Start succeeded")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte(bucketName)) == nil {
			return errors.New("no schedules bucket")
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
}
