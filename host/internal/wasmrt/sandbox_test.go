package wasmrt_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// TestSandbox checks what a skill can reach: no host files, no
// environment, no arguments; with a data_dir grant, that directory at
// /data, read-only, and nothing around it.
func TestSandbox(t *testing.T) {
	t.Setenv("BOTHOST_SECRET_PROBE", "must-not-leak")
	dataDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dataDir, "model.txt"), []byte("weights"), 0o644); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(filepath.Dir(dataDir), "outside.txt")
	if err := os.WriteFile(outside, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(outside) })

	probe := func(t *testing.T, grant string) func(cmd, arg string) string {
		ctx := context.Background()
		clk := &fixedClock{t: time.Now()}
		rec := effects.New(store.NewMemory(clk), clk)
		eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: rec.KV(), Outbox: rec, Clock: clk, Logger: slog.New(slog.DiscardHandler)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { eng.Close(ctx) })
		sk := testSkill("probe", testskills.Path(t, "sandboxprobe"))
		sk.DataDir = grant
		m, err := eng.LoadFile(ctx, sk)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { m.Close(ctx) })
		return func(cmd, arg string) string {
			if err := m.Handle(ctx, &abi.Event{ID: "p", Kind: abi.KindCommand, Command: cmd, Text: arg, Channel: "C1"}); err != nil {
				t.Fatalf("%s %s: %v", cmd, arg, err)
			}
			eff := rec.Effects()
			if len(eff) != 1 {
				t.Fatalf("%s %s: effects %v", cmd, arg, eff)
			}
			return eff[0]
		}
	}

	t.Run("no grant", func(t *testing.T) {
		p := probe(t, "")
		for _, path := range []string{"/etc/passwd", outside, filepath.Join(dataDir, "model.txt"), "/data/model.txt", "/proc/self/environ"} {
			if got := p("/read", path); !strings.Contains(got, "error:") {
				t.Errorf("read %s: %s", path, got)
			}
		}
		if got := p("/ls", "/"); !strings.Contains(got, "error:") && !strings.Contains(got, `text="ok: "`) {
			t.Errorf("ls /: %s", got)
		}
		if got := p("/env", ""); got != `reply channel=C1 text="env=0 args=0 HOME="` {
			t.Errorf("environment visible: %s", got)
		}
		if got := p("/write", "/tmp/x"); !strings.Contains(got, "error:") {
			t.Errorf("write: %s", got)
		}
	})

	t.Run("data_dir grant", func(t *testing.T) {
		p := probe(t, dataDir)
		if got := p("/read", "/data/model.txt"); !strings.Contains(got, `text="ok: weights"`) {
			t.Fatalf("granted read: %s", got)
		}
		if got := p("/ls", "/data"); !strings.Contains(got, `text="ok: model.txt"`) {
			t.Fatalf("granted ls: %s", got)
		}
		for _, path := range []string{"/data/../outside.txt", "/outside.txt", "/etc/passwd", outside} {
			if got := p("/read", path); !strings.Contains(got, "error:") {
				t.Errorf("escape via %s: %s", path, got)
			}
		}
		if got := p("/write", "/data/new.txt"); !strings.Contains(got, "error:") {
			t.Errorf("data dir is writable: %s", got)
		}
		if _, err := os.Stat(filepath.Join(dataDir, "new.txt")); err == nil {
			t.Error("a file appeared in the read-only data dir")
		}
	})
}
