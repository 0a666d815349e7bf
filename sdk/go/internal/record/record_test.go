package record

import (
	"bytes"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var b []byte
	b = AppendString(b, "kind", "message")
	b = AppendBytes(b, "payload", []byte{0, 1, 2})
	b = AppendString(b, "empty", "")
	if !Valid(b) {
		t.Fatal("not valid")
	}
	for _, tc := range []struct{ key, val string }{{"kind", "message"}, {"payload", "\x00\x01\x02"}, {"empty", ""}} {
		v, ok := Lookup(b, tc.key)
		if !ok || string(v) != tc.val {
			t.Errorf("Lookup(%q) = %q, %v", tc.key, v, ok)
		}
	}
	if _, ok := Lookup(b, "kin"); ok {
		t.Error("prefix of a key found")
	}
	v, _ := Lookup(b, "kind")
	if cap(v) != len(v) {
		t.Error("value capacity runs into the next entry")
	}
	want := []byte{4, 'k', 'i', 'n', 'd', 7, 0, 0, 0, 'm', 'e', 's', 's', 'a', 'g', 'e'}
	if !bytes.HasPrefix(b, want) {
		t.Errorf("encoding = %v", b[:len(want)])
	}
}

func TestMalformed(t *testing.T) {
	for _, rec := range [][]byte{
		{0, 0, 0, 0, 0},              // empty key
		{1, 'k', 5, 0, 0, 0, 'x'},    // value runs past the end
		{1, 'k', 0, 0},               // truncated length
		{3, 'k'},                     // truncated key
		{1, 'k', 0, 0, 0, 0, 1},      // trailing garbage
		{1, 'k', 255, 255, 255, 255}, // huge length
	} {
		if Valid(rec) {
			t.Errorf("Valid(%v) = true", rec)
		}
		if _, ok := Lookup(rec, "zz"); ok {
			t.Errorf("Lookup in %v found something", rec)
		}
	}
	if !Valid(nil) {
		t.Error("empty record is valid")
	}
}

func TestKeyList(t *testing.T) {
	l := AppendU32(nil, 2)
	l = append(l, "ab"...)
	l = AppendU32(l, 0)
	k, rest, ok := NextKey(l)
	if !ok || string(k) != "ab" {
		t.Fatalf("first key %q %v", k, ok)
	}
	k, rest, ok = NextKey(rest)
	if !ok || len(k) != 0 || len(rest) != 0 {
		t.Fatalf("second key %q %v %v", k, rest, ok)
	}
	if _, _, ok := NextKey([]byte{9, 0, 0, 0, 'x'}); ok {
		t.Error("truncated key accepted")
	}
}

func FuzzRecord(f *testing.F) {
	f.Add([]byte{4, 'k', 'i', 'n', 'd', 1, 0, 0, 0, 'x'})
	f.Fuzz(func(t *testing.T, rec []byte) {
		valid := Valid(rec)
		var rebuilt []byte
		rest := rec
		for {
			k, v, r, ok := Next(rest)
			if !ok {
				break
			}
			rebuilt = AppendBytes(rebuilt, string(k), v)
			rest = r
		}
		if valid != (len(rest) == 0) || (valid && !bytes.Equal(rebuilt, rec)) {
			t.Fatalf("%v: valid=%v rest=%v rebuilt=%v", rec, valid, rest, rebuilt)
		}
		// Lookup agrees with a scan by Next: first entry with the key.
		seen := map[string]bool{}
		for rest := rec; ; {
			k, v, r, ok := Next(rest)
			if !ok {
				break
			}
			if !seen[string(k)] {
				seen[string(k)] = true
				if got, found := Lookup(rec, string(k)); !found || !bytes.Equal(got, v) {
					t.Fatalf("%v: Lookup(%q) = %v, %v; want %v", rec, k, got, found, v)
				}
			}
			rest = r
		}
	})
}
