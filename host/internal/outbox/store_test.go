package outbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/logfile"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// keyed is a post with a dedup key.
func keyed(channel, text, event string, seq int) wasmrt.Send {
	s := post(team1, channel, text)
	s.EventID, s.Seq = event, seq
	return s
}

// logFiles lists the outbox directory: snapshot and segment ids.
func logFilesOf(t *testing.T, dir string) dirFiles {
	t.Helper()
	f, err := listDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestLogTornTail: a crash in the middle of a write leaves a torn frame at
// the end of the newest segment. Recovery cuts it off and keeps every
// message flushed before it, in order, with its dedup key.
func TestLogTornTail(t *testing.T) {
	cases := []struct {
		name string
		tail func(whole []byte) []byte // what the crash left after the last good frame
	}{
		{"clean", func([]byte) []byte { return nil }},
		{"short header", func([]byte) []byte { return []byte{0x20, 0, 0} }},
		{"short body", func(w []byte) []byte { return w[:len(w)-5] }},
		{"bad checksum", func(w []byte) []byte {
			b := slices.Clone(w)
			b[len(b)-1] ^= 0xff
			return b
		}},
		{"zeros", func([]byte) []byte { return make([]byte, 4096) }},
		{"short body, then zeros", func(w []byte) []byte { return append(w[:len(w)-5:len(w)-5], make([]byte, 4096)...) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := ctxT(t)
			fs := newFake(t)
			path := filepath.Join(t.TempDir(), "outbox.db")
			opt := testOptions(fs, nil)
			ob := openOutbox(t, path, opt)
			var refs []string
			for i := range 5 {
				refs = append(refs, send(t, ob, keyed("C1", fmt.Sprintf("m%d", i), "Ev1", i+1)))
			}
			if err := ob.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			ob.crash()

			// The crash left the segment's preallocated zeros; cut them
			// off to append the tail where a crash would have left it.
			files := logFilesOf(t, path)
			seg := logfile.Name(path, files.logs[len(files.logs)-1], extLog)
			good, err := os.ReadFile(seg)
			if err != nil {
				t.Fatal(err)
			}
			if i := bytes.LastIndexFunc(good, func(r rune) bool { return r != 0 }); i >= 0 {
				good = good[:i+1]
			}
			// (The last frame ends with its payload, not with a zero:
			// its last entry is a JSON record.)
			if err := os.Truncate(seg, int64(len(good))); err != nil {
				t.Fatal(err)
			}
			// A whole frame as the committer writes it, for the tail.
			whole, _ := encodeBatch(nil, []wop{{kind: opSend, n: 99, val: []byte(`{"channel":"C1","text":"torn"}`),
				item: &item{n: 99}}})
			f, err := os.OpenFile(seg, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write(c.tail(whole)); err != nil {
				t.Fatal(err)
			}
			f.Close()

			ob2 := openOutbox(t, path, testOptions(fs, nil))
			if got := value(ob2.metrics.pending); got != 5 {
				t.Fatalf("reopened with %v pending, want 5", got)
			}
			if fi, err := os.Stat(seg); err != nil || fi.Size() != int64(len(good)) {
				t.Fatalf("segment not cut back to its valid %d bytes: %v, %v", len(good), fi.Size(), err)
			}
			for i := range 5 {
				if got := send(t, ob2, keyed("C1", "re-run", "Ev1", i+1)); got != refs[i] {
					t.Fatalf("re-run send %d got %q, want %q", i+1, got, refs[i])
				}
			}
			ob2.Start(ctx)
			calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, 5)
			if err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob2)
			if got := texts(calls); !slices.Equal(got, []string{"m0", "m1", "m2", "m3", "m4"}) {
				t.Fatalf("delivered %q", got)
			}
			// And the log appended to after the cut reads back cleanly.
			_ = ob2.Close()
			ob3 := openOutbox(t, path, testOptions(fs, nil))
			if got := value(ob3.metrics.pending); got != 0 {
				t.Fatalf("%v pending after delivery and restart", got)
			}
			for i, ref := range refs {
				if ts, err := ob3.Resolve(ctx, ref); err != nil || ts != calls[i].TS {
					t.Errorf("Resolve(%s) = (%q, %v), want %q", ref, ts, err, calls[i].TS)
				}
			}
		})
	}
}

