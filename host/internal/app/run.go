package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/console"
	"github.com/bothost/bothost/host/internal/dispatch"
	"github.com/bothost/bothost/host/internal/fetch"
	"github.com/bothost/bothost/host/internal/inbox"
	"github.com/bothost/bothost/host/internal/install"
	"github.com/bothost/bothost/host/internal/outbox"
	"github.com/bothost/bothost/host/internal/reload"
	"github.com/bothost/bothost/host/internal/schedule"
	"github.com/bothost/bothost/host/internal/slackin"
	"github.com/bothost/bothost/host/internal/slackread"
	"github.com/bothost/bothost/host/internal/timers"
	"github.com/bothost/bothost/host/internal/wasmrt"
	"github.com/bothost/bothost/host/internal/webhook"
)

// RunOptions are what `bothost run` passes in: where the console reads
// and writes, and hooks for tests.
type RunOptions struct {
	Logger *slog.Logger
	Clock  clock.TimerClock // default clock.System{}
	// Stdin and Stdout are the console adapter's terminal (console mode).
	Stdin  io.Reader
	Stdout io.Writer
	// OnListen is called with the HTTP listener's address once it
	// accepts connections.
	OnListen func(addr string)
	// OnReady is called once every skill is loaded and events flow.
	OnReady func()
	// HTTPClient makes the Web API calls (default: the outbox's own).
	HTTPClient *http.Client
	// SNS overrides where auth = "sns" hooks fetch certificates (tests
	// only: a local stand-in for sns.<region>.amazonaws.com).
	SNS webhook.SNSOptions
}

