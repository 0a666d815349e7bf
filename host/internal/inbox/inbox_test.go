package inbox

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/bothost/bothost/host/internal/logfile"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
)

func msg(id, channel, text string) *abi.Event {
	return &abi.Event{ID: id, Kind: abi.KindMessage, Team: "T1", Channel: channel, Text: text, TS: "1.0", User: "U1",
		Time: time.UnixMilli(1_700_000_000_000)}
}

func open(t *testing.T, dir string, o Options) *Inbox {
	t.Helper()
	ib, err := Open(dir, o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return ib
}

// recorder is a Handler that records what it saw.
type recorder struct {
	mu   sync.Mutex
	seen []*abi.Event
	n    atomic.Int64
	hook func(ev *abi.Event) error
}

func (r *recorder) handle(ctx context.Context, ev *abi.Event) error {
	if r.hook != nil {
		if err := r.hook(ev); err != nil {
			return err
		}
	}
	r.mu.Lock()
	r.seen = append(r.seen, ev)
	r.mu.Unlock()
	r.n.Add(1)
	return nil
}

func (r *recorder) waitN(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for r.n.Load() < int64(n) {
		if time.Now().After(deadline) {
			t.Fatalf("handled %d events, want %d", r.n.Load(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

func (r *recorder) ids() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, len(r.seen))
	for i, e := range r.seen {
		out[i] = e.ID
	}
	return out
}

func run(t *testing.T, ib *Inbox, h Handler) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { ib.Run(ctx, h); close(done) }()
	return func() { cancel(); <-done }
}

func TestPutRunRoundTrip(t *testing.T) {
	dir := t.TempDir()
	ib := open(t, dir, Options{})
	ctx := context.Background()
	evs := []*abi.Event{
		msg("m1", "C1", "hello"),
		{ID: "t1", Kind: abi.KindTimer, Skill: "alerts", Name: "escalate", Payload: []byte{0, 1, 2}, Due: time.UnixMilli(1_700_000_001_000), Late: true},
		{ID: "h1", Kind: abi.KindWebhook, Skill: "alerts", Hook: "am", Method: "POST", Path: "/hooks/alerts/am",
			Headers: map[string]string{"content-type": "application/json"}, Body: []byte(`{"a":1}`)},
	}
	for _, ev := range evs {
		if err := ib.Put(ctx, ev); err != nil {
			t.Fatalf("Put %s: %v", ev.ID, err)
		}
	}
	// Close without handling: everything must come back after Open,
	// field for field.
	if err := ib.Close(); err != nil {
		t.Fatal(err)
	}
	ib = open(t, dir, Options{})
	defer ib.Close()
	if ib.Recovered() != 3 {
		t.Fatalf("Recovered = %d, want 3", ib.Recovered())
	}
	var rec recorder
	stop := run(t, ib, rec.handle)
	rec.waitN(t, 3)
	stop()
	got := map[string]*abi.Event{}
	for _, e := range rec.seen {
		got[e.ID] = e
	}
	for _, want := range evs {
		g := got[want.ID]
		if g == nil {
			t.Fatalf("event %s not recovered", want.ID)
		}
		if !reflect.DeepEqual(g, want) {
			t.Errorf("recovered %s =\n%+v\nwant\n%+v", want.ID, g, want)
		}
	}
}

func TestHandledEventsAreNotReplayed(t *testing.T) {
	dir := t.TempDir()
	ib := open(t, dir, Options{})
	var rec recorder
	stop := run(t, ib, rec.handle)
	for i := range 100 {
		if err := ib.Put(context.Background(), msg(fmt.Sprint("e", i), "C1", "x")); err != nil {
			t.Fatal(err)
		}
	}
	rec.waitN(t, 100)
	stop()
	ib.Close()
	ib = open(t, dir, Options{})
	defer ib.Close()
	if ib.Recovered() != 0 {
		t.Fatalf("Recovered = %d after every event was handled, want 0", ib.Recovered())
	}
	if err := ib.Put(context.Background(), msg("e5", "C1", "x")); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("re-Put after restart: %v, want ErrDuplicate", err)
	}
}

func TestDedupConcurrent(t *testing.T) {
	ib := open(t, t.TempDir(), Options{})
	defer ib.Close()
	var rec recorder
	stop := run(t, ib, rec.handle)
	defer stop()
	const ids, copies = 50, 8
	var ok, dup atomic.Int64
	var wg sync.WaitGroup
	for i := range ids {
		for range copies {
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := ib.Put(context.Background(), msg(fmt.Sprint("id", i), fmt.Sprint("C", i%5), "x"))
				switch {
				case err == nil:
					ok.Add(1)
				case errors.Is(err, ErrDuplicate):
					dup.Add(1)
				default:
					t.Errorf("Put: %v", err)
				}
			}()
		}
	}
	wg.Wait()
	if ok.Load() != ids || dup.Load() != ids*(copies-1) {
		t.Fatalf("accepted %d, duplicates %d; want %d and %d", ok.Load(), dup.Load(), ids, ids*(copies-1))
	}
	rec.waitN(t, ids)
	time.Sleep(50 * time.Millisecond)
	if n := rec.n.Load(); n != ids {
		t.Fatalf("handler ran %d times, want %d", n, ids)
	}
}

func TestDedupWindowExpires(t *testing.T) {
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	dir := t.TempDir()
	ib := open(t, dir, Options{Clock: fc, DedupWindow: time.Hour})
	ctx := context.Background()
	if err := ib.Put(ctx, msg("a", "C", "x")); err != nil {
		t.Fatal(err)
	}
	fc.Advance(59 * time.Minute)
	if err := ib.Put(ctx, msg("a", "C", "x")); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("after 59m: %v, want ErrDuplicate", err)
	}
	ib.Close()
	// Still remembered across a restart within the window.
	ib = open(t, dir, Options{Clock: fc, DedupWindow: time.Hour})
	if err := ib.Put(ctx, msg("a", "C", "x")); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("after restart at 59m: %v, want ErrDuplicate", err)
	}
	fc.Advance(2 * time.Minute)
	if err := ib.Put(ctx, msg("a", "C", "x")); err != nil {
		t.Fatalf("after 61m: %v, want accepted again", err)
	}
	ib.Close()
}

