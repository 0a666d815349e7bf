package teamclassifier

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// outbox records what the skill sent and hands out ts values, so a test
// can click the buttons of a given answer.
type outbox struct {
	mu   sync.Mutex
	seq  int
	sent []sent
}

type sent struct {
	ts     string
	update bool
	text   string
}

func (o *outbox) Send(_ context.Context, s wasmrt.Send) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.seq++
	ts := fmt.Sprintf("2000.%06d", o.seq)
	if s.Op == wasmrt.OpUpdate {
		ts = s.Msg.TS
	}
	o.sent = append(o.sent, sent{ts: ts, update: s.Op == wasmrt.OpUpdate, text: s.Msg.Text})
	return ts, nil
}

func (o *outbox) take() []sent {
	o.mu.Lock()
	defer o.mu.Unlock()
	s := o.sent
	o.sent = nil
	return s
}

// skill is the team-classifier module loaded with the repository's data
// dir (model.tcm) and the given KV.
type skill struct {
	eng *wasmrt.Engine
	mod *wasmrt.Module
	out *outbox
	n   int
}

func dataDir(tb testing.TB) string {
	dir := filepath.Join(testskills.Root(tb), "plugins", "team-classifier", "data")
	if _, err := os.Stat(filepath.Join(dir, "model.tcm")); err != nil {
		tb.Fatalf("model missing: run `make plugins` (or `make model`): %v", err)
	}
	return dir
}

func load(tb testing.TB, kv store.KV) *skill {
	return loadWith(tb, kv, `{"model":"/data/model.tcm","teams":{"net":{"channel":"#area-net"}}}`)
}

func loadWith(tb testing.TB, kv store.KV, cfg string) *skill {
	tb.Helper()
	ctx := context.Background()
	out := &outbox{}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: kv, Outbox: out, Clock: clock.System{}, Logger: logger}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	sk := config.Skill{
		Name:       "team-classifier",
		Path:       testskills.Path(tb, "team-classifier"),
		Limits:     config.DefaultLimits(),
		ConfigJSON: []byte(cfg),
		DataDir:    dataDir(tb),
	}
	m, err := eng.LoadFile(ctx, sk)
	if err != nil {
		tb.Fatal(err)
	}
	return &skill{eng: eng, mod: m, out: out}
}

func (s *skill) close() {
	ctx := context.Background()
	_ = s.mod.Close(ctx)
	_ = s.eng.Close(ctx)
}

func (s *skill) handle(tb testing.TB, ev abi.Event) []sent {
	tb.Helper()
	s.n++
	ev.ID = fmt.Sprintf("Ev%06d", s.n)
	ev.Team, ev.Channel, ev.Time, ev.Skill = "T1", "C1", time.Now(), "team-classifier"
	if ev.User == "" {
		ev.User = "U1"
	}
	if err := s.mod.Handle(context.Background(), &ev); err != nil {
		tb.Fatalf("handle %s %q: %v", ev.Kind, ev.Text, err)
	}
	return s.out.take()
}

// ask sends `/who text` and returns the answer.
func (s *skill) ask(tb testing.TB, text string) sent {
	tb.Helper()
	got := s.handle(tb, abi.Event{Kind: abi.KindCommand, Command: "/who", Text: text})
	if len(got) != 1 || got[0].update {
		tb.Fatalf("want one reply to %q, got %+v", text, got)
	}
	return got[0]
}

var (
	sureRe   = regexp.MustCompile(`^That sounds like \*([a-z]+)\*.*?\((\d+)% sure\)`)
	unsureRe = regexp.MustCompile(`^I'm not sure who owns that \(best guess \*([a-z]+)\* at (\d+)%\)`)
)

// answer returns the team and confidence an answer states.
func answer(tb testing.TB, text string) (team, pct string) {
	tb.Helper()
	if m := sureRe.FindStringSubmatch(text); m != nil {
		return m[1], m[2] + "%"
	}
	if m := unsureRe.FindStringSubmatch(text); m != nil {
		return m[1], m[2] + "%"
	}
	tb.Fatalf("answer names no team: %q", text)
	return "", ""
}

func readCSV(tb testing.TB, path string) [][]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	return rows[1:] // header
}

// TestWasmMatchesNative: every holdout row, asked through the real host,
// gets the team and confidence the native build of the same crate gives.
func TestWasmMatchesNative(t *testing.T) {
	root := testskills.Root(t)
	bin := filepath.Join(root, "build", "cargo", "release", "tc-model")
	holdout := filepath.Join(dataDir(t), "holdout.csv")
	var stdout bytes.Buffer
	cmd := exec.Command(bin, "predict", "--model", filepath.Join(dataDir(t), "model.tcm"), "--csv", holdout)
	cmd.Stdout, cmd.Stderr = &stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s (built by make plugins): %v", bin, err)
	}
	var native []string
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		native = append(native, sc.Text())
	}
	rows := readCSV(t, holdout)
	if len(native) != len(rows) || len(rows) != 216 {
		t.Fatalf("native gave %d predictions for %d holdout rows", len(native), len(rows))
	}
	s := load(t, store.NewMemory(clock.System{}))
	defer s.close()
	for i, r := range rows {
		team, pct := answer(t, s.ask(t, r[0]).text)
		if got := team + "\t" + pct; got != native[i] {
			t.Errorf("row %d %.60q: wasm %q, native %q", i+2, r[0], got, native[i])
		}
	}
}

