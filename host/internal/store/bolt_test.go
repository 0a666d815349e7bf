package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bothost/bothost/host/internal/clock"
)

func openTestBolt(tb testing.TB, clk clock.Clock) *Bolt {
	tb.Helper()
	b, err := OpenBolt(filepath.Join(tb.TempDir(), "bothost.db"), WithClock(clk))
	if err != nil {
		tb.Fatalf("OpenBolt: %v", err)
	}
	tb.Cleanup(func() {
		if err := b.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return b
}

func TestBoltCreatesDirsAndPrivateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nested", "dirs", "bothost.db")
	b, err := OpenBolt(path)
	if err != nil {
		t.Fatalf("OpenBolt: %v", err)
	}
	defer b.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("file mode = %v, want no group/other access", perm)
	}
	if b.Path() != path {
		t.Errorf("Path() = %q, want %q", b.Path(), path)
	}
}

func TestBoltReopen(t *testing.T) {
	clk := newFakeClock()
	path := filepath.Join(t.TempDir(), "bothost.db")
	ctx := context.Background()

	b, err := OpenBolt(path, WithClock(clk))
	if err != nil {
		t.Fatal(err)
	}
	mustSet(t, b, "s", "kept", "value", 0, noQuota)
	mustSet(t, b, "s", "ttl", "soon gone", time.Minute, noQuota)
	mustSet(t, b, "other", "k", "v", 0, noQuota)
	if err := b.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	b, err = OpenBolt(path, WithClock(clk))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer b.Close()
	wantValue(t, b, "s", "kept", "value")
	wantValue(t, b, "s", "ttl", "soon gone")
	wantValue(t, b, "other", "k", "v")
	wantUsage(t, b, "s", 2, int64(len("kept")+len("value")+len("ttl")+len("soon gone")))
	clk.Advance(time.Minute) // the expiry survived the reopen too
	wantNotFound(t, b, "s", "ttl")
	wantUsage(t, b, "s", 1, int64(len("kept")+len("value")))
	if err := b.Set(ctx, "s", "new", nil, 0, Quota{MaxKeys: 2}); err != nil {
		t.Errorf("Set after reopen: %v", err)
	}
}

func TestBoltSecondOpenFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bothost.db")
	b, err := OpenBolt(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	// flock locks belong to the open file description, so a second open
	// in the same process conflicts just as another process's would.
	start := time.Now()
	_, err = OpenBolt(path, WithLockTimeout(100*time.Millisecond))
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second OpenBolt = %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "locked by another process") {
		t.Errorf("error %q should name the file and say it is locked", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("second OpenBolt took %v; the lock timeout should bound it", d)
	}
}

// TestOpenDB: the plain bbolt open that OpenBolt and the timer and
// schedule services share creates the directory and fails fast with
// ErrLocked on a file another open holds.
func TestOpenDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dir", "x.db")
	db, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Path() != path {
		t.Errorf("Path = %q, want %q", db.Path(), path)
	}
	start := time.Now()
	_, err = OpenDB(path, WithLockTimeout(50*time.Millisecond))
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "50ms") {
		t.Fatalf("second OpenDB = %v, want ErrLocked after 50ms", err)
	}
	if d := time.Since(start); d > DefaultLockTimeout {
		t.Errorf("second OpenDB took %v; the lock timeout should bound it", d)
	}
}

func TestBoltRefusesUnknownSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bothost.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		m, err := tx.CreateBucket([]byte(bucketMeta))
		if err != nil {
			return err
		}
		return m.Put([]byte(keyVersion), binary.BigEndian.AppendUint64(nil, schemaVersion+1))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if b, err := OpenBolt(path); err == nil {
		b.Close()
		t.Fatal("OpenBolt accepted a file with a newer schema version")
	} else if !strings.Contains(err.Error(), "schema version") {
		t.Errorf("error %q should mention the schema version", err)
	}
}

func TestBoltUnwritableDir(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := OpenBolt(filepath.Join(file, "bothost.db"))
	if err == nil || !strings.Contains(err.Error(), "open store") {
		t.Errorf("OpenBolt under a regular file = %v, want an open store error", err)
	}
}

func BenchmarkBoltGet(b *testing.B) {
	kv := openTestBolt(b, clock.System{})
	ctx := context.Background()
	const n = 1000
	value := make([]byte, 256)
	for i := range n {
		if err := kv.Set(ctx, "bench", fmt.Sprintf("key-%04d", i), value, 0, noQuota); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := kv.Get(ctx, "bench", fmt.Sprintf("key-%04d", i%n)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkBoltSet(b *testing.B) {
	for _, bc := range []struct {
		name string
		ttl  time.Duration
	}{{"NoTTL", 0}, {"TTL", time.Hour}} {
		b.Run(bc.name, func(b *testing.B) {
			kv := openTestBolt(b, clock.System{})
			ctx := context.Background()
			value := make([]byte, 256)
			q := Quota{MaxKeys: 10000, MaxBytes: 16 << 20}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				// 1000 distinct keys: a mix of inserts and replaces.
				if err := kv.Set(ctx, "bench", fmt.Sprintf("key-%04d", i%1000), value, bc.ttl, q); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