func TestConversationOrderAndParallelism(t *testing.T) {
	ib := open(t, t.TempDir(), Options{Workers: 8})
	defer ib.Close()
	block := make(chan struct{})
	var slowIn atomic.Int64 // SLOW events that reached the handler
	var rec recorder
	rec.hook = func(ev *abi.Event) error {
		if ev.Channel == "SLOW" {
			slowIn.Add(1)
			<-block // a stuck conversation must not hold the others
		} else {
			time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		}
		return nil
	}
	stop := run(t, ib, rec.handle)
	defer stop()
	ctx := context.Background()
	if err := ib.Put(ctx, msg("slow-1", "SLOW", "x")); err != nil {
		t.Fatal(err)
	}
	if err := ib.Put(ctx, msg("slow-2", "SLOW", "x")); err != nil {
		t.Fatal(err)
	}
	const convs, per = 20, 50
	var wg sync.WaitGroup
	for c := range convs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				if err := ib.Put(ctx, msg(fmt.Sprintf("c%d-%03d", c, i), fmt.Sprint("C", c), "x")); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	rec.waitN(t, convs*per)
	if rec.n.Load() != convs*per {
		t.Fatalf("handled %d, want %d (the slow conversation must still be blocked)", rec.n.Load(), convs*per)
	}
	// slow-1 is stuck in the handler, and slow-2 must wait behind it: the
	// hook blocks before the recorder counts, so only this shows whether
	// slow-2 was let in.
	for deadline := time.Now().Add(10 * time.Second); slowIn.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("slow-1 never reached the handler")
		}
	}
	time.Sleep(20 * time.Millisecond) // room for a wrongly admitted slow-2 to show
	if n := slowIn.Load(); n != 1 {
		t.Fatalf("%d events of the SLOW conversation in the handler at once, want 1", n)
	}
	close(block)
	rec.waitN(t, convs*per+2)
	last := map[string]string{}
	for _, id := range rec.ids() {
		var c string
		if id[:4] == "slow" {
			c = "slow"
		} else {
			c = id[:len(id)-4]
		}
		if id <= last[c] {
			t.Fatalf("conversation %s: %s handled after %s", c, id, last[c])
		}
		last[c] = id
	}
}

