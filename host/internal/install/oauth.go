package install

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/bothost/bothost/host/internal/clock"
)

// Paths the OAuth handlers are mounted at by Routes (Bolt's defaults).
const (
	InstallPath  = "/slack/install"
	RedirectPath = "/slack/oauth_redirect"
)

// DefaultAuthorizeURL is Slack's OAuth v2 authorize page.
const DefaultAuthorizeURL = "https://slack.com/oauth/v2/authorize"

// DefaultStateTTL is how long an install link stays usable: long enough
// to pick a workspace and read the consent page, short enough that a
// leaked state is soon worthless.
const DefaultStateTTL = 10 * time.Minute

// StateCookie is the cookie binding a state to the browser that started
// the install (the name Bolt uses).
const StateCookie = "slack-app-oauth-state"

// OAuthConfig configures the install flow.
type OAuthConfig struct {
	ClientID     string   // required
	ClientSecret string   // required; also keys the state signatures
	Scopes       []string // bot scopes requested, comma-joined into "scope"
	// RedirectURI, when set, is sent as redirect_uri to the authorize page
	// and to oauth.v2.access (Slack requires the two to match). Empty: the
	// app's configured redirect URL applies.
	RedirectURI string
	// AuthorizeURL is the authorize page (DefaultAuthorizeURL when empty).
	AuthorizeURL string
	// APIURL is the Web API base for oauth.v2.access and auth.test
	// (slack.APIURL when empty), with its trailing slash.
	APIURL string
	// HTTPClient calls Slack (nil: a client with a 10 s timeout).
	HTTPClient *http.Client
	// StateTTL bounds the time between /slack/install and the redirect
	// (<= 0: DefaultStateTTL).
	StateTTL time.Duration
	Clock    clock.Clock  // nil: the system clock
	Logger   *slog.Logger // nil: slog.Default()
	// OnInstall, if set, is called after an installation has been stored.
	OnInstall func(Installation)
}

// OAuth serves Slack's OAuth v2 install flow and stores the installations
// it completes in a Store.
//
// The state parameter defends the redirect against CSRF (an attacker
// making a victim's browser complete the attacker's install) and replay.
// It is nonce ‖ expiry, signed with HMAC-SHA256 under a key derived from
// the client secret (so it needs no storage and survives restarts), and
// it is set as a cookie on the browser that asked for /slack/install. The
// redirect accepts it only if the signature holds, it has not expired,
// the same browser presents it in the cookie, and its nonce has not been
// used before (the Store remembers used nonces until they expire).
// A browser running two installs at once keeps only the newer state, so
// the older one fails and has to be started again, as with Bolt.
type OAuth struct {
	cfg   OAuthConfig
	store *Store
	key   []byte
	clk   clock.Clock
	log   *slog.Logger
}

// NewOAuth returns the install flow writing to store.
func NewOAuth(cfg OAuthConfig, store *Store) (*OAuth, error) {
	if cfg.ClientID == "" || cfg.ClientSecret == "" {
		return nil, errors.New("install: oauth: client_id and client_secret are required")
	}
	if store == nil {
		return nil, errors.New("install: oauth: nil store")
	}
	if cfg.AuthorizeURL == "" {
		cfg.AuthorizeURL = DefaultAuthorizeURL
	}
	if _, err := url.Parse(cfg.AuthorizeURL); err != nil {
		return nil, fmt.Errorf("install: oauth: authorize URL: %w", err)
	}
	if cfg.APIURL == "" {
		cfg.APIURL = slack.APIURL
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: defaultHTTPTimeout}
	}
	if cfg.StateTTL <= 0 {
		cfg.StateTTL = DefaultStateTTL
	}
	o := &OAuth{cfg: cfg, store: store, clk: cfg.Clock, log: cfg.Logger}
	if o.clk == nil {
		o.clk = clock.System{}
	}
	if o.log == nil {
		o.log = slog.Default()
	}
	// A derived key rather than the secret itself: the state key is then
	// only good for states, and rotating the client secret invalidates
	// pending states along with it.
	mac := hmac.New(sha256.New, []byte(cfg.ClientSecret))
	mac.Write([]byte("bothost install state v1"))
	o.key = mac.Sum(nil)
	return o, nil
}

// Routes mounts GET InstallPath and GET RedirectPath on mux.
func (o *OAuth) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET "+InstallPath, o.HandleInstall)
	mux.HandleFunc("GET "+RedirectPath, o.HandleRedirect)
}

// State layout: 16 random bytes of nonce, then the expiry as big-endian
// Unix nanoseconds; the state string is base64url(payload) "." base64url(mac).
const (
	nonceLen   = 16
	payloadLen = nonceLen + 8
)

var b64 = base64.RawURLEncoding

func (o *OAuth) sign(payloadB64 string) []byte {
	mac := hmac.New(sha256.New, o.key)
	mac.Write([]byte(payloadB64))
	return mac.Sum(nil)
}

