package config

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// mapEnv turns a map into Parse's env func.
func mapEnv(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := m[k]
		return v, ok
	}
}

// parseIn parses src as dir/bot.toml.
func parseIn(t *testing.T, dir, src string, env map[string]string) (*Config, error) {
	t.Helper()
	return Parse(filepath.Join(dir, "bot.toml"), []byte(src), mapEnv(env))
}

// mustParse parses src as <tempdir>/bot.toml and fails the test on error.
func mustParse(t *testing.T, src string, env map[string]string) *Config {
	t.Helper()
	cfg, err := parseIn(t, t.TempDir(), src, env)
	if err != nil {
		t.Fatalf("Parse: unexpected error:\n%v", err)
	}
	return cfg
}

// problems returns err's messages formatted with the given file name.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("error is %T (%v), want *config.Error", err, err)
	}
	out := make([]string, len(ce.Problems))
	for i, p := range ce.Problems {
		out[i] = p.Format("bot.toml")
	}
	return out
}

const fullExample = `[bot]
name = "mybot"
data_dir = "var/data"          # relative to the file's dir
listen = "0.0.0.0:8080"
log_level = "DEBUG"

[slack]
mode = "events"
signing_secret = "${SLACK_SIGNING_SECRET}"
bot_token = "xoxb-file"

[defaults]
memory = "32MiB"
deadline = "1s"
instances = 2
kv_max_keys = 100
kv_max_bytes = "1MiB"
timer_max = 10
http_requests = 3

[skills.echo]
path = "build/skills/echo-tinygo.wasm"
memory = 1048576
deadline = "500ms"
data_dir = "plugins/x/data"
http_allow = ["API.example.com", "feeds.example.org:443", "10.0.0.1", "[::1]:8443"]
[skills.echo.on]
messages = ["^echo\\b", "(?i)hello"]
mentions = true
dms = true
commands = ["/echo"]
actions = ["echo:"]
[skills.echo.config]
prefix = "echo: "
nested = { list = [1, "two", { three = 3.5 }] }

[skills.alpha]
path = "/abs/alpha.wasm"
`

func TestParseFullExample(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "plugins/x/data"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfg, err := parseIn(t, dir, fullExample, map[string]string{"SLACK_SIGNING_SECRET": "s3cret"})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}

	if got, want := cfg.Path, filepath.Join(dir, "bot.toml"); got != want {
		t.Errorf("Path = %q, want %q", got, want)
	}
	wantBot := Bot{Name: "mybot", DataDir: filepath.Join(dir, "var/data"), Listen: "0.0.0.0:8080", LogLevel: "debug",
		MaxBody: DefaultMaxBody, DedupWindow: time.Hour, CatchUp: CatchUpOnce}
	if cfg.Bot != wantBot {
		t.Errorf("Bot = %+v, want %+v", cfg.Bot, wantBot)
	}
	wantSlack := Slack{Mode: "events", SigningSecret: "s3cret", BotToken: "xoxb-file", IgnoreBots: true, IgnoreEdits: true, Scopes: DefaultScopes()}
	if !reflect.DeepEqual(cfg.Slack, wantSlack) {
		t.Errorf("Slack = %#v, want %#v", cfg.Slack, wantSlack)
	}
	wantDefaults := Limits{
		MemoryBytes: 32 << 20, Deadline: time.Second, Instances: 2,
		KVMaxKeys: 100, KVMaxBytes: 1 << 20, TimerMax: 10, HTTPRequests: 3,
		MessagesPerEvent: 50, OutboxPending: 1000, TimerRate: 20, LogRate: 100, LogBytes: 64 << 10,
	}
	if cfg.Defaults != wantDefaults {
		t.Errorf("Defaults = %+v, want %+v", cfg.Defaults, wantDefaults)
	}

	if len(cfg.Skills) != 2 || cfg.Skills[0].Name != "alpha" || cfg.Skills[1].Name != "echo" {
		t.Fatalf("Skills not [alpha echo] in name order: %+v", cfg.Skills)
	}
	alpha, echo := cfg.Skills[0], cfg.Skills[1]

	if alpha.Limits != wantDefaults {
		t.Errorf("alpha.Limits = %+v, want the defaults %+v", alpha.Limits, wantDefaults)
	}
	if alpha.Path != "/abs/alpha.wasm" || alpha.Line != 37 || string(alpha.ConfigJSON) != "{}" {
		t.Errorf("alpha = path %q line %d config %s", alpha.Path, alpha.Line, alpha.ConfigJSON)
	}
	if !reflect.DeepEqual(alpha.Routes, Routes{Timers: true}) {
		t.Errorf("alpha.Routes = %+v, want only Timers", alpha.Routes)
	}

	wantEchoLimits := wantDefaults
	wantEchoLimits.MemoryBytes = 1 << 20
	wantEchoLimits.Deadline = 500 * time.Millisecond
	if echo.Limits != wantEchoLimits {
		t.Errorf("echo.Limits = %+v, want %+v", echo.Limits, wantEchoLimits)
	}
	if got, want := echo.Path, filepath.Join(dir, "build/skills/echo-tinygo.wasm"); got != want {
		t.Errorf("echo.Path = %q, want %q", got, want)
	}
	if got, want := echo.DataDir, filepath.Join(dir, "plugins/x/data"); got != want {
		t.Errorf("echo.DataDir = %q, want %q", got, want)
	}
	if want := []string{"api.example.com", "feeds.example.org:443", "10.0.0.1", "[::1]:8443"}; !reflect.DeepEqual(echo.HTTPAllow, want) {
		t.Errorf("echo.HTTPAllow = %q, want %q", echo.HTTPAllow, want)
	}
	if echo.Line != 21 {
		t.Errorf("echo.Line = %d, want 21", echo.Line)
	}
	if got, want := string(echo.ConfigJSON), `{"nested":{"list":[1,"two",{"three":3.5}]},"prefix":"echo: "}`; got != want {
		t.Errorf("echo.ConfigJSON = %s, want %s", got, want)
	}
	r := echo.Routes
	if len(r.Messages) != 2 || r.Messages[0].String() != `^echo\b` || r.Messages[1].String() != "(?i)hello" {
		t.Errorf("echo.Routes.Messages = %v", r.Messages)
	}
	if !r.Messages[1].MatchString("HeLLo there") {
		t.Error(`compiled "(?i)hello" does not match "HeLLo there"`)
	}
	if !r.Mentions || !r.DMs || !r.Timers {
		t.Errorf("echo.Routes flags = mentions %v dms %v timers %v, want all true", r.Mentions, r.DMs, r.Timers)
	}
	if !reflect.DeepEqual(r.Commands, []string{"/echo"}) || !reflect.DeepEqual(r.Actions, []string{"echo:"}) {
		t.Errorf("echo.Routes commands %q actions %q", r.Commands, r.Actions)
	}

	if s, ok := cfg.Skill("echo"); !ok || s.Name != "echo" {
		t.Errorf(`Skill("echo") = %v, %v`, s.Name, ok)
	}
	if _, ok := cfg.Skill("nope"); ok {
		t.Error(`Skill("nope") found a skill`)
	}
}

