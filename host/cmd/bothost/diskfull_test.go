package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testskills"
)

// smallFS mounts a tmpfs of size MiB for the test, or skips the test
// saying why (it needs root, or CAP_SYS_ADMIN).
func smallFS(t *testing.T, mib int) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%dm", mib)); err != nil {
		t.Skipf("cannot mount a %d MiB tmpfs for the disk-full test (needs root or CAP_SYS_ADMIN): %v", mib, err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// fill writes path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("fill: %v", err)
			}
			break
		}
	}
	// The last bytes too: small writes until nothing fits.
	for _, n := range []int{64 << 10, 4 << 10, 512, 1} {
		for {
			if _, err := f.Write(buf[:n]); err != nil {
				break
			}
		}
	}
}

func readyz(base string) (int, string) {
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// Issue 9 §4: with data_dir on a small file system that fills up, no
// acked event is lost (a skill's KV write that failed for lack of space
// makes the event run again later, not count as done), /readyz says 503
// with the reason while the host cannot store, and once space is freed
// ingress is back within seconds, without a restart.
func TestDiskFullThenFreedNoAckedEventLost(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a bothost process")
	}
	mnt := smallFS(t, 48)
	fs := newProcFake(t)
	port := freePort(t)
	cfg := writeConfig(t, fmt.Sprintf(`[bot]
listen = "127.0.0.1:%d"
data_dir = %q
log_level = "info"

[slack]
mode = "events"
signing_secret = %q
bot_token = %q
api_url = %q

[skills.probe]
path = %q
instances = 8
[skills.probe.on]
messages = ["^post "]
`, port, filepath.Join(mnt, "data"), procSecret, procToken, fs.APIURL(), testskills.Path(t, "hostprobe")))
	p := startProc(t, cfg, port)

	// Each event "post CP<id> <id> <pad>" in its own channel C<id>: the
	// skill posts "<id> <pad>" to CP<id>, writes KV, then replies
	// "posted" in C<id>. (One channel each: Slack's pacing of 1 message a
	// second per channel does not slow the check down.)
	pad := strings.Repeat("x", 12000)
	var (
		mu            sync.Mutex
		acked         = map[string]bool{}
		refused       int
		firstAckAfter time.Time
		freedAt       time.Time
	)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &http.Client{Timeout: 10 * time.Second}
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
				id := fmt.Sprintf("d%d-%05d", g, i)
				// 12 KB of text, so the inbox's and outbox's preallocated
				// space runs out within seconds.
				st, err := postEvent(c, p.base, messageEvent(id, "C"+id, "post CP"+id+" "+id+" "+pad))
				now := time.Now()
				mu.Lock()
				if err == nil && st == 200 {
					acked[id] = true
					if !freedAt.IsZero() && firstAckAfter.IsZero() {
						firstAckAfter = now
					}
				} else {
					refused++
				}
				mu.Unlock()
			}
		}()
	}
	time.Sleep(time.Second)
	filler := filepath.Join(mnt, "filler")
	fill(t, filler)
	filledAt := time.Now()
	var sfs syscall.Statfs_t
	if err := syscall.Statfs(mnt, &sfs); err == nil {
		t.Logf("filled: %d KiB free of %d KiB", sfs.Bavail*uint64(sfs.Bsize)>>10, sfs.Blocks*uint64(sfs.Bsize)>>10)
	}
	// The inbox acks into space it preallocated: keep the disk full until
	// it has run out and refuses (how long that takes depends on the
	// machine's speed), then a little longer.
	saw503 := ""
	var bitAt time.Time
	for bitAt.IsZero() || time.Since(bitAt) < 2*time.Second {
		if st, body := readyz(p.base); st == 503 && saw503 == "" {
			saw503 = strings.TrimSpace(body)
		}
		mu.Lock()
		if refused > 0 && bitAt.IsZero() {
			bitAt = time.Now()
		}
		mu.Unlock()
		if bitAt.IsZero() && time.Since(filledAt) > time.Minute {
			t.Fatal("the inbox never refused an event on a full disk")
		}
		time.Sleep(50 * time.Millisecond)
	}
	mu.Lock()
	refusedWhileFull := refused
	mu.Unlock()
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	freedAt = time.Now()
	mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		back := !firstAckAfter.IsZero()
		mu.Unlock()
		st, _ := readyz(p.base)
		if back && st == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("ingress not back 20 s after space was freed (readyz %d)", st)
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(2 * time.Second)
	close(stop)
	wg.Wait()

	want := map[string]bool{}
	mu.Lock()
	for id := range acked {
		want[id] = true
	}
	backAfter := firstAckAfter.Sub(freedAt)
	mu.Unlock()
	ok := func() (lost, dupPosts, dupReplies int) {
		posts, answered := map[string]int{}, map[string]int{}
		for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
			switch {
			case strings.HasPrefix(c.Channel, "CP"):
				id, _, _ := strings.Cut(c.Text, " ")
				posts[id]++
			case c.Text == "posted":
				answered[strings.TrimPrefix(c.Channel, "C")]++
			}
		}
		for id := range want {
			if posts[id] == 0 || answered[id] == 0 {
				lost++
			}
		}
		for _, n := range posts {
			if n > 1 {
				dupPosts++
			}
		}
		for _, n := range answered {
			if n > 1 {
				dupReplies++
			}
		}
		return
	}
	var lost, dupPosts, dupReplies int
	end := time.Now().Add(2 * time.Minute)
	for {
		lost, dupPosts, dupReplies = ok()
		if lost == 0 || time.Now().After(end) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second)
	lost, dupPosts, dupReplies = ok()
	logs := p.logs.String()
	t.Logf("disk full for %s: %d events refused (500) while full, /readyz said %q; after freeing, first ack in %s; %d acked events: %d lost, %d posted twice, %d answered twice; %d events re-run after a storage failure",
		freedAt.Sub(filledAt).Round(time.Millisecond), refusedWhileFull, saw503, backAfter.Round(time.Millisecond), len(want), lost, dupPosts, dupReplies,
		strings.Count(logs, "it will be handled again"))
	if refusedWhileFull == 0 {
		t.Error("nothing was refused while the disk was full: the fault did not bite")
	}
	if !strings.Contains(saw503, "cannot store events") {
		t.Errorf("/readyz while full: %q, want 503 with the reason", saw503)
	}
	if lost != 0 || dupPosts != 0 || dupReplies != 0 {
		t.Errorf("%d of %d acked events lost, %d posted twice, %d answered twice", lost, len(want), dupPosts, dupReplies)
	}
	if backAfter > 10*time.Second {
		t.Errorf("ingress back %s after space was freed, want within seconds", backAfter)
	}
}
