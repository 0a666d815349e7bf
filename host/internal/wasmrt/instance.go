package wasmrt

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/sys"

	"github.com/bothost/bothost/host/internal/abi"
)

// instance is one sandboxed module instance. It is used by one goroutine
// at a time (wazero instances are not goroutine-safe); the pool hands it
// out and takes it back.
type instance struct {
	m      *Module
	mod    api.Module
	mem    api.Memory
	handle api.Function
	alloc  api.Function

	inPtr, inCap uint32 // input region from bothost_alloc
	stack        [2]uint64
	rec          []byte // scratch for encoding events
	out          *guestOutput
	call         *callCtx
	hold         *cpuHold // the current call's gate slot

	// Per-invocation state, reset by begin.
	ev       *abi.Event
	pending  []byte // result kept for result_read
	errMsg   string
	misuse   int
	misuse1  string // first misuse, for the log
	fetches  int
	sends    int
	deadline time.Time

	// handling is true only while bothost_handle runs: effects outside
	// it are refused (effectsAllowed). outside counts those refusals of
	// the current instantiation, outside1 names the first.
	handling bool
	outside  int
	outside1 string
}

func (m *Module) newInstance(ctx context.Context) (*instance, error) {
	inst := &instance{m: m}
	inst.call = newCallCtx(inst)
	inst.out = newGuestOutput(m.log, m.logAllowed)
	cfg := m.modCfg.WithStdout(inst.out.stdout()).WithStderr(inst.out.stderr())
	// Instantiation runs _initialize under the skill's deadline too: a
	// module that loops in its start function must not hang the loader.
	ictx, cancel := context.WithTimeout(ctx, m.skill.Limits.Deadline)
	defer cancel()
	ictx = withInstance(ictx, inst)
	mod, err := m.runtime.InstantiateModule(ictx, m.compiled, cfg)
	if err != nil {
		return nil, fmt.Errorf("instantiate: %s", describeCallErr(err, ictx))
	}
	inst.mod = mod
	inst.mem = mod.Memory()
	inst.handle = mod.ExportedFunction("bothost_handle")
	inst.alloc = mod.ExportedFunction("bothost_alloc")
	if inst.mem == nil || inst.handle == nil || inst.alloc == nil {
		_ = mod.Close(ctx)
		return nil, errors.New("instance lacks memory, bothost_handle or bothost_alloc")
	}
	fail := func(format string, args ...any) (*instance, error) {
		_ = mod.Close(ctx)
		return nil, fmt.Errorf(format, args...)
	}
	ver := mod.ExportedFunction("bothost_abi_version")
	res, err := ver.Call(ictx)
	if err != nil {
		return fail("bothost_abi_version: %s", describeCallErr(err, ictx))
	}
	if v := int32(res[0]); v != abi.Version {
		return fail("skill was built for ABI v%d (bothost_abi_version returned %d), this host speaks ABI v%d", v, v, abi.Version)
	}
	if init := mod.ExportedFunction("bothost_init"); init != nil {
		cfgJSON := m.skill.ConfigJSON
		if len(cfgJSON) == 0 {
			cfgJSON = []byte("{}")
		}
		ptr, err := inst.writeInput(ictx, cfgJSON)
		if err != nil {
			return fail("pass config to bothost_init: %v", err)
		}
		inst.begin(nil, time.Time{})
		res, err := init.Call(ictx, uint64(ptr), uint64(len(cfgJSON)))
		if err != nil {
			return fail("bothost_init: %s", withGuestMessage(inst.errMsg, describeCallErr(err, ictx)))
		}
		if st := int32(res[0]); st != 0 {
			msg := inst.errMsg
			if msg == "" {
				msg = "no message"
			}
			return fail("bothost_init rejected the config (status %d): %s", st, msg)
		}
	}
	if inst.outside > 0 {
		m.log.Warn("host calls with effects refused outside an event (ERR_NOT_PERMITTED)",
			"refused", inst.outside, "first", inst.outside1)
		inst.outside, inst.outside1 = 0, ""
	}
	m.live.Add(1)
	return inst, nil
}

