package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/sdk/go/skilltest"
)

// testConfig: three people on call (U1 first), the default chain
// (5m on call, 5m next, 10m channel), a storm threshold of 5.
const testConfig = `{
  "channel": "C1",
  "storm_threshold": 5,
  "ack_reminder": "4h",
  "escalation": [{"after": "5m", "notify": "oncall"}, {"after": "5m", "notify": "next"}, {"after": "10m", "notify": "channel"}],
  "rotations": [{"name": "primary", "users": ["U1", "U2", "U3"]}]
}`

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func start(t *testing.T) *skilltest.Host {
	t.Helper()
	return skilltest.Start(t, testConfig)
}

func send(t testing.TB, h *skilltest.Host, hook, name string, headers map[string]string) {
	t.Helper()
	if headers == nil {
		headers = map[string]string{"content-type": "application/json"}
	}
	if err := h.Webhook(hook, "POST", "/hooks/alerts/"+hook, headers, fixture(t, name)); err != nil {
		t.Fatalf("webhook %s %s: %v", hook, name, err)
	}
}

// topPosts are the top-level posts to channel.
func topPosts(h *skilltest.Host, channel string) []skilltest.Sent {
	var out []skilltest.Sent
	for _, s := range h.Posts() {
		if s.Channel == channel && s.ThreadTS == "" {
			out = append(out, s)
		}
	}
	return out
}

func dms(h *skilltest.Host) []string {
	var out []string
	for _, s := range h.Posts() {
		if strings.HasPrefix(s.Channel, "U") {
			out = append(out, s.Channel)
		}
	}
	return out
}

func threadLines(h *skilltest.Host) []string {
	var out []string
	for _, s := range h.Posts() {
		if s.ThreadTS != "" {
			out = append(out, s.Message.Text)
		}
	}
	return out
}

