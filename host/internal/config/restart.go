package config

import (
	"slices"
)

// RestartSettings names the settings read only when the host starts: a
// reload of bot.toml cannot change them (the listener, the data
// directory, the Slack connection and what was built from them), so a
// change takes effect after a restart. Everything else (skills, routes,
// limits, schedules, hooks, and [slack] signing_secret) is applied live.
var RestartSettings = []string{
	"[bot] listen", "[bot] data_dir", "[bot] max_body", "[bot] dedup_window", "[bot] outbox_retry_window",
	"[slack] mode", "[slack] bot_token", "[slack] app_token", "[slack] api_url", "[slack] client_id",
	"[slack] client_secret", "[slack] scopes", "[slack] redirect_url", "[slack] ignore_bots",
	"[slack] ignore_edits", "[slack] command_ack",
}

// RestartNeeded lists the settings of RestartSettings that differ
// between old and new: what a reload from old to new leaves unapplied.
func RestartNeeded(old, new *Config) []string {
	var out []string
	add := func(changed bool, name string) {
		if changed {
			out = append(out, name)
		}
	}
	a, b := old.Bot, new.Bot
	add(a.Listen != b.Listen, "[bot] listen")
	add(a.DataDir != b.DataDir, "[bot] data_dir")
	add(a.MaxBody != b.MaxBody, "[bot] max_body")
	add(a.DedupWindow != b.DedupWindow, "[bot] dedup_window")
	add(a.OutboxRetryWindow != b.OutboxRetryWindow, "[bot] outbox_retry_window")
	s, t := old.Slack, new.Slack
	add(s.Mode != t.Mode, "[slack] mode")
	add(s.BotToken != t.BotToken, "[slack] bot_token")
	add(s.AppToken != t.AppToken, "[slack] app_token")
	add(s.APIURL != t.APIURL, "[slack] api_url")
	add(s.ClientID != t.ClientID, "[slack] client_id")
	add(s.ClientSecret != t.ClientSecret, "[slack] client_secret")
	add(!slices.Equal(s.Scopes, t.Scopes), "[slack] scopes")
	add(s.RedirectURL != t.RedirectURL, "[slack] redirect_url")
	add(s.IgnoreBots != t.IgnoreBots, "[slack] ignore_bots")
	add(s.IgnoreEdits != t.IgnoreEdits, "[slack] ignore_edits")
	add(s.CommandAck != t.CommandAck, "[slack] command_ack")
	return out
}