// TestCompaction: with small segments the log is compacted into a
// snapshot as it grows. After a crash (also one right after a compaction
// made its snapshot durable but before it removed the files it replaces,
// with a temporary file left behind) the outbox has the same state:
// delivered refs resolve to their ts, dedup keys answer the first ref,
// dead letters are listed, pending messages are delivered in order, and
// numbers are not reused.
func TestCompaction(t *testing.T) {
	for _, die := range []bool{false, true} {
		t.Run(fmt.Sprintf("die_before_remove=%v", die), func(t *testing.T) {
			ctx := ctxT(t)
			fs := newFake(t)
			fs.Inject(fakeslack.MethodPostMessage, fakeslack.Fault{Error: "is_archived", Times: 1, Channel: "CGONE"})
			path := filepath.Join(t.TempDir(), "outbox.db")
			opt := testOptions(fs, nil)
			opt.segmentSize = 1024
			ob := openOutbox(t, path, opt)
			runCtx, stop := context.WithCancel(ctx)
			ob.Start(runCtx)

			const delivered = 60
			var refs []string
			for i := range delivered {
				ch := []string{"C1", "C2", "C3"}[i%3]
				refs = append(refs, send(t, ob, keyed(ch, fmt.Sprintf("d%02d", i), fmt.Sprintf("Ev%d", i), 1)))
				if i%7 == 0 {
					if err := ob.Flush(ctx); err != nil { // more, smaller commits
						t.Fatal(err)
					}
				}
			}
			dead := send(t, ob, keyed("CGONE", "gone", "EvGone", 1))
			calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, delivered)
			if err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob)
			stop()
			var pending []string
			for i := range 5 {
				pending = append(pending, send(t, ob, keyed("C9", fmt.Sprintf("p%d", i), "EvP", i+1)))
				// One commit each: with 1 KiB segments they close at
				// least one segment after the last background compaction
				// (outcomes are committed lazily, so the delivery phase
				// may not have left one), which the forced compaction
				// below needs.
				if err := ob.Flush(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if ob.Compactions() == 0 {
				t.Errorf("no compaction with %d-byte segments", opt.segmentSize)
			}
			if die {
				ob.cmu.Lock() // held by compactions: none runs from here
				ob.testCompacted = func() bool { return true }
				// A background compaction may have taken every closed
				// segment already; the crash case needs one to compact.
				// The committer is idle (delivery stopped, all flushed).
				ob.files.mu.Lock()
				closed := len(ob.files.closed)
				ob.files.mu.Unlock()
				if closed == 0 {
					if err := ob.files.roll(); err != nil {
						t.Fatal(err)
					}
				}
				ob.cmu.Unlock()
				if err := os.WriteFile(filepath.Join(path, "00000000000000000999.snap.tmp"), []byte("half a snapshot"), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if err := ob.compact(true); err != nil {
				t.Fatal(err)
			}
			if files := logFilesOf(t, path); die && len(files.snaps) != 2 {
				t.Fatalf("snapshots %v before the crash, want the old and the new", files.snaps)
			}
			ob.crash()

			ob2 := openOutbox(t, path, testOptions(fs, nil))
			files := logFilesOf(t, path)
			if len(files.snaps) != 1 || len(files.tmps) != 0 {
				t.Errorf("after recovery: snapshots %v, temporary files %v; want one snapshot, no temporary file", files.snaps, files.tmps)
			}
			for _, id := range files.logs {
				if len(files.snaps) > 0 && id <= files.snaps[0] {
					t.Errorf("segment %d left behind snapshot %d", id, files.snaps[0])
				}
			}
			if got := value(ob2.metrics.pending); got != 5 {
				t.Fatalf("reopened with %v pending, want 5", got)
			}
			tsOf := map[string]string{}
			for _, c := range calls {
				tsOf[c.Text] = c.TS
			}
			for i, ref := range refs {
				want := tsOf[fmt.Sprintf("d%02d", i)]
				if ts, err := ob2.Resolve(ctx, ref); err != nil || ts != want || want == "" {
					t.Errorf("Resolve(%s) = (%q, %v), want %q", ref, ts, err, want)
				}
				if got := send(t, ob2, keyed("C1", "re-run", fmt.Sprintf("Ev%d", i), 1)); got != ref {
					t.Errorf("re-run of Ev%d got %q, want %q", i, got, ref)
				}
			}
			for i, ref := range pending {
				if got := send(t, ob2, keyed("C9", "re-run", "EvP", i+1)); got != ref {
					t.Errorf("re-run of pending %d got %q, want %q", i, got, ref)
				}
			}
			if _, err := ob2.Resolve(ctx, dead); err == nil || !strings.Contains(err.Error(), "dead-lettered") {
				t.Errorf("Resolve of the dead letter: %v", err)
			}
			dl, err := ob2.DeadLetters(ctx)
			if err != nil || len(dl) != 1 || dl[0].Ref != dead || dl[0].Channel != "CGONE" || !strings.Contains(dl[0].Err, "is_archived") {
				t.Errorf("DeadLetters = %+v, %v", dl, err)
			}
			fresh := send(t, ob2, post(team1, "C8", "fresh"))
			if slices.Contains(refs, fresh) || slices.Contains(pending, fresh) || fresh == dead {
				t.Errorf("number %s reused", fresh)
			}
			ob2.Start(ctx)
			if _, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, delivered+6); err != nil {
				t.Fatal(err)
			}
			waitPending(t, ob2)
			var got []string
			for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
				if c.Channel == "C9" {
					got = append(got, c.Text)
				}
			}
			if !slices.Equal(got, []string{"p0", "p1", "p2", "p3", "p4"}) {
				t.Errorf("pending delivered as %q", got)
			}
		})
	}
}

