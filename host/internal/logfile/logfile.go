// Package logfile is the on-disk framing shared by the host's append-only
// logs (the inbox and the outbox): CRC-checked frames, a reader that stops
// at the first invalid frame so a torn tail can be cut off, and the fsync
// helpers that make appends, renames and removals durable.
//
// A frame is
//
//	u32le length of body | u32le CRC-32C of body | body
//
// and a body is one type byte followed by the payload. A zero length is
// never written, so preallocated zeros after the last frame read as the
// end of the log.
package logfile

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// Header is the size of a frame's length and checksum.
const Header = 8

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// Begin starts a frame of type typ at the end of b; Finish fills in its
// length and checksum once the payload has been appended after it.
func Begin(b []byte, typ byte) ([]byte, int) {
	return append(b, 0, 0, 0, 0, 0, 0, 0, 0, typ), len(b)
}

// Finish completes the frame Begin started at start.
func Finish(b []byte, start int) []byte {
	body := b[start+Header:]
	binary.LittleEndian.PutUint32(b[start:], uint32(len(body)))
	binary.LittleEndian.PutUint32(b[start+4:], crc32.Checksum(body, crcTable))
	return b
}

// Append appends a whole frame of type typ; fill appends the payload.
func Append(b []byte, typ byte, fill func([]byte) []byte) []byte {
	b, start := Begin(b, typ)
	return Finish(fill(b), start)
}

// Name is the file name of numbered file id in dir, e.g.
// 00000000000000000001.log: fixed width, so names sort by number.
func Name(dir string, id uint64, ext string) string {
	return filepath.Join(dir, fmt.Sprintf("%020d%s", id, ext))
}

// TornError reports where a file stops holding valid frames.
type TornError struct {
	Off int64  // length of the valid prefix
	Why string // "short header", "bad length N", "short body", "checksum mismatch"
}

func (e *TornError) Error() string {
	return fmt.Sprintf("invalid record at offset %d: %s", e.Off, e.Why)
}

// Zeros reports whether the invalid frame is the start of preallocated
// zeros: the normal end of an active log, not damage.
func (e *TornError) Zeros() bool { return e.Why == "bad length 0" }

// Scan calls fn for each valid frame of the file at path, with its type
// and payload (valid only during the call). It stops at the first invalid
// frame and returns a *TornError whose Off is the length of the valid
// prefix, so the caller can truncate a torn tail; a frame longer than
// maxFrame counts as invalid, so a corrupt length cannot make recovery
// allocate without bound. An error from fn stops the scan and is returned.
func Scan(path string, maxFrame uint32, fn func(typ byte, payload []byte) error) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	var hdr [Header]byte
	var body []byte
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return off, nil
			}
			return off, &TornError{off, "short header"}
		}
		n := binary.LittleEndian.Uint32(hdr[:4])
		if n == 0 || n > maxFrame {
			return off, &TornError{off, fmt.Sprintf("bad length %d", n)}
		}
		if cap(body) < int(n) {
			body = make([]byte, n)
		}
		body = body[:n]
		if _, err := io.ReadFull(r, body); err != nil {
			return off, &TornError{off, "short body"}
		}
		if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(hdr[4:]) {
			return off, &TornError{off, "checksum mismatch"}
		}
		if err := fn(body[0], body[1:]); err != nil {
			return off, err
		}
		off += Header + int64(n)
	}
}

// SyncDir fsyncs a directory so a created, renamed or removed name in it
// is durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// WriteFileSync writes data to path via a temporary file, fsyncs it and
// renames it into place, so a crash leaves either nothing or all of it.
func WriteFileSync(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return SyncDir(filepath.Dir(path))
}