func TestParseDefaults(t *testing.T) {
	dir := t.TempDir()
	for _, src := range []string{"", "# only a comment\n", "[bot]\n[slack]\n[defaults]\n[skills]\n"} {
		cfg, err := parseIn(t, dir, src, nil)
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		want := &Config{
			Path: filepath.Join(dir, "bot.toml"),
			Bot: Bot{Name: "bothost", DataDir: filepath.Join(dir, "data"), Listen: "127.0.0.1:3000", LogLevel: "info",
				MaxBody: DefaultMaxBody, DedupWindow: time.Hour, CatchUp: CatchUpOnce},
			Slack: Slack{Mode: "console", IgnoreBots: true, IgnoreEdits: true, Scopes: DefaultScopes()},
			Defaults: Limits{MemoryBytes: 64 << 20, Deadline: 2 * time.Second, Instances: 4, KVMaxKeys: 10000, KVMaxBytes: 16 << 20, TimerMax: 1000, HTTPRequests: 10,
				MessagesPerEvent: 50, OutboxPending: 1000, TimerRate: 20, LogRate: 100, LogBytes: 64 << 10},
		}
		if len(cfg.Skills) == 0 {
			cfg.Skills = nil
		}
		if !reflect.DeepEqual(cfg, want) {
			t.Errorf("Parse(%q) =\n%+v\nwant\n%+v", src, cfg, want)
		}
	}
}

