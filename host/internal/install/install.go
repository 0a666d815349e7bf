// Package install knows which Slack workspaces the bot is installed in and
// with which bot token: the credentials every outgoing call and the
// bot's own identity (so it never answers itself) depend on.
//
// Three sources of installations share one small interface, Source:
//
//   - Store: installations made through the OAuth v2 flow, one per team,
//     persisted in bbolt (its own file with Open, or a bucket of a
//     database the caller owns with New) and served from an in-memory
//     snapshot so BotToken and Identity cost a map lookup on the hot path.
//   - StaticSource: the single workspace of a configured bot token,
//     identified once at start-up with auth.test.
//   - Sources: several of the above asked in order, for a host that has
//     both a static token and OAuth installs.
//
// OAuth (oauth.go) serves GET /slack/install and GET /slack/oauth_redirect
// and writes what it learns into a Store.
//
// Tokens are secrets: Installation redacts its BotToken in String,
// GoString and LogValue, and no error this package returns carries one.
package install

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// ErrNotInstalled is returned (wrapped, with the team id) by BotToken for a
// team the source has no installation for.
var ErrNotInstalled = errors.New("not installed")

// Installation is the bot's installation in one Slack workspace.
type Installation struct {
	TeamID    string
	TeamName  string
	BotToken  string // xoxb-...; secret: never logged, see String and LogValue
	BotUserID string // the bot's user id (U...), as in "<@U...>" mentions
	BotID     string // the bot id (B...) on messages the bot posts
	Scopes    []string
	// InstalledAt is when the installation was made (or, for a static
	// token, identified).
	InstalledAt time.Time
	// EnterpriseID is set when the workspace belongs to an Enterprise Grid
	// organisation.
	EnterpriseID string
}

// redacted stands in for a token: it says whether one is set, which is
// what a log reader needs, and nothing else.
func redacted(s string) string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// String renders the installation with the token redacted, so %v and %s
// (and fmt's printing of structs holding an Installation) cannot leak it.
func (i Installation) String() string {
	return fmt.Sprintf("{TeamID:%s TeamName:%q BotToken:%s BotUserID:%s BotID:%s Scopes:%s InstalledAt:%s EnterpriseID:%s}",
		i.TeamID, i.TeamName, redacted(i.BotToken), i.BotUserID, i.BotID,
		strings.Join(i.Scopes, ","), i.InstalledAt.UTC().Format(time.RFC3339), i.EnterpriseID)
}

// GoString makes %#v redact too; it is the one verb that bypasses String.
func (i Installation) GoString() string { return "install.Installation" + i.String() }

// LogValue implements slog.LogValuer with the token redacted. Without it a
// JSON handler would marshal the struct field by field, token included.
func (i Installation) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("team", i.TeamID),
		slog.String("team_name", i.TeamName),
		slog.String("bot_token", redacted(i.BotToken)),
		slog.String("bot_user_id", i.BotUserID),
		slog.String("bot_id", i.BotID),
		slog.String("scopes", strings.Join(i.Scopes, ",")),
		slog.Time("installed_at", i.InstalledAt),
	}
	if i.EnterpriseID != "" {
		attrs = append(attrs, slog.String("enterprise", i.EnterpriseID))
	}
	return slog.GroupValue(attrs...)
}

// MarshalJSON redacts the token as well: slog's JSON handler marshals
// values nested in slices or maps (a logged List(), say) with
// encoding/json rather than LogValue. The store keeps its own record type,
// so this does not affect what is persisted.
func (i Installation) MarshalJSON() ([]byte, error) {
	r := recordOf(i)
	r.BotToken = redacted(i.BotToken)
	return json.Marshal(r)
}

// Source answers the two questions the hot path asks about a workspace.
// Store, *StaticSource and Sources implement it.
type Source interface {
	// BotToken returns the bot token for team (the durable outbox's
	// Tokens interface). An unknown team is an error wrapping
	// ErrNotInstalled.
	BotToken(ctx context.Context, team string) (string, error)
	// Identity returns the bot's own user id and bot id in team, for
	// slackin's self-message filter; ok is false for an unknown team.
	Identity(team string) (botUserID, botID string, ok bool)
}

func notInstalled(team string) error {
	return fmt.Errorf("install: team %q: %w", team, ErrNotInstalled)
}

// Sources asks each of its sources in order and takes the first answer:
// Combine(static, store) serves the configured workspace from the static
// token (and the "" team, which a single-workspace event may carry) and
// every OAuth-installed workspace from the store.
type Sources []Source

var _ Source = Sources(nil)

// Combine returns the non-nil sources in the order given. A nil
// *StaticSource or *Store may be passed as well: both answer "not
// installed" for every team.
func Combine(sources ...Source) Sources {
	out := make(Sources, 0, len(sources))
	for _, s := range sources {
		if s != nil {
			out = append(out, s)
		}
	}
	return out
}

// BotToken returns the first source's token for team. When none has one,
// the error wraps ErrNotInstalled (or the last other error seen, so a
// failing source is not reported as a mere absence).
func (ss Sources) BotToken(ctx context.Context, team string) (string, error) {
	var other error
	for _, s := range ss {
		tok, err := s.BotToken(ctx, team)
		if err == nil {
			return tok, nil
		}
		if !errors.Is(err, ErrNotInstalled) {
			other = err
		}
	}
	if other != nil {
		return "", other
	}
	return "", notInstalled(team)
}

// Identity returns the first source's identity for team.
func (ss Sources) Identity(team string) (botUserID, botID string, ok bool) {
	for _, s := range ss {
		if u, b, ok := s.Identity(team); ok {
			return u, b, true
		}
	}
	return "", "", false
}
