package fakeslack

import (
	"encoding/base64"
	"encoding/json"
	"slices"
	"strconv"
)

// User is a workspace member as users.info, users.getPresence and
// dnd.info describe it.
type User struct {
	ID       string
	Name     string
	RealName string
	// TZ is the IANA zone ("Europe/Helsinki"), TZLabel its name and
	// TZOffset its offset from UTC in seconds, as Slack reports them.
	TZ       string
	TZLabel  string
	TZOffset int
	IsBot    bool
	Deleted  bool
	// Presence is "active" or "away" ("" answers "away").
	Presence string
	DND      DND
}

// DND is a user's Do Not Disturb state as dnd.info answers it.
type DND struct {
	Enabled bool
	// NextStart and NextEnd are the next scheduled DND window (Unix
	// seconds; 0 when none).
	NextStart, NextEnd int64
	// SnoozeEnd, when set, is a manual snooze ending at that Unix second.
	SnoozeEnd int64
}

// Channel is a conversation as conversations.info and
// conversations.members describe it.
type Channel struct {
	ID        string
	Name      string
	IsPrivate bool
	Topic     string
	Purpose   string
	Members   []string
}

type directory struct {
	users      map[string]User
	usergroups map[string][]string
	channels   map[string]Channel
}

// dirOf returns the team's directory, creating it; s.dmu is held.
func (s *Server) dirOf(team string) *directory {
	d := s.dir[team]
	if d == nil {
		d = &directory{users: map[string]User{}, usergroups: map[string][]string{}, channels: map[string]Channel{}}
		s.dir[team] = d
	}
	return d
}

// SetUser adds or replaces a user of workspace team.
func (s *Server) SetUser(team string, u User) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.dirOf(team).users[u.ID] = u
}

// SetUsergroup sets the members of user group id (a "S…" id) of team.
func (s *Server) SetUsergroup(team, id string, users []string) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.dirOf(team).usergroups[id] = slices.Clone(users)
}

// SetChannel adds or replaces a channel of team.
func (s *Server) SetChannel(team string, c Channel) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	c.Members = slices.Clone(c.Members)
	s.dirOf(team).channels[c.ID] = c
}

// userJSON is the subset of Slack's user object the fake answers with.
type userJSON struct {
	ID       string      `json:"id"`
	TeamID   string      `json:"team_id"`
	Name     string      `json:"name"`
	Deleted  bool        `json:"deleted"`
	RealName string      `json:"real_name"`
	TZ       string      `json:"tz"`
	TZLabel  string      `json:"tz_label"`
	TZOffset int         `json:"tz_offset"`
	IsBot    bool        `json:"is_bot"`
	Profile  profileJSON `json:"profile"`
}

type profileJSON struct {
	RealName    string `json:"real_name"`
	DisplayName string `json:"display_name"`
}

type topicJSON struct {
	Value string `json:"value"`
}

type channelJSON struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	IsChannel  bool      `json:"is_channel"`
	IsPrivate  bool      `json:"is_private"`
	IsMember   bool      `json:"is_member"`
	NumMembers int       `json:"num_members"`
	Topic      topicJSON `json:"topic"`
	Purpose    topicJSON `json:"purpose"`
}

type pageJSON struct {
	NextCursor string `json:"next_cursor"`
}

// read answers the slack_call read methods from the token's team's
// directory, with Slack's shapes and error codes.
func (s *Server) read(id int, st *reqState, t *Team) answer {
	if t == nil {
		return authError(st.f.token)
	}
	s.dmu.Lock()
	defer s.dmu.Unlock()
	d := s.dirOf(t.ID)
	var out any
	switch id {
	case mUsersInfo, mUsersGetPresence, mDNDInfo:
		u, ok := d.users[string(st.f.user)]
		if !ok {
			return answer{err: "user_not_found"}
		}
		switch id {
		case mUsersInfo:
			out = struct {
				OK   bool     `json:"ok"`
				User userJSON `json:"user"`
			}{true, userJSON{ID: u.ID, TeamID: t.ID, Name: u.Name, Deleted: u.Deleted, RealName: u.RealName,
				TZ: u.TZ, TZLabel: u.TZLabel, TZOffset: u.TZOffset, IsBot: u.IsBot,
				Profile: profileJSON{RealName: u.RealName, DisplayName: u.Name}}}
		case mUsersGetPresence:
			p := u.Presence
			if p != "active" {
				p = "away"
			}
			out = struct {
				OK       bool   `json:"ok"`
				Presence string `json:"presence"`
			}{true, p}
		default:
			out = struct {
				OK            bool  `json:"ok"`
				DNDEnabled    bool  `json:"dnd_enabled"`
				NextStart     int64 `json:"next_dnd_start_ts"`
				NextEnd       int64 `json:"next_dnd_end_ts"`
				SnoozeEnabled bool  `json:"snooze_enabled"`
				SnoozeEnd     int64 `json:"snooze_endtime,omitempty"`
			}{true, u.DND.Enabled, u.DND.NextStart, u.DND.NextEnd, u.DND.SnoozeEnd != 0, u.DND.SnoozeEnd}
		}
	case mUsergroupsUsers:
		users, ok := d.usergroups[string(st.f.usergroup)]
		if !ok {
			return answer{err: "no_such_subteam"}
		}
		out = struct {
			OK    bool     `json:"ok"`
			Users []string `json:"users"`
		}{true, nonNil(users)}
	case mConversationsInfo, mConversationsMembers:
		c, ok := d.channels[string(st.f.channel)]
		if !ok {
			return answer{err: "channel_not_found"}
		}
		if id == mConversationsInfo {
			out = struct {
				OK      bool        `json:"ok"`
				Channel channelJSON `json:"channel"`
			}{true, channelJSON{ID: c.ID, Name: c.Name, IsChannel: !c.IsPrivate, IsPrivate: c.IsPrivate,
				IsMember: slices.Contains(c.Members, t.BotUserID), NumMembers: len(c.Members),
				Topic: topicJSON{c.Topic}, Purpose: topicJSON{c.Purpose}}}
			break
		}
		page, next, e := paginate(c.Members, st.f.cursor, st.f.limit)
		if e != "" {
			return answer{err: e}
		}
		out = struct {
			OK       bool     `json:"ok"`
			Members  []string `json:"members"`
			Metadata pageJSON `json:"response_metadata"`
		}{true, nonNil(page), pageJSON{next}}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return answer{status: 500, err: "internal_error"}
	}
	st.out = append(st.out[:0], b...)
	return answer{}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// paginate pages members the way Slack does: limit (default 100, at most
// 1000) and an opaque cursor, "" on the last page.
func paginate(all []string, cursor, limit []byte) (page []string, next, errCode string) {
	n := 100
	if len(limit) > 0 {
		v, err := strconv.Atoi(string(limit))
		if err != nil || v < 0 {
			return nil, "", "invalid_limit"
		}
		if v > 0 {
			n = min(v, 1000)
		}
	}
	off := 0
	if len(cursor) > 0 {
		raw, err := base64.StdEncoding.DecodeString(string(cursor))
		v, err2 := strconv.Atoi(string(raw))
		if err != nil || err2 != nil || v < 0 || v > len(all) {
			return nil, "", "invalid_cursor"
		}
		off = v
	}
	end := min(off+n, len(all))
	if end < len(all) {
		next = base64.StdEncoding.EncodeToString([]byte(strconv.Itoa(end)))
	}
	return all[off:end], next, ""
}
