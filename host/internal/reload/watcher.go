// Package reload watches bot.toml and the skills' .wasm files and applies
// changes live: a changed module is reloaded, a changed config is applied
// whole or rejected whole, and the last good state keeps serving.
package reload

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
)

// DefaultDebounce is how long a file must stay quiet before a change is
// final. Editors and build tools write in bursts (truncate+write, several
// writes, write-temp-then-rename).
//
// For bot.toml the watcher waits for the quiet period, then applies. For a
// module it does not wait: it starts compiling at the first event and, if
// another write arrives meanwhile, throws that work away and starts again
// (Registry.ReloadIf). A load that fails is reported only once the file has
// stayed unchanged for the quiet period, because a half-written module
// fails too. So a rebuilt skill serves one compile after the write lands,
// rather than one debounce plus one compile.
const DefaultDebounce = 50 * time.Millisecond

// DefaultMissingGrace is how long a module file may stay absent (or
// empty) before its skill is unloaded. Builds replace their output by
// rename, by delete and recreate, or by truncate and write; cargo's own
// output is gone for 110-170 ms per rebuild. Unloading then would drop
// the events that arrive meanwhile, so the serving version keeps serving
// until the file is really gone.
const DefaultMissingGrace = 2 * time.Second

// Watcher applies file changes to a Registry.
type Watcher struct {
	reg        *dispatch.Registry
	configPath string
	log        *slog.Logger
	debounce   time.Duration
	grace      time.Duration // DefaultMissingGrace
	// OnEvent, if set, is called after each applied or rejected change
	// (tests and `bothost run` status lines use it).
	onEvent func(Event)

	fsw *fsnotify.Watcher

	mu      sync.Mutex
	dirs    map[string]bool
	timers  map[string]*time.Timer
	modules map[string]*moduleState
}

// moduleState tracks changes to one module file: gen counts events, and
// one loader goroutine at a time works on the file.
type moduleState struct {
	gen     atomic.Uint64
	kick    chan struct{} // signalled on every event; ends a quiet wait early
	running bool          // guarded by Watcher.mu
}

// Event reports what the watcher did.
type Event struct {
	Path  string
	Skill string // empty for the config file
	Err   error  // nil: applied
}

// Option configures a Watcher.
type Option func(*Watcher)

// WithDebounce sets the quiet period.
func WithDebounce(d time.Duration) Option { return func(w *Watcher) { w.debounce = d } }

// WithMissingGrace sets how long a module file may stay absent before
// its skill is unloaded.
func WithMissingGrace(d time.Duration) Option { return func(w *Watcher) { w.grace = d } }

// WithNotify sets a callback for every applied or rejected change.
func WithNotify(f func(Event)) Option { return func(w *Watcher) { w.onEvent = f } }

// New returns a Watcher for the registry's serving config. configPath may
// be empty when there is no config file to watch (bothost invoke).
func New(reg *dispatch.Registry, configPath string, log *slog.Logger, opts ...Option) (*Watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("start file watcher: %w", err)
	}
	w := &Watcher{
		reg: reg, configPath: configPath, log: log, debounce: DefaultDebounce, grace: DefaultMissingGrace,
		fsw: fsw, dirs: map[string]bool{}, timers: map[string]*time.Timer{},
		modules: map[string]*moduleState{},
	}
	for _, o := range opts {
		o(w)
	}
	if err := w.watchDirs(); err != nil {
		fsw.Close()
		return nil, err
	}
	return w, nil
}

// watchDirs watches the directory of every file we care about: watching
// directories, not files, is what survives write-temp-then-rename.
func (w *Watcher) watchDirs() error {
	paths := []string{}
	if w.configPath != "" {
		paths = append(paths, w.configPath)
	}
	for _, s := range w.reg.Config().Skills {
		paths = append(paths, s.Path)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range paths {
		d := filepath.Dir(p)
		if w.dirs[d] {
			continue
		}
		if err := w.fsw.Add(d); err != nil {
			return fmt.Errorf("watch %s: %w", d, err)
		}
		w.dirs[d] = true
	}
	return nil
}

// Run handles file events until ctx ends.
func (w *Watcher) Run(ctx context.Context) error {
	defer w.fsw.Close()
	for {
		select {
		case <-ctx.Done():
			w.mu.Lock()
			for _, t := range w.timers {
				t.Stop()
			}
			w.mu.Unlock()
			return nil
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return nil
			}
			w.log.Warn("file watcher error", "err", err)
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return nil
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			w.schedule(ctx, filepath.Clean(ev.Name))
		}
	}
}

