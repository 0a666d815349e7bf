package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// skillName is what a new skill may be called: a valid bot.toml skill name
// ([a-z0-9_-]) that is also a valid directory, Go package path element and
// Cargo package name, starting with a letter.
var skillName = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,63}$`)

// templates maps --lang to the template directory and how the new skill is
// wired in bot.toml (matching what the template answers).
var templates = map[string]struct {
	dir, route, test string
}{
	"tinygo": {
		dir:   "examples/template-go",
		route: "dms = true\nmentions = true",
		test:  "go test ./plugins/%s",
	},
	"rust": {
		dir:   "examples/template-rust",
		route: `messages = ["^hi$"]`,
		test:  "cd plugins/%s && PATH=/usr/bin:$PATH cargo test --offline",
	},
}

// cmdNew creates plugins/NAME from a template, ready for `make plugins`,
// and prints the bot.toml section that runs it.
func cmdNew(args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("new", flag.ContinueOnError)
	fset.SetOutput(stderr)
	lang := fset.String("lang", "tinygo", "language of the skill: tinygo or rust")
	root := fset.String("root", "", "the bothost repository (default: found from the working directory upwards)")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "Usage: bothost new NAME [--lang tinygo|rust] [--root DIR]")
		fset.PrintDefaults()
	}
	// Accept the name before or after the flags: `new greeter --lang rust`.
	var name string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if name == "" && fset.NArg() > 0 {
		name = fset.Arg(0)
	} else if fset.NArg() > 0 {
		fmt.Fprintf(stderr, "new: unexpected argument %q\n", fset.Arg(0))
		return errUsage
	}
	if name == "" {
		fmt.Fprintln(stderr, "new: the skill's NAME is required")
		fset.Usage()
		return errUsage
	}
	if !skillName.MatchString(name) {
		return fmt.Errorf("skill name %q: use a lower-case letter then up to 63 of a-z, 0-9, '-', '_'", name)
	}
	tpl, ok := templates[*lang]
	if !ok {
		return fmt.Errorf("--lang %q: want tinygo or rust", *lang)
	}
	dir := *root
	if dir == "" {
		var err error
		if dir, err = findRepoRoot(); err != nil {
			return err
		}
	}
	src := filepath.Join(dir, tpl.dir)
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("template %s: %w", tpl.dir, err)
	}
	for _, d := range []string{"plugins", "examples"} {
		if _, err := os.Stat(filepath.Join(dir, d, name)); err == nil {
			return fmt.Errorf("%s/%s already exists (plugins/ and examples/ share build/skills/NAME.wasm)", d, name)
		}
	}
	dst := filepath.Join(dir, "plugins", name)
	if err := copyTemplate(src, dst, filepath.Base(tpl.dir), name); err != nil {
		return err
	}
	rel := filepath.Join("plugins", name)
	fmt.Fprintf(stdout, "created %s from %s\n\n", rel, tpl.dir)
	fmt.Fprintf(stdout, "build:  make plugins            # -> build/skills/%s.wasm\n", name)
	fmt.Fprintf(stdout, "test:   "+tpl.test+"\n", name)
	fmt.Fprintf(stdout, "try:    ./build/bothost invoke --skill build/skills/%s.wasm --text hi --dm\n\n", name)
	fmt.Fprintf(stdout, "add to bot.toml (a running host picks up both the section and each rebuild):\n\n")
	fmt.Fprintf(stdout, "[skills.%s]\npath = \"build/skills/%s.wasm\"\n[skills.%s.on]\n%s\n", name, name, name, tpl.route)
	return nil
}

// findRepoRoot walks up from the working directory to the directory that
// holds go.mod and examples/ (the bothost repository).
func findRepoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(dir, "examples")); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no bothost repository (go.mod and examples/) at or above %s: run it in your clone, or pass --root", wd)
		}
		dir = parent
	}
}

// copyTemplate copies the template directory src to dst, renaming the
// template (from) to the new skill (to) in file contents: the Cargo package
// and its lock entry, the artifact name, README titles. Build outputs
// (target/) are left behind. It writes into a temporary sibling directory
// renamed into place at the end, so a failure leaves no half-made skill.
func copyTemplate(src, dst, from, to string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".new-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// Only the places that name the template itself; "examples/template-go"
	// in a comment still means the template.
	under := func(s string) string { return strings.ReplaceAll(s, "-", "_") }
	repl := strings.NewReplacer(
		`"`+from+`"`, `"`+to+`"`, // Cargo.toml and Cargo.lock package names
		"Command "+from+" ", "Command "+to+" ", // the Go package comment
		"# "+from+" ", "# "+to+" ", // README title
		"# "+from+"\n", "# "+to+"\n",
		under(from)+".wasm", under(to)+".wasm", // cargo's artifact
	)
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		out := filepath.Join(tmp, rel)
		switch {
		case d.IsDir() && d.Name() == "target":
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(out, 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return os.WriteFile(out, []byte(repl.Replace(string(b))), info.Mode().Perm())
	})
	if err != nil {
		return fmt.Errorf("copy %s: %w", src, err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists", dst)
		}
		return err
	}
	return nil
}
