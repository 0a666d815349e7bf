package fakeslack

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/slack-go/slack"
)

// BenchmarkPostMessageSlackGo drives chat.postMessage through the real
// slack-go client over loopback HTTP, recording off: the figure is the
// fake and the client together, the way the load benchmark uses them.
func BenchmarkPostMessageSlackGo(b *testing.B) {
	s := New(WithRecord(false))
	defer s.Close()
	s.AddTeam(team1)
	tr := &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256}
	defer tr.CloseIdleConnections()
	api := slack.New(team1.BotToken, slack.OptionAPIURL(s.APIURL()), slack.OptionHTTPClient(&http.Client{Transport: tr}))
	ctx := context.Background()
	b.ReportAllocs()
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hello from the benchmark", false)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	if got := s.Count(MethodPostMessage); got < int64(b.N) {
		b.Fatalf("server counted %d of %d posts", got, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "calls/s")
}

// BenchmarkServeHTTPPostMessage measures the fake's own handler, without
// network or client, to show what it adds per call (allocs/op here are the
// fake's, apart from the answer's header map set up by the recorder).
func BenchmarkServeHTTPPostMessage(b *testing.B) {
	for _, rec := range []bool{false, true} {
		name := "record=off"
		if rec {
			name = "record=on"
		}
		b.Run(name, func(b *testing.B) {
			s := New(WithRecord(rec))
			defer s.Close()
			s.AddTeam(team1)
			body := []byte(url.Values{"token": {team1.BotToken}, "channel": {"C1"}, "text": {"hello from the benchmark"}}.Encode())
			rd := &rereader{b: body}
			req, _ := http.NewRequest(http.MethodPost, s.APIURL()+"chat.postMessage", rd)
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.ContentLength = int64(len(body))
			w := &discardWriter{h: http.Header{}}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				rd.off = 0
				w.status = 0
				s.ServeHTTP(w, req)
				if w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "calls/s")
		})
	}
}

type rereader struct {
	b   []byte
	off int
}

func (r *rereader) Read(p []byte) (int, error) {
	if r.off >= len(r.b) {
		return 0, io.EOF
	}
	n := copy(p, r.b[r.off:])
	r.off += n
	return n, nil
}

func (r *rereader) Close() error { return nil }

type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header { return w.h }
func (w *discardWriter) WriteHeader(code int) {
	w.status = code
}
func (w *discardWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return len(p), nil
}

// BenchmarkPostMessageRawHTTP measures the fake's HTTP serving capacity
// (net/http server plus handler) with a minimal keep-alive client that
// writes a prebuilt request and reads the answer by Content-Length, so
// nearly all CPU is the server's. Recording off.
func BenchmarkPostMessageRawHTTP(b *testing.B) {
	s := New(WithRecord(false))
	defer s.Close()
	s.AddTeam(team1)
	body := url.Values{"token": {team1.BotToken}, "channel": {"C1"}, "text": {"hello from the benchmark"}}.Encode()
	host := strings.TrimPrefix(s.URL(), "http://")
	req := []byte("POST /api/chat.postMessage HTTP/1.1\r\nHost: " + host +
		"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
		strconv.Itoa(len(body)) + "\r\n\r\n" + body)
	b.ReportAllocs()
	b.SetParallelism(4)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		conn, err := net.Dial("tcp", host)
		if err != nil {
			b.Error(err)
			return
		}
		defer conn.Close()
		br := bufio.NewReader(conn)
		for pb.Next() {
			if _, err := conn.Write(req); err != nil {
				b.Error(err)
				return
			}
			if err := readRawAnswer(br); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "calls/s")
}

// readRawAnswer reads one HTTP/1.1 answer with a Content-Length body.
func readRawAnswer(br *bufio.Reader) error {
	n := -1
	status := ""
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return err
		}
		if status == "" {
			status = string(line)
			if !strings.HasPrefix(status, "HTTP/1.1 200") {
				return fmt.Errorf("answer %q", status)
			}
			continue
		}
		if len(line) <= 2 {
			break
		}
		if k, v, ok := strings.Cut(string(line), ":"); ok && strings.EqualFold(k, "Content-Length") {
			n, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	if n < 0 {
		return fmt.Errorf("no Content-Length")
	}
	_, err := br.Discard(n)
	return err
}
