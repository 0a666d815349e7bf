package fakeslack

import (
	"errors"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// TestReadMethods drives every read method through slack-go's own typed
// calls, so the answers have the shapes slack-go (and Slack) use.
func TestReadMethods(t *testing.T) {
	s := newServer(t)
	ctx := testCtx(t)
	s.SetUser("T1", User{ID: "U1", Name: "ann", RealName: "Ann A", TZ: "Europe/Helsinki", TZLabel: "Eastern European Time",
		TZOffset: 7200, Presence: "active", DND: DND{Enabled: true, NextStart: 1700000000, NextEnd: 1700003600, SnoozeEnd: 1700001000}})
	s.SetUser("T1", User{ID: "U2", Name: "bob"})
	s.SetUsergroup("T1", "S1", []string{"U1", "U2"})
	members := []string{"U1", "U2", "U3", "U4", "U5"}
	s.SetChannel("T1", Channel{ID: "C1", Name: "ops", Topic: "on call", Members: append(members, team1.BotUserID)})
	api := client(s, team1.BotToken)

	u, err := api.GetUserInfoContext(ctx, "U1")
	if err != nil || u.TZ != "Europe/Helsinki" || u.TZOffset != 7200 || u.RealName != "Ann A" || u.Name != "ann" || u.TeamID != "T1" {
		t.Fatalf("users.info = %+v, %v", u, err)
	}
	if _, err := api.GetUserInfoContext(ctx, "U9"); slackErr(err) != "user_not_found" {
		t.Errorf("users.info of an unknown user: %v", err)
	}
	if p, err := api.GetUserPresenceContext(ctx, "U1"); err != nil || p.Presence != "active" {
		t.Errorf("users.getPresence U1 = %+v, %v", p, err)
	}
	if p, err := api.GetUserPresenceContext(ctx, "U2"); err != nil || p.Presence != "away" {
		t.Errorf("users.getPresence U2 = %+v, %v", p, err)
	}
	dnd, err := api.GetDNDInfoContext(ctx, ptr("U1"))
	if err != nil || !dnd.Enabled || dnd.NextStartTimestamp != 1700000000 || dnd.NextEndTimestamp != 1700003600 || !dnd.SnoozeEnabled {
		t.Errorf("dnd.info U1 = %+v, %v", dnd, err)
	}
	if dnd, err := api.GetDNDInfoContext(ctx, ptr("U2")); err != nil || dnd.Enabled {
		t.Errorf("dnd.info U2 = %+v, %v", dnd, err)
	}
	if g, err := api.GetUserGroupMembersContext(ctx, "S1"); err != nil || !slices.Equal(g, []string{"U1", "U2"}) {
		t.Errorf("usergroups.users.list = %v, %v", g, err)
	}
	if _, err := api.GetUserGroupMembersContext(ctx, "S9"); slackErr(err) != "no_such_subteam" {
		t.Errorf("unknown usergroup: %v", err)
	}
	c, err := api.GetConversationInfoContext(ctx, &slack.GetConversationInfoInput{ChannelID: "C1"})
	if err != nil || c.Name != "ops" || c.Topic.Value != "on call" || c.NumMembers != 6 || !c.IsMember {
		t.Errorf("conversations.info = %+v, %v", c, err)
	}
	// Pages of two: U1 U2 | U3 U4 | U5 UBOT1.
	var got []string
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("conversations.members does not end")
		}
		page, next, err := api.GetUsersInConversationContext(ctx, &slack.GetUsersInConversationParameters{ChannelID: "C1", Limit: 2, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, page...)
		if cursor = next; cursor == "" {
			break
		}
	}
	if want := append(members, team1.BotUserID); !slices.Equal(got, want) {
		t.Errorf("members = %v, want %v", got, want)
	}
	// Workspaces are separate: team2 sees none of team1's directory.
	if _, err := client(s, team2.BotToken).GetUserInfoContext(ctx, "U1"); slackErr(err) != "user_not_found" {
		t.Errorf("team2 users.info U1: %v", err)
	}
	if _, err := client(s, "xoxb-nope").GetUserInfoContext(ctx, "U1"); slackErr(err) != "invalid_auth" {
		t.Errorf("bad token: %v", err)
	}
	if calls := s.Calls(MethodUsersInfo); len(calls) != 1 || calls[0].User != "U1" || calls[0].Team != "T1" {
		t.Errorf("recorded users.info calls = %+v", calls)
	}
	// 429 injection works for the read methods like any other.
	s.Inject(MethodUsersInfo, Fault{Status: http.StatusTooManyRequests, RetryAfter: 7 * time.Second, Times: 1})
	_, err = api.GetUserInfoContext(ctx, "U1")
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
		t.Errorf("injected 429: %v", err)
	}
}

func ptr(s string) *string { return &s }
