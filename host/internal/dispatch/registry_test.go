package dispatch_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/testskills"
)

func TestRouting(t *testing.T) {
	reg, _ := newBenchRegistry(t, nil)
	rust := testskills.Path(t, "echo-rust")
	sk := func(name string, r config.Routes) config.Skill {
		return config.Skill{Name: name, Path: rust, Limits: config.DefaultLimits(), ConfigJSON: []byte(`{}`), Routes: r}
	}
	cfg := &config.Config{Skills: []config.Skill{
		sk("alerts", config.Routes{Actions: []string{"alert:"}, Commands: []string{"/alert"}}),
		sk("alertsack", config.Routes{Actions: []string{"alert:ack:"}}),
		sk("dm", config.Routes{DMs: true}),
		sk("echo", config.Routes{Messages: []*regexp.Regexp{regexp.MustCompile(`^echo\b`)}, Mentions: true}),
		sk("who", config.Routes{Messages: []*regexp.Regexp{regexp.MustCompile(`(?i)^who\b`)}}),
	}}
	if err := reg.Apply(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		ev   abi.Event
		want string
	}{
		{"regex", abi.Event{Kind: abi.KindMessage, Text: "echo hi"}, "echo"},
		{"regex case-insensitive", abi.Event{Kind: abi.KindMessage, Text: "Who knows sockets?"}, "who"},
		{"no match", abi.Event{Kind: abi.KindMessage, Text: "hello"}, ""},
		{"mention", abi.Event{Kind: abi.KindMessage, Text: "hey <@UBOT>", Mentioned: true}, "echo"},
		{"dm and regex both", abi.Event{Kind: abi.KindMessage, Text: "echo x", IsDM: true}, "dm,echo"},
		{"command", abi.Event{Kind: abi.KindCommand, Command: "/alert"}, "alerts"},
		{"unknown command", abi.Event{Kind: abi.KindCommand, Command: "/nope"}, ""},
		{"action prefix", abi.Event{Kind: abi.KindAction, ActionID: "alert:close"}, "alerts"},
		{"longest action prefix wins", abi.Event{Kind: abi.KindAction, ActionID: "alert:ack:1"}, "alertsack"},
		{"unknown action", abi.Event{Kind: abi.KindAction, ActionID: "poll:1"}, ""},
		{"direct target", abi.Event{Kind: abi.KindTimer, Skill: "who"}, "who"},
		{"direct target unknown", abi.Event{Kind: abi.KindTimer, Skill: "gone"}, ""},
		{"timer without target", abi.Event{Kind: abi.KindTimer}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(reg.Routes(&c.ev), ","); got != c.want {
				t.Fatalf("routes %q, want %q", got, c.want)
			}
		})
	}
}

// TestApplyRejectsWhole: a config naming a missing module applies nothing.
func TestApplyRejectsWhole(t *testing.T) {
	reg, _ := newBenchRegistry(t, map[string]string{"keep": testskills.Path(t, "echo-rust")})
	bad := &config.Config{Skills: []config.Skill{
		{Name: "keep", Path: testskills.Path(t, "echo-tinygo"), Limits: config.DefaultLimits(), Routes: config.Routes{Commands: []string{"/keep"}}},
		{Name: "new", Path: "/nonexistent/x.wasm", Limits: config.DefaultLimits()},
	}}
	err := reg.Apply(context.Background(), bad)
	if err == nil || !strings.Contains(err.Error(), `skill "new"`) {
		t.Fatalf("apply: %v", err)
	}
	res := reg.Dispatch(context.Background(), &abi.Event{ID: "1", Kind: abi.KindCommand, Command: "/keep", Channel: "C"})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("old config must keep serving: %+v", res)
	}
	if want := testskills.Read(t, "echo-rust"); res[0].Version != version(want) {
		t.Fatalf("served by %s, want the old module", res[0].Version)
	}
}

func version(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:6])
}

// TestApplyPartialServesTheOthers: at start-up a skill whose module is
// refused (the issue 8 compile bomb) or missing does not stop the others:
// they serve, the failures are reported, and the bad skill gets no events
// until a good module is dropped in.
func TestApplyPartialServesTheOthers(t *testing.T) {
	reg, _ := newBenchRegistry(t, map[string]string{})
	dir := t.TempDir()
	bomb := filepath.Join(dir, "bomb.wasm")
	if err := os.WriteFile(bomb, testskills.Read(t, "hostile-compilebomb"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := &config.Config{Skills: []config.Skill{
		{Name: "bomb", Path: bomb, Limits: config.DefaultLimits(), Routes: config.Routes{Commands: []string{"/bomb"}}},
		{Name: "good", Path: testskills.Path(t, "echo-rust"), Limits: config.DefaultLimits(), Routes: config.Routes{Commands: []string{"/good"}}},
		{Name: "gone", Path: filepath.Join(dir, "missing.wasm"), Limits: config.DefaultLimits()},
	}}
	err := reg.ApplyPartial(context.Background(), cfg)
	var ae *dispatch.ApplyError
	if !errors.As(err, &ae) || !ae.Partial || len(ae.Errs) != 2 {
		t.Fatalf("ApplyPartial: %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, `load skill "bomb"`) || !strings.Contains(msg, "locals per function (parameters included) is 8002, over the limit of 2048") || !strings.Contains(msg, `skill "gone"`) {
		t.Fatalf("failures not reported clearly: %v", msg)
	}
	res := reg.Dispatch(context.Background(), &abi.Event{ID: "1", Kind: abi.KindCommand, Command: "/good", Channel: "C"})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("good skill must serve: %+v", res)
	}
	res = reg.Dispatch(context.Background(), &abi.Event{ID: "2", Kind: abi.KindCommand, Command: "/bomb", Channel: "C"})
	if len(res) != 0 {
		t.Fatalf("the refused skill has no module to answer with: %+v", res)
	}
	// A good module dropped in for the refused skill loads on reload.
	if err := os.WriteFile(bomb, testskills.Read(t, "echo-rust"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := reg.Reload(context.Background(), "bomb"); err != nil {
		t.Fatalf("reload of the fixed module: %v", err)
	}
	res = reg.Dispatch(context.Background(), &abi.Event{ID: "3", Kind: abi.KindCommand, Command: "/bomb", Channel: "C"})
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("fixed skill must serve: %+v", res)
	}
}
