//go:build !wasip1

package wasmcheck

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/bothost/bothost/sdk/go/internal/fakeabi"
	"github.com/bothost/bothost/sdk/go/internal/record"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

// toolchains builds examples/echo-go with each toolchain found; the result
// is cached for the test binary's lifetime.
var builds = struct {
	sync.Once
	wasm map[string][]byte
	errs map[string]error
}{}

func tinygoPath() string {
	if p := os.Getenv("TINYGO"); p != "" {
		return p
	}
	if p, err := exec.LookPath("tinygo"); err == nil {
		return p
	}
	if _, err := os.Stat("/opt/tinygo/build/tinygo"); err == nil {
		return "/opt/tinygo/build/tinygo"
	}
	return ""
}

func build(t testing.TB) map[string][]byte {
	if testing.Short() {
		t.Skip("builds wasm modules; skipped with -short")
	}
	builds.Do(func() {
		builds.wasm = map[string][]byte{}
		builds.errs = map[string]error{}
		dir, err := os.MkdirTemp("", "wasmcheck")
		if err != nil {
			builds.errs["setup"] = err
			return
		}
		defer os.RemoveAll(dir)
		_, file, _, _ := runtime.Caller(0)
		root := filepath.Join(filepath.Dir(file), "..", "..", "..", "..") // repository root
		pkg := "./examples/echo-go"
		// go test caches results by the files a test opens or stats; the
		// compilers' inputs are opened by other processes, so stat them
		// here to make edits invalidate the cached result.
		for _, dir := range []string{"sdk/go", "examples/echo-go"} {
			_ = filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
					_, _ = os.Stat(path)
				}
				return nil
			})
		}
		cmds := map[string]*exec.Cmd{
			"go": exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-buildmode=c-shared", "-o", filepath.Join(dir, "go.wasm"), pkg),
		}
		cmds["go"].Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
		if tg := tinygoPath(); tg != "" {
			cmds["tinygo"] = exec.Command(tg, "build", "-target=wasip1", "-buildmode=c-shared", "-no-debug", "-opt=2",
				"-scheduler=none", "-o", filepath.Join(dir, "tinygo.wasm"), pkg)
		}
		for name, cmd := range cmds {
			cmd.Dir = root
			if out, err := cmd.CombinedOutput(); err != nil {
				builds.errs[name] = fmt.Errorf("%v\n%s", err, out)
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, name+".wasm"))
			if err != nil {
				builds.errs[name] = err
				continue
			}
			builds.wasm[name] = b
		}
	})
	for name, err := range builds.errs {
		t.Fatalf("build %s: %v", name, err)
	}
	if _, ok := builds.wasm["tinygo"]; !ok {
		t.Log("tinygo not found (set TINYGO): checking the standard Go build only")
	}
	return builds.wasm
}

// instance is one instantiated skill module driven through fakeabi, so the
// skilltest.Host that is current plays the host.
type instance struct {
	mod    api.Module
	alloc  api.Function
	init   api.Function
	handle api.Function
	base   uint32 // address of the last bothost_alloc region
	stack  []uint64
}

func newRuntime(ctx context.Context, t testing.TB) wazero.Runtime {
	r := wazero.NewRuntime(ctx)
	t.Cleanup(func() { r.Close(ctx) })
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	if _, err := hostModule(r.NewHostModuleBuilder("bothost_v1")).Instantiate(ctx); err != nil {
		t.Fatal(err)
	}
	return r
}

