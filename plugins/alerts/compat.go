package main

// Host calls beyond ABI v1's first set (kv_cas, kv_incr, slack_call:
// docs/ABI.md), behind three small names so the rest of the skill reads
// the same whichever way they are provided.

import (
	"time"

	skill "github.com/bothost/bothost/sdk/go"
)

// kvCAS swaps key from old (nil: absent) to new, atomically in the host.
func kvCAS(key string, old, new []byte, ttl time.Duration) (bool, error) {
	return skill.KVCompareAndSwap(key, old, new, ttl)
}

// kvIncr adds delta to the decimal counter at key, atomically in the host.
func kvIncr(key string, delta int64, ttl time.Duration) (int64, error) {
	return skill.KVIncr(key, delta, ttl)
}

// slackCall calls a read-only Slack method granted by slack_read.
func slackCall(method string, args map[string]string) ([]byte, error) {
	return skill.SlackCall(method, args)
}
