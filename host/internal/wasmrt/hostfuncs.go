package wasmrt

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
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
	s[0] = m.send(ctx, inst, mem, Send{Op: OpUpdate, Msg: msg}, 0, 0)
}

// maxSendsPerEvent bounds how many messages one event may produce, so a
// looping skill cannot flood a channel before its deadline hits.
const maxSendsPerEvent = 50

func (m *Module) send(ctx context.Context, inst *instance, mem api.Memory, snd Send, outPtr, outCap uint64) uint64 {
	if inst.ctxErr(ctx) {
		return codeResult(abi.ErrDeadline)
	}
	if inst.sends >= maxSendsPerEvent {
		return codeResult(abi.ErrQuota)
	}
	inst.sends++
	snd.Seq = inst.sends
	snd.Skill = m.name
	if ev := inst.ev; ev != nil {
		snd.Team = ev.Team
		snd.EventID = ev.ID
	}
	ts, err := m.engine.svc.Outbox.Send(ctx, snd)
	if err != nil {
		m.log.Warn("send failed", "op", snd.Op.String(), "channel", snd.Msg.Channel, "err", err)
		if ctx.Err() != nil {
			return codeResult(abi.ErrDeadline)
		}
		return codeResult(abi.ErrUnavailable)
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

func hostTimerSet(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
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
	when := int64(s[4])
	var due time.Time
	if uint32(s[5])&1 != 0 {
		due = time.UnixMilli(when)
	} else {
		if when < 0 {
			when = 0
		}
		due = m.engine.svc.Clock.Now().Add(time.Duration(when) * time.Millisecond)
	}
	err := timers.Set(ctx, m.name, string(name), append([]byte(nil), payload...), due, m.skill.Limits.TimerMax)
	s[0] = codeResult(storeCode(m, "timer_set", err))
}

func hostTimerCancel(m *Module, inst *instance, ctx context.Context, mem api.Memory, s []uint64) {
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
