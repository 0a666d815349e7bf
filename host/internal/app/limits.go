package app

import (
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
)

// Limits of the HTTP listener against unauthenticated floods (issue 9 §5).
// Nothing is authenticated before its headers and body are read, so what
// a stranger can make the host hold must be bounded by these, not by
// Go's defaults (1 MiB of headers per request, unlimited connections).
const (
	// MaxHeaderBytes: Slack's requests carry about 1 KiB of headers and
	// webhooks senders (SNS, Alertmanager, GitHub) a few KiB; 64 KiB
	// leaves room for any of them and is 16 times less than Go's default.
	// A request over it is answered 431.
	MaxHeaderBytes = 64 << 10
	// MaxConns bounds open connections. Past it new connections wait in
	// the kernel's accept backlog until one closes (a flood request is
	// answered and closed within ReadHeaderTimeout at worst), so memory
	// for headers is at most MaxConns × (MaxHeaderBytes + buffers), about
	// 80 MB.
	MaxConns = 1024
	// MaxBodyBytesInFlight bounds the request bodies being read at once,
	// counted by Content-Length (by the route's cap when it is unknown):
	// a request that does not fit is answered 503 with Retry-After, which
	// Slack and webhook senders retry. Slack's own bodies are a few KiB,
	// so they fit beside hundreds of 1 MiB bodies.
	MaxBodyBytesInFlight = 128 << 20
)

// limitListener admits at most n connections at once: Accept waits for
// a free slot before taking the next connection from the kernel.
// (golang.org/x/net/netutil.LimitListener, which is not in go.mod.)
type limitListener struct {
	net.Listener
	sem chan struct{}
}

func newLimitListener(l net.Listener, n int) net.Listener {
	return &limitListener{Listener: l, sem: make(chan struct{}, n)}
}

func (l *limitListener) Accept() (net.Conn, error) {
	l.sem <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.sem }}, nil
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// bodyBudget answers 503 to a request whose body would take the bytes of
// bodies being read past max. perRequest is what a request without a
// Content-Length is charged (the largest body any route accepts).
type bodyBudget struct {
	max, perRequest int64
	used            atomic.Int64
	refused         func()
}

func (b *bodyBudget) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody || r.Method == http.MethodGet || r.Method == http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		n := r.ContentLength
		if n < 0 || n > b.perRequest {
			n = b.perRequest
		}
		if b.used.Add(n) > b.max {
			b.used.Add(-n)
			if b.refused != nil {
				b.refused()
			}
			w.Header().Set("Retry-After", strconv.Itoa(1))
			http.Error(w, "too many request bodies in flight", http.StatusServiceUnavailable)
			return
		}
		defer b.used.Add(-n)
		next.ServeHTTP(w, r)
	})
}