func (o *OAuth) newState() string {
	p := make([]byte, nonceLen, payloadLen)
	rand.Read(p) // never fails (crypto/rand, Go 1.24+)
	p = binary.BigEndian.AppendUint64(p, uint64(o.clk.Now().Add(o.cfg.StateTTL).UnixNano()))
	pb := b64.EncodeToString(p)
	return pb + "." + b64.EncodeToString(o.sign(pb))
}

// stateError is why a state was refused; its text is shown to the user
// and logged, so it holds no secret.
type stateError string

func (e stateError) Error() string { return string(e) }

const (
	errStateMissing  stateError = "the state parameter is missing"
	errStateInvalid  stateError = "the state parameter is invalid"
	errStateExpired  stateError = "the install link has expired"
	errStateCookie   stateError = "the install was not started in this browser (state cookie missing or different)"
	errStateReplayed stateError = "the install link has already been used"
)

// checkState verifies state against the signature, the clock and the
// browser's cookie and returns its nonce and expiry. It does not consume
// it: that is the store's job, last, so a request refused for another
// reason does not burn the victim's state.
func (o *OAuth) checkState(r *http.Request, state string) (nonce []byte, exp time.Time, err error) {
	if state == "" {
		return nil, time.Time{}, errStateMissing
	}
	pb, sb, ok := strings.Cut(state, ".")
	if !ok {
		return nil, time.Time{}, errStateInvalid
	}
	sig, err := b64.DecodeString(sb)
	if err != nil || !hmac.Equal(sig, o.sign(pb)) {
		return nil, time.Time{}, errStateInvalid
	}
	p, err := b64.DecodeString(pb)
	if err != nil || len(p) != payloadLen {
		return nil, time.Time{}, errStateInvalid
	}
	exp = time.Unix(0, int64(binary.BigEndian.Uint64(p[nonceLen:])))
	if !o.clk.Now().Before(exp) {
		return nil, time.Time{}, errStateExpired
	}
	c, err := r.Cookie(StateCookie)
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(state)) != 1 {
		return nil, time.Time{}, errStateCookie
	}
	return p[:nonceLen], exp, nil
}

func secureRequest(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

func (o *OAuth) setStateCookie(w http.ResponseWriter, r *http.Request, state string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name:     StateCookie,
		Value:    state,
		Path:     "/",
		MaxAge:   maxAge,
		HttpOnly: true,
		// Lax, not Strict: the redirect is a top-level navigation from
		// slack.com, which must carry the cookie.
		SameSite: http.SameSiteLaxMode,
		// Secure whenever the browser reached us over HTTPS; a plain-HTTP
		// development setup would never send a Secure cookie back.
		Secure: secureRequest(r),
	})
}