// TestRetentionAcrossRestart: recovery and compaction apply the
// retention: a ref resolves for RefRetention and a dedup key is known for
// DedupRetention, counted from the message's creation, across restarts.
func TestRetentionAcrossRestart(t *testing.T) {
	ctx := ctxT(t)
	fs := newFake(t)
	fc := clock.NewFake(time.Unix(1_700_000_000, 0))
	path := filepath.Join(t.TempDir(), "outbox.db")
	options := func() Options {
		o := testOptions(fs, nil)
		o.Clock = fc
		o.DedupRetention = 2 * time.Hour
		o.RefRetention = 5 * time.Hour
		o.segmentSize = 256
		return o
	}
	deliver := func(ob *Outbox, s wasmrt.Send) (string, string) {
		t.Helper()
		before := fs.Count(fakeslack.MethodPostMessage)
		ref := send(t, ob, s)
		calls, err := fs.WaitCalls(ctx, fakeslack.MethodPostMessage, int(before)+1)
		if err != nil {
			t.Fatal(err)
		}
		waitPending(t, ob)
		return ref, calls[len(calls)-1].TS
	}
	s := keyed("C1", "hello", "Ev1", 1)

	ob, err := Open(path, testTokens, options())
	if err != nil {
		t.Fatal(err)
	}
	ob.Start(ctx)
	ref1, ts1 := deliver(ob, s)
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}

	fc.Advance(3 * time.Hour) // past the dedup window, within the ref retention
	ob2, err := Open(path, testTokens, options())
	if err != nil {
		t.Fatal(err)
	}
	if ts, err := ob2.Resolve(ctx, ref1); err != nil || ts != ts1 {
		t.Fatalf("Resolve after 3h = (%q, %v), want %q", ts, err, ts1)
	}
	ob2.Start(ctx)
	ref2, ts2 := deliver(ob2, s)
	if ref2 == ref1 {
		t.Fatalf("dedup key known after DedupRetention")
	}
	if err := ob2.Close(); err != nil {
		t.Fatal(err)
	}

	fc.Advance(3 * time.Hour) // ref1 is 6h old, ref2 3h
	check := func(ob *Outbox) {
		t.Helper()
		if _, err := ob.Resolve(ctx, ref1); !errors.Is(err, ErrUnknownRef) {
			t.Errorf("Resolve of a ref past RefRetention: %v", err)
		}
		if ts, err := ob.Resolve(ctx, ref2); err != nil || ts != ts2 {
			t.Errorf("Resolve(%s) = (%q, %v), want %q", ref2, ts, err, ts2)
		}
	}
	ob3, err := Open(path, testTokens, options())
	if err != nil {
		t.Fatal(err)
	}
	check(ob3)
	// A compaction now drops what left the retention from the files too.
	// (A message bigger than a segment closes the active one, so that the
	// compaction covers every earlier write.)
	send(t, ob3, post(team1, "C2", strings.Repeat("long ", 60)))
	if err := ob3.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := ob3.compact(true); err != nil {
		t.Fatal(err)
	}
	files := logFilesOf(t, path)
	snap := newLogState(ob3.log, math.MinInt64, math.MinInt64)
	if err := snap.readSnapshot(logfile.Name(path, files.snaps[len(files.snaps)-1], extSnap)); err != nil {
		t.Fatal(err)
	}
	n1, _ := refNumber(ref1)
	n2, _ := refNumber(ref2)
	if snap.refs.has(n1) || snap.pend[n1] != nil {
		t.Errorf("compaction kept %s past RefRetention", ref1)
	}
	if !snap.refs.has(n2) {
		t.Errorf("compaction dropped %s within RefRetention", ref2)
	}
	if err := ob3.Close(); err != nil {
		t.Fatal(err)
	}
	ob4 := openOutbox(t, path, options())
	check(ob4)
	if got := send(t, ob4, s); got == ref1 || got == ref2 {
		t.Errorf("re-send got old ref %s after DedupRetention", got)
	}
}

