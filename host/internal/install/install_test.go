package install

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/fakeslack"
	"github.com/bothost/bothost/host/internal/testlog"
)

const (
	clientID     = "111.222"
	clientSecret = "client-secret-do-not-leak"
)

var (
	teamA = fakeslack.Team{ID: "TAAA", Name: "Alpha <Corp>", BotToken: "xoxb-alpha-secret-token", BotUserID: "UBOTA", BotID: "BBOTA"}
	teamB = fakeslack.Team{ID: "TBBB", Name: "Beta", BotToken: "xoxb-beta-secret-token", BotUserID: "UBOTB", BotID: "BBOTB"}
)

// env is a host with the OAuth handlers mounted, a store in a temp file,
// a fake clock, captured logs and a fake Slack.
type env struct {
	t     *testing.T
	slack *fakeslack.Server
	path  string
	store *Store
	oauth *OAuth
	// served is what the test server runs: reopen swaps in a new OAuth
	// on the new store, as a restarted host would build.
	served atomic.Pointer[http.ServeMux]
	clk    *clock.Fake
	logs   *testlog.Buffer
	log    *slog.Logger
	srv    *httptest.Server
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, slack: fakeslack.New(), clk: clock.NewFake(time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)), logs: &testlog.Buffer{}}
	t.Cleanup(e.slack.Close)
	e.slack.SetOAuthClient(clientID, clientSecret)
	e.log = slog.New(slog.NewJSONHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.path = filepath.Join(t.TempDir(), "data", "installations.db")
	e.openStore()
	e.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.served.Load().ServeHTTP(w, r)
	}))
	t.Cleanup(e.srv.Close)
	e.mount()
	t.Cleanup(func() { e.store.Close() })
	return e
}

func (e *env) openStore() {
	e.t.Helper()
	s, err := Open(e.path, WithClock(e.clk), WithLogger(e.log))
	if err != nil {
		e.t.Fatal(err)
	}
	e.store = s
}

// reopen closes the store and opens the file again, as a restarted host
// does, and points the handlers at the new store.
func (e *env) reopen() {
	e.t.Helper()
	if err := e.store.Close(); err != nil {
		e.t.Fatal(err)
	}
	e.openStore()
	e.mount()
}

func (e *env) mount() {
	o, err := NewOAuth(OAuthConfig{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		Scopes:       []string{"chat:write", "commands", "app_mentions:read"},
		RedirectURI:  e.srv.URL + RedirectPath,
		AuthorizeURL: e.slack.AuthorizeURL(),
		APIURL:       e.slack.APIURL(),
		Clock:        e.clk,
		Logger:       e.log,
	}, e.store)
	if err != nil {
		e.t.Fatal(err)
	}
	e.oauth = o
	mux := http.NewServeMux()
	o.Routes(mux)
	e.served.Store(mux)
}

