package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bothost/bothost/host/internal/testskills"
)

// TestInvokeDataKeepsState tries a flow across invokes the way a skill
// author does: a message sets a timer and counts in KV, a later invoke
// delivers that stored timer (with its payload) under a chosen event id,
// and a third sees the count go on. Without --data every invoke starts
// from nothing.
func TestInvokeDataKeepsState(t *testing.T) {
	skill := testskills.Path(t, "echo-tinygo")
	data := filepath.Join(t.TempDir(), "state")
	invoke := func(args ...string) string {
		t.Helper()
		args = append([]string{"invoke", "--skill", skill, "--name", "echo"}, args...)
		code, out, errs := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%q: exit %d\n%s%s", args, code, out, errs)
		}
		return out
	}
	mustHave := func(out string, wants ...string) {
		t.Helper()
		for _, w := range wants {
			if !strings.Contains(out, w) {
				t.Fatalf("output lacks %q:\n%s", w, out)
			}
		}
	}

	out := invoke("--data", data, "--user", "U7", "--channel", "C9", "--text", "remind 60")
	mustHave(out, `kv set count/U7="1"`, `timer set name="remind" in=1m0s payload="C9"`,
		`reply channel=C9 text="will remind you in 60s"`, "event invoke-1 ok", `timer pending name="remind"`)

	out = invoke("--data", data, "--kind", "timer", "--event-name", "remind", "--id", "ev-42")
	mustHave(out, `delivering stored timer "remind"`, `post channel=C9 text="reminder: remind"`, "event ev-42 ok")
	if strings.Contains(out, "timer pending") {
		t.Fatalf("the timer fired but is still pending:\n%s", out)
	}
	b, err := os.ReadFile(filepath.Join(data, "invoke.json"))
	if err != nil || !strings.Contains(string(b), `"timers": []`) || !strings.Contains(string(b), `"seq": 2`) {
		t.Fatalf("invoke.json after the timer fired = %s (%v), want no timers and 2 messages sent", b, err)
	}

	out = invoke("--data", data, "--user", "U7", "--text", "hello")
	mustHave(out, `kv set count/U7="2"`, "event invoke-3 ok")
	out = invoke("--data", data, "--user", "U8", "--text", "hello")
	mustHave(out, `kv set count/U8="1"`)

	// Without --data nothing is kept.
	out = invoke("--user", "U7", "--text", "hello")
	mustHave(out, `kv set count/U7="1"`, "event invoke-1 ok")
}

// TestInvokeDataErrors: a damaged state file is named, not ignored.
func TestInvokeDataErrors(t *testing.T) {
	skill := testskills.Path(t, "echo-tinygo")
	data := t.TempDir()
	if err := os.WriteFile(filepath.Join(data, "invoke.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "invoke", "--skill", skill, "--data", data, "--text", "hi")
	if code != 1 || !strings.Contains(errs, "invoke.json is damaged") {
		t.Fatalf("exit %d, stderr %q: want the damaged state file named", code, errs)
	}
}
