// Command bothost-bench is the end-to-end load benchmark behind `make
// bench`: it starts a fake Slack (host/internal/fakeslack), runs the real
// `bothost run` binary against it in Events API mode with the hostprobe
// skill, drives N signed message events at concurrency C into
// POST /slack/events, and prints
//
//   - acks/s and ack latency p50/p99/max (the HTTP 200 Slack waits for,
//     which the host only sends after the event is fsynced in the inbox),
//   - end-to-end replies/s (first request sent → last chat.postMessage
//     received by the fake Slack),
//   - the host's peak RSS (VmHWM).
//
// With -slow it runs a second round in which a slow skill (a handler that
// waits 2 s on an HTTP call) receives a share of the traffic, to show that
// acks never wait on skills.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
)

const (
	secret   = "bench-signing-secret"
	botToken = "xoxb-bench-token"
	team     = "TBENCH"
)

func main() {
	if role := os.Getenv(roleEnv); role != "" {
		if err := runReference(role, os.Getenv("BOTHOST_BENCH_LISTEN"), os.Getenv("BOTHOST_BENCH_API")); err != nil {
			fmt.Fprintln(os.Stderr, "reference server:", err)
			os.Exit(1)
		}
		return
	}
	var (
		n       = flag.Int("n", 50000, "events to send")
		c       = flag.Int("c", 64, "concurrent senders")
		bin     = flag.String("bin", "build/bothost", "bothost binary")
		skill   = flag.String("skill", "build/skills/hostprobe.wasm", "hostprobe skill module")
		slow    = flag.Bool("slow", true, "also run the round with a 2 s skill")
		keep    = flag.Bool("keep", false, "keep the work directory")
		verbose = flag.Bool("v", false, "show the host's log")
		prof    = flag.String("cpuprofile", "", "write a CPU profile of the host during the first round to this file")
		rate    = flag.Int("rate", 0, "also run a round paced at this many events/s (open loop), for latency below saturation")
		ref     = flag.Bool("reference", false, "also measure the reference servers (bare net/http + signature check; that plus one slack-go post per event) under the same load")
		refR    = flag.Int("refrate", 10000, "with -reference: also run the slack-go reference paced at this many events/s (the issue's target rate)")
		mets    = flag.Bool("metrics", false, "print the host's commit metrics after each round")
		genProf = flag.String("genprofile", "", "write a CPU profile of this process (load generator and fake Slack) to this file")
	)
	flag.Parse()
	if *genProf != "" {
		f, err := os.Create(*genProf)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bothost-bench:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	cpuProfile = *prof
	pacedRate = *rate
	showMetrics = *mets
	reference = *ref
	refRate = *refR
	if err := bench(*n, *c, *bin, *skill, *slow, *keep, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "bothost-bench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func bench(n, c int, bin, skill string, slow, keep, verbose bool) error {
	bin, _ = filepath.Abs(bin)
	skill, _ = filepath.Abs(skill)
	for _, p := range []string{bin, skill} {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%s: %w (run make build plugins)", p, err)
		}
	}
	fmt.Printf("bothost end-to-end benchmark: %d events, %d concurrent senders, load generator on the same machine\n\n", n, c)
	fmt.Printf("%-34s %10s %9s %9s %9s %12s %9s %14s %14s\n", "round", "acks/s", "ack p50", "ack p99", "ack max", "replies/s", "peak RSS", "host CPU/event", "gen+fake CPU/ev")
	rounds := []round{{name: "ping (reply only), max rate", n: n, c: c}}
	if pacedRate > 0 {
		rounds = append(rounds, round{name: fmt.Sprintf("ping, paced at %d/s", pacedRate), n: n, c: c, rate: pacedRate})
	}
	if slow {
		// 16 events spread over the round go to a skill that waits 2 s on
		// a slow HTTP server: within its 8 instances' capacity, so what is
		// measured is whether a slow skill moves the acks of the others.
		rounds = append(rounds, round{name: "ping + 16 events to a 2 s skill", n: n, c: c, slowEvery: max(n/16, 1)})
	}
	if reference {
		rounds = append(rounds,
			round{name: "reference: bare net/http + sig", n: n, c: c, role: "bare"},
			round{name: "reference: + slack-go post", n: n, c: c, role: "floor"})
		if refRate > 0 {
			rounds = append(rounds, round{name: fmt.Sprintf("reference: + post, paced %d/s", refRate), n: n, c: c, rate: refRate, role: "floor"})
		}
	}
	for _, r := range rounds {
		res, err := r.run(bin, skill, keep, verbose)
		if err != nil {
			return fmt.Errorf("round %q: %w", r.name, err)
		}
		fmt.Printf("%-34s %10.0f %9s %9s %9s %12.0f %8.0fM %12.0fµs %12.0fµs\n", r.name, res.acksPerSec,
			ms(res.p50), ms(res.p99), ms(res.max), res.repliesPerSec, float64(res.rssKB)/1024,
			float64(res.hostCPUPerEvent)/float64(time.Microsecond), float64(res.genCPUPerEvent)/float64(time.Microsecond))
	}
	return nil
}

var (
	cpuProfile  string
	pacedRate   int
	showMetrics bool
	reference   bool
	refRate     int
)

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

type round struct {
	name      string
	n, c      int
	slowEvery int    // every slowEvery-th event goes to the slow path (0: none)
	rate      int    // events/s for an open-loop round (0: as fast as the host acks)
	role      string // "": bothost; "bare" or "floor": a reference server (reference.go)
}

type result struct {
	acksPerSec, repliesPerSec float64
	p50, p99, max             time.Duration
	rssKB                     int64
	// CPU time per event of the host, and of this process (load
	// generator and fake Slack together).
	hostCPUPerEvent, genCPUPerEvent time.Duration
}

func (r round) run(bin, skill string, keep, verbose bool) (res result, err error) {
	fs := fakeslack.New(fakeslack.WithRecord(false))
	defer fs.Close()
	fs.AddTeam(fakeslack.Team{ID: team, Name: "Bench", BotToken: botToken, BotUserID: "UBOT", BotID: "BBOT"})

	// The slow dependency a slow skill waits on.
	slowLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return res, err
	}
	slowSrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(2 * time.Second)
		io.WriteString(w, "ok")
	})}
	go slowSrv.Serve(slowLn)
	defer slowSrv.Close()

	dir, err := os.MkdirTemp("", "bothost-bench-")
	if err != nil {
		return res, err
	}
	if !keep {
		defer os.RemoveAll(dir)
	} else {
		fmt.Println("work directory:", dir)
	}
	port, err := freePort()
	if err != nil {
		return res, err
	}
	listen := "127.0.0.1:" + strconv.Itoa(port)
	cfg := fmt.Sprintf(`[bot]
listen = %q
data_dir = "data"
log_level = "warn"

[slack]
mode = "events"
signing_secret = %q
bot_token = %q
api_url = %q
# Every bench event goes to its own channel pair; Slack's 1 msg/s per
# channel pacing still applies per channel.

[skills.probe]
path = %q
instances = 8
[skills.probe.on]
messages = ["^ping "]

[skills.slowprobe]
path = %q
instances = 8
deadline = "10s"
http_allow = [%q]
[skills.slowprobe.on]
messages = ["^slow "]
`, listen, secret, botToken, fs.APIURL(), skill, skill, slowLn.Addr().String())
	if err := os.WriteFile(filepath.Join(dir, "bot.toml"), []byte(cfg), 0o600); err != nil {
		return res, err
	}

	cmd := exec.Command(bin, "run", "--config", filepath.Join(dir, "bot.toml"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOMAXPROCS=2", "BOTHOST_PPROF=1")
	if r.role != "" {
		self, err := os.Executable()
		if err != nil {
			return res, err
		}
		cmd = exec.Command(self)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=2", roleEnv+"="+r.role,
			"BOTHOST_BENCH_LISTEN="+listen, "BOTHOST_BENCH_API="+fs.APIURL())
	}
	var logBuf bytes.Buffer
	if verbose {
		cmd.Stderr = os.Stderr
	} else {
		cmd.Stderr = &logBuf
	}
	if err := cmd.Start(); err != nil {
		return res, err
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
		if err != nil && !verbose {
			fmt.Fprintf(os.Stderr, "host log:\n%s\n", testlog.LastLines(logBuf.String(), 40))
		}
	}()
	base := "http://" + listen
	if err := waitReady(base+"/readyz", 30*time.Second); err != nil {
		return res, err
	}

	// The bodies are built before the clock starts: the load generator
	// shares the host's 2 cores, and JSON-encoding them on the fly would
	// cost a tenth of its CPU.
	bodies := make([][]byte, r.n+1)
	isFast := make([]bool, r.n+1)
	for i := 1; i <= r.n; i++ {
		text := fmt.Sprintf("ping %d", i)
		if r.slowEvery > 0 && i%r.slowEvery == 0 {
			text = "slow http://" + slowLn.Addr().String() + "/"
		} else {
			isFast[i] = true
		}
		bodies[i] = eventBody(int64(i), text)
	}
	hostCPUStart, _ := cpuTime(cmd.Process.Pid)
	var selfCPUStart time.Duration
	{
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		selfCPUStart = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if cpuProfile != "" && (r.rate > 0 || pacedRate == 0) {
		out := cpuProfile
		cpuProfile = ""
		go func() {
			resp, err := http.Get(base + "/debug/pprof/profile?seconds=4")
			if err != nil {
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			os.WriteFile(out, b, 0o644)
		}()
	}
	var (
		next    atomic.Int64
		fast    atomic.Int64
		lats    = make([][]time.Duration, r.c)
		failed  atomic.Int64
		firstEr atomic.Value
		wg      sync.WaitGroup
	)
	var tokens chan struct{}
	stopPacer := make(chan struct{})
	defer close(stopPacer)
	if r.rate > 0 {
		tokens = make(chan struct{}, r.c)
		go func() {
			t := time.NewTicker(time.Millisecond)
			defer t.Stop()
			begin, sent := time.Now(), 0
			for {
				select {
				case <-stopPacer:
					return
				case now := <-t.C:
					due := int(now.Sub(begin).Seconds() * float64(r.rate))
					for ; sent < due; sent++ {
						select {
						case tokens <- struct{}{}:
						case <-stopPacer:
							return
						}
					}
				}
			}
		}()
	}
	start := time.Now()
	for g := range r.c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl, err := dialRaw(listen)
			if err != nil {
				failed.Add(1)
				firstEr.CompareAndSwap(nil, err.Error())
				return
			}
			defer cl.close()
			for {
				i := next.Add(1)
				if i > int64(r.n) {
					return
				}
				if tokens != nil {
					<-tokens
				}
				if isFast[i] {
					fast.Add(1)
				}
				body := bodies[i]
				t0 := time.Now()
				status, err := cl.post("/slack/events", body)
				d := time.Since(t0)
				if err == nil && status != 200 {
					err = fmt.Errorf("status %d", status)
				}
				if err != nil {
					failed.Add(1)
					firstEr.CompareAndSwap(nil, err.Error())
					continue
				}
				lats[g] = append(lats[g], d)
			}
		}()
	}
	wg.Wait()
	ackDur := time.Since(start)
	if f := failed.Load(); f > 0 {
		return res, fmt.Errorf("%d requests failed (first: %v)", f, firstEr.Load())
	}
	// Replies: every fast event answers with one chat.postMessage.
	want := fast.Load()
	if r.role == "bare" {
		want = 0 // the bare reference answers nothing
	}
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	for fs.Count("chat.postMessage") < want {
		if ctx.Err() != nil {
			return res, fmt.Errorf("only %d of %d replies arrived", fs.Count("chat.postMessage"), want)
		}
		time.Sleep(2 * time.Millisecond)
	}
	e2e := time.Since(start)
	if showMetrics {
		if resp, err := http.Get(base + "/metrics"); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			for _, line := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(line, "bothost_inbox_commit") || strings.HasPrefix(line, "bothost_outbox_marked") || strings.HasPrefix(line, "go_gc_duration_seconds_count") {
					fmt.Println("  ", line)
				}
			}
		}
	}
	rss, _ := peakRSS(cmd.Process.Pid)
	hostCPU, _ := cpuTime(cmd.Process.Pid)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	selfCPU := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())

	var all []time.Duration
	for _, l := range lats {
		all = append(all, l...)
	}
	slices.Sort(all)
	return result{
		acksPerSec:      float64(len(all)) / ackDur.Seconds(),
		repliesPerSec:   float64(want) / e2e.Seconds(),
		p50:             all[len(all)/2],
		p99:             all[len(all)*99/100],
		max:             all[len(all)-1],
		rssKB:           rss,
		hostCPUPerEvent: (hostCPU - hostCPUStart) / time.Duration(r.n),
		genCPUPerEvent:  (selfCPU - selfCPUStart) / time.Duration(r.n),
	}, nil
}

