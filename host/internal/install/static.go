package install

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/slack-go/slack"
)

// defaultHTTPTimeout bounds auth.test and oauth.v2.access calls when the
// caller gives no client: both are quick, and a hung Slack must not hang
// start-up or a browser waiting on the redirect page.
const defaultHTTPTimeout = 10 * time.Second

// StaticSource serves the one workspace of a configured bot token
// (single-workspace mode). Its answers never change, so it needs no lock.
// A nil *StaticSource has no installation.
type StaticSource struct {
	inst Installation
}

var _ Source = (*StaticSource)(nil)

// Static identifies botToken with auth.test (at apiURL, slack.APIURL when
// empty, through httpClient, a 10 s-timeout client when nil) and returns a
// source serving it for the team auth.test names and for the "" team
// (events that carry no team id). A revoked or mistyped token fails here,
// at start-up, rather than on the first reply.
func Static(ctx context.Context, apiURL, botToken string, httpClient *http.Client) (*StaticSource, error) {
	if botToken == "" {
		return nil, errors.New("install: static: empty bot token")
	}
	resp, err := authTest(ctx, apiURL, botToken, httpClient)
	if err != nil {
		return nil, fmt.Errorf("install: static: %w", err)
	}
	return &StaticSource{inst: Installation{
		TeamID:       resp.TeamID,
		TeamName:     resp.Team,
		BotToken:     botToken,
		BotUserID:    resp.UserID,
		BotID:        resp.BotID,
		EnterpriseID: resp.EnterpriseID,
		InstalledAt:  time.Now(),
	}}, nil
}

// authTest calls auth.test with token. slack-go's errors name the method
// and Slack's error code (invalid_auth, ...) or the transport failure,
// never the token, which travels in the request body.
func authTest(ctx context.Context, apiURL, token string, httpClient *http.Client) (*slack.AuthTestResponse, error) {
	if httpClient == nil {
		httpClient = &http.Client{Timeout: defaultHTTPTimeout}
	}
	opts := []slack.Option{slack.OptionHTTPClient(httpClient)}
	if apiURL != "" {
		opts = append(opts, slack.OptionAPIURL(apiURL))
	}
	resp, err := slack.New(token, opts...).AuthTestContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("auth.test: %w", err)
	}
	if resp.TeamID == "" || resp.UserID == "" {
		return nil, errors.New("auth.test: answer without team_id or user_id")
	}
	return resp, nil
}

// Installation returns what auth.test said about the token (redacted when
// printed or logged).
func (s *StaticSource) Installation() Installation {
	if s == nil {
		return Installation{}
	}
	return s.inst
}

func (s *StaticSource) serves(team string) bool {
	return s != nil && (team == "" || team == s.inst.TeamID)
}

// BotToken returns the token for its team or "".
func (s *StaticSource) BotToken(_ context.Context, team string) (string, error) {
	if !s.serves(team) {
		return "", notInstalled(team)
	}
	return s.inst.BotToken, nil
}

// Identity returns the bot's ids for its team or "".
func (s *StaticSource) Identity(team string) (botUserID, botID string, ok bool) {
	if !s.serves(team) {
		return "", "", false
	}
	return s.inst.BotUserID, s.inst.BotID, true
}
