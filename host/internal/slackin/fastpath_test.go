package slackin

import (
	"bytes"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack/slackevents"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
)

// slowPath converts body the way the handler did before the fast path:
// slackevents.ParseEvent, then fromEventsAPI.
func slowPath(t *testing.T, c *core, body []byte) conversion {
	t.Helper()
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		t.Fatalf("ParseEvent: %v", err)
	}
	return c.fromEventsAPI(&ev)
}

func testCore(o Options, fc *clock.Fake) *core {
	o.Clock = fc
	o.Metrics = NewMetrics(nil)
	o.setDefaults()
	return &core{o: o, m: o.Metrics}
}

// sameConversion fails unless fast and slow are the same conversion.
func sameConversion(t *testing.T, fast, slow conversion) {
	t.Helper()
	if fast.outcome != slow.outcome {
		t.Fatalf("outcome: fast %q, ParseEvent %q", fast.outcome, slow.outcome)
	}
	if len(fast.events) != len(slow.events) {
		t.Fatalf("fast path made %d events, ParseEvent %d", len(fast.events), len(slow.events))
	}
	for i := range fast.events {
		if !reflect.DeepEqual(fast.events[i], slow.events[i]) {
			t.Fatalf("event %d differs\n fast      %+v\n ParseEvent %+v", i, *fast.events[i], *slow.events[i])
		}
	}
}

