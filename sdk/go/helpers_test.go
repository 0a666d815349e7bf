//go:build !wasip1

package skill_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

func TestBlocksAreValidJSON(t *testing.T) {
	nasty := "q\"uo\\te\n\t\x01 \xff ✓ </script>"
	b := skill.NewBlocks().
		Header(nasty).
		Section(skill.Section{Text: skill.EscapeMrkdwn("<!channel> & <@U1>"), Fields: []string{"a", nasty}, BlockID: "s1",
			Accessory: skill.Overflow{ActionID: "o", Options: []skill.Option{{Text: "x", Value: "1"}}}}).
		Context("c1", "c2").
		Divider().
		ActionsID("acts",
			skill.Button{Text: "Go", ActionID: "b", Value: "v", Style: skill.Primary, Confirm: &skill.Confirm{Title: "T", Text: "sure?"}},
			skill.StaticSelect{Placeholder: "pick", ActionID: "sel", Initial: "2",
				Options: []skill.Option{{Text: "one", Value: "1"}, {Text: "two", Value: "2"}}})
	var got []map[string]any
	if err := json.Unmarshal([]byte(b.String()), &got); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, b)
	}
	want := `[{"type":"header","text":{"type":"plain_text","text":"q\"uo\\te\n\t\u0001 ` + "\ufffd" + ` ✓ </script>"}},` +
		`{"type":"section","block_id":"s1","text":{"type":"mrkdwn","text":"&lt;!channel&gt; &amp; &lt;@U1&gt;"},` +
		`"fields":[{"type":"mrkdwn","text":"a"},{"type":"mrkdwn","text":"q\"uo\\te\n\t\u0001 ` + "\ufffd" + ` ✓ </script>"}],` +
		`"accessory":{"type":"overflow","action_id":"o","options":[{"text":{"type":"plain_text","text":"x"},"value":"1"}]}},` +
		`{"type":"context","elements":[{"type":"mrkdwn","text":"c1"},{"type":"mrkdwn","text":"c2"}]},` +
		`{"type":"divider"},` +
		`{"type":"actions","block_id":"acts","elements":[{"type":"button","text":{"type":"plain_text","text":"Go"},"action_id":"b","value":"v","style":"primary",` +
		`"confirm":{"title":{"type":"plain_text","text":"T"},"text":{"type":"mrkdwn","text":"sure?"},"confirm":{"type":"plain_text","text":"Yes"},"deny":{"type":"plain_text","text":"Cancel"}}},` +
		`{"type":"static_select","placeholder":{"type":"plain_text","text":"pick"},"action_id":"sel","options":[{"text":{"type":"plain_text","text":"one"},"value":"1"},{"text":{"type":"plain_text","text":"two"},"value":"2"}],` +
		`"initial_option":{"text":{"type":"plain_text","text":"two"},"value":"2"}}]}]`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
	if s := skill.NewBlocks().String(); s != "[]" {
		t.Errorf("empty = %s", s)
	}
	if got := skill.EscapeMrkdwn("a&b<c>d"); got != "a&amp;b&lt;c&gt;d" {
		t.Errorf("EscapeMrkdwn = %q", got)
	}
}

