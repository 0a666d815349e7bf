package timers

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/runner"
	"github.com/bothost/bothost/host/internal/store"
)

var t0 = time.Date(2025, 3, 14, 12, 0, 0, 0, time.UTC)

// ctxT bounds a test's waits: it only fails a stuck test, it never paces
// one.
func ctxT(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// recSink is the inbox stand-in: it records every event it accepts.
// refuse, when set, decides per call whether Put fails instead.
type recSink struct {
	mu       sync.Mutex
	events   []abi.Event
	attempts []string // ids of every Put, accepted or not
	refuse   func(n int, ev *abi.Event) error
	changed  chan struct{}
}

func newSink() *recSink { return &recSink{changed: make(chan struct{})} }

func (s *recSink) Put(ctx context.Context, ev *abi.Event) error {
	s.mu.Lock()
	defer func() {
		close(s.changed)
		s.changed = make(chan struct{})
		s.mu.Unlock()
	}()
	s.attempts = append(s.attempts, ev.ID)
	if s.refuse != nil {
		if err := s.refuse(len(s.attempts), ev); err != nil {
			return err
		}
	}
	e := *ev
	e.Payload = bytes.Clone(ev.Payload)
	s.events = append(s.events, e)
	return nil
}

func (s *recSink) got() []abi.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.events)
}

// waitN waits until the sink holds at least n events.
func (s *recSink) waitN(ctx context.Context, n int) ([]abi.Event, error) {
	for {
		s.mu.Lock()
		got, ch := len(s.events), s.changed
		s.mu.Unlock()
		if got >= n {
			return s.got(), nil
		}
		select {
		case <-ctx.Done():
			return s.got(), fmt.Errorf("sink has %d events, want %d: %w", got, n, ctx.Err())
		case <-ch:
		}
	}
}

// harness is one timers file on a fake clock, reopened across "restarts".
type harness struct {
	t    *testing.T
	path string
	clk  *clock.Fake
	opts Options
	sink *recSink
	svc  *Service
}

func newHarness(t *testing.T, o Options) *harness {
	t.Helper()
	h := &harness{t: t, path: filepath.Join(t.TempDir(), "timers.db"), clk: clock.NewFake(t0), opts: o, sink: newSink()}
	h.opts.Clock = h.clk
	h.open()
	return h
}

// open opens the file and starts the runner into h.sink.
func (h *harness) open() {
	h.t.Helper()
	s, err := Open(h.path, h.opts)
	if err != nil {
		h.t.Fatalf("Open: %v", err)
	}
	s.bg.Probe = runner.NewProbe()
	if err := s.Start(context.Background(), h.sink); err != nil {
		h.t.Fatalf("Start: %v", err)
	}
	h.svc = s
	h.t.Cleanup(func() { _ = s.Close() })
}

func (h *harness) close() {
	h.t.Helper()
	if err := h.svc.Close(); err != nil {
		h.t.Fatalf("Close: %v", err)
	}
}

// quiet waits until the runner has nothing to do before the clock moves
// and returns the time it waits for.
func (h *harness) quiet() time.Time {
	h.t.Helper()
	next, err := h.svc.bg.Probe.Quiet(ctxT(h.t, 30*time.Second), h.clk)
	if err != nil {
		h.t.Fatal(err)
	}
	return next
}

// advanceTo moves the fake clock to at and lets the runner finish.
func (h *harness) advanceTo(at time.Time) {
	h.t.Helper()
	h.quiet()
	h.clk.AdvanceTo(at)
	h.quiet()
}

func (h *harness) set(skill, name, payload string, due time.Time) {
	h.t.Helper()
	if err := h.svc.Set(context.Background(), skill, name, []byte(payload), due, 0); err != nil {
		h.t.Fatalf("Set %s/%s: %v", skill, name, err)
	}
}

