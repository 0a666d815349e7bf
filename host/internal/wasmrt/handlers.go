package wasmrt

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bothost/bothost/host/internal/config"
)

// Bits of the value returned by the optional guest export
// bothost_handlers (docs/ABI.md §1): which event kinds the skill has a
// handler for. The Go SDK exports it because a Go skill registers its
// handlers at run time, and one that registers them in main() (which a
// reactor never runs) instead of init() loads fine and then acknowledges
// every event without doing anything. Knowing that at load turns a silent
// skill into a warning in the log.
const (
	HandlesMessage  = 1 << 0
	HandlesCommand  = 1 << 1
	HandlesAction   = 1 << 2
	HandlesTimer    = 1 << 3
	HandlesSchedule = 1 << 4
	HandlesWebhook  = 1 << 5
	HandlesOther    = 1 << 6 // events of kinds the SDK does not know
)

// handlerWarnings asks the first instance which handlers the skill
// registered and returns what the operator should be told: nothing when
// the module does not export bothost_handlers (a Rust skill: every Skill
// trait method exists) or when every event kind bot.toml routes to it has
// a handler.
func (m *Module) handlerWarnings(ctx context.Context, inst *instance) ([]string, error) {
	f := inst.mod.ExportedFunction("bothost_handlers")
	if f == nil {
		return nil, nil
	}
	if d := f.Definition(); len(d.ParamTypes()) != 0 || len(d.ResultTypes()) != 1 {
		return nil, fmt.Errorf("export bothost_handlers must be () -> i32")
	}
	cctx, cancel := context.WithTimeout(ctx, m.skill.Limits.Deadline)
	defer cancel()
	cctx = withInstance(cctx, inst)
	inst.begin(nil, time.Time{})
	res, err := f.Call(cctx)
	if err != nil {
		return nil, fmt.Errorf("bothost_handlers: %s", withGuestMessage(inst.errMsg, describeCallErr(err, cctx)))
	}
	return missingHandlers(uint32(res[0]), m.skill), nil
}

// missingHandlers compares the registered handlers with what the skill's
// configuration sends it.
func missingHandlers(mask uint32, s config.Skill) []string {
	if mask == 0 {
		return []string{"skill registered no handler: every event it gets is acknowledged and dropped " +
			"(Go: register handlers in an init function; the host never runs main)"}
	}
	var miss []string
	need := func(bit uint32, what string, routed bool) {
		if routed && mask&bit == 0 {
			miss = append(miss, what)
		}
	}
	r := s.Routes
	need(HandlesMessage, "messages (on.messages/mentions/dms) but no message handler (OnMessage)", len(r.Messages) > 0 || r.Mentions || r.DMs)
	need(HandlesCommand, "commands (on.commands) but no command handler (OnCommand)", len(r.Commands) > 0)
	need(HandlesAction, "actions (on.actions) but no action handler (OnAction)", len(r.Actions) > 0)
	need(HandlesSchedule, "schedules but no schedule handler (OnSchedule)", len(s.Schedules) > 0)
	need(HandlesWebhook, "webhooks (hooks) but no webhook handler (OnWebhook)", len(s.Hooks) > 0)
	if len(miss) == 0 {
		return nil
	}
	return []string{"bot.toml routes " + strings.Join(miss, "; ") + ": those events are acknowledged and dropped"}
}
