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

[skills.digest.hooks.sns]
auth = "sns"
topics = ["arn:aws:sns:eu-west-1:123456789012:alarms", "arn:aws-cn:sns:cn-north-1:123456789012:x.y"]
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
		{Name: "sns", Auth: HookAuthSNS, Header: DefaultHookHeader, MaxBody: 2 << 20, Line: 26,
			Topics: []string{"arn:aws:sns:eu-west-1:123456789012:alarms", "arn:aws-cn:sns:cn-north-1:123456789012:x.y"}},
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
		{"cron never fires", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron = '0 0 31 2 *'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: cron expression "0 0 31 2 *" never matches a date`}},
		{"cron zone Local", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron = 'CRON_TZ=Local 0 8 * * *'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: cron expression "CRON_TZ=Local 0 8 * * *": zone Local depends on the machine`}},
		{"cron zone without schedule", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron = 'CRON_TZ=UTC'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: invalid cron expression "CRON_TZ=UTC": a zone and no schedule`}},
		{"cron zone unknown", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron = 'TZ=Mars/Olympus 0 8 * * *'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: invalid cron expression "TZ=Mars/Olympus 0 8 * * *": provided bad location Mars/Olympus`}},
		{"two zones", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron = 'CRON_TZ=Europe/Helsinki 0 8 * * *'\ntime_zone = 'UTC'\n",
			[]string{`bot.toml:5: skills.a.schedules.x.time_zone: time zone "UTC" and a zone in the cron expression: give one, not both`}},
		{"zone Local", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='@daily'\ntime_zone='Local'\n",
			[]string{`bot.toml:5: skills.a.schedules.x.time_zone: time zone "Local" depends on the machine (want an IANA name such as "Europe/Helsinki")`}},
		{"bad cron and zone", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='61 * * * *'\ntime_zone='Mars/Olympus'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: invalid cron expression "61 * * * *"`,
				`bot.toml:5: skills.a.schedules.x.time_zone: unknown time zone "Mars/Olympus"`}},
		{"missing cron bad zone", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ntime_zone='Mars/Olympus'\n",
			[]string{`bot.toml:3: skills.a.schedules.x: missing required key "cron"`,
				`bot.toml:4: skills.a.schedules.x.time_zone: unknown time zone "Mars/Olympus"`}},
		{"cron from env shown as written", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='${CRON}'\n",
			[]string{`bot.toml:4: skills.a.schedules.x.cron: empty cron expression "${CRON}"`}},
		{"bad deadline type", "[defaults]\ndeadline=5\n",
			[]string{`bot.toml:2: defaults.deadline: expected duration (a string such as "2s"), got integer`}},
		{"bad dedup window type", "[bot]\ndedup_window=5\n",
			[]string{`bot.toml:2: bot.dedup_window: expected duration (a string such as "1h"), got integer`}},
		{"bad dedup window value", "[bot]\ndedup_window='soon'\n",
			[]string{`bot.toml:2: bot.dedup_window: invalid duration "soon" (want a Go duration such as "1h")`}},
		{"long dedup window", "[bot]\ndedup_window='200h'\n",
			[]string{`bot.toml:2: bot.dedup_window: must be between 5m0s and 168h0m0s, got "200h"`}},
		{"schedule typo", "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='* * * * *'\ntimezone='UTC'\n",
			[]string{`bot.toml:5: skills.a.schedules.x.timezone: unknown key (did you mean "time_zone"?)`}},
		{"schedules not a table", "[skills.a]\npath='a'\nschedules = ['* * * * *']\n",
			[]string{`bot.toml:3: skills.a.schedules: expected table of named tables`}},
		{"hook without secret", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nauth='bearer'\n",
			[]string{`bot.toml:3: skills.a.hooks.h: missing required key "secret"`}},
		{"hook short secret", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nsecret='short'\n",
			[]string{`bot.toml:4: skills.a.hooks.h.secret: too short (5 bytes)`}},
		{"hook bad auth", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nsecret='0123456789abcdef'\nauth='basic'\n",
			[]string{`bot.toml:5: skills.a.hooks.h.auth: invalid value "basic" (want "bearer", "hmac" or "sns")`}},
		{"sns hook without topics", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nauth='sns'\n",
			[]string{`bot.toml:3: skills.a.hooks.h: auth = "sns" needs "topics"`}},
		{"sns hook empty topics", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nauth='sns'\ntopics=[]\n",
			[]string{`bot.toml:3: skills.a.hooks.h: auth = "sns" needs "topics"`}},
		{"sns hook bad topic", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nauth='sns'\ntopics=['arn:aws:sns:eu-west-1:123456789012:ok', 'arn:aws:sqs:eu-west-1:123456789012:q', '*']\n",
			[]string{`bot.toml:5: skills.a.hooks.h.topics[1]: invalid topic ARN "arn:aws:sqs:eu-west-1:123456789012:q"`,
				`bot.toml:5: skills.a.hooks.h.topics[2]: invalid topic ARN "*"`}},
		{"topics on a bearer hook", "[skills.a]\npath='a'\n[skills.a.hooks.h]\nsecret='0123456789abcdef'\ntopics=['arn:aws:sns:eu-west-1:123456789012:ok']\n",
			[]string{`bot.toml:5: skills.a.hooks.h.topics: only for auth = "sns"`}},
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
			_, err := parseIn(t, t.TempDir(), tt.src, map[string]string{"CRON": ""})
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

// TestScheduleInlineZone: a zone in the cron expression instead of
// time_zone leaves TimeZone empty, and runs in that zone.
func TestScheduleInlineZone(t *testing.T) {
	cfg := mustParse(t, "[skills.a]\npath='a'\n[skills.a.schedules.x]\ncron='CRON_TZ=Europe/Helsinki 0 8 * * *'\n", nil)
	s, _ := cfg.Skill("a")
	want := []Schedule{{Name: "x", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *", CatchUp: CatchUpOnce, Line: 3}}
	if !reflect.DeepEqual(s.Schedules, want) {
		t.Fatalf("Schedules = %+v\nwant %+v", s.Schedules, want)
	}
	tm, err := s.Schedules[0].Timing()
	if err != nil {
		t.Fatal(err)
	}
	if tm.Loc.String() != "Europe/Helsinki" {
		t.Errorf("Loc = %v, want Europe/Helsinki", tm.Loc)
	}
}

// TestScheduleTiming is the one check of a schedule entry, which the
// schedule service also runs on what it is given.
func TestScheduleTiming(t *testing.T) {
	tests := []struct {
		name    string
		s       Schedule
		wantErr string // "" for valid
		loc     string // for valid ones: the zone slots fall in
	}{
		{"five fields", Schedule{Name: "a", Cron: "*/5 9-17 * * 1-5"}, "", "UTC"},
		{"six fields", Schedule{Name: "a", Cron: "*/10 * * * * *"}, "", "UTC"},
		{"descriptor", Schedule{Name: "a", Cron: "@daily"}, "", "UTC"},
		{"every", Schedule{Name: "a", Cron: "@every 5m"}, "", "UTC"},
		{"every ignores zone", Schedule{Name: "a", Cron: "@every 5m", TimeZone: "Europe/Helsinki"}, "", "UTC"},
		{"zone", Schedule{Name: "a", Cron: "0 8 * * *", TimeZone: "Europe/Helsinki"}, "", "Europe/Helsinki"},
		{"explicit UTC", Schedule{Name: "a", Cron: "0 8 * * *", TimeZone: "UTC"}, "", "UTC"},
		{"zone inline", Schedule{Name: "a", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *"}, "", "Europe/Helsinki"},
		{"zone inline TZ", Schedule{Name: "a", Cron: "TZ=Europe/Paris @daily"}, "", "Europe/Paris"},
		{"catch_up skip", Schedule{Name: "a", Cron: "@hourly", CatchUp: "skip"}, "", "UTC"},
		{"empty cron", Schedule{Name: "a"}, "empty cron", ""},
		{"bad minute", Schedule{Name: "a", Cron: "61 * * * *"}, "invalid cron", ""},
		{"four fields", Schedule{Name: "a", Cron: "* * * *"}, "invalid cron", ""},
		{"seven fields", Schedule{Name: "a", Cron: "0 0 * * * * *"}, "invalid cron", ""},
		{"never", Schedule{Name: "a", Cron: "0 0 31 2 *"}, "never matches", ""},
		{"unknown zone", Schedule{Name: "a", Cron: "@daily", TimeZone: "Mars/Olympus"}, "unknown time zone", ""},
		{"local zone", Schedule{Name: "a", Cron: "@daily", TimeZone: "Local"}, "Local", ""},
		{"local zone inline", Schedule{Name: "a", Cron: "CRON_TZ=Local 0 8 * * *"}, "zone Local depends on the machine", ""},
		{"zone inline and nothing else", Schedule{Name: "a", Cron: "CRON_TZ=Europe/Helsinki"}, "a zone and no schedule", ""},
		{"two zones", Schedule{Name: "a", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *", TimeZone: "Europe/Paris"}, "give one", ""},
		// An explicit time_zone, even "UTC", and an inline zone are two
		// zones (the config parser leaves TimeZone empty when time_zone
		// is unset and the cron expression names a zone).
		{"two zones, one UTC", Schedule{Name: "a", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *", TimeZone: "UTC"}, "give one", ""},
		{"two zones, same", Schedule{Name: "a", Cron: "CRON_TZ=Europe/Helsinki 0 8 * * *", TimeZone: "Europe/Helsinki"}, "give one", ""},
		{"bad catch_up", Schedule{Name: "a", Cron: "@daily", CatchUp: "twice"}, "catch_up", ""},
		{"no name", Schedule{Cron: "@daily"}, "no name", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tm, err := tc.s.Timing()
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("Timing = %v, want nil", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("Timing = %v, want an error containing %q", err, tc.wantErr)
			case tc.wantErr != "":
				var se *ScheduleError
				if !errors.As(err, &se) {
					t.Errorf("Timing = %T, want a *ScheduleError", err)
				}
				return
			}
			if tm.Cron == nil || tm.Loc.String() != tc.loc {
				t.Errorf("Timing = %+v, want zone %s", tm, tc.loc)
			}
			if want := strings.TrimSpace(tc.s.Cron) + "\x00" + tc.loc; tm.Spec != want {
				t.Errorf("Spec = %q, want %q", tm.Spec, want)
			}
			if tm.Cron.Next(time.Now()).IsZero() {
				t.Error("never fires")
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
