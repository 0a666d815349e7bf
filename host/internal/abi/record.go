// Package abi is the host side of the skill ABI v1 (docs/ABI.md): the
// record codec, the event and message shapes, error codes and size limits.
//
// It has no dependency on wazero so the ingress adapters, the inbox and the
// tests can build and read events without a runtime.
package abi

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Version is the ABI major version this host speaks. The host import
// module is ImportModule; a skill importing another bothost_vN is refused.
const (
	Version      = 1
	ImportModule = "bothost_v1"
)

// Limits from docs/ABI.md §5.
const (
	MaxEventSize   = 1 << 20
	MaxMessageSize = 64 << 10
	MaxTextLen     = 40000
	MaxLogLine     = 8 << 10
	MaxTimerName   = 256
	MaxTimerData   = 16 << 10
	MaxListLimit   = 1000
	MaxHTTPRequest = 1 << 20
	// MaxSlackArgs bounds slack_call's argument record and MaxSlackAnswer
	// the JSON answer handed back (a larger one is ERR_TOO_LARGE).
	MaxSlackArgs   = 64 << 10
	MaxSlackAnswer = 1 << 20
)

// KVCasAbsent is kv_cas's flag (bit 0) for "succeed only if the key is
// absent"; the expected value must then be empty. Other bits are
// reserved and refused.
const KVCasAbsent = 1

// Code is a host function result code (docs/ABI.md §2.3).
type Code int32

// Result codes. Non-negative results are lengths.
const (
	OK                Code = 0
	ErrInvalidArg     Code = -1
	ErrNotFound       Code = -2
	ErrTooLarge       Code = -3
	ErrQuota          Code = -4
	ErrNotPermitted   Code = -5
	ErrUnavailable    Code = -6
	ErrNoConversation Code = -7
	ErrDeadline       Code = -8
)

func (c Code) String() string {
	switch c {
	case OK:
		return "OK"
	case ErrInvalidArg:
		return "ERR_INVALID_ARGUMENT"
	case ErrNotFound:
		return "ERR_NOT_FOUND"
	case ErrTooLarge:
		return "ERR_TOO_LARGE"
	case ErrQuota:
		return "ERR_QUOTA"
	case ErrNotPermitted:
		return "ERR_NOT_PERMITTED"
	case ErrUnavailable:
		return "ERR_UNAVAILABLE"
	case ErrNoConversation:
		return "ERR_NO_CONVERSATION"
	case ErrDeadline:
		return "ERR_DEADLINE"
	}
	return fmt.Sprintf("code(%d)", int32(c))
}

// ErrMalformed is returned for records that do not follow the format.
var ErrMalformed = errors.New("malformed record")

// AppendEntry appends one key/value entry. Empty values are written too
// (readers treat an empty value like an absent key where that matters).
func AppendEntry(b []byte, key string, val []byte) []byte {
	b = append(b, byte(len(key)))
	b = append(b, key...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(val)))
	return append(b, val...)
}

// AppendString is AppendEntry for a string value, skipping empty values:
// absent and empty mean the same thing for every text key in the ABI.
func AppendString(b []byte, key, val string) []byte {
	if val == "" {
		return b
	}
	b = append(b, byte(len(key)))
	b = append(b, key...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(val)))
	return append(b, val...)
}

// Reader walks a record without copying. Values alias the record.
type Reader struct {
	rec []byte
	err error
}

// NewReader returns a Reader over rec.
func NewReader(rec []byte) Reader { return Reader{rec: rec} }

// Next returns the next entry; ok is false at the end or on a malformed
// record (then Err says so).
func (r *Reader) Next() (key, val []byte, ok bool) {
	if len(r.rec) == 0 || r.err != nil {
		return nil, nil, false
	}
	kl := int(r.rec[0])
	if kl == 0 || len(r.rec) < 1+kl+4 {
		r.err = ErrMalformed
		return nil, nil, false
	}
	key = r.rec[1 : 1+kl]
	vl := binary.LittleEndian.Uint32(r.rec[1+kl:])
	rest := r.rec[1+kl+4:]
	if uint64(vl) > uint64(len(rest)) {
		r.err = ErrMalformed
		return nil, nil, false
	}
	val = rest[:vl]
	r.rec = rest[vl:]
	return key, val, true
}

// Err reports whether the record was malformed.
func (r *Reader) Err() error { return r.err }

// Lookup returns the first value for key.
func Lookup(rec []byte, key string) ([]byte, bool) {
	r := NewReader(rec)
	for {
		k, v, ok := r.Next()
		if !ok {
			return nil, false
		}
		if string(k) == key {
			return v, true
		}
	}
}
