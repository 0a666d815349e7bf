package inbox

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
)

// TestCrashChild is the child process of TestSIGKILLLosesNoAckedEvent: it
// accepts events as fast as it can and prints each acked id, while a
// handler prints each handled id, until it is killed.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv("INBOX_CRASH_DIR")
	if dir == "" {
		t.Skip("child process of TestSIGKILLLosesNoAckedEvent")
	}
	ib, err := Open(dir, Options{Workers: 8})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	var mu sync.Mutex
	out := bufio.NewWriter(os.Stdout)
	say := func(s string) {
		mu.Lock()
		out.WriteString(s)
		out.WriteByte('\n')
		out.Flush() // a write(2) per line: what is printed survives the kill
		mu.Unlock()
	}
	go ib.Run(context.Background(), func(ctx context.Context, ev *abi.Event) error {
		time.Sleep(200 * time.Microsecond)
		say("handled " + ev.ID)
		return nil
	})
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				id := fmt.Sprintf("g%02d-%07d", g, i)
				if err := ib.Put(context.Background(), msg(id, fmt.Sprint("C", g), "x")); err != nil {
					say("ERR " + err.Error())
					return
				}
				say("acked " + id)
			}
		}()
	}
	wg.Wait()
}

func TestSIGKILLLosesNoAckedEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), "INBOX_CRASH_DIR="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := map[string]bool{}
	handledBefore := map[string]int{}
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "acked "):
			acked[line[6:]] = true
			if len(acked) == 5000 {
				cmd.Process.Signal(syscall.SIGKILL)
			}
		case strings.HasPrefix(line, "handled "):
			handledBefore[line[8:]]++
		case strings.HasPrefix(line, "ERR"):
			t.Fatalf("child: %s", line)
		}
	}
	cmd.Wait()
	if len(acked) < 5000 {
		t.Fatalf("child acked only %d events", len(acked))
	}

	ib := open(t, dir, Options{})
	defer ib.Close()
	var rec recorder
	stop := run(t, ib, rec.handle)
	rec.waitN(t, ib.Recovered())
	stop()
	handledAfter := map[string]int{}
	for _, id := range rec.ids() {
		handledAfter[id]++
	}
	lost, twiceAfter, again := 0, 0, 0
	for id := range acked {
		if handledBefore[id] == 0 && handledAfter[id] == 0 {
			lost++
		}
	}
	for id, n := range handledAfter {
		if n > 1 {
			twiceAfter++
		}
		if handledBefore[id] > 0 {
			again++
		}
	}
	t.Logf("acked %d before the kill, handled %d before, recovered %d, handled again after restart %d",
		len(acked), len(handledBefore), ib.Recovered(), again)
	if lost > 0 {
		t.Errorf("%d acked events were lost", lost)
	}
	if twiceAfter > 0 {
		t.Errorf("%d events handled twice after the restart", twiceAfter)
	}
	// An event handled just before the kill whose done mark had not been
	// fsynced yet runs again: at most the events in flight at the kill
	// (8 workers) plus one group commit's worth of done marks.
	if again > 8+maxBatch {
		t.Errorf("%d events handled both before and after the crash", again)
	}
}