// eventBody is a message event as Slack sends it, one channel per pair of
// events so per-channel pacing (1/s, burst 3) never holds the replies.
func eventBody(i int64, text string) []byte {
	ts := fmt.Sprintf("1700000000.%06d", i%1000000)
	ev := map[string]any{
		"token": "x", "team_id": team, "api_app_id": "A1", "type": "event_callback",
		"event_id": fmt.Sprintf("Ev%010d", i), "event_time": 1700000000,
		"event": map[string]any{
			"type": "message", "channel": fmt.Sprintf("C%07d", i/2), "channel_type": "channel",
			"user": "U" + strconv.FormatInt(i%97, 10), "text": text, "ts": ts, "event_ts": ts,
		},
	}
	b, _ := json.Marshal(ev)
	return b
}

// rawClient is a minimal HTTP/1.1 keep-alive client: a load generator
// on the same 2 cores as the host must cost as little as possible (like
// wrk), and net/http's client spends several times the CPU of the request
// it sends.
type rawClient struct {
	conn net.Conn
	r    *bufio.Reader
	buf  []byte
	mac  hash.Hash
}

func dialRaw(addr string) (*rawClient, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &rawClient{conn: c, r: bufio.NewReaderSize(c, 4096), mac: hmac.New(sha256.New, []byte(secret))}, nil
}

