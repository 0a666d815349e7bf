package timers

import (
	"context"
	"fmt"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestTeamSurvivesRestart: a timer set in a workspace fires into it, also
// after a restart; a timer without one fires without one; a record in
// the format written before workspaces were kept still reads the same.
func TestTeamSurvivesRestart(t *testing.T) {
	h := newHarness(t, Options{})
	ctx := context.Background()
	due := t0.Add(time.Minute)
	if err := h.svc.SetIn(ctx, "T2", "echo", "ws", []byte("p1"), due, 0); err != nil {
		t.Fatal(err)
	}
	h.set("echo", "none", "p2", due)
	h.close()
	// A record as an older host wrote it: gen | due | payload, no flag.
	db, err := bolt.Open(h.path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketName)).Put([]byte("echo\x00old"), encodeRecord(42, due, "", []byte("p3")))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	h.open()
	h.advanceTo(due)
	got := map[string][2]string{}
	for _, ev := range h.sink.got() {
		got[ev.Name] = [2]string{ev.Team, string(ev.Payload)}
	}
	want := map[string][2]string{"ws": {"T2", "p1"}, "none": {"", "p2"}, "old": {"", "p3"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("fired (team, payload) %v, want %v", got, want)
	}
}

// TestFireRate: 1,000 timers of one skill due at once fire at most
// FireRate per second (in due order); another skill's timer due at the
// same moment is not held up behind them.
func TestFireRate(t *testing.T) {
	const rate = 50
	h := newHarness(t, Options{FireRate: func(skill string) int {
		if skill == "storm" {
			return rate
		}
		return 0
	}})
	due := t0.Add(time.Second)
	for i := range 1000 {
		if err := h.svc.Set(context.Background(), "storm", fmt.Sprintf("t%03d", i), nil, due, 0); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.svc.Set(context.Background(), "calm", "one", nil, due, 0); err != nil {
		t.Fatal(err)
	}
	h.advanceTo(due)
	first := h.sink.got()
	storm, calm := 0, 0
	for _, ev := range first {
		if ev.Skill == "calm" {
			calm++
		} else {
			storm++
		}
	}
	if calm != 1 || storm != rate {
		t.Fatalf("in the first second: %d storm timers and %d calm, want %d and 1", storm, calm, rate)
	}
	for s := 1; s <= 3; s++ {
		h.advanceTo(due.Add(time.Duration(s) * time.Second))
		if n := len(h.sink.got()) - 1; n != rate*(s+1) {
			t.Fatalf("after %d more seconds %d storm timers fired, want %d", s, n, rate*(s+1))
		}
	}
	if p := h.svc.Pending("storm"); p != 1000-4*rate {
		t.Errorf("pending %d, want %d (held, not dropped)", p, 1000-4*rate)
	}
}
