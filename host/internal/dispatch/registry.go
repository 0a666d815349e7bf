// Package dispatch routes events to skills and owns the set of loaded
// skills: applying a config (whole or not at all), swapping a skill's
// module on reload while in-flight events finish on the old version, and
// unloading skills.
//
// Every ingress adapter (console, Slack Events API, Socket Mode, timers,
// webhooks, `bothost invoke`) ends in Registry.Dispatch, so routing and
// isolation rules live in exactly one place.
package dispatch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Registry holds the loaded skills and the routing table of the config
// that is currently serving.
type Registry struct {
	engine *wasmrt.Engine
	log    *slog.Logger

	// applyMu serialises Apply and Reload: a config edit and a module
	// change cannot interleave halfway.
	applyMu sync.Mutex
	state   atomic.Pointer[state]

	// now stamps skill removals, on the clock that stamps abi.Event.Time.
	now func() time.Time
	// retireGrace is how long a removed skill keeps serving the events
	// acked before its removal (DefaultRetireGrace).
	retireGrace time.Duration
	dropped     atomic.Int64 // events for a removed skill that came too late
	onUnloaded  func(skill string)
}

// DefaultRetireGrace is how long a skill removed from bot.toml keeps
// handling the events that were acked for it before the removal. An event
// still waiting after that is dropped, logged and counted
// (DroppedRemoved): by then the removal is what the operator meant.
const DefaultRetireGrace = time.Minute

// retiredSet is what one Apply removed: the skills' slots, still loaded
// for the events acked before at, and the routing they were acked under.
type retiredSet struct {
	at    time.Time
	old   *state
	slots map[string]*slot
	gone  atomic.Bool // grace over: slots unloaded
}

// state is one immutable routing snapshot.
type state struct {
	cfg      *config.Config
	slots    map[string]*slot
	order    []entry // config order (by name)
	commands map[string]entry
	retired  []*retiredSet // removals whose grace is not over, oldest first
}

// entry pairs a skill's serving config (its routes) with its slot.
type entry struct {
	skill   config.Skill
	slot    *slot
	retired *retiredSet // set for a removed skill serving its last events
}

// slot is one skill name. Its module changes on reload; the slot stays.
type slot struct {
	mu  sync.RWMutex
	cur *version
}

// version is a module plus the count of invocations running on it, so a
// replaced module is closed only after they finish.
type version struct {
	mod    *wasmrt.Module
	hash   [32]byte
	flight sync.WaitGroup
}

// NewRegistry returns an empty registry.
func NewRegistry(engine *wasmrt.Engine, log *slog.Logger) *Registry {
	r := &Registry{engine: engine, log: log, now: time.Now, retireGrace: DefaultRetireGrace}
	r.state.Store(&state{cfg: &config.Config{}, slots: map[string]*slot{}, commands: map[string]entry{}})
	return r
}

// SetClock sets the clock removals are stamped with: the one that stamps
// abi.Event.Time (the host's clock). Call it before the first Apply.
func (r *Registry) SetClock(now func() time.Time) { r.now = now }

// SetRetireGrace sets how long a removed skill keeps serving the events
// acked before its removal (DefaultRetireGrace). Call it before Apply.
func (r *Registry) SetRetireGrace(d time.Duration) {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	r.retireGrace = d
}

// OnUnloaded sets f to be called with the name of a removed skill once
// its grace is over and it is unloaded for good (not when it came back in
// the meantime): the moment to drop what it left behind (timers, queued
// messages). f runs with no lock held.
func (r *Registry) OnUnloaded(f func(skill string)) {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	r.onUnloaded = f
}

// DroppedRemoved counts events that were acked for a skill before it was
// removed from bot.toml and reached dispatch after its grace was over.
func (r *Registry) DroppedRemoved() int64 { return r.dropped.Load() }

// Config returns the config that is serving.
func (r *Registry) Config() *config.Config { return r.state.Load().cfg }

func (s *slot) acquire() *version {
	s.mu.RLock()
	v := s.cur
	if v != nil {
		v.flight.Add(1)
	}
	s.mu.RUnlock()
	return v
}