// browser is an http.Client with a cookie jar that does not follow
// redirects, so each step of the flow can be inspected.
func browser(t *testing.T) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{
		Jar:           jar,
		Timeout:       30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

type answer struct {
	status int
	body   string
	header http.Header
}

func get(t *testing.T, c *http.Client, u string, cookies ...*http.Cookie) answer {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ck := range cookies {
		req.AddCookie(ck)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, string(b), resp.Header}
}

// startInstall GETs /slack/install and returns the state from the
// redirect to the authorize page, checking the redirect on the way.
func (e *env) startInstall(c *http.Client) string {
	e.t.Helper()
	a := get(e.t, c, e.srv.URL+InstallPath)
	if a.status != http.StatusFound {
		e.t.Fatalf("install: status %d, want 302", a.status)
	}
	loc, err := url.Parse(a.header.Get("Location"))
	if err != nil {
		e.t.Fatal(err)
	}
	want, _ := url.Parse(e.slack.AuthorizeURL())
	if loc.Scheme != want.Scheme || loc.Host != want.Host || loc.Path != want.Path {
		e.t.Fatalf("install redirects to %s, want the authorize URL %s", loc, want)
	}
	q := loc.Query()
	for k, v := range map[string]string{
		"client_id":    clientID,
		"scope":        "chat:write,commands,app_mentions:read",
		"redirect_uri": e.srv.URL + RedirectPath,
	} {
		if q.Get(k) != v {
			e.t.Errorf("authorize %s = %q, want %q", k, q.Get(k), v)
		}
	}
	state := q.Get("state")
	if state == "" {
		e.t.Fatal("authorize URL without state")
	}
	// The fake authorize page is where the user would consent.
	if a := get(e.t, c, loc.String()); a.status != http.StatusOK {
		e.t.Fatalf("authorize page: %d", a.status)
	}
	return state
}

func (e *env) redirect(c *http.Client, q url.Values, cookies ...*http.Cookie) answer {
	e.t.Helper()
	return get(e.t, c, e.srv.URL+RedirectPath+"?"+q.Encode(), cookies...)
}

// install runs the whole flow for team in browser c.
func (e *env) install(c *http.Client, t fakeslack.Team, code string) answer {
	e.t.Helper()
	e.slack.AddOAuthCode(code, t, []string{"chat:write", "commands", "app_mentions:read"})
	state := e.startInstall(c)
	return e.redirect(c, url.Values{"code": {code}, "state": {state}})
}

func (e *env) wantInstalled(t fakeslack.Team) {
	e.t.Helper()
	inst, ok := e.store.Get(t.ID)
	if !ok {
		e.t.Fatalf("team %s not stored", t.ID)
	}
	want := Installation{
		TeamID: t.ID, TeamName: t.Name, BotToken: t.BotToken, BotUserID: t.BotUserID, BotID: t.BotID,
		Scopes: []string{"chat:write", "commands", "app_mentions:read"}, InstalledAt: e.clk.Now(),
	}
	if inst.TeamID != want.TeamID || inst.TeamName != want.TeamName || inst.BotToken != want.BotToken ||
		inst.BotUserID != want.BotUserID || inst.BotID != want.BotID || !slices.Equal(inst.Scopes, want.Scopes) ||
		!inst.InstalledAt.Equal(want.InstalledAt) {
		e.t.Fatalf("stored %#v (token %q), want %#v", inst, inst.BotToken, want)
	}
	tok, err := e.store.BotToken(context.Background(), t.ID)
	if err != nil || tok != t.BotToken {
		e.t.Fatalf("BotToken(%s) = %q, %v", t.ID, tok, err)
	}
	u, b, ok := e.store.Identity(t.ID)
	if !ok || u != t.BotUserID || b != t.BotID {
		e.t.Fatalf("Identity(%s) = %q %q %v", t.ID, u, b, ok)
	}
}

func (e *env) wantNothingStored() {
	e.t.Helper()
	if l := e.store.List(); len(l) != 0 {
		e.t.Fatalf("stored %v, want nothing", l)
	}
}

func (e *env) wantNoSecretsLogged(secrets ...string) {
	e.t.Helper()
	logs := e.logs.String()
	for _, s := range append(secrets, clientSecret, teamA.BotToken, teamB.BotToken) {
		if strings.Contains(logs, s) {
			e.t.Fatalf("logs contain secret %q:\n%s", s, logs)
		}
	}
}

func TestInstallFlow(t *testing.T) {
	e := newEnv(t)
	c := browser(t)
	a := e.install(c, teamA, "code-alpha")
	if a.status != http.StatusOK {
		t.Fatalf("redirect: %d %s", a.status, a.body)
	}
	if !strings.Contains(a.body, "Alpha &lt;Corp&gt;") {
		t.Errorf("success page does not name the (escaped) team: %s", a.body)
	}
	if strings.Contains(a.body, teamA.BotToken) {
		t.Error("success page shows the token")
	}
	// The state cookie is cleared once used.
	u, _ := url.Parse(e.srv.URL)
	if ck := c.Jar.Cookies(u); len(ck) != 0 {
		t.Errorf("cookies left after the redirect: %v", ck)
	}
	e.wantInstalled(teamA)

	e.reopen()
	e.wantInstalled(teamA)
	if l := e.store.List(); len(l) != 1 || l[0].TeamID != teamA.ID {
		t.Fatalf("List after reopen = %v", l)
	}
	e.wantNoSecretsLogged("code-alpha")
	if !strings.Contains(e.logs.String(), `"msg":"install: installed"`) {
		t.Errorf("install not logged:\n%s", e.logs)
	}
}

func TestTwoWorkspaces(t *testing.T) {
	e := newEnv(t)
	if a := e.install(browser(t), teamA, "code-a"); a.status != http.StatusOK {
		t.Fatalf("install A: %d %s", a.status, a.body)
	}
	if a := e.install(browser(t), teamB, "code-b"); a.status != http.StatusOK {
		t.Fatalf("install B: %d %s", a.status, a.body)
	}
	e.wantInstalled(teamA)
	e.wantInstalled(teamB)
	e.reopen()
	e.wantInstalled(teamA)
	e.wantInstalled(teamB)
	var ids []string
	for _, i := range e.store.List() {
		ids = append(ids, i.TeamID)
	}
	if !slices.Equal(ids, []string{teamA.ID, teamB.ID}) {
		t.Fatalf("List = %v", ids)
	}
	if _, err := e.store.BotToken(context.Background(), "TOTHER"); !errors.Is(err, ErrNotInstalled) {
		t.Fatalf("unknown team: %v", err)
	}
	if _, _, ok := e.store.Identity("TOTHER"); ok {
		t.Fatal("unknown team has an identity")
	}
}

func TestReinstallReplacesToken(t *testing.T) {
	e := newEnv(t)
	if a := e.install(browser(t), teamA, "code-1"); a.status != http.StatusOK {
		t.Fatalf("%d %s", a.status, a.body)
	}
	newA := teamA
	newA.BotToken = "xoxb-alpha-rotated"
	e.slack.AddTeam(newA)
	e.clk.Advance(time.Hour)
	if a := e.install(browser(t), newA, "code-2"); a.status != http.StatusOK {
		t.Fatalf("%d %s", a.status, a.body)
	}
	e.wantInstalled(newA)
	if n := len(e.store.List()); n != 1 {
		t.Fatalf("%d installations, want 1", n)
	}
}

// signState makes a well-formed state for o with the given nonce and expiry.
func signState(o *OAuth, nonce byte, exp time.Time) string {
	p := bytes.Repeat([]byte{nonce}, nonceLen)
	p = append(p, byte(0), 0, 0, 0, 0, 0, 0, 0)
	n := uint64(exp.UnixNano())
	for i := range 8 {
		p[nonceLen+i] = byte(n >> (56 - 8*i))
	}
	pb := b64.EncodeToString(p)
	return pb + "." + b64.EncodeToString(o.sign(pb))
}

func TestStateRefused(t *testing.T) {
	tests := []struct {
		name string
		// run performs the attack and returns the answer to the redirect.
		run  func(e *env) answer
		want string // in the page
	}{
		{"missing state", func(e *env) answer {
			c := browser(t)
			e.startInstall(c)
			return e.redirect(c, url.Values{"code": {"code-a"}})
		}, "missing"},
		{"tampered payload", func(e *env) answer {
			c := browser(t)
			s := e.startInstall(c)
			b := []byte(s)
			b[3] ^= 1 // still base64url, different nonce
			if b[3] == '.' || b[3] == s[3] {
				b[3] = 'A'
			}
			return e.redirect(c, url.Values{"code": {"code-a"}, "state": {string(b)}})
		}, "invalid"},
		{"tampered signature", func(e *env) answer {
			c := browser(t)
			s := e.startInstall(c)
			return e.redirect(c, url.Values{"code": {"code-a"}, "state": {s[:len(s)-2] + "xx"}})
		}, "invalid"},
		{"signed with another secret", func(e *env) answer {
			other, err := NewOAuth(OAuthConfig{ClientID: clientID, ClientSecret: "another"}, e.store)
			if err != nil {
				t.Fatal(err)
			}
			s := signState(other, 7, e.clk.Now().Add(time.Minute))
			u, _ := url.Parse(e.srv.URL)
			c := browser(t)
			c.Jar.SetCookies(u, []*http.Cookie{{Name: StateCookie, Value: s, Path: "/"}})
			return e.redirect(c, url.Values{"code": {"code-a"}, "state": {s}})
		}, "invalid"},
		{"garbage", func(e *env) answer {
			c := browser(t)
			e.startInstall(c)
			return e.redirect(c, url.Values{"code": {"code-a"}, "state": {"not-a-state"}})
		}, "invalid"},
		{"expired", func(e *env) answer {
			c := browser(t)
			s := e.startInstall(c)
			e.clk.Advance(DefaultStateTTL + time.Second)
			// The browser's cookie has expired by now too (Max-Age); a
			// client that kept it must still be refused, on the
			// signed expiry.
			return e.redirect(c, url.Values{"code": {"code-a"}, "state": {s}},
				&http.Cookie{Name: StateCookie, Value: s})
		}, "expired"},
		{"missing cookie", func(e *env) answer {
			s := e.startInstall(browser(t))
			return e.redirect(browser(t), url.Values{"code": {"code-a"}, "state": {s}})
		}, "not started in this browser"},
		{"another browser's cookie", func(e *env) answer {
			victim, attacker := browser(t), browser(t)
			s := e.startInstall(victim) // the attacker's link, opened by the victim
			e.startInstall(attacker)
			return e.redirect(attacker, url.Values{"code": {"code-a"}, "state": {s}})
		}, "not started in this browser"},
		{"replayed", func(e *env) answer {
			c := browser(t)
			e.slack.AddOAuthCode("code-b", teamB, []string{"chat:write"})
			s := e.startInstall(c)
			if a := e.redirect(c, url.Values{"code": {"code-b"}, "state": {s}}); a.status != http.StatusOK {
				t.Fatalf("first use: %d %s", a.status, a.body)
			}
			if err := e.store.Delete(context.Background(), teamB.ID); err != nil {
				t.Fatal(err)
			}
			// Replayed with the cookie (an attacker holding both), after
			// a restart: the used nonce is on disk.
			e.reopen()
			return e.redirect(browser(t), url.Values{"code": {"code-a"}, "state": {s}},
				&http.Cookie{Name: StateCookie, Value: s})
		}, "already been used"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.slack.AddOAuthCode("code-a", teamA, []string{"chat:write"})
			a := tt.run(e)
			wantStatus := http.StatusForbidden
			if a.status != wantStatus {
				t.Fatalf("status %d, want %d: %s", a.status, wantStatus, a.body)
			}
			if !strings.Contains(a.body, tt.want) {
				t.Errorf("page does not say %q: %s", tt.want, a.body)
			}
			if !strings.Contains(a.header.Get("Content-Type"), "text/html") {
				t.Errorf("content type %q", a.header.Get("Content-Type"))
			}
			e.wantNothingStored()
			if _, err := e.store.BotToken(context.Background(), teamA.ID); !errors.Is(err, ErrNotInstalled) {
				t.Fatalf("BotToken after refusal: %v", err)
			}
			if !strings.Contains(e.logs.String(), "install: state refused") {
				t.Errorf("refusal not logged:\n%s", e.logs)
			}
			e.wantNoSecretsLogged("code-a")
		})
	}
}

