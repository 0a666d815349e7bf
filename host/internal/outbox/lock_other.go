//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package outbox

import (
	"errors"
	"os"
)

var errLocked = errors.New("locked by another process")

// tryLock does nothing where flock is not available: the outbox directory
// is then not protected against a second process.
func tryLock(f *os.File) error { return nil }