func TestFiresAtDueNotBefore(t *testing.T) {
	tests := []struct {
		name     string
		due      time.Duration // from t0
		wantTime time.Duration // fire time, from t0
	}{
		{"future", 10 * time.Second, 10 * time.Second},
		{"sub-second", 1500 * time.Millisecond, 1500 * time.Millisecond},
		{"now", 0, 0},
		{"past fires at once, not late", -time.Hour, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			due := t0.Add(tc.due)
			h.set("echo", "remind", "hello", due)
			if tc.wantTime > 0 {
				h.advanceTo(t0.Add(tc.wantTime - time.Millisecond))
				if got := h.sink.got(); len(got) != 0 {
					t.Fatalf("fired %v before due", got[0].Due)
				}
			}
			h.advanceTo(t0.Add(tc.wantTime))
			got := h.sink.got()
			if len(got) != 1 {
				t.Fatalf("got %d events at due, want 1", len(got))
			}
			ev := got[0]
			if ev.Kind != abi.KindTimer || ev.Skill != "echo" || ev.Name != "remind" || string(ev.Payload) != "hello" || ev.Late {
				t.Errorf("event = %+v", ev)
			}
			if !ev.Due.Equal(due) || !ev.Time.Equal(t0.Add(tc.wantTime)) {
				t.Errorf("Due %v Time %v, want Due %v Time %v", ev.Due, ev.Time, due, t0.Add(tc.wantTime))
			}
			if !strings.HasPrefix(ev.ID, "timer:echo:remind:") {
				t.Errorf("ID = %q", ev.ID)
			}
			if n := h.svc.Pending("echo"); n != 0 {
				t.Errorf("Pending after firing = %d", n)
			}
			h.advanceTo(t0.Add(time.Hour))
			if n := len(h.sink.got()); n != 1 {
				t.Errorf("%d events after an hour, want still 1", n)
			}
		})
	}
}

func TestReplaceByName(t *testing.T) {
	tests := []struct {
		name        string
		first, then time.Duration
	}{
		{"later", 10 * time.Second, 20 * time.Second},
		{"earlier", 20 * time.Second, 5 * time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, Options{})
			h.set("echo", "x", "old", t0.Add(tc.first))
			h.quiet()
			h.set("echo", "x", "new", t0.Add(tc.then))
			if next := h.quiet(); !next.Equal(t0.Add(tc.then)) {
				t.Errorf("runner waits for %v, want the new due %v", next, t0.Add(tc.then))
			}
			for at := t0; at.Before(t0.Add(time.Minute)); at = at.Add(time.Second) {
				h.advanceTo(at)
			}
			got := h.sink.got()
			if len(got) != 1 || string(got[0].Payload) != "new" || !got[0].Due.Equal(t0.Add(tc.then)) {
				t.Fatalf("events = %+v, want only the new timer", got)
			}
			if n := h.svc.Pending("echo"); n != 0 {
				t.Errorf("Pending = %d", n)
			}
		})
	}
}

func TestCancel(t *testing.T) {
	h := newHarness(t, Options{})
	ctx := context.Background()
	h.set("echo", "a", "", t0.Add(time.Second))
	h.set("echo", "b", "", t0.Add(2*time.Second))
	if err := h.svc.Cancel(ctx, "echo", "a"); err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	for _, tc := range []struct{ skill, name string }{{"echo", "a"}, {"echo", "nope"}, {"other", "b"}} {
		if err := h.svc.Cancel(ctx, tc.skill, tc.name); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Cancel %s/%s = %v, want ErrNotFound", tc.skill, tc.name, err)
		}
	}
	h.advanceTo(t0.Add(time.Minute))
	got := h.sink.got()
	if len(got) != 1 || got[0].Name != "b" {
		t.Fatalf("events = %+v, want only b", got)
	}
	// A fired timer is gone too.
	if err := h.svc.Cancel(ctx, "echo", "b"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Cancel of a fired timer = %v, want ErrNotFound", err)
	}
	// Cancelled stays cancelled across a restart.
	h.close()
	h.open()
	h.advanceTo(t0.Add(time.Hour))
	if n := len(h.sink.got()); n != 1 {
		t.Errorf("%d events after restart, want 1", n)
	}
}