// HandleInstall answers GET /slack/install: a 302 to Slack's authorize
// page with a fresh state, which it also sets as the browser's cookie.
func (o *OAuth) HandleInstall(w http.ResponseWriter, r *http.Request) {
	state := o.newState()
	u, _ := url.Parse(o.cfg.AuthorizeURL) // checked by NewOAuth
	q := u.Query()
	q.Set("client_id", o.cfg.ClientID)
	q.Set("scope", strings.Join(o.cfg.Scopes, ","))
	if o.cfg.RedirectURI != "" {
		q.Set("redirect_uri", o.cfg.RedirectURI)
	}
	q.Set("state", state)
	u.RawQuery = q.Encode()
	o.setStateCookie(w, r, state, int(o.cfg.StateTTL/time.Second))
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// HandleRedirect answers GET /slack/oauth_redirect: it checks the state,
// exchanges the code with oauth.v2.access, learns the bot id with
// auth.test, stores the installation and answers a success page.
//
// Refusals: the user cancelling (error=access_denied) or a missing code
// is 400; a bad, expired, replayed or foreign state is 403; Slack refusing
// the code (invalid_code, bad_redirect_uri, ...) is 400; Slack unreachable
// or failing is 502. Each is a small HTML page and a log line without
// code, state or token.
func (o *OAuth) HandleRedirect(w http.ResponseWriter, r *http.Request) {
	// The state is good for one attempt whatever happens: clear it.
	o.setStateCookie(w, r, "", -1)
	w.Header().Set("Cache-Control", "no-store")
	q := r.URL.Query()

	if e := q.Get("error"); e != "" {
		o.log.Info("install: authorization refused", "error", e)
		msg := "The installation was cancelled."
		if e != "access_denied" {
			msg = "Slack refused the installation (" + e + ")."
		}
		o.page(w, http.StatusBadRequest, failPage, msg)
		return
	}

	nonce, exp, err := o.checkState(r, q.Get("state"))
	if err != nil {
		o.log.Warn("install: state refused", "reason", err.Error(), "remote", r.RemoteAddr)
		o.page(w, http.StatusForbidden, failPage, "Installation refused: "+err.Error()+". Please start again.")
		return
	}
	code := q.Get("code")
	if code == "" {
		o.log.Warn("install: redirect without code", "remote", r.RemoteAddr)
		o.page(w, http.StatusBadRequest, failPage, "Installation refused: Slack sent no authorization code.")
		return
	}
	if err := o.store.consumeState(nonce, exp); err != nil {
		if errors.Is(err, errStateUsed) {
			o.log.Warn("install: state refused", "reason", errStateReplayed.Error(), "remote", r.RemoteAddr)
			o.page(w, http.StatusForbidden, failPage, "Installation refused: "+errStateReplayed.Error()+". Please start again.")
			return
		}
		o.log.Error("install: record state", "err", err)
		o.page(w, http.StatusInternalServerError, failPage, "Could not complete the installation; please try again.")
		return
	}

	inst, status, err := o.exchange(r.Context(), code)
	if err != nil {
		o.log.Warn("install: exchange failed", "err", err)
		msg := "Slack did not complete the installation; please start again."
		if status == http.StatusBadGateway {
			msg = "Could not reach Slack to complete the installation; please try again."
		}
		o.page(w, status, failPage, msg)
		return
	}
	if err := o.store.Save(r.Context(), inst); err != nil {
		o.log.Error("install: store installation", "team", inst.TeamID, "err", err)
		o.page(w, http.StatusInternalServerError, failPage, "Could not save the installation; please try again.")
		return
	}
	o.log.Info("install: installed", "installation", inst)
	if o.cfg.OnInstall != nil {
		o.cfg.OnInstall(inst)
	}
	name := inst.TeamName
	if name == "" {
		name = inst.TeamID
	}
	o.page(w, http.StatusOK, okPage, name)
}

// exchange trades code for the installation, returning the HTTP status to
// answer with when it fails: 400 when Slack refused (its error code, such
// as invalid_code, is in err), 502 when Slack could not be asked.
func (o *OAuth) exchange(ctx context.Context, code string) (Installation, int, error) {
	resp, err := slack.GetOAuthV2ResponseContext(ctx, o.cfg.HTTPClient,
		o.cfg.ClientID, o.cfg.ClientSecret, code, o.cfg.RedirectURI,
		slack.OAuthOptionAPIURL(o.cfg.APIURL))
	if err != nil {
		var se slack.SlackErrorResponse
		if errors.As(err, &se) {
			return Installation{}, http.StatusBadRequest, fmt.Errorf("oauth.v2.access: %w", err)
		}
		return Installation{}, http.StatusBadGateway, fmt.Errorf("oauth.v2.access: %w", err)
	}
	if !resp.Ok {
		return Installation{}, http.StatusBadRequest, errors.New("oauth.v2.access: answered ok:false without an error code")
	}
	if resp.Team.ID == "" {
		// An org-wide (Enterprise Grid) install has no team; events name
		// each workspace's team, which this store could not map back.
		return Installation{}, http.StatusBadRequest,
			fmt.Errorf("oauth.v2.access: org-wide install (enterprise %q) not supported", resp.Enterprise.ID)
	}
	if resp.AccessToken == "" || resp.BotUserID == "" {
		return Installation{}, http.StatusBadRequest,
			fmt.Errorf("oauth.v2.access: team %q: answer without a bot token (is a bot scope requested?)", resp.Team.ID)
	}
	// oauth.v2.access names the bot user but not the bot id that marks
	// the bot's own messages; auth.test with the new token gives both
	// (Bolt does the same).
	at, err := authTest(ctx, o.cfg.APIURL, resp.AccessToken, o.cfg.HTTPClient)
	if err != nil {
		return Installation{}, http.StatusBadGateway, fmt.Errorf("team %q: %w", resp.Team.ID, err)
	}
	if at.TeamID != resp.Team.ID {
		return Installation{}, http.StatusBadGateway,
			fmt.Errorf("team %q: auth.test names team %q", resp.Team.ID, at.TeamID)
	}
	var scopes []string
	for s := range strings.SplitSeq(resp.Scope, ",") {
		if s = strings.TrimSpace(s); s != "" {
			scopes = append(scopes, s)
		}
	}
	return Installation{
		TeamID:       resp.Team.ID,
		TeamName:     resp.Team.Name,
		BotToken:     resp.AccessToken,
		BotUserID:    resp.BotUserID,
		BotID:        at.BotID,
		Scopes:       scopes,
		InstalledAt:  o.clk.Now(),
		EnterpriseID: resp.Enterprise.ID,
	}, http.StatusOK, nil
}

var (
	okPage = template.Must(template.New("ok").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>Installed</title></head>
<body><h1>Installed</h1><p>The bot is now installed in <b>{{.}}</b>. You can close this page and return to Slack.</p></body></html>
`))
	failPage = template.Must(template.New("fail").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>Installation failed</title></head>
<body><h1>Installation failed</h1><p>{{.}}</p><p><a href="` + InstallPath + `">Start again</a></p></body></html>
`))
)

// page answers status with t rendered on data (escaped by html/template:
// the team name comes from Slack, the error code from the query).
func (o *OAuth) page(w http.ResponseWriter, status int, t *template.Template, data string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if err := t.Execute(w, data); err != nil {
		o.log.Debug("install: write page", "err", err)
	}
}
