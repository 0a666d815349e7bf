//go:build !wasip1

package skill

import (
	"time"

	"github.com/bothost/bothost/sdk/go/internal/fakeabi"
)

// Native builds (go test, go vet, editors) have no bothost_v1 imports: the
// host* functions forward to fakeabi.Current, which package skilltest
// installs, and the guest entry points are registered with fakeabi so the
// fake host drives the same allocInput/runInit/handle code as the real one.
// With no host installed every call fails with ErrUnavailable (Now falls
// back to the system clock), so a skill can still be run natively without
// crashing.

const codeUnavailable = -6

func init() {
	fakeabi.Alloc = allocInput
	fakeabi.Init = func(n int32) int32 {
		rec, ok := inputAt(0, uint32(n))
		if n != 0 && (!ok || n < 0) {
			return failText("bothost: config is not in the bothost_alloc region")
		}
		return runInit(rec)
	}
	fakeabi.Handle = func(off, n int32) int32 {
		rec, ok := inputAt(uint32(off), uint32(n))
		if n != 0 && (!ok || off < 0 || n < 0) {
			return failText("bothost: event is not in the bothost_alloc region")
		}
		return handle(rec)
	}
}

func hostReply(msg, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.Reply(msg, out)
	}
	return codeUnavailable
}

func hostPost(msg, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.Post(msg, out)
	}
	return codeUnavailable
}

func hostUpdate(msg []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.Update(msg)
	}
	return codeUnavailable
}

func hostKVGet(key string, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.KVGet(key, out)
	}
	return codeUnavailable
}

func hostKVSet(key string, val []byte, ttlMs int64) int32 {
	if h := fakeabi.Current; h != nil {
		return h.KVSet(key, val, ttlMs)
	}
	return codeUnavailable
}

func hostKVDelete(key string) int32 {
	if h := fakeabi.Current; h != nil {
		return h.KVDelete(key)
	}
	return codeUnavailable
}

func hostKVList(prefix string, limit int32, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.KVList(prefix, limit, out)
	}
	return codeUnavailable
}

func hostKVCas(key string, expected, val []byte, flags int32, ttlMs int64) int32 {
	if h := fakeabi.Current; h != nil {
		return h.KVCas(key, expected, val, flags, ttlMs)
	}
	return codeUnavailable
}

func hostKVIncr(key string, delta, ttlMs int64, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.KVIncr(key, delta, ttlMs, out)
	}
	return codeUnavailable
}

func hostSlackCall(method string, args, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.SlackCall(method, args, out)
	}
	return codeUnavailable
}

func hostTimerSet(name string, payload []byte, when int64, flags int32) int32 {
	if h := fakeabi.Current; h != nil {
		return h.TimerSet(name, payload, when, flags)
	}
	return codeUnavailable
}

func hostTimerCancel(name string) int32 {
	if h := fakeabi.Current; h != nil {
		return h.TimerCancel(name)
	}
	return codeUnavailable
}

func hostHTTPFetch(req, out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.HTTPFetch(req, out)
	}
	return codeUnavailable
}

func hostLog(level int32, msg string) int32 {
	if h := fakeabi.Current; h != nil {
		return h.Log(level, msg)
	}
	return 0
}

func hostSetError(msg string) int32 {
	if h := fakeabi.Current; h != nil {
		return h.SetError(msg)
	}
	return 0
}

func hostNowMs() int64 {
	if h := fakeabi.Current; h != nil {
		return h.NowMs()
	}
	return time.Now().UnixMilli()
}

func hostConfig(out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.Config(out)
	}
	return codeUnavailable
}

func hostResultRead(out []byte) int32 {
	if h := fakeabi.Current; h != nil {
		return h.ResultRead(out)
	}
	return -2
}
