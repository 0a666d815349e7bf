package wasmrt

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/tetratelabs/wazero/api"

	"github.com/bothost/bothost/host/internal/abi"
	"github.com/bothost/bothost/host/internal/store"
)

const (
	i32 = api.ValueTypeI32
	i64 = api.ValueTypeI64
)

type hostFunc struct {
	name    string
	params  []api.ValueType
	results []api.ValueType
	fn      func(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64)
}

// hostFunctions is the bothost_v1 import module (docs/ABI.md §2.2).
var hostFunctions = []hostFunc{
	{"reply", []api.ValueType{i32, i32, i32, i32}, []api.ValueType{i32}, hostReply},
	{"post", []api.ValueType{i32, i32, i32, i32}, []api.ValueType{i32}, hostPost},
	{"update", []api.ValueType{i32, i32}, []api.ValueType{i32}, hostUpdate},
	{"kv_get", []api.ValueType{i32, i32, i32, i32}, []api.ValueType{i32}, hostKVGet},
	{"kv_set", []api.ValueType{i32, i32, i32, i32, i64}, []api.ValueType{i32}, hostKVSet},
	{"kv_delete", []api.ValueType{i32, i32}, []api.ValueType{i32}, hostKVDelete},
	{"kv_list", []api.ValueType{i32, i32, i32, i32, i32}, []api.ValueType{i32}, hostKVList},
	{"kv_cas", []api.ValueType{i32, i32, i32, i32, i32, i32, i32, i64}, []api.ValueType{i32}, hostKVCas},
	{"kv_incr", []api.ValueType{i32, i32, i64, i64, i32}, []api.ValueType{i32}, hostKVIncr},
	{"slack_call", []api.ValueType{i32, i32, i32, i32, i32, i32}, []api.ValueType{i32}, hostSlackCall},
	{"timer_set", []api.ValueType{i32, i32, i32, i32, i64, i32}, []api.ValueType{i32}, hostTimerSet},
	{"timer_cancel", []api.ValueType{i32, i32}, []api.ValueType{i32}, hostTimerCancel},
	{"http_fetch", []api.ValueType{i32, i32, i32, i32}, []api.ValueType{i32}, hostHTTPFetch},
	{"log", []api.ValueType{i32, i32, i32}, []api.ValueType{i32}, hostLog},
	{"set_error", []api.ValueType{i32, i32}, []api.ValueType{i32}, hostSetError},
	{"now_ms", nil, []api.ValueType{i64}, hostNowMs},
	{"config", []api.ValueType{i32, i32}, []api.ValueType{i32}, hostConfig},
	{"result_read", []api.ValueType{i32, i32}, []api.ValueType{i32}, hostResultRead},
}

var hostFunctionNames = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range hostFunctions {
		m[f.name] = true
	}
	return m
}()

func (m *Module) instantiateHostModule(ctx context.Context) error {
	b := m.runtime.NewHostModuleBuilder(abi.ImportModule)
	for _, hf := range hostFunctions {
		hf := hf
		b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(func(ctx context.Context, mod api.Module, stack []uint64) {
			inst := instanceFrom(ctx)
			if inst == nil {
				// Called outside an invocation we started (cannot happen for
				// exports we call; be safe rather than panic).
				if len(hf.results) > 0 {
					stack[0] = codeResult(abi.ErrUnavailable)
				}
				return
			}
			hf.fn(m, inst, ctx, mod.Memory(), stack)
		}), hf.params, hf.results).Export(hf.name)
	}
	_, err := b.Instantiate(ctx)
	return err
}

func codeResult(c abi.Code) uint64 { return uint64(uint32(int32(c))) }

func lenResult(n int) uint64 { return uint64(uint32(int32(n))) }

// read returns a view of guest memory, validating pointer and length.
// The view aliases guest memory: copy what must outlive the call.
func (inst *instance) read(mem api.Memory, what string, ptr, n uint64) ([]byte, bool) {
	l := int32(uint32(n))
	if l < 0 {
		inst.abuse("%s: negative length %d", what, l)
		return nil, false
	}
	if l == 0 {
		return nil, true
	}
	b, ok := mem.Read(uint32(ptr), uint32(l))
	if !ok {
		inst.abuse("%s: [%#x, +%d) is outside the %d-byte memory", what, uint32(ptr), l, mem.Size())
		return nil, false
	}
	return b, true
}