func TestQuotaAndValidation(t *testing.T) {
	h := newHarness(t, Options{})
	ctx := context.Background()
	due := t0.Add(time.Hour)
	set := func(skill, name string, payload []byte, max int) error {
		return h.svc.Set(ctx, skill, name, payload, due, max)
	}
	tests := []struct {
		name    string
		skill   string
		timer   string
		payload []byte
		max     int
		want    error // nil: success
	}{
		{"first", "q", "a", nil, 2, nil},
		{"second", "q", "b", nil, 2, nil},
		{"third over quota", "q", "c", nil, 2, store.ErrQuota},
		{"replace at quota", "q", "a", []byte("x"), 2, nil},
		{"other skill unaffected", "r", "c", nil, 2, nil},
		{"no limit", "q", "c", nil, 0, nil},
		{"empty name", "q", "", nil, 0, store.ErrInvalid},
		{"empty skill", "", "a", nil, 0, store.ErrInvalid},
		{"name too long", "q", strings.Repeat("n", abi.MaxTimerName+1), nil, 0, store.ErrTooLarge},
		{"longest name", "q", strings.Repeat("n", abi.MaxTimerName), nil, 0, nil},
		{"payload too large", "q", "p", make([]byte, abi.MaxTimerData+1), 0, store.ErrTooLarge},
	}
	for _, bad := range []time.Time{time.UnixMilli(math.MaxInt64), time.UnixMilli(math.MinInt64), {}} {
		if err := h.svc.Set(ctx, "q", "far", nil, bad, 0); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Set due %v = %v, want ErrInvalid", bad, err)
		}
	}
	for _, tc := range tests {
		err := set(tc.skill, tc.timer, tc.payload, tc.max)
		if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: Set = %v, want %v", tc.name, err, tc.want)
		}
	}
	if n := h.svc.Pending("q"); n != 4 {
		t.Errorf("Pending(q) = %d, want 4", n)
	}
	// Cancelling frees a slot.
	if err := h.svc.Cancel(ctx, "q", "a"); err != nil {
		t.Fatal(err)
	}
	if err := set("q", "d", nil, 4); err != nil {
		t.Errorf("Set after Cancel freed a slot = %v", err)
	}
	if err := set("q", "e", nil, 4); !errors.Is(err, store.ErrQuota) {
		t.Errorf("Set over quota = %v, want ErrQuota", err)
	}
	// The count survives a restart.
	h.close()
	h.open()
	if err := set("q", "e", nil, 4); !errors.Is(err, store.ErrQuota) {
		t.Errorf("Set over quota after restart = %v, want ErrQuota", err)
	}
}

func TestPayloadRoundTrip(t *testing.T) {
	payloads := map[string][]byte{
		"empty":  nil,
		"text":   []byte("hello, world"),
		"binary": {0, 1, 0, 0xff, 0xfe, 0, '\n'},
		"max":    bytes.Repeat([]byte{0xa5, 0}, abi.MaxTimerData/2),
	}
	h := newHarness(t, Options{})
	for name, p := range payloads {
		if err := h.svc.Set(context.Background(), "echo", name, p, t0.Add(time.Minute), 0); err != nil {
			t.Fatal(err)
		}
	}
	// Through the disk: restart before they fire.
	h.close()
	h.open()
	h.advanceTo(t0.Add(time.Minute))
	got := h.sink.got()
	if len(got) != len(payloads) {
		t.Fatalf("%d events, want %d", len(got), len(payloads))
	}
	for _, ev := range got {
		if want := payloads[ev.Name]; !bytes.Equal(ev.Payload, want) {
			t.Errorf("%s: payload of %d bytes, want %d bytes", ev.Name, len(ev.Payload), len(want))
		}
	}
}

