// Package testskills finds the .wasm modules that `make plugins` builds
// from the repository's sources, for tests and benchmarks.
package testskills

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root (the directory holding go.mod).
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("testskills: go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Path returns the path of build/skills/NAME.wasm, failing the test (not
// skipping it) when it is missing: a test that silently skips because a
// toolchain is absent proves nothing.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	p := filepath.Join(Root(tb), "build", "skills", name+".wasm")
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("skill module %s missing: run `make plugins` (make test does): %v", p, err)
	}
	return p
}

// Read returns the bytes of build/skills/NAME.wasm.
func Read(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
