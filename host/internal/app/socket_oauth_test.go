package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/fakeslack"
)

// The same pipeline over Socket Mode: envelopes are acked after the
// durable write, replies go out through the Web API, a redelivered
// envelope reaches the skill once, and Slack's refresh (a "disconnect"
// message) loses nothing.
func TestSocketModeEndToEnd(t *testing.T) {
	fs := newFake(t)
	fs.AddAppToken("xapp-e2e")
	h := startHost(t, fs, t.TempDir(), fmt.Sprintf("mode = \"socket\"\napp_token = \"xapp-e2e\"\nbot_token = %q\napi_url = %q\n", botToken, fs.APIURL()), "")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	send := func(channel, text string, retry int, payload json.RawMessage) json.RawMessage {
		t.Helper()
		if payload == nil {
			var err error
			payload, err = fs.EventCallback(team1, map[string]any{"type": "message", "channel": channel, "channel_type": "channel",
				"user": "UHUMAN", "text": text, "ts": fmt.Sprintf("1700000100.%06d", time.Now().UnixMicro()%1000000)})
			if err != nil {
				t.Fatal(err)
			}
		}
		id, err := fs.SendEnvelope(ctx, "events_api", payload, retry)
		if err != nil {
			t.Fatalf("send envelope: %v", err)
		}
		if _, err := fs.WaitAck(ctx, id); err != nil {
			t.Fatalf("envelope %s not acked: %v", id, err)
		}
		return payload
	}
	first := send("CS1", "ping over socket", 0, nil)
	send("CS1", "", 1, first) // Slack redelivers the same event
	if c := h.waitPosts(fakeslack.MethodPostMessage, 1)[0]; c.Channel != "CS1" || c.Text != "pong over socket" {
		t.Fatalf("reply %q in %s", c.Text, c.Channel)
	}
	fs.Disconnect("refresh_requested")
	if err := fs.WaitConnected(ctx, 2); err != nil {
		t.Fatalf("no reconnect after disconnect: %v", err)
	}
	send("CS2", "ping after refresh", 0, nil)
	calls := h.waitPosts(fakeslack.MethodPostMessage, 2)
	time.Sleep(300 * time.Millisecond)
	if calls = fs.Calls(fakeslack.MethodPostMessage); len(calls) != 2 || calls[1].Text != "pong after refresh" {
		t.Fatalf("replies %+v, want the two pongs once each", calls)
	}
	if u := fs.Unacked(); len(u) != 0 {
		t.Fatalf("unacked envelopes: %v", u)
	}
}

// Two workspaces install the app through the OAuth v2 flow and are served
// side by side, each with its own token; uninstalling one stops it and
// leaves the other running.
func TestOAuthTwoWorkspaces(t *testing.T) {
	fs := fakeslack.New()
	t.Cleanup(fs.Close)
	fs.SetOAuthClient("client-1", "client-secret-1")
	teams := []fakeslack.Team{
		{ID: "TA", Name: "Alpha", BotToken: "xoxb-alpha", BotUserID: "UBOTA", BotID: "BBOTA"},
		{ID: "TB", Name: "Beta", BotToken: "xoxb-beta", BotUserID: "UBOTB", BotID: "BBOTB"},
	}
	for _, tm := range teams {
		fs.AddOAuthCode("code-"+tm.ID, tm, []string{"chat:write", "channels:history"})
	}
	h := startHost(t, fs, t.TempDir(), fmt.Sprintf("mode = \"events\"\nsigning_secret = %q\nclient_id = \"client-1\"\nclient_secret = \"client-secret-1\"\napi_url = %q\n",
		secret, fs.APIURL()), "")

	for _, tm := range teams {
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.Get(h.base + "/slack/install")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		loc, _ := url.Parse(resp.Header.Get("Location"))
		state := loc.Query().Get("state")
		if resp.StatusCode != http.StatusFound || state == "" || loc.Query().Get("client_id") != "client-1" {
			t.Fatalf("install: %d to %s", resp.StatusCode, loc)
		}
		resp, err = c.Get(h.base + "/slack/oauth_redirect?code=code-" + tm.ID + "&state=" + url.QueryEscape(state))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("oauth redirect for %s: %d", tm.ID, resp.StatusCode)
		}
	}
	// A forged callback (no state cookie) installs nothing.
	resp, err := http.Get(h.base + "/slack/oauth_redirect?code=code-TA&state=forged")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("forged callback: %d, want 403", resp.StatusCode)
	}

	h.event(message("TA", "CA", "ping alpha", "1700000200.000001", ""))
	h.event(message("TB", "CB", "ping beta", "1700000200.000002", ""))
	calls := h.waitPosts(fakeslack.MethodPostMessage, 2)
	for _, c := range calls {
		want := map[string]string{"CA": "TA", "CB": "TB"}[c.Channel]
		if c.Team != want {
			t.Errorf("reply in %s sent with %s's token, want %s", c.Channel, c.Team, want)
		}
	}
	// Alpha uninstalls: its installation goes, Beta keeps working.
	body, _ := json.Marshal(map[string]any{"token": "x", "team_id": "TA", "api_app_id": "A1", "type": "event_callback",
		"event_id": "EvUninstallTA", "event_time": time.Now().Unix(), "event": map[string]any{"type": "app_uninstalled"}})
	if st := h.event(body); st != 200 {
		t.Fatalf("app_uninstalled: %d", st)
	}
	h.event(message("TA", "CA", "ping alpha again", "1700000200.000003", ""))
	h.event(message("TB", "CB", "ping beta again", "1700000200.000004", ""))
	h.waitPosts(fakeslack.MethodPostMessage, 3)
	time.Sleep(500 * time.Millisecond)
	for _, c := range fs.Calls(fakeslack.MethodPostMessage) {
		if c.Text == "pong alpha again" {
			t.Errorf("uninstalled workspace still answered")
		}
	}
	logs := h.logs.String()
	if strings.Contains(logs, "xoxb-alpha") || strings.Contains(logs, "xoxb-beta") || strings.Contains(logs, "client-secret-1") {
		t.Error("a token or the client secret appears in the host's log")
	}
}
