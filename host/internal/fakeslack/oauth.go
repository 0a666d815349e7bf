package fakeslack

import (
	"encoding/json"
	"net/http"
	"strings"
)

type oauthGrant struct {
	team   Team
	scopes []string
	used   bool
}

// SetOAuthClient sets the app's client id and secret; oauth.v2.access checks
// them (as form fields, the way slack-go sends them, or HTTP Basic auth).
// Until it is called every exchange answers invalid_client_id.
func (s *Server) SetOAuthClient(clientID, clientSecret string) {
	s.mu.Lock()
	s.oauthID, s.oauthSec = clientID, clientSecret
	s.mu.Unlock()
}

// AddOAuthCode registers a one-time authorization code: oauth.v2.access with
// it answers the installation of t (access_token = t.BotToken, bot_user_id,
// team.id/name, scope = scopes joined by ","), and t is added as with
// AddTeam, so the token works from then on. A second exchange of the same
// code answers invalid_code, as Slack does.
//
// slack-go's GetOAuthV2ResponseContext posts to https://slack.com/api/ unless
// given slack.OAuthOptionAPIURL(s.APIURL()).
func (s *Server) AddOAuthCode(code string, t Team, scopes []string) {
	s.mu.Lock()
	s.oauthCode[code] = oauthGrant{team: t, scopes: append([]string(nil), scopes...)}
	s.mu.Unlock()
}

type oauthTeam struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type oauthAnswer struct {
	OK                  bool            `json:"ok"`
	AppID               string          `json:"app_id"`
	AuthedUser          json.RawMessage `json:"authed_user"`
	Scope               string          `json:"scope"`
	TokenType           string          `json:"token_type"`
	AccessToken         string          `json:"access_token"`
	BotUserID           string          `json:"bot_user_id"`
	Team                oauthTeam       `json:"team"`
	Enterprise          json.RawMessage `json:"enterprise"`
	IsEnterpriseInstall bool            `json:"is_enterprise_install"`
}

func (s *Server) oauthAccess(r *http.Request, st *reqState) answer {
	id, secret := string(st.f.clientID), string(st.f.clientSecret)
	if id == "" {
		if u, p, ok := r.BasicAuth(); ok {
			id, secret = u, p
		}
	}
	code := string(st.f.code)
	s.mu.Lock()
	switch {
	case s.oauthID == "" || id != s.oauthID:
		s.mu.Unlock()
		return answer{err: "invalid_client_id"}
	case secret != s.oauthSec:
		s.mu.Unlock()
		return answer{err: "bad_client_secret"}
	}
	g, ok := s.oauthCode[code]
	if !ok || g.used {
		s.mu.Unlock()
		return answer{err: "invalid_code"}
	}
	g.used = true
	s.oauthCode[code] = g
	s.mu.Unlock()

	s.AddTeam(g.team)
	out, err := json.Marshal(oauthAnswer{
		OK:          true,
		AppID:       s.cfg.appID,
		AuthedUser:  json.RawMessage(`{"id":"U0INSTALLER"}`),
		Scope:       strings.Join(g.scopes, ","),
		TokenType:   "bot",
		AccessToken: g.team.BotToken,
		BotUserID:   g.team.BotUserID,
		Team:        oauthTeam{ID: g.team.ID, Name: g.team.Name},
		Enterprise:  json.RawMessage(`null`),
	})
	if err != nil {
		return answer{err: "internal_error"}
	}
	st.out = append(st.out[:0], out...)
	t := g.team
	return answer{team: &t}
}
