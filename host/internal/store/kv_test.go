package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// opener makes a fresh, empty store driven by clk.
type opener func(t *testing.T, clk clock.Clock) KV

func TestMemoryKV(t *testing.T) {
	testKV(t, func(t *testing.T, clk clock.Clock) KV { return NewMemory(clk) })
}

func TestBoltKV(t *testing.T) {
	testKV(t, func(t *testing.T, clk clock.Clock) KV { return openTestBolt(t, clk) })
}

// testKV is the conformance suite every KV implementation must pass.
func testKV(t *testing.T, open opener) {
	for _, tc := range []struct {
		name string
		fn   func(t *testing.T, open opener)
	}{
		{"RoundTrip", kvRoundTrip},
		{"NotFound", kvNotFound},
		{"Validation", kvValidation},
		{"NamespacesIsolated", kvNamespacesIsolated},
		{"TTL", kvTTL},
		{"TTLReplace", kvTTLReplace},
		{"QuotaKeys", kvQuotaKeys},
		{"QuotaBytes", kvQuotaBytes},
		{"QuotaLowered", kvQuotaLowered},
		{"QuotaFreedByExpiry", kvQuotaFreedByExpiry},
		{"Delete", kvDelete},
		{"ListOrderAndLimit", kvListOrderAndLimit},
		{"Sweep", kvSweep},
		{"Concurrent", kvConcurrent},
		{"ConcurrentQuota", kvConcurrentQuota},
		{"CanceledContext", kvCanceledContext},
		{"CompareAndSwap", kvCompareAndSwap},
		{"CompareAndSwapTTLAndQuota", kvCompareAndSwapTTLAndQuota},
		{"Incr", kvIncr},
		{"IncrTTLAndQuota", kvIncrTTLAndQuota},
		{"RacingIncrAndCAS", kvRacingIncrAndCAS},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

var noQuota = Quota{}

func mustSet(t *testing.T, kv KV, ns, key, value string, ttl time.Duration, q Quota) {
	t.Helper()
	if err := kv.Set(context.Background(), ns, key, []byte(value), ttl, q); err != nil {
		t.Fatalf("Set(%s, %q): %v", ns, key, err)
	}
}

func wantValue(t *testing.T, kv KV, ns, key, want string) {
	t.Helper()
	got, err := kv.Get(context.Background(), ns, key)
	if err != nil {
		t.Fatalf("Get(%s, %q): %v", ns, key, err)
	}
	if string(got) != want {
		t.Fatalf("Get(%s, %q) = %q, want %q", ns, key, got, want)
	}
}

func wantNotFound(t *testing.T, kv KV, ns, key string) {
	t.Helper()
	if v, err := kv.Get(context.Background(), ns, key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(%s, %q) = %q, %v; want ErrNotFound", ns, key, v, err)
	}
}

func wantUsage(t *testing.T, kv KV, ns string, keys, bytes int64) {
	t.Helper()
	u, err := kv.Usage(context.Background(), ns)
	if err != nil {
		t.Fatalf("Usage(%s): %v", ns, err)
	}
	if u != (Usage{Keys: keys, Bytes: bytes}) {
		t.Fatalf("Usage(%s) = %+v, want {Keys:%d Bytes:%d}", ns, u, keys, bytes)
	}
}

func wantList(t *testing.T, kv KV, ns, prefix string, limit int, want ...string) {
	t.Helper()
	got, err := kv.List(context.Background(), ns, prefix, limit)
	if err != nil {
		t.Fatalf("List(%s, %q, %d): %v", ns, prefix, limit, err)
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("List(%s, %q, %d) = %q, want %q", ns, prefix, limit, got, want)
	}
}

func kvRoundTrip(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	in := []byte("hello")
	if err := kv.Set(ctx, "s", "k", in, 0, noQuota); err != nil {
		t.Fatal(err)
	}
	in[0] = 'J' // the store must have copied it
	got, err := kv.Get(ctx, "s", "k")
	if err != nil || string(got) != "hello" {
		t.Fatalf("Get = %q, %v; want hello", got, err)
	}
	got[0] = 'Y' // and hand out copies
	wantValue(t, kv, "s", "k", "hello")

	mustSet(t, kv, "s", "k", "replaced", 0, noQuota)
	wantValue(t, kv, "s", "k", "replaced")

	// An empty value is a value, not an absence.
	mustSet(t, kv, "s", "empty", "", 0, noQuota)
	if got, err := kv.Get(ctx, "s", "empty"); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("Get(empty) = %#v, %v; want non-nil empty slice", got, err)
	}
	binary := string([]byte{0, 1, 0xff, '\n'})
	mustSet(t, kv, "s", binary, binary, 0, noQuota)
	wantValue(t, kv, "s", binary, binary)
	wantUsage(t, kv, "s", 3, int64(len("k")+len("replaced")+len("empty")+2*len(binary)))
}

func kvNotFound(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	wantNotFound(t, kv, "never", "k") // namespace never written
	mustSet(t, kv, "s", "k", "v", 0, noQuota)
	wantNotFound(t, kv, "s", "other")
	if err := kv.Delete(ctx, "never", "k"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete in unused namespace = %v, want ErrNotFound", err)
	}
	if err := kv.Delete(ctx, "s", "other"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete(missing) = %v, want ErrNotFound", err)
	}
	wantList(t, kv, "never", "", 0)
	wantUsage(t, kv, "never", 0, 0)
}

func kvValidation(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	long := strings.Repeat("k", MaxKeyLen+1)
	max := strings.Repeat("k", MaxKeyLen)
	big := make([]byte, MaxValueLen+1)
	tests := []struct {
		name string
		op   func() error
		want error
	}{
		{"get empty ns", func() error { _, err := kv.Get(ctx, "", "k"); return err }, ErrInvalid},
		{"set empty ns", func() error { return kv.Set(ctx, "", "k", nil, 0, noQuota) }, ErrInvalid},
		{"delete empty ns", func() error { return kv.Delete(ctx, "", "k") }, ErrInvalid},
		{"list empty ns", func() error { _, err := kv.List(ctx, "", "", 0); return err }, ErrInvalid},
		{"usage empty ns", func() error { _, err := kv.Usage(ctx, ""); return err }, ErrInvalid},
		{"huge ns", func() error { _, err := kv.Get(ctx, strings.Repeat("n", MaxNamespaceLen+1), "k"); return err }, ErrInvalid},
		{"get empty key", func() error { _, err := kv.Get(ctx, "s", ""); return err }, ErrInvalid},
		{"set empty key", func() error { return kv.Set(ctx, "s", "", []byte("v"), 0, noQuota) }, ErrInvalid},
		{"delete empty key", func() error { return kv.Delete(ctx, "s", "") }, ErrInvalid},
		{"get long key", func() error { _, err := kv.Get(ctx, "s", long); return err }, ErrTooLarge},
		{"set long key", func() error { return kv.Set(ctx, "s", long, nil, 0, noQuota) }, ErrTooLarge},
		{"delete long key", func() error { return kv.Delete(ctx, "s", long) }, ErrTooLarge},
		{"list long prefix", func() error { _, err := kv.List(ctx, "s", long, 0); return err }, ErrTooLarge},
		{"set big value", func() error { return kv.Set(ctx, "s", "k", big, 0, noQuota) }, ErrTooLarge},
		{"set max key", func() error { return kv.Set(ctx, "s", max, nil, 0, noQuota) }, nil},
		{"set max value", func() error { return kv.Set(ctx, "s", "k", big[:MaxValueLen], 0, noQuota) }, nil},
		{"list max prefix", func() error { _, err := kv.List(ctx, "s", max, 0); return err }, nil},
	}
	for _, tt := range tests {
		err := tt.op()
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	// Nothing invalid was written.
	wantUsage(t, kv, "s", 2, int64(MaxKeyLen+1+MaxValueLen))
}

func kvNamespacesIsolated(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	// Namespaces that are prefixes of each other, and keys that look like
	// another namespace's path, must still never mix.
	mustSet(t, kv, "skill", "k", "from skill", 0, noQuota)
	mustSet(t, kv, "skill2", "k", "from skill2", 0, noQuota)
	mustSet(t, kv, "skill", "2/k", "tricky", 0, noQuota)
	mustSet(t, kv, "skill2", "x", "only in skill2", 0, noQuota)

	wantValue(t, kv, "skill", "k", "from skill")
	wantValue(t, kv, "skill2", "k", "from skill2")
	wantNotFound(t, kv, "skill", "x")
	wantList(t, kv, "skill", "", 0, "2/k", "k")
	wantList(t, kv, "skill2", "", 0, "k", "x")
	wantList(t, kv, "skill", "x", 0)
	wantUsage(t, kv, "skill", 2, int64(len("k")+len("from skill")+len("2/k")+len("tricky")))
	wantUsage(t, kv, "skill2", 2, int64(len("k")+len("from skill2")+len("x")+len("only in skill2")))

	if err := kv.Delete(ctx, "skill", "k"); err != nil {
		t.Fatal(err)
	}
	wantValue(t, kv, "skill2", "k", "from skill2")
	if err := kv.Delete(ctx, "skill", "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete of another namespace's key = %v, want ErrNotFound", err)
	}

	// Quotas are per namespace: skill2 being full does not limit skill.
	q := Quota{MaxKeys: 2}
	if err := kv.Set(ctx, "skill2", "third", nil, 0, q); !errors.Is(err, ErrQuota) {
		t.Errorf("Set over skill2's quota = %v, want ErrQuota", err)
	}
	mustSet(t, kv, "skill", "third", "", 0, q)
}

func kvTTL(t *testing.T, open opener) {
	clk := newFakeClock()
	kv := open(t, clk)
	ctx := context.Background()
	mustSet(t, kv, "s", "short", "v", 10*time.Second, noQuota)
	mustSet(t, kv, "s", "forever", "v", 0, noQuota)
	mustSet(t, kv, "s", "negative", "v", -time.Second, noQuota) // ttl <= 0: no expiry
	mustSet(t, kv, "s", "huge", "v", time.Duration(1<<63-1), noQuota)

	clk.Advance(10*time.Second - time.Nanosecond)
	wantValue(t, kv, "s", "short", "v")
	wantList(t, kv, "s", "", 0, "forever", "huge", "negative", "short")
	wantUsage(t, kv, "s", 4, 4*1+int64(len("short")+len("forever")+len("negative")+len("huge")))

	clk.Advance(time.Nanosecond) // exactly at expiry: gone
	wantNotFound(t, kv, "s", "short")
	wantList(t, kv, "s", "", 0, "forever", "huge", "negative")
	wantList(t, kv, "s", "sh", 0)
	wantUsage(t, kv, "s", 3, 3*1+int64(len("forever")+len("negative")+len("huge")))
	if err := kv.Delete(ctx, "s", "short"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete(expired) = %v, want ErrNotFound", err)
	}

	clk.Advance(100 * 365 * 24 * time.Hour)
	wantValue(t, kv, "s", "forever", "v")
	wantValue(t, kv, "s", "negative", "v")
	wantValue(t, kv, "s", "huge", "v")

	// An expired key can be set again, and counts as new.
	mustSet(t, kv, "s", "short", "again", time.Second, noQuota)
	wantValue(t, kv, "s", "short", "again")
	wantUsage(t, kv, "s", 4, 3*1+int64(len("forever")+len("negative")+len("huge"))+int64(len("short")+len("again")))
}

func kvTTLReplace(t *testing.T, open opener) {
	clk := newFakeClock()
	kv := open(t, clk)
	mustSet(t, kv, "s", "a", "ttl", time.Second, noQuota)
	mustSet(t, kv, "s", "a", "permanent", 0, noQuota) // replacing clears the expiry
	mustSet(t, kv, "s", "b", "permanent", 0, noQuota)
	mustSet(t, kv, "s", "b", "ttl", time.Second, noQuota) // and can add one
	mustSet(t, kv, "s", "c", "long", time.Second, noQuota)
	mustSet(t, kv, "s", "c", "longer", time.Hour, noQuota) // or move it
	clk.Advance(time.Second)
	wantValue(t, kv, "s", "a", "permanent")
	wantNotFound(t, kv, "s", "b")
	wantValue(t, kv, "s", "c", "longer")
	wantUsage(t, kv, "s", 2, int64(1+len("permanent")+1+len("longer")))
	clk.Advance(time.Hour)
	wantNotFound(t, kv, "s", "c")
	wantUsage(t, kv, "s", 1, int64(1+len("permanent")))
}

func kvQuotaKeys(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	q := Quota{MaxKeys: 3}
	for _, k := range []string{"a", "b", "c"} {
		mustSet(t, kv, "s", k, "v", 0, q)
	}
	if err := kv.Set(ctx, "s", "d", []byte("v"), 0, q); !errors.Is(err, ErrQuota) {
		t.Fatalf("4th key with MaxKeys 3: err = %v, want ErrQuota", err)
	}
	wantNotFound(t, kv, "s", "d") // nothing written
	wantUsage(t, kv, "s", 3, 6)
	mustSet(t, kv, "s", "a", "replaced at the limit", 0, q) // replacing adds no key
	if err := kv.Delete(ctx, "s", "b"); err != nil {
		t.Fatal(err)
	}
	mustSet(t, kv, "s", "d", "v", 0, q) // room again after a delete
	wantList(t, kv, "s", "", 0, "a", "c", "d")
}

func kvQuotaBytes(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	q := Quota{MaxBytes: 10}
	mustSet(t, kv, "s", "a", "123456789", 0, q) // 1+9 = 10: exactly at the limit
	wantUsage(t, kv, "s", 1, 10)
	if err := kv.Set(ctx, "s", "b", nil, 0, q); !errors.Is(err, ErrQuota) {
		t.Fatalf("1 byte over MaxBytes: err = %v, want ErrQuota", err)
	}
	mustSet(t, kv, "s", "a", "987654321", 0, q) // replace frees the old 9 first
	if err := kv.Set(ctx, "s", "a", []byte("0123456789"), 0, q); !errors.Is(err, ErrQuota) {
		t.Fatalf("replacing with 1 more byte: err = %v, want ErrQuota", err)
	}
	wantValue(t, kv, "s", "a", "987654321") // the failed replace left the old value
	mustSet(t, kv, "s", "a", "1234", 0, q)  // 5
	wantUsage(t, kv, "s", 1, 5)
	mustSet(t, kv, "s", "b", "1234", 0, q) // 10 again
	wantUsage(t, kv, "s", 2, 10)
	if err := kv.Set(ctx, "s", strings.Repeat("k", MaxKeyLen), nil, 0, Quota{MaxBytes: MaxKeyLen + 9}); !errors.Is(err, ErrQuota) {
		t.Fatalf("key bytes count too: err = %v, want ErrQuota", err)
	}
	mustSet(t, kv, "s", strings.Repeat("k", MaxKeyLen), "", 0, Quota{MaxBytes: MaxKeyLen + 10})
}

func kvQuotaLowered(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	mustSet(t, kv, "s", "a", "123456789", 0, noQuota) // 10 bytes
	mustSet(t, kv, "s", "b", "", 0, noQuota)          // 1 byte, 2 keys
	low := Quota{MaxKeys: 1, MaxBytes: 5}
	// Already over both limits: growing is refused ...
	if err := kv.Set(ctx, "s", "c", nil, 0, low); !errors.Is(err, ErrQuota) {
		t.Errorf("new key over a lowered quota: err = %v, want ErrQuota", err)
	}
	if err := kv.Set(ctx, "s", "a", []byte("1234567890"), 0, low); !errors.Is(err, ErrQuota) {
		t.Errorf("growing value over a lowered quota: err = %v, want ErrQuota", err)
	}
	// ... but shrinking towards the limit is allowed.
	mustSet(t, kv, "s", "a", "12345678", 0, low)
	wantUsage(t, kv, "s", 2, 10)
}

func kvQuotaFreedByExpiry(t *testing.T, open opener) {
	clk := newFakeClock()
	kv := open(t, clk)
	ctx := context.Background()
	q := Quota{MaxKeys: 2, MaxBytes: 4}
	mustSet(t, kv, "s", "a", "1", time.Minute, q)
	mustSet(t, kv, "s", "b", "1", 0, q)
	if err := kv.Set(ctx, "s", "c", []byte("1"), 0, q); !errors.Is(err, ErrQuota) {
		t.Fatalf("err = %v, want ErrQuota", err)
	}
	clk.Advance(time.Minute)
	mustSet(t, kv, "s", "c", "1", 0, q) // a expired: its key and bytes are free
	wantList(t, kv, "s", "", 0, "b", "c")
	wantUsage(t, kv, "s", 2, 4)
}

func kvDelete(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	mustSet(t, kv, "s", "a", "12", 0, noQuota)
	mustSet(t, kv, "s", "b", "1234", time.Hour, noQuota)
	if err := kv.Delete(ctx, "s", "b"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	wantNotFound(t, kv, "s", "b")
	wantUsage(t, kv, "s", 1, 3)
	if err := kv.Delete(ctx, "s", "b"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete = %v, want ErrNotFound", err)
	}
	if err := kv.Delete(ctx, "s", "a"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	wantUsage(t, kv, "s", 0, 0)
	wantList(t, kv, "s", "", 0)
}

func kvListOrderAndLimit(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	// Inserted out of order; byte order puts "a\x00" before "aa" and
	// "\xff" last.
	for _, k := range []string{"b", "\xff", "aa", "a", "a\x00", "ab/c", "B", "ab"} {
		mustSet(t, kv, "s", k, "", 0, noQuota)
	}
	all := []string{"B", "a", "a\x00", "aa", "ab", "ab/c", "b", "\xff"}
	wantList(t, kv, "s", "", 0, all...)
	wantList(t, kv, "s", "", -1, all...)
	wantList(t, kv, "s", "", 100, all...)
	wantList(t, kv, "s", "", 3, all[:3]...)
	wantList(t, kv, "s", "a", 0, "a", "a\x00", "aa", "ab", "ab/c")
	wantList(t, kv, "s", "ab", 0, "ab", "ab/c")
	wantList(t, kv, "s", "ab", 1, "ab")
	wantList(t, kv, "s", "ab/c", 0, "ab/c")
	wantList(t, kv, "s", "ab/c/", 0)
	wantList(t, kv, "s", "c", 0)
	wantList(t, kv, "s", "\xff", 0, "\xff")
}

func kvSweep(t *testing.T, open opener) {
	clk := newFakeClock()
	kv := open(t, clk)
	sw, ok := kv.(Sweeper)
	if !ok {
		t.Skipf("%T does not implement Sweeper", kv)
	}
	ctx := context.Background()
	mustSet(t, kv, "a", "x", "1", time.Second, noQuota)
	mustSet(t, kv, "a", "y", "1", time.Hour, noQuota)
	mustSet(t, kv, "a", "z", "1", 0, noQuota)
	mustSet(t, kv, "b", "x", "1", time.Second, noQuota)
	mustSet(t, kv, "b", "y", "1", 2*time.Second, noQuota)

	if n, err := sw.SweepExpired(ctx, clk.Now()); err != nil || n != 0 {
		t.Fatalf("SweepExpired before expiry = %d, %v; want 0", n, err)
	}
	clk.Advance(2 * time.Second)
	wantUsage(t, kv, "a", 2, 4) // expired entries are already invisible
	wantUsage(t, kv, "b", 0, 0)
	if n, err := sw.SweepExpired(ctx, clk.Now()); err != nil || n != 3 {
		t.Fatalf("SweepExpired = %d, %v; want 3", n, err)
	}
	wantUsage(t, kv, "a", 2, 4) // and sweeping does not change what is visible
	wantUsage(t, kv, "b", 0, 0)
	wantList(t, kv, "a", "", 0, "y", "z")
	if n, err := sw.SweepExpired(ctx, clk.Now()); err != nil || n != 0 {
		t.Fatalf("second SweepExpired = %d, %v; want 0", n, err)
	}
	if n, err := sw.SweepExpired(ctx, clk.Now().Add(time.Hour)); err != nil || n != 1 {
		t.Fatalf("SweepExpired an hour later = %d, %v; want 1", n, err)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	mustSet(t, kv, "a", "w", "1", time.Nanosecond, noQuota)
	if _, err := sw.SweepExpired(canceled, clk.Now().Add(time.Hour)); !errors.Is(err, context.Canceled) {
		t.Errorf("SweepExpired(canceled) = %v, want context.Canceled", err)
	}
}

func kvConcurrent(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	const workers, perWorker = 16, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers*perWorker*2)
	for w := range workers {
		wg.Go(func() {
			for i := range perWorker {
				key := fmt.Sprintf("w%02d/k%02d", w, i)
				if err := kv.Set(ctx, "s", key, []byte(key), 0, noQuota); err != nil {
					errs <- err
				}
				// Everyone also fights over one shared key.
				if err := kv.Set(ctx, "s", "shared", bytes.Repeat([]byte{'x'}, i), 0, noQuota); err != nil {
					errs <- err
				}
				if _, err := kv.Get(ctx, "s", key); err != nil {
					errs <- err
				}
				if _, err := kv.List(ctx, "s", fmt.Sprintf("w%02d/", w), 0); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	keys, err := kv.List(ctx, "s", "w", 0)
	if err != nil || len(keys) != workers*perWorker {
		t.Fatalf("List = %d keys, %v; want %d", len(keys), err, workers*perWorker)
	}
	shared, err := kv.Get(ctx, "s", "shared")
	if err != nil {
		t.Fatal(err)
	}
	wantUsage(t, kv, "s", workers*perWorker+1, workers*perWorker*2*int64(len("w00/k00"))+int64(len("shared")+len(shared)))
}

func kvConcurrentQuota(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	const limit, tries = 20, 60
	q := Quota{MaxKeys: limit}
	var ok, over atomic.Int64
	var wg sync.WaitGroup
	for i := range tries {
		wg.Go(func() {
			err := kv.Set(ctx, "s", fmt.Sprintf("k%03d", i), []byte("v"), 0, q)
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrQuota):
				over.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != limit || over.Load() != tries-limit {
		t.Errorf("%d succeeded and %d hit the quota; want %d and %d", ok.Load(), over.Load(), limit, tries-limit)
	}
	wantUsage(t, kv, "s", limit, limit*int64(len("k000")+1))
}

func kvCanceledContext(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ops := map[string]func() error{
		"get":    func() error { _, err := kv.Get(ctx, "s", "k"); return err },
		"set":    func() error { return kv.Set(ctx, "s", "k", nil, 0, noQuota) },
		"delete": func() error { return kv.Delete(ctx, "s", "k") },
		"list":   func() error { _, err := kv.List(ctx, "s", "", 0); return err },
		"usage":  func() error { _, err := kv.Usage(ctx, "s"); return err },
	}
	for name, op := range ops {
		if err := op(); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with canceled context = %v, want context.Canceled", name, err)
		}
	}
}

func TestExpiryAt(t *testing.T) {
	now := time.Unix(100, 0)
	tests := []struct {
		now  time.Time
		ttl  time.Duration
		want int64
	}{
		{now, 0, 0},
		{now, -1, 0},
		{now, time.Second, 101e9},
		{now, time.Duration(1<<63 - 1), 1<<63 - 1},
		{time.Unix(0, -5), time.Nanosecond, 1}, // before the epoch: still not "never"
	}
	for _, tt := range tests {
		if got := expiryAt(tt.now, tt.ttl); got != tt.want {
			t.Errorf("expiryAt(%v, %v) = %d, want %d", tt.now, tt.ttl, got, tt.want)
		}
	}
}

func wantSwap(t *testing.T, kv KV, key string, expected []byte, value string, want bool) {
	t.Helper()
	got, err := kv.CompareAndSwap(context.Background(), "s", key, expected, []byte(value), 0, noQuota)
	if err != nil || got != want {
		t.Fatalf("CompareAndSwap(%q, %q -> %q) = %v, %v; want %v, nil", key, expected, value, got, err, want)
	}
}

func kvCompareAndSwap(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	wantSwap(t, kv, "k", []byte("x"), "a", false) // absent is not "x"
	wantNotFound(t, kv, "s", "k")
	wantSwap(t, kv, "k", []byte{}, "a", false) // absent is not the empty value either
	wantSwap(t, kv, "k", nil, "a", true)       // nil: only if absent
	wantValue(t, kv, "s", "k", "a")
	wantSwap(t, kv, "k", nil, "b", false) // present now
	wantSwap(t, kv, "k", []byte("A"), "b", false)
	wantSwap(t, kv, "k", []byte("a"), "b", true)
	wantValue(t, kv, "s", "k", "b")
	wantSwap(t, kv, "k", []byte("b"), "", true) // to the empty value
	wantValue(t, kv, "s", "k", "")
	wantSwap(t, kv, "k", nil, "c", false)     // an empty value is present, not absent
	wantSwap(t, kv, "k", []byte{}, "c", true) // and matches a non-nil empty expected
	wantValue(t, kv, "s", "k", "c")
	wantUsage(t, kv, "s", 1, 2)
	wantSwap(t, kv, "other", nil, "x", true) // keys are independent
	if _, err := kv.CompareAndSwap(context.Background(), "s", "", nil, []byte("x"), 0, noQuota); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty key: %v, want ErrInvalid", err)
	}
	if _, err := kv.CompareAndSwap(context.Background(), "s", "k", nil, make([]byte, MaxValueLen+1), 0, noQuota); !errors.Is(err, ErrTooLarge) {
		t.Errorf("huge value: %v, want ErrTooLarge", err)
	}
}

func kvCompareAndSwapTTLAndQuota(t *testing.T, open opener) {
	clk := newFakeClock()
	kv := open(t, clk)
	ctx := context.Background()
	if ok, err := kv.CompareAndSwap(ctx, "s", "k", nil, []byte("v1"), time.Minute, noQuota); !ok || err != nil {
		t.Fatalf("swap: %v, %v", ok, err)
	}
	clk.Advance(59 * time.Second)
	// A successful swap sets the TTL afresh (here: none).
	if ok, err := kv.CompareAndSwap(ctx, "s", "k", []byte("v1"), []byte("v2"), 0, noQuota); !ok || err != nil {
		t.Fatalf("swap: %v, %v", ok, err)
	}
	clk.Advance(time.Hour)
	wantValue(t, kv, "s", "k", "v2")
	// A failed swap changes nothing, TTL included.
	if ok, err := kv.CompareAndSwap(ctx, "s", "t", nil, []byte("x"), time.Minute, noQuota); !ok || err != nil {
		t.Fatalf("swap: %v, %v", ok, err)
	}
	if ok, err := kv.CompareAndSwap(ctx, "s", "t", []byte("y"), []byte("z"), 0, noQuota); ok || err != nil {
		t.Fatalf("mismatched swap: %v, %v", ok, err)
	}
	clk.Advance(time.Minute)
	wantNotFound(t, kv, "s", "t")
	// An expired key is absent.
	if ok, err := kv.CompareAndSwap(ctx, "s", "t", nil, []byte("again"), 0, noQuota); !ok || err != nil {
		t.Fatalf("swap over an expired key: %v, %v", ok, err)
	}
	// Quota: a matching swap that grows past it fails and writes nothing;
	// a mismatch is just false.
	q := Quota{MaxKeys: 2, MaxBytes: 20}
	if ok, err := kv.CompareAndSwap(ctx, "s", "new", nil, []byte("x"), 0, q); ok || !errors.Is(err, ErrQuota) {
		t.Fatalf("third key: %v, %v; want ErrQuota", ok, err)
	}
	if ok, err := kv.CompareAndSwap(ctx, "s", "k", []byte("v2"), bytes.Repeat([]byte("x"), 20), 0, q); ok || !errors.Is(err, ErrQuota) {
		t.Fatalf("growing value: %v, %v; want ErrQuota", ok, err)
	}
	if ok, err := kv.CompareAndSwap(ctx, "s", "k", []byte("nope"), bytes.Repeat([]byte("x"), 20), 0, q); ok || err != nil {
		t.Fatalf("mismatch over quota: %v, %v; want false, nil", ok, err)
	}
	wantValue(t, kv, "s", "k", "v2")
	wantUsage(t, kv, "s", 2, int64(len("k")+len("v2")+len("t")+len("again")))
}

func wantIncr(t *testing.T, kv KV, key string, delta, want int64) {
	t.Helper()
	got, err := kv.Incr(context.Background(), "s", key, delta, 0, noQuota)
	if err != nil || got != want {
		t.Fatalf("Incr(%q, %d) = %d, %v; want %d, nil", key, delta, got, err, want)
	}
}

func kvIncr(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	wantIncr(t, kv, "n", 1, 1) // absent counts as 0
	wantIncr(t, kv, "n", 41, 42)
	wantValue(t, kv, "s", "n", "42") // stored as decimal ASCII
	wantIncr(t, kv, "n", -50, -8)
	wantValue(t, kv, "s", "n", "-8")
	wantIncr(t, kv, "n", 0, -8)
	for _, v := range []string{"+7", "007", "-0"} { // what ParseInt accepts
		mustSet(t, kv, "s", "p", v, 0, noQuota)
		if _, err := kv.Incr(ctx, "s", "p", 1, 0, noQuota); err != nil {
			t.Errorf("Incr over %q: %v", v, err)
		}
	}
	wantValue(t, kv, "s", "p", "1")
	for _, v := range []string{"", "x", "1.5", " 1", "1 ", "0x10", "1_000", "9223372036854775808"} {
		mustSet(t, kv, "s", "bad", v, 0, noQuota)
		if _, err := kv.Incr(ctx, "s", "bad", 1, 0, noQuota); !errors.Is(err, ErrNotInteger) || !errors.Is(err, ErrInvalid) {
			t.Errorf("Incr over %q: %v, want ErrNotInteger (an ErrInvalid)", v, err)
		}
		wantValue(t, kv, "s", "bad", v) // untouched
	}
	mustSet(t, kv, "s", "max", "9223372036854775806", 0, noQuota)
	wantIncr(t, kv, "max", 1, math.MaxInt64)
	if _, err := kv.Incr(ctx, "s", "max", 1, 0, noQuota); !errors.Is(err, ErrOverflow) || !errors.Is(err, ErrTooLarge) {
		t.Errorf("overflow: %v, want ErrOverflow (an ErrTooLarge)", err)
	}
	wantValue(t, kv, "s", "max", "9223372036854775807")
	mustSet(t, kv, "s", "min", "-9223372036854775807", 0, noQuota)
	wantIncr(t, kv, "min", -1, math.MinInt64)
	if _, err := kv.Incr(ctx, "s", "min", -1, 0, noQuota); !errors.Is(err, ErrOverflow) {
		t.Errorf("underflow: %v, want ErrOverflow", err)
	}
	if _, err := kv.Incr(ctx, "s", "", 1, 0, noQuota); !errors.Is(err, ErrInvalid) {
		t.Errorf("empty key: %v, want ErrInvalid", err)
	}
}

func kvIncrTTLAndQuota(t *testing.T, open opener) {
	clk := newFakeClock()
	kv := open(t, clk)
	ctx := context.Background()
	if n, err := kv.Incr(ctx, "s", "w", 5, time.Minute, noQuota); n != 5 || err != nil {
		t.Fatalf("Incr = %d, %v", n, err)
	}
	clk.Advance(30 * time.Second)
	// Every successful incr sets the TTL afresh from its ttl.
	if n, err := kv.Incr(ctx, "s", "w", 1, time.Minute, noQuota); n != 6 || err != nil {
		t.Fatalf("Incr = %d, %v", n, err)
	}
	clk.Advance(45 * time.Second)
	wantValue(t, kv, "s", "w", "6")
	clk.Advance(15 * time.Second)
	wantNotFound(t, kv, "s", "w")
	// Expired counts as absent: starts from 0 again.
	if n, err := kv.Incr(ctx, "s", "w", 1, 0, noQuota); n != 1 || err != nil {
		t.Fatalf("Incr after expiry = %d, %v; want 1", n, err)
	}
	// Quota: bytes grow with the digits.
	q := Quota{MaxKeys: 1, MaxBytes: int64(len("w") + 1)}
	if _, err := kv.Incr(ctx, "s", "w", 8, 0, q); err != nil {
		t.Fatalf("Incr to 9 within quota: %v", err)
	}
	if _, err := kv.Incr(ctx, "s", "w", 1, 0, q); !errors.Is(err, ErrQuota) {
		t.Fatalf("Incr to 10 past the byte quota: %v, want ErrQuota", err)
	}
	wantValue(t, kv, "s", "w", "9")
	if _, err := kv.Incr(ctx, "s", "other", 1, 0, q); !errors.Is(err, ErrQuota) {
		t.Fatalf("Incr of a second key past the key quota: %v, want ErrQuota", err)
	}
	wantUsage(t, kv, "s", 1, 2)
}

// kvRacingIncrAndCAS: racing increments and CAS read-modify-write loops
// lose no update.
func kvRacingIncrAndCAS(t *testing.T, open opener) {
	kv := open(t, newFakeClock())
	ctx := context.Background()
	const workers, incrs, loops = 8, 50, 25
	var wg sync.WaitGroup
	var retries atomic.Int64
	for range workers {
		wg.Go(func() {
			for range incrs {
				if _, err := kv.Incr(ctx, "s", "ctr", 1, 0, noQuota); err != nil {
					t.Error(err)
					return
				}
			}
		})
		wg.Go(func() {
			for range loops {
				for {
					cur, err := kv.Get(ctx, "s", "cas")
					if errors.Is(err, ErrNotFound) {
						cur = nil
					} else if err != nil {
						t.Error(err)
						return
					}
					n := 0
					if cur != nil {
						n, _ = strconv.Atoi(string(cur))
					}
					ok, err := kv.CompareAndSwap(ctx, "s", "cas", cur, []byte(strconv.Itoa(n+1)), 0, noQuota)
					if err != nil {
						t.Error(err)
						return
					}
					if ok {
						break
					}
					retries.Add(1)
				}
			}
		})
	}
	wg.Wait()
	wantValue(t, kv, "s", "ctr", strconv.Itoa(workers*incrs))
	wantValue(t, kv, "s", "cas", strconv.Itoa(workers*loops))
	t.Logf("%d CAS retries", retries.Load())
}
