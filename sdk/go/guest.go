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

// OnAction registers the handler for interactive elements (buttons, menus).
func OnAction(h Handler) { onAction = h }

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
		h, kind = onAction, KindAction
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
