package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/bothost/bothost/host/internal/app"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/console"
)

func cmdRun(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "bot.toml", "path of bot.toml")
	logLevel := fs.String("log-level", "", "debug|info|warn|error (default: [bot] log_level)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	level := cfg.Bot.LogLevel
	if *logLevel != "" {
		level = *logLevel
	}
	log := newLogger(stderr, level)

	switch cfg.Slack.Mode {
	case "console", "":
	default:
		return fmt.Errorf("[slack] mode %q: the Slack adapters are not part of this build yet; remove the Slack credentials to use the console", cfg.Slack.Mode)
	}

	clk := clock.System{}
	con := console.New(stdout, clk)
	h, err := app.Provision(ctx, cfg, app.Options{Logger: log, Clock: clk, Outbox: con})
	if err != nil {
		return err
	}
	defer func() {
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		h.Close(cctx)
	}()
	if err := h.Start(ctx); err != nil {
		return err
	}
	var names []string
	for _, s := range cfg.Skills {
		names = append(names, s.Name)
	}
	fmt.Fprintf(stdout, "bothost console: %d skills loaded (%s). Type a message and press Enter;\n"+
		"\"/cmd text\" runs a slash command, \"#N\" presses button N, Ctrl-D quits.\n",
		len(names), strings.Join(names, ", "))

	done := make(chan error, 1)
	go func() { done <- con.Run(ctx, stdin, h.Registry) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return nil
	}
}
