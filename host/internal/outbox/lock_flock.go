//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package outbox

import (
	"errors"
	"os"
	"syscall"
)

// errLocked means another open outbox (in this or another process) holds
// the lock.
var errLocked = errors.New("locked by another process")

// tryLock takes an exclusive flock on f without blocking. flock locks
// belong to the open file, so a second Open in the same process is
// refused too, and the kernel drops the lock when the process dies.
func tryLock(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errLocked
	}
	return err
}
