package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// invokeState is what `bothost invoke --data DIR` keeps between runs, so a
// flow of several events (a command that posts a poll, then a click on it,
// then its timer) can be tried one invoke at a time: the KV store (a real
// bbolt file, DIR/kv.db) and, in DIR/invoke.json, the pending timers and
// the message counter (message ts values stay unique across runs).
type invokeState struct {
	dir    string
	mu     sync.Mutex    // the skill's host calls may come from another goroutine
	Seq    int           `json:"seq"`    // messages sent so far
	Events int           `json:"events"` // events invoked so far (default event ids)
	Timers []storedTimer `json:"timers"`
}

// storedTimer is one pending timer a skill set in an earlier invoke.
type storedTimer struct {
	Skill   string    `json:"skill"`
	Name    string    `json:"name"`
	Due     time.Time `json:"due"`
	Payload []byte    `json:"payload"`
}

const invokeStateFile = "invoke.json"

// loadInvokeState reads DIR/invoke.json (absent: a fresh state), creating
// DIR if needed.
func loadInvokeState(dir string) (*invokeState, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("--data %s: %w", dir, err)
	}
	st := &invokeState{dir: dir}
	b, err := os.ReadFile(filepath.Join(dir, invokeStateFile))
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return nil, fmt.Errorf("--data: %w", err)
	}
	if err := json.Unmarshal(b, st); err != nil {
		return nil, fmt.Errorf("--data: %s is damaged (%v): delete it to start over", filepath.Join(dir, invokeStateFile), err)
	}
	return st, nil
}

// save writes the state to a temporary file and renames it into place, so
// an interrupted invoke leaves the previous state, never half of one.
func (st *invokeState) save() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	sort.Slice(st.Timers, func(i, j int) bool {
		a, b := st.Timers[i], st.Timers[j]
		if !a.Due.Equal(b.Due) {
			return a.Due.Before(b.Due)
		}
		return a.Skill+"\x00"+a.Name < b.Skill+"\x00"+b.Name
	})
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(st.dir, "."+invokeStateFile+".*")
	if err != nil {
		return fmt.Errorf("save invoke state: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("save invoke state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save invoke state: %w", err)
	}
	return os.Rename(tmp.Name(), filepath.Join(st.dir, invokeStateFile))
}

// timer finds a pending timer.
func (st *invokeState) timer(skill, name string) (storedTimer, bool) {
	for _, t := range st.Timers {
		if t.Skill == skill && t.Name == name {
			return t, true
		}
	}
	return storedTimer{}, false
}

// remove forgets a timer; it reports whether there was one.
func (st *invokeState) remove(skill, name string) bool {
	for i, t := range st.Timers {
		if t.Skill == skill && t.Name == name {
			st.Timers = append(st.Timers[:i], st.Timers[i+1:]...)
			return true
		}
	}
	return false
}

// pending counts a skill's timers.
func (st *invokeState) pending(skill string) int {
	n := 0
	for _, t := range st.Timers {
		if t.Skill == skill {
			n++
		}
	}
	return n
}

// stateTimers implements wasmrt.Timers over the invoke state, with the
// same rules as the host's timer service (a name replaces the timer of the
// same name; at most max pending per skill; cancelling an unknown name is
// ErrNotFound), and records each call as an effect.
type stateTimers struct {
	st  *invokeState
	rec *effects.Recorder
}

var _ wasmrt.Timers = stateTimers{}

func (t stateTimers) SetIn(ctx context.Context, team, skill, name string, payload []byte, due time.Time, max int) error {
	t.st.mu.Lock()
	defer t.st.mu.Unlock()
	_, exists := t.st.timer(skill, name)
	if !exists && max > 0 && t.st.pending(skill) >= max {
		return store.ErrQuota
	}
	// The recorder's own bookkeeping is per run; it only describes the call.
	if err := t.rec.SetIn(ctx, team, skill, name, payload, due, 0); err != nil {
		return err
	}
	t.st.remove(skill, name)
	t.st.Timers = append(t.st.Timers, storedTimer{Skill: skill, Name: name, Due: due, Payload: append([]byte(nil), payload...)})
	return nil
}

func (t stateTimers) Cancel(ctx context.Context, skill, name string) error {
	t.st.mu.Lock()
	defer t.st.mu.Unlock()
	if !t.st.remove(skill, name) {
		return store.ErrNotFound
	}
	t.rec.Note(fmt.Sprintf("timer cancel name=%q", name))
	return nil
}
