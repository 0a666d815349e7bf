package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bothost/bothost/host/internal/outbox"
)

// noTokens is the outbox's token source offline: the command never
// delivers (the host does, at its next start), so no token is needed.
type noTokens struct{}

func (noTokens) BotToken(context.Context, string) (string, error) {
	return "", errors.New("deadletters: no delivery from this command")
}

// cmdDeadLetters lists the outbox's dead letters and re-sends chosen ones.
// It opens the data directory's outbox, which a running host holds
// locked: stop the host first. Re-sent messages go out when it starts.
func cmdDeadLetters(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("deadletters", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "bot.toml", "path of bot.toml")
	asJSON := fs.Bool("json", false, "list as JSON lines")
	resend := fs.String("resend", "", "comma-separated references (bothost:<n>) to re-send")
	resendAll := fs.Bool("resend-all", false, "re-send every dead letter not re-sent yet")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: bothost deadletters [--config bot.toml] [--json] [--resend bothost:1,bothost:7 | --resend-all]

Lists the messages the outbox gave up on (permanent Slack errors, or
transient ones that outlasted the retry window), and re-sends chosen ones
as new messages. The host holds the outbox locked while it runs: stop it
first; re-sent messages are delivered when it starts again.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	dir := filepath.Join(cfg.Bot.DataDir, "outbox")
	ob, err := outbox.Open(dir, noTokens{}, outbox.Options{Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		return fmt.Errorf("%w (is bothost running on this data directory? stop it first)", err)
	}
	defer ob.Close()
	dls, err := ob.DeadLetters(ctx)
	if err != nil {
		return err
	}
	var refs []string
	switch {
	case *resendAll:
		for _, d := range dls {
			if d.ResentAs == "" {
				refs = append(refs, d.Ref)
			}
		}
	case *resend != "":
		for _, r := range strings.Split(*resend, ",") {
			if r = strings.TrimSpace(r); r != "" {
				refs = append(refs, r)
			}
		}
	default:
		return listDeadLetters(stdout, dls, *asJSON)
	}
	failed := 0
	for _, r := range refs {
		as, err := ob.Resend(ctx, r)
		if err != nil {
			failed++
			fmt.Fprintf(stdout, "FAIL %s: %v\n", r, err)
			continue
		}
		fmt.Fprintf(stdout, "re-sent %s as %s\n", r, as)
	}
	if err := ob.Close(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d dead letters not re-sent", failed, len(refs))
	}
	fmt.Fprintf(stdout, "%d re-sent; they are delivered when bothost runs\n", len(refs))
	return nil
}

func listDeadLetters(w io.Writer, dls []outbox.DeadLetter, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		for _, d := range dls {
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return nil
	}
	if len(dls) == 0 {
		fmt.Fprintln(w, "no dead letters")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tAT\tSKILL\tTEAM\tCHANNEL\tOP\tTRIES\tRESENT AS\tERROR")
	for _, d := range dls {
		resent := d.ResentAs
		if resent == "" {
			resent = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", d.Ref, d.At.UTC().Format(time.RFC3339), d.Skill, d.Team, d.Channel, d.Op, d.Tries, resent, d.Err)
	}
	return tw.Flush()
}
