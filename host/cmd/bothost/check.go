package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/console"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// cmdCheck validates bot.toml and loads every skill the way a reload would,
// without touching the data directory.
func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "bot.toml", "path of bot.toml")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	clk := clock.System{}
	eng, err := wasmrt.NewEngine("", wasmrt.Services{
		KV: store.NewMemory(clk), Outbox: console.New(io.Discard, clk), Clock: clk,
		Logger: newLogger(stderr, "warn"),
	}, nil)
	if err != nil {
		return err
	}
	defer eng.Close(ctx)
	failed := 0
	for _, s := range cfg.Skills {
		start := time.Now()
		m, err := eng.LoadFile(ctx, s)
		if err != nil {
			failed++
			fmt.Fprintf(stdout, "FAIL %-16s %v\n", s.Name, err)
			continue
		}
		fmt.Fprintf(stdout, "ok   %-16s version %s, loaded in %s (%s)\n", s.Name, m.Version(), time.Since(start).Round(time.Millisecond), s.Path)
		for _, w := range m.Warnings() {
			fmt.Fprintf(stdout, "     %-16s warning: %s\n", "", w)
		}
		_ = m.Close(ctx)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d skills failed to load", failed, len(cfg.Skills))
	}
	fmt.Fprintf(stdout, "%s: config valid, %d skills load\n", cfg.Path, len(cfg.Skills))
	fmt.Fprintf(stdout, "note: a running bothost applies edits live, except %s: those take effect after a restart\n",
		strings.Join(config.RestartSettings, ", "))
	return nil
}
