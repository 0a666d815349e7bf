package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// rssBytes reads a process's resident set (VmRSS) and its peak (VmHWM)
// from /proc.
func rssBytes(pid int) (rss, peak int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = v << 10
		case "VmHWM:":
			peak = v << 10
		}
	}
	return rss, peak, nil
}

// Issue 9 §5: 2,000 concurrent unauthenticated requests with about
// 1,000 KiB of headers each keep the host under 256 MB resident, and
// signed events sent meanwhile are still acked.
func TestHeaderFloodRSSBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a bothost process")
	}
	if _, _, err := rssBytes(os.Getpid()); err != nil {
		t.Skipf("no /proc to measure RSS: %v", err)
	}
	fs := newProcFake(t)
	port := freePort(t)
	p := startProc(t, procConfig(t, fs, port, ""), port)
	pid := p.cmd.Process.Pid
	_, peakBefore, _ := rssBytes(pid)

	const flood, headerKiB, limit = 2000, 1000, 256 << 20
	var maxRSS atomic.Int64
	stopSample := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if rss, _, err := rssBytes(pid); err == nil && rss > maxRSS.Load() {
				maxRSS.Store(rss)
			}
			select {
			case <-stopSample:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()

	// Signed events keep coming during the flood.
	var acked, refused atomic.Int64
	stopEvents := make(chan struct{})
	var ewg sync.WaitGroup
	ewg.Add(1)
	go func() {
		defer ewg.Done()
		c := &http.Client{Timeout: 30 * time.Second}
		for i := 0; ; i++ {
			select {
			case <-stopEvents:
				return
			default:
			}
			id := fmt.Sprintf("flood-%05d", i)
			st, err := postEvent(c, p.base, messageEvent(id, "CFLOOD", "ping "+id))
			if err == nil && st == 200 {
				acked.Add(1)
			} else {
				refused.Add(1)
				t.Logf("signed event %s during the flood: status %d, err %v", id, st, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()

	big := bytes.Repeat([]byte("a"), 1000)
	var answered431, closed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for i := range flood {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.DialTimeout("tcp", strings.TrimPrefix(p.base, "http://"), 30*time.Second)
			if err != nil {
				closed.Add(1)
				return
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(60 * time.Second))
			w := bufio.NewWriterSize(c, 64<<10)
			fmt.Fprintf(w, "GET /healthz HTTP/1.1\r\nHost: flood%d\r\n", i)
			var werr error
			for h := 0; h < headerKiB && werr == nil; h++ {
				_, werr = fmt.Fprintf(w, "X-Flood-%04d: %s\r\n", h, big)
			}
			if werr == nil {
				_, werr = w.WriteString("\r\n")
			}
			if werr == nil {
				werr = w.Flush()
			}
			resp, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				closed.Add(1) // the server closed on us mid-headers
				return
			}
			resp.Body.Close()
			if resp.StatusCode == http.StatusRequestHeaderFieldsTooLarge {
				answered431.Add(1)
			} else {
				t.Errorf("flood request %d: status %d", i, resp.StatusCode)
			}
		}()
	}
	wg.Wait()
	floodTook := time.Since(start)
	time.Sleep(200 * time.Millisecond) // a last event or two after the flood
	close(stopEvents)
	ewg.Wait()
	close(stopSample)
	<-sampled
	_, peak, err := rssBytes(pid)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("flood of %d × %d KiB headers took %s: %d answered 431, %d closed; RSS max sampled %d MiB, peak (VmHWM) %d MiB (before: %d MiB); %d signed events acked, %d not",
		flood, headerKiB, floodTook.Round(time.Millisecond), answered431.Load(), closed.Load(), maxRSS.Load()>>20, peak>>20, peakBefore>>20, acked.Load(), refused.Load())
	if peak >= limit {
		t.Errorf("peak RSS %d MiB, limit %d MiB", peak>>20, limit>>20)
	}
	if acked.Load() == 0 || refused.Load() > 0 {
		t.Errorf("signed events during the flood: %d acked, %d not", acked.Load(), refused.Load())
	}
	if answered431.Load()+closed.Load() != flood {
		t.Errorf("flood answers: %d 431 + %d closed != %d", answered431.Load(), closed.Load(), flood)
	}
}
