package store

import (
	"context"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
)

// SetBatch stores like Set: values readable, listed, counted in usage,
// an existing key replaced (its TTL dropped) without counting twice.
func TestBoltSetBatch(t *testing.T) {
	ctx := context.Background()
	clk := clock.NewFake(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	b := openTestBolt(t, clk)
	if err := b.Set(ctx, "ns", "a", []byte("old"), time.Minute, Quota{}); err != nil {
		t.Fatal(err)
	}
	if err := b.SetBatch(ctx, "ns", map[string][]byte{"a": []byte("one"), "b": []byte("two"), "c/x": []byte("three")}); err != nil {
		t.Fatal(err)
	}
	if v, err := b.Get(ctx, "ns", "a"); err != nil || string(v) != "one" {
		t.Fatalf("a = %q, %v", v, err)
	}
	keys, err := b.List(ctx, "ns", "", 10)
	if err != nil || len(keys) != 3 {
		t.Fatalf("list %v %v", keys, err)
	}
	u, err := b.Usage(ctx, "ns")
	if err != nil || u.Keys != 3 || u.Bytes != int64(len("a")+3+len("b")+3+len("c/x")+5) {
		t.Fatalf("usage %+v %v", u, err)
	}
	clk.Advance(2 * time.Minute) // a's old TTL must not expire the new value
	if v, err := b.Get(ctx, "ns", "a"); err != nil || string(v) != "one" {
		t.Fatalf("a after the old TTL = %q, %v", v, err)
	}
	if err := b.SetBatch(ctx, "ns", map[string][]byte{"": []byte("x")}); err == nil {
		t.Fatal("empty key accepted")
	}
}