func TestHandlerErrorRetriesInOrder(t *testing.T) {
	ib := open(t, t.TempDir(), Options{RetryDelay: 10 * time.Millisecond})
	defer ib.Close()
	var fails atomic.Int64
	var rec recorder
	rec.hook = func(ev *abi.Event) error {
		if ev.ID == "a" && fails.Add(1) <= 3 {
			return errors.New("disk full")
		}
		if ev.ID == "p" {
			panic("boom")
		}
		return nil
	}
	stop := run(t, ib, rec.handle)
	defer stop()
	for _, id := range []string{"a", "b", "c", "p", "d"} {
		if err := ib.Put(context.Background(), msg(id, "C1", "x")); err != nil {
			t.Fatal(err)
		}
	}
	rec.waitN(t, 4)
	deadline := time.Now().Add(10 * time.Second)
	for ib.Pending() != 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if got := rec.ids(); !reflect.DeepEqual(got, []string{"a", "b", "c", "d"}) {
		t.Fatalf("handled %v, want [a b c d] (a retried first, p dropped after panics)", got)
	}
	if ib.Pending() != 0 {
		t.Fatalf("Pending = %d, want 0", ib.Pending())
	}
}

func TestTornTailIsTruncated(t *testing.T) {
	dir := t.TempDir()
	ib := open(t, dir, Options{})
	for i := range 10 {
		if err := ib.Put(context.Background(), msg(fmt.Sprint("e", i), "C", "x")); err != nil {
			t.Fatal(err)
		}
	}
	ib.Close()
	logs, _, _ := listSegments(dir)
	last := logfile.Name(dir, logs[len(logs)-1], ".log")
	f, err := os.OpenFile(last, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Half a frame, as a crash mid-write leaves it.
	frame, _ := appendEvent(nil, 99, time.Now(), 1, msg("torn", "C", "x"))
	f.Write(frame[:30])
	f.Close()
	ib = open(t, dir, Options{})
	defer ib.Close()
	if ib.Recovered() != 10 {
		t.Fatalf("Recovered = %d, want 10", ib.Recovered())
	}
	fi, _ := os.Stat(last)
	valid, err := logfile.Scan(last, maxRecord, func(byte, []byte) error { return nil })
	if err != nil || valid != fi.Size() {
		t.Fatalf("after recovery segment has %d valid of %d bytes (err %v)", valid, fi.Size(), err)
	}
}

func TestCompactionKeepsDedup(t *testing.T) {
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	dir := t.TempDir()
	o := Options{Clock: fc, SegmentSize: 4 << 10}
	ib := open(t, dir, o)
	var rec recorder
	stop := run(t, ib, rec.handle)
	const n = 300
	for i := range n {
		if err := ib.Put(context.Background(), msg(fmt.Sprintf("e%04d", i), fmt.Sprint("C", i%7), "some text to fill the segment")); err != nil {
			t.Fatal(err)
		}
	}
	rec.waitN(t, n)
	// Done marks ride the next commit; one more Put flushes them.
	ib.Put(context.Background(), msg("flush", "C", "x"))
	rec.waitN(t, n+1)
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, ids, _ := listSegments(dir)
		if len(ids) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no segment was compacted")
		}
		ib.segs.kickCompactor()
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	ib.Close()
	logs, ids, _ := listSegments(dir)
	t.Logf("after compaction: %d .log, %d .ids", len(logs), len(ids))

	ib = open(t, dir, o)
	if ib.Recovered() != 0 {
		t.Fatalf("Recovered = %d, want 0", ib.Recovered())
	}
	for _, id := range []string{"e0000", "e0150", "e0299"} {
		if err := ib.Put(context.Background(), msg(id, "C", "x")); !errors.Is(err, ErrDuplicate) {
			t.Fatalf("Put %s after compaction and restart: %v, want ErrDuplicate", id, err)
		}
	}
	// Past the window the .ids files go and the ids are forgotten.
	fc.Advance(DefaultDedupWindow + time.Minute)
	ib.compactOnce()
	ib.Close()
	_, ids, _ = listSegments(dir)
	if len(ids) != 0 {
		t.Fatalf("%d .ids files left after the dedup window", len(ids))
	}
	ib = open(t, dir, o)
	defer ib.Close()
	if err := ib.Put(context.Background(), msg("e0000", "C", "x")); err != nil {
		t.Fatalf("Put after window: %v", err)
	}
}

