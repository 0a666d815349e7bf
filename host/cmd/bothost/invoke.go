package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/effects"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

type headerFlag map[string]string

func (h headerFlag) String() string { return fmt.Sprint(map[string]string(h)) }
func (h headerFlag) Set(v string) error {
	k, val, ok := strings.Cut(v, ":")
	if !ok {
		return fmt.Errorf("header %q: want Name: value", v)
	}
	h[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(val)
	return nil
}

// cmdInvoke runs one event through one skill with in-memory services and
// prints everything the skill did: local debugging without Slack.
func cmdInvoke(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("invoke", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		skillPath = fs.String("skill", "", "path of the skill's .wasm file (required)")
		cfgPath   = fs.String("config", "", "bot.toml to take the skill's limits and config from (matched by path, or by --name)")
		name      = fs.String("name", "", "skill name (default: file name without .wasm)")
		cfgJSON   = fs.String("skill-config", "", "skill config as JSON (overrides bot.toml's)")
		kind      = fs.String("kind", "", "event kind: message|command|action|timer|schedule|webhook (default: message, or command when --command is set)")
		text      = fs.String("text", "", "message or command text")
		user      = fs.String("user", "U0LOCAL", "user id")
		channel   = fs.String("channel", "C0LOCAL", "channel id")
		thread    = fs.String("thread", "", "thread ts (message in a thread)")
		dm        = fs.Bool("dm", false, "the message is a DM to the bot")
		mention   = fs.Bool("mention", false, "the message @-mentions the bot")
		command   = fs.String("command", "", "slash command, e.g. /echo")
		actionID  = fs.String("action-id", "", "button action_id")
		value     = fs.String("value", "", "button value")
		msgTS     = fs.String("message-ts", "1000.000001", "ts of the message a button was on")
		evName    = fs.String("event-name", "", "timer or schedule name")
		payload   = fs.String("payload", "", "timer payload")
		hook      = fs.String("hook", "", "webhook name")
		body      = fs.String("body", "", "webhook body (@file reads a file)")
		repeat    = fs.Int("n", 1, "run the event this many times (KV persists between runs)")
		dataDir   = fs.String("data", "", "keep KV, pending timers and message numbering in this directory between invokes "+
			"(a --kind timer event then delivers the stored timer of that --event-name)")
		eventID = fs.String("id", "", "event id (default invoke-N, N counting events; across invokes with --data)")
	)
	headers := headerFlag{}
	fs.Var(headers, "header", "webhook header 'Name: value' (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *skillPath == "" {
		fmt.Fprintln(stderr, "invoke: --skill is required")
		fs.Usage()
		return errUsage
	}
	abs, err := filepath.Abs(*skillPath)
	if err != nil {
		return err
	}
	sk := config.Skill{Name: *name, Path: abs, Limits: config.DefaultLimits(), ConfigJSON: []byte("{}")}
	if sk.Name == "" {
		sk.Name = strings.TrimSuffix(filepath.Base(abs), ".wasm")
	}
	if *cfgPath != "" {
		cfg, err := loadConfig(*cfgPath)
		if err != nil {
			return err
		}
		found := false
		for _, s := range cfg.Skills {
			if s.Path == abs || s.Name == *name {
				sk, found = s, true
				sk.Path = abs
				break
			}
		}
		if !found {
			sk.Limits = cfg.Defaults
		}
	}
	if *cfgJSON != "" {
		sk.ConfigJSON = []byte(*cfgJSON)
	}

	payloadSet := false
	fs.Visit(func(f *flag.Flag) { payloadSet = payloadSet || f.Name == "payload" })

	ev := abi.Event{ID: "invoke-1", Team: "T0LOCAL", User: *user, Channel: *channel, Text: *text, Time: time.Now(), Skill: sk.Name}
	k := *kind
	if k == "" {
		k = abi.KindMessage
		if *command != "" {
			k = abi.KindCommand
		}
	}
	ev.Kind = k
	switch k {
	case abi.KindMessage:
		ev.TS, ev.ThreadTS, ev.IsDM, ev.Mentioned = "1000.000000", *thread, *dm, *mention
	case abi.KindCommand:
		ev.Command = *command
	case abi.KindAction:
		ev.ActionID, ev.Value, ev.MessageTS = *actionID, *value, *msgTS
	case abi.KindTimer, abi.KindSchedule:
		ev.Name, ev.Payload, ev.Due = *evName, []byte(*payload), time.Now()
		ev.User, ev.Channel = "", ""
	case abi.KindWebhook:
		ev.Hook, ev.Method, ev.Path, ev.Headers = *hook, "POST", "/hooks/"+sk.Name+"/"+*hook, headers
		ev.User, ev.Channel = "", ""
		b := []byte(*body)
		if strings.HasPrefix(*body, "@") {
			if b, err = os.ReadFile(strings.TrimPrefix(*body, "@")); err != nil {
				return err
			}
		}
		ev.Body = b
	}
	if err := ev.Validate(); err != nil {
		return err
	}

	clk := clock.System{}
	var (
		kv     store.KV = store.NewMemory(clk)
		state  *invokeState
		timers wasmrt.Timers
	)
	if *dataDir != "" {
		if state, err = loadInvokeState(*dataDir); err != nil {
			return err
		}
		b, err := store.OpenBolt(filepath.Join(*dataDir, "kv.db"), store.WithClock(clk), store.WithLockTimeout(time.Second))
		if err != nil {
			return fmt.Errorf("--data: %w (is a running bothost using this directory?)", err)
		}
		defer b.Close()
		kv = b
	}
	rec := effects.New(kv, clk)
	timers = rec
	if state != nil {
		rec.SetSeq(state.Seq)
		timers = stateTimers{st: state, rec: rec}
		if k == abi.KindTimer {
			if t, ok := state.timer(sk.Name, ev.Name); ok {
				ev.Due = t.Due
				ev.Late = time.Since(t.Due) > time.Second
				if !payloadSet {
					ev.Payload = t.Payload
				}
				state.remove(sk.Name, ev.Name) // a timer fires once
				fmt.Fprintf(stdout, "delivering stored timer %q (due %s)\n", ev.Name, t.Due.Format(time.RFC3339))
			} else {
				fmt.Fprintf(stdout, "no pending timer %q for %s in %s: delivering one with --payload\n", ev.Name, sk.Name, *dataDir)
			}
		}
	}
	logger := slog.New(&lineHandler{w: stdout, rec: rec})
	eng, err := wasmrt.NewEngine("", wasmrt.Services{KV: rec.KV(), Outbox: rec, Timers: timers, Clock: clk, Logger: logger}, nil)
	if err != nil {
		return err
	}
	defer eng.Close(ctx)
	start := time.Now()
	m, err := eng.Load(ctx, wasmrt.Spec{Skill: sk, Wasm: mustRead(sk.Path)})
	if err != nil {
		return err
	}
	defer m.Close(ctx)
	fmt.Fprintf(stdout, "loaded %s version %s in %s\n", sk.Name, m.Version(), time.Since(start).Round(time.Microsecond))
	for _, w := range m.Warnings() {
		fmt.Fprintf(stdout, "warning: %s\n", w)
	}
	for _, e := range rec.Effects() { // what the skill logged while loading
		fmt.Fprintln(stdout, "  "+e)
	}
	var failed error
	for i := 0; i < *repeat; i++ {
		n := i + 1
		if state != nil {
			state.Events++
			n = state.Events
		}
		ev.ID = fmt.Sprintf("invoke-%d", n)
		if *eventID != "" {
			ev.ID = *eventID
			if i > 0 {
				ev.ID = fmt.Sprintf("%s-%d", *eventID, i+1)
			}
		}
		start = time.Now()
		err := m.Handle(ctx, &ev)
		took := time.Since(start)
		for _, e := range rec.Effects() {
			fmt.Fprintln(stdout, "  "+e)
		}
		if err != nil {
			fmt.Fprintf(stdout, "event %s failed after %s: %v\n", ev.ID, took.Round(time.Microsecond), err)
			failed = err
			continue
		}
		fmt.Fprintf(stdout, "event %s ok in %s\n", ev.ID, took.Round(time.Microsecond))
	}
	if state != nil {
		state.Seq = rec.Seq()
		for _, t := range state.Timers {
			if t.Skill == sk.Name {
				fmt.Fprintf(stdout, "timer pending name=%q due in %s payload=%q (--kind timer --event-name %s delivers it)\n",
					t.Name, time.Until(t.Due).Round(time.Millisecond), t.Payload, t.Name)
			}
		}
		if err := state.save(); err != nil {
			return err
		}
	}
	if failed != nil {
		return fmt.Errorf("skill failed")
	}
	return nil
}

func mustRead(p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil // Load reports an empty module clearly
	}
	return b
}

// lineHandler prints skill logs as effects, in order with the others.
type lineHandler struct {
	w     io.Writer
	rec   *effects.Recorder
	attrs []slog.Attr
}

func (h *lineHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "log %s %q", strings.ToLower(r.Level.String()), r.Message)
	r.Attrs(func(a slog.Attr) bool {
		if a.Key != "event" && a.Key != "source" {
			fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		}
		return true
	})
	h.rec.Note(b.String())
	return nil
}
func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{w: h.w, rec: h.rec, attrs: append(h.attrs, as...)}
}
func (h *lineHandler) WithGroup(string) slog.Handler { return h }
