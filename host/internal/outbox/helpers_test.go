package outbox

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

const (
	team1  = "T1"
	token1 = "xoxb-team-one-secret"
	team2  = "T2"
	token2 = "xoxb-team-two-secret"
)

// teamTokens is the host's token source in tests.
type teamTokens map[string]string

func (m teamTokens) BotToken(ctx context.Context, team string) (string, error) {
	if t, ok := m[team]; ok {
		return t, nil
	}
	return "", fmt.Errorf("team %s: %w", team, ErrNoToken)
}

var testTokens = teamTokens{team1: token1, team2: token2}

func newFake(t testing.TB, opts ...fakeslack.Option) *fakeslack.Server {
	t.Helper()
	fs := fakeslack.New(opts...)
	t.Cleanup(fs.Close)
	fs.AddTeam(fakeslack.Team{ID: team1, Name: "One", BotToken: token1, BotUserID: "UBOT1", BotID: "BBOT1"})
	fs.AddTeam(fakeslack.Team{ID: team2, Name: "Two", BotToken: token2, BotUserID: "UBOT2", BotID: "BBOT2"})
	return fs
}

// testOptions are fast defaults: no pacing to speak of, short backoff and
// timeouts, logs into buf.
func testOptions(fs *fakeslack.Server, logs *testlog.Buffer) Options {
	o := Options{
		PerChannelRate:  1000,
		PerChannelBurst: 1000,
		CallTimeout:     2 * time.Second,
		Backoff:         []time.Duration{10 * time.Millisecond, 20 * time.Millisecond},
		MaxBackoff:      200 * time.Millisecond,
		Registerer:      prometheus.NewRegistry(),
		Workers:         4,
	}
	if fs != nil {
		o.APIURL = fs.APIURL()
	}
	if logs != nil {
		o.Logger = slog.New(slog.NewTextHandler(logs, nil))
	} else {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// openOutbox opens an outbox in dir (a fresh temp dir if ""), closed at
// the end of the test.
func openOutbox(t testing.TB, path string, o Options) *Outbox {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "outbox.db")
	}
	ob, err := Open(path, testTokens, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ob.Close() })
	return ob
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func post(team, channel, text string) wasmrt.Send {
	return wasmrt.Send{Skill: "s", Op: wasmrt.OpPost, Team: team, Msg: abi.Message{Channel: channel, Text: text}}
}

func send(t testing.TB, ob *Outbox, s wasmrt.Send) string {
	t.Helper()
	ref, err := ob.Send(context.Background(), s)
	if err != nil {
		t.Fatalf("Send(%+v): %v", s, err)
	}
	return ref
}

// waitPending waits until no message is pending and every outcome is
// committed (outcomes are recorded before the gauge drops).
func waitPending(t testing.TB, ob *Outbox) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for value(ob.metrics.pending) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("still %v messages pending", value(ob.metrics.pending))
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err := ob.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func texts(calls []fakeslack.Call) []string {
	out := make([]string, len(calls))
	for i, c := range calls {
		out[i] = c.Text
	}
	return out
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// value reads a counter or gauge.
func value(m prometheus.Metric) float64 {
	var pb dto.Metric
	if err := m.Write(&pb); err != nil {
		panic(err)
	}
	switch {
	case pb.Counter != nil:
		return pb.Counter.GetValue()
	case pb.Gauge != nil:
		return pb.Gauge.GetValue()
	case pb.Histogram != nil:
		return float64(pb.Histogram.GetSampleCount())
	}
	return 0
}