func TestMaxPendingAndClosed(t *testing.T) {
	ib := open(t, t.TempDir(), Options{MaxPending: 3})
	ctx := context.Background()
	for i := range 3 {
		if err := ib.Put(ctx, msg(fmt.Sprint(i), "C", "x")); err != nil {
			t.Fatal(err)
		}
	}
	if err := ib.Put(ctx, msg("4", "C", "x")); !errors.Is(err, ErrFull) {
		t.Fatalf("Put past MaxPending: %v, want ErrFull", err)
	}
	// A refused id is not remembered: the retry is accepted later, once
	// the pending events are handled.
	var rec recorder
	stop := run(t, ib, rec.handle)
	rec.waitN(t, 3)
	for deadline := time.Now().Add(10 * time.Second); ib.Pending() != 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("Pending = %d after the events were handled", ib.Pending())
		}
	}
	if err := ib.Put(ctx, msg("4", "C", "x")); err != nil {
		t.Fatalf("retry of the id refused with ErrFull: %v, want accepted", err)
	}
	rec.waitN(t, 4)
	stop()
	ib.Close()
	if err := ib.Put(ctx, msg("5", "C", "x")); !errors.Is(err, ErrClosed) {
		t.Fatalf("Put after Close: %v, want ErrClosed", err)
	}
	if err := ib.Put(ctx, &abi.Event{Kind: abi.KindMessage}); err == nil {
		t.Fatal("Put without id accepted")
	}
}

// An event whose record is over abi.MaxEventSize is refused by Put with
// ErrTooLarge (no skill could be handed it), nothing is stored, and the id
// is not remembered; one at the limit is accepted.
func TestPutRefusesOversizedEvents(t *testing.T) {
	dir := t.TempDir()
	ib := open(t, dir, Options{})
	ctx := context.Background()
	hook := func(id string, body int) *abi.Event {
		return &abi.Event{ID: id, Kind: abi.KindWebhook, Skill: "alerts", Hook: "am", Method: "POST", Path: "/hooks/alerts/am",
			Body: make([]byte, body)}
	}
	over := hook("big", abi.MaxEventSize)
	n := len(over.AppendRecord(nil))
	if n <= abi.MaxEventSize {
		t.Fatalf("test event record is %d bytes, not over %d", n, abi.MaxEventSize)
	}
	err := ib.Put(ctx, over)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Put of a %d-byte record: %v, want ErrTooLarge", n, err)
	}
	for _, want := range []string{"big", fmt.Sprint(n), fmt.Sprint(abi.MaxEventSize)} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %s", err, want)
		}
	}
	if IsDuplicate(err) || ib.Pending() != 0 {
		t.Fatalf("refused event: duplicate %v, pending %d", IsDuplicate(err), ib.Pending())
	}
	// Not remembered: the same id is refused the same way, not as a
	// duplicate, and accepted once it fits.
	if err := ib.Put(ctx, over); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("second Put: %v, want ErrTooLarge", err)
	}
	fits := hook("big", abi.MaxEventSize-(n-abi.MaxEventSize))
	if m := len(fits.AppendRecord(nil)); m != abi.MaxEventSize {
		t.Fatalf("event at the limit is %d bytes, want %d", m, abi.MaxEventSize)
	}
	if err := ib.Put(ctx, fits); err != nil {
		t.Fatalf("Put of a record at the limit: %v", err)
	}
	if err := ib.Close(); err != nil {
		t.Fatal(err)
	}
	ib = open(t, dir, Options{})
	defer ib.Close()
	if ib.Recovered() != 1 {
		t.Fatalf("Recovered = %d, want only the event that fits", ib.Recovered())
	}
}

