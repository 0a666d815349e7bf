//go:build !linux

package outbox

import "os"

func fdatasync(f *os.File) error { return f.Sync() }