// The code is exchanged only after the state passed: a refused state
// never reaches Slack.
func TestRefusedStateNotExchanged(t *testing.T) {
	e := newEnv(t)
	e.slack.AddOAuthCode("code-a", teamA, nil)
	s := e.startInstall(browser(t))
	e.redirect(browser(t), url.Values{"code": {"code-a"}, "state": {s}})
	if n := len(e.slack.Attempts("oauth.v2.access")); n != 0 {
		t.Fatalf("oauth.v2.access called %d times for a refused state", n)
	}
}

func TestRedirectErrors(t *testing.T) {
	tests := []struct {
		name       string
		setup      func(e *env)
		query      func(state string) url.Values
		wantStatus int
		wantPage   string
		wantLog    string
	}{
		{"access denied", nil,
			func(s string) url.Values { return url.Values{"error": {"access_denied"}, "state": {s}} },
			http.StatusBadRequest, "cancelled", "authorization refused"},
		{"other error", nil,
			func(s string) url.Values { return url.Values{"error": {"<script>x</script>"}, "state": {s}} },
			http.StatusBadRequest, "&lt;script&gt;", "authorization refused"},
		{"missing code", nil,
			func(s string) url.Values { return url.Values{"state": {s}} },
			http.StatusBadRequest, "no authorization code", "redirect without code"},
		{"invalid code", nil,
			func(s string) url.Values { return url.Values{"code": {"code-unknown"}, "state": {s}} },
			http.StatusBadRequest, "did not complete", "invalid_code"},
		{"slack down", func(e *env) {
			e.slack.Inject("oauth.v2.access", fakeslack.Fault{Status: http.StatusInternalServerError})
		},
			func(s string) url.Values { return url.Values{"code": {"code-a"}, "state": {s}} },
			http.StatusBadGateway, "Could not reach Slack", "exchange failed"},
		{"auth.test failing", func(e *env) { e.slack.Inject("auth.test", fakeslack.Fault{Status: http.StatusServiceUnavailable}) },
			func(s string) url.Values { return url.Values{"code": {"code-a"}, "state": {s}} },
			http.StatusBadGateway, "Could not reach Slack", "auth.test"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.slack.AddOAuthCode("code-a", teamA, []string{"chat:write"})
			if tt.setup != nil {
				tt.setup(e)
			}
			c := browser(t)
			s := e.startInstall(c)
			a := e.redirect(c, tt.query(s))
			if a.status != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", a.status, tt.wantStatus, a.body)
			}
			if !strings.Contains(a.body, tt.wantPage) {
				t.Errorf("page does not say %q: %s", tt.wantPage, a.body)
			}
			if !strings.Contains(e.logs.String(), tt.wantLog) {
				t.Errorf("log does not say %q:\n%s", tt.wantLog, e.logs)
			}
			e.wantNothingStored()
			e.wantNoSecretsLogged("code-a", "code-unknown")
		})
	}
}

