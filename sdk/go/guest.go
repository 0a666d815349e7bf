package skill

import "github.com/bothost/bothost/sdk/go/internal/record"

// A Handler handles one event. Returning a non-nil error reports a failure
// to the host, which logs it with the error's text; it does not undo the
// calls the handler already made (replies sent, KV written).
type Handler func(e *Event) error

var (
	onInit     func(config []byte) error
	onMessage  Handler
	onCommand  Handler
	onAction   Handler
	onTimer    Handler
	onSchedule Handler
	onWebhook  Handler
)

// Handler registration. Call these from a package init function: the host
// runs init (through the module's _initialize export) before anything else,
// but never runs main. Registering again replaces the previous handler. An
// event of a kind with no handler (or a kind this SDK does not know) is
// acknowledged and dropped.

// OnInit registers f to run once per instance, before the first event,
// with the skill's config: the [skills.NAME.config] table of bot.toml as a
// JSON object ("{}" when there is none). A non-nil error rejects the module
// version at load, so this is the place to validate config.
func OnInit(f func(config []byte) error) { onInit = f }

// OnMessage registers the handler for messages the bot can see.
func OnMessage(h Handler) { onMessage = h }

// OnCommand registers the handler for slash commands.
func OnCommand(h Handler) { onCommand = h }

// OnAction registers the handler for interactive elements (buttons, menus)
// whose action_id no OnActionPrefix route claims.
func OnAction(h Handler) { onAction = h }

// An ActionHandler handles a click routed by OnActionPrefix; suffix is
// the action_id after the prefix.
type ActionHandler func(e *Event, suffix string) error

type actionRoute struct {
	prefix string
	h      ActionHandler
}

// actionRoutes are the OnActionPrefix routes, longest prefix first.
var actionRoutes []actionRoute

// OnActionPrefix routes actions whose action_id starts with prefix to h,
// with the rest of the action_id as suffix: after
//
//	skill.OnActionPrefix("poll:vote:", vote)
//
// a click on a button with action_id "poll:vote:2" calls vote(e, "2").
// Encode in the suffix what the handler needs (an option index, an id);
// the button's value is there too (e.Value()). When several prefixes
// match, the longest wins; an action no prefix matches goes to the
// OnAction handler, if any. Registering a prefix again replaces its
// handler; a nil h removes the route. bot.toml must route the actions to
// the skill too ([skills.NAME.on] actions = ["poll:"]).
func OnActionPrefix(prefix string, h ActionHandler) {
	for i, r := range actionRoutes {
		if r.prefix == prefix {
			actionRoutes = append(actionRoutes[:i], actionRoutes[i+1:]...)
			break
		}
	}
	if h == nil {
		return
	}
	i := 0
	for i < len(actionRoutes) && len(actionRoutes[i].prefix) >= len(prefix) {
		i++
	}
	actionRoutes = append(actionRoutes, actionRoute{})
	copy(actionRoutes[i+1:], actionRoutes[i:])
	actionRoutes[i] = actionRoute{prefix, h}
}

// routeAction returns the handler for an action event: the longest
// matching OnActionPrefix route, else the OnAction handler.
func routeAction(rec []byte) Handler {
	if len(actionRoutes) > 0 {
		id, _ := record.Lookup(rec, "action_id")
		for _, r := range actionRoutes {
			if len(id) >= len(r.prefix) && string(id[:len(r.prefix)]) == r.prefix {
				r := r
				return func(e *Event) error { return r.h(e, e.ActionID()[len(r.prefix):]) }
			}
		}
	}
	return onAction
}

// OnTimer registers the handler for timers set with TimerSet/TimerSetAt.
func OnTimer(h Handler) { onTimer = h }

// OnSchedule registers the handler for cron schedules declared in bot.toml.
func OnSchedule(h Handler) { onSchedule = h }

// OnWebhook registers the handler for incoming webhooks.
func OnWebhook(h Handler) { onWebhook = h }

// input is the region handed to the host by bothost_alloc. The host owns it
// until the next bothost_alloc and may write several events into it without
// asking again, so it is never reused for anything else nor shrunk. Being a
// package variable also keeps it reachable for the garbage collector while
// only the host holds its address.
var input []byte

// current is the Event handed to handlers; reusing one value keeps event
// delivery allocation-free.
var current Event

// allocInput implements bothost_alloc: it returns the input region grown to
// at least size bytes, or nil. Growth doubles from 4 KiB so that a stream
// of growing events reallocates only a few times.
func allocInput(size int32) []byte {
	if size < 0 {
		return nil
	}
	if input == nil || int(size) > len(input) {
		n := 4 << 10
		for n < int(size) && n < 1<<30 {
			n <<= 1
		}
		if n < int(size) {
			n = int(size)
		}
		input = make([]byte, n)
	}
	return input
}

// inputAt returns the n bytes at offset off of the input region.
func inputAt(off, n uint32) ([]byte, bool) {
	if uint64(off)+uint64(n) > uint64(len(input)) {
		return nil, false
	}
	return input[off : off+n : off+n], true
}

// runInit implements bothost_init.
func runInit(config []byte) int32 {
	if onInit == nil {
		return 0
	}
	// The handler may keep config; the input region will be overwritten.
	c := make([]byte, len(config))
	copy(c, config)
	if err := onInit(c); err != nil {
		return fail(err)
	}
	return 0
}

// handle implements bothost_handle.
func handle(rec []byte) int32 {
	if !record.Valid(rec) {
		return failText("bothost: malformed event record")
	}
	k, _ := record.Lookup(rec, "kind")
	var h Handler
	var kind string
	switch {
	case record.Equal(k, KindMessage):
		h, kind = onMessage, KindMessage
	case record.Equal(k, KindCommand):
		h, kind = onCommand, KindCommand
	case record.Equal(k, KindAction):
		h, kind = routeAction(rec), KindAction
	case record.Equal(k, KindTimer):
		h, kind = onTimer, KindTimer
	case record.Equal(k, KindSchedule):
		h, kind = onSchedule, KindSchedule
	case record.Equal(k, KindWebhook):
		h, kind = onWebhook, KindWebhook
	}
	if h == nil {
		return 0
	}
	current = Event{raw: rec, kind: kind}
	err := h(&current)
	// A handler that kept the *Event sees an empty event, not the next
	// event's bytes.
	current = Event{}
	if err != nil {
		return fail(err)
	}
	return 0
}

// fail reports err to the host through set_error; the export returns 1.
func fail(err error) int32 {
	return failText(err.Error())
}

func failText(msg string) int32 {
	hostSetError(msg)
	return 1
}