// outOK validates an output buffer before a call with side effects, so a
// bad out_ptr is refused before a message is sent, not after.
func (inst *instance) outOK(mem api.Memory, what string, outPtr, outCap uint64) bool {
	c := int32(uint32(outCap))
	if c < 0 {
		inst.abuse("%s: negative out_cap %d", what, c)
		return false
	}
	if c > 0 {
		if _, ok := mem.Read(uint32(outPtr), uint32(c)); !ok {
			inst.abuse("%s: out buffer [%#x, +%d) is outside the %d-byte memory", what, uint32(outPtr), c, mem.Size())
			return false
		}
	}
	return true
}

// writeOut implements the out_ptr/out_cap protocol (docs/ABI.md §2.1).
func (inst *instance) writeOut(mem api.Memory, outPtr, outCap uint64, data []byte) uint64 {
	c := int32(uint32(outCap))
	if c < 0 {
		return inst.abuse("negative out_cap %d", c)
	}
	if len(data) <= int(c) {
		if len(data) > 0 && !mem.Write(uint32(outPtr), data) {
			return inst.abuse("out buffer [%#x, +%d) is outside the %d-byte memory", uint32(outPtr), len(data), mem.Size())
		}
		inst.pending = nil
		return lenResult(len(data))
	}
	inst.pending = append(inst.pending[:0], data...)
	return lenResult(len(data))
}

func (inst *instance) ctxErr(ctx context.Context) bool { return ctx.Err() != nil }