// Run runs the whole bot until ctx ends: the pipeline every adapter
// shares,
//
//	ingress (Slack HTTP, Socket Mode, webhooks, timers, schedules, console)
//	  → inbox (durable, deduplicated)
//	  → dispatcher → skill runtime
//	  → outbox (durable, paced, retried)
//
// The HTTP listener comes up first, before any skill is compiled, so
// Slack's url_verification and every ack are answered at once: events
// accepted while skills load wait in the inbox.
func Run(ctx context.Context, cfg *config.Config, o RunOptions) (err error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Clock == nil {
		o.Clock = clock.System{}
	}
	log := o.Logger
	data := cfg.Bot.DataDir
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	var cleanups []func()
	defer func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
	}()

	// 1. The durable inbox: everything else writes to it.
	// flush makes what skills sent durable; the inbox calls it before it
	// marks handled events done (set once the outbox exists).
	var flush atomic.Pointer[func(context.Context) error]
	// skills routes events once the skills are provisioned (below); the
	// inbox asks it for each event's lane (its skill and instance count).
	var skills atomic.Pointer[dispatch.Registry]
	ib, err := inbox.Open(filepath.Join(data, "inbox"), inbox.Options{
		Clock: o.Clock, Logger: log, DedupWindow: cfg.Bot.DedupWindow, Metrics: inbox.NewMetrics(reg),
		BeforeDone: func(ctx context.Context) error {
			if f := flush.Load(); f != nil {
				return (*f)(ctx)
			}
			return nil
		},
		Lane: func(ev *abi.Event) (string, int) {
			if r := skills.Load(); r != nil {
				return r.Lane(ev)
			}
			return "", 0
		},
	})
	if err != nil {
		return err
	}
	cleanups = append(cleanups, func() {
		if err := ib.Close(); err != nil {
			log.Error("close inbox", "err", err)
		}
	})

	// 2. Installations and tokens (Slack modes).
	slackMode := cfg.Slack.Mode == "events" || cfg.Slack.Mode == "socket"
	var (
		sources  install.Sources
		store    *install.Store
		static   *install.StaticSource
		oauth    *install.OAuth
		tokens   outbox.Tokens
		reads    wasmrt.SlackCaller
		outbound wasmrt.Outbox
		ob       *outbox.Outbox
		con      *console.Console
		// workspace is the host's only workspace, for events that carry
		// none (schedules, webhooks): the static token's team, else the
		// only installation; "" when there are several.
		workspace = func() string { return "" }
	)
	if slackMode {
		store, err = install.Open(filepath.Join(data, "installs.db"))
		if err != nil {
			return err
		}
		cleanups = append(cleanups, func() { store.Close() })
		if cfg.Slack.BotToken != "" {
			actx, cancel := context.WithTimeout(ctx, 15*time.Second)
			static, err = install.Static(actx, cfg.Slack.APIURL, cfg.Slack.BotToken, o.HTTPClient)
			cancel()
			if err != nil {
				return fmt.Errorf("slack: check bot token with auth.test: %w", err)
			}
			sources = append(sources, static)
		}
		sources = append(sources, store)
		tokens = tokenSource{sources}
		reads = slackread.New(sources, slackread.Options{APIURL: cfg.Slack.APIURL, HTTPClient: o.HTTPClient, Clock: o.Clock, Registerer: reg})
		ob, err = outbox.Open(filepath.Join(data, "outbox"), tokens, outbox.Options{
			APIURL: cfg.Slack.APIURL, HTTPClient: o.HTTPClient, Clock: o.Clock, Logger: log, Registerer: reg,
			// Enough calls in flight that delivery keeps up with what the
			// inbox accepts at full load (8 left a growing backlog).
			Workers:     32,
			RetryWindow: cfg.Bot.OutboxRetryWindow,
		})
		if err != nil {
			return err
		}
		cleanups = append(cleanups, func() {
			if err := ob.Close(); err != nil {
				log.Error("close outbox", "err", err)
			}
		})
		outbound = ob
		workspace = func() string {
			if static != nil {
				return static.Installation().TeamID
			}
			if all := store.List(); len(all) == 1 {
				return all[0].TeamID
			}
			return ""
		}
		f := ob.Flush
		flush.Store(&f)
		octx, ocancel := context.WithCancel(context.Background())
		ob.Start(octx)
		cleanups = append(cleanups, ocancel)
	} else {
		con = console.New(o.Stdout, o.Clock)
		outbound = con
		workspace = func() string { return console.Team }
	}

	// 3. Timers fire into the inbox.
	// A skill's timer_rate, read from the configuration in force (it
	// follows reloads); before the skills are provisioned, the file's.
	fireRate := func(skill string) int {
		c := cfg
		if r := skills.Load(); r != nil && r.Config() != nil {
			c = r.Config()
		}
		if s, ok := c.Skill(skill); ok {
			return s.Limits.TimerRate
		}
		return c.Defaults.TimerRate
	}
	tm, err := timers.Open(filepath.Join(data, "timers.db"), timers.Options{Clock: o.Clock, Logger: log, FireRate: fireRate})
	if err != nil {
		return err
	}
	cleanups = append(cleanups, func() { tm.Close() })

	fetcher := fetch.New(fetch.Options{Clock: o.Clock, Logger: log, Metrics: fetch.NewMetrics(reg)})
	cleanups = append(cleanups, fetcher.Close)

	hooks, err := webhook.New(ib, cfg, webhook.Options{Clock: o.Clock, Logger: log, Metrics: webhook.NewMetrics(reg), SNS: o.SNS})
	if err != nil {
		return err
	}

	// 4. The HTTP listener, before any skill loads.
	var ready atomic.Bool
	var sh *slackin.Handler // Events API mode
	mux := http.NewServeMux()
	hooks.Routes(mux)
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	if os.Getenv("BOTHOST_PPROF") == "1" {
		// Profiling for operators chasing a performance problem; off by
		// default because profiles reveal internals.
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	}
	// loadErrs are the skills that failed to load at start-up: the host is
	// ready (the others serve) and /readyz lists them.
	var loadErrs atomic.Pointer[[]error]
	readyz := func() error {
		if !ready.Load() {
			return errors.New("skills loading")
		}
		if err := ib.Writable(); err != nil {
			return fmt.Errorf("cannot store events: %w", err)
		}
		return nil
	}
	readyBody := func() string {
		p := loadErrs.Load()
		if p == nil || len(*p) == 0 {
			return "ok\n"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "ok, degraded: %d skill(s) not loaded\n", len(*p))
		for _, err := range *p {
			b.WriteString(err.Error() + "\n")
		}
		return b.String()
	}
	if slackMode {
		so := slackin.FromConfig(cfg)
		so.Logger, so.Clock, so.Metrics, so.Ready = log, o.Clock, slackin.NewMetrics(reg), readyz
		so.ReadyDetail = func() string {
			if b := readyBody(); b != "ok\n" {
				return b
			}
			return ""
		}
		if static != nil {
			id := static.Installation()
			so.Self = slackin.Identity{UserID: id.BotUserID, BotID: id.BotID}
		}
		so.SelfFor = func(team string) slackin.Identity {
			u, b, _ := sources.Identity(team)
			return slackin.Identity{UserID: u, BotID: b}
		}
		so.OnUninstall = store.Uninstall
		if cfg.Slack.Mode == "events" {
			sh, err = slackin.NewHandler(ib, so)
			if err != nil {
				return err
			}
			sh.Routes(mux)
		} else {
			mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
			mux.HandleFunc("GET /readyz", readyHandler(readyz, readyBody))
		}
		if cfg.Slack.ClientID != "" && cfg.Slack.ClientSecret != "" {
			oauth, err = install.NewOAuth(install.OAuthConfig{
				ClientID: cfg.Slack.ClientID, ClientSecret: cfg.Slack.ClientSecret, Scopes: cfg.Slack.Scopes,
				RedirectURI: cfg.Slack.RedirectURL, APIURL: cfg.Slack.APIURL, HTTPClient: o.HTTPClient,
				Logger: log, Clock: o.Clock,
			}, store)
			if err != nil {
				return err
			}
			oauth.Routes(mux)
		}
		if cfg.Slack.Mode == "socket" {
			so.HTTPClient = o.HTTPClient
			sock, err := slackin.NewSocket(ib, cfg.Slack.AppToken, cfg.Slack.APIURL, so)
			if err != nil {
				return err
			}
			sctx, scancel := context.WithCancel(ctx)
			var swg sync.WaitGroup
			swg.Add(1)
			go func() {
				defer swg.Done()
				if err := sock.Run(sctx); err != nil && !errors.Is(err, context.Canceled) {
					log.Error("socket mode stopped", "err", err)
				}
			}()
			cleanups = append(cleanups, func() { scancel(); swg.Wait() })
		}
	} else {
		mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
		mux.HandleFunc("GET /readyz", readyHandler(readyz, readyBody))
	}
	bodyRefused := prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_http_body_budget_refused_total",
		Help: "Requests answered 503 because the request bodies being read were at their memory bound."})
	reg.MustRegister(bodyRefused)
	perBody := cfg.Bot.MaxBody
	if perBody <= 0 {
		perBody = config.DefaultMaxBody
	}
	budget := &bodyBudget{max: MaxBodyBytesInFlight, perRequest: perBody, refused: bodyRefused.Inc}
	srv := &http.Server{Handler: budget.wrap(mux), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second,
		MaxHeaderBytes: MaxHeaderBytes, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	ln, lerr := net.Listen("tcp", cfg.Bot.Listen)
	if lerr == nil {
		ln = newLimitListener(ln, MaxConns)
	}
	switch {
	case lerr != nil && slackMode:
		return fmt.Errorf("listen on %s: %w", cfg.Bot.Listen, lerr)
	case lerr != nil:
		// The console works without it; only webhooks and /metrics need it.
		log.Warn("HTTP listener not started; webhooks and /metrics are unavailable", "listen", cfg.Bot.Listen, "err", lerr)
	default:
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Error("http server stopped", "err", err)
			}
		}()
		log.Info("listening", "addr", ln.Addr().String(), "mode", cfg.Slack.Mode)
		if o.OnListen != nil {
			o.OnListen(ln.Addr().String())
		}
		// Stop ingress first on the way out.
		cleanups = append(cleanups, func() {
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			srv.Shutdown(sctx)
		})
	}

	// 5. Skills.
	h, err := Provision(ctx, cfg, Options{Logger: log, Clock: o.Clock, Outbox: outbound, Timers: tm, Fetcher: fetcher, Slack: reads, Registry: reg,
		Workspace: workspace})
	if err != nil {
		return err
	}
	skills.Store(h.Registry)
	reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "bothost_events_dropped_total", ConstLabels: prometheus.Labels{"reason": "skill_removed"},
		Help: "Events acked for a skill that was then removed from bot.toml, reaching dispatch after the removal's grace.",
	}, func() float64 { return float64(h.Registry.DroppedRemoved()) }))
	if len(h.LoadErrors) > 0 {
		loadErrs.Store(&h.LoadErrors)
		for _, err := range h.LoadErrors {
			log.Error("skill not loaded at start-up; serving the others", "err", err)
		}
	}
	cleanups = append(cleanups, func() {
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		h.Close(cctx)
	})

	// 6. Schedules, and keeping hooks and schedules in step with reloads.
	sched, err := schedule.Open(filepath.Join(data, "schedules.db"), schedule.Options{Clock: o.Clock, Logger: log})
	if err != nil {
		return err
	}
	cleanups = append(cleanups, func() { sched.Close() })
	if err := sched.Apply(ctx, cfg); err != nil {
		return err
	}
	var prevCfg atomic.Pointer[config.Config]
	prevCfg.Store(cfg)
	h.opts.WatchOptions = []reload.Option{reload.WithNotify(func(ev reload.Event) {
		c := h.Registry.Config()
		if c == nil || ev.Err != nil || ev.Skill != "" {
			return
		}
		// The signing secret applies live (the previous one is still
		// accepted for a rotation window); settings read only at start
		// say that they wait for a restart, rather than look applied.
		if sh != nil && c.Slack.SigningSecret != prevCfg.Load().Slack.SigningSecret {
			sh.SetSigningSecret(c.Slack.SigningSecret)
			log.Info("signing secret changed: applied; the previous one is accepted for the rotation window", "window", slackin.SecretRotationWindow)
		}
		if need := config.RestartNeeded(cfg, c); len(need) > 0 {
			log.Warn("config changes that take effect only after a restart", "settings", strings.Join(need, ", "))
		}
		if err := hooks.Apply(c); err != nil {
			log.Error("apply webhooks after reload", "err", err)
		}
		if err := sched.Apply(context.Background(), c); err != nil {
			log.Error("apply schedules after reload", "err", err)
		}
		// A skill removed from bot.toml takes its timers and its queued
		// messages with it, like its routes: nothing of it may keep
		// firing or reaching Slack.
		old := prevCfg.Swap(c)
		for _, s := range old.Skills {
			if _, still := c.Skill(s.Name); !still {
				n, err := tm.RemoveSkill(context.Background(), s.Name)
				if err != nil {
					log.Error("remove timers of removed skill", "skill", s.Name, "err", err)
				}
				dropped := 0
				if ob != nil {
					if dropped, err = ob.DropSkill(context.Background(), s.Name); err != nil {
						log.Error("drop queued messages of removed skill", "skill", s.Name, "err", err)
					}
				}
				log.Info("removed skill: timers and queued messages dropped", "skill", s.Name, "timers", n, "messages", dropped)
			}
		}
	})}

	// 7. Run: the processor, timers, schedules, reload, and the console.
	if err := tm.Start(context.Background(), ib); err != nil {
		return err
	}
	if err := sched.Start(context.Background(), ib); err != nil {
		return err
	}
	storageRetries := prometheus.NewCounter(prometheus.CounterOpts{Name: "bothost_events_storage_retries_total",
		Help: "Events handled again because the host could not store a skill's KV or timer write (disk full, I/O error)."})
	reg.MustRegister(storageRetries)
	runCtx, stopRun := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ib.Run(runCtx, func(ctx context.Context, ev *abi.Event) error {
			// Stopping ends runCtx: the inbox hands out no more events,
			// but the ones in flight run to the end (each within its
			// skill's deadline) rather than being cut off half-way, a
			// fetch failing or a skill left between two KV writes.
			dctx, mark := withStorageMark(context.WithoutCancel(ctx))
			for _, hd := range h.Registry.Dispatch(dctx, ev) {
				if hd.Err != nil {
					log.Debug("skill failed", "skill", hd.Skill, "event", ev.ID, "err", hd.Err)
				}
			}
			if n := mark.n.Load(); n > 0 {
				// The host could not store what a skill asked it to:
				// not the skill's failure, so not done. The inbox hands
				// the event out again after its retry delay (what the
				// skills sent is deduplicated on the re-run).
				storageRetries.Inc()
				log.Warn("event handled while the host could not store; it will be handled again", "event", ev.ID, "storage_failures", n)
				return fmt.Errorf("event %s: %d host storage failures", ev.ID, n)
			}
			// The event is marked done on disk only after the outbox has
			// made what the skills sent durable (inbox BeforeDone).
			return nil
		})
	}()
	// Stopping order: ingress (above) first, then timers and schedules
	// (Close is idempotent; their own cleanups run again harmlessly),
	// then the processor finishes the events in flight.
	cleanups = append(cleanups, func() {
		tm.Close()
		sched.Close()
		stopRun()
		wg.Wait()
		if err := ib.SyncDone(); err != nil {
			log.Error("flush outbox", "err", err)
		}
	})
	if err := h.Start(ctx); err != nil {
		return err
	}
	ready.Store(true)
	log.Info("bot ready", "skills", len(cfg.Skills), "pending_events", ib.Pending())
	if o.OnReady != nil {
		o.OnReady()
	}

	if con != nil {
		done := make(chan error, 1)
		go func() { done <- con.Run(ctx, o.Stdin, h.Registry) }()
		select {
		case err := <-done:
			return err
		case <-ctx.Done():
			return nil
		}
	}
	<-ctx.Done()
	return nil
}

func readyHandler(ready func() error, body func() string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		if err := ready(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, body())
	}
}

// tokenSource adapts the installation sources to the outbox: a team that
// is not installed is the outbox's ErrNoToken (dead-letter at once), not
// a transient failure to retry.
type tokenSource struct{ s install.Source }

func (t tokenSource) BotToken(ctx context.Context, team string) (string, error) {
	tok, err := t.s.BotToken(ctx, team)
	if errors.Is(err, install.ErrNotInstalled) {
		return "", fmt.Errorf("%w: %w", outbox.ErrNoToken, err)
	}
	return tok, err
}
