// Command bothost runs Slack bot skills compiled to WebAssembly.
//
//	bothost run    [--config bot.toml]          run the host (console when no Slack credentials)
//	bothost invoke --skill x.wasm --text "hi"   run one event through one skill and show its effects
//	bothost check  [--config bot.toml]          validate the config and load every skill
//	bothost deadletters [--config bot.toml] [--resend REF,... | --resend-all]
//	                                            list (and re-send) messages the outbox gave up on
//	bothost new    NAME --lang tinygo|rust      create plugins/NAME from a template
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/bothost/bothost/host/internal/config"
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `bothost runs Slack bot skills compiled to WebAssembly.

Usage:
  bothost run    [--config bot.toml]
  bothost invoke --skill path.wasm [--config bot.toml] [--text "..."] [event flags]
  bothost check  [--config bot.toml]
  bothost deadletters [--config bot.toml] [--json] [--resend bothost:N,... | --resend-all]
  bothost new    NAME [--lang tinygo|rust]    create plugins/NAME from a template

Run "bothost COMMAND -h" for a command's flags.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "run":
		err = cmdRun(ctx, args[1:], stdin, stdout, stderr)
	case "invoke":
		err = cmdInvoke(ctx, args[1:], stdout, stderr)
	case "check":
		err = cmdCheck(ctx, args[1:], stdout, stderr)
	case "deadletters":
		err = cmdDeadLetters(ctx, args[1:], stdout, stderr)
	case "new":
		err = cmdNew(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "bothost: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintf(stderr, "bothost %s: %v\n", args[0], err)
	return 1
}

var errUsage = errors.New("usage")

// tuneGC trades memory for CPU unless the operator chose with GOGC: the
// host's live heap is small (tens of MiB) and every event allocates a few
// KiB on the HTTP and JSON paths, so the default GOGC=100 collects very
// often. 400 lets the heap grow to five times the live data between
// collections, which is still well under 200 MiB in the load benchmark.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	switch strings.ToLower(level) {
	case "debug":
		l = slog.LevelDebug
	case "warn":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	default:
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

func loadConfig(path string) (*config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	return cfg, nil
}
