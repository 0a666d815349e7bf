package wasmrt

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/wasmrt/wasmcheck"
)

const (
	wasiModule = "wasi_snapshot_preview1"
	pageSize   = 64 << 10
	// initialInput is the first input region asked of bothost_alloc: big
	// enough for nearly every chat event, so one alloc per instance suffices.
	initialInput = 16 << 10
	// DefaultCompileTimeout bounds one module's compilation. The structural
	// limits (wasmcheck) bound each function's compile cost to well under a
	// second; this bounds the sum. The 2.2 MB Go echo skill compiles in
	// about 3 s on a loaded 2-core machine.
	DefaultCompileTimeout = 5 * time.Minute
)

// features are the WebAssembly features a skill may use: WebAssembly 2.0
// without reference types. No SDK build uses them (measured: TinyGo,
// Go and Rust echo skills), and they bring table.grow and table.fill, which
// allocate host memory outside the skill's memory cap; without them a
// table cannot grow and its declared size is checked before compiling.
var features = api.CoreFeaturesV2.SetEnabled(api.CoreFeatureReferenceTypes, false)

// Engine loads skills. It holds what is shared by all skill versions: the
// compilation cache (on disk, so a restart or a reload of an unchanged file
// skips compiling), the host services and the metrics.
type Engine struct {
	cache          wazero.CompilationCache
	svc            Services
	metrics        *Metrics
	compileTimeout time.Duration
	gate           *gate // caps wasm calls running at once, fairly per skill

	lqMu sync.Mutex
	lq   map[string]*logQuota // per skill name, kept across versions
}

