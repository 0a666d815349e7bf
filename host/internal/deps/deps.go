//go:build tools

// Package deps pins modules that packages under construction import, so
// go.mod/go.sum stay stable while they are written.
package deps

import (
	_ "github.com/gorilla/websocket"
	_ "github.com/robfig/cron/v3"
	_ "github.com/slack-go/slack"
	_ "github.com/slack-go/slack/slackevents"
	_ "github.com/slack-go/slack/slacktest"
	_ "github.com/slack-go/slack/socketmode"
)
