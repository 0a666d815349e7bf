package wasmrt_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// hostileHost is a registry serving one hostile skill next to the Rust
// echo skill, so each test can show the host stays up and the other skill
// still answers.
type hostileHost struct {
	reg  *dispatch.Registry
	eng  *wasmrt.Engine
	rec  *effects.Recorder
	kv   store.KV
	logs *testlog.Buffer
}

func newHostileHost(t testing.TB, hostile string, tweak func(*config.Skill)) (*hostileHost, error) {
	t.Helper()
	ctx := context.Background()
	clk := &fixedClock{t: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	kv := store.NewMemory(clk)
	rec := effects.New(kv, clk)
	logs := &testlog.Buffer{}
	eng, err := wasmrt.NewEngine("", wasmrt.Services{
		KV: rec.KV(), Outbox: rec, Timers: rec, Clock: clk,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(ctx) })
	dir := t.TempDir()
	// Copy modules so the config's paths are stable per test.
	cp := func(name string) string {
		p := filepath.Join(dir, name+".wasm")
		if err := os.WriteFile(p, testskills.Read(t, name), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	echo := testSkill("echo", cp("echo-rust"))
	echo.Routes.DMs = true
	bad := testSkill("hostile", cp("hostile-"+hostile))
	bad.Limits.Deadline = 300 * time.Millisecond
	bad.Limits.MemoryBytes = 4 << 20
	if tweak != nil {
		tweak(&bad)
	}
	reg := dispatch.NewRegistry(eng, slog.New(slog.NewTextHandler(logs, nil)))
	t.Cleanup(func() { reg.Close(ctx) })
	h := &hostileHost{reg: reg, eng: eng, rec: rec, kv: kv, logs: logs}
	return h, reg.Apply(ctx, &config.Config{Skills: []config.Skill{bad, echo}})
}

// hit sends one event to the hostile skill and returns its outcome.
func (h *hostileHost) hit(t *testing.T, id string) error {
	t.Helper()
	res := h.reg.Dispatch(context.Background(), &abi.Event{ID: id, Kind: abi.KindMessage, Text: "go", User: "U1", Channel: "C1", Skill: "hostile"})
	if len(res) != 1 {
		t.Fatalf("dispatch to hostile: %d results, want 1", len(res))
	}
	return res[0].Err
}

// echoStillAnswers proves the host is up and the other skill unaffected.
func (h *hostileHost) echoStillAnswers(t *testing.T) {
	t.Helper()
	h.rec.Effects()
	res := h.reg.Dispatch(context.Background(), &abi.Event{ID: "after", Kind: abi.KindMessage, Text: "still there?", User: "U9", Channel: "C9", IsDM: true})
	if len(res) != 1 || res[0].Skill != "echo" || res[0].Err != nil {
		t.Fatalf("echo after hostile: %+v", res)
	}
	found := false
	for _, e := range h.rec.Effects() {
		if e == `reply channel=C9 text="test> still there?"` {
			found = true
		}
	}
	if !found {
		t.Fatal("echo did not reply after the hostile skill ran")
	}
}

func failureOf(t *testing.T, err error) *wasmrt.Failure {
	t.Helper()
	var f *wasmrt.Failure
	if !errors.As(err, &f) {
		t.Fatalf("want a *wasmrt.Failure, got %v", err)
	}
	if f.Skill != "hostile" || f.Version == "" || f.EventID == "" {
		t.Fatalf("failure lacks skill/version/event: %+v", f)
	}
	return f
}

func TestHostileModulesAtRuntime(t *testing.T) {
	cases := []struct {
		module string
		reason string
		detail string // substring of Failure.Detail
		tweak  func(*config.Skill)
	}{
		{module: "loop", reason: "timeout", detail: "deadline exceeded"},
		{module: "membomb", reason: "memory"},
		{module: "recursion", reason: "stack_overflow", detail: "stack overflow"},
		{module: "trap", reason: "trap", detail: "unreachable"},
		{module: "badptr", reason: "abi_misuse", detail: "outside the"},
		// atomicptr returns 0 only if each of its 16 calls got its code.
		{module: "atomicptr", reason: "abi_misuse", detail: "outside the", tweak: func(s *config.Skill) {
			s.SlackRead = []string{"users.info"}
		}},
	}
	for _, c := range cases {
		t.Run(c.module, func(t *testing.T) {
			h, err := newHostileHost(t, c.module, c.tweak)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			// Twice: the second event must get a fresh instance, not the
			// one that failed.
			for _, id := range []string{"e1", "e2"} {
				f := failureOf(t, h.hit(t, id))
				if f.Reason != c.reason || !strings.Contains(f.Detail, c.detail) {
					t.Fatalf("%s: reason %q detail %q, want %q containing %q", id, f.Reason, f.Detail, c.reason, c.detail)
				}
				if got := h.eng.Metrics().Failures("hostile", c.reason); got < 1 {
					t.Fatalf("failure not counted: %v", got)
				}
			}
			logs := h.logs.String()
			if !strings.Contains(logs, "skill=hostile") || !strings.Contains(logs, "reason="+c.reason) || !strings.Contains(logs, "event=e1") {
				t.Fatalf("failure not logged with skill, reason and event:\n%s", logs)
			}
			for _, e := range h.rec.Effects() {
				if strings.HasPrefix(e, "reply") || strings.HasPrefix(e, "post") {
					t.Fatalf("hostile module got a message out: %.200s", e)
				}
			}
			h.echoStillAnswers(t)
		})
	}
}

// TestHostileBigReply: a 2 MiB reply is refused with ERR_TOO_LARGE (the
// module returns 0 only if it got exactly that), nothing is sent, and the
// refusal is logged and counted for the skill.
func TestHostileBigReply(t *testing.T) {
	h, err := newHostileHost(t, "bigreply", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.hit(t, "e1"); err != nil {
		t.Fatalf("bigreply did not get ERR_TOO_LARGE: %v", err)
	}
	for _, e := range h.rec.Effects() {
		if strings.HasPrefix(e, "reply") || strings.HasPrefix(e, "post") {
			t.Fatalf("oversized reply went out: %.100s", e)
		}
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "message record is 2097161 bytes, limit 65536") || !strings.Contains(logs, "skill=hostile") {
		t.Fatalf("refusal not logged clearly:\n%s", logs)
	}
	if got := h.eng.Metrics().Failures("hostile", "refused"); got != 1 {
		t.Fatalf("refusals counted: %v, want 1", got)
	}
	h.echoStillAnswers(t)
}

func TestHostileKVFloodStopsAtQuota(t *testing.T) {
	h, err := newHostileHost(t, "kvflood", func(s *config.Skill) {
		s.Limits.KVMaxKeys = 100
		s.Limits.KVMaxBytes = 1 << 20
		s.Limits.Deadline = 5 * time.Second
	})
	if err != nil {
		t.Fatal(err)
	}
	// The module returns 0 only if it saw ERR_QUOTA.
	if err := h.hit(t, "e1"); err != nil {
		t.Fatalf("kvflood: %v", err)
	}
	u, err := h.kv.Usage(context.Background(), "hostile")
	if err != nil {
		t.Fatal(err)
	}
	if u.Keys != 100 {
		t.Fatalf("usage after flood: %+v, want exactly 100 keys", u)
	}
	if got := h.eng.Metrics().Failures("hostile", "kv_quota"); got < 1 {
		t.Fatalf("quota refusals not counted: %v", got)
	}
	if !strings.Contains(h.logs.String(), "KV quota exceeded") {
		t.Fatal("quota refusal not logged")
	}
	// The flood stayed in the hostile skill's namespace.
	if keys, _ := h.kv.List(context.Background(), "echo", "", 10); len(keys) != 0 {
		t.Fatalf("flood leaked into another namespace: %v", keys)
	}
	h.echoStillAnswers(t)
}

func TestHostileModulesRefusedAtLoad(t *testing.T) {
	cases := []struct{ module, want string }{
		{"abiv2", `skill imports "bothost_v2": built for ABI v2, this host speaks ABI v1`},
		{"abiver", "built for ABI v2"},
		{"noexports", "does not export bothost_handle"},
	}
	for _, c := range cases {
		t.Run(c.module, func(t *testing.T) {
			_, err := newHostileHost(t, c.module, nil)
			var le *wasmrt.LoadError
			if !errors.As(err, &le) || le.Skill != "hostile" || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("load error %v, want a LoadError for skill hostile containing %q", err, c.want)
			}
		})
	}
}

// TestLoopDoesNotDelayOtherSkills runs the infinite loop and, while it is
// still spinning, gets an answer from the echo skill: a stuck skill holds
// only its own instance.
func TestLoopDoesNotDelayOtherSkills(t *testing.T) {
	h, err := newHostileHost(t, "loop", func(s *config.Skill) { s.Limits.Deadline = 3 * time.Second })
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		res := h.reg.Dispatch(context.Background(), &abi.Event{ID: "spin", Kind: abi.KindMessage, Text: "go", Channel: "C1", Skill: "hostile"})
		if len(res) != 1 {
			done <- errors.New("hostile skill not dispatched")
			return
		}
		done <- res[0].Err
	}()
	h.echoStillAnswers(t)
	select {
	case err := <-done:
		t.Fatalf("loop finished before echo answered (deadline 3s): %v", err)
	default:
	}
	if f := failureOf(t, <-done); f.Reason != "timeout" {
		t.Fatalf("loop: %+v", f)
	}
}

// rssBytes is the process's resident set size, from /proc/self/status.
func rssBytes(t *testing.T) uint64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb uint64
			if _, err := fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb); err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("VmRSS not found")
	return 0
}