// stackResetAfter: a call that ran longer than this may have grown
// wazero's call stack (a deep recursion to 64 MB takes ~50 ms), which
// wazero keeps for the function's next calls; the instance then gets a
// fresh entry point (10 KB stack) and the grown one becomes garbage.
// Normal calls are far shorter, so this costs nothing on the event path.
const stackResetAfter = 10 * time.Millisecond

// resetStack drops the call stacks wazero keeps per exported function.
func (inst *instance) resetStack() {
	inst.handle = inst.mod.ExportedFunction("bothost_handle")
	inst.alloc = inst.mod.ExportedFunction("bothost_alloc")
}

// writeInput copies b into the guest's input region, asking bothost_alloc
// for a bigger one only when b does not fit.
func (inst *instance) writeInput(ctx context.Context, b []byte) (uint32, error) {
	if uint32(len(b)) > inst.inCap {
		size := uint32(len(b))
		if size < initialInput {
			size = initialInput
		}
		inst.stack[0] = uint64(size)
		if err := inst.alloc.CallWithStack(ctx, inst.stack[:]); err != nil {
			return 0, fmt.Errorf("bothost_alloc(%d): %s", size, describeCallErr(err, ctx))
		}
		ptr := uint32(inst.stack[0])
		if ptr == 0 {
			return 0, fmt.Errorf("bothost_alloc(%d) returned 0 (out of memory)", size)
		}
		inst.inPtr, inst.inCap = ptr, size
	}
	if !inst.mem.Write(inst.inPtr, b) {
		return 0, fmt.Errorf("bothost_alloc returned %#x, outside the module's %d-byte memory", inst.inPtr, inst.mem.Size())
	}
	return inst.inPtr, nil
}

func (inst *instance) begin(ev *abi.Event, deadline time.Time) {
	inst.ev = ev
	inst.pending = nil
	inst.errMsg = ""
	inst.misuse = 0
	inst.misuse1 = ""
	inst.fetches = 0
	inst.sends = 0
	inst.deadline = deadline
}

// abuse records ABI misuse by the guest: it is answered with
// ERR_INVALID_ARGUMENT and reported after the call.
func (inst *instance) abuse(format string, args ...any) uint64 {
	if inst.misuse == 0 {
		inst.misuse1 = fmt.Sprintf(format, args...)
	}
	inst.misuse++
	return codeResult(abi.ErrInvalidArg)
}

// get takes an idle instance or creates one while under the skill's
// instance limit; otherwise it waits for one to come back.
func (m *Module) get(ctx context.Context) (*instance, error) {
	select {
	case inst := <-m.idle:
		return inst, nil
	default:
	}
	// Waiting for a busy pool is not part of the event's deadline, and
	// has none of its own: every instance in use comes back (or is
	// discarded) within its own call's deadline, so the wait is bounded,
	// and giving up would drop an event the inbox has already acked. Only
	// ctx ends it; the host's processor passes a context that is not
	// cancelled at shutdown (context.WithoutCancel), so the events in
	// flight then still get their instance and finish. The inbox's lanes
	// keep the wait short: no more of a skill's events are in flight than
	// it has instances.
	select {
	case inst := <-m.idle:
		return inst, nil
	case m.slots <- struct{}{}:
		if m.closed.Load() {
			<-m.slots
			return nil, errors.New("module is closed")
		}
		ictx, cancel := context.WithTimeout(ctx, m.skill.Limits.Deadline)
		defer cancel()
		inst, err := m.newInstance(ictx)
		if err != nil {
			<-m.slots
			return nil, err
		}
		return inst, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for a free instance: %w", ctx.Err())
	}
}

func (m *Module) put(ctx context.Context, inst *instance) {
	// A Go reactor's heap only grows (go-plugin#78): recycle an instance
	// once it holds most of its memory cap rather than let it hit the cap
	// in the middle of an event.
	if m.closed.Load() || uint64(inst.mem.Size()) > m.memLimit/4*3 {
		m.discard(ctx, inst)
		return
	}
	inst.ev = nil
	inst.pending = nil
	inst.hold = nil
	m.idle <- inst
}

