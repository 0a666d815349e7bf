package skill

import "strconv"

// HostError is an error code returned by a host function (docs/ABI.md §2.3).
// Every call that fails because the host said so returns one of the
// sentinel errors below (or, for a code this SDK does not know yet, a new
// *HostError carrying it), so callers test for them with errors.Is.
type HostError struct {
	code int32
	text string
}

func (e *HostError) Error() string { return e.text }

// Code is the ABI's numeric code, always negative.
func (e *HostError) Code() int32 { return e.code }

// Sentinel errors, one per ABI error code. Their texts ("bothost: not
// found (-2)") are the Rust SDK's, so a handler failing on a host error
// reports the same message in both languages.
var (
	// ErrInvalidArgument: a malformed or out-of-range argument (empty
	// key, invalid UTF-8 text, a message with neither text nor blocks).
	// The host also counts these against the skill.
	ErrInvalidArgument error = &HostError{-1, "bothost: invalid argument (-1)"}
	// ErrNotFound: no such key or timer.
	ErrNotFound error = &HostError{-2, "bothost: not found (-2)"}
	// ErrTooLarge: over a size limit (docs/ABI.md §5).
	ErrTooLarge error = &HostError{-3, "bothost: too large (-3)"}
	// ErrQuota: over the skill's KV or timer quota.
	ErrQuota error = &HostError{-4, "bothost: quota exceeded (-4)"}
	// ErrNotPermitted: the capability is not granted in bot.toml.
	ErrNotPermitted error = &HostError{-5, "bothost: not permitted (-5)"}
	// ErrUnavailable: storage or network failure; retrying later may work.
	ErrUnavailable error = &HostError{-6, "bothost: unavailable (-6)"}
	// ErrNoConversation: Reply from an event that has no conversation
	// (timer, schedule, webhook); use Post with a channel instead.
	ErrNoConversation error = &HostError{-7, "bothost: no conversation (-7)"}
	// ErrDeadline: the event's deadline passed during the call.
	ErrDeadline error = &HostError{-8, "bothost: deadline exceeded (-8)"}
)

// codeError maps a negative host return value to its error.
func codeError(n int32) error {
	switch n {
	case -1:
		return ErrInvalidArgument
	case -2:
		return ErrNotFound
	case -3:
		return ErrTooLarge
	case -4:
		return ErrQuota
	case -5:
		return ErrNotPermitted
	case -6:
		return ErrUnavailable
	case -7:
		return ErrNoConversation
	case -8:
		return ErrDeadline
	}
	return &HostError{n, "bothost: error (" + strconv.Itoa(int(n)) + ")"}
}

// check turns a host return value into an error (nil for n >= 0).
func check(n int32) error {
	if n < 0 {
		return codeError(n)
	}
	return nil
}
