package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bothost/bothost/host/internal/testskills"
)

// miniRepo copies what `bothost new` and `make` need (templates, SDKs,
// Makefile, build script, go.mod) into a temporary directory, so the test
// scaffolds and builds there, not in the repository.
func miniRepo(t *testing.T) string {
	t.Helper()
	root := testskills.Root(t)
	dst := t.TempDir()
	for _, p := range []string{"go.mod", "go.sum", "Makefile", "scripts", "sdk", "examples/template-go", "examples/template-rust"} {
		src := filepath.Join(root, p)
		err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			out := filepath.Join(dst, rel)
			if d.IsDir() {
				if d.Name() == "target" {
					return filepath.SkipDir
				}
				return os.MkdirAll(out, 0o755)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			info, _ := d.Info()
			return os.WriteFile(out, b, info.Mode().Perm())
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// TestNewSkillBuildsAndLoads runs `bothost new` for each language, builds
// the result with `make` exactly as plugins/README.md says (the generic
// rule for plugins/NAME), and runs an event through the built module.
func TestNewSkillBuildsAndLoads(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two skills with TinyGo and cargo")
	}
	repo := miniRepo(t)
	cases := []struct {
		lang, name string
		event      []string
		reply      string
		snippet    string
	}{
		{"tinygo", "greeter", []string{"--text", "hi", "--dm", "--user", "U5"}, `reply channel=C0LOCAL text="hello, <@U5>"`, "dms = true"},
		{"rust", "rusty-greeter", []string{"--text", "hi", "--user", "U5"}, `text="hello <@U5>, visit #1"`, `messages = ["^hi$"]`},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "new", c.name, "--lang", c.lang, "--root", repo)
			if code != 0 {
				t.Fatalf("new: exit %d\n%s%s", code, out, errs)
			}
			for _, w := range []string{"created plugins/" + c.name, "[skills." + c.name + "]",
				`path = "build/skills/` + c.name + `.wasm"`, c.snippet, "make plugins"} {
				if !strings.Contains(out, w) {
					t.Fatalf("new's output lacks %q:\n%s", w, out)
				}
			}
			// A second time is refused: the skill exists.
			if code, _, errs := runCLI(t, "", "new", c.name, "--lang", c.lang, "--root", repo); code != 1 || !strings.Contains(errs, "already exists") {
				t.Fatalf("second new: exit %d, %q", code, errs)
			}
			target := "build/skills/" + c.name + ".wasm"
			cmd := exec.Command("make", "--no-print-directory", target)
			cmd.Dir = repo
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("make %s: %v\n%s", target, err, b)
			}
			code, out, errs = runCLI(t, "", append([]string{"invoke", "--skill", filepath.Join(repo, target)}, c.event...)...)
			if code != 0 || !strings.Contains(out, c.reply) || strings.Contains(out, "warning:") {
				t.Fatalf("invoke the new skill: exit %d, want %q and no warning\n%s%s", code, c.reply, out, errs)
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(repo, "plugins/rusty-greeter/Cargo.toml")); err != nil || !strings.Contains(string(b), `name = "rusty-greeter"`) {
		t.Fatalf("the Rust skill's package is not renamed: %s %v", b, err)
	}
	if b, err := os.ReadFile(filepath.Join(repo, "plugins/greeter/main.go")); err != nil || !strings.Contains(string(b), "Command greeter ") {
		t.Fatalf("the Go skill's doc comment is not renamed: %s %v", b, err)
	}
}

// TestNewRefusesBadInput: names and languages are checked before anything
// is written.
func TestNewRefusesBadInput(t *testing.T) {
	repo := miniRepo(t)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"new"}, 2, "NAME is required"},
		{[]string{"new", "Bad Name"}, 1, "skill name"},
		{[]string{"new", "ok", "--lang", "cobol"}, 1, "want tinygo or rust"},
		{[]string{"new", "template-go"}, 1, "examples/template-go already exists"},
		{[]string{"new", "a", "b"}, 2, "unexpected argument"},
	}
	for _, c := range cases {
		code, _, errs := runCLI(t, "", append(c.args, "--root", repo)...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d with %q", c.args, code, errs, c.code, c.want)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(repo, "plugins")); len(entries) != 0 {
		t.Fatalf("refused commands left %d entries in plugins/", len(entries))
	}
}