// TestFastPathMatchesParseEvent: for every realistic message and
// app_mention payload, with and without `authorizations`, under each
// identity and filter setting, the fast path is taken and yields exactly
// the conversion (events, outcome, filter counted) that
// slackevents.ParseEvent + fromEventsAPI yields.
func TestFastPathMatchesParseEvent(t *testing.T) {
	self := Identity{UserID: botUser, BotID: botID}
	optionSets := []struct {
		name string
		o    Options
	}{
		{"self known", Options{Self: self}},
		{"self unknown", Options{}},
		{"self per team", Options{SelfFor: func(team string) Identity {
			if team == testTeam {
				return self
			}
			return Identity{}
		}}},
		{"ignore bots and edits", Options{Self: self, IgnoreBots: true, IgnoreEdits: true}},
	}
	auths := []struct{ name, json string }{
		{"with authorizations", authorization},
		{"without authorizations", ""},
		{"authorizations of another team", `[{"enterprise_id":null,"team_id":"T0002","user_id":"UOTHER","is_bot":true,"is_enterprise_install":false}]`},
	}
	fc := clock.NewFake(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	delivered, filteredN := 0, 0
	for _, p := range innerPayloads {
		for _, os := range optionSets {
			for _, a := range auths {
				t.Run(p.name+"/"+os.name+"/"+a.name, func(t *testing.T) {
					body := envelope("Ev1", p.inner, a.json)
					fast, slow := testCore(os.o, fc), testCore(os.o, fc)
					fcv, ok := fast.parseCallback(body)
					if !ok {
						t.Fatal("fast path declined a message/app_mention payload")
					}
					scv := slowPath(t, slow, body)
					sameConversion(t, fcv, scv)
					for _, r := range knownFilters {
						if f, s := fast.m.Filtered(r), slow.m.Filtered(r); f != s {
							t.Fatalf("filter %q counted %v times by the fast path, %v by ParseEvent", r, f, s)
						}
					}
					delivered += len(fcv.events)
					if fcv.outcome == OutcomeFiltered {
						filteredN++
					}
				})
			}
		}
	}
	// The table must exercise both delivery and filtering, or the
	// comparison proves little.
	if delivered < 50 || filteredN < 20 {
		t.Fatalf("table delivered %d events and filtered %d deliveries: too few to compare", delivered, filteredN)
	}
}

// TestFastPathOverHTTP: the same payloads through the real handler on a
// loopback server reach the sink as the events ParseEvent would have made.
func TestFastPathOverHTTP(t *testing.T) {
	for i, p := range innerPayloads {
		t.Run(p.name, func(t *testing.T) {
			in := newIngress(t, nil)
			body := envelope("EvH"+strings.Repeat("x", i), p.inner, authorization)
			if r := in.event(body, nil); r.status != http.StatusOK {
				t.Fatalf("got %d %q", r.status, r.body)
			}
			want := slowPath(t, testCore(Options{Self: Identity{UserID: botUser, BotID: botID}}, in.clock), body).events
			got := in.sink.events()
			if len(want) == 0 {
				want = nil
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("sink got %s, ParseEvent makes %s", describe(got), describe(want))
			}
		})
	}
}

func describe(evs []*abi.Event) string {
	var b strings.Builder
	b.WriteString("[")
	for _, ev := range evs {
		b.WriteString(mustJSON(ev))
	}
	b.WriteString("]")
	return b.String()
}

// TestFastPathDeclines: everything that is not an event_callback with a
// message or app_mention the fast path can decode goes to ParseEvent, and
// the handler answers it as before.
func TestFastPathDeclines(t *testing.T) {
	status := map[string]int{
		"url_verification":                             http.StatusOK,
		"app_rate_limited":                             http.StatusOK,
		"app_uninstalled":                              http.StatusOK,
		"tokens_revoked":                               http.StatusOK,
		"reaction_added":                               http.StatusOK,
		"member_joined_channel":                        http.StatusOK,
		"type unknown to slack-go":                     http.StatusOK,
		"event null":                                   http.StatusBadRequest,
		"event missing":                                http.StatusBadRequest,
		"inner type escaped":                           http.StatusOK,
		"inner type key escaped":                       http.StatusOK,
		"inner type not a string":                      http.StatusBadRequest,
		"inner message with a field of the wrong type": http.StatusBadRequest,
		"inner event not an object":                    http.StatusBadRequest,
		"outer field of the wrong type":                http.StatusBadRequest,
		"not json":                                     http.StatusBadRequest,
	}
	c := testCore(Options{Self: Identity{UserID: botUser, BotID: botID}}, clock.NewFake(time.Now()))
	for _, p := range fallbackPayloads {
		t.Run(p.name, func(t *testing.T) {
			if cv, ok := c.parseCallback([]byte(p.body)); ok {
				t.Fatalf("fast path took it: %+v", cv)
			}
			want, known := status[p.name]
			if !known {
				t.Fatalf("no expected status for %q", p.name)
			}
			var mu sync.Mutex
			var uninstalled []string
			in := newIngress(t, func(o *Options) {
				o.OnUninstall = func(team string) { mu.Lock(); uninstalled = append(uninstalled, team); mu.Unlock() }
			})
			r := in.event([]byte(p.body), nil)
			if r.status != want {
				t.Fatalf("got %d %q, want %d", r.status, r.body, want)
			}
			switch p.name {
			case "url_verification":
				if r.body != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
					t.Fatalf("challenge answered with %q", r.body)
				}
			case "app_uninstalled", "tokens_revoked":
				mu.Lock()
				defer mu.Unlock()
				if len(uninstalled) != 1 || uninstalled[0] != testTeam {
					t.Fatalf("OnUninstall calls: %v", uninstalled)
				}
			case "inner type escaped", "inner type key escaped":
				// Still a message, parsed by ParseEvent.
				if evs := in.sink.events(); len(evs) != 1 || evs[0].Text != "hi" {
					t.Fatalf("sink got %s", describe(evs))
				}
			}
		})
	}
}

