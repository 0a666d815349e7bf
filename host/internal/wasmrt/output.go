package wasmrt

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"sync"
)

// guestOutput turns a guest's stdout/stderr (Go and TinyGo print panics
// there) into log lines tagged with the skill, capped so a chatty or
// hostile module cannot flood the host's log.
type guestOutput struct {
	log   *slog.Logger
	allow func(n int) bool // the skill's log quota
	mu    sync.Mutex
	buf   [2]bytes.Buffer
	n     int // bytes logged by this instance
}

const (
	maxGuestOutputLine  = 4 << 10
	maxGuestOutputTotal = 256 << 10
)

func newGuestOutput(log *slog.Logger, allow func(n int) bool) *guestOutput {
	return &guestOutput{log: log, allow: allow}
}

type streamWriter struct {
	g      *guestOutput
	stream int
}

func (g *guestOutput) stdout() io.Writer { return streamWriter{g, 0} }
func (g *guestOutput) stderr() io.Writer { return streamWriter{g, 1} }

func (w streamWriter) Write(p []byte) (int, error) {
	g := w.g
	g.mu.Lock()
	defer g.mu.Unlock()
	b := &g.buf[w.stream]
	for _, c := range p {
		if c == '\n' || b.Len() >= maxGuestOutputLine {
			g.emit(w.stream)
			if c == '\n' {
				continue
			}
		}
		b.WriteByte(c)
	}
	return len(p), nil
}

func (g *guestOutput) emit(stream int) {
	b := &g.buf[stream]
	if b.Len() == 0 {
		return
	}
	if g.n < maxGuestOutputTotal && (g.allow == nil || g.allow(b.Len())) {
		g.n += b.Len()
		name := "stdout"
		level := slog.LevelInfo
		if stream == 1 {
			name, level = "stderr", slog.LevelWarn
		}
		g.log.Log(context.Background(), level, "skill output", "stream", name, "line", b.String())
	}
	b.Reset()
}

func (g *guestOutput) flush() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.emit(0)
	g.emit(1)
}
