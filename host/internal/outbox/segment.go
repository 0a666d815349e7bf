package outbox

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
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
	frameHeader = 8
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

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// beginFrame starts a frame of type typ at the end of b; finishFrame fills
// in its length and checksum once the payload has been appended.
func beginFrame(b []byte, typ byte) ([]byte, int) {
	return append(b, 0, 0, 0, 0, 0, 0, 0, 0, typ), len(b)
}

func finishFrame(b []byte, start int) []byte {
	body := b[start+frameHeader:]
	binary.LittleEndian.PutUint32(b[start:], uint32(len(body)))
	binary.LittleEndian.PutUint32(b[start+4:], crc32.Checksum(body, crcTable))
	return b
}

// segName is the file name of segment (or snapshot) id.
func segName(dir string, id uint64, ext string) string {
	return filepath.Join(dir, fmt.Sprintf("%020d%s", id, ext))
}

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

// errTorn reports where a segment stops holding valid records.
type errTorn struct {
	off int64
	why string
}

func (e *errTorn) Error() string { return fmt.Sprintf("invalid record at offset %d: %s", e.off, e.why) }

// scanSegment calls fn for each valid record of the file at path. It stops
// at the first invalid record, returning *errTorn with its offset (the
// length of the valid prefix) so the caller can truncate a torn tail. The
// payload passed to fn is only valid during the call.
func scanSegment(path string, fn func(typ byte, payload []byte) error) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	var hdr [frameHeader]byte
	var body []byte
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return off, nil
			}
			return off, &errTorn{off, "short header"}
		}
		n := binary.LittleEndian.Uint32(hdr[:4])
		if n == 0 || n > maxRecord {
			return off, &errTorn{off, fmt.Sprintf("bad length %d", n)}
		}
		if cap(body) < int(n) {
			body = make([]byte, n)
		}
		body = body[:n]
		if _, err := io.ReadFull(r, body); err != nil {
			return off, &errTorn{off, "short body"}
		}
		if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(hdr[4:]) {
			return off, &errTorn{off, "checksum mismatch"}
		}
		if err := fn(body[0], body[1:]); err != nil {
			return off, err
		}
		off += frameHeader + int64(n)
	}
}

// syncDir fsyncs a directory so a created, renamed or removed name in it
// is durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
