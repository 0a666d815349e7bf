package reload_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/reload"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// TestConfigEditsApplyWholeOrNotAtAll edits bot.toml under a running
// watcher: good edits add, change and remove skills live; a syntax error
// and an edit naming a broken module are rejected whole, with file:line
// errors, and the last good config keeps serving.
func TestConfigEditsApplyWholeOrNotAtAll(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	skills := filepath.Join(testskills.Root(t), "build", "skills")
	cfgPath := filepath.Join(dir, "bot.toml")
	write := func(body string) {
		t.Helper()
		body = strings.ReplaceAll(body, "$SKILLS", skills)
		if err := os.WriteFile(cfgPath, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`
[skills.a]
path = "$SKILLS/echo-rust.wasm"
[skills.a.on]
commands = ["/a"]
[skills.a.config]
prefix = "a1: "
`)
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	clk := clock.System{}
	rec := effects.New(store.NewMemory(clk), clk)
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: rec.KV(), Outbox: rec, Timers: rec, Clock: clk, Logger: slog.New(slog.DiscardHandler)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
	defer reg.Close(context.Background())
	if err := reg.Apply(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	events := make(chan reload.Event, 8)
	w, err := reload.New(reg, cfgPath, slog.New(slog.DiscardHandler), reload.WithNotify(func(e reload.Event) { events <- e }))
	if err != nil {
		t.Fatal(err)
	}
	go w.Run(ctx)

	// command sends /name and returns the reply text ("" if no skill).
	command := func(name string) string {
		t.Helper()
		rec.Effects()
		res := reg.Dispatch(ctx, &abi.Event{ID: "c", Kind: abi.KindCommand, Command: "/" + name, Text: "x", Channel: "C1"})
		if len(res) == 0 {
			return ""
		}
		if res[0].Err != nil {
			t.Fatalf("/%s: %v", name, res[0].Err)
		}
		for _, e := range rec.Effects() {
			if strings.HasPrefix(e, "reply") {
				return e[strings.Index(e, "text="):]
			}
		}
		return "(no reply)"
	}
	next := func(what string) reload.Event {
		t.Helper()
		select {
		case e := <-events:
			return e
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: config change not picked up", what)
		}
		return reload.Event{}
	}

	if got := command("a"); got != `text="a1: x"` {
		t.Fatalf("initial: %s", got)
	}

	// 1. Add skill b, change a's config.
	write(`
[skills.a]
path = "$SKILLS/echo-rust.wasm"
[skills.a.on]
commands = ["/a"]
[skills.a.config]
prefix = "a2: "

[skills.b]
path = "$SKILLS/echo-tinygo.wasm"
[skills.b.on]
commands = ["/b"]
`)
	if e := next("add b"); e.Err != nil {
		t.Fatalf("good edit rejected: %v", e.Err)
	}
	if got := command("a"); got != `text="a2: x"` {
		t.Fatalf("a's config change not applied: %s", got)
	}
	if got := command("b"); got != `text="echo: x"` {
		t.Fatalf("b not added: %s", got)
	}

	// 2. A syntax error and an unknown key: rejected with file:line.
	write(`
[skills.a]
path = "$SKILLS/echo-rust.wasm"
deadlin = "1s"
[skills.a.config]
prefix = "a3: "
`)
	e := next("typo")
	if e.Err == nil || !strings.Contains(e.Err.Error(), "bot.toml:4: skills.a.deadlin: unknown key") {
		t.Fatalf("typo: %v, want a bot.toml:4 error", e.Err)
	}
	if command("a") != `text="a2: x"` || command("b") != `text="echo: x"` {
		t.Fatal("after a rejected edit the last good config must keep serving")
	}

	// 3. Valid TOML but one skill's module is broken: nothing applies, not
	// even the other skill's change.
	write(`
[skills.a]
path = "$SKILLS/echo-rust.wasm"
[skills.a.on]
commands = ["/a"]
[skills.a.config]
prefix = "a4: "

[skills.b]
path = "$SKILLS/hostile-abiv2.wasm"
[skills.b.on]
commands = ["/b"]
`)
	e = next("broken module")
	if e.Err == nil || !strings.Contains(e.Err.Error(), "built for ABI v2") {
		t.Fatalf("broken module: %v", e.Err)
	}
	if command("a") != `text="a2: x"` || command("b") != `text="echo: x"` {
		t.Fatal("a partially applied edit: a's change must not apply when b fails")
	}

	// 4. Remove b.
	write(`
[skills.a]
path = "$SKILLS/echo-rust.wasm"
[skills.a.on]
commands = ["/a"]
[skills.a.config]
prefix = "a5: "
`)
	if e := next("remove b"); e.Err != nil {
		t.Fatalf("remove b: %v", e.Err)
	}
	if got := command("a"); got != `text="a5: x"` {
		t.Fatalf("a after removal edit: %s", got)
	}
	if got := command("b"); got != "" {
		t.Fatalf("removed skill b still answers: %s", got)
	}
}
