//go:build wasip1

package skill

import "unsafe"

// This file is the only place that knows about linear memory: it declares
// the bothost_v1 imports and the guest exports (docs/ABI.md §1, §2), and
// adapts them to the slice-based host* functions the rest of the package
// uses. It builds with both TinyGo and the standard Go toolchain, so it
// sticks to what both accept: int32/int64 and unsafe.Pointer parameters.
// Passing unsafe.Pointer (not uintptr) keeps the memory reachable for the
// garbage collector for the duration of the call.

//go:wasmimport bothost_v1 reply
func abiReply(msgPtr unsafe.Pointer, msgLen int32, outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 post
func abiPost(msgPtr unsafe.Pointer, msgLen int32, outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 update
func abiUpdate(msgPtr unsafe.Pointer, msgLen int32) int32

//go:wasmimport bothost_v1 kv_get
func abiKVGet(keyPtr unsafe.Pointer, keyLen int32, outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 kv_set
func abiKVSet(keyPtr unsafe.Pointer, keyLen int32, valPtr unsafe.Pointer, valLen int32, ttlMs int64) int32

//go:wasmimport bothost_v1 kv_delete
func abiKVDelete(keyPtr unsafe.Pointer, keyLen int32) int32

//go:wasmimport bothost_v1 kv_list
func abiKVList(prefixPtr unsafe.Pointer, prefixLen int32, limit int32, outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 kv_cas
func abiKVCas(keyPtr unsafe.Pointer, keyLen int32, expPtr unsafe.Pointer, expLen int32, valPtr unsafe.Pointer, valLen int32, flags int32, ttlMs int64) int32

//go:wasmimport bothost_v1 kv_incr
func abiKVIncr(keyPtr unsafe.Pointer, keyLen int32, delta int64, ttlMs int64, outPtr unsafe.Pointer) int32

//go:wasmimport bothost_v1 slack_call
func abiSlackCall(methodPtr unsafe.Pointer, methodLen int32, argsPtr unsafe.Pointer, argsLen int32, outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 timer_set
func abiTimerSet(namePtr unsafe.Pointer, nameLen int32, payloadPtr unsafe.Pointer, payloadLen int32, when int64, flags int32) int32

//go:wasmimport bothost_v1 timer_cancel
func abiTimerCancel(namePtr unsafe.Pointer, nameLen int32) int32

//go:wasmimport bothost_v1 http_fetch
func abiHTTPFetch(reqPtr unsafe.Pointer, reqLen int32, outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 log
func abiLog(level int32, msgPtr unsafe.Pointer, msgLen int32) int32

//go:wasmimport bothost_v1 set_error
func abiSetError(msgPtr unsafe.Pointer, msgLen int32) int32

//go:wasmimport bothost_v1 now_ms
func abiNowMs() int64

//go:wasmimport bothost_v1 config
func abiConfig(outPtr unsafe.Pointer, outCap int32) int32

//go:wasmimport bothost_v1 result_read
func abiResultRead(outPtr unsafe.Pointer, outCap int32) int32

func bp(b []byte) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(b)) }
func sp(s string) unsafe.Pointer { return unsafe.Pointer(unsafe.StringData(s)) }

func hostReply(msg, out []byte) int32 {
	return abiReply(bp(msg), int32(len(msg)), bp(out), int32(len(out)))
}

func hostPost(msg, out []byte) int32 {
	return abiPost(bp(msg), int32(len(msg)), bp(out), int32(len(out)))
}

func hostUpdate(msg []byte) int32 { return abiUpdate(bp(msg), int32(len(msg))) }

func hostKVGet(key string, out []byte) int32 {
	return abiKVGet(sp(key), int32(len(key)), bp(out), int32(len(out)))
}

func hostKVSet(key string, val []byte, ttlMs int64) int32 {
	return abiKVSet(sp(key), int32(len(key)), bp(val), int32(len(val)), ttlMs)
}

func hostKVDelete(key string) int32 { return abiKVDelete(sp(key), int32(len(key))) }

func hostKVList(prefix string, limit int32, out []byte) int32 {
	return abiKVList(sp(prefix), int32(len(prefix)), limit, bp(out), int32(len(out)))
}

func hostKVCas(key string, expected, val []byte, flags int32, ttlMs int64) int32 {
	return abiKVCas(sp(key), int32(len(key)), bp(expected), int32(len(expected)), bp(val), int32(len(val)), flags, ttlMs)
}

// hostKVIncr writes the new value to out[:8] (little-endian); out must
// have 8 bytes.
func hostKVIncr(key string, delta, ttlMs int64, out []byte) int32 {
	return abiKVIncr(sp(key), int32(len(key)), delta, ttlMs, bp(out))
}

func hostSlackCall(method string, args, out []byte) int32 {
	return abiSlackCall(sp(method), int32(len(method)), bp(args), int32(len(args)), bp(out), int32(len(out)))
}

func hostTimerSet(name string, payload []byte, when int64, flags int32) int32 {
	return abiTimerSet(sp(name), int32(len(name)), bp(payload), int32(len(payload)), when, flags)
}

func hostTimerCancel(name string) int32 { return abiTimerCancel(sp(name), int32(len(name))) }

func hostHTTPFetch(req, out []byte) int32 {
	return abiHTTPFetch(bp(req), int32(len(req)), bp(out), int32(len(out)))
}

func hostLog(level int32, msg string) int32 { return abiLog(level, sp(msg), int32(len(msg))) }

func hostSetError(msg string) int32 { return abiSetError(sp(msg), int32(len(msg))) }

func hostNowMs() int64 { return abiNowMs() }

func hostConfig(out []byte) int32 { return abiConfig(bp(out), int32(len(out))) }

func hostResultRead(out []byte) int32 { return abiResultRead(bp(out), int32(len(out))) }

// Exports.

//go:wasmexport bothost_abi_version
func exportABIVersion() int32 { return 1 }

//go:wasmexport bothost_alloc
func exportAlloc(size int32) int32 {
	b := allocInput(size)
	if b == nil {
		return 0
	}
	return int32(uintptr(unsafe.Pointer(unsafe.SliceData(b))))
}

//go:wasmexport bothost_init
func exportInit(ptr, n int32) int32 {
	rec, ok := region(ptr, n)
	if !ok {
		return failText("bothost: config is not in the bothost_alloc region")
	}
	return runInit(rec)
}

//go:wasmexport bothost_handle
func exportHandle(ptr, n int32) int32 {
	rec, ok := region(ptr, n)
	if !ok {
		return failText("bothost: event is not in the bothost_alloc region")
	}
	return handle(rec)
}

// region turns (ptr, n) back into a slice of the input region, so the rest
// of the package never builds a slice from a raw address.
func region(ptr, n int32) ([]byte, bool) {
	if n == 0 {
		return nil, true // nothing to read, wherever it points
	}
	if input == nil || n < 0 {
		return nil, false
	}
	base := uint32(uintptr(unsafe.Pointer(unsafe.SliceData(input))))
	p := uint32(ptr)
	if p < base {
		return nil, false
	}
	return inputAt(p-base, uint32(n))
}