// NewEngine returns an Engine. cacheDir may be empty for an in-memory cache.
func NewEngine(cacheDir string, svc Services, m *Metrics) (*Engine, error) {
	var cache wazero.CompilationCache
	if cacheDir != "" {
		c, err := wazero.NewCompilationCacheWithDir(cacheDir)
		if err != nil {
			return nil, fmt.Errorf("compilation cache %s: %w", cacheDir, err)
		}
		cache = c
	} else {
		cache = wazero.NewCompilationCache()
	}
	if svc.Logger == nil {
		svc.Logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	total, perSkill := gateSizes(runtime.GOMAXPROCS(0))
	return &Engine{cache: cache, svc: svc, metrics: m, compileTimeout: DefaultCompileTimeout, gate: newGate(total, perSkill), lq: map[string]*logQuota{}}, nil
}

// SetConcurrency changes how many wasm calls run at once across the host
// (default GOMAXPROCS) and how many of them one skill may hold (default
// GOMAXPROCS-1, at least 1). Call it before loading skills.
func (e *Engine) SetConcurrency(total, perSkill int) { e.gate = newGate(total, perSkill) }

// SetCompileTimeout changes how long one module may take to compile
// (DefaultCompileTimeout); tests shorten it.
func (e *Engine) SetCompileTimeout(d time.Duration) { e.compileTimeout = d }

// Metrics returns the engine's metrics.
func (e *Engine) Metrics() *Metrics { return e.metrics }

// Close writes pending log-suppression summaries and releases the
// compilation cache.
func (e *Engine) Close(ctx context.Context) error {
	e.lqMu.Lock()
	qs := make([]*logQuota, 0, len(e.lq))
	for _, q := range e.lq {
		qs = append(qs, q)
	}
	e.lqMu.Unlock()
	for _, q := range qs {
		q.stop()
	}
	return e.cache.Close(ctx)
}

// Spec is one skill version to load.
type Spec struct {
	Skill config.Skill
	Wasm  []byte
}

// Module is one loaded, validated version of a skill with its instance
// pool. It is immutable; a reload builds a new Module.
type Module struct {
	name     string
	version  string
	skill    config.Skill
	engine   *Engine
	runtime  wazero.Runtime
	compiled wazero.CompiledModule
	modCfg   wazero.ModuleConfig
	memLimit uint64
	log      *slog.Logger
	stats    *skillStats
	logq     *logQuota

	idle  chan *instance
	slots chan struct{} // a token per live instance
	live  sync.WaitGroup

	closed atomic.Bool

	warnings []string // said at load (handlerWarnings); kept for bothost check/invoke
}

// Warnings are what Load logged as warnings about this version: a skill
// that registered no handler, or none for an event kind bot.toml routes
// to it.
func (m *Module) Warnings() []string { return m.warnings }

// Name is the skill's name.
func (m *Module) Name() string { return m.name }

// Version identifies the module bytes (a prefix of their SHA-256).
func (m *Module) Version() string { return m.version }

// Skill is the configuration the module was loaded with.
func (m *Module) Skill() config.Skill { return m.skill }

// LoadError is a module rejected at load, with the reason.
type LoadError struct {
	Skill, Path, Reason string
}

func (e *LoadError) Error() string {
	return fmt.Sprintf("load skill %q from %s: %s", e.Skill, e.Path, e.Reason)
}

func loadErr(s config.Skill, format string, args ...any) error {
	return &LoadError{Skill: s.Name, Path: s.Path, Reason: fmt.Sprintf(format, args...)}
}

// LoadFile reads the skill's .wasm file and loads it.
func (e *Engine) LoadFile(ctx context.Context, s config.Skill) (*Module, error) {
	b, err := os.ReadFile(s.Path)
	if err != nil {
		return nil, loadErr(s, "read module: %v", err)
	}
	return e.Load(ctx, Spec{Skill: s, Wasm: b})
}

// Load compiles and validates a module, then creates its first instance
// (running _initialize and bothost_init), so a module that cannot serve is
// rejected here, off the event path, instead of failing its first event.
//
// A refused module counts as a failure with reason "load"
// (bothost_skill_failures_total), at start-up as on a reload.
func (e *Engine) Load(ctx context.Context, spec Spec) (*Module, error) {
	m, err := e.load(ctx, spec)
	if err != nil {
		e.metrics.skill(spec.Skill.Name).failure("load").Inc()
	}
	return m, err
}

func (e *Engine) load(ctx context.Context, spec Spec) (*Module, error) {
	s := spec.Skill
	sum := sha256.Sum256(spec.Wasm)
	version := hex.EncodeToString(sum[:6])

	pages := uint32((s.Limits.MemoryBytes + pageSize - 1) / pageSize)
	if pages == 0 || pages > 65536 {
		pages = 65536
	}
	rcfg := wazero.NewRuntimeConfig().
		WithCompilationCache(e.cache).
		WithMemoryLimitPages(pages).
		WithCloseOnContextDone(true).
		WithCoreFeatures(features)
	r := wazero.NewRuntimeWithConfig(ctx, rcfg)
	ok := false
	defer func() {
		if !ok {
			_ = r.Close(context.WithoutCancel(ctx))
		}
	}()

	// The structural check runs first: it is linear in the module's size,
	// and it refuses the shapes that make the compiler's time or memory
	// explode, and the declared sizes the memory cap does not cover.
	if _, err := wasmcheck.Check(spec.Wasm, wasmcheck.Default(pages)); err != nil {
		return nil, loadErr(s, "refused before compiling: %v", err)
	}
	compiled, err := e.compile(ctx, r, spec.Wasm)
	if err != nil {
		ok = errors.Is(err, errCompileAbandoned) // closed when the compile ends
		return nil, loadErr(s, "compile: %v", err)
	}
	if err := checkImports(compiled); err != nil {
		return nil, loadErr(s, "%v", err)
	}
	if err := checkExports(compiled); err != nil {
		return nil, loadErr(s, "%v", err)
	}
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, r); err != nil {
		return nil, loadErr(s, "instantiate WASI: %v", err)
	}
	m := &Module{
		name:     s.Name,
		version:  version,
		skill:    s,
		engine:   e,
		runtime:  r,
		compiled: compiled,
		memLimit: uint64(pages) * pageSize,
		log:      e.svc.Logger.With("skill", s.Name, "version", version),
		stats:    e.metrics.skill(s.Name),
		logq:     e.logQuota(s.Name),
	}
	if err := m.instantiateHostModule(ctx); err != nil {
		return nil, loadErr(s, "host module: %v", err)
	}
	m.modCfg = m.moduleConfig()

	n := s.Limits.Instances
	if n <= 0 {
		n = 1
	}
	m.idle = make(chan *instance, n)
	m.slots = make(chan struct{}, n)

	m.slots <- struct{}{}
	inst, err := m.newInstance(ctx)
	if err != nil {
		<-m.slots
		return nil, loadErr(s, "%v", err)
	}
	warns, err := m.handlerWarnings(ctx, inst)
	if err != nil {
		m.discard(ctx, inst)
		return nil, loadErr(s, "%v", err)
	}
	for _, w := range warns {
		m.log.Warn(w)
	}
	m.warnings = warns
	m.idle <- inst
	ok = true
	return m, nil
}

// errCompileAbandoned marks a compile given up on (timeout or shutdown):
// it still runs, and the runtime is closed when it ends, not by Load.
var errCompileAbandoned = errors.New("compile abandoned")

// compile compiles under the compile timeout. wazero's compiler does not
// look at its context, so the compile runs on its own goroutine and is
// abandoned when the timeout fires or ctx ends (shutdown): Load returns at
// once, and the runtime is closed once the compile finishes, its cost
// bounded by the structural limits. (wazero's multi-worker compile does
// check its context, but the code it produced ran several times slower:
// bigreply missed a 300 ms deadline it meets with one worker.)
func (e *Engine) compile(ctx context.Context, r wazero.Runtime, wasm []byte) (wazero.CompiledModule, error) {
	cctx, cancel := context.WithTimeout(ctx, e.compileTimeout)
	defer cancel()
	start := time.Now()
	type result struct {
		c   wazero.CompiledModule
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := r.CompileModule(context.WithoutCancel(ctx), wasm)
		done <- result{c, err}
	}()
	select {
	case res := <-done:
		return res.c, res.err
	case <-cctx.Done():
		go func() {
			<-done
			_ = r.Close(context.Background())
		}()
		if ctx.Err() != nil {
			return nil, fmt.Errorf("canceled after %v: %w (%w)", time.Since(start).Round(time.Millisecond), ctx.Err(), errCompileAbandoned)
		}
		return nil, fmt.Errorf("took longer than the compile timeout of %v (%w)", e.compileTimeout, errCompileAbandoned)
	}
}

