package logfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestScanStopsAtTheFirstInvalidFrame(t *testing.T) {
	var good []byte
	for _, p := range []string{"one", "two", "three"} {
		good = Append(good, 7, func(b []byte) []byte { return append(b, p...) })
	}
	third := Append(nil, 7, func(b []byte) []byte { return append(b, "three"...) })
	validTwo := int64(len(good) - len(third))
	corrupt := append([]byte(nil), good...)
	corrupt[len(corrupt)-1] ^= 0xff
	cases := []struct {
		name      string
		data      []byte
		wantN     int
		wantValid int64
		wantWhy   string // "" = clean end
	}{
		{"clean", good, 3, int64(len(good)), ""},
		{"preallocated zeros", append(append([]byte(nil), good...), make([]byte, 4096)...), 3, int64(len(good)), "bad length 0"},
		{"short header", append(append([]byte(nil), good...), 1, 0, 0), 3, int64(len(good)), "short header"},
		{"short body", good[:len(good)-2], 2, validTwo, "short body"},
		{"checksum", corrupt, 2, validTwo, "checksum mismatch"},
		{"huge length", append(append([]byte(nil), good...), 0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0), 3, int64(len(good)), "bad length 2147483647"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), Name("", 1, ".log"))
			if err := os.WriteFile(path, c.data, 0o600); err != nil {
				t.Fatal(err)
			}
			n := 0
			valid, err := Scan(path, 1<<20, func(typ byte, p []byte) error {
				if typ != 7 {
					t.Errorf("type %d", typ)
				}
				n++
				return nil
			})
			var torn *TornError
			switch {
			case c.wantWhy == "" && err != nil:
				t.Fatalf("Scan: %v", err)
			case c.wantWhy != "" && (!errors.As(err, &torn) || torn.Why != c.wantWhy || torn.Off != c.wantValid):
				t.Fatalf("Scan error %v, want torn at %d: %s", err, c.wantValid, c.wantWhy)
			}
			if n != c.wantN || valid != c.wantValid {
				t.Fatalf("read %d frames, valid %d; want %d, %d", n, valid, c.wantN, c.wantValid)
			}
			if c.wantWhy == "bad length 0" && !torn.Zeros() {
				t.Error("Zeros() false for preallocated zeros")
			}
		})
	}
}

func TestWriteFileSyncReplacesWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "snap")
	for _, v := range []string{"first", "second"} {
		if err := WriteFileSync(path, []byte(v)); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(path); string(b) != v {
			t.Fatalf("content %q, want %q", b, v)
		}
	}
	if _, err := os.Stat(path + ".tmp"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("temporary file left: %v", err)
	}
}