func (m *Module) discard(ctx context.Context, inst *instance) {
	_ = inst.mod.Close(ctx)
	inst.out.flush()
	<-m.slots
	m.live.Done()
}

// describeCallErr turns a wazero call error into a reason an operator can
// act on: timeout, stack overflow, memory exhaustion, trap, exit.
func describeCallErr(err error, ctx context.Context) string {
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		switch exit.ExitCode() {
		case sys.ExitCodeDeadlineExceeded:
			return "deadline exceeded: interrupted"
		case sys.ExitCodeContextCanceled:
			return "canceled"
		}
		return fmt.Sprintf("module exited with code %d", exit.ExitCode())
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i > 0 {
		msg = msg[:i] // drop the wasm stack trace; it goes to debug logs
	}
	if !strings.Contains(msg, "wasm error") && !strings.Contains(msg, "stack overflow") && ctx.Err() != nil {
		return "deadline exceeded: " + ctx.Err().Error()
	}
	return msg
}

// Failure is why one invocation failed. It is logged with skill, version,
// event id and reason, and counted per skill and reason.
type Failure struct {
	Skill, Version, EventID string
	Reason                  string // timeout, trap, stack_overflow, memory, exit, skill_error, abi_misuse, unavailable
	Detail                  string
}

func (f *Failure) Error() string {
	return fmt.Sprintf("skill %q (version %s) event %s: %s: %s", f.Skill, f.Version, f.EventID, f.Reason, f.Detail)
}

// Handle runs one event through the module: it takes an instance, copies
// the event in, calls bothost_handle under the skill's deadline, and
// returns the instance to the pool, or discards it if the call did not
// return normally. It never panics on guest behaviour.
func (m *Module) Handle(ctx context.Context, ev *abi.Event) error {
	m.stats.events.Inc()
	ev = m.withWorkspace(ev)
	inst, err := m.get(ctx)
	if err != nil {
		return m.fail(ev, "unavailable", err.Error(), slog.LevelWarn)
	}
	// The gate wait, like the instance wait, is not part of the deadline.
	hold := &cpuHold{g: m.engine.gate, skill: m.name}
	if err := hold.acquire(ctx); err != nil {
		m.put(ctx, inst)
		return m.fail(ev, "unavailable", err.Error(), slog.LevelWarn)
	}
	inst.hold = hold
	err = m.handleOn(ctx, ev, inst)
	hold.done()
	return err
}