// swap installs v and retires the old version: it is closed once the
// invocations already running on it are done. Returns the old version.
func (s *slot) swap(ctx context.Context, v *version) {
	s.mu.Lock()
	old := s.cur
	s.cur = v
	s.mu.Unlock()
	if old != nil {
		go func() {
			old.flight.Wait()
			_ = old.mod.Close(ctx)
		}()
	}
}

func (s *slot) current() *version {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur
}

// ApplyError lists the skills that failed to load. From Apply nothing was
// applied; from ApplyPartial (Partial) the other skills serve.
type ApplyError struct {
	Errs    []error
	Partial bool
}

func (e *ApplyError) Error() string {
	msgs := make([]string, len(e.Errs))
	for i, err := range e.Errs {
		msgs[i] = err.Error()
	}
	if e.Partial {
		return fmt.Sprintf("%d skill(s) not loaded: %s", len(e.Errs), strings.Join(msgs, "; "))
	}
	return "config not applied: " + strings.Join(msgs, "; ")
}

func (e *ApplyError) Unwrap() []error { return e.Errs }

// Apply makes cfg the serving config, whole or not at all: every skill that
// is new or changed is loaded first, off the event path; if any fails,
// everything loaded is thrown away and the old config keeps serving.
// Skills whose module and settings did not change keep their instances.
func (r *Registry) Apply(ctx context.Context, cfg *config.Config) error {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	old := r.state.Load()
	back, backCfg := r.takeBack(old, cfg)
	fresh, errs := r.loadChanged(ctx, old, cfg, back, backCfg)
	if len(errs) > 0 {
		for _, v := range fresh {
			_ = v.mod.Close(ctx)
		}
		return &ApplyError{Errs: errs}
	}
	r.install(ctx, old, cfg, fresh, back)
	return nil
}

// ApplyPartial is Apply for start-up: a skill that fails to load does not
// stop the others. cfg becomes the serving config; every skill that loaded
// serves, a skill that did not has no module (it gets no events; its file
// is watched, so a fixed module dropped in loads)
// and is listed in the returned *ApplyError, or nil when all loaded.
func (r *Registry) ApplyPartial(ctx context.Context, cfg *config.Config) error {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	old := r.state.Load()
	back, backCfg := r.takeBack(old, cfg)
	fresh, errs := r.loadChanged(ctx, old, cfg, back, backCfg)
	r.install(ctx, old, cfg, fresh, back)
	if len(errs) > 0 {
		for _, err := range errs {
			r.log.Error("skill not loaded; the other skills serve", "err", err)
		}
		return &ApplyError{Errs: errs, Partial: true}
	}
	return nil
}

// takeBack finds the skills of cfg removed a moment ago (still in their
// retirement grace): configured again, they take their slot back (their
// version keeps serving if nothing changed).
func (r *Registry) takeBack(old *state, cfg *config.Config) (map[string]*slot, map[string]config.Skill) {
	back := map[string]*slot{}
	backCfg := map[string]config.Skill{}
	for _, rs := range old.retired {
		for name, s := range rs.slots {
			if _, ok := cfg.Skill(name); ok && !rs.gone.Load() {
				back[name] = s
				backCfg[name], _ = rs.old.cfg.Skill(name)
			}
		}
	}
	return back, backCfg
}

// loadParallel is how many skills load at once. Two would keep one slow
// module from holding up the others, but with two loads at once on the
// engine's shared compilation cache a test run once crashed inside wazero
// 1.12 (NewFunction: index out of range on a compiled module with no
// function offsets) while instantiating; until that is understood, loads
// are one at a time, as they always were before. A slow one is bounded by
// the structural limits and the compile timeout.
const loadParallel = 1