func TestParseLimits(t *testing.T) {
	tests := []struct {
		name string
		toml string // the body of [skills.s], after path
		want func(*Limits)
	}{
		{"inherits defaults", ``, func(*Limits) {}},
		{"memory MiB", `memory = "32MiB"`, func(l *Limits) { l.MemoryBytes = 32 << 20 }},
		{"memory with space", `memory = "1 GiB"`, func(l *Limits) { l.MemoryBytes = 1 << 30 }},
		{"memory max", `memory = "4GiB"`, func(l *Limits) { l.MemoryBytes = 4 << 30 }},
		{"memory min", `memory = "64KiB"`, func(l *Limits) { l.MemoryBytes = 64 << 10 }},
		{"memory rounded up to pages", `memory = 100000`, func(l *Limits) { l.MemoryBytes = 2 * 65536 }},
		{"memory decimal unit", `memory = "1MB"`, func(l *Limits) { l.MemoryBytes = 16 * 65536 }},
		{"memory plain digits string", `memory = "131072"`, func(l *Limits) { l.MemoryBytes = 131072 }},
		{"memory B", `memory = "65536B"`, func(l *Limits) { l.MemoryBytes = 65536 }},
		{"deadline", `deadline = "1m30s"`, func(l *Limits) { l.Deadline = 90 * time.Second }},
		{"deadline max", `deadline = "5m"`, func(l *Limits) { l.Deadline = 5 * time.Minute }},
		{"instances", `instances = 16`, func(l *Limits) { l.Instances = 16 }},
		{"kv_max_keys", `kv_max_keys = 5`, func(l *Limits) { l.KVMaxKeys = 5 }},
		{"kv_max_bytes KB", `kv_max_bytes = "10KB"`, func(l *Limits) { l.KVMaxBytes = 10000 }},
		{"kv_max_bytes int", `kv_max_bytes = 1`, func(l *Limits) { l.KVMaxBytes = 1 }},
		{"kv_max_bytes GB", `kv_max_bytes = "2GB"`, func(l *Limits) { l.KVMaxBytes = 2e9 }},
		{"timer_max", `timer_max = 7`, func(l *Limits) { l.TimerMax = 7 }},
		{"http_requests", `http_requests = 1`, func(l *Limits) { l.HTTPRequests = 1 }},
		{"messages_per_event", `messages_per_event = 5`, func(l *Limits) { l.MessagesPerEvent = 5 }},
		{"outbox_pending", `outbox_pending = 20`, func(l *Limits) { l.OutboxPending = 20 }},
		{"timer_rate", `timer_rate = 2`, func(l *Limits) { l.TimerRate = 2 }},
		{"log_rate", `log_rate = 7`, func(l *Limits) { l.LogRate = 7 }},
		{"log_bytes", `log_bytes = "1MiB"`, func(l *Limits) { l.LogBytes = 1 << 20 }},
	}
	const defaults = "[defaults]\ninstances = 3\nkv_max_keys = 50\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := mustParse(t, defaults+"[skills.s]\npath = \"s.wasm\"\n"+tt.toml+"\n", nil)
			want := DefaultLimits()
			want.Instances, want.KVMaxKeys = 3, 50
			if cfg.Defaults != want {
				t.Errorf("Defaults = %+v, want %+v", cfg.Defaults, want)
			}
			tt.want(&want)
			if got := cfg.Skills[0].Limits; got != want {
				t.Errorf("Limits = %+v, want %+v", got, want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		toml string
		env  map[string]string
		want []string
	}{
		{
			name: "syntax error",
			toml: "[bot]\nname = \"x\"\nlisten = \n",
			want: []string{`bot.toml:3: expected value but found '\n' instead`},
		},
		{
			name: "duplicate table",
			toml: "[skills.a]\npath = \"a\"\n[skills.a]\n",
			want: []string{`bot.toml:3: Key 'skills.a' has already been defined.`},
		},
		{
			name: "unknown keys with and without suggestions",
			toml: `[bot]
nmae = "x"
[slak]
mode = "events"
[skills.a]
path = "a.wasm"
Memory = "1MiB"
frobnicate = 1
[skills.a.on]
mention = true
[skills.a.onn]
x = 1
`,
			want: []string{
				`bot.toml:2: bot.nmae: unknown key (did you mean "name"?)`,
				`bot.toml:3: slak: unknown key (did you mean "slack"?)`,
				`bot.toml:7: skills.a.Memory: unknown key (did you mean "memory"?)`,
				`bot.toml:8: skills.a.frobnicate: unknown key`,
				`bot.toml:10: skills.a.on.mention: unknown key (did you mean "mentions"?)`,
				`bot.toml:11: skills.a.onn: unknown key (did you mean "on"?)`,
			},
		},
		{
			name: "wrong types",
			toml: `bot = 1
[slack]
mode = true
[defaults]
instances = "4"
deadline = 2
memory = true
[skills.a]
path = ["a.wasm"]
http_allow = "x.com"
config = "nope"
on = 1
[skills.b]
path = "b.wasm"
[skills.b.on]
mentions = "yes"
commands = ["/b", 2]
skills.c = 1
`,
			want: []string{
				`bot.toml:1: bot: expected table, got integer`,
				`bot.toml:3: slack.mode: expected string, got boolean`,
				`bot.toml:5: defaults.instances: expected integer, got string`,
				`bot.toml:6: defaults.deadline: expected duration (a string such as "2s"), got integer`,
				`bot.toml:7: defaults.memory: expected size (integer bytes or a string such as "64MiB"), got boolean`,
				`bot.toml:9: skills.a.path: expected string, got array`,
				`bot.toml:10: skills.a.http_allow: expected array of strings, got string`,
				`bot.toml:11: skills.a.config: expected table, got string`,
				`bot.toml:12: skills.a.on: expected table, got integer`,
				`bot.toml:16: skills.b.on.mentions: expected boolean, got string`,
				`bot.toml:17: skills.b.on.commands[1]: expected string, got integer`,
				`bot.toml:18: skills.b.on.skills: unknown key`,
			},
		},
		{
			name: "bad sizes and durations",
			toml: `[defaults]
memory = "32KiB"
kv_max_bytes = "12 parsecs"
deadline = "10m"
[skills.a]
path = "a.wasm"
memory = "5GiB"
kv_max_bytes = 0
deadline = "0s"
[skills.b]
path = "b.wasm"
memory = "1.5GiB"
kv_max_bytes = -1
deadline = "soon"
instances = 0
timer_max = -3
http_requests = 3000000000
kv_max_keys = 0
`,
			want: []string{
				`bot.toml:2: defaults.memory: must be between 64KiB and 4GiB, got "32KiB"`,
				`bot.toml:3: defaults.kv_max_bytes: invalid size "12 parsecs" (want a whole number of bytes, optionally with B, KiB, MiB, GiB, KB, MB or GB)`,
				`bot.toml:4: defaults.deadline: must be at most 5m0s, got "10m"`,
				`bot.toml:7: skills.a.memory: must be between 64KiB and 4GiB, got "5GiB"`,
				`bot.toml:8: skills.a.kv_max_bytes: must be > 0, got 0`,
				`bot.toml:9: skills.a.deadline: must be > 0, got "0s"`,
				`bot.toml:12: skills.b.memory: invalid size "1.5GiB" (want a whole number of bytes, optionally with B, KiB, MiB, GiB, KB, MB or GB)`,
				`bot.toml:13: skills.b.kv_max_bytes: must be > 0, got -1`,
				`bot.toml:14: skills.b.deadline: invalid duration "soon" (want a Go duration such as "500ms" or "2s")`,
				`bot.toml:15: skills.b.instances: must be > 0, got 0`,
				`bot.toml:16: skills.b.timer_max: must be > 0, got -3`,
				`bot.toml:17: skills.b.http_requests: must be at most 2147483647, got 3000000000`,
				`bot.toml:18: skills.b.kv_max_keys: must be > 0, got 0`,
			},
		},
		{
			name: "effect quotas, mentions and workspace",
			toml: `[defaults]
outbox_pending = 0
log_bytes = "1KiB"
[skills.a]
path = "a.wasm"
messages_per_event = -1
timer_rate = "fast"
log_rate = 0
allow_mentions = ["here", "all", "channel"]
workspace = "t0123"
[skills.b]
path = "b.wasm"
allow_mentions = "here"
workspace = "T0123ABC"
`,
			want: []string{
				`bot.toml:2: defaults.outbox_pending: must be > 0, got 0`,
				`bot.toml:3: defaults.log_bytes: must be between 8KiB and 1GiB, got "1KiB"`,
				`bot.toml:6: skills.a.messages_per_event: must be > 0, got -1`,
				`bot.toml:7: skills.a.timer_rate: expected integer, got string`,
				`bot.toml:8: skills.a.log_rate: must be > 0, got 0`,
				`bot.toml:9: skills.a.allow_mentions[1]: unknown mass mention "all" (want "here", "channel" or "everyone")`,
				`bot.toml:10: skills.a.workspace: invalid workspace "t0123" (want a Slack team id such as "T0123ABCD")`,
				`bot.toml:13: skills.b.allow_mentions: expected array of strings, got string`,
			},
		},
		{
			name: "skill names and paths",
			toml: `[skills.Echo]
path = "e.wasm"
[skills."has space"]
path = "s.wasm"
[skills.nopath]
memory = "1MiB"
[skills.emptypath]
path = ""
[skills.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]
path = "long.wasm"
[skills.ok_name-2]
path = "ok.wasm"
`,
			want: []string{
				`bot.toml:1: skills.Echo: invalid skill name "Echo" (want 1-64 characters of a-z, 0-9, _ and -)`,
				`bot.toml:3: skills."has space": invalid skill name "has space" (want 1-64 characters of a-z, 0-9, _ and -)`,
				`bot.toml:5: skills.nopath: missing required key "path"`,
				`bot.toml:8: skills.emptypath.path: must not be empty`,
				`bot.toml:9: skills.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: invalid skill name "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" (want 1-64 characters of a-z, 0-9, _ and -)`,
			},
		},
		{
			name: "routes",
			toml: `[skills.a]
path = "a.wasm"
[skills.a.on]
messages = ["ok", "(unclosed", "a{2,1}"]
commands = ["/a", "a", "/", "/has space", "/a"]
actions = ["a:", ""]
`,
			want: []string{
				"bot.toml:4: skills.a.on.messages[1]: invalid regexp \"(unclosed\": error parsing regexp: missing closing ): `(unclosed`",
				"bot.toml:4: skills.a.on.messages[2]: invalid regexp \"a{2,1}\": error parsing regexp: invalid repeat count: `{2,1}`",
				`bot.toml:5: skills.a.on.commands[1]: invalid command "a" (want "/" and a name without spaces, e.g. "/echo")`,
				`bot.toml:5: skills.a.on.commands[2]: invalid command "/" (want "/" and a name without spaces, e.g. "/echo")`,
				`bot.toml:5: skills.a.on.commands[3]: invalid command "/has space" (want "/" and a name without spaces, e.g. "/echo")`,
				`bot.toml:6: skills.a.on.actions[1]: action prefix must not be empty`,
			},
		},
		{
			name: "conflicts across skills",
			toml: `[skills.zeta]
path = "z.wasm"
on.commands = ["/z", "/shared"]
on.actions = ["poll:", "z:"]
[skills.alpha]
path = "a.wasm"
on = { commands = ["/shared", "/a"], actions = ["poll:vote", "a:"] }
[skills.mid]
path = "m.wasm"
[skills.mid.on]
actions = ["p", "z:", "m:"]
commands = ["/z"]
`,
			want: []string{
				`bot.toml:7: skills.alpha.on.commands: command "/shared" is already handled by skill "zeta"`,
				`bot.toml:7: skills.alpha.on.actions: action prefix "poll:vote" overlaps "poll:" of skill "zeta"`,
				`bot.toml:11: skills.mid.on.actions: action prefix "p" overlaps "poll:" of skill "zeta"`,
				`bot.toml:11: skills.mid.on.actions: action prefix "z:" overlaps "z:" of skill "zeta"`,
				`bot.toml:12: skills.mid.on.commands: command "/z" is already handled by skill "zeta"`,
			},
		},
		{
			name: "bot and slack values",
			toml: `[bot]
listen = "3000"
log_level = "verbose"
[slack]
mode = "rtm"
`,
			want: []string{
				`bot.toml:2: bot.listen: invalid listen address "3000" (want host:port, e.g. "127.0.0.1:3000")`,
				`bot.toml:3: bot.log_level: invalid log level "verbose" (want debug, info, warn or error)`,
				`bot.toml:5: slack.mode: invalid mode "rtm" (want events, socket or console)`,
			},
		},
		{
			name: "http_allow",
			toml: `[skills.a]
path = "a.wasm"
http_allow = ["ok.example.com", "https://x.com", "x.com/path", "x.com:0", "x.com:99999", "*.x.com", "-x.com", "10.0.0.300", "", "x.com:443"]
`,
			want: []string{
				`bot.toml:3: skills.a.http_allow[1]: invalid entry "https://x.com" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[2]: invalid entry "x.com/path" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[3]: invalid entry "x.com:0" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[4]: invalid entry "x.com:99999" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[5]: invalid entry "*.x.com" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[6]: invalid entry "-x.com" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[7]: invalid entry "10.0.0.300" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
				`bot.toml:3: skills.a.http_allow[8]: invalid entry "" (want host or host:port, e.g. "api.example.com" or "api.example.com:443")`,
			},
		},
		{
			name: "data_dir",
			toml: `[skills.a]
path = "a.wasm"
data_dir = "@TMP@/missing"
[skills.b]
path = "b.wasm"
data_dir = "@TMP@/file.txt"
[skills.c]
path = "c.wasm"
data_dir = "@TMP@/dir"
`,
			want: []string{
				`bot.toml:3: skills.a.data_dir: "@TMP@/missing" does not exist`,
				`bot.toml:6: skills.b.data_dir: "@TMP@/file.txt" is not a directory`,
			},
		},
		{
			name: "environment",
			toml: `[bot]
name = "${BOT_NAME}"
listen = "${HOST}:${PORT}"
[slack]
bot_token = "${SLACK_BOT_TOKEN}"
[skills.a]
path = "a.wasm"
memory = "${SECRET}"
[skills.a.config]
deep = { list = ["${NOPE}"] }
bad = "${lower-case}"
open = "${UNTERMINATED"
`,
			env: map[string]string{"PORT": "1", "SECRET": "hunter2"},
			want: []string{
				`bot.toml:2: bot.name: environment variable BOT_NAME is not set`,
				`bot.toml:3: bot.listen: environment variable HOST is not set`,
				`bot.toml:5: slack.bot_token: environment variable SLACK_BOT_TOKEN is not set`,
				`bot.toml:8: skills.a.memory: invalid size "${SECRET}" (want a whole number of bytes, optionally with B, KiB, MiB, GiB, KB, MB or GB)`,
				`bot.toml:10: skills.a.config.deep.list: environment variable NOPE is not set`,
				`bot.toml:11: skills.a.config.bad: invalid environment variable name "lower-case" in ${...}`,
				`bot.toml:12: skills.a.config.open: unterminated "${" (write "$${" for a literal "${")`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Mkdir(filepath.Join(dir, "dir"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "file.txt"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			src := strings.ReplaceAll(tt.toml, "@TMP@", dir)
			cfg, err := parseIn(t, dir, src, tt.env)
			if err == nil {
				t.Fatalf("Parse succeeded, want errors; config: %+v", cfg)
			}
			if cfg != nil {
				t.Errorf("Parse returned a config along with the error")
			}
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = strings.ReplaceAll(w, "@TMP@", dir)
			}
			if got := problems(t, err); !reflect.DeepEqual(got, want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, v := range tt.env {
				if strings.Contains(err.Error(), v) && len(v) > 1 {
					t.Errorf("error leaks expanded value %q:\n%v", v, err)
				}
			}
		})
	}
}

func TestErrorFormat(t *testing.T) {
	_, err := Parse("conf/bot.toml", []byte("[bot]\nnmae = 1\n[x]\n"), nil)
	want := "conf/bot.toml:2: bot.nmae: unknown key (did you mean \"name\"?)\n" +
		"conf/bot.toml:3: x: unknown key"
	if err == nil || err.Error() != want {
		t.Errorf("Error() =\n%v\nwant\n%s", err, want)
	}
	e := &Error{Path: "f", Problems: []Problem{{Line: 0, Msg: "from env"}, {Line: 2, Msg: "b"}}}
	sortProblems(e.Problems)
	if got, want := e.Error(), "f:2: b\nf: from env"; got != want {
		t.Errorf("line-less problems: got %q, want %q", got, want)
	}
}

func TestEnvExpansion(t *testing.T) {
	env := map[string]string{
		"NAME":  "envbot",
		"EMPTY": "",
		"TOKEN": "xoxb-123",
		"MEM":   "8MiB",
		"DIR":   "sub",
		"HOST":  "api.example.com",
	}
	cfg := mustParse(t, `[bot]
name = "${NAME}"
data_dir = "${DIR}/data"
[slack]
bot_token = "${TOKEN}"
[skills.a]
path = "${DIR}/a${EMPTY}.wasm"
memory = "${MEM}"
http_allow = ["${HOST}:443"]
[skills.a.on]
messages = ["^\\$\\d+", "$${literal}", "cost: $5 $$ ${NAME}"]
[skills.a.config]
greeting = "hi ${NAME}, not $${NAME}, $$${NAME}"
list = [["${NAME}"], { k = "${TOKEN}" }]
`, env)
	if cfg.Bot.Name != "envbot" {
		t.Errorf("Bot.Name = %q", cfg.Bot.Name)
	}
	if !strings.HasSuffix(cfg.Bot.DataDir, "/sub/data") {
		t.Errorf("Bot.DataDir = %q, want .../sub/data", cfg.Bot.DataDir)
	}
	if cfg.Slack.BotToken != "xoxb-123" {
		t.Errorf("Slack.BotToken = %q", cfg.Slack.BotToken)
	}
	a := cfg.Skills[0]
	if !strings.HasSuffix(a.Path, "/sub/a.wasm") || a.Limits.MemoryBytes != 8<<20 {
		t.Errorf("skill a: path %q memory %d", a.Path, a.Limits.MemoryBytes)
	}
	if want := []string{"api.example.com:443"}; !reflect.DeepEqual(a.HTTPAllow, want) {
		t.Errorf("HTTPAllow = %q, want %q", a.HTTPAllow, want)
	}
	var res []string
	for _, re := range a.Routes.Messages {
		res = append(res, re.String())
	}
	if want := []string{`^\$\d+`, "${literal}", "cost: $5 $$ envbot"}; !reflect.DeepEqual(res, want) {
		t.Errorf("messages = %q, want %q", res, want)
	}
	want := `{"greeting":"hi envbot, not ${NAME}, $${NAME}","list":[["envbot"],{"k":"xoxb-123"}]}`
	if got := string(a.ConfigJSON); got != want {
		t.Errorf("ConfigJSON = %s, want %s", got, want)
	}
}

func TestExpandString(t *testing.T) {
	env := mapEnv(map[string]string{"A": "1", "B_2": "two", "E": ""})
	tests := []struct {
		in, want string
		errs     []string
	}{
		{"plain", "plain", nil},
		{"${A}", "1", nil},
		{"x${A}y${B_2}z", "x1ytwoz", nil},
		{"${E}", "", nil},
		{"$${A}", "${A}", nil},
		{"$$${A}", "$${A}", nil}, // leftmost: "$" then the "$${" escape
		{"$A {A} $", "$A {A} $", nil},
		{"${MISSING}", "", []string{"environment variable MISSING is not set"}},
		{"${X}${Y}", "", []string{"environment variable X is not set", "environment variable Y is not set"}},
		{"${}", "", []string{`invalid environment variable name "" in ${...}`}},
		{"${1A}", "", []string{`invalid environment variable name "1A" in ${...}`}},
		{"${A", "${A", []string{`unterminated "${" (write "$${" for a literal "${")`}},
		{"${MISSING:-local-default}", "local-default", nil},
		{"${A:-unused}", "1", nil},
		{"${E:-was-empty}", "was-empty", nil},
		{"${MISSING:-}", "", nil},
		{"x${MISSING:-a:b-c}y", "xa:b-cy", nil},
		{"${bad-name:-x}", "", []string{`invalid environment variable name "bad-name" in ${...}`}},
	}
	for _, tt := range tests {
		var errs []string
		got := expandString(tt.in, env, &errs)
		if !reflect.DeepEqual(errs, tt.errs) {
			t.Errorf("expandString(%q) errors = %q, want %q", tt.in, errs, tt.errs)
			continue
		}
		if tt.errs == nil && got != tt.want {
			t.Errorf("expandString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlackEnvAndMode(t *testing.T) {
	tests := []struct {
		name string
		toml string
		env  map[string]string
		want Slack
	}{
		{
			name: "nothing is console",
			want: Slack{Mode: "console"},
		},
		{
			name: "app token from env is socket",
			env:  map[string]string{"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
			want: Slack{Mode: "socket", AppToken: "xapp-1", BotToken: "xoxb-1", SigningSecret: "s"},
		},
		{
			name: "bot token and signing secret is events",
			env:  map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
			want: Slack{Mode: "events", BotToken: "xoxb-1", SigningSecret: "s"},
		},
		{
			name: "oauth client and signing secret is events",
			env:  map[string]string{"SLACK_CLIENT_ID": "id", "SLACK_CLIENT_SECRET": "cs", "SLACK_SIGNING_SECRET": "s"},
			want: Slack{Mode: "events", ClientID: "id", ClientSecret: "cs", SigningSecret: "s"},
		},
		{
			name: "bot token alone is console",
			env:  map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"},
			want: Slack{Mode: "console", BotToken: "xoxb-1"},
		},
		{
			name: "client id without secret is console",
			env:  map[string]string{"SLACK_CLIENT_ID": "id", "SLACK_SIGNING_SECRET": "s"},
			want: Slack{Mode: "console", ClientID: "id", SigningSecret: "s"},
		},
		{
			name: "file wins over env, empty file value falls back",
			toml: "[slack]\nbot_token = \"xoxb-file\"\nsigning_secret = \"\"\napi_url = \"http://127.0.0.1:9/api/\"\n",
			env:  map[string]string{"SLACK_BOT_TOKEN": "xoxb-env", "SLACK_SIGNING_SECRET": "env-secret", "SLACK_API_URL": "https://env"},
			want: Slack{Mode: "events", BotToken: "xoxb-file", SigningSecret: "env-secret", APIURL: "http://127.0.0.1:9/api/"},
		},
		{
			name: "explicit mode wins over credentials",
			toml: "[slack]\nmode = \"console\"\n",
			env:  map[string]string{"SLACK_APP_TOKEN": "xapp-1"},
			want: Slack{Mode: "console", AppToken: "xapp-1"},
		},
		{
			name: "filtering and scopes",
			toml: "[slack]\nignore_bots = false\nignore_edits = false\nscopes = [\"chat:write\"]\nredirect_url = \"https://bot.example.com/slack/oauth_redirect\"\n",
			want: Slack{Mode: "console", IgnoreBots: false, IgnoreEdits: false, Scopes: []string{"chat:write"},
				RedirectURL: "https://bot.example.com/slack/oauth_redirect"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name != "filtering and scopes" {
				tt.want.IgnoreBots, tt.want.IgnoreEdits, tt.want.Scopes = true, true, DefaultScopes()
			}
			cfg := mustParse(t, tt.toml, tt.env)
			if !reflect.DeepEqual(cfg.Slack, tt.want) {
				t.Errorf("Slack = %#v\nwant %#v", cfg.Slack, tt.want)
			}
		})
	}
}

func TestRedaction(t *testing.T) {
	secrets := map[string]string{
		"SLACK_SIGNING_SECRET": "sig-SECRET-1",
		"SLACK_BOT_TOKEN":      "xoxb-SECRET-2",
		"SLACK_APP_TOKEN":      "xapp-SECRET-3",
		"SLACK_CLIENT_SECRET":  "client-SECRET-4",
		"SLACK_CLIENT_ID":      "client-id-public",
	}
	cfg := mustParse(t, "[skills.a]\npath = \"a.wasm\"\n", secrets)

	var outputs []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		outputs = append(outputs, fmt.Sprintf(verb, cfg.Slack), fmt.Sprintf(verb, *cfg), fmt.Sprintf(verb, cfg))
	}
	for _, h := range []func(*bytes.Buffer) slog.Handler{
		func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
		func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
	} {
		var buf bytes.Buffer
		log := slog.New(h(&buf))
		log.Info("loaded", "slack", cfg.Slack, "config", cfg, "config_value", *cfg)
		outputs = append(outputs, buf.String())
	}
	for _, out := range outputs {
		for _, s := range []string{"SECRET"} {
			if strings.Contains(out, s) {
				t.Errorf("output leaks a secret:\n%s", out)
			}
		}
	}
	if s := cfg.Slack.String(); !strings.Contains(s, "BotToken:[redacted]") || !strings.Contains(s, "ClientID:client-id-public") {
		t.Errorf("Slack.String() = %s; want tokens marked [redacted] and the client ID shown", s)
	}
	if s := (Slack{Mode: "console"}).String(); strings.Contains(s, "redacted") {
		t.Errorf("unset secrets shown as redacted: %s", s)
	}
}

// TestKeyLines guards the position probe (see probe in tree.go) against
// changes in the toml library: every kind of key must get its own line.
func TestKeyLines(t *testing.T) {
	src := `# comment
[bot]
name = "x"
multi = """
a"""

[skills.implicit.on]
mentions = true
[skills.inline]
path = "p"
on = { dms = true,
  mentions = false }
dotted.key = 1
`
	root, err := buildTree([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	get := func(path ...string) *node {
		n := root
		for _, p := range path {
			n = n.kids[p]
			if n == nil {
				t.Fatalf("no node %v", path)
			}
		}
		return n
	}
	tests := []struct {
		path []string
		line int
	}{
		{[]string{"bot"}, 2},
		{[]string{"bot", "name"}, 3},
		{[]string{"bot", "multi"}, 5}, // toml reports where the value ends
		{[]string{"skills"}, 7},       // implicit: its first key
		{[]string{"skills", "implicit"}, 7},
		{[]string{"skills", "implicit", "on"}, 7},
		{[]string{"skills", "implicit", "on", "mentions"}, 8},
		{[]string{"skills", "inline"}, 9},
		{[]string{"skills", "inline", "on"}, 11},
		{[]string{"skills", "inline", "on", "dms"}, 11},
		{[]string{"skills", "inline", "on", "mentions"}, 12},
		{[]string{"skills", "inline", "dotted"}, 13},
		{[]string{"skills", "inline", "dotted", "key"}, 13},
	}
	for _, tt := range tests {
		if got := get(tt.path...).line; got != tt.line {
			t.Errorf("line of %s = %d, want %d", strings.Join(tt.path, "."), got, tt.line)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bot.toml")
	if err := os.WriteFile(path, []byte("[bot]\nname = \"loaded\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Bot.Name != "loaded" || cfg.Path != path {
		t.Errorf("Load = name %q path %q", cfg.Bot.Name, cfg.Path)
	}

	_, err = Load(filepath.Join(dir, "missing.toml"))
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("Load(missing) = %v, want a not-exist error naming the file", err)
	}

	t.Setenv("BOTHOST_TEST_NAME", "from-env")
	if err := os.WriteFile(path, []byte("[bot]\nname = \"${BOTHOST_TEST_NAME}\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if cfg, err := Load(path); err != nil || cfg.Bot.Name != "from-env" {
		t.Errorf("Load with env = %v, %v; want name from-env", cfg, err)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"0", 0, true},
		{"1", 1, true},
		{"10B", 10, true},
		{"64KiB", 64 << 10, true},
		{"64 MiB", 64 << 20, true},
		{" 2GiB ", 2 << 30, true},
		{"3KB", 3000, true},
		{"3MB", 3e6, true},
		{"3GB", 3e9, true},
		{"", 0, false},
		{"MiB", 0, false},
		{"1.5MiB", 0, false},
		{"-1", 0, false},
		{"10mib", 0, false},
		{"10 Mi B", 0, false},
		{"10TiB", 0, false},
		{"18446744073709551615", 1<<64 - 1, true},
		{"18446744073709551616", 0, false},
		{"17179869184GiB", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseSize(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseSize(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestValidHostPort(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"example.com", true},
		{"api.example.com:443", true},
		{"localhost", true},
		{"localhost:8080", true},
		{"127.0.0.1", true},
		{"127.0.0.1:1", true},
		{"::1", true},
		{"[::1]", true},
		{"[::1]:65535", true},
		{"xn--bcher-kva.example", true},
		{"", false},
		{":443", false},
		{"example.com:", false},
		{"example.com:+1", false},
		{"example.com:65536", false},
		{"http://example.com", false},
		{"example.com/x", false},
		{"exa mple.com", false},
		{"ex_ample.com", false},
		{"example..com", false},
		{"example.com.", false},
		{"1.2.3.4.5", false},
		{"[example.com]", false},
		{strings.Repeat("a", 64) + ".com", false},
	}
	for _, tt := range tests {
		if got := validHostPort(tt.in); got != tt.ok {
			t.Errorf("validHostPort(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"memory", "deadline", "instances", "path", "on"}
	tests := []struct{ in, want string }{
		{"memroy", "memory"},
		{"Memory", "memory"},
		{"deadlin", "deadline"},
		{"instnaces", "instances"},
		{"paht", "path"},
		{"no", "on"},
		{"x", ""},
		{"frobnicate", ""},
	}
	for _, tt := range tests {
		if got := suggest(tt.in, known); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