func (m *Module) moduleConfig() wazero.ModuleConfig {
	clk := m.engine.svc.Clock
	cfg := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions("_initialize").
		WithRandSource(rand.Reader).
		WithWalltime(func() (int64, int32) {
			t := clk.Now()
			return t.Unix(), int32(t.Nanosecond())
		}, sys.ClockResolution(time.Microsecond)).
		WithSysNanotime()
	fsc := wazero.NewFSConfig()
	if m.skill.DataDir != "" {
		fsc = fsc.WithReadOnlyDirMount(m.skill.DataDir, "/data")
	}
	return cfg.WithFSConfig(fsc)
}

// checkImports refuses modules built for another ABI major version, or
// importing anything the host does not provide, with a precise reason.
func checkImports(c wazero.CompiledModule) error {
	for _, f := range c.ImportedFunctions() {
		mod, name, _ := f.Import()
		switch {
		case mod == abi.ImportModule:
			if !hostFunctionNames[name] {
				return fmt.Errorf("imports %s.%s, which ABI v%d does not have (built for a newer host?)", mod, name, abi.Version)
			}
		case mod == wasiModule:
		case strings.HasPrefix(mod, "bothost_v"):
			return fmt.Errorf("skill imports %q: built for ABI %s, this host speaks ABI v%d", mod, strings.TrimPrefix(mod, "bothost_"), abi.Version)
		default:
			return fmt.Errorf("imports %s.%s: only %s and %s imports are allowed", mod, name, abi.ImportModule, wasiModule)
		}
	}
	for _, mem := range c.ImportedMemories() {
		mod, name, _ := mem.Import()
		return fmt.Errorf("imports memory %s.%s: a skill must define and export its own memory", mod, name)
	}
	return nil
}

func checkExports(c wazero.CompiledModule) error {
	if _, ok := c.ExportedMemories()["memory"]; !ok {
		return errors.New(`does not export its memory as "memory"`)
	}
	fns := c.ExportedFunctions()
	// TinyGo and Go without -buildmode=c-shared produce a WASI command: it
	// exports bothost_* too, but its runtime is only set up by _start, which
	// the host never runs, so the first export traps with a bare
	// "unreachable". Say what is wrong instead.
	_, hasStart := fns["_start"]
	_, hasInit := fns["_initialize"]
	if hasStart && !hasInit {
		return errors.New("built as a command (exports _start, no _initialize): build with -buildmode=c-shared " +
			"(tinygo build -target=wasip1 -buildmode=c-shared …, or GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared …)")
	}
	want := []struct {
		name     string
		params   []api.ValueType
		results  []api.ValueType
		optional bool
	}{
		{"bothost_abi_version", nil, []api.ValueType{api.ValueTypeI32}, false},
		{"bothost_alloc", []api.ValueType{api.ValueTypeI32}, []api.ValueType{api.ValueTypeI32}, false},
		{"bothost_handle", []api.ValueType{api.ValueTypeI32, api.ValueTypeI32}, []api.ValueType{api.ValueTypeI32}, false},
		{"bothost_init", []api.ValueType{api.ValueTypeI32, api.ValueTypeI32}, []api.ValueType{api.ValueTypeI32}, true},
	}
	for _, w := range want {
		def, ok := fns[w.name]
		if !ok {
			if w.optional {
				continue
			}
			if _, isCmd := fns["_start"]; isCmd && w.name == "bothost_handle" {
				return errors.New("is a WASI command (exports _start) without bothost_handle: build it as a reactor (-buildmode=c-shared)")
			}
			return fmt.Errorf("does not export %s (not a bothost ABI v%d skill)", w.name, abi.Version)
		}
		if !sameTypes(def.ParamTypes(), w.params) || !sameTypes(def.ResultTypes(), w.results) {
			return fmt.Errorf("export %s has signature (%s) -> (%s), want (%s) -> (%s)", w.name,
				typeNames(def.ParamTypes()), typeNames(def.ResultTypes()), typeNames(w.params), typeNames(w.results))
		}
	}
	return nil
}

func sameTypes(a, b []api.ValueType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func typeNames(ts []api.ValueType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = api.ValueTypeName(t)
	}
	return strings.Join(s, ", ")
}

// Close closes the module once every in-flight invocation has finished.
// Instances still idle are closed at once; busy ones when they come back.
func (m *Module) Close(ctx context.Context) error {
	if m.closed.Swap(true) {
		return nil
	}
	m.drainIdle(ctx)
	m.live.Wait()
	m.drainIdle(ctx)
	return m.runtime.Close(ctx)
}

func (m *Module) drainIdle(ctx context.Context) {
	for {
		select {
		case inst := <-m.idle:
			m.discard(ctx, inst)
		default:
			return
		}
	}
}
