package config

import (
	"fmt"
	"log/slog"
)

// redacted stands in for a credential in logs and %v output. It says
// whether the value is set, which is usually the question being debugged,
// and nothing else.
func redacted(s string) string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// String renders s with tokens and secrets redacted, so that printing or
// logging a Slack (or a Config, via fmt's use of String on fields) cannot
// leak credentials. Mode, API URL and client ID are not secret and are shown.
func (s Slack) String() string {
	return fmt.Sprintf("{Mode:%s SigningSecret:%s BotToken:%s AppToken:%s APIURL:%s ClientID:%s ClientSecret:%s}",
		s.Mode, redacted(s.SigningSecret), redacted(s.BotToken), redacted(s.AppToken),
		s.APIURL, s.ClientID, redacted(s.ClientSecret))
}

// GoString makes %#v redact too; it is the one verb that bypasses String.
func (s Slack) GoString() string { return "config.Slack" + s.String() }

// LogValue implements slog.LogValuer with credentials redacted.
func (s Slack) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("mode", s.Mode),
		slog.String("signing_secret", redacted(s.SigningSecret)),
		slog.String("bot_token", redacted(s.BotToken)),
		slog.String("app_token", redacted(s.AppToken)),
		slog.String("api_url", s.APIURL),
		slog.String("client_id", s.ClientID),
		slog.String("client_secret", redacted(s.ClientSecret)),
	)
}

// LogValue implements slog.LogValuer (on the value, so a Config and a
// *Config both redact). Without it a JSON handler would
// marshal the struct field by field, Slack credentials included.
func (c Config) LogValue() slog.Value {
	names := make([]string, len(c.Skills))
	for i, s := range c.Skills {
		names[i] = s.Name
	}
	return slog.GroupValue(
		slog.String("path", c.Path),
		slog.String("name", c.Bot.Name),
		slog.String("data_dir", c.Bot.DataDir),
		slog.String("listen", c.Bot.Listen),
		slog.String("log_level", c.Bot.LogLevel),
		slog.Any("slack", c.Slack),
		slog.Any("skills", names),
	)
}

// String renders h with its secret redacted (see Slack.String).
func (h Hook) String() string {
	return fmt.Sprintf("{Name:%s Secret:%s Auth:%s Header:%s MaxBody:%d Topics:%v Line:%d}",
		h.Name, redacted(h.Secret), h.Auth, h.Header, h.MaxBody, h.Topics, h.Line)
}

// GoString makes %#v redact too.
func (h Hook) GoString() string { return "config.Hook" + h.String() }

// LogValue implements slog.LogValuer with the secret redacted.
func (h Hook) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", h.Name), slog.String("secret", redacted(h.Secret)), slog.String("auth", h.Auth))
}