func (c *rawClient) close() { c.conn.Close() }

// post sends a signed POST and returns the status; the body is drained.
func (c *rawClient) post(path string, body []byte) (int, error) {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	c.mac.Reset()
	c.mac.Write([]byte("v0:" + ts + ":"))
	c.mac.Write(body)
	var sum [32]byte
	sig := hex.EncodeToString(c.mac.Sum(sum[:0]))
	b := c.buf[:0]
	b = append(b, "POST "...)
	b = append(b, path...)
	b = append(b, " HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nX-Slack-Request-Timestamp: "...)
	b = append(b, ts...)
	b = append(b, "\r\nX-Slack-Signature: v0="...)
	b = append(b, sig...)
	b = append(b, "\r\nContent-Length: "...)
	b = strconv.AppendInt(b, int64(len(body)), 10)
	b = append(b, "\r\n\r\n"...)
	b = append(b, body...)
	c.buf = b
	if _, err := c.conn.Write(b); err != nil {
		return 0, err
	}
	line, err := c.r.ReadSlice('\n')
	if err != nil {
		return 0, err
	}
	if len(line) < 12 {
		return 0, fmt.Errorf("bad status line %q", line)
	}
	status, err := strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, fmt.Errorf("bad status line %q", line)
	}
	length := -1
	for {
		h, err := c.r.ReadSlice('\n')
		if err != nil {
			return 0, err
		}
		if len(h) <= 2 {
			break
		}
		if k, v, ok := bytes.Cut(h, []byte(":")); ok && bytes.EqualFold(bytes.TrimSpace(k), []byte("Content-Length")) {
			length, _ = strconv.Atoi(string(bytes.TrimSpace(v)))
		}
	}
	if length < 0 {
		return 0, errors.New("response without Content-Length")
	}
	if _, err := c.r.Discard(length); err != nil {
		return 0, err
	}
	return status, nil
}

func waitReady(url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	return errors.New("host not ready in time (" + url + ")")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// peakRSS reads VmHWM (peak resident set) of pid, in KiB.
func peakRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				return strconv.ParseInt(f[1], 10, 64)
			}
		}
	}
	return 0, errors.New("no VmHWM")
}

// cpuTime reads the user+system CPU time of pid from /proc.
func cpuTime(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// Fields after the command name, which is in parentheses.
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+2:]))
	if len(f) < 13 {
		return 0, errors.New("short /proc stat")
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100, nil // USER_HZ = 100
}
