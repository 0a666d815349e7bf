package wasmcheck_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/bothost/bothost/host/internal/testskills"
	"github.com/bothost/bothost/host/internal/testskills/wasmgen"
	"github.com/bothost/bothost/host/internal/wasmrt/wasmcheck"
)

// TestSDKBuildsPass measures what the repository's TinyGo, Go and Rust
// builds use, and checks every limit leaves wide headroom above it.
func TestSDKBuildsPass(t *testing.T) {
	for _, name := range []string{"echo-tinygo", "echo-go", "echo-rust", "echo-rust-wasi", "sandboxprobe"} {
		b, err := os.ReadFile(testskills.Path(t, name))
		if err != nil {
			t.Fatal(err)
		}
		l := wasmcheck.Default(1024)
		info, err := wasmcheck.Check(b, l)
		if err != nil {
			t.Fatalf("%s refused: %v", name, err)
		}
		t.Logf("%s: %d bytes, %d functions, %d globals, tables %+v, memory %+v, max locals %d, nesting %d, br_table %d, locals×loops %d; sums: locals×loops %d, nesting %d, br_table %d",
			name, len(b), info.Functions, info.Globals, info.Tables, *info.Memory, info.MaxLocals, info.MaxNesting, info.MaxBrTable, info.MaxLocalsXLoops,
			info.SumLocalsXLoops, info.SumNesting, info.SumBrTable)
		headroom := func(what string, used, limit int) {
			if used*8 > limit {
				t.Errorf("%s: %s uses %d of the limit %d: less than 8x headroom", name, what, used, limit)
			}
		}
		headroom("module bytes", len(b), l.ModuleBytes)
		headroom("functions", info.Functions, l.Functions)
		headroom("globals", info.Globals, l.Globals)
		headroom("locals", info.MaxLocals, l.Locals)
		headroom("nesting", info.MaxNesting, l.Nesting)
		headroom("br_table", info.MaxBrTable, l.BrTable)
		headroom("locals x loops", info.MaxLocalsXLoops, l.LocalsXLoops)
		headroom("table entries", int(info.Tables[0].Max), int(l.TableEntries))
		headroom("sum of locals x loops", info.SumLocalsXLoops, int(l.SumLocalsXLoops))
		headroom("sum of nesting squared", int(info.SumNestingSq), int(l.SumNestingSq))
		headroom("sum of br_table squared", int(info.SumBrTableSq), int(l.SumBrTableSq))
	}
}

func wantLimit(t *testing.T, b []byte, l wasmcheck.Limits, limit string) {
	t.Helper()
	_, err := wasmcheck.Check(b, l)
	var le *wasmcheck.LimitError
	if !errors.As(err, &le) || le.Limit != limit {
		t.Fatalf("want the %q limit broken, got %v", limit, err)
	}
	if le.Got <= le.Max {
		t.Fatalf("limit error reports %d within %d", le.Got, le.Max)
	}
}

// TestShapesAtAndOverLimits: generated modules just within each code-shape
// limit pass and compile; one step over is refused naming the limit.
func TestShapesAtAndOverLimits(t *testing.T) {
	l := wasmcheck.Default(1024)
	ok := map[string][]byte{
		"locals x loops at the limit":   wasmgen.LoopsReadingLocals(2047, 32, true),
		"nesting and br_table at limit": wasmgen.BlocksWithBrTable(l.Nesting-1, l.BrTable),
	}
	for name, b := range ok {
		if _, err := wasmcheck.Check(b, l); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := wazero.NewRuntimeWithConfig(context.Background(), wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2.SetEnabled(api.CoreFeatureReferenceTypes, false)))
		if _, err := r.CompileModule(context.Background(), b); err != nil {
			t.Fatalf("%s: wazero refuses what the check accepts: %v", name, err)
		}
		r.Close(context.Background())
	}
	wantLimit(t, wasmgen.LoopsReadingLocals(2048, 1, true), l, "locals per function (parameters included)")
	wantLimit(t, wasmgen.LoopsReadingLocals(1023, 65, false), l, "locals × loops in one function")
	wantLimit(t, wasmgen.LoopsReadingLocals(8000, 8000, true), l, "locals per function (parameters included)")
	wantLimit(t, wasmgen.BlocksWithBrTable(l.Nesting+1, 1), l, "block nesting depth")
	wantLimit(t, wasmgen.BlocksWithBrTable(10, l.BrTable+1), l, "br_table targets")
	wantLimit(t, wasmgen.GlobalsModule(l.Globals+1), l, "globals")
	many := func(n int, f []byte) []byte { return wasmgen.ManyFuncs(n, f) }
	wantLimit(t, many(17, wasmgen.LoopsReadingLocals(2047, 32, true)), l, "locals × loops summed over all functions")
	wantLimit(t, many(17, wasmgen.BlocksWithBrTable(l.Nesting, 1)), l, "nesting depth squared summed over all functions")
	wantLimit(t, many(9, wasmgen.BlocksWithBrTable(2, l.BrTable)), l, "br_table targets squared summed over all br_tables")
	small := l
	small.ModuleBytes = 100
	wantLimit(t, wasmgen.LoopsReadingLocals(10, 10, true), small, "module size in bytes")
}

// TestHostileModules checks the refusal text for the repository's hostile
// modules that break a structural limit.
func TestHostileModules(t *testing.T) {
	cases := map[string]string{
		"hostile-tables":      "tables is 200, over the limit of 1",
		"hostile-tablebig":    "table 0: table size in entries is 134217728, over the limit of 131072",
		"hostile-globals":     "globals is 4097, over the limit of 4096",
		"hostile-memmax":      "memory declares a maximum of 65536 pages (4 GiB), over the skill's memory limit of 1024 pages (64 MiB)",
		"hostile-compilebomb": "function 2: locals per function (parameters included) is 8002, over the limit of 2048",
		"hostile-brtable":     "br_table targets is 100000, over the limit of 16384",
		"hostile-nesting":     "block nesting depth is 8193, over the limit of 8192",
	}
	for name, want := range cases {
		b, err := os.ReadFile(testskills.Path(t, name))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		_, err = wasmcheck.Check(b, wasmcheck.Default(1024))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", name, err, want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: check took %v", name, d)
		}
	}
}

// TestMalformed: truncations of a real module never panic and are refused
// (or, for a cut at a section boundary, accepted only if well formed).
func TestMalformed(t *testing.T) {
	b, err := os.ReadFile(testskills.Path(t, "echo-rust"))
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{0, 3, 9, 10, 100, 1000, len(b) / 2, len(b) - 1} {
		if _, err := wasmcheck.Check(b[:cut], wasmcheck.Default(1024)); err == nil {
			t.Errorf("truncated to %d bytes: accepted", cut)
		}
	}
	files, _ := filepath.Glob(filepath.Join(testskills.Root(t), "build", "skills", "*.wasm"))
	if len(files) == 0 {
		t.Fatal("no built modules")
	}
}

// FuzzCheck: no input makes the reader panic or hang; the seed corpus is
// the SDK builds and the generated shapes.
func FuzzCheck(f *testing.F) {
	f.Add(wasmgen.LoopsReadingLocals(3, 3, true))
	f.Add(wasmgen.BlocksWithBrTable(5, 7))
	f.Add(wasmgen.GlobalsModule(3))
	if b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "build", "skills", "echo-rust.wasm")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		info, err := wasmcheck.Check(b, wasmcheck.Default(16))
		if err == nil && info == nil {
			t.Fatal("nil info without error")
		}
	})
}
