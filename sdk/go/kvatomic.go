package skill

import "time"

// Atomic KV updates. A skill's instances handle events of different
// conversations at the same time and share its KV, so a handler that reads
// a key, changes the value and writes it back can lose another handler's
// update made in between (an alert's Acknowledge click and its escalation
// timer, say). KVIncr and KVCompareAndSwap each run as one transaction in
// the host's store: racing callers are serialised and none is lost.

// KVCompareAndSwap stores new under key only if the key's current value is
// exactly old; with old == nil, only if the key is absent (or expired). A
// non-nil empty old matches an empty value. It reports whether it stored
// new: swapped == false with a nil error means the current value differs
// (read it again and retry, or give up). On success ttl sets the key's
// expiry afresh, as KVSet does (ttl <= 0: none); on a mismatch nothing
// changes. A matching swap that would take the skill past its KV quota
// fails with ErrQuota.
//
// The comparison is by value: a value that changed and changed back
// compares equal. Put a version counter in the value if that matters.
//
// A read-modify-write loop:
//
//	for {
//		cur, err := skill.KVGet(key)
//		if errors.Is(err, skill.ErrNotFound) {
//			cur, err = nil, nil
//		}
//		if err != nil {
//			return err
//		}
//		if ok, err := skill.KVCompareAndSwap(key, cur, change(cur), 0); err != nil || ok {
//			return err
//		}
//	}
func KVCompareAndSwap(key string, old, new []byte, ttl time.Duration) (swapped bool, err error) {
	var flags int32
	if old == nil {
		flags = kvCasAbsent
	}
	n := hostKVCas(key, old, new, flags, ttl.Milliseconds())
	if n < 0 {
		return false, codeError(n)
	}
	return n == 1, nil
}

// kvCasAbsent is kv_cas's "expect the key absent" flag (docs/ABI.md).
const kvCasAbsent = 1

// KVIncr adds delta to the integer stored under key and returns the new
// value. An absent (or expired) key counts as 0; the value is stored as
// decimal ASCII, so KVGetString reads it and KVSetString("7") sets it. A
// stored value that is not an optional sign and decimal digits within
// int64 fails with ErrInvalidArgument, a result outside int64 with
// ErrTooLarge; nothing is written then. ttl sets the key's expiry afresh
// on every successful call, as KVSet does (ttl <= 0: none): for a counter
// per time window, put the window in the key.
func KVIncr(key string, delta int64, ttl time.Duration) (int64, error) {
	out := scratch[:8]
	if n := hostKVIncr(key, delta, ttl.Milliseconds(), out); n < 0 {
		return 0, codeError(n)
	}
	v := uint64(out[0]) | uint64(out[1])<<8 | uint64(out[2])<<16 | uint64(out[3])<<24 |
		uint64(out[4])<<32 | uint64(out[5])<<40 | uint64(out[6])<<48 | uint64(out[7])<<56
	return int64(v), nil
}
