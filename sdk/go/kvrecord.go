package skill

import (
	"strconv"
	"time"

	"github.com/bothost/bothost/sdk/go/internal/record"
)

// Record is a small structured value kept under one KV key: string fields
// by name, in the order they were first set, with typed getters. It is
// stored in the ABI's own record format (docs/ABI.md §3: for each field a
// 1-byte name length, the name, a 4-byte little-endian value length, the
// value), so the Rust SDK reads and writes the same bytes
// (bothost::record). Field names are 1–255 bytes; integers are decimal
// and booleans "1"/absent, as in events.
//
// Keep one record per thing that changes together (a poll and its votes,
// an alert and its state) and change it with KVUpdateRecord, which
// retries on races, so concurrent handlers never lose each other's
// changes. The whole value must stay within KV's 1 MiB.
type Record struct {
	names, vals []string
}

// NewRecord returns an empty record.
func NewRecord() *Record { return &Record{} }

// DecodeRecord parses a stored record; ErrInvalidArgument if b is not one.
// A repeated name keeps its first value.
func DecodeRecord(b []byte) (*Record, error) {
	if !record.Valid(b) {
		return nil, ErrInvalidArgument
	}
	r := &Record{}
	for rest := b; len(rest) > 0; {
		k, v, next, _ := record.Next(rest)
		if _, ok := r.index(string(k)); !ok {
			r.names = append(r.names, string(k))
			r.vals = append(r.vals, string(v))
		}
		rest = next
	}
	return r, nil
}

func (r *Record) index(name string) (int, bool) {
	for i, n := range r.names {
		if n == name {
			return i, true
		}
	}
	return -1, false
}

// Set sets field name to v (an empty v is kept as an empty value).
func (r *Record) Set(name, v string) *Record {
	if i, ok := r.index(name); ok {
		r.vals[i] = v
	} else {
		r.names = append(r.names, name)
		r.vals = append(r.vals, v)
	}
	return r
}

// SetInt sets field name to n in decimal.
func (r *Record) SetInt(name string, n int64) *Record {
	return r.Set(name, strconv.FormatInt(n, 10))
}

// SetBool sets field name to "1", or deletes it for false.
func (r *Record) SetBool(name string, v bool) *Record {
	if !v {
		r.Delete(name)
		return r
	}
	return r.Set(name, "1")
}

// Delete removes field name.
func (r *Record) Delete(name string) {
	if i, ok := r.index(name); ok {
		r.names = append(r.names[:i], r.names[i+1:]...)
		r.vals = append(r.vals[:i], r.vals[i+1:]...)
	}
}

// Lookup returns field name and whether it is set.
func (r *Record) Lookup(name string) (string, bool) {
	if i, ok := r.index(name); ok {
		return r.vals[i], true
	}
	return "", false
}

// String returns field name, "" when unset.
func (r *Record) String(name string) string {
	v, _ := r.Lookup(name)
	return v
}

// Int returns field name as an integer; 0 when unset or not decimal.
func (r *Record) Int(name string) int64 {
	n, _ := strconv.ParseInt(r.String(name), 10, 64)
	return n
}

// Bool reports whether field name is "1".
func (r *Record) Bool(name string) bool { return r.String(name) == "1" }

// Len is the number of fields.
func (r *Record) Len() int { return len(r.names) }

// Field returns the i-th field (0 <= i < Len), in the order first set.
func (r *Record) Field(i int) (name, value string) { return r.names[i], r.vals[i] }

// Bytes encodes the record; ErrInvalidArgument when a field name is empty
// or longer than 255 bytes.
func (r *Record) Bytes() ([]byte, error) {
	n := 0
	for i, k := range r.names {
		if len(k) == 0 || len(k) > 255 {
			return nil, ErrInvalidArgument
		}
		n += 5 + len(k) + len(r.vals[i])
	}
	b := make([]byte, 0, n)
	for i, k := range r.names {
		b = record.AppendBytes(b, k, []byte(r.vals[i]))
	}
	return b, nil
}

// KVGetRecord reads the record stored under key (ErrNotFound when absent,
// ErrInvalidArgument when the value is not a record).
func KVGetRecord(key string) (*Record, error) {
	b, err := KVGet(key)
	if err != nil {
		return nil, err
	}
	return DecodeRecord(b)
}

// KVSetRecord stores r under key (ttl as for KVSet).
func KVSetRecord(key string, r *Record, ttl time.Duration) error {
	b, err := r.Bytes()
	if err != nil {
		return err
	}
	return KVSet(key, b, ttl)
}

// maxUpdateTries bounds KVUpdate's retries: losing this many races in a
// row means something is rewriting the key in a loop.
const maxUpdateTries = 1000

// KVUpdate changes the value under key safely against concurrent
// handlers: it reads the value (nil when absent), calls f, and stores
// what f returns with KVCompareAndSwap, calling f again on the new value
// whenever another handler changed the key in between. f must only
// compute (it may run several times). A nil return from f deletes
// nothing and stores nothing: KVUpdate returns (nil, nil). ttl applies to
// the stored value as for KVSet. It returns the value stored.
func KVUpdate(key string, ttl time.Duration, f func(cur []byte) ([]byte, error)) ([]byte, error) {
	for range maxUpdateTries {
		cur, err := KVGet(key)
		if err == ErrNotFound {
			cur, err = nil, nil
		}
		if err != nil {
			return nil, err
		}
		next, err := f(cur)
		if err != nil || next == nil {
			return nil, err
		}
		ok, err := KVCompareAndSwap(key, cur, next, ttl)
		if err != nil {
			return nil, err
		}
		if ok {
			return next, nil
		}
	}
	return nil, ErrUnavailable
}

// KVUpdateRecord is KVUpdate for a Record: f gets the stored record (an
// empty one, exists false, when the key is absent) to change in place;
// returning ErrNotFound or any other error stores nothing and is
// returned. It returns the record stored.
func KVUpdateRecord(key string, ttl time.Duration, f func(r *Record, exists bool) error) (*Record, error) {
	var out *Record
	_, err := KVUpdate(key, ttl, func(cur []byte) ([]byte, error) {
		r, exists := NewRecord(), cur != nil
		if exists {
			var err error
			if r, err = DecodeRecord(cur); err != nil {
				return nil, err
			}
		}
		if err := f(r, exists); err != nil {
			return nil, err
		}
		out = r
		return r.Bytes()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
