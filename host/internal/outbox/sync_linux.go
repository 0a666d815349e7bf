package outbox

import (
	"os"
	"syscall"
)

// fdatasync flushes the file's data (and the size, which it needs) but not
// its other metadata: cheaper than fsync on most file systems.
func fdatasync(f *os.File) error { return syscall.Fdatasync(int(f.Fd())) }
