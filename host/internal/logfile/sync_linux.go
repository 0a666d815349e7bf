package logfile

import (
	"os"
	"syscall"
)

// Fdatasync flushes the file's data (and its size, which reading it back
// needs) but not its other metadata: cheaper than fsync on most file
// systems.
func Fdatasync(f *os.File) error { return syscall.Fdatasync(int(f.Fd())) }
