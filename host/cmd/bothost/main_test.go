package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bothost/bothost/host/internal/testskills"
)

// writeConfig writes a bot.toml using the repository's built skills.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	body = strings.ReplaceAll(body, "$SKILLS", filepath.Join(testskills.Root(t), "build", "skills"))
	p := filepath.Join(dir, "bot.toml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const twoSkills = `
[bot]
data_dir = "data"
log_level = "warn"

[skills.echo]
path = "$SKILLS/echo-tinygo.wasm"
[skills.echo.on]
dms = true
commands = ["/echo"]
actions = ["echo:"]

[skills.rusty]
path = "$SKILLS/echo-rust.wasm"
[skills.rusty.on]
messages = ["^rust\\b"]
[skills.rusty.config]
prefix = "rust says: "
`

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestRunConsole drives `bothost run` the way a person at the terminal
// does: messages, a slash command, a button press, two skills.
func TestRunConsole(t *testing.T) {
	cfg := writeConfig(t, twoSkills)
	input := "hello\nbuttons\n#1\n#7\n/echo from a command\n/nope x\nrust hi\ncount\n"
	code, out, errs := runCLI(t, input, "run", "--config", cfg)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, want := range []string{
		"2 skills loaded (echo, rusty)",
		"[echo] echo: hello",
		"[echo] pick one",
		"[#1] Yes  [#2] No",
		"[echo] (edited) UCONSOLE picked yes",
		"console: no button #7 (the message has no buttons now)", // the pick replaced the buttons
		"[echo] echo: from a command",
		"console: no skill handles command /nope",
		"[rusty] rust says: rust hi",
		"[echo] UCONSOLE has sent 4 messages",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q\n--- output:\n%s", want, out)
		}
	}
	// KV is durable: a second run sees the counts of the first.
	_, out, _ = runCLI(t, "count\n", "run", "--config", cfg)
	if !strings.Contains(out, "UCONSOLE has sent 5 messages") {
		t.Fatalf("bbolt KV did not survive a restart:\n%s", out)
	}
}

func TestRunRefusesBrokenConfig(t *testing.T) {
	cfg := writeConfig(t, "[skills.x]\npath = 3\nmemroy = \"1MiB\"\n")
	code, _, errs := runCLI(t, "", "run", "--config", cfg)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{"bot.toml:2: skills.x.path: expected string, got integer", `bot.toml:3: skills.x.memroy: unknown key (did you mean "memory"?)`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestCheck(t *testing.T) {
	code, out, errs := runCLI(t, "", "check", "--config", writeConfig(t, twoSkills))
	if code != 0 || !strings.Contains(out, "config valid, 2 skills load") {
		t.Fatalf("check good config: exit %d\n%s%s", code, out, errs)
	}
	bad := writeConfig(t, `
[skills.good]
path = "$SKILLS/echo-rust.wasm"
[skills.wrongabi]
path = "$SKILLS/hostile-abiv2.wasm"
[skills.missing]
path = "$SKILLS/does-not-exist.wasm"
[skills.silent]
path = "$SKILLS/nohandler.wasm"
[skills.command]
path = "$SKILLS/nohandler-command.wasm"
`)
	code, out, errs = runCLI(t, "", "check", "--config", bad)
	if code != 1 {
		t.Fatalf("check bad config: exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		"ok   good",
		`FAIL wrongabi`, `built for ABI v2, this host speaks ABI v1`,
		`FAIL missing`, `no such file`,
		"ok   silent", "warning: skill registered no handler",
		"FAIL command", "built as a command", "build with -buildmode=c-shared",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "3 of 5 skills failed to load") {
		t.Errorf("stderr: %s", errs)
	}
}

func TestInvoke(t *testing.T) {
	rust := testskills.Path(t, "echo-rust")
	cases := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"message", []string{"--text", "note milk", "--n", "2"}, 0, []string{
			`kv set count/U0LOCAL="1"`, `kv set note="milk"`, `reply channel=C0LOCAL text="noted"`,
			`log info "handled message from U0LOCAL"`, `kv set count/U0LOCAL="2"`, "event invoke-2 ok",
		}},
		{"thread", []string{"--text", "hi", "--thread", "5.5"}, 0, []string{`reply channel=C0LOCAL thread=5.5 text="echo: hi"`}},
		{"config", []string{"--text", "hi", "--skill-config", `{"prefix":"> "}`}, 0, []string{`text="> hi"`}},
		{"command", []string{"--command", "/echo", "--text", "yo"}, 0, []string{`reply channel=C0LOCAL text="echo: yo"`}},
		{"action", []string{"--kind", "action", "--action-id", "echo:no", "--value", "no"}, 0, []string{`update channel=C0LOCAL ts=1000.000001 text="U0LOCAL picked no"`}},
		{"timer", []string{"--kind", "timer", "--event-name", "remind", "--payload", "C7"}, 0, []string{`post channel=C7 text="reminder: remind"`}},
		{"webhook", []string{"--kind", "webhook", "--hook", "alerts", "--body", "{}", "--header", "X-A: 1"}, 0, []string{`log info "got webhook alerts"`}},
		{"fails", []string{"--text", "fail"}, 1, []string{"skill_error: asked to fail"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", append([]string{"invoke", "--skill", rust}, c.args...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, c.code, out, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	if code, _, _ := runCLI(t, "", "invoke"); code != 2 {
		t.Fatalf("invoke without --skill: exit %d, want 2", code)
	}
}