// buttons returns the action ids of the message's buttons.
func buttons(t testing.TB, blocks string) []string {
	t.Helper()
	var bs []struct {
		Type     string `json:"type"`
		Elements []struct {
			Type     string `json:"type"`
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		t.Fatalf("blocks are not JSON: %v\n%s", err, blocks)
	}
	var ids []string
	for _, b := range bs {
		if b.Type != "actions" {
			continue
		}
		for _, e := range b.Elements {
			ids = append(ids, e.ActionID)
		}
	}
	return ids
}

func onlyAlert(t testing.TB, h *skilltest.Host) *Alert {
	t.Helper()
	var found *Alert
	for _, k := range h.KVKeys() {
		if !strings.HasPrefix(k, kAlert) {
			continue
		}
		v, _ := h.KV(k)
		a := &Alert{}
		if err := json.Unmarshal([]byte(v), a); err != nil {
			t.Fatal(err)
		}
		if a.IsStorm {
			continue
		}
		if found != nil {
			t.Fatalf("more than one alert: %s and %s", found.ID, a.ID)
		}
		found = a
	}
	if found == nil {
		t.Fatal("no alert stored")
	}
	return found
}

func TestParseFixtures(t *testing.T) {
	cases := []struct {
		format, file, ctype string
		key, title, sev     string
		resolved            bool
		links, items        int
	}{
		{"alertmanager", "alertmanager_firing.json", "application/json", `{}/{severity="critical"}:{alertname="HighRequestLatency"}`, "HighRequestLatency", "critical", false, 3, 2},
		{"alertmanager", "alertmanager_resolved.json", "application/json", `{}/{severity="critical"}:{alertname="HighRequestLatency"}`, "HighRequestLatency", "critical", true, 3, 2},
		{"grafana", "grafana_firing.json", "application/json", "", "DiskFull Infra (db-1 warning)", "warning", false, 5, 1},
		{"grafana", "grafana_resolved.json", "application/json", "", "DiskFull Infra (db-1 warning)", "warning", true, 5, 1},
		{"sns", "sns_cloudwatch_alarm.json", "text/plain; charset=UTF-8", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx-rate", "checkout-5xx-rate", "critical", false, 1, 0},
		{"sns", "sns_cloudwatch_ok.json", "text/plain; charset=UTF-8", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx-rate", "checkout-5xx-rate", "", true, 1, 0},
		{"sns", "sns_plain.json", "text/plain; charset=UTF-8", "arn:aws:sns:eu-west-1:123456789012:alerts\nNightly backup failed", "Nightly backup failed", "", false, 0, 0},
		{"generic", "generic_firing.json", "application/json", "payments-stripe-5xx", "Payment provider errors", "critical", false, 2, 0},
		{"generic", "generic_form.txt", "application/x-www-form-urlencoded", "778899", "Shop health is down", "", false, 1, 0},
		{"generic", "generic_text.txt", "text/plain", "title:Cron job billing-export did not run", "Cron job billing-export did not run", "", false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			in, err := parse(c.format, map[string]string{"content-type": c.ctype}, fixture(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			if c.key != "" && in.Key != c.key {
				t.Errorf("key %q, want %q", in.Key, c.key)
			}
			if in.Key == "" {
				t.Error("empty key")
			}
			if in.Title != c.title || in.Severity != c.sev || in.Resolved != c.resolved {
				t.Errorf("title %q sev %q resolved %v; want %q %q %v", in.Title, in.Severity, in.Resolved, c.title, c.sev, c.resolved)
			}
			if len(in.Links) != c.links || len(in.Items) != c.items {
				t.Errorf("links %v items %v; want %d links, %d items", in.Links, in.Items, c.links, c.items)
			}
		})
	}
	// The X-Alert-Key header names the alert.
	in, err := parse("generic", map[string]string{"content-type": "text/plain", "x-alert-key": "backup"}, []byte("Backup failed"))
	if err != nil || in.Key != "backup" {
		t.Fatalf("X-Alert-Key: %+v %v", in, err)
	}
	// Hostile input is bounded and cannot inject links.
	in, err = parse("generic", map[string]string{"content-type": "application/json"},
		[]byte(`{"title":"`+strings.Repeat("x", 5000)+`","link":"javascript:alert(1)","runbook":"https://x.example.com/a|b>"}`))
	if err != nil || len(in.Title) > maxTitle+4 || len(in.Links) != 0 {
		t.Fatalf("hostile: title %d bytes, links %v, err %v", len(in.Title), in.Links, err)
	}
}

func TestUnreadable(t *testing.T) {
	for _, c := range []struct{ format, ctype, body string }{
		{"alertmanager", "application/json", `{"status":"firing"`},
		{"alertmanager", "application/json", `{"status":"firing"}`},
		{"alertmanager", "application/json", `[]`},
		{"grafana", "application/json", `{}`},
		{"sns", "application/json", `{"Type":"SubscriptionConfirmation"}`},
		{"sns", "application/json", `{"Type":"Notification","Message":"{\"AlarmName\":\"x\",\"NewStateValue\":\"WEIRD\"}"}`},
		{"generic", "application/json", `{"title":`},
		{"generic", "application/json", `{}`},
		{"generic", "text/plain", "\xff\xfe"},
		{"generic", "text/plain", ""},
	} {
		if _, err := parse(c.format, map[string]string{"content-type": c.ctype}, []byte(c.body)); err == nil {
			t.Errorf("%s %q: parsed, want an error", c.format, c.body)
		}
	}
	h := start(t)
	for i := 0; i < 3; i++ {
		if err := h.Webhook("alertmanager", "POST", "/", nil, []byte(`{"nope":1}`)); err != nil {
			t.Fatal(err)
		}
	}
	notices := topPosts(h, "C1")
	if len(notices) != 1 || !strings.Contains(notices[0].Message.Text, "could not read an alert from hook alertmanager") {
		t.Fatalf("notices = %+v, want one", notices)
	}
	if v, _ := h.KV(kStat + day(h.Now()) + ":unreadable"); v != "3" {
		t.Errorf("unreadable count %q, want 3", v)
	}
	warned := 0
	for _, l := range h.Logs() {
		if strings.Contains(l.String(), "warn: alerts: hook alertmanager") {
			warned++
		}
	}
	if warned != 3 {
		t.Errorf("%d warnings logged, want 3", warned)
	}
	h.Advance(time.Hour + time.Second)
	h.Webhook("alertmanager", "POST", "/", nil, []byte(`{"nope":1}`))
	if n := len(topPosts(h, "C1")); n != 2 {
		t.Errorf("after an hour: %d notices, want 2", n)
	}
}

func TestPostedWithButtons(t *testing.T) {
	for _, c := range []struct{ hook, file, ctype string }{
		{"alertmanager", "alertmanager_firing.json", "application/json"},
		{"grafana", "grafana_firing.json", "application/json"},
		{"sns", "sns_cloudwatch_alarm.json", "text/plain"},
		{"sns", "sns_plain.json", "text/plain"},
		{"generic", "generic_firing.json", "application/json"},
		{"generic", "generic_form.txt", "application/x-www-form-urlencoded"},
		{"generic", "generic_text.txt", "text/plain"},
	} {
		t.Run(c.file, func(t *testing.T) {
			h := start(t)
			send(t, h, c.hook, c.file, map[string]string{"content-type": c.ctype})
			posts := topPosts(h, "C1")
			if len(posts) != 1 {
				t.Fatalf("%d posts, want 1", len(posts))
			}
			got := strings.Join(buttons(t, posts[0].Message.Blocks), ",")
			if want := "alerts:ack,alerts:close,alerts:pass,alerts:snooze:1h,alerts:snooze:4h"; got != want {
				t.Errorf("buttons %s, want %s", got, want)
			}
			a := onlyAlert(t, h)
			if a.TS != posts[0].TS || a.State != stFiring {
				t.Errorf("alert %+v", a)
			}
			p, ok := h.PendingTimer(tEscalate + ":" + a.ID)
			if !ok || !p.Due.Equal(h.Now().Add(5*time.Minute)) {
				t.Errorf("escalation timer %+v %v, want due at +5m", p, ok)
			}
		})
	}
}

func TestEscalationChain(t *testing.T) {
	h := start(t)
	send(t, h, "alertmanager", "alertmanager_firing.json", nil)
	h.Advance(5*time.Minute - time.Second)
	if d := dms(h); len(d) != 0 {
		t.Fatalf("DMs before 5m: %v", d)
	}
	h.Advance(time.Second)
	if d := dms(h); len(d) != 1 || d[0] != "U1" {
		t.Fatalf("at 5m DMs %v, want [U1]", d)
	}
	h.Advance(5 * time.Minute)
	if d := dms(h); len(d) != 2 || d[1] != "U2" {
		t.Fatalf("at 10m DMs %v, want [U1 U2]", d)
	}
	h.Advance(10 * time.Minute)
	top := topPosts(h, "C1")
	if len(top) != 2 || !strings.HasPrefix(top[1].Message.Text, "<!channel>") {
		t.Fatalf("at 20m top-level posts %+v, want the alert and an @channel", top)
	}
	lines := strings.Join(threadLines(h), "\n")
	for _, want := range []string{"escalated to <@U1>", "escalated to <@U2>", "escalated to <!channel>"} {
		if !strings.Contains(lines, want) {
			t.Errorf("timeline lacks %q:\n%s", want, lines)
		}
	}
	a := onlyAlert(t, h)
	if a.Escalations != 3 || a.StepDue != 0 || len(h.Timers()) != 0 {
		t.Errorf("after the chain: escalations %d, step due %d, timers %v", a.Escalations, a.StepDue, h.Timers())
	}
	if v, _ := h.KV(kStat + day(h.Now()) + ":escalations"); v != "3" {
		t.Errorf("escalation count %q", v)
	}
}

func TestAckJustBeforeEscalation(t *testing.T) {
	h := start(t)
	send(t, h, "grafana", "grafana_firing.json", nil)
	a := onlyAlert(t, h)
	h.Advance(4*time.Minute + 59*time.Second)
	if err := h.Action(actAck, a.ID, "U9", "C1", a.TS); err != nil {
		t.Fatal(err)
	}
	h.Advance(time.Hour)
	if d := dms(h); len(d) != 0 {
		t.Fatalf("DMs after an ack at 4:59: %v", d)
	}
	a = onlyAlert(t, h)
	if a.State != stAcked || a.AckedBy != "U9" {
		t.Fatalf("state %s by %s", a.State, a.AckedBy)
	}
	ups := h.Updates()
	if len(ups) == 0 || !strings.Contains(ups[len(ups)-1].Message.Blocks, "Acknowledged* by <@U9>") {
		t.Errorf("message not updated to acknowledged: %+v", ups)
	}
	if b := buttons(t, ups[len(ups)-1].Message.Blocks); strings.Contains(strings.Join(b, ","), actAck+",") {
		t.Errorf("acknowledged message still offers Acknowledge: %v", b)
	}
	// The reminder comes at +4h from the ack, and again after that.
	h.Advance(3 * time.Hour)
	if !strings.Contains(strings.Join(threadLines(h), "\n"), "reminder: still open") {
		t.Errorf("no ack reminder: %v", threadLines(h))
	}
	if _, ok := h.PendingTimer(tReminder + ":" + a.ID); !ok {
		t.Error("reminder not re-armed")
	}
}

func TestPass(t *testing.T) {
	h := start(t)
	send(t, h, "generic", "generic_firing.json", nil)
	a := onlyAlert(t, h)
	h.Advance(5 * time.Minute)
	if d := dms(h); len(d) != 1 || d[0] != "U1" {
		t.Fatalf("DMs %v", d)
	}
	h.Advance(time.Minute)
	if err := h.Action(actPass, a.ID, "U1", "C1", a.TS); err != nil {
		t.Fatal(err)
	}
	if d := dms(h); len(d) != 2 || d[1] != "U2" {
		t.Fatalf("after Pass DMs %v, want U2", d)
	}
	a = onlyAlert(t, h)
	if a.Owner != "U2" {
		t.Errorf("owner %s", a.Owner)
	}
	// The wait restarts: the next step is 5 minutes after the pass.
	p, _ := h.PendingTimer(tEscalate + ":" + a.ID)
	if !p.Due.Equal(h.Now().Add(5 * time.Minute)) {
		t.Errorf("next escalation due %v, want %v", p.Due, h.Now().Add(5*time.Minute))
	}
}

func TestSnooze(t *testing.T) {
	h := start(t)
	send(t, h, "sns", "sns_cloudwatch_alarm.json", nil)
	a := onlyAlert(t, h)
	h.Advance(time.Minute)
	if err := h.Action(actSnooze1, a.ID, "U7", "C1", a.TS); err != nil {
		t.Fatal(err)
	}
	h.Advance(time.Hour - time.Second)
	if d := dms(h); len(d) != 0 {
		t.Fatalf("DMs while snoozed: %v", d)
	}
	if onlyAlert(t, h).State != stSnoozed {
		t.Fatal("not snoozed")
	}
	h.Advance(time.Second)
	if a := onlyAlert(t, h); a.State != stFiring {
		t.Fatalf("after the snooze: %s", a.State)
	}
	h.Advance(5 * time.Minute)
	if d := dms(h); len(d) != 1 || d[0] != "U1" {
		t.Fatalf("after the snooze + 5m: DMs %v", d)
	}
}

func TestResolveEndsIt(t *testing.T) {
	h := start(t)
	send(t, h, "alertmanager", "alertmanager_firing.json", nil)
	h.Advance(time.Minute)
	send(t, h, "alertmanager", "alertmanager_resolved.json", nil)
	a := onlyAlert(t, h)
	if a.State != stResolved || len(h.Timers()) != 0 {
		t.Fatalf("state %s, timers %v", a.State, h.Timers())
	}
	ups := h.Updates()
	if len(ups) != 1 || !strings.Contains(ups[0].Message.Blocks, "*Resolved*") || len(buttons(t, ups[0].Message.Blocks)) != 0 {
		t.Fatalf("updates %+v", ups)
	}
	h.Advance(time.Hour)
	if d := dms(h); len(d) != 0 {
		t.Errorf("DMs after resolve: %v", d)
	}
	if _, ok := h.KV(kOpen + a.ID); ok {
		t.Error("resolved alert still listed as open")
	}
	// Firing again later is a new alert with a new message.
	send(t, h, "alertmanager", "alertmanager_firing.json", nil)
	if n := len(topPosts(h, "C1")); n != 2 {
		t.Errorf("%d posts, want 2 (a new incarnation)", n)
	}
	// SNS: OK resolves the alarm's alert.
	send(t, h, "sns", "sns_cloudwatch_alarm.json", nil)
	send(t, h, "sns", "sns_cloudwatch_ok.json", nil)
	id := alertID("sns", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx-rate")
	v, _ := h.KV(kAlert + id)
	if !strings.Contains(v, `"state":"resolved"`) {
		t.Errorf("sns alert after OK: %s", v)
	}
}

func TestDuplicateDeliveryOneMessage(t *testing.T) {
	h := start(t)
	for i := 0; i < 3; i++ {
		send(t, h, "alertmanager", "alertmanager_firing.json", nil)
		h.Advance(10 * time.Second)
	}
	if n := len(topPosts(h, "C1")); n != 1 {
		t.Fatalf("%d posts for one alert delivered 3 times", n)
	}
	a := onlyAlert(t, h)
	if a.Count != 3 {
		t.Errorf("count %d", a.Count)
	}
	ups := h.Updates()
	if len(ups) != 2 || !strings.Contains(ups[1].Message.Blocks, "repeated ×3") {
		t.Errorf("updates %+v", ups)
	}
	// Repeats do not restart the escalation clock.
	p, _ := h.PendingTimer(tEscalate + ":" + a.ID)
	if !p.Due.Equal(skilltest.Epoch.Add(5 * time.Minute)) {
		t.Errorf("escalation due %v", p.Due)
	}
}

// A click and the escalation timer at the same instant: whichever runs
// first, both are recorded.
func TestClickAndTimerSameInstant(t *testing.T) {
	for _, clickFirst := range []bool{true, false} {
		t.Run(fmt.Sprintf("clickFirst=%v", clickFirst), func(t *testing.T) {
			h := start(t)
			send(t, h, "generic", "generic_firing.json", nil)
			a := onlyAlert(t, h)
			p, _ := h.PendingTimer(tEscalate + ":" + a.ID)
			h.SetNow(p.Due)
			click := func() {
				if err := h.Action(actAck, a.ID, "U5", "C1", a.TS); err != nil {
					t.Fatal(err)
				}
			}
			if clickFirst {
				click()
				if err := h.Timer(p.Name, p.Payload); err != nil {
					t.Fatal(err)
				}
			} else {
				if err := h.FireTimer(p.Name); err != nil {
					t.Fatal(err)
				}
				click()
			}
			a = onlyAlert(t, h)
			if a.State != stAcked || a.AckedBy != "U5" || a.Escalations != 1 {
				t.Fatalf("state %s by %s, escalations %d: want acked by U5 and 1 escalation", a.State, a.AckedBy, a.Escalations)
			}
			if d := dms(h); len(d) != 1 {
				t.Errorf("DMs %v, want 1", d)
			}
			h.Advance(time.Hour)
			if d := dms(h); len(d) != 1 {
				t.Errorf("after an hour DMs %v: escalation went on after the ack", d)
			}
		})
	}
}

func TestCloseAndRerun(t *testing.T) {
	h := start(t)
	send(t, h, "generic", "generic_firing.json", nil)
	a := onlyAlert(t, h)
	if err := h.Action(actClose, a.ID, "U3", "C1", a.TS); err != nil {
		t.Fatal(err)
	}
	a = onlyAlert(t, h)
	if a.State != stClosed || a.EndedBy != "U3" || len(h.Timers()) != 0 {
		t.Fatalf("after close: %+v timers %v", a, h.Timers())
	}
	// A second click changes nothing.
	n := len(h.Sent())
	h.Action(actClose, a.ID, "U4", "C1", a.TS)
	h.Action(actAck, a.ID, "U4", "C1", a.TS)
	if len(h.Sent()) != n {
		t.Errorf("clicks on a closed alert sent %d messages", len(h.Sent())-n)
	}
}

func TestStorm(t *testing.T) {
	h := start(t)
	for i := 0; i < 1000; i++ {
		body := fmt.Sprintf(`{"title":"disk full on node-%d","key":"node-%d","severity":"warning"}`, i, i)
		if err := h.Webhook("generic", "POST", "/", map[string]string{"content-type": "application/json"}, []byte(body)); err != nil {
			t.Fatal(err)
		}
		h.Advance(10 * time.Millisecond) // 1,000 alerts in 10 s
	}
	h.Advance(5 * time.Second)
	top := topPosts(h, "C1")
	if len(top) > 7 {
		t.Fatalf("%d top-level posts for a storm of 1,000 (threshold 5)", len(top))
	}
	var storm *skilltest.Sent
	for i := range top {
		if strings.Contains(top[i].Message.Blocks, "Alert storm") {
			storm = &top[i]
		}
	}
	if storm == nil {
		t.Fatalf("no storm summary among %+v", top)
	}
	ups := h.Updates()
	last := ups[len(ups)-1]
	if last.TS != storm.TS || !strings.Contains(last.Message.Blocks, "1000 alerts") {
		t.Fatalf("last update %s: want the summary counting 1000 alerts", last.Message.Blocks)
	}
	if len(ups) > 20 {
		t.Errorf("%d updates: the summary should be refreshed at most every %s", len(ups), flushDelay)
	}
	var sid string
	for _, b := range buttons(t, last.Message.Blocks) {
		if b == actAckAll {
			sid = "found"
		}
	}
	if sid == "" {
		t.Fatal("summary has no Acknowledge all")
	}
	sid = alertFromBlocks(t, last.Message.Blocks)
	if err := h.Action(actAckAll, sid, "U2", "C1", storm.TS); err != nil {
		t.Fatal(err)
	}
	// The five posted before the storm are acknowledged too.
	for _, s := range top {
		if s.TS == storm.TS {
			continue
		}
		for _, k := range h.KVKeys() {
			if !strings.HasPrefix(k, kAlert) {
				continue
			}
			v, _ := h.KV(k)
			if strings.Contains(v, `"ts":"`+s.TS+`"`) && !strings.Contains(v, `"state":"acked"`) {
				t.Errorf("alert posted before the storm not acknowledged: %s", v)
			}
		}
	}
	if !strings.Contains(strings.Join(threadLines(h), "\n"), "acknowledged all 1000 alerts") {
		t.Errorf("timeline: %v", threadLines(h))
	}
	// One escalation for the storm, none for its members.
	h.Advance(time.Hour)
	if d := dms(h); len(d) != 0 {
		t.Errorf("DMs after ack all: %v", d)
	}
}

func alertFromBlocks(t *testing.T, blocks string) string {
	t.Helper()
	i := strings.Index(blocks, `"action_id":"`+actAckAll+`","value":"`)
	if i < 0 {
		t.Fatalf("no ack all in %s", blocks)
	}
	rest := blocks[i+len(`"action_id":"`+actAckAll+`","value":"`):]
	return rest[:strings.IndexByte(rest, '"')]
}

func TestCommands(t *testing.T) {
	h := start(t)
	send(t, h, "alertmanager", "alertmanager_firing.json", nil)
	send(t, h, "generic", "generic_firing.json", nil)
	h.Advance(3 * time.Minute)
	a := alertID("generic", "payments-stripe-5xx")
	h.Action(actAck, a, "U2", "C1", "")
	if err := h.Command("/alerts", "", "U1", "C1"); err != nil {
		t.Fatal(err)
	}
	r := h.ReplyTexts()
	if len(r) != 1 || !strings.Contains(r[0], "2 open alert") || !strings.Contains(r[0], "HighRequestLatency") || !strings.Contains(r[0], "acknowledged by <@U2>") || !strings.Contains(r[0], "3m") {
		t.Fatalf("/alerts: %q", r)
	}
	h.Command("/alerts", "oncall", "U1", "C1")
	if r := h.ReplyTexts(); !strings.Contains(r[1], "now <@U1>") || !strings.Contains(r[1], "next <@U2>") {
		t.Fatalf("/alerts oncall: %q", r[1])
	}
	h.Command("/alerts", "stats", "U1", "C1")
	if r := h.ReplyTexts(); !strings.Contains(r[2], "today: 2 alerts, 0 escalations, 1 acknowledged, median time to acknowledge 3m") {
		t.Fatalf("/alerts stats: %q", r[2])
	}
	h.Command("/alerts", "bogus", "U1", "C1")
	if r := h.ReplyTexts(); !strings.Contains(r[3], "Usage") {
		t.Fatalf("/alerts bogus: %q", r[3])
	}
}

func TestRotationShifts(t *testing.T) {
	c, err := parseConfig([]byte(`{"rotations":[{"name":"p","users":["U1","U2","U3"],"shift":"1d","start":"2026-01-05T09:00","tz":"Europe/Helsinki"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := &c.Rotations[0]
	hel, _ := time.LoadLocation("Europe/Helsinki")
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 1, 5, 9, 0, 0, 0, hel), "U1"},
		{time.Date(2026, 1, 6, 8, 59, 0, 0, hel), "U1"},
		{time.Date(2026, 1, 6, 9, 0, 0, 0, hel), "U2"},
		{time.Date(2026, 1, 7, 12, 0, 0, 0, hel), "U3"},
		{time.Date(2026, 1, 8, 12, 0, 0, 0, hel), "U1"},
		{time.Date(2026, 1, 5, 8, 0, 0, 0, hel), "U3"}, // before the start: the turn before
	} {
		if got := r.people(tc.at)[0]; got != tc.want {
			t.Errorf("on call at %v: %s, want %s", tc.at, got, tc.want)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []struct{ cfg, want string }{
		{`{"escalation":[{"after":"soon","notify":"oncall"}]}`, `escalation[0].after "soon"`},
		{`{"escalation":[{"after":"5m","notify":"everyone"}]}`, `escalation[0].notify`},
		{`{"rotations":[{"users":["bob"]}]}`, `not a Slack user id`},
		{`{"rotations":[{"users":["U1"],"shift":"1d"}]}`, `shift without start`},
		{`{"rotations":[{"users":["U1"],"shift":"1d","start":"2026-01-05T09:00","tz":"Mars/Base"}]}`, `tz "Mars/Base"`},
		{`{"rotation":"nope"}`, `no rotation of that name`},
		{`{"ack_reminder":"5s"}`, `ack_reminder`},
		{`{"storm_threshold":-1}`, `storm_threshold`},
		{`{"channel":5}`, `alerts config`},
	} {
		if _, err := parseConfig([]byte(c.cfg)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.cfg, err, c.want)
		}
	}
	if _, err := parseConfig([]byte(`{}`)); err != nil {
		t.Errorf("empty config: %v", err)
	}
}
