package logfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkFdatasync measures what one group commit's flush costs on the
// machine's disk: a write into a zero-filled (preallocated) file followed
// by Fdatasync, as the inbox and outbox do. Besides ns/op (wall time) it
// reports the process's CPU time per commit (cpu-µs/op, user + kernel, from
// getrusage), the figure behind "an fdatasync costs N µs of CPU" in the
// README and docs/RATIONALE.md.
//
// "prefilled" writes into zeros written ahead (what the logs do: the
// flush changes no file size); "growing" appends to the file's end, so
// every flush also commits the new size.
func BenchmarkFdatasync(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"512B", 512}, {"16KiB", 16 << 10}} {
		for _, prefill := range []bool{true, false} {
			name := size.name + "/prefilled"
			if !prefill {
				name = size.name + "/growing"
			}
			b.Run(name, func(b *testing.B) { benchFdatasync(b, size.n, prefill) })
		}
	}
}

func benchFdatasync(b *testing.B, n int, prefill bool) {
	f, err := os.Create(filepath.Join(b.TempDir(), "seg"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	const fileSize = 256 << 20
	if prefill {
		zeros := make([]byte, 1<<20)
		for off := int64(0); off < fileSize; off += int64(len(zeros)) {
			if _, err := f.WriteAt(zeros, off); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := Fdatasync(f); err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, n)
	for i := range buf {
		buf[i] = byte(i)
	}
	var off int64
	cpu0 := cpuTime()
	for b.Loop() {
		if off+int64(len(buf)) > fileSize {
			if !prefill {
				if err := f.Truncate(0); err != nil {
					b.Fatal(err)
				}
			}
			off = 0
		}
		if _, err := f.WriteAt(buf, off); err != nil {
			b.Fatal(err)
		}
		off += int64(len(buf))
		if err := Fdatasync(f); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