func TestDamagedDirectory(t *testing.T) {
	dir := t.TempDir()
	// Not a directory.
	f := filepath.Join(dir, "file")
	os.WriteFile(f, []byte("x"), 0o600)
	if _, err := Open(f, Options{}); err == nil {
		t.Fatal("Open on a file succeeded")
	}
}

// With BeforeDone, a handled event is marked done on disk only after
// BeforeDone succeeded for it: while it fails, the events come back after
// a restart; once it succeeds, they do not.
func TestBeforeDoneGatesDoneMarks(t *testing.T) {
	dir := t.TempDir()
	var fail atomic.Bool
	fail.Store(true)
	var calls atomic.Int64
	o := Options{RetryDelay: 5 * time.Millisecond, BeforeDone: func(context.Context) error {
		calls.Add(1)
		if fail.Load() {
			return errors.New("outbox disk full")
		}
		return nil
	}}
	ib := open(t, dir, o)
	var rec recorder
	stop := run(t, ib, rec.handle)
	for i := range 20 {
		if err := ib.Put(context.Background(), msg(fmt.Sprint("e", i), fmt.Sprint("C", i%3), "x")); err != nil {
			t.Fatal(err)
		}
	}
	rec.waitN(t, 20)
	for calls.Load() < 3 {
		time.Sleep(time.Millisecond)
	}
	stop()
	ib.Close() // BeforeDone still failing: no done mark may be written
	ib = open(t, dir, o)
	if ib.Recovered() != 20 {
		t.Fatalf("Recovered = %d with BeforeDone failing, want 20", ib.Recovered())
	}
	fail.Store(false)
	var rec2 recorder
	stop = run(t, ib, rec2.handle)
	rec2.waitN(t, 20)
	stop()
	if err := ib.SyncDone(); err != nil {
		t.Fatal(err)
	}
	ib.Close()
	ib = open(t, dir, o)
	defer ib.Close()
	if ib.Recovered() != 0 {
		t.Fatalf("Recovered = %d after BeforeDone succeeded, want 0", ib.Recovered())
	}
}

