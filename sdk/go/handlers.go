package skill

// Bits of bothost_handlers (docs/ABI.md §1): the event kinds this skill has
// registered a handler for.
const (
	handlesMessage  = 1 << 0
	handlesCommand  = 1 << 1
	handlesAction   = 1 << 2
	handlesTimer    = 1 << 3
	handlesSchedule = 1 << 4
	handlesWebhook  = 1 << 5
)

// registeredHandlers implements bothost_handlers. The host calls it once at
// load, after _initialize (which runs init functions), so a skill that
// registers its handlers in main, which a reactor never runs, reports 0 and
// the host warns instead of acknowledging every event in silence.
func registeredHandlers() int32 {
	var m int32
	set := func(h Handler, bit int32) {
		if h != nil {
			m |= bit
		}
	}
	set(onMessage, handlesMessage)
	set(onCommand, handlesCommand)
	set(onAction, handlesAction)
	if len(actionRoutes) > 0 {
		m |= handlesAction
	}
	set(onTimer, handlesTimer)
	set(onSchedule, handlesSchedule)
	set(onWebhook, handlesWebhook)
	return m
}