func instantiate(ctx context.Context, t testing.TB, r wazero.Runtime, wasm []byte, required ...string) *instance {
	required = append(required, "bothost_abi_version", "bothost_alloc", "bothost_handle")
	compiled, err := r.CompileModule(ctx, wasm)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range compiled.ImportedFunctions() {
		if mod, _, _ := imp.Import(); mod != "bothost_v1" && mod != "wasi_snapshot_preview1" {
			t.Errorf("imports %s", mod)
		}
	}
	exports := compiled.ExportedFunctions()
	for _, name := range required {
		if _, ok := exports[name]; !ok {
			t.Fatalf("missing export %s", name)
		}
	}
	if _, ok := compiled.ExportedMemories()["memory"]; !ok {
		t.Fatal("missing export memory")
	}
	var start []string
	if _, ok := exports["_initialize"]; ok {
		start = append(start, "_initialize")
	}
	mod, err := r.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithName("").WithStartFunctions(start...))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := mod.ExportedFunction("bothost_abi_version").Call(ctx); err != nil || v[0] != 1 {
		t.Fatalf("bothost_abi_version = %v, %v", v, err)
	}
	in := &instance{
		mod:    mod,
		alloc:  mod.ExportedFunction("bothost_alloc"),
		init:   mod.ExportedFunction("bothost_init"),
		handle: mod.ExportedFunction("bothost_handle"),
		stack:  make([]uint64, 2),
	}
	fakeabi.Alloc = func(size int32) []byte {
		in.stack[0] = api.EncodeI32(size)
		if err := in.alloc.CallWithStack(ctx, in.stack); err != nil {
			t.Fatal(err)
		}
		in.base = api.DecodeU32(in.stack[0])
		b, ok := mod.Memory().Read(in.base, uint32(size))
		if !ok || in.base == 0 {
			return nil
		}
		return b
	}
	fakeabi.Init = func(n int32) int32 {
		if in.init == nil {
			return 0
		}
		return in.call(ctx, t, in.init, 0, n)
	}
	fakeabi.Handle = func(off, n int32) int32 { return in.call(ctx, t, in.handle, off, n) }
	return in
}

func (in *instance) call(ctx context.Context, t testing.TB, f api.Function, off, n int32) int32 {
	in.stack[0] = api.EncodeU32(in.base + uint32(off))
	in.stack[1] = api.EncodeI32(n)
	if err := f.CallWithStack(ctx, in.stack); err != nil {
		t.Fatal(err)
	}
	return api.DecodeI32(in.stack[0])
}