// TestPackTS: Slack ts are kept packed; anything else round-trips through
// the side map.
func TestPackTS(t *testing.T) {
	cases := []struct {
		ts   string
		pack bool
	}{
		{"1700000000.000001", true},
		{"1700000000.123456", true},
		{"9.000000", true},
		{"", false},
		{"0.000000", false},
		{"01700000000.000001", false},
		{"1700000000.00001", false},
		{"1700000000,000001", false},
		{"-1.000000", false},
		{"p1700000000000001", false},
	}
	tab := newRefTable()
	for i, c := range cases {
		p, ok := packTS(c.ts)
		if ok != c.pack {
			t.Errorf("packTS(%q) ok = %v, want %v", c.ts, ok, c.pack)
		}
		if ok && unpackTS(p) != c.ts {
			t.Errorf("unpackTS(packTS(%q)) = %q", c.ts, unpackTS(p))
		}
		tab.set(uint64(i), 1, stSent, c.ts, "")
	}
	for i, c := range cases {
		if _, v, ok := tab.get(uint64(i)); !ok || v != c.ts {
			t.Errorf("refTable kept %q as %q", c.ts, v)
		}
	}
	tab.set(100, 1, stDead, "1700000000.000001", "")
	if e, v, _ := tab.get(100); e.ts != 0 || v != "1700000000.000001" {
		t.Errorf("a dead letter's error was packed as a ts: %+v %q", e, v)
	}
}

func TestSlackTS(t *testing.T) {
	for _, c := range []struct {
		t    time.Time
		want string
	}{
		{time.UnixMicro(1700000000000123), "1700000000.000123"},
		{time.UnixMicro(1700000000123456), "1700000000.123456"},
		{time.Unix(0, 0), "0.000000"},
		{time.Unix(0, 999), "0.000000"},
		{time.UnixMicro(-1), "-1.999999"},
		{time.UnixMicro(-1000000), "-1.000000"},
		{time.UnixMicro(-1000001), "-2.999999"},
		{time.Unix(0, -1), "-1.999999"}, // UnixMicro floors
	} {
		if got := slackTS(c.t); got != c.want {
			t.Errorf("slackTS(%d µs) = %q, want %q", c.t.UnixMicro(), got, c.want)
		}
	}
}

// TestPreallocatedTail: whatever the batch sizes, the zeros after the last
// frame of the active segment read as preallocation (TornError.Zeros), so
// recovery after a crash does not warn about a torn tail.
func TestPreallocatedTail(t *testing.T) {
	lf := &logFiles{dir: t.TempDir(), segSize: 4096}
	defer lf.close(false)
	for size := 1; lf.activeSize < 3*4096; size = size%97 + 1 {
		b := logfile.Append(nil, recBatch, func(b []byte) []byte { return append(b, make([]byte, size)...) })
		if err := lf.write(b); err != nil {
			t.Fatal(err)
		}
		if left := lf.allocated - lf.activeSize; left < logfile.Header {
			t.Fatalf("after a write to %d, %d bytes of zeros follow: short of a frame header", lf.activeSize, left)
		}
	}
	path := logfile.Name(lf.dir, lf.activeID, extLog)
	valid, err := logfile.Scan(path, maxRecord, func(byte, []byte) error { return nil })
	var torn *logfile.TornError
	if !errors.As(err, &torn) || !torn.Zeros() || valid != lf.activeSize {
		t.Fatalf("Scan = %d, %v; want %d and the preallocated zeros", valid, err, lf.activeSize)
	}
}
