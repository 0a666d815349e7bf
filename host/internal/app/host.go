// Package app assembles a bothost host from a config: storage, the skill
// engine, the registry and the file watcher, with a Caddy-style lifecycle
// (Provision validates and loads everything or fails; Start runs; Close
// drains and releases).
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/reload"
	"github.com/bothost/bothost/host/internal/store"
	"github.com/bothost/bothost/host/internal/wasmrt"
)

// Options are the parts that differ between a console run, a Slack run and
// tests.
type Options struct {
	Logger  *slog.Logger
	Clock   clock.Clock
	Outbox  wasmrt.Outbox
	Timers  wasmrt.Timers
	Fetcher wasmrt.Fetcher
	// Slack makes slack_call's reads (nil: the console, no Slack).
	Slack    wasmrt.SlackCaller
	Registry prometheus.Registerer
	// Workspace names the host's only workspace (wasmrt.Services).
	Workspace func() string
	// Store, if set, is used instead of opening the bbolt file in the data
	// directory (the host does not close it).
	Store store.Store
	// WatchOptions tune the file watcher.
	WatchOptions []reload.Option
}

// Host is a provisioned bothost.
type Host struct {
	Config   *config.Config
	Store    store.Store
	Engine   *wasmrt.Engine
	Registry *dispatch.Registry
	// LoadErrors are the skills that failed to load at start-up; the
	// others serve (reported in the log, /readyz and
	// bothost_skill_failures_total{reason="load"}).
	LoadErrors []error
	log        *slog.Logger
	opts       Options
	ownStore   bool
}

// Provision opens storage and loads every skill of cfg. A skill that
// cannot load does not stop the others (issue 8: one bad module used to
// keep the whole bot down); it is listed in LoadErrors. Provision fails
// only when ctx ends (shutdown during start-up) or storage cannot open.
func Provision(ctx context.Context, cfg *config.Config, o Options) (*Host, error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	if o.Outbox == nil {
		return nil, fmt.Errorf("provision: no outbox")
	}
	h := &Host{Config: cfg, log: o.Logger, opts: o}
	if err := os.MkdirAll(cfg.Bot.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("provision: data dir: %w", err)
	}
	h.Store = o.Store
	if h.Store == nil {
		st, err := store.OpenBolt(filepath.Join(cfg.Bot.DataDir, "bothost.db"), store.WithClock(o.Clock))
		if err != nil {
			return nil, fmt.Errorf("provision: %w", err)
		}
		h.Store, h.ownStore = st, true
	}
	// Storage failures during an event are noted (storefail.go) so the
	// event is handled again rather than marked done.
	var timers wasmrt.Timers
	if o.Timers != nil {
		timers = guardedTimers{o.Timers}
	}
	eng, err := wasmrt.NewEngine(filepath.Join(cfg.Bot.DataDir, "cache"), wasmrt.Services{
		KV: guardedStore{h.Store}, Outbox: o.Outbox, Timers: timers, Fetcher: o.Fetcher, Slack: o.Slack, Clock: o.Clock, Logger: o.Logger,
		Workspace: o.Workspace,
	}, wasmrt.NewMetrics(o.Registry))
	if err != nil {
		h.closeStore()
		return nil, fmt.Errorf("provision: %w", err)
	}
	h.Engine = eng
	h.Registry = dispatch.NewRegistry(eng, o.Logger)
	h.Registry.SetClock(o.Clock.Now)
	if err := h.Registry.ApplyPartial(ctx, cfg); err != nil {
		if ctx.Err() != nil {
			h.Close(context.WithoutCancel(ctx))
			return nil, fmt.Errorf("provision: %w", ctx.Err())
		}
		var ae *dispatch.ApplyError
		if !errors.As(err, &ae) {
			h.Close(ctx)
			return nil, fmt.Errorf("provision: %w", err)
		}
		h.LoadErrors = ae.Errs
	}
	return h, nil
}

// sweepInterval is how often expired KV entries are reclaimed. Expired
// keys are already invisible to skills; this only frees their space.
const sweepInterval = time.Minute

// Start runs the host's background work until ctx ends: hot reload of
// bot.toml and the skill files, and reclaiming expired KV entries.
func (h *Host) Start(ctx context.Context) error {
	if err := h.Watch(ctx); err != nil {
		return err
	}
	if sw, ok := h.Store.(store.Sweeper); ok {
		go func() {
			t := time.NewTicker(sweepInterval)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					if n, err := sw.SweepExpired(ctx, h.opts.Clock.Now()); err != nil {
						h.log.Warn("sweep expired KV entries", "err", err)
					} else if n > 0 {
						h.log.Debug("swept expired KV entries", "count", n)
					}
				}
			}
		}()
	}
	return nil
}

// Watch starts hot reload of bot.toml and the skill files until ctx ends.
func (h *Host) Watch(ctx context.Context) error {
	w, err := reload.New(h.Registry, h.Config.Path, h.log, h.opts.WatchOptions...)
	if err != nil {
		return err
	}
	go func() {
		if err := w.Run(ctx); err != nil {
			h.log.Error("file watcher stopped", "err", err)
		}
	}()
	return nil
}

// Close drains in-flight events, unloads skills and closes storage.
func (h *Host) Close(ctx context.Context) {
	if h.Registry != nil {
		h.Registry.Close(ctx)
	}
	if h.Engine != nil {
		_ = h.Engine.Close(ctx)
	}
	h.closeStore()
}

func (h *Host) closeStore() {
	if h.ownStore && h.Store != nil {
		_ = h.Store.Close()
	}
}