func TestUninstall(t *testing.T) {
	e := newEnv(t)
	e.install(browser(t), teamA, "code-a")
	e.install(browser(t), teamB, "code-b")
	e.store.Uninstall(teamA.ID)
	if _, err := e.store.BotToken(context.Background(), teamA.ID); !errors.Is(err, ErrNotInstalled) {
		t.Fatalf("BotToken after uninstall: %v", err)
	}
	if _, _, ok := e.store.Identity(teamA.ID); ok {
		t.Fatal("identity after uninstall")
	}
	e.wantInstalled(teamB)
	e.store.Uninstall(teamA.ID) // redelivered event: no error, no panic
	e.reopen()
	if _, ok := e.store.Get(teamA.ID); ok {
		t.Fatal("uninstalled team back after reopen")
	}
	e.wantInstalled(teamB)
	if !strings.Contains(e.logs.String(), `"msg":"install: uninstalled","team":"TAAA"`) {
		t.Errorf("uninstall not logged:\n%s", e.logs)
	}
	e.wantNoSecretsLogged()
}

func TestStatic(t *testing.T) {
	m := fakeslack.New()
	defer m.Close()
	m.AddTeam(teamA)
	ctx := context.Background()

	s, err := Static(ctx, m.APIURL(), teamA.BotToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, team := range []string{teamA.ID, ""} {
		tok, err := s.BotToken(ctx, team)
		if err != nil || tok != teamA.BotToken {
			t.Errorf("BotToken(%q) = %q, %v", team, tok, err)
		}
		u, b, ok := s.Identity(team)
		if !ok || u != teamA.BotUserID || b != teamA.BotID {
			t.Errorf("Identity(%q) = %q %q %v", team, u, b, ok)
		}
	}
	if got := s.Installation(); got.TeamID != teamA.ID || got.TeamName != teamA.Name {
		t.Errorf("Installation = %v", got)
	}
	if _, err := s.BotToken(ctx, teamB.ID); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("other team: %v", err)
	}
	if _, _, ok := s.Identity(teamB.ID); ok {
		t.Error("other team has an identity")
	}
	if n := len(m.Attempts("auth.test")); n != 1 {
		t.Errorf("auth.test called %d times, want once", n)
	}

	// A bad token fails at start-up, without the token in the error.
	_, err = Static(ctx, m.APIURL(), "xoxb-revoked-secret", nil)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") || strings.Contains(err.Error(), "xoxb-revoked-secret") {
		t.Errorf("bad token: %v", err)
	}
	if _, err := Static(ctx, m.APIURL(), "", nil); err == nil {
		t.Error("empty token accepted")
	}
	m.Close()
	_, err = Static(ctx, m.APIURL(), teamA.BotToken, nil)
	if err == nil || strings.Contains(err.Error(), teamA.BotToken) {
		t.Errorf("Slack unreachable: %v", err)
	}

	var nilStatic *StaticSource
	if _, err := nilStatic.BotToken(ctx, ""); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("nil static: %v", err)
	}
}