// hostModule implements bothost_v1 by forwarding to fakeabi.Current.
func hostModule(b wazero.HostModuleBuilder) wazero.HostModuleBuilder {
	i32, i64 := api.ValueTypeI32, api.ValueTypeI64
	fn := func(name string, params, results []api.ValueType, f func(m api.Module, s []uint64) int64) {
		b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(_ context.Context, m api.Module, s []uint64) {
			s[0] = uint64(f(m, s))
		}), params, results).Export(name)
	}
	// mem returns the n bytes at ptr; ok is false when they are outside memory.
	mem := func(m api.Module, ptr, n uint64) ([]byte, bool) {
		if int32(n) < 0 {
			return nil, false
		}
		return m.Memory().Read(uint32(ptr), uint32(n))
	}
	const bad = -1
	h := func() fakeabi.Host { return fakeabi.Current }
	p4 := []api.ValueType{i32, i32, i32, i32}
	r1 := []api.ValueType{i32}
	inOut := func(call func(in, out []byte) int32) func(m api.Module, s []uint64) int64 {
		return func(m api.Module, s []uint64) int64 {
			in, ok1 := mem(m, s[0], s[1])
			out, ok2 := mem(m, s[2], s[3])
			if !ok1 || !ok2 {
				return bad
			}
			return int64(uint32(call(in, out)))
		}
	}
	fn("reply", p4, r1, inOut(func(in, out []byte) int32 { return h().Reply(in, out) }))
	fn("post", p4, r1, inOut(func(in, out []byte) int32 { return h().Post(in, out) }))
	fn("http_fetch", p4, r1, inOut(func(in, out []byte) int32 { return h().HTTPFetch(in, out) }))
	fn("kv_get", p4, r1, inOut(func(in, out []byte) int32 { return h().KVGet(string(in), out) }))
	fn("update", []api.ValueType{i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		in, ok := mem(m, s[0], s[1])
		if !ok {
			return bad
		}
		return int64(uint32(h().Update(in)))
	})
	fn("kv_set", []api.ValueType{i32, i32, i32, i32, i64}, r1, func(m api.Module, s []uint64) int64 {
		k, ok1 := mem(m, s[0], s[1])
		v, ok2 := mem(m, s[2], s[3])
		if !ok1 || !ok2 {
			return bad
		}
		return int64(uint32(h().KVSet(string(k), v, int64(s[4]))))
	})
	fn("kv_delete", []api.ValueType{i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		k, ok := mem(m, s[0], s[1])
		if !ok {
			return bad
		}
		return int64(uint32(h().KVDelete(string(k))))
	})
	fn("kv_list", []api.ValueType{i32, i32, i32, i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		p, ok1 := mem(m, s[0], s[1])
		out, ok2 := mem(m, s[3], s[4])
		if !ok1 || !ok2 {
			return bad
		}
		return int64(uint32(h().KVList(string(p), api.DecodeI32(s[2]), out)))
	})
	fn("timer_set", []api.ValueType{i32, i32, i32, i32, i64, i32}, r1, func(m api.Module, s []uint64) int64 {
		n, ok1 := mem(m, s[0], s[1])
		p, ok2 := mem(m, s[2], s[3])
		if !ok1 || !ok2 {
			return bad
		}
		return int64(uint32(h().TimerSet(string(n), p, int64(s[4]), api.DecodeI32(s[5]))))
	})
	fn("timer_cancel", []api.ValueType{i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		n, ok := mem(m, s[0], s[1])
		if !ok {
			return bad
		}
		return int64(uint32(h().TimerCancel(string(n))))
	})
	fn("log", []api.ValueType{i32, i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		msg, ok := mem(m, s[1], s[2])
		if !ok {
			return bad
		}
		return int64(uint32(h().Log(api.DecodeI32(s[0]), string(msg))))
	})
	fn("set_error", []api.ValueType{i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		msg, ok := mem(m, s[0], s[1])
		if !ok {
			return bad
		}
		return int64(uint32(h().SetError(string(msg))))
	})
	fn("now_ms", nil, []api.ValueType{i64}, func(m api.Module, s []uint64) int64 { return h().NowMs() })
	fn("config", []api.ValueType{i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		out, ok := mem(m, s[0], s[1])
		if !ok {
			return bad
		}
		return int64(uint32(h().Config(out)))
	})
	fn("result_read", []api.ValueType{i32, i32}, r1, func(m api.Module, s []uint64) int64 {
		out, ok := mem(m, s[0], s[1])
		if !ok {
			return bad
		}
		return int64(uint32(h().ResultRead(out)))
	})
	return b
}

// scenario drives the echo skill through every branch and returns a
// transcript of what the host saw.
func scenario(t testing.TB, h *skilltest.Host) []string {
	var out []string
	step := func(what string, err error) {
		line := what
		if err != nil {
			line += " -> error: " + err.Error()
		}
		out = append(out, line)
		for _, s := range h.Sent() {
			l := fmt.Sprintf("  %s %s thread=%q ts=%s text=%q", s.Call, s.Channel, s.ThreadTS, s.TS, s.Message.Text)
			if s.Message.Blocks != "" {
				l += " blocks=" + s.Message.Blocks
			}
			out = append(out, l)
		}
		for _, l := range h.Logs() {
			out = append(out, "  log "+l.String())
		}
		h.Clear()
	}
	if err := h.Init(); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"hello", "count", "note buy milk", "keys", "forget", "forget", "buttons",
		"remind 2", "remind x", "post C9 to channel nine", "fail", "héllo wörld"} {
		step("message "+text, h.Message(text, "U1", "C1"))
	}
	step("threaded", h.MessageInThread("in thread", "U2", "C1", "99.9"))
	step("command", h.Command("/echo", "cmd text", "U1", "C1"))
	step("action echo:yes", h.Action("echo:yes", "yes", "U1", "C1", "50.5"))
	step("action other", h.Action("other", "x", "U1", "C1", "50.5"))
	step("advance 2s", h.Advance(2*time.Second))
	step("schedule", h.Schedule("hourly"))
	step("big webhook", h.Webhook("gh", "POST", "/x", map[string]string{"X-A": "b"}, make([]byte, 300<<10)))
	step("unknown kind", h.Deliver(map[string]string{"kind": "reaction_added"}))
	// A key list larger than the SDK's 1 KiB scratch buffer: result_read.
	for i := 0; i < 60; i++ {
		h.SetKV(fmt.Sprintf("padding/%02d/%s", i, strings.Repeat("k", 20)), "v", 0)
	}
	step("keys (large)", h.Message("keys", "U1", "C1"))
	out = append(out, "kv "+strings.Join(h.KVKeys()[:4], ","))
	for _, k := range []string{"count/U1", "count/U2", "last", "note"} {
		v, ok := h.KV(k)
		ttl, _ := h.KVTTL(k)
		out = append(out, fmt.Sprintf("kv %s=%q %v ttl=%v", k, v, ok, ttl))
	}
	return out
}

