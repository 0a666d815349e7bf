package config

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSchedulesAndHooks(t *testing.T) {
	src := `[bot]
max_body = "2MiB"
dedup_window = "2h"
catch_up = "skip"

[skills.digest]
path = "d.wasm"

[skills.digest.schedules.morning]
cron = "0 8 * * 1-5"
time_zone = "Europe/Helsinki"
catch_up = "once"

[skills.digest.schedules.poll]
cron = "@every 1m"

[skills.digest.hooks.alertmanager]
secret = "${HOOK_SECRET}"

[skills.digest.hooks.github]
secret = "0123456789abcdef0123"
auth = "hmac"
header = "x-hub-signature-256"
max_body = "64KiB"
`
	cfg := mustParse(t, src, map[string]string{"HOOK_SECRET": "secret-from-env-123"})
	if cfg.Bot.MaxBody != 2<<20 || cfg.Bot.DedupWindow != 2*time.Hour || cfg.Bot.CatchUp != CatchUpSkip {
		t.Errorf("Bot = %+v", cfg.Bot)
	}
	s, _ := cfg.Skill("digest")
	wantSched := []Schedule{
		{Name: "morning", Cron: "0 8 * * 1-5", TimeZone: "Europe/Helsinki", CatchUp: CatchUpOnce, Line: 9},
		{Name: "poll", Cron: "@every 1m", TimeZone: "UTC", CatchUp: CatchUpSkip, Line: 14},
	}
	if !reflect.DeepEqual(s.Schedules, wantSched) {
		t.Errorf("Schedules = %+v\nwant %+v", s.Schedules, wantSched)
	}
	wantHooks := []Hook{
		{Name: "alertmanager", Secret: "secret-from-env-123", Auth: HookAuthBearer, Header: DefaultHookHeader, MaxBody: 2 << 20, Line: 17},
		{Name: "github", Secret: "0123456789abcdef0123", Auth: HookAuthHMAC, Header: "X-Hub-Signature-256", MaxBody: 64 << 10, Line: 20},
	}
	if !reflect.DeepEqual(s.Hooks, wantHooks) {
		t.Errorf("Hooks = %+v\nwant %+v", s.Hooks, wantHooks)
	}
}

func TestSchedulesAndHooksErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings, one per problem, in order
	}{
		{"bad cron", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron = '61 * * * *'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: invalid cron expression "61 * * * *"`}},
		{"missing cron", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ntime_zone='UTC'\n",
			[]string{`bot.toml:3: skills.a.schedules.x: missing required key "cron"`}},
		{"bad zone", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='* * * * *'\ntime_zone='Mars/Olympus'\n",
			[]string{`bot.toml:5: skills.a.schedules.x.time_zone: unknown time zone "Mars/Olympus"`}},
		{"bad catch_up", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='* * * * *'\ncatch_up='all'\n",
			[]string{`bot.toml:5: skills.a.schedules.x.catch_up: invalid value "all" (want "once" or "skip")`}},
		{"schedule typo", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='* * * * *'\ntimezone='UTC'\n",
			[]string{`bot.toml:5: skills.a.schedules.x.timezone: unknown key (did you mean "time_zone"?)`}},
		{"schedules not a table", "[skills.a]\npath='a'\nschedules = ['* * * * *']\n",
			[]string{`bot.toml:3: skills.a.schedules: expected table of named tables`}},
		{"hook without secret", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nauth='bearer'\n",
			[]string{`bot.toml:3: skills.a.hooks.h: missing required key "secret"`}},
		{"hook short secret", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nsecret='short'\n",
			[]string{`bot.toml:4: skills.a.hooks.h.secret: too short (5 bytes)`}},
		{"hook bad auth", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nsecret='0123456789abcdef'\nauth='basic'\n",
			[]string{`bot.toml:5: skills.a.hooks.h.auth: invalid value "basic" (want "bearer" or "hmac")`}},
		{"hook bad name", "[skills.a]\npath='a'\n[skills.a.hooks.'Bad Name']\nsecret='0123456789abcdef'\n",
			[]string{`skills.a.hooks."Bad Name": invalid name "Bad Name"`}},
		{"bad dedup window", "[bot]\ndedup_window='1m'\n",
			[]string{`bot.toml:2: bot.dedup_window: must be between 5m0s and 168h0m0s, got "1m"`}},
		{"events without secret", "[slack]\nmode='events'\nbot_token='xoxb-1'\n",
			[]string{`[slack]: mode "events" needs signing_secret`}},
		{"socket without app token", "[slack]\nmode='socket'\nbot_token='xoxb-1'\n",
			[]string{`[slack]: mode "socket" needs app_token`}},
		{"long command ack", "[slack]\ncommand_ack = '" + strings.Repeat("x", 201) + "'\n",
			[]string{`bot.toml:2: slack.command_ack: 201 bytes; keep it short (at most 200)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseIn(t, t.TempDir(), tt.src, nil)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Parse: err = %v, want *Error", err)
			}
			msg := err.Error()
			if len(ce.Problems) != len(tt.want) {
				t.Fatalf("%d problems, want %d:\n%s", len(ce.Problems), len(tt.want), msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q\ndoes not contain %q", msg, w)
				}
			}
		})
	}
}

func TestHookRedacted(t *testing.T) {
	h := Hook{Name: "h", Secret: "top-secret-value-1234", Auth: HookAuthBearer}
	for _, s := range []string{fmt.Sprint(h), fmt.Sprintf("%+v", h), fmt.Sprintf("%#v", h), fmt.Sprint([]Hook{h})} {
		if strings.Contains(s, "top-secret") {
			t.Errorf("secret printed: %s", s)
		}
	}
}