// TestHostileStructureRefusedAtLoad: the modules of issue 8 that made the
// host allocate outside the memory cap or blew up the compiler are refused
// at load, quickly, naming the limit, without the host's RSS moving, while
// the neighbour skill keeps answering.
func TestHostileStructureRefusedAtLoad(t *testing.T) {
	cases := []struct{ module, want string }{
		{"tables", "refused before compiling: tables is 200, over the limit of 1"},
		{"tablebig", "refused before compiling: table 0: table size in entries is 134217728, over the limit of 131072"},
		{"tablegrow", `invalid as feature "reference-types" is disabled`},
		{"globals", "refused before compiling: globals is 4097, over the limit of 4096"},
		{"memmax", "refused before compiling: memory declares a maximum of 65536 pages (4 GiB), over the skill's memory limit of 64 pages (4 MiB)"},
		{"compilebomb", "refused before compiling: function 2: locals per function (parameters included) is 8002, over the limit of 2048"},
		{"brtable", "refused before compiling: function 2: br_table targets is 100000, over the limit of 16384"},
		{"nesting", "refused before compiling: function 2: block nesting depth is 8193, over the limit of 8192"},
	}
	before := rssBytes(t)
	for _, c := range cases {
		t.Run(c.module, func(t *testing.T) {
			start := time.Now()
			_, err := newHostileHost(t, c.module, nil)
			var le *wasmrt.LoadError
			if !errors.As(err, &le) || le.Skill != "hostile" || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("load error %v, want a LoadError for skill hostile containing %q", err, c.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("refusal took %v", d)
			}
		})
	}
	// Refused before anything big was allocated: the host grew by less
	// than one of the refused tables (1 GiB) would have cost.
	if after := rssBytes(t); after > before+256<<20 {
		t.Fatalf("RSS grew from %d MB to %d MB refusing the modules", before>>20, after>>20)
	}
	t.Logf("RSS %d MB before, %d MB after", before>>20, rssBytes(t)>>20)
}

// heapInUse is the Go heap in use after a full collection: what the host
// keeps, as opposed to garbage awaiting collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// TestDeepStackReleasedAfterTheCall: a recursion to depth 1,200,000 that
// returns grows wazero's call stack to 64 MB; the host must not keep
// that per instance once the call is over (issue 8: 4 instances kept
// 620 MB against a 64 MiB cap).
func TestDeepStackReleasedAfterTheCall(t *testing.T) {
	h, err := newHostileHost(t, "deepstack", func(s *config.Skill) {
		s.Limits.Deadline = 20 * time.Second
		s.Limits.Instances = 1
	})
	if err != nil {
		t.Fatal(err)
	}
	before := heapInUse()
	for _, id := range []string{"e1", "e2"} {
		if err := h.hit(t, id); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
	}
	after := heapInUse()
	t.Logf("heap in use: %d MB before, %d MB after two deep calls", before>>20, after>>20)
	if after > before+16<<20 {
		t.Fatalf("the host kept %d MB after the calls returned", (after-before)>>20)
	}
	h.echoStillAnswers(t)
}
