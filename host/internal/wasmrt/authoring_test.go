package wasmrt_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// authoringEngine is an engine whose log the test reads.
func authoringEngine(t *testing.T) (*wasmrt.Engine, *testlog.Buffer) {
	t.Helper()
	clk := &fixedClock{t: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	rec := effects.New(store.NewMemory(clk), clk)
	logs := &testlog.Buffer{}
	eng, err := wasmrt.NewEngine("", wasmrt.Services{
		KV: rec.KV(), Outbox: rec, Timers: rec, Clock: clk,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close(context.Background()) })
	return eng, logs
}

// TestCommandBuildNamed loads a real TinyGo build made without
// -buildmode=c-shared: it used to load and fail with a bare
// "bothost_abi_version: wasm error: unreachable".
func TestCommandBuildNamed(t *testing.T) {
	eng, _ := authoringEngine(t)
	_, err := eng.LoadFile(context.Background(), testSkill("cmd", testskills.Path(t, "nohandler-command")))
	var le *wasmrt.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("load = %v, want a LoadError", err)
	}
	for _, want := range []string{"built as a command", "build with -buildmode=c-shared"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("load error %q does not say %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "unreachable") {
		t.Errorf("load error %q still reports the trap instead of the cause", err)
	}
}

// TestNoHandlerWarned loads a real TinyGo skill that registers its handler
// in main (never run): it loads, and the log and Warnings say so.
func TestNoHandlerWarned(t *testing.T) {
	eng, logs := authoringEngine(t)
	m, err := eng.LoadFile(context.Background(), testSkill("silent", testskills.Path(t, "nohandler")))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close(context.Background())
	w := m.Warnings()
	if len(w) != 1 || !strings.Contains(w[0], "registered no handler") || !strings.Contains(w[0], "init") {
		t.Fatalf("warnings %q, want one saying no handler was registered and to use init", w)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "registered no handler") {
		t.Fatalf("log lacks the warning:\n%s", logs)
	}
}

// TestRoutedKindWithoutHandlerWarned: the TinyGo template has only a
// message handler; routing DMs to it is fine, routing a slash command or a
// webhook to it is warned about, naming each missing handler.
func TestRoutedKindWithoutHandlerWarned(t *testing.T) {
	eng, _ := authoringEngine(t)
	s := testSkill("greeter", testskills.Path(t, "template-go"))
	s.Routes.DMs = true
	m, err := eng.LoadFile(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	if w := m.Warnings(); len(w) != 0 {
		t.Fatalf("template with routes it handles: warnings %q, want none", w)
	}
	m.Close(context.Background())

	s.Routes.Commands = []string{"/greet"}
	s.Hooks = []config.Hook{{Name: "deploy"}}
	m, err = eng.LoadFile(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close(context.Background())
	w := m.Warnings()
	if len(w) != 1 || !strings.Contains(w[0], "no command handler") || !strings.Contains(w[0], "no webhook handler") ||
		strings.Contains(w[0], "message handler") {
		t.Fatalf("warnings %q, want one naming the command and webhook handlers only", w)
	}
}

// TestRustPanicMessageLogged: the Rust SDK's panic hook gives the panic's
// message and location to set_error, and the host reports them with the
// trap instead of a bare "unreachable".
func TestRustPanicMessageLogged(t *testing.T) {
	eng, _ := authoringEngine(t)
	m, err := eng.LoadFile(context.Background(), testSkill("panicky", testskills.Path(t, "rustpanic")))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close(context.Background())
	cases := []struct{ text, want string }{
		{"boom", "panicked at 'boom requested', src/lib.rs:13:"},
		{"index", "panicked at 'index out of bounds: the len is 0 but the index is 5', src/lib.rs:"},
	}
	for i, c := range cases {
		ev := &abi.Event{ID: "e" + c.text, Kind: abi.KindMessage, Team: "T1", User: "U1", Channel: "C1",
			TS: "1.00000" + string(rune('1'+i)), Text: c.text, Time: time.Unix(1, 0)}
		err := m.Handle(context.Background(), ev)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "unreachable") {
			t.Errorf("%s: error %v, want the panic text %q with the trap", c.text, err, c.want)
		}
	}
	// After a panic the instance is discarded; the next event is served.
	ev := &abi.Event{ID: "ok", Kind: abi.KindMessage, Team: "T1", User: "U1", Channel: "C1", TS: "1.000009", Text: "fine", Time: time.Unix(1, 0)}
	if err := m.Handle(context.Background(), ev); err != nil {
		t.Fatalf("event after the panics: %v", err)
	}
}