// schedule reacts to an event on path: a module starts (or restarts)
// loading at once; the config file waits for its debounce timer.
func (w *Watcher) schedule(ctx context.Context, path string) {
	if !w.interesting(path) {
		return
	}
	if path != w.configPath {
		w.moduleChanged(ctx, path)
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if t, ok := w.timers[path]; ok {
		t.Reset(w.debounce)
		return
	}
	w.timers[path] = time.AfterFunc(w.debounce, func() {
		w.mu.Lock()
		delete(w.timers, path)
		w.mu.Unlock()
		w.apply(ctx, path)
	})
}

func (w *Watcher) moduleChanged(ctx context.Context, path string) {
	w.mu.Lock()
	st, ok := w.modules[path]
	if !ok {
		st = &moduleState{kick: make(chan struct{}, 1)}
		w.modules[path] = st
	}
	st.gen.Add(1)
	select {
	case st.kick <- struct{}{}:
	default:
	}
	if st.running {
		w.mu.Unlock()
		return
	}
	st.running = true
	w.mu.Unlock()
	go w.loadModule(ctx, path, st)
}

// loadModule loads path until the bytes it loaded are the file's latest.
func (w *Watcher) loadModule(ctx context.Context, path string, st *moduleState) {
	var g uint64
	defer func() {
		w.mu.Lock()
		raced := st.gen.Load() != g
		if raced && ctx.Err() == nil {
			// An event arrived after the last load started: keep going
			// in a fresh loader rather than lose it.
			w.mu.Unlock()
			go w.loadModule(ctx, path, st)
			return
		}
		st.running = false
		w.mu.Unlock()
	}()
	for ctx.Err() == nil {
		g = st.gen.Load()
		for _, s := range w.reg.Config().Skills {
			if s.Path != path {
				continue
			}
			start := time.Now()
			err := w.reg.ReloadIf(ctx, s.Name, func() bool { return st.gen.Load() == g })
			switch {
			case errors.Is(err, dispatch.ErrSuperseded), errors.Is(err, dispatch.ErrUnchanged):
				continue
			case errors.Is(err, dispatch.ErrMissing):
				// Gone or empty: a rebuild in progress, unless it stays so.
				if !w.waitQuiet(ctx, st, g, w.grace) {
					continue // it came back (or changed): load it again
				}
				if w.reg.UnloadMissing(ctx, s.Name) {
					w.notify(Event{Path: path, Skill: s.Name, Err: err})
				}
				continue
			case err != nil:
				// Possibly a half-written file: final only once it stays quiet.
				if !w.quiet(ctx, st, g) {
					continue
				}
				w.log.Error("skill reload rejected; previous version keeps serving", "skill", s.Name, "err", err)
			default:
				w.log.Debug("skill reload applied", "skill", s.Name, "took", time.Since(start))
			}
			w.notify(Event{Path: path, Skill: s.Name, Err: err})
		}
		if st.gen.Load() == g {
			return
		}
	}
}

// quiet waits for the debounce period and reports whether no event arrived.
func (w *Watcher) quiet(ctx context.Context, st *moduleState, g uint64) bool {
	return w.waitQuiet(ctx, st, g, w.debounce)
}

// waitQuiet waits d and reports whether no event arrived meanwhile.
func (w *Watcher) waitQuiet(ctx context.Context, st *moduleState, g uint64, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	for st.gen.Load() == g {
		select {
		case <-ctx.Done():
			return false
		case <-st.kick:
		case <-t.C:
			return st.gen.Load() == g
		}
	}
	return false
}

func (w *Watcher) interesting(path string) bool {
	if path == w.configPath {
		return true
	}
	for _, s := range w.reg.Config().Skills {
		if s.Path == path {
			return true
		}
	}
	return false
}

// apply runs when a path has been quiet for the debounce period. Calls are
// serialised by the registry.
func (w *Watcher) apply(ctx context.Context, path string) {
	if ctx.Err() != nil {
		return
	}
	if path == w.configPath {
		err := w.applyConfig(ctx)
		w.notify(Event{Path: path, Err: err})
		return
	}
	for _, s := range w.reg.Config().Skills {
		if s.Path != path {
			continue
		}
		start := time.Now()
		err := w.reg.Reload(ctx, s.Name)
		switch {
		case errors.Is(err, dispatch.ErrUnchanged), errors.Is(err, dispatch.ErrMissing):
			continue
		case err != nil:
			w.log.Error("skill reload rejected; previous version keeps serving", "skill", s.Name, "err", err)
		default:
			w.log.Debug("skill reload applied", "skill", s.Name, "took", time.Since(start))
		}
		w.notify(Event{Path: path, Skill: s.Name, Err: err})
	}
}

// ErrConfigEmpty is reported (Event.Err) for a bot.toml found empty: a
// save in progress (editors and `>` truncate, then write), never applied.
var ErrConfigEmpty = errors.New("config file is empty (save in progress?); not applied")

func (w *Watcher) applyConfig(ctx context.Context) error {
	if fi, err := os.Stat(w.configPath); err == nil && fi.Size() == 0 {
		// An empty file is valid TOML for "no skills": applying it would
		// unload every skill for the length of the save.
		w.log.Warn("config file is empty; waiting for the save to finish, last good config keeps running", "path", w.configPath)
		return ErrConfigEmpty
	}
	cfg, err := config.Load(w.configPath)
	if err != nil {
		w.log.Error("config edit rejected; last good config keeps running", "err", err)
		return err
	}
	if err := w.reg.Apply(ctx, cfg); err != nil {
		w.log.Error("config edit rejected; last good config keeps running", "err", err)
		return err
	}
	w.log.Info("config applied", "path", w.configPath, "skills", len(cfg.Skills))
	return w.watchDirs()
}

func (w *Watcher) notify(e Event) {
	if w.onEvent != nil {
		w.onEvent(e)
	}
}
