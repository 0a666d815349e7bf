package outbox

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Framing and segment files of the outbox log (adapted from the inbox's
// segment code; see store.go for the records and the directory layout).
//
// A record is framed as
//
//	u32le length of body | u32le CRC-32C of body | body
//
// and body is one type byte followed by the payload. A torn write can only
// be at the end of a segment (every batch is fsynced before the next is
// written, and the committer moves to a new segment after a failed write);
// recovery truncates it there.

const (
	// maxRecord bounds one frame when reading, so that a corrupt length
	// cannot make recovery allocate without bound. Writers keep frames
	// near frameTarget; only a single entry bigger than that (a message
	// of megabytes) makes a bigger frame, and Send refuses entries above
	// maxEntry.
	maxRecord   = 256 << 20
	frameTarget = 1 << 20
	maxEntry    = 64 << 20

	extLog  = ".log"
	extSnap = ".snap"
	extTmp  = ".tmp"
)

// dirFiles are the ids of the log segments and snapshots in a directory,
// sorted, and the names of leftover temporary files.
type dirFiles struct {
	logs, snaps []uint64
	tmps        []string
}

func listDir(dir string) (dirFiles, error) {
	var f dirFiles
	ents, err := os.ReadDir(dir)
	if err != nil {
		return f, err
	}
	for _, e := range ents {
		name := e.Name()
		if strings.HasSuffix(name, extTmp) {
			f.tmps = append(f.tmps, filepath.Join(dir, name))
			continue
		}
		ext := filepath.Ext(name)
		if ext != extLog && ext != extSnap {
			continue
		}
		n, perr := strconv.ParseUint(strings.TrimSuffix(name, ext), 10, 64)
		if perr != nil {
			continue // not ours
		}
		if ext == extLog {
			f.logs = append(f.logs, n)
		} else {
			f.snaps = append(f.snaps, n)
		}
	}
	slices.Sort(f.logs)
	slices.Sort(f.snaps)
	return f, nil
}
