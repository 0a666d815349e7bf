// Package fakeabi connects the SDK's native (non-wasm) build to an in-memory
// host such as package skilltest.
//
// On wasip1 the SDK calls the real `bothost_v1` imports and the host calls
// the SDK's exports. Natively there is no linear memory, so both directions
// go through this package instead, with Go slices in place of (ptr, len)
// pairs but otherwise the same contract: the same return codes, the same
// out-buffer/result_read protocol, the same alloc-then-handle sequence. The
// SDK code above that layer is identical in both builds, which is what makes
// native tests of a skill meaningful.
package fakeabi

// Host is the host side of ABI v1 (docs/ABI.md §2.2). Functions with an out
// parameter follow §2.1: they return the full result length n, and write the
// result to out only when n <= len(out); otherwise the result is kept for
// ResultRead.
type Host interface {
	Reply(msg, out []byte) int32
	Post(msg, out []byte) int32
	Update(msg []byte) int32
	KVGet(key string, out []byte) int32
	KVSet(key string, val []byte, ttlMs int64) int32
	KVDelete(key string) int32
	KVList(prefix string, limit int32, out []byte) int32
	// KVCas is kv_cas; flags bit 0 means "expect the key absent".
	KVCas(key string, expected, val []byte, flags int32, ttlMs int64) int32
	// KVIncr is kv_incr; it writes the new value to out[:8], little-endian.
	KVIncr(key string, delta, ttlMs int64, out []byte) int32
	// SlackCall is slack_call; args is a record of string arguments.
	SlackCall(method string, args, out []byte) int32
	TimerSet(name string, payload []byte, when int64, flags int32) int32
	TimerCancel(name string) int32
	HTTPFetch(req, out []byte) int32
	Log(level int32, msg string) int32
	SetError(msg string) int32
	NowMs() int64
	Config(out []byte) int32
	ResultRead(out []byte) int32
}

// Current is the host the SDK's native build talks to. nil means "no host":
// calls fail with ERR_UNAVAILABLE.
var Current Host

// Guest entry points, set by the SDK's native build in its init function;
// they mirror the wasm exports.
var (
	// Alloc is bothost_alloc: it returns the guest's input region, at
	// least size bytes long, or nil.
	Alloc func(size int32) []byte
	// Init is bothost_init; n bytes of config have been written at the
	// start of the region returned by the last Alloc.
	Init func(n int32) int32
	// Handle is bothost_handle for an event record of n bytes at offset
	// off of the region returned by the last Alloc.
	Handle func(off, n int32) int32
)