func TestEchoWasm(t *testing.T) {
	wasms := build(t)
	var want []string
	names := []string{"go", "tinygo"}
	for _, name := range names {
		wasm, ok := wasms[name]
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			r := newRuntime(ctx, t)
			h := skilltest.New(`{"prefix":"» "}`)
			instantiate(ctx, t, r, wasm, "bothost_init", "_initialize")
			got := scenario(t, h)
			if want == nil {
				want = got
				t.Logf("transcript:\n%s", strings.Join(got, "\n"))
			} else if !slices.Equal(got, want) {
				t.Errorf("transcript differs from the first build:\n%s\n--- want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, line := range []string{
				"  reply C1 thread=\"\" ts=1735689600.000002 text=\"» hello\"",
				"  reply C1 thread=\"99.9\" ts=1735689600.000026 text=\"» in thread\"",
				"message fail -> error: asked to fail",
				"  update C1 thread=\"\" ts=50.5 text=\"U1 picked yes\"",
				"  post C1 thread=\"\" ts=1735689602.000028 text=\"reminder: remind\"",
				"  log info: got webhook gh",
				"kv last=\"keys\" true ttl=1h0m0s",
			} {
				if !slices.Contains(got, line) {
					t.Errorf("transcript lacks %q", line)
				}
			}
		})
	}
}

// BenchmarkEchoWasm measures one echo event through the TinyGo and Go
// builds: bothost_alloc, the record copy, bothost_handle and the echo's
// five host calls (kv_get, kv_set ×2, reply, log), against the fake host.
func BenchmarkEchoWasm(b *testing.B) {
	wasms := build(b)
	for _, name := range []string{"tinygo", "go"} {
		wasm, ok := wasms[name]
		if !ok {
			continue
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			r := newRuntime(ctx, b)
			h := skilltest.New("")
			in := instantiate(ctx, b, r, wasm)
			if err := h.Init(); err != nil {
				b.Fatal(err)
			}
			var rec []byte
			for _, kv := range [][2]string{{"kind", "message"}, {"id", "Ev1"}, {"team", "T1"}, {"time", "1735689600000"},
				{"text", "hello world"}, {"user", "U012AB3CD"}, {"channel", "C012AB3CD"}, {"ts", "1735689600.000100"}} {
				rec = record.AppendString(rec, kv[0], kv[1])
			}
			// DeliverRecord does what the host does per event (alloc,
			// copy, handle); the fake host's own bookkeeping is cleared
			// outside the timer now and then.
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := h.DeliverRecord(rec); err != nil {
					b.Fatal(err)
				}
				if i%1024 == 1023 {
					b.StopTimer()
					h.Clear()
					b.StartTimer()
				}
			}
			_ = in
		})
	}
}

// nullHost answers every call instantly (kv_get: not found; reply/post:
// ts "1.1"), so BenchmarkEchoGuest measures the guest and wazero's call
// overhead only.
type nullHost struct{ fakeabi.Host }

