// Package reload watches bot.toml and the skills' .wasm files and applies
// changes live: a changed module is reloaded, a changed config is applied
// whole or rejected whole, and the last good state keeps serving.
package reload

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
)

// DefaultDebounce is how long a file must stay quiet before it is loaded.
// Editors and build tools write in bursts (truncate+write, several writes,
// write-temp-then-rename); 50 ms coalesces those on this machine while
// keeping a changed Rust skill serving well within 100 ms.
const DefaultDebounce = 50 * time.Millisecond

// Watcher applies file changes to a Registry.
type Watcher struct {
	reg        *dispatch.Registry
	configPath string
	log        *slog.Logger
	debounce   time.Duration
	// OnEvent, if set, is called after each applied or rejected change
	// (tests and `bothost run` status lines use it).
	onEvent func(Event)

	fsw *fsnotify.Watcher

	mu     sync.Mutex
	dirs   map[string]bool
	timers map[string]*time.Timer
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
		reg: reg, configPath: configPath, log: log, debounce: DefaultDebounce,
		fsw: fsw, dirs: map[string]bool{}, timers: map[string]*time.Timer{},
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

// schedule (re)starts the path's debounce timer.
func (w *Watcher) schedule(ctx context.Context, path string) {
	if !w.interesting(path) {
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
		case errors.Is(err, dispatch.ErrUnchanged):
			continue
		case err != nil:
			w.log.Error("skill reload rejected; previous version keeps serving", "skill", s.Name, "err", err)
		default:
			w.log.Debug("skill reload applied", "skill", s.Name, "took", time.Since(start))
		}
		w.notify(Event{Path: path, Skill: s.Name, Err: err})
	}
}

func (w *Watcher) applyConfig(ctx context.Context) error {
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