// handleOn is Handle's call on inst, holding a gate slot; inst is back in
// the pool or discarded when it returns.
func (m *Module) handleOn(ctx context.Context, ev *abi.Event, inst *instance) error {
	deadline := time.Now().Add(m.skill.Limits.Deadline)
	inst.begin(ev, deadline)
	cctx := inst.call
	cctx.arm(ctx, deadline)

	inst.rec = ev.AppendRecord(inst.rec[:0])
	// The inbox refuses such an event before it is acked (inbox.ErrTooLarge);
	// this guards the callers that do not go through it (console, invoke)
	// and events an older host stored.
	if len(inst.rec) > abi.MaxEventSize {
		m.release(ctx, inst)
		return m.fail(ev, "too_large", fmt.Sprintf("event record is %d bytes, limit %d", len(inst.rec), abi.MaxEventSize), slog.LevelWarn)
	}
	ptr, err := inst.writeInput(cctx, inst.rec)
	if err != nil {
		cctx.disarm()
		m.discard(ctx, inst)
		return m.fail(ev, classify(err, inst), err.Error(), slog.LevelError)
	}
	inst.stack[0] = uint64(ptr)
	inst.stack[1] = uint64(len(inst.rec))
	inst.handling = true
	callStart := time.Now()
	callErr := inst.handle.CallWithStack(cctx, inst.stack[:])
	inst.handling = false
	if callErr == nil && time.Since(callStart) > stackResetAfter {
		inst.resetStack()
	}
	if inst.outside > 0 {
		// bothost_alloc (above) tried an effect: refused, reported once.
		m.log.Warn("host calls with effects refused outside an event (ERR_NOT_PERMITTED)",
			"event", ev.ID, "refused", inst.outside, "first", inst.outside1)
		inst.outside, inst.outside1 = 0, ""
	}
	if cap(inst.rec) > 64<<10 {
		inst.rec = nil // do not pin one huge event's buffer forever
	}
	if inst.misuse > 0 {
		m.stats.misuse.Add(float64(inst.misuse))
	}
	if callErr != nil {
		reason := classify(callErr, inst)
		detail := withGuestMessage(inst.errMsg, describeCallErr(callErr, cctx))
		cctx.disarm()
		m.discard(ctx, inst)
		return m.fail(ev, reason, detail, slog.LevelError)
	}
	status := int32(inst.stack[0])
	errMsg, misuse, misuse1 := inst.errMsg, inst.misuse, inst.misuse1
	m.release(ctx, inst)
	if status != 0 && errMsg == "" {
		errMsg = fmt.Sprintf("bothost_handle returned %d", status)
	}
	// Misuse is a failure even if the skill carried on and returned 0: it
	// means the skill has a bug the operator needs to see.
	if misuse > 0 {
		detail := fmt.Sprintf("%d host calls refused with ERR_INVALID_ARGUMENT; first: %s", misuse, misuse1)
		if errMsg != "" {
			detail = errMsg + " (" + detail + ")"
		}
		return m.fail(ev, "abi_misuse", detail, slog.LevelWarn)
	}
	if status != 0 {
		return m.fail(ev, "skill_error", errMsg, slog.LevelWarn)
	}
	return nil
}

// release returns an instance after a call that returned normally; one
// whose deadline fired meanwhile is discarded.
func (m *Module) release(ctx context.Context, inst *instance) {
	if !inst.call.disarm() {
		m.discard(ctx, inst)
		return
	}
	m.put(ctx, inst)
}

func (m *Module) fail(ev *abi.Event, reason, detail string, level slog.Level) error {
	m.stats.failure(reason).Inc()
	m.log.Log(context.Background(), level, "skill failed", "event", ev.ID, "kind", ev.Kind, "reason", reason, "detail", detail)
	return &Failure{Skill: m.name, Version: m.version, EventID: ev.ID, Reason: reason, Detail: detail}
}

func classify(err error, inst *instance) string {
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		switch exit.ExitCode() {
		case sys.ExitCodeDeadlineExceeded, sys.ExitCodeContextCanceled:
			return "timeout"
		}
		return "exit"
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "stack overflow"):
		return "stack_overflow"
	case inst != nil && uint64(inst.mem.Size())+pageSize > inst.m.memLimit:
		// A trap with memory at its cap is, in practice, a failed grow
		// that the guest turned into a trap (Rust/TinyGo abort on OOM).
		return "memory"
	case strings.Contains(msg, "out of bounds memory"):
		return "trap"
	}
	return "trap"
}

type instanceKey struct{}

// instCtx carries the instance to host functions without a map lookup.
type instCtx struct {
	context.Context
	inst *instance
}

func (c instCtx) Value(key any) any {
	if _, ok := key.(instanceKey); ok {
		return c.inst
	}
	return c.Context.Value(key)
}

// withGuestMessage puts the message a guest set with set_error just before
// it trapped (the Rust SDK's panic hook does this: panic message and
// location) in front of the trap's own description, which alone is only
// "wasm error: unreachable".
func withGuestMessage(guestMsg, trap string) string {
	if guestMsg == "" {
		return trap
	}
	return guestMsg + " (" + trap + ")"
}

func withInstance(ctx context.Context, inst *instance) context.Context {
	return instCtx{Context: ctx, inst: inst}
}

func instanceFrom(ctx context.Context) *instance {
	if c, ok := ctx.(instCtx); ok {
		return c.inst
	}
	inst, _ := ctx.Value(instanceKey{}).(*instance)
	return inst
}