func (nullHost) Reply(msg, out []byte) int32                   { return int32(copy(out, "1.1")) }
func (nullHost) Post(msg, out []byte) int32                    { return int32(copy(out, "1.1")) }
func (nullHost) KVGet(key string, out []byte) int32            { return -2 }
func (nullHost) KVSet(key string, val []byte, ttl int64) int32 { return 0 }
func (nullHost) Log(level int32, msg string) int32             { return 0 }
func (nullHost) SetError(msg string) int32                     { return 0 }
func (nullHost) NowMs() int64                                  { return 0 }
func (nullHost) Config(out []byte) int32                       { return int32(copy(out, "{}")) }

// BenchmarkEchoGuest is one echo event with a host that does nothing: the
// event is written into the alloc region once and handled b.N times (the
// ABI lets the host reuse the region).
func BenchmarkEchoGuest(b *testing.B) {
	wasms := build(b)
	if f := os.Getenv("BOTHOST_BENCH_MODULES"); f != "" {
		wasms = map[string][]byte{}
		for _, p := range strings.Split(f, ",") {
			wasms[p], _ = os.ReadFile(p)
		}
	}
	for name, wasm := range wasms {
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			r := newRuntime(ctx, b)
			in := instantiate(ctx, b, r, wasm)
			fakeabi.Current = nullHost{}
			defer func() { fakeabi.Current = nil }()
			copy(fakeabi.Alloc(2), "{}")
			if rc := fakeabi.Init(2); rc != 0 {
				b.Fatal("init", rc)
			}
			var rec []byte
			for _, kv := range [][2]string{{"kind", "message"}, {"id", "Ev1"}, {"team", "T1"}, {"time", "1735689600000"},
				{"text", "hello world"}, {"user", "U012AB3CD"}, {"channel", "C012AB3CD"}, {"ts", "1735689600.000100"}} {
				rec = record.AppendString(rec, kv[0], kv[1])
			}
			copy(fakeabi.Alloc(int32(len(rec))), rec)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if rc := in.call(ctx, b, in.handle, 0, int32(len(rec))); rc != 0 {
					b.Fatal("handle", rc)
				}
			}
		})
	}
}

// TestExportEdges checks the guest exports against host misuse and the
// region reuse the ABI allows.
func TestExportEdges(t *testing.T) {
	wasms := build(t)
	for name, wasm := range wasms {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			r := newRuntime(ctx, t)
			h := skilltest.New("")
			in := instantiate(ctx, t, r, wasm, "bothost_init", "_initialize")
			if err := h.Init(); err != nil {
				t.Fatal(err)
			}
			in.stack[0] = api.EncodeI32(-1)
			if err := in.alloc.CallWithStack(ctx, in.stack); err != nil || api.DecodeI32(in.stack[0]) != 0 {
				t.Errorf("bothost_alloc(-1) = %d, %v; want 0", api.DecodeI32(in.stack[0]), err)
			}

			// An event written at an offset inside the region, twice,
			// without a new bothost_alloc.
			rec := append([]byte(nil), skilltest.Record("kind", "schedule", "id", "E1", "name", "again")...)
			region := fakeabi.Alloc(4096)
			copy(region[100:], rec)
			for i := 0; i < 2; i++ {
				if rc := fakeabi.Handle(100, int32(len(rec))); rc != 0 {
					t.Fatalf("handle at offset: %d", rc)
				}
			}
			if logs := h.Logs(); len(logs) != 2 || logs[1].Msg != "got schedule again" {
				t.Errorf("logs = %v", logs)
			}

			// Outside the region, or malformed: a reported failure, not a trap.
			in.stack[0], in.stack[1] = api.EncodeU32(8), api.EncodeI32(10)
			if err := in.handle.CallWithStack(ctx, in.stack); err != nil || api.DecodeI32(in.stack[0]) != 1 {
				t.Errorf("handle outside region = %d, %v; want 1", api.DecodeI32(in.stack[0]), err)
			}
			copy(region, []byte{4, 'k', 'i', 'n', 'd', 99, 0, 0, 0})
			if rc := fakeabi.Handle(0, 9); rc != 1 {
				t.Errorf("malformed record: %d, want 1", rc)
			}
			// Empty event: nothing to do.
			if rc := fakeabi.Handle(0, 0); rc != 0 {
				t.Errorf("empty record: %d, want 0", rc)
			}
		})
	}
}
