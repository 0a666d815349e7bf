package app_test

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/testskills"
)

// TestSlowSkillDoesNotStarveOthers: 100 events go to a skill with 2
// instances whose handler waits on an HTTP server that holds every
// request. That is more than the inbox's 64 workers: if they waited in
// workers for the skill's 2 instances, every other skill would stop. The
// skill's lane holds them in the queue instead, so pings to the other
// skill are answered meanwhile. Once the server lets go, all 100 are
// handled: waiting for an instance never drops an acked event, however
// long it takes (the 5 s deadline counts from when an instance runs it).
func TestSlowSkillDoesNotStarveOthers(t *testing.T) {
	release := make(chan struct{})
	var held, seen atomic.Int64
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.Add(1)
		held.Add(1)
		<-release
		held.Add(-1)
		fmt.Fprint(w, "ok")
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	fs := newFake(t)
	h := startHost(t, fs, t.TempDir(), eventsTOML(fs), fmt.Sprintf(`
[skills.slowpoke]
path = %q
instances = 2
deadline = "5s"
http_allow = [%q]
[skills.slowpoke.on]
messages = ["^slow "]
`, testskills.Path(t, "hostprobe"), ln.Addr().String()))

	const slow, pings = 100, 20
	for i := range slow {
		text := "slow http://" + ln.Addr().String() + "/"
		if st := h.event(message(team1, fmt.Sprintf("CS%03d", i), text, fmt.Sprintf("1700000100.%06d", i), "")); st != 200 {
			t.Fatalf("slow event %d: status %d", i, st)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for held.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	for i := range pings {
		if st := h.event(message(team1, fmt.Sprintf("CP%03d", i), fmt.Sprintf("ping %d", i), fmt.Sprintf("1700000200.%06d", i), "")); st != 200 {
			t.Fatalf("ping %d: status %d", i, st)
		}
	}
	// Every ping answered while the slow skill's 2 instances are held.
	waitFor(t, 20*time.Second, func() bool { return countPrefix(fs, "pong ") == pings }, "pongs while the slow skill is stuck")
	if n := seen.Load(); n != 2 {
		t.Errorf("the slow server saw %d requests while held, want 2 (the skill's instances)", n)
	}
	close(release)
	// Each slow event is answered by both skills that take "slow ": probe
	// (refused: it may not fetch) and slowpoke (done, or refused by the
	// per-skill fetch rate limit of 10/s once the 100 come at once).
	waitFor(t, 60*time.Second, func() bool {
		return len(fs.Calls(fakeslack.MethodPostMessage)) == pings+2*slow
	}, "every slow event handled by both skills after the release")
	perChannel := map[string]int{}
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if strings.HasPrefix(c.Channel, "CS") {
			perChannel[c.Channel]++
		}
	}
	for i := range slow {
		if ch := fmt.Sprintf("CS%03d", i); perChannel[ch] != 2 {
			t.Errorf("channel %s: %d replies, want 2", ch, perChannel[ch])
		}
	}
	if n := countPrefix(fs, "slow done 200"); n < 2 {
		t.Errorf("%d fetches done, want at least the 2 held ones", n)
	}
	if strings.Contains(h.logs.String(), "unavailable") {
		t.Errorf("an event failed as unavailable:\n%s", testlog.LastLines(h.logs.String(), 20))
	}
}

func countPrefix(fs *fakeslack.Server, prefix string) int {
	n := 0
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if strings.HasPrefix(c.Text, prefix) {
			n++
		}
	}
	return n
}

func waitFor(t *testing.T, d time.Duration, ok func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestStopLetsEventsInFlightFinish: the host is stopped while a skill
// waits on an HTTP call. Stopping takes no new events but lets that one
// finish (a skill's call only ends at its deadline, and an event waiting
// for an instance keeps waiting rather than failing): its fetch succeeds
// once and its reply is sent once, before the stop or after the next
// start on the same data directory, never cut off as an error.
func TestStopLetsEventsInFlightFinish(t *testing.T) {
	var seen atomic.Int64
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.Add(1)
		time.Sleep(time.Second)
		fmt.Fprint(w, "ok")
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	fs := newFake(t)
	dir := t.TempDir()
	extra := fmt.Sprintf(`
[skills.slowpoke]
path = %q
deadline = "5s"
http_allow = [%q]
[skills.slowpoke.on]
messages = ["^slow "]
`, testskills.Path(t, "hostprobe"), ln.Addr().String())
	h := startHost(t, fs, dir, eventsTOML(fs), extra)
	if st := h.event(message(team1, "CG1", "slow http://"+ln.Addr().String()+"/", "1700000300.000001", "")); st != 200 {
		t.Fatalf("event: status %d", st)
	}
	waitFor(t, 10*time.Second, func() bool { return seen.Load() == 1 }, "the skill's fetch")
	h.stop()
	startHost(t, fs, dir, eventsTOML(fs), extra)
	waitFor(t, 20*time.Second, func() bool { return countPrefix(fs, "slow done 200") == 1 }, "the reply of the event that was in flight")
	time.Sleep(200 * time.Millisecond) // room for a second run to show
	if n := seen.Load(); n != 1 {
		t.Errorf("the fetch ran %d times, want once (the event ran to its end before the stop)", n)
	}
	var got []string
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if c.Channel == "CG1" && strings.Contains(c.Text, "slow") {
			got = append(got, c.Text)
		}
	}
	// probe takes "slow " too and may not fetch: its refusal, and
	// slowpoke's answer, once each.
	if len(got) != 2 || countPrefix(fs, "slow done 200") != 1 {
		t.Errorf("replies in CG1: %q, want probe's refusal and one \"slow done 200\"", got)
	}
}