func TestCombine(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	static := teamB
	static.BotToken = "xoxb-static-secret"
	e.slack.AddTeam(static)
	s, err := Static(ctx, e.slack.APIURL(), static.BotToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.install(browser(t), teamA, "code-a")
	e.install(browser(t), teamB, "code-b") // the static team installed by OAuth too

	src := Combine(s, e.store)
	tests := []struct {
		team, token, user string
	}{
		{teamA.ID, teamA.BotToken, teamA.BotUserID},  // only in the store
		{teamB.ID, static.BotToken, teamB.BotUserID}, // static first
		{"", static.BotToken, teamB.BotUserID},       // single-workspace events
	}
	for _, tt := range tests {
		tok, err := src.BotToken(ctx, tt.team)
		if err != nil || tok != tt.token {
			t.Errorf("BotToken(%q) = %q, %v, want %q", tt.team, tok, err, tt.token)
		}
		if u, _, ok := src.Identity(tt.team); !ok || u != tt.user {
			t.Errorf("Identity(%q) = %q %v", tt.team, u, ok)
		}
	}
	if _, err := src.BotToken(ctx, "TNONE"); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("unknown team: %v", err)
	}
	e.store.Uninstall(teamA.ID)
	if _, err := src.BotToken(ctx, teamA.ID); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("after uninstall: %v", err)
	}

	// Typed nils are harmless: the lead may pass a source it did not configure.
	var noStatic *StaticSource
	var noStore *Store
	only := Combine(noStatic, noStore, nil)
	if _, err := only.BotToken(ctx, "x"); !errors.Is(err, ErrNotInstalled) {
		t.Errorf("nil sources: %v", err)
	}
	if _, _, ok := only.Identity(""); ok {
		t.Error("nil sources have an identity")
	}
}

