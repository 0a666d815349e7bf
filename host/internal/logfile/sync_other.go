//go:build !linux

package logfile

import "os"

// Fdatasync is f.Sync where fdatasync(2) is not available.
func Fdatasync(f *os.File) error { return f.Sync() }
