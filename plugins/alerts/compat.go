package main

// Host calls the skill needs beyond ABI v1's first set (kv_cas, kv_incr,
// slack_call: docs/ABI.md). They go through these three functions so the
// rest of the skill does not care how they are provided.
//
// TEMPORARY: until the SDK's KVCompareAndSwap / KVIncr / SlackCall land,
// CAS and incr are emulated with get+set (atomic only with one instance)
// and slackCall reports the method as unavailable.

import (
	"bytes"
	"errors"
	"strconv"
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// kvCAS swaps key from old (nil: absent) to new, atomically in the host.
func kvCAS(key string, old, new []byte, ttl time.Duration) (bool, error) {
	cur, err := skill.KVGet(key)
	if errors.Is(err, skill.ErrNotFound) {
		cur, err = nil, nil
	}
	if err != nil {
		return false, err
	}
	if (old == nil) != (cur == nil) || !bytes.Equal(cur, old) {
		return false, nil
	}
	return true, skill.KVSet(key, new, ttl)
}

// kvIncr adds delta to the decimal counter at key.
func kvIncr(key string, delta int64, ttl time.Duration) (int64, error) {
	cur, err := skill.KVGetString(key)
	if err != nil && !errors.Is(err, skill.ErrNotFound) {
		return 0, err
	}
	n, _ := strconv.ParseInt(cur, 10, 64)
	n += delta
	return n, skill.KVSetString(key, strconv.FormatInt(n, 10), ttl)
}

// slackCall calls a read-only Slack method granted by slack_read.
func slackCall(method string, args map[string]string) ([]byte, error) {
	return nil, errors.New("slack_call not available in this host")
}