// loadChanged loads every skill of cfg that is new or changed, a few at a
// time. It returns the loaded versions by skill name and the failures in
// config order.
func (r *Registry) loadChanged(ctx context.Context, old *state, cfg *config.Config, back map[string]*slot, backCfg map[string]config.Skill) (map[string]*version, []error) {
	errs := make([]error, len(cfg.Skills))
	vers := make([]*version, len(cfg.Skills))
	sem := make(chan struct{}, loadParallel)
	var wg sync.WaitGroup
	for i, sk := range cfg.Skills {

		b, err := os.ReadFile(sk.Path)
		if err != nil {
			errs[i] = fmt.Errorf("skill %q: read module %s: %w", sk.Name, sk.Path, err)
			continue
		}
		hash := sha256.Sum256(b)
		if s, ok := old.slots[sk.Name]; ok {
			prev, _ := old.cfg.Skill(sk.Name)
			if cur := s.current(); cur != nil && cur.hash == hash && sameModuleSettings(prev, sk) {
				continue // reuse
			}
		} else if s, ok := back[sk.Name]; ok {
			if cur := s.current(); cur != nil && cur.hash == hash && sameModuleSettings(backCfg[sk.Name], sk) {
				continue // reuse
			}
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mod, err := r.engine.Load(ctx, wasmrt.Spec{Skill: sk, Wasm: b})
			if err != nil {
				errs[i] = err
				return
			}
			vers[i] = &version{mod: mod, hash: hash}
		}()
	}
	wg.Wait()
	fresh := map[string]*version{}
	var failed []error
	for i, sk := range cfg.Skills {
		if errs[i] != nil {
			failed = append(failed, errs[i])
		}
		if vers[i] != nil {
			fresh[sk.Name] = vers[i]
		}
	}
	return fresh, failed
}

// install makes cfg the serving config with the fresh versions swapped in.
func (r *Registry) install(ctx context.Context, old *state, cfg *config.Config, freshBy map[string]*version, back map[string]*slot) {
	next := &state{cfg: cfg, slots: map[string]*slot{}, commands: map[string]entry{}}
	for _, sk := range cfg.Skills {
		s, ok := old.slots[sk.Name]
		if !ok {
			s, ok = back[sk.Name]
		}
		if !ok {
			s = &slot{}
		}
		if v, ok := freshBy[sk.Name]; ok {
			s.swap(ctx, v)
			r.log.Info("skill loaded", "skill", sk.Name, "version", v.mod.Version(), "path", sk.Path)
		}
		e := entry{skill: sk, slot: s}
		next.slots[sk.Name] = s
		next.order = append(next.order, e)
		for _, c := range sk.Routes.Commands {
			next.commands[c] = e
		}
	}
	// Removed skills retire: events acked before now were acked while
	// they served, and are still theirs (Dispatch), for retireGrace.
	removed := map[string]*slot{}
	for name, s := range old.slots {
		if _, ok := next.slots[name]; !ok {
			removed[name] = s
			r.log.Info("skill removed; it handles the events acked before the removal for a while", "skill", name, "grace", r.retireGrace)
		}
	}
	for _, rs := range old.retired {
		for name := range back {
			delete(rs.slots, name) // taken back: not unloaded with its set
		}
		next.retired = append(next.retired, rs)
	}
	if len(removed) > 0 {
		rs := &retiredSet{at: r.now(), old: old, slots: removed}
		next.retired = append(next.retired, rs)
		if n := len(next.retired); n > maxRetired {
			next.retired = next.retired[n-maxRetired:]
		}
		time.AfterFunc(r.retireGrace, func() { r.unretire(rs) })
	}
	r.state.Store(next)
}

// unretire ends a removal's grace: its skills are unloaded once the
// events running on them finish.
func (r *Registry) unretire(rs *retiredSet) {
	r.applyMu.Lock()
	rs.gone.Store(true)
	gone := map[string]*version{}
	for name, s := range rs.slots {
		gone[name] = s.current()
		s.swap(context.Background(), nil)
		r.log.Info("skill unloaded after removal", "skill", name)
	}
	f := r.onUnloaded
	r.applyMu.Unlock()
	if f == nil {
		return
	}
	for name, v := range gone {
		// After the events still running on it end (their deadline bounds
		// that), so nothing they send arrives after the clean-up.
		go func() {
			if v != nil {
				v.flight.Wait()
			}
			f(name)
		}()
	}
}

// maxRetired bounds the removals remembered (loaded during their grace,
// then only to count the events that come too late for them).
const maxRetired = 16

