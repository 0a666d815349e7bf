package app

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"regexp"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/console"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/testskills"
)

// fullStore is a KV whose writes fail like a full disk while full is set.
type fullStore struct {
	store.Store
	full atomic.Bool
}

var errNoSpace = errors.New("write bothost.db: no space left on device")

func (f *fullStore) Set(ctx context.Context, ns, key string, v []byte, ttl time.Duration, q store.Quota) error {
	if f.full.Load() {
		return errNoSpace
	}
	return f.Store.Set(ctx, ns, key, v, ttl, q)
}

// Issue 9 §4: a skill's KV write that fails because the host cannot store
// marks its event (through the wasm call, on the event's context), so the
// host handles it again instead of marking it done; the skill's own
// answers (not found, quota) do not.
func TestStorageFailureMarksEvent(t *testing.T) {
	ctx := context.Background()
	clk := clock.System{}
	kv := &fullStore{Store: store.NewMemory(clk)}
	cfg := &config.Config{Bot: config.Bot{DataDir: t.TempDir()}, Skills: []config.Skill{{
		Name: "probe", Path: testskills.Path(t, "hostprobe"), Limits: config.DefaultLimits(), ConfigJSON: []byte(`{}`),
		Routes: config.Routes{Messages: []*regexp.Regexp{regexp.MustCompile(`^(post|edit) `)}},
	}}}
	h, err := Provision(ctx, cfg, Options{Logger: slog.New(slog.DiscardHandler), Clock: clk, Outbox: console.New(io.Discard, clk), Store: kv})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close(ctx)
	ev := func(id, text string) *abi.Event {
		return &abi.Event{ID: id, Kind: abi.KindMessage, Team: "T1", Channel: "C1", User: "U1", Text: text, TS: "1.1"}
	}
	run := func(e *abi.Event) int32 {
		dctx, mark := withStorageMark(ctx)
		h.Registry.Dispatch(dctx, e)
		return mark.n.Load()
	}
	kv.full.Store(true)
	if n := run(ev("1", "post C2 hello")); n == 0 {
		t.Fatal("a KV write that failed for lack of space did not mark the event")
	}
	kv.full.Store(false)
	if n := run(ev("1", "post C2 hello")); n != 0 {
		t.Fatalf("marked %d times once the store works", n)
	}
	// "edit" reads a key that may be absent: not found is an answer.
	if err := kv.Store.Delete(ctx, "probe", "last_post"); err != nil && !errors.Is(err, store.ErrNotFound) {
		t.Fatal(err)
	}
	if n := run(ev("2", "edit x")); n != 0 {
		t.Fatalf("not found marked the event %d times", n)
	}
}