// setMany sets n timers concurrently (so their writes share commits).
func setMany(t testing.TB, s *Service, n int, due func(i int) time.Time) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for w := range 32 {
		wg.Go(func() {
			for i := w; i < n; i += 32 {
				if err := s.Set(context.Background(), fmt.Sprintf("skill%d", i%10), fmt.Sprintf("t%05d", i), []byte(fmt.Sprint(i)), due(i), 0); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// checkFired asserts n distinct timers fired once each, none before due
// and each within bound of it.
func checkFired(t *testing.T, got []abi.Event, n int, bound time.Duration) {
	t.Helper()
	if len(got) != n {
		t.Errorf("%d events, want %d", len(got), n)
	}
	seen := map[string]bool{}
	var worst time.Duration
	for _, ev := range got {
		if seen[ev.Name] {
			t.Errorf("timer %s fired twice", ev.Name)
		}
		seen[ev.Name] = true
		lag := ev.Time.Sub(ev.Due)
		if lag < 0 {
			t.Errorf("timer %s fired %v before due", ev.Name, -lag)
		}
		worst = max(worst, lag)
	}
	if worst >= bound {
		t.Errorf("worst due-to-fire lag %v, want < %v", worst, bound)
	}
	t.Logf("%d timers, worst due-to-fire lag %v", len(got), worst)
}

func TestTenThousandPendingFakeClock(t *testing.T) {
	const n = 10000
	h := newHarness(t, Options{})
	// Spread over three seconds, in no particular order of setting.
	perm := rand.New(rand.NewPCG(1, 2)).Perm(n)
	due := func(i int) time.Time { return t0.Add(time.Duration(perm[i]) * 300 * time.Microsecond) }
	setMany(t, h.svc, n, due)
	if p := h.svc.Pending("skill3"); p != n/10 {
		t.Fatalf("Pending(skill3) = %d, want %d", p, n/10)
	}
	for at := t0; !at.After(t0.Add(3 * time.Second)); at = at.Add(50 * time.Millisecond) {
		h.advanceTo(at)
	}
	checkFired(t, h.sink.got(), n, 50*time.Millisecond)
	// Nothing is left on disk.
	h.close()
	h.open()
	h.advanceTo(t0.Add(time.Hour))
	if got := len(h.sink.got()); got != n {
		t.Errorf("%d events after restart, want still %d", got, n)
	}
}

// shifted is the real clock moved by off: real time passes and real
// timers wait, but the test picks where "now" is, so it can set
// thousands of timers (at fsync speed) before they fall due.
type shifted struct{ off time.Duration }

func (c shifted) Now() time.Time { return time.Now().Add(c.off) }
func (c shifted) NewTimer(d time.Duration) clock.Timer {
	return clock.System{}.NewTimer(d)
}
func (c shifted) AfterFunc(d time.Duration, f func()) clock.Timer {
	return clock.System{}.AfterFunc(d, f)
}

func TestTenThousandSameSecondRealClock(t *testing.T) {
	if testing.Short() {
		t.Skip("real-clock test")
	}
	const n = 10000
	due0 := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	s, err := Open(filepath.Join(t.TempDir(), "timers.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	// All due within one second, starting at due0.
	setMany(t, s, n, func(i int) time.Time { return due0.Add(time.Duration(i) * 100 * time.Microsecond) })
	// Half a second before due0, in real time from here on.
	s.clock = shifted{off: due0.Sub(time.Now()) - 500*time.Millisecond}
	sink := newSink()
	if err := s.Start(context.Background(), sink); err != nil {
		t.Fatal(err)
	}
	got, err := sink.waitN(ctxT(t, 60*time.Second), n)
	if err != nil {
		t.Fatal(err)
	}
	// The bound is the requirement, generous for this load.
	checkFired(t, got, n, time.Second)
}

func TestRestartFiresOnceLate(t *testing.T) {
	h := newHarness(t, Options{})
	h.set("echo", "down", "p", t0.Add(10*time.Second))
	h.set("echo", "after", "q", t0.Add(2*time.Minute))
	h.quiet()
	h.close()
	// The host is down while "down" falls due.
	h.clk.AdvanceTo(t0.Add(time.Minute))
	h.open()
	h.quiet()
	got := h.sink.got()
	if len(got) != 1 {
		t.Fatalf("%d events at start-up, want 1", len(got))
	}
	if ev := got[0]; ev.Name != "down" || !ev.Late || !ev.Due.Equal(t0.Add(10*time.Second)) || !ev.Time.Equal(t0.Add(time.Minute)) || string(ev.Payload) != "p" {
		t.Errorf("start-up event = %+v, want down, Late, Due t0+10s", ev)
	}
	// A timer falling due while the host runs is not late.
	h.advanceTo(t0.Add(2 * time.Minute))
	got = h.sink.got()
	if len(got) != 2 || got[1].Name != "after" || got[1].Late {
		t.Fatalf("events = %+v, want after, not late", got)
	}
	// Neither fires again after another restart.
	h.close()
	h.open()
	h.advanceTo(t0.Add(time.Hour))
	if n := len(h.sink.got()); n != 2 {
		t.Errorf("%d events after second restart, want 2", n)
	}
}

func TestSinkFailsThenRecovers(t *testing.T) {
	h := newHarness(t, Options{Retry: time.Second})
	h.sink.refuse = func(n int, _ *abi.Event) error {
		if n <= 3 {
			return errors.New("inbox: disk full")
		}
		return nil
	}
	h.set("echo", "x", "p", t0.Add(time.Second))
	for at := t0; !at.After(t0.Add(10 * time.Second)); at = at.Add(500 * time.Millisecond) {
		h.advanceTo(at)
	}
	got := h.sink.got()
	if len(got) != 1 {
		t.Fatalf("%d events accepted, want 1", len(got))
	}
	h.sink.mu.Lock()
	attempts := slices.Clone(h.sink.attempts)
	h.sink.mu.Unlock()
	if len(attempts) != 4 {
		t.Errorf("%d Put attempts, want 4 (3 refused, 1 accepted)", len(attempts))
	}
	for _, id := range attempts {
		if id != got[0].ID {
			t.Errorf("retry used id %q, want %q throughout", id, got[0].ID)
		}
	}
	// The fourth attempt is three retries after due.
	if want := t0.Add(4 * time.Second); !got[0].Time.Equal(want) {
		t.Errorf("delivered at %v, want %v", got[0].Time, want)
	}
	if n := h.svc.Pending("echo"); n != 0 {
		t.Errorf("Pending = %d", n)
	}
}

func TestDuplicateCountsAsDelivered(t *testing.T) {
	h := newHarness(t, Options{})
	h.sink.refuse = func(int, *abi.Event) error { return fmt.Errorf("put: %w", inbox.ErrDuplicate) }
	h.set("echo", "x", "p", t0.Add(time.Second))
	h.advanceTo(t0.Add(time.Minute))
	h.sink.mu.Lock()
	attempts := len(h.sink.attempts)
	h.sink.mu.Unlock()
	if attempts != 1 {
		t.Errorf("%d Put attempts, want 1 (a duplicate is delivered)", attempts)
	}
	if n := h.svc.Pending("echo"); n != 0 {
		t.Errorf("Pending = %d, want 0", n)
	}
}

// TestCrashBetweenPutAndDelete: the inbox stores the event but the host
// stops before deleting the timer. The restart must Put the same id, so
// the inbox can drop it.
func TestCrashBetweenPutAndDelete(t *testing.T) {
	h := newHarness(t, Options{})
	h.close()
	// A first run whose inbox stores the event but never acknowledges.
	accepted := make(chan string, 1)
	s, err := Open(h.path, h.opts)
	if err != nil {
		t.Fatal(err)
	}
	blocking := &ctxBlockSink{accepted: accepted}
	if err := s.Set(context.Background(), "echo", "x", []byte("p"), t0.Add(time.Second), 0); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background(), blocking); err != nil {
		t.Fatal(err)
	}
	h.clk.AdvanceTo(t0.Add(time.Second))
	var first string
	select {
	case first = <-accepted:
	case <-ctxT(t, 30*time.Second).Done():
		t.Fatal("timer never reached the sink")
	}
	if err := s.Close(); err != nil { // the "crash"
		t.Fatal(err)
	}
	h.clk.AdvanceTo(t0.Add(time.Minute))
	h.open()
	h.quiet()
	got := h.sink.got()
	if len(got) != 1 {
		t.Fatalf("%d events after restart, want 1", len(got))
	}
	if got[0].ID != first {
		t.Errorf("re-fired with id %q, want the same id %q so the inbox drops it", got[0].ID, first)
	}
	if !got[0].Late {
		t.Error("re-fired event not marked Late")
	}
	h.close()
	h.open()
	h.advanceTo(t0.Add(time.Hour))
	if n := len(h.sink.got()); n != 1 {
		t.Errorf("%d events after the delete committed and another restart, want 1", n)
	}
}

// ctxBlockSink reports each event as stored, then never acknowledges
// until its context ends.
type ctxBlockSink struct{ accepted chan string }

func (s *ctxBlockSink) Put(ctx context.Context, ev *abi.Event) error {
	s.accepted <- ev.ID
	<-ctx.Done()
	return ctx.Err()
}

// TestSetAndCancelWhileFiring: a timer being delivered has fired. Cancel
// says so; a Set of the same name is a new timer that the old one's
// delete must not remove.
func TestSetAndCancelWhileFiring(t *testing.T) {
	h := newHarness(t, Options{})
	release := make(chan struct{})
	entered := make(chan struct{}, 1)
	h.sink.refuse = func(n int, _ *abi.Event) error {
		if n == 1 {
			entered <- struct{}{}
			<-release
		}
		return nil
	}
	h.set("echo", "x", "first", t0.Add(time.Second))
	h.quiet()
	h.clk.AdvanceTo(t0.Add(time.Second))
	<-entered
	if err := h.svc.Cancel(context.Background(), "echo", "x"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Cancel while firing = %v, want ErrNotFound", err)
	}
	h.set("echo", "x", "second", t0.Add(5*time.Second))
	close(release)
	h.quiet()
	if n := h.svc.Pending("echo"); n != 1 {
		t.Fatalf("Pending = %d, want 1 (the second timer)", n)
	}
	// The second survives a restart too: the first's delete kept it.
	h.close()
	h.open()
	h.advanceTo(t0.Add(5 * time.Second))
	got := h.sink.got()
	if len(got) != 2 || string(got[0].Payload) != "first" || string(got[1].Payload) != "second" || got[0].ID == got[1].ID {
		t.Fatalf("events = %+v, want first then second with distinct ids", got)
	}
}

func TestRemoveSkill(t *testing.T) {
	h := newHarness(t, Options{})
	h.set("gone", "a", "", t0.Add(time.Second))
	h.set("gone", "b", "", t0.Add(2*time.Second))
	h.set("gone2", "a", "", t0.Add(time.Second)) // a prefix of another skill's name
	h.set("kept", "a", "", t0.Add(time.Second))
	n, err := h.svc.RemoveSkill(context.Background(), "gone")
	if err != nil || n != 2 {
		t.Fatalf("RemoveSkill = %d, %v; want 2, nil", n, err)
	}
	h.close()
	h.open()
	if p := h.svc.Pending("gone"); p != 0 {
		t.Errorf("Pending(gone) after restart = %d", p)
	}
	h.advanceTo(t0.Add(time.Minute))
	var skills []string
	for _, ev := range h.sink.got() {
		skills = append(skills, ev.Skill)
	}
	slices.Sort(skills)
	if !slices.Equal(skills, []string{"gone2", "kept"}) {
		t.Errorf("fired for %v, want gone2 and kept", skills)
	}
}

// TestConcurrentWritesMatchDisk: many goroutines Set and Cancel the same
// names at once, so their writes share commits; afterwards what memory
// says and what a reopened file says must agree exactly.
func TestConcurrentWritesMatchDisk(t *testing.T) {
	h := newHarness(t, Options{})
	far := t0.Add(24 * time.Hour)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for range 200 {
				name := fmt.Sprintf("n%d", r.IntN(20))
				if r.IntN(3) == 0 {
					err := h.svc.Cancel(context.Background(), "s", name)
					if err != nil && !errors.Is(err, store.ErrNotFound) {
						t.Error(err)
					}
					continue
				}
				if err := h.svc.Set(context.Background(), "s", name, []byte(name), far, 0); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	snapshot := func(s *Service) map[string]uint64 {
		s.mu.Lock()
		defer s.mu.Unlock()
		m := map[string]uint64{}
		for k, e := range s.byKey {
			m[k.name] = e.gen
		}
		return m
	}
	before := snapshot(h.svc)
	h.close()
	h.open()
	after := snapshot(h.svc)
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("memory before restart %v\ndisk after restart %v", before, after)
	}
	if h.svc.Pending("s") != len(after) {
		t.Errorf("Pending = %d, want %d", h.svc.Pending("s"), len(after))
	}
}

func TestSharedDBAndLifecycle(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "host.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clk := clock.NewFake(t0)
	s, err := New(db, Options{Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	sink := newSink()
	if err := s.Start(context.Background(), nil); err == nil {
		t.Error("Start with a nil sink succeeded")
	}
	if err := s.Start(context.Background(), sink); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background(), sink); err == nil {
		t.Error("second Start succeeded")
	}
	if err := s.Set(context.Background(), "a", "b", nil, t0, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := sink.waitN(ctxT(t, 30*time.Second), 1); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
	// New does not own the db: it is still usable.
	if err := db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte(bucketName)) == nil {
			return errors.New("no timers bucket")
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
	// A second process cannot open a file Open holds.
	path := filepath.Join(t.TempDir(), "t.db")
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