// Nothing this package prints, logs or returns carries a token.
func TestTokensRedacted(t *testing.T) {
	inst := Installation{TeamID: "T1", TeamName: "One", BotToken: "xoxb-very-secret", BotUserID: "U1", BotID: "B1",
		Scopes: []string{"chat:write"}, EnterpriseID: "E1"}
	var logs bytes.Buffer
	for _, h := range []slog.Handler{slog.NewJSONHandler(&logs, nil), slog.NewTextHandler(&logs, nil)} {
		l := slog.New(h)
		l.Info("x", "inst", inst, "ptr", &inst)
		l.Info("y", slog.Any("list", []Installation{inst}))
	}
	out := logs.String() + fmt.Sprintf("%v %+v %s %#v %v", inst, inst, inst, inst, []Installation{inst})
	if strings.Contains(out, "xoxb-very-secret") {
		t.Fatalf("token printed:\n%s", out)
	}
	for _, want := range []string{"T1", "U1", "B1", "[redacted]"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestStoreSaveDelete(t *testing.T) {
	path := filepath.Join(t.TempDir(), "i.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	ctx := context.Background()
	for _, bad := range []Installation{{BotToken: "x"}, {TeamID: "T1"}} {
		if err := s.Save(ctx, bad); err == nil {
			t.Errorf("Save(%v) accepted", bad)
		}
	}
	in := Installation{TeamID: "T1", BotToken: "xoxb-1", BotUserID: "U1", Scopes: []string{"a"}}
	if err := s.Save(ctx, in); err != nil {
		t.Fatal(err)
	}
	in.Scopes[0] = "changed" // the caller's slice is not the stored one
	got, _ := s.Get("T1")
	if got.InstalledAt.IsZero() || got.Scopes[0] != "a" {
		t.Errorf("Get = %#v", got)
	}
	got.Scopes[0] = "mutated" // nor is the one Get returns
	if again, _ := s.Get("T1"); again.Scopes[0] != "a" {
		t.Error("Get shares its slice with the store")
	}
	if err := s.Delete(ctx, "T-none"); err != nil {
		t.Errorf("Delete of an absent team: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Save(cctx, in); !errors.Is(err, context.Canceled) {
		t.Errorf("Save with a cancelled context: %v", err)
	}

	// The file is locked to this store: a second Open fails, not hangs forever.
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Errorf("second Open: %v", err)
	}
}

// New keeps the installations in a bucket of a database the caller owns.
func TestStoreInSharedDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "host.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := New(db, WithBucket("slack_installs"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, Installation{TeamID: "T1", BotToken: "xoxb-1", BotUserID: "U1"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil { // leaves db open
		t.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("slack_installs")).Bucket(bucketTeams).Get([]byte("T1")) == nil {
			return errors.New("record not in the named bucket")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s2, err := New(db, WithBucket("slack_installs"))
	if err != nil {
		t.Fatal(err)
	}
	if tok, err := s2.BotToken(ctx, "T1"); err != nil || tok != "xoxb-1" {
		t.Fatalf("BotToken = %q, %v", tok, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := New(nil); err == nil {
		t.Error("New(nil) accepted")
	}
}

// A corrupt record fails Open with the team id, not the record's bytes.
func TestCorruptRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "i.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(db)
	if err != nil {
		t.Fatal(err)
	}
	_ = s
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(DefaultBucket)).Bucket(bucketTeams).Put([]byte("T9"), []byte(`{"bot_token":"xoxb-leak`))
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = Open(path)
	if err == nil || !strings.Contains(err.Error(), "T9") || strings.Contains(err.Error(), "xoxb-leak") {
		t.Fatalf("Open of a corrupt store: %v", err)
	}
}

func TestNewOAuthValidates(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tt := range []struct {
		cfg   OAuthConfig
		store *Store
	}{
		{OAuthConfig{ClientSecret: "s"}, s},
		{OAuthConfig{ClientID: "i"}, s},
		{OAuthConfig{ClientID: "i", ClientSecret: "s"}, nil},
		{OAuthConfig{ClientID: "i", ClientSecret: "s", AuthorizeURL: "http://[::1"}, s},
	} {
		if _, err := NewOAuth(tt.cfg, tt.store); err == nil {
			t.Errorf("NewOAuth(%+v) accepted", tt.cfg)
		}
	}
	o, err := NewOAuth(OAuthConfig{ClientID: "i", ClientSecret: "s"}, s)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	o.Routes(mux)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, InstallPath, nil))
	if loc := rec.Header().Get("Location"); !strings.HasPrefix(loc, DefaultAuthorizeURL+"?") {
		t.Errorf("default authorize URL: %q", loc)
	}
	// Behind TLS the state cookie is Secure.
	req := httptest.NewRequest(http.MethodGet, InstallPath, nil)
	req.Header.Set("X-Forwarded-Proto", "https")
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	ck := rec.Result().Cookies()
	if len(ck) != 1 || !ck[0].Secure || !ck[0].HttpOnly || ck[0].SameSite != http.SameSiteLaxMode || ck[0].MaxAge != 600 {
		t.Errorf("state cookie %+v", ck)
	}
}

func BenchmarkBotToken(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "i.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for i := range 1000 {
		if err := s.Save(ctx, Installation{TeamID: fmt.Sprintf("T%04d", i), BotToken: "xoxb", BotUserID: "U"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.BotToken(ctx, "T0500"); err != nil {
				b.Fatal(err)
			}
			if _, _, ok := s.Identity("T0500"); !ok {
				b.Fatal("no identity")
			}
		}
	})
}
