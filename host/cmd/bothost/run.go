package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/bothost/bothost/host/internal/app"
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

	var names []string
	var listenAddr string
	for _, s := range cfg.Skills {
		names = append(names, s.Name)
	}
	return app.Run(ctx, cfg, app.RunOptions{
		Logger:   log,
		Stdin:    stdin,
		Stdout:   stdout,
		OnListen: func(addr string) { listenAddr = addr },
		OnReady: func() {
			if cfg.Slack.Mode != "console" {
				return
			}
			fmt.Fprintf(stdout, "bothost console: %d skills loaded (%s). Type a message and press Enter;\n"+
				"\"/cmd text\" runs a slash command, \"#N\" presses button N, \"/as U2\" acts as user U2, Ctrl-D quits.\n",
				len(names), strings.Join(names, ", "))
			if listenAddr != "" {
				fmt.Fprintf(stdout, "Webhooks and /metrics: http://%s ([bot] listen in bot.toml moves it).\n", listenAddr)
			}
		},
	})
}