func TestRecordInKV(t *testing.T) {
	reset()
	h := skilltest.Start(t, "")
	r := skill.NewRecord().Set("q", "Lunch?").SetInt("n", -3).SetBool("open", true).SetBool("gone", false).Set("q", "Tea?")
	if err := skill.KVSetRecord("p", r, 0); err != nil {
		t.Fatal(err)
	}
	got, err := skill.KVGetRecord("p")
	if err != nil || got.String("q") != "Tea?" || got.Int("n") != -3 || !got.Bool("open") || got.Bool("gone") || got.Len() != 3 {
		t.Fatalf("KVGetRecord = %+v, %v", got, err)
	}
	if name, v := got.Field(0); name != "q" || v != "Tea?" {
		t.Errorf("Field(0) = %s %s", name, v)
	}
	if _, err := skill.KVGetRecord("absent"); !errors.Is(err, skill.ErrNotFound) {
		t.Errorf("absent: %v", err)
	}
	h.SetKV("junk", "\x05ab", 0)
	if _, err := skill.KVGetRecord("junk"); !errors.Is(err, skill.ErrInvalidArgument) {
		t.Errorf("junk: %v", err)
	}
	if err := skill.KVSetRecord("p", skill.NewRecord().Set("", "x"), 0); !errors.Is(err, skill.ErrInvalidArgument) {
		t.Errorf("empty name: %v", err)
	}
	// KVUpdateRecord: a fresh record, then changes in place.
	for i := range 3 {
		rec, err := skill.KVUpdateRecord("c", 0, func(r *skill.Record, exists bool) error {
			if exists != (i > 0) {
				t.Errorf("round %d: exists %v", i, exists)
			}
			r.SetInt("n", r.Int("n")+1)
			return nil
		})
		if err != nil || rec.Int("n") != int64(i+1) {
			t.Fatalf("round %d: %+v, %v", i, rec, err)
		}
	}
	stop := errors.New("stop")
	if _, err := skill.KVUpdateRecord("c", 0, func(r *skill.Record, _ bool) error { r.SetInt("n", 99); return stop }); err != stop {
		t.Errorf("f's error: %v", err)
	}
	if rec, _ := skill.KVGetRecord("c"); rec.Int("n") != 3 {
		t.Errorf("a failed update stored %d", rec.Int("n"))
	}
}

func TestOnActionPrefix(t *testing.T) {
	reset()
	var got []string
	skill.OnAction(func(e *skill.Event) error { got = append(got, "any "+e.ActionID()); return nil })
	skill.OnActionPrefix("poll:", func(e *skill.Event, s string) error { got = append(got, "poll "+s); return nil })
	skill.OnActionPrefix("poll:vote:", func(e *skill.Event, s string) error { got = append(got, "vote "+s); return nil })
	defer skill.OnActionPrefix("poll:", nil)
	defer skill.OnActionPrefix("poll:vote:", nil)
	h := skilltest.Start(t, "")
	for _, id := range []string{"poll:vote:3:1", "poll:close:3", "other", "poll:vote:"} {
		if err := h.Action(id, "", "U1", "C1", "1.1"); err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"vote 3:1", "poll close:3", "any other", "vote "}; !reflect.DeepEqual(got, want) {
		t.Errorf("routed %q, want %q", got, want)
	}
	skill.OnActionPrefix("poll:vote:", nil)
	got = nil
	_ = h.Action("poll:vote:1", "", "U1", "C1", "1.1")
	if want := []string{"poll vote:1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("after removing a route: %q", got)
	}
}

func TestMessageRefs(t *testing.T) {
	reset()
	var ref skill.MessageRef
	skill.OnMessage(func(e *skill.Event) error {
		var err error
		if ref, err = skill.ReplyRef(skill.Message{Text: "v1"}); err != nil {
			return err
		}
		if err := skill.KVSetString("ref", ref.String(), 0); err != nil {
			return err
		}
		return nil
	})
	skill.OnTimer(func(e *skill.Event) error {
		s, _ := skill.KVGetString("ref")
		r, ok := skill.ParseMessageRef(s)
		if !ok {
			return errors.New("no ref")
		}
		return skill.UpdateRef(r, skill.Message{Text: "v2"})
	})
	h := skilltest.Start(t, "")
	if err := h.Message("hi", "U1", "C7"); err != nil {
		t.Fatal(err)
	}
	if ref.Channel != "C7" || !strings.HasPrefix(ref.TS, "bothost:") {
		t.Fatalf("ref = %+v, want C7 and a bothost: reference", ref)
	}
	if err := h.Timer("later", nil); err != nil {
		t.Fatal(err)
	}
	u := h.Updates()
	if len(u) != 1 || u[0].Channel != "C7" || u[0].TS != ref.TS || u[0].Message.Text != "v2" {
		t.Errorf("updates = %+v", u)
	}
}
