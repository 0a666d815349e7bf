//go:build !wasip1

package skill_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
	"github.com/bothost/bothost/sdk/go/skilltest"
)

func TestKVIncr(t *testing.T) {
	reset()
	h := skilltest.Start(t, "")
	for i, want := range []int64{5, 10, -2} {
		delta := []int64{5, 5, -12}[i]
		if n, err := skill.KVIncr("n", delta, 0); err != nil || n != want {
			t.Fatalf("KVIncr(%d) = %d, %v; want %d", delta, n, err, want)
		}
	}
	if v, _ := h.KV("n"); v != "-2" {
		t.Errorf("stored %q, want decimal -2", v)
	}
	h.SetKV("bad", "1.5", 0)
	if _, err := skill.KVIncr("bad", 1, 0); !errors.Is(err, skill.ErrInvalidArgument) {
		t.Errorf("incr of 1.5: %v, want ErrInvalidArgument", err)
	}
	h.SetKV("max", "9223372036854775807", 0)
	if _, err := skill.KVIncr("max", 1, 0); !errors.Is(err, skill.ErrTooLarge) {
		t.Errorf("overflow: %v, want ErrTooLarge", err)
	}
	if n, err := skill.KVIncr("max", math.MinInt64, 0); err != nil || n != -1 {
		t.Errorf("max + MinInt64 = %d, %v", n, err)
	}
	if _, err := skill.KVIncr("w", 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	if ttl, _ := h.KVTTL("w"); ttl != time.Minute {
		t.Errorf("ttl %v, want 1m", ttl)
	}
	h.Advance(time.Minute)
	if n, err := skill.KVIncr("w", 1, 0); err != nil || n != 1 {
		t.Errorf("after expiry: %d, %v; want 1", n, err)
	}
	h.KVMaxKeys = len(h.KVKeys())
	if _, err := skill.KVIncr("new", 1, 0); !errors.Is(err, skill.ErrQuota) {
		t.Errorf("past quota: %v, want ErrQuota", err)
	}
	h.FailNext("kv_incr", skill.ErrUnavailable)
	if _, err := skill.KVIncr("n", 1, 0); !errors.Is(err, skill.ErrUnavailable) {
		t.Errorf("injected: %v", err)
	}
}

func TestKVCompareAndSwap(t *testing.T) {
	reset()
	h := skilltest.Start(t, "")
	swap := func(old []byte, new string, want bool) {
		t.Helper()
		if ok, err := skill.KVCompareAndSwap("k", old, []byte(new), 0); err != nil || ok != want {
			t.Fatalf("KVCompareAndSwap(%q, %q) = %v, %v; want %v", old, new, ok, err, want)
		}
	}
	swap([]byte("x"), "a", false)
	swap([]byte{}, "a", false)
	swap(nil, "a", true)
	swap(nil, "b", false)
	swap([]byte("b"), "c", false)
	swap([]byte("a"), "", true)
	swap(nil, "d", false) // empty is present
	swap([]byte{}, "d", true)
	if v, _ := h.KV("k"); v != "d" {
		t.Errorf("value %q, want d", v)
	}
	if ok, err := skill.KVCompareAndSwap("t", nil, []byte("x"), time.Second); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if ttl, _ := h.KVTTL("t"); ttl != time.Second {
		t.Errorf("ttl %v", ttl)
	}
	h.KVMaxBytes = 3
	if ok, err := skill.KVCompareAndSwap("k", []byte("d"), []byte("dddd"), 0); ok || !errors.Is(err, skill.ErrQuota) {
		t.Errorf("past quota: %v, %v", ok, err)
	}
}

func TestSlackCall(t *testing.T) {
	reset()
	h := skilltest.Start(t, "")
	h.SetSlackResponse("users.info", `{"ok":true,"user":{"id":"U1","tz":"Europe/Helsinki"}}`)
	b, err := skill.SlackCall("users.info", map[string]string{"user": "U1"})
	if err != nil || !strings.Contains(string(b), "Europe/Helsinki") {
		t.Fatalf("SlackCall = %s, %v", b, err)
	}
	b, err = skill.SlackCall("dnd.info", map[string]string{"user": "U1"})
	if err != nil || string(b) != `{"ok":false,"error":"method_not_mocked"}` {
		t.Errorf("unmocked = %s, %v", b, err)
	}
	big := `{"ok":true,"members":["` + strings.Repeat("U", 5000) + `"]}`
	h.SetSlackResponse("conversations.members", big)
	if b, err := skill.SlackCall("conversations.members", nil); err != nil || string(b) != big {
		t.Errorf("large answer (through result_read): %d bytes, %v", len(b), err)
	}
	h.SetSlackRateLimited("users.info", 30*time.Second)
	_, err = skill.SlackCall("users.info", map[string]string{"user": "U1"})
	if !errors.Is(err, skill.ErrUnavailable) {
		t.Fatalf("429: %v, want ErrUnavailable", err)
	}
	if d, ok := skill.RetryAfter(err); !ok || d != 30*time.Second {
		t.Errorf("RetryAfter = %v, %v; want 30s", d, ok)
	}
	if _, ok := skill.RetryAfter(skill.ErrUnavailable); ok {
		t.Error("RetryAfter of a plain ErrUnavailable")
	}
	// The limit was for one call.
	if _, err := skill.SlackCall("users.info", map[string]string{"user": "U1"}); err != nil {
		t.Errorf("after the 429: %v", err)
	}
	if _, err := skill.SlackCall("users.info", map[string]string{"token": "xoxb-mine"}); !errors.Is(err, skill.ErrInvalidArgument) {
		t.Errorf("own token: %v", err)
	}
	h.SlackRead = []string{"users.info"}
	if _, err := skill.SlackCall("dnd.info", nil); !errors.Is(err, skill.ErrNotPermitted) {
		t.Errorf("not granted: %v", err)
	}
	calls := h.SlackCalls()
	if len(calls) != 7 || calls[0].Method != "users.info" || calls[0].Args["user"] != "U1" || calls[3].Err == nil {
		t.Errorf("SlackCalls = %+v", calls)
	}
}
