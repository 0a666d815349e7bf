// Package record is the ABI v1 record codec (docs/ABI.md §3) shared by the
// SDK and its fake host:
//
//	record = entry*
//	entry  = key_len:u8  key:[key_len]byte  val_len:u32le  val:[val_len]byte
//
// It is hand-written on purpose: no reflection, no allocation when reading
// (values are sub-slices of the record) and append-style writing into a
// caller-owned buffer, so the guest hot path stays cheap under TinyGo.
package record

import "unsafe"

// Next splits the first entry off rec. ok is false at the end of rec and
// when the entry is malformed (zero-length key, or a length running past
// the end); use Valid to tell the two apart.
func Next(rec []byte) (key, val, rest []byte, ok bool) {
	if len(rec) < 5 {
		return nil, nil, nil, false
	}
	kl := int(rec[0])
	if kl == 0 || len(rec) < 5+kl {
		return nil, nil, nil, false
	}
	vl := u32(rec[1+kl:])
	rest = rec[5+kl:]
	if uint64(vl) > uint64(len(rest)) {
		return nil, nil, nil, false
	}
	n := int(vl)
	// The three-index slice caps the value at its own end so that an
	// append by a caller cannot overwrite the next entry.
	return rec[1 : 1+kl : 1+kl], rest[:n:n], rest[n:], true
}

// Valid reports whether rec is a well-formed sequence of entries.
func Valid(rec []byte) bool {
	i, n := 0, len(rec)
	for i < n {
		if n-i < 5 {
			return false
		}
		kl := int(rec[i])
		if kl == 0 || n-i-5 < kl {
			return false
		}
		v := i + 5 + kl
		vl := uint32(rec[v-4]) | uint32(rec[v-3])<<8 | uint32(rec[v-2])<<16 | uint32(rec[v-1])<<24
		if uint64(vl) > uint64(n-v) {
			return false
		}
		i = v + int(vl)
	}
	return true
}

// Lookup returns the value of the first entry whose key is key. The value
// aliases rec. It is the guest's hot path (every event accessor), so it is
// written as one flat loop over indices: TinyGo inlines little at -opt=z and -opt=s, and modestly at -opt=2.
func Lookup(rec []byte, key string) ([]byte, bool) {
	i, n := 0, len(rec)
	for n-i >= 5 {
		kl := int(rec[i])
		if kl == 0 || n-i-5 < kl {
			return nil, false
		}
		v := i + 5 + kl
		vl := uint32(rec[v-4]) | uint32(rec[v-3])<<8 | uint32(rec[v-2])<<16 | uint32(rec[v-1])<<24
		if uint64(vl) > uint64(n-v) {
			return nil, false
		}
		end := v + int(vl)
		if kl == len(key) && rec[i+1] == key[0] && unsafe.String(&rec[i+1], kl) == key {
			return rec[v:end:end], true
		}
		i = end
	}
	return nil, false
}

// Equal reports whether b and s hold the same bytes, without converting
// (TinyGo does not always turn string(b) == s into an allocation-free
// comparison).
func Equal(b []byte, s string) bool {
	return len(b) == len(s) && (len(b) == 0 || unsafe.String(&b[0], len(b)) == s)
}

// AppendString appends an entry whose value is a string. key must be 1–255
// bytes (the callers use constant keys).
func AppendString(b []byte, key, val string) []byte {
	b = appendHeader(b, key, len(val))
	return append(b, val...)
}

// AppendBytes appends an entry whose value is a byte slice.
func AppendBytes(b []byte, key string, val []byte) []byte {
	b = appendHeader(b, key, len(val))
	return append(b, val...)
}

func appendHeader(b []byte, key string, n int) []byte {
	b = append(b, byte(len(key)))
	b = append(b, key...)
	return AppendU32(b, uint32(n))
}

// AppendU32 appends v little-endian.
func AppendU32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// U32 decodes a little-endian u32 from the first four bytes of b.
func U32(b []byte) uint32 { return u32(b) }

func u32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// NextKey splits the first key off a key list (docs/ABI.md §3.3,
// `(len:u32le key:[len]byte)*`).
func NextKey(list []byte) (key, rest []byte, ok bool) {
	if len(list) < 4 {
		return nil, nil, false
	}
	n := u32(list)
	list = list[4:]
	if uint64(n) > uint64(len(list)) {
		return nil, nil, false
	}
	return list[:n:n], list[n:], true
}
