package reload_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/reload"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// countingOutbox counts messages per event id.
type countingOutbox struct {
	mu  sync.Mutex
	per map[string]int
}

func (o *countingOutbox) Send(_ context.Context, s wasmrt.Send) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.per[s.EventID]++
	return "1.0", nil
}

func version(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:6])
}

// writeInPlace truncates and writes the file in several chunks, as an
// editor or `cp` does.
func writeInPlace(t *testing.T, path string, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	for len(b) > 0 {
		n := min(len(b), 4096)
		if _, err := f.Write(b[:n]); err != nil {
			t.Fatal(err)
		}
		b = b[n:]
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// writeRename writes a temp file and renames it over path, as go build,
// cargo and most build tools do.
func writeRename(t *testing.T, path string, b []byte) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// TestHotReloadUnderLoad streams events while the module file is replaced
// several times, including with a broken module: every event is handled
// exactly once, by one of the good versions, and the broken one never
// serves.
func TestHotReloadUnderLoad(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rust := testskills.Read(t, "echo-rust")
	tiny := testskills.Read(t, "echo-tinygo")
	broken := append([]byte(nil), rust[:len(rust)/2]...) // truncated: fails to compile
	good := map[string]bool{version(rust): true, version(tiny): true}

	dir := t.TempDir()
	path := filepath.Join(dir, "echo.wasm")
	writeInPlace(t, path, rust)

	out := &countingOutbox{per: map[string]int{}}
	clk := clock.System{}
	eng, err := wasmrt.NewEngine(filepath.Join(dir, "cache"), wasmrt.Services{
		KV: store.NewMemory(clk), Outbox: out, Clock: clk, Logger: slog.New(slog.DiscardHandler),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
	defer reg.Close(context.Background())
	sk := config.Skill{Name: "echo", Path: path, Limits: config.DefaultLimits(), ConfigJSON: []byte(`{}`)}
	if err := reg.Apply(ctx, &config.Config{Skills: []config.Skill{sk}}); err != nil {
		t.Fatal(err)
	}

	events := make(chan reload.Event, 16)
	w, err := reload.New(reg, "", slog.New(slog.DiscardHandler), reload.WithNotify(func(e reload.Event) { events <- e }))
	if err != nil {
		t.Fatal(err)
	}
	go w.Run(ctx)

	// Load: 4 goroutines dispatching until told to stop.
	var (
		stop     atomic.Bool
		wg       sync.WaitGroup
		mu       sync.Mutex
		handled  = map[string][]dispatch.Handled{}
		versions = map[string]int{}
		seq      atomic.Int64
	)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				id := fmt.Sprintf("ev-%d", seq.Add(1))
				res := reg.Dispatch(ctx, &abi.Event{ID: id, Kind: abi.KindCommand, Command: "/echo", Text: id, User: "U1", Channel: "C1", Skill: "echo"})
				mu.Lock()
				handled[id] = res
				for _, r := range res {
					versions[r.Version]++
				}
				mu.Unlock()
			}
		}()
	}

	wait := func(what string, wantErr bool) {
		t.Helper()
		select {
		case e := <-events:
			if (e.Err != nil) != wantErr {
				t.Fatalf("%s: reload result %v, want error=%v", what, e.Err, wantErr)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: no reload event", what)
		}
	}
	steps := []struct {
		what    string
		write   func(*testing.T, string, []byte)
		b       []byte
		wantErr bool
	}{
		{"tinygo by rename", writeRename, tiny, false},
		{"broken in place", writeInPlace, broken, true},
		{"rust in place", writeInPlace, rust, false},
		{"tinygo in place", writeInPlace, tiny, false},
		{"broken by rename", writeRename, broken, true},
		{"rust by rename", writeRename, rust, false},
	}
	for _, s := range steps {
		s.write(t, path, s.b)
		wait(s.what, s.wantErr)
		time.Sleep(30 * time.Millisecond) // let load run on the new version
	}
	stop.Store(true)
	wg.Wait()

	mu.Lock()
	defer mu.Unlock()
	if len(handled) < 100 {
		t.Fatalf("only %d events dispatched during the reloads", len(handled))
	}
	for id, res := range handled {
		if len(res) != 1 {
			t.Fatalf("event %s handled %d times", id, len(res))
		}
		if res[0].Err != nil {
			t.Fatalf("event %s failed: %v", id, res[0].Err)
		}
		if !good[res[0].Version] {
			t.Fatalf("event %s served by version %s, which is not a good module", id, res[0].Version)
		}
	}
	out.mu.Lock()
	defer out.mu.Unlock()
	for id := range handled {
		if out.per[id] != 1 {
			t.Fatalf("event %s produced %d replies, want exactly 1", id, out.per[id])
		}
	}
	if len(out.per) != len(handled) {
		t.Fatalf("%d events, %d replied", len(handled), len(out.per))
	}
	if versions[version(rust)] == 0 || versions[version(tiny)] == 0 {
		t.Fatalf("both versions should have served: %v", versions)
	}
	t.Logf("%d events across %d reloads; served per version: %v", len(handled), len(steps), versions)
}

// TestDeletedModuleUnloads removes the file: the skill stops receiving
// events, and comes back when the file does.
func TestDeletedModuleUnloads(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rust := testskills.Read(t, "echo-rust")
	dir := t.TempDir()
	path := filepath.Join(dir, "echo.wasm")
	writeInPlace(t, path, rust)
	out := &countingOutbox{per: map[string]int{}}
	clk := clock.System{}
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: store.NewMemory(clk), Outbox: out, Clock: clk, Logger: slog.New(slog.DiscardHandler)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close(ctx)
	reg := dispatch.NewRegistry(eng, slog.New(slog.DiscardHandler))
	defer reg.Close(context.Background())
	sk := config.Skill{Name: "echo", Path: path, Limits: config.DefaultLimits(), ConfigJSON: []byte(`{}`)}
	if err := reg.Apply(ctx, &config.Config{Skills: []config.Skill{sk}}); err != nil {
		t.Fatal(err)
	}
	events := make(chan reload.Event, 4)
	w, err := reload.New(reg, "", slog.New(slog.DiscardHandler), reload.WithNotify(func(e reload.Event) { events <- e }))
	if err != nil {
		t.Fatal(err)
	}
	go w.Run(ctx)
	ev := func() int {
		return len(reg.Dispatch(ctx, &abi.Event{ID: "x", Kind: abi.KindCommand, Command: "/echo", Text: "x", Channel: "C1", Skill: "echo"}))
	}
	if ev() != 1 {
		t.Fatal("skill not serving")
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	<-events
	if n := ev(); n != 0 {
		t.Fatalf("deleted skill still handled the event (%d)", n)
	}
	writeRename(t, path, rust)
	<-events
	if ev() != 1 {
		t.Fatal("skill did not come back with its file")
	}
}