// TestLanesKeepASlowSkillToItsLimit: 40 events for a stuck lane limited
// to 2 take 2 workers, not all 8: the other lane's events are all
// handled meanwhile. A conversation whose first event is in the stuck
// lane keeps its later events (in another lane) behind it. Once the lane
// is released every event is handled, in order per conversation.
func TestLanesKeepASlowSkillToItsLimit(t *testing.T) {
	laneOf := func(ev *abi.Event) (string, int) {
		if ev.Text == "slow" {
			return "slow", 2
		}
		return "fast", 0
	}
	m := NewMetrics(nil)
	ib := open(t, t.TempDir(), Options{Workers: 8, Lane: laneOf, Metrics: m})
	defer ib.Close()
	release := make(chan struct{})
	var inSlow, maxSlow atomic.Int64
	var rec recorder
	rec.hook = func(ev *abi.Event) error {
		if ev.Text == "slow" {
			n := inSlow.Add(1)
			for {
				m := maxSlow.Load()
				if n <= m || maxSlow.CompareAndSwap(m, n) {
					break
				}
			}
			<-release
			inSlow.Add(-1)
		}
		return nil
	}
	stop := run(t, ib, rec.handle)
	defer stop()
	ctx := context.Background()
	put := func(ev *abi.Event) {
		t.Helper()
		if err := ib.Put(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	const slow, fast = 40, 200
	for i := range slow {
		put(msg(fmt.Sprintf("s%03d", i), fmt.Sprint("S", i), "slow"))
	}
	// S0 and S1 are the two conversations the stuck lane runs first; a
	// fast event in S39 waits behind its slow one.
	put(msg("s039-after", "S39", "fast"))
	for i := range fast {
		put(msg(fmt.Sprintf("f%03d", i), fmt.Sprint("F", i%10), "fast"))
	}
	rec.waitN(t, fast)
	time.Sleep(50 * time.Millisecond) // room for a wrongly admitted event to show
	if got := maxSlow.Load(); got != 2 {
		t.Errorf("%d slow events in flight at once, want the lane's limit 2", got)
	}
	if got := rec.n.Load(); got != fast {
		t.Fatalf("handled %d while the slow lane was stuck, want the %d fast ones only", got, fast)
	}
	gauge := func(v *prometheus.GaugeVec, lane string) float64 {
		var pb dto.Metric
		if err := v.WithLabelValues(lane).Write(&pb); err != nil {
			t.Fatal(err)
		}
		return pb.GetGauge().GetValue()
	}
	if r, w := gauge(m.LaneRunning, "slow"), gauge(m.LaneWaiting, "slow"); r != 2 || w != slow-2 {
		t.Errorf("slow lane: running %v, waiting %v; want 2 and %d", r, w, slow-2)
	}
	close(release)
	rec.waitN(t, slow+fast+1)
	for _, l := range []string{"slow", "fast"} {
		deadline := time.Now().Add(5 * time.Second)
		for gauge(m.LaneRunning, l)+gauge(m.LaneWaiting, l) != 0 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond) // the last finish may still be on its way
		}
		if r, w := gauge(m.LaneRunning, l), gauge(m.LaneWaiting, l); r != 0 || w != 0 {
			t.Errorf("lane %s after the run: running %v, waiting %v; want 0", l, r, w)
		}
	}
	pos := map[string]int{}
	for i, id := range rec.ids() {
		pos[id] = i
	}
	if pos["s039-after"] < pos["s039"] {
		t.Errorf("S39's fast event ran before its slow one")
	}
	for i := 1; i < fast; i++ {
		a, b := fmt.Sprintf("f%03d", i-10), fmt.Sprintf("f%03d", i)
		if i >= 10 && pos[b] < pos[a] {
			t.Fatalf("conversation F%d: %s handled before %s", i%10, b, a)
		}
	}
}

// The LaneFunc (the host's routing) runs on a worker without the queue's
// lock: one stuck in it does not hold up the writer's commit, so Puts
// keep being acked, and the other workers keep handling events.
func TestLaneFuncIsNotOnTheAckPath(t *testing.T) {
	stuck := make(chan struct{})
	entered := make(chan struct{})
	var once sync.Once
	laneOf := func(ev *abi.Event) (string, int) {
		if ev.ID == "stuck" {
			once.Do(func() { close(entered) })
			<-stuck
		}
		return "", 0
	}
	ib := open(t, t.TempDir(), Options{Workers: 4, Lane: laneOf})
	defer ib.Close()
	var rec recorder
	stop := run(t, ib, rec.handle)
	defer stop()
	defer close(stuck) // before stop: the stuck worker must return
	ctx := context.Background()
	if err := ib.Put(ctx, msg("stuck", "C0", "x")); err != nil {
		t.Fatal(err)
	}
	<-entered
	done := make(chan error, 1)
	go func() {
		for i := range 20 {
			if err := ib.Put(ctx, msg(fmt.Sprint("e", i), fmt.Sprint("C", i%5+1), "x")); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Put blocked while a LaneFunc call was stuck")
	}
	rec.waitN(t, 20)
}