func TestTopLevel(t *testing.T) {
	cases := []struct {
		in         string
		typ, event string // raw values; "-": absent
		ok         bool
	}{
		{`{"type":"message"}`, `"message"`, "-", true},
		{` { "a" : 1 , "type" : "app_mention" ,"event": {"type":"x"} } `, `"app_mention"`, `{"type":"x"}`, true},
		{`{"blocks":[{"type":"rich_text","elements":[{"type":"text","text":"a \"q\" ]}"}]}],"type":"message","x":{"type":"inner"}}`, `"message"`, "-", true},
		{`{"Type":"message","EVENT":null}`, `"message"`, "null", true}, // encoding/json matches keys without case
		{`{"type":"mess\u0061ge"}`, `"mess\u0061ge"`, "-", true},       // an escaped value is returned raw
		{`{"n":-1.5e3,"t":true,"f":false,"z":null,"type":5}`, "5", "-", true},
		{`{"types":"message"}`, "-", "-", true},
		{`{}`, "-", "-", true},
		{`{"type":"app_mention","TYPE":"message"}`, "", "", false}, // repeated: refused
		{`{"typ\u0065":"message"}`, "", "", false},                 // escaped key: refused
		{`[]`, "", "", false},
		{`null`, "", "", false},
		{`{"type":"message"`, "", "", false},
		{`{"type":"message"} x`, "", "", false},
		{`{"type" "message"}`, "", "", false},
		{`{"type":}`, "", "", false},
		{`{"a":"b\"}`, "", "", false},
		{``, "", "", false},
	}
	for _, c := range cases {
		vals, ok := topLevel([]byte(c.in), "type", "event")
		if ok != c.ok {
			t.Errorf("topLevel(%s): ok %v, want %v", c.in, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		for i, want := range []string{c.typ, c.event} {
			if want == "-" {
				if vals[i] != nil {
					t.Errorf("topLevel(%s)[%d] = %s, want absent", c.in, i, vals[i])
				}
			} else if string(vals[i]) != want {
				t.Errorf("topLevel(%s)[%d] = %s, want %s", c.in, i, vals[i], want)
			}
		}
	}
	if got := plain([]byte(`"message"`)); string(got) != "message" {
		t.Errorf("plain: %q", got)
	}
	for _, v := range []string{`"mess\u0061ge"`, `5`, `null`, `"a" `, `"a`, ``} {
		if got := plain([]byte(v)); got != nil {
			t.Errorf("plain(%s) = %q, want nil", v, got)
		}
	}
}

// FuzzTopLevel: whenever topLevel answers for valid JSON, its values are
// the ones encoding/json (and so slack-go) reads for those keys; it never
// panics on any input.
func FuzzTopLevel(f *testing.F) {
	for _, p := range innerPayloads {
		f.Add([]byte(p.inner))
		f.Add(envelope("Ev", p.inner, authorization))
	}
	for _, p := range fallbackPayloads {
		f.Add([]byte(p.body))
	}
	f.Add([]byte(`{"TyPe":"message","Event":{}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		vals, ok := topLevel(b, "type", "event")
		if !ok || !json.Valid(b) {
			return
		}
		var probe struct {
			Type  json.RawMessage `json:"type"`
			Event json.RawMessage `json:"event"`
		}
		if err := json.Unmarshal(b, &probe); err != nil {
			t.Fatalf("topLevel(%s) answered but encoding/json fails: %v", b, err)
		}
		if !bytes.Equal(vals[0], probe.Type) || !bytes.Equal(vals[1], probe.Event) {
			t.Fatalf("topLevel(%s) = %s, %s; encoding/json reads %s, %s", b, vals[0], vals[1], probe.Type, probe.Event)
		}
		if p := plain(vals[0]); p != nil && utf8.Valid(p) {
			var s string
			if err := json.Unmarshal(vals[0], &s); err != nil || s != string(p) {
				t.Fatalf("plain(%s) = %q, encoding/json reads %q (%v)", vals[0], p, s, err)
			}
		}
	})
}

// BenchmarkParseAndConvert: decoding and conversion alone (no HTTP, no
// signature), the fast path against slackevents.ParseEvent +
// fromEventsAPI, on a realistic message with rich-text blocks.
func BenchmarkParseAndConvert(b *testing.B) {
	body := envelope("EvB", innerPayloads[0].inner, authorization)
	c := testCore(Options{Self: Identity{UserID: botUser, BotID: botID}}, clock.NewFake(time.Now()))
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if cv, ok := c.parseCallback(body); !ok || len(cv.events) != 1 {
				b.Fatal("fast path failed")
			}
		}
	})
	b.Run("ParseEvent", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
			if err != nil {
				b.Fatal(err)
			}
			if cv := c.fromEventsAPI(&ev); len(cv.events) != 1 {
				b.Fatal("ParseEvent path failed")
			}
		}
	})
}