// sameModuleSettings reports whether a skill's module can keep running
// under b after running under a: everything except routing is baked into
// the module's runtime or instances.
func sameModuleSettings(a, b config.Skill) bool {
	return a.Path == b.Path && a.Limits == b.Limits && a.DataDir == b.DataDir &&
		bytes.Equal(a.ConfigJSON, b.ConfigJSON) && strings.Join(a.HTTPAllow, "\x00") == strings.Join(b.HTTPAllow, "\x00") &&
		slices.Equal(a.SlackRead, b.SlackRead)
}

// ErrUnchanged is returned by Reload when the file has the bytes already
// serving.
var ErrUnchanged = errors.New("module unchanged")

// ErrMissing is returned by Reload when the module file is absent or
// empty: the serving version is kept (see UnloadMissing).
var ErrMissing = errors.New("module file missing")

// UnloadMissing unloads the skill if its module file is still absent or
// empty; the watcher calls it once the file stayed so past its grace
// period. It reports whether it unloaded.
func (r *Registry) UnloadMissing(ctx context.Context, name string) bool {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	st := r.state.Load()
	s, ok := st.slots[name]
	sk, _ := st.cfg.Skill(name)
	if !ok || s.current() == nil {
		return false
	}
	if fi, err := os.Stat(sk.Path); err == nil && fi.Size() > 0 {
		return false
	}
	s.swap(ctx, nil)
	r.log.Warn("skill unloaded: module file removed", "skill", name, "path", sk.Path)
	return true
}

// ErrSuperseded is returned by ReloadIf when the file changed again while
// the new module was loading: the loaded module is thrown away unserved.
var ErrSuperseded = errors.New("module file changed again while loading")

// Reload loads the skill's module file again and swaps it in. If the new
// module fails to load, the error is returned and the old one keeps
// serving. A missing or empty file is ErrMissing and changes nothing
// (UnloadMissing unloads).
func (r *Registry) Reload(ctx context.Context, name string) error {
	return r.ReloadIf(ctx, name, nil)
}

// ReloadIf is Reload, but after loading it asks current whether the bytes
// it loaded are still the file's latest, and swaps only if so. This lets
// the watcher start compiling at the first sign of a change instead of
// waiting for the file to go quiet, without ever serving a stale or
// half-written module.
func (r *Registry) ReloadIf(ctx context.Context, name string, current func() bool) error {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	st := r.state.Load()
	s, ok := st.slots[name]
	sk, _ := st.cfg.Skill(name)
	if !ok {
		return fmt.Errorf("reload skill %q: not configured", name)
	}
	b, err := os.ReadFile(sk.Path)
	if errors.Is(err, os.ErrNotExist) {
		// A rebuild (rename into place, delete and recreate) makes the
		// file vanish for a moment: keep serving. The watcher calls
		// UnloadMissing once it has stayed absent past its grace.
		return fmt.Errorf("reload skill %q: %w", name, ErrMissing)
	}
	if err != nil {
		return fmt.Errorf("reload skill %q: %w", name, err)
	}
	if len(b) == 0 {
		// Truncated by a save or a build that writes in place: the bytes
		// are coming. The serving version keeps serving.
		return fmt.Errorf("reload skill %q: module file %s is empty (being written?): %w", name, sk.Path, ErrMissing)
	}
	hash := sha256.Sum256(b)
	if cur := s.current(); cur != nil && cur.hash == hash {
		return ErrUnchanged
	}
	mod, err := r.engine.Load(ctx, wasmrt.Spec{Skill: sk, Wasm: b})
	if current != nil && !current() {
		if mod != nil {
			_ = mod.Close(ctx)
		}
		return ErrSuperseded
	}
	if err != nil {
		return err
	}
	s.swap(ctx, &version{mod: mod, hash: hash})
	r.log.Info("skill reloaded", "skill", name, "version", mod.Version())
	return nil
}

// Close unloads every skill, waiting for in-flight events.
func (r *Registry) Close(ctx context.Context) {
	r.applyMu.Lock()
	defer r.applyMu.Unlock()
	st := r.state.Load()
	all := maps.Clone(st.slots)
	for i, rs := range st.retired {
		for name, s := range rs.slots {
			all[fmt.Sprintf("%s\x00retired%d", name, i)] = s
		}
	}
	for _, s := range all {
		s.mu.Lock()
		v := s.cur
		s.cur = nil
		s.mu.Unlock()
		if v != nil {
			v.flight.Wait()
			_ = v.mod.Close(ctx)
		}
	}
}