// TestCorrectionsSurviveRestart: 20 corrections of one phrasing through
// the Wrong-team menu make the skill answer it with the corrected team, and
// a new host on the same bbolt file still does.
func TestCorrectionsSurviveRestart(t *testing.T) {
	const q = "who owns HttpClient timeouts?"
	path := filepath.Join(t.TempDir(), "bothost.db")
	db, err := store.OpenBolt(path)
	if err != nil {
		t.Fatal(err)
	}
	s := load(t, db)
	if team, _ := answer(t, s.ask(t, q).text); team != "net" {
		t.Fatalf("before corrections: %s, want net", team)
	}
	for i := 0; i < 20; i++ {
		a := s.ask(t, q)
		got := s.handle(t, abi.Event{Kind: abi.KindAction, ActionID: "tc:wrong", Value: "io", MessageTS: a.ts, User: fmt.Sprintf("U%d", i)})
		if len(got) != 1 || !got[0].update || got[0].ts != a.ts || !strings.Contains(got[0].text, "*io*") {
			t.Fatalf("correction %d: want the answer updated, got %+v", i, got)
		}
	}
	if team, _ := answer(t, s.ask(t, q).text); team != "io" {
		t.Fatalf("after 20 corrections: %s, want io", team)
	}
	s.close()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = store.OpenBolt(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s = load(t, db)
	defer s.close()
	if team, _ := answer(t, s.ask(t, q).text); team != "io" {
		t.Fatalf("after restart: %s, want io", team)
	}
	// Once the answer is io, picking io again counts as a confirmation.
	stats := s.ask(t, "stats").text
	m := regexp.MustCompile(`(\d+) confirmed, (\d+) corrected`).FindStringSubmatch(stats)
	var confirmed, corrected int
	if m != nil {
		fmt.Sscan(m[1], &confirmed)
		fmt.Sscan(m[2], &corrected)
	}
	if confirmed+corrected != 20 || corrected < 2 {
		t.Fatalf("stats after 20 picks of io: %q", stats)
	}
}

// TestBadInput: hostile questions get an answer or "not sure", never a trap.
func TestBadInput(t *testing.T) {
	s := load(t, store.NewMemory(clock.System{}))
	defer s.close()
	for _, text := range []string{
		"", strings.Repeat("Span<T> ", 5000)[:39_999], "```\nnew HttpClient().GetAsync(url)\n```",
		"🔥🤔🙈", "誰がHttpClientを担当していますか", "\x00\x01<<<>>>", strings.Repeat("x", 40_000),
	} {
		a := s.ask(t, text)
		if a.text == "" {
			t.Errorf("%.20q: empty answer", text)
		}
		s.handle(t, abi.Event{Kind: abi.KindMessage, Text: "who " + text, Mentioned: true, TS: "1.000001"})
	}
}

func benchQuestions() []string {
	return []string{
		"who knows why SslStream fails the handshake on Linux?",
		"who owns HttpClient timeouts?",
		"which team owns FileSystemWatcher?",
		"who owns Span<T>?",
		"who owns the CI build legs for arm64?",
		"who owns DateTime parsing?",
	}
}

// BenchmarkClassify: the per-question figure the issue asks for, inside
// the wasm instance: one event classifies a question 100 times (the skill's
// config-gated `__bench` command: features, lookup, scores, softmax, and
// the KV read of the workspace's correction generation); ns/question is
// the event's time over 100.
func BenchmarkClassify(b *testing.B) {
	s := loadWith(b, store.NewMemory(clock.System{}), `{"model":"/data/model.tcm","bench":true}`)
	defer s.close()
	qs := benchQuestions()
	ctx := context.Background()
	ev := abi.Event{Kind: abi.KindCommand, Command: "/who", Team: "T1", Channel: "C1", User: "U1", Skill: "team-classifier", Time: time.Now()}
	const per = 100
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev.ID = fmt.Sprintf("B%d", i)
		ev.Text = fmt.Sprintf("__bench %d %s", per, qs[i%len(qs)])
		if err := s.mod.Handle(ctx, &ev); err != nil {
			b.Fatal(err)
		}
		if got := s.out.take(); len(got) != 1 || !strings.HasPrefix(got[0].text, "classified 100 times") {
			b.Fatalf("bench reply: %+v", got)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*per), "ns/question")
}

// BenchmarkQuestion: one `/who <question>` event end to end inside the
// wasm instance (classification, the answer's text and Block Kit JSON, the
// reply, the KV reads and writes of an answer).
func BenchmarkQuestion(b *testing.B) {
	s := load(b, store.NewMemory(clock.System{}))
	defer s.close()
	qs := benchQuestions()
	ctx := context.Background()
	ev := abi.Event{Kind: abi.KindCommand, Command: "/who", Team: "T1", Channel: "C1", User: "U1", Skill: "team-classifier", Time: time.Now()}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev.ID = fmt.Sprintf("B%d", i)
		ev.Text = qs[i%len(qs)]
		if err := s.mod.Handle(ctx, &ev); err != nil {
			b.Fatal(err)
		}
		s.out.take()
	}
}

// BenchmarkInstanceLoad: loading the module with a warm compilation cache:
// a new instance, which reads and parses the model from /data once. Also
// reports the model's size.
func BenchmarkInstanceLoad(b *testing.B) {
	st, err := os.Stat(filepath.Join(dataDir(b), "model.tcm"))
	if err != nil {
		b.Fatal(err)
	}
	s := load(b, store.NewMemory(clock.System{})) // compiles once
	defer s.close()
	sk := s.mod.Skill()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, err := s.eng.LoadFile(ctx, sk)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		_ = m.Close(ctx)
		b.StartTimer()
	}
	b.ReportMetric(float64(st.Size()), "model-bytes")
}