func hostReply(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("reply") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	rec, ok := inst.read(mem, "reply", s[0], s[1])
	if !ok || !inst.outOK(mem, "reply", s[2], s[3]) {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	msg, code, err := abi.DecodeMessage(rec)
	if err != nil {
		s[0] = m.refuse(inst, code, "reply: %v", err)
		return
	}
	ev := inst.ev
	if ev == nil || ev.Channel == "" {
		s[0] = codeResult(abi.ErrNoConversation)
		return
	}
	msg.Channel = ev.Channel
	msg.TS = ""
	if msg.InThread {
		switch {
		case ev.ThreadTS != "":
			msg.ThreadTS = ev.ThreadTS
		case ev.TS != "":
			msg.ThreadTS = ev.TS
		case ev.MessageTS != "":
			msg.ThreadTS = ev.MessageTS
		}
	} else {
		msg.ThreadTS = ""
	}
	s[0] = m.send(ctx, inst, mem, Send{Op: OpPost, Reply: true, Msg: msg, ResponseURL: ev.ResponseURL}, s[2], s[3])
}

func hostPost(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("post") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	rec, ok := inst.read(mem, "post", s[0], s[1])
	if !ok || !inst.outOK(mem, "post", s[2], s[3]) {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	msg, code, err := abi.DecodeMessage(rec)
	if err != nil {
		s[0] = m.refuse(inst, code, "post: %v", err)
		return
	}
	if msg.Channel == "" {
		s[0] = inst.abuse("post: message has no channel")
		return
	}
	msg.TS = ""
	s[0] = m.send(ctx, inst, mem, Send{Op: OpPost, Msg: msg}, s[2], s[3])
}

func hostUpdate(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("update") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	rec, ok := inst.read(mem, "update", s[0], s[1])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	msg, code, err := abi.DecodeMessage(rec)
	if err != nil {
		s[0] = m.refuse(inst, code, "update: %v", err)
		return
	}
	// From an action, the message the button was on is the default target.
	if ev := inst.ev; ev != nil {
		if msg.Channel == "" {
			msg.Channel = ev.Channel
		}
		if msg.TS == "" {
			msg.TS = ev.MessageTS
		}
	}
	if msg.Channel == "" || msg.TS == "" {
		s[0] = inst.abuse("update: message needs channel and ts")
		return
	}
	// A skill edits only what it posted, or the message its button was on.
	if ev := inst.ev; !m.checkUpdate(ev, evTeam(ev), msg) {
		s[0] = m.refuse(inst, abi.ErrNotPermitted, "update: message %s in %s was not posted by this skill", msg.TS, msg.Channel)
		return
	}
	s[0] = m.send(ctx, inst, mem, Send{Op: OpUpdate, Msg: msg}, 0, 0)
}

func evTeam(ev *abi.Event) string {
	if ev == nil {
		return ""
	}
	return ev.Team
}

// send hands one message to the outbox. messages_per_event bounds how many
// messages one event may produce, so a looping skill cannot flood a
// channel before its deadline hits; outbox_pending (Send.MaxPending)
// bounds how many of the skill's messages may wait for Slack, so a timer
// storm cannot grow the queue without end.
func (m *Module) send(ctx context.Context, inst *instance, mem api.Memory, snd Send, outPtr, outCap uint64) uint64 {
	if inst.ctxErr(ctx) {
		return codeResult(abi.ErrDeadline)
	}
	lim := m.skill.Limits
	if inst.sends >= orDefault(lim.MessagesPerEvent, defaultMessagesPerEvent) {
		if inst.sends == orDefault(lim.MessagesPerEvent, defaultMessagesPerEvent) {
			m.stats.failure("message_quota").Inc()
			m.log.Warn("messages_per_event reached: further messages of this event refused (ERR_QUOTA)",
				"event", inst.eventID(), "max", orDefault(lim.MessagesPerEvent, defaultMessagesPerEvent))
			inst.sends++ // log once per event
		}
		return codeResult(abi.ErrQuota)
	}
	inst.sends++
	snd.Seq = inst.sends
	snd.Skill = m.name
	snd.MaxPending = lim.OutboxPending
	if ev := inst.ev; ev != nil {
		snd.Team = ev.Team
		snd.EventID = ev.ID
	}
	var neutralised int
	snd.Msg.Text, snd.Msg.Blocks, neutralised = neutralizeMentions(snd.Msg.Text, snd.Msg.Blocks, m.skill.AllowMentions)
	if neutralised > 0 {
		m.stats.failure("mention_neutralised").Add(float64(neutralised))
		m.log.Info("mass mentions neutralised (not in allow_mentions)", "event", inst.eventID(), "count", neutralised)
	}
	ts, err := m.engine.svc.Outbox.Send(ctx, snd)
	if err != nil {
		code := sendCode(ctx, err)
		if code == abi.ErrQuota {
			if m.stats.failure("outbox_quota").Inc(); inst.sends == 1 || inst.sends%10 == 0 {
				// Not once per refused message: a storm would flood the log.
				m.log.Warn("outbox_pending reached: message refused (ERR_QUOTA)", "event", inst.eventID(), "max", lim.OutboxPending)
			}
		} else {
			m.log.Warn("send failed", "op", snd.Op.String(), "channel", snd.Msg.Channel, "code", code.String(), "err", err)
		}
		return codeResult(code)
	}
	if snd.Op == OpUpdate {
		return codeResult(abi.OK)
	}
	return inst.writeOut(mem, outPtr, outCap, []byte(ts))
}

// refuse answers a call with code; invalid-argument codes count as misuse.
func (m *Module) refuse(inst *instance, code abi.Code, format string, args ...any) uint64 {
	if code == abi.ErrInvalidArg {
		return inst.abuse(format, args...)
	}
	// A refused message is a message the user never sees: tell the operator.
	m.stats.failure("refused").Inc()
	m.log.Warn("host call refused", "event", inst.eventID(), "code", code.String(), "why", fmt.Sprintf(format, args...))
	return codeResult(code)
}

func (inst *instance) key(mem api.Memory, what string, ptr, n uint64) (string, abi.Code) {
	b, ok := inst.read(mem, what, ptr, n)
	if !ok {
		return "", abi.ErrInvalidArg
	}
	if len(b) == 0 {
		inst.abuse("%s: empty key", what)
		return "", abi.ErrInvalidArg
	}
	if len(b) > store.MaxKeyLen {
		return "", abi.ErrTooLarge
	}
	return string(b), abi.OK
}

func storeCode(m *Module, what string, err error) abi.Code {
	switch {
	case err == nil:
		return abi.OK
	case errors.Is(err, store.ErrNotFound):
		return abi.ErrNotFound
	case errors.Is(err, store.ErrQuota):
		return abi.ErrQuota
	case errors.Is(err, store.ErrTooLarge):
		return abi.ErrTooLarge
	case errors.Is(err, store.ErrInvalid):
		return abi.ErrInvalidArg
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return abi.ErrDeadline
	}
	m.log.Error("storage call failed", "call", what, "err", err)
	return abi.ErrUnavailable
}

func hostKVGet(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	key, code := inst.key(mem, "kv_get", s[0], s[1])
	if code != abi.OK {
		s[0] = codeResult(code)
		return
	}
	v, err := m.engine.svc.KV.Get(ctx, m.name, key)
	if err != nil {
		s[0] = codeResult(storeCode(m, "kv_get", err))
		return
	}
	s[0] = inst.writeOut(mem, s[2], s[3], v)
}

func hostKVSet(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("kv_set") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	key, code := inst.key(mem, "kv_set", s[0], s[1])
	if code != abi.OK {
		s[0] = codeResult(code)
		return
	}
	if int32(uint32(s[3])) > store.MaxValueLen {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	val, ok := inst.read(mem, "kv_set value", s[2], s[3])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	ttl := time.Duration(int64(s[4])) * time.Millisecond
	lim := m.skill.Limits
	err := m.engine.svc.KV.Set(ctx, m.name, key, val, ttl, store.Quota{MaxKeys: lim.KVMaxKeys, MaxBytes: lim.KVMaxBytes})
	if errors.Is(err, store.ErrQuota) {
		m.stats.failure("kv_quota").Inc()
		m.log.Warn("KV quota exceeded: write refused", "event", inst.eventID(), "key_len", len(key),
			"max_keys", lim.KVMaxKeys, "max_bytes", lim.KVMaxBytes)
	}
	s[0] = codeResult(storeCode(m, "kv_set", err))
}

func hostKVDelete(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("kv_delete") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	key, code := inst.key(mem, "kv_delete", s[0], s[1])
	if code != abi.OK {
		s[0] = codeResult(code)
		return
	}
	s[0] = codeResult(storeCode(m, "kv_delete", m.engine.svc.KV.Delete(ctx, m.name, key)))
}

func hostKVList(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	prefix, ok := inst.read(mem, "kv_list", s[0], s[1])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if len(prefix) > store.MaxKeyLen {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	limit := int(int32(uint32(s[2])))
	if limit <= 0 || limit > abi.MaxListLimit {
		limit = abi.MaxListLimit
	}
	keys, err := m.engine.svc.KV.List(ctx, m.name, string(prefix), limit)
	if err != nil {
		s[0] = codeResult(storeCode(m, "kv_list", err))
		return
	}
	n := 0
	for _, k := range keys {
		n += 4 + len(k)
	}
	out := make([]byte, 0, n)
	for _, k := range keys {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(k)))
		out = append(out, k...)
	}
	s[0] = inst.writeOut(mem, s[3], s[4], out)
}

func (m *Module) quota() store.Quota {
	return store.Quota{MaxKeys: m.skill.Limits.KVMaxKeys, MaxBytes: m.skill.Limits.KVMaxBytes}
}

// kvWriteCode is storeCode for KV writes, telling the operator about a
// refused write as kv_set does.
func (m *Module) kvWriteCode(inst *instance, call, key string, err error) abi.Code {
	if errors.Is(err, store.ErrQuota) {
		lim := m.skill.Limits
		m.stats.failure("kv_quota").Inc()
		m.log.Warn("KV quota exceeded: write refused", "call", call, "event", inst.eventID(), "key_len", len(key),
			"max_keys", lim.KVMaxKeys, "max_bytes", lim.KVMaxBytes)
	}
	return storeCode(m, call, err)
}

// hostKVCas is kv_cas(key, expected, value, flags, ttl_ms): 1 if it
// stored value, 0 if the key's value was not the expected one (or, with
// KVCasAbsent, the key existed).
func hostKVCas(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	key, code := inst.key(mem, "kv_cas", s[0], s[1])
	if code != abi.OK {
		s[0] = codeResult(code)
		return
	}
	flags := uint32(s[6])
	if flags&^abi.KVCasAbsent != 0 {
		s[0] = inst.abuse("kv_cas: unknown flags %#x", flags)
		return
	}
	if int32(uint32(s[3])) > store.MaxValueLen || int32(uint32(s[5])) > store.MaxValueLen {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	expected, ok := inst.read(mem, "kv_cas expected", s[2], s[3])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	val, ok := inst.read(mem, "kv_cas value", s[4], s[5])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if flags&abi.KVCasAbsent != 0 {
		if len(expected) != 0 {
			s[0] = inst.abuse("kv_cas: an expected value with KV_CAS_ABSENT")
			return
		}
		expected = nil
	} else if expected == nil {
		expected = []byte{} // a zero-length read: the empty value, not "absent"
	}
	ttl := time.Duration(int64(s[7])) * time.Millisecond
	swapped, err := m.engine.svc.KV.CompareAndSwap(ctx, m.name, key, expected, val, ttl, m.quota())
	if err != nil {
		s[0] = codeResult(m.kvWriteCode(inst, "kv_cas", key, err))
		return
	}
	if swapped {
		s[0] = 1
	} else {
		s[0] = 0
	}
}

// hostKVIncr is kv_incr(key, delta, ttl_ms, out_ptr): the new value is
// written at out_ptr as 8 bytes, little-endian.
func hostKVIncr(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	key, code := inst.key(mem, "kv_incr", s[0], s[1])
	if code != abi.OK {
		s[0] = codeResult(code)
		return
	}
	if !inst.outOK(mem, "kv_incr", s[4], 8) {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	ttl := time.Duration(int64(s[3])) * time.Millisecond
	n, err := m.engine.svc.KV.Incr(ctx, m.name, key, int64(s[2]), ttl, m.quota())
	if errors.Is(err, store.ErrNotInteger) {
		// The stored data is wrong, not the call: the skill may well
		// handle it (reset the key), so the event is not failed as
		// misuse; the operator still sees it.
		m.log.Warn("kv_incr refused: the stored value is not a decimal integer", "event", inst.eventID(), "key_len", len(key))
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if err != nil {
		s[0] = codeResult(m.kvWriteCode(inst, "kv_incr", key, err))
		return
	}
	mem.WriteUint64Le(uint32(s[4]), uint64(n))
	s[0] = codeResult(abi.OK)
}

// hostSlackCall is slack_call(method, args, out): a read-only Web API
// call granted by slack_read, with the token of the event's workspace.
// On a 429 it answers ERR_UNAVAILABLE and keeps Slack's retry delay, in
// milliseconds as decimal ASCII, for result_read.
func hostSlackCall(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	inst.pending = nil
	method, ok := inst.read(mem, "slack_call method", s[0], s[1])
	if !ok || !inst.outOK(mem, "slack_call", s[4], s[5]) {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if !slices.Contains(m.skill.SlackRead, string(method)) {
		m.log.Warn("slack_call refused: method not granted in slack_read", "event", inst.eventID(),
			"method", sanitize(method[:min(len(method), 64)]))
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	if int32(uint32(s[3])) > abi.MaxSlackArgs {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	rec, ok := inst.read(mem, "slack_call args", s[2], s[3])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	args := map[string]string{}
	r := abi.NewReader(rec)
	for {
		k, v, ok := r.Next()
		if !ok {
			break
		}
		if string(k) == "token" {
			s[0] = inst.abuse("slack_call: args may not carry a token")
			return
		}
		if !utf8.Valid(v) {
			s[0] = inst.abuse("slack_call: argument %q is not UTF-8", sanitize(k))
			return
		}
		if _, dup := args[string(k)]; !dup {
			args[string(k)] = string(v)
		}
	}
	if r.Err() != nil {
		s[0] = inst.abuse("slack_call: args: %v", r.Err())
		return
	}
	sc := m.engine.svc.Slack
	if sc == nil {
		s[0] = codeResult(abi.ErrUnavailable)
		return
	}
	if inst.ctxErr(ctx) {
		s[0] = codeResult(abi.ErrDeadline)
		return
	}
	team := ""
	if inst.ev != nil {
		team = inst.ev.Team
	}
	answer, retry, code, err := sc.Call(ctx, m.name, team, string(method), args)
	if err != nil {
		m.log.Warn("slack_call failed", "event", inst.eventID(), "method", string(method), "code", code.String(), "err", err)
	}
	if code != abi.OK {
		if code == abi.ErrUnavailable && retry > 0 {
			inst.pending = strconv.AppendInt(inst.pending[:0], retry.Milliseconds(), 10)
		}
		s[0] = codeResult(code)
		return
	}
	s[0] = inst.writeOut(mem, s[4], s[5], answer)
}

func hostTimerSet(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("timer_set") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	name, ok := inst.read(mem, "timer_set name", s[0], s[1])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	payload, ok := inst.read(mem, "timer_set payload", s[2], s[3])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if len(name) == 0 {
		s[0] = inst.abuse("timer_set: empty name")
		return
	}
	if len(name) > abi.MaxTimerName || len(payload) > abi.MaxTimerData {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	timers := m.engine.svc.Timers
	if timers == nil {
		s[0] = codeResult(abi.ErrUnavailable)
		return
	}
	due, ok := timerDue(m.engine.svc.Clock.Now(), int64(s[4]), uint32(s[5])&1 != 0)
	if !ok {
		s[0] = inst.abuse("timer_set: when %d ms (flags %d) is out of range", int64(s[4]), uint32(s[5]))
		return
	}
	err := timers.SetIn(ctx, evTeam(inst.ev), m.name, string(name), append([]byte(nil), payload...), due, m.skill.Limits.TimerMax)
	s[0] = codeResult(storeCode(m, "timer_set", err))
}

func hostTimerCancel(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("timer_cancel") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	name, ok := inst.read(mem, "timer_cancel", s[0], s[1])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	timers := m.engine.svc.Timers
	if timers == nil {
		s[0] = codeResult(abi.ErrUnavailable)
		return
	}
	s[0] = codeResult(storeCode(m, "timer_cancel", timers.Cancel(ctx, m.name, string(name))))
}

func hostHTTPFetch(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if !inst.effectsAllowed("http_fetch") {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	req, ok := inst.read(mem, "http_fetch", s[0], s[1])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	f := m.engine.svc.Fetcher
	if len(m.skill.HTTPAllow) == 0 || f == nil {
		s[0] = codeResult(abi.ErrNotPermitted)
		return
	}
	if len(req) > abi.MaxHTTPRequest {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	if inst.fetches >= m.skill.Limits.HTTPRequests {
		s[0] = codeResult(abi.ErrQuota)
		return
	}
	inst.fetches++
	// A fetch blocks on the network, not the CPU: its gate slot serves
	// others meanwhile.
	inst.hold.pause()
	resp, code, err := f.Fetch(ctx, m.name, m.skill.HTTPAllow, append([]byte(nil), req...))
	if rerr := inst.hold.resume(ctx); rerr != nil {
		s[0] = codeResult(abi.ErrUnavailable)
		return
	}
	if err != nil {
		m.log.Warn("http_fetch refused", "code", code.String(), "err", err)
	}
	if code != abi.OK {
		s[0] = codeResult(code)
		return
	}
	s[0] = inst.writeOut(mem, s[2], s[3], resp)
}

func hostLog(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	msg, ok := inst.read(mem, "log", s[1], s[2])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if len(msg) > abi.MaxLogLine {
		msg = msg[:abi.MaxLogLine]
	}
	if !m.logAllowed(len(msg)) {
		// Over log_rate or log_bytes: dropped, counted, summarised.
		s[0] = codeResult(abi.ErrQuota)
		return
	}
	level := slog.LevelInfo
	switch int32(uint32(s[0])) {
	case 0:
		level = slog.LevelDebug
	case 2:
		level = slog.LevelWarn
	case 3:
		level = slog.LevelError
	}
	m.log.Log(ctx, level, sanitize(msg), "event", inst.eventID(), "source", "skill")
	s[0] = codeResult(abi.OK)
}

func hostSetError(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	msg, ok := inst.read(mem, "set_error", s[0], s[1])
	if !ok {
		s[0] = codeResult(abi.ErrInvalidArg)
		return
	}
	if len(msg) > 1024 {
		msg = msg[:1024]
	}
	inst.errMsg = sanitize(msg)
	s[0] = codeResult(abi.OK)
}

func hostNowMs(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	s[0] = uint64(m.engine.svc.Clock.Now().UnixMilli())
}

func hostConfig(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	cfg := m.skill.ConfigJSON
	if len(cfg) == 0 {
		cfg = []byte("{}")
	}
	s[0] = inst.writeOut(mem, s[0], s[1], cfg)
}

func hostResultRead(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
	if inst.pending == nil {
		s[0] = codeResult(abi.ErrNotFound)
		return
	}
	c := int32(uint32(s[1]))
	if c < int32(len(inst.pending)) {
		s[0] = codeResult(abi.ErrTooLarge)
		return
	}
	if !mem.Write(uint32(s[0]), inst.pending) {
		s[0] = inst.abuse("result_read: [%#x, +%d) is outside the %d-byte memory", uint32(s[0]), len(inst.pending), mem.Size())
		return
	}
	s[0] = lenResult(len(inst.pending))
}

// sanitize makes guest text safe for logs: valid UTF-8, no control
// characters that could forge log lines.
func sanitize(b []byte) string {
	s := string(b)
	if utf8.ValidString(s) && !strings.ContainsAny(s, "\n\r\x1b") {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == 0x1b {
			return ' '
		}
		return r
	}, s)
}

func counterValue(c prometheus.Counter) float64 {
	var d dto.Metric
	if err := c.Write(&d); err != nil {
		return 0
	}
	return d.GetCounter().GetValue()
}

func (inst *instance) eventID() string {
	if inst.ev == nil {
		return ""
	}
	return inst.ev.ID
}