// Handled is one skill's outcome for one event.
type Handled struct {
	Skill   string
	Version string
	Err     error
}

// Dispatch hands ev to every skill it is routed to, one after another in
// config order, and reports each outcome. A failing skill does not stop
// the others.
func (r *Registry) Dispatch(ctx context.Context, ev *abi.Event) []Handled {
	st := r.state.Load()
	var out []Handled
	for _, e := range st.routeAcked(ev) {
		v := e.slot.acquire()
		if v == nil {
			if e.retired != nil {
				r.dropped.Add(1)
				r.log.Warn("event dropped: acked for a skill since removed from the config", "skill", e.skill.Name, "event", ev.ID, "removed_at", e.retired.at)
			}
			continue // unloaded (module file removed or never loaded)
		}
		err := v.mod.Handle(ctx, ev)
		v.flight.Done()
		out = append(out, Handled{Skill: v.mod.Name(), Version: v.mod.Version(), Err: err})
	}
	return out
}

// Routes returns the names of the skills ev would go to.
func (r *Registry) Routes(ev *abi.Event) []string {
	var names []string
	for _, e := range r.state.Load().route(ev) {
		names = append(names, e.skill.Name)
	}
	return names
}

// Lane is the inbox lane of ev (inbox.Options.Lane): the skill it goes to
// and that skill's instance count, so that no more of a skill's events
// hold inbox workers than it has instances to run them. An event for
// several skills gets a lane of its own for that set, limited by the
// smallest of them; one for no skill gets the unlimited lane "".
func (r *Registry) Lane(ev *abi.Event) (string, int) {
	es := r.state.Load().route(ev)
	switch len(es) {
	case 0:
		return "", 0
	case 1:
		return es[0].skill.Name, es[0].skill.Limits.Instances
	}
	names := make([]string, len(es))
	limit := 0
	for i, e := range es {
		names[i] = e.skill.Name
		if n := e.skill.Limits.Instances; limit == 0 || n < limit {
			limit = n
		}
	}
	return strings.Join(names, "+"), limit
}

// routeAcked is route plus, for an event acked before a removal, the
// removed skills it was routed to when it was acked. Only events routed
// by subscription (what Slack delivered and the host acked) follow a
// removed skill; events addressed to it by the host (its timers,
// schedules, hooks) go with it, as its timers do: removing a skill must
// also stop it.
func (st *state) routeAcked(ev *abi.Event) []entry {
	es := st.route(ev)
	if len(st.retired) == 0 || ev.Time.IsZero() || ev.Skill != "" {
		return es
	}
	for _, rs := range st.retired {
		if !ev.Time.Before(rs.at) {
			continue
		}
		for _, e := range rs.old.route(ev) {
			if s, ok := rs.slots[e.skill.Name]; ok && s == e.slot {
				e.retired = rs
				es = append(es, e)
			}
		}
	}
	return es
}

// route picks the skills for ev from the serving config's subscriptions.
func (st *state) route(ev *abi.Event) []entry {
	if ev.Skill != "" {
		for _, e := range st.order {
			if e.skill.Name == ev.Skill {
				return []entry{e}
			}
		}
		return nil
	}
	switch ev.Kind {
	case abi.KindCommand:
		if e, ok := st.commands[ev.Command]; ok {
			return []entry{e}
		}
		return nil
	case abi.KindAction:
		var best []entry
		bestLen := 0
		for _, e := range st.order {
			for _, p := range e.skill.Routes.Actions {
				if strings.HasPrefix(ev.ActionID, p) && len(p) > bestLen {
					best, bestLen = []entry{e}, len(p)
				}
			}
		}
		return best
	case abi.KindMessage:
		var out []entry
		for _, e := range st.order {
			if wantsMessage(e.skill.Routes, ev) {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

func wantsMessage(r config.Routes, ev *abi.Event) bool {
	if r.Mentions && ev.Mentioned {
		return true
	}
	if r.DMs && ev.IsDM {
		return true
	}
	for _, re := range r.Messages {
		if re.MatchString(ev.Text) {
			return true
		}
	}
	return false
}
