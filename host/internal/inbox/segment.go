package inbox

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// On-disk layout. The inbox directory holds numbered segment files:
//
//	00000000000000000001.log   records, appended and fsynced in batches
//	00000000000000000001.ids   a compacted segment: only the event-id hashes
//	                           and put times, kept for the dedup window
//
// A .log record is framed as
//
//	u32le length of body | u32le CRC-32C of body | body
//
// and body is one type byte followed by the payload:
//
//	recEvent: u64le seq | i64le put time (unix ns) | u64le id hash | event record
//	recDone:  u64le seq, repeated
//
// A torn write can only be at the end of the newest segment (every batch
// is fsynced before the next is written); recovery truncates it there.
const (
	recEvent = 1
	recDone  = 2

	frameHeader = 8
	// maxRecord bounds one record so a corrupt length cannot make recovery
	// allocate gigabytes.
	maxRecord = 16 << 20

	idsEntry = 16 // u64le hash | i64le put time
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// appendFrame appends a framed record of type typ to b; fill appends the
// payload.
func appendFrame(b []byte, typ byte, fill func([]byte) []byte) []byte {
	start := len(b)
	b = append(b, 0, 0, 0, 0, 0, 0, 0, 0, typ)
	b = fill(b)
	body := b[start+frameHeader:]
	binary.LittleEndian.PutUint32(b[start:], uint32(len(body)))
	binary.LittleEndian.PutUint32(b[start+4:], crc32.Checksum(body, crcTable))
	return b
}

// segName is the file name of segment id with the given extension.
func segName(dir string, id uint64, ext string) string {
	return filepath.Join(dir, fmt.Sprintf("%020d%s", id, ext))
}

// listSegments returns the ids of the .log and .ids files in dir, sorted.
func listSegments(dir string) (logs, ids []uint64, err error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range ents {
		name := e.Name()
		ext := filepath.Ext(name)
		if ext != ".log" && ext != ".ids" {
			continue
		}
		n, perr := strconv.ParseUint(strings.TrimSuffix(name, ext), 10, 64)
		if perr != nil {
			continue // not ours
		}
		if ext == ".log" {
			logs = append(logs, n)
		} else {
			ids = append(ids, n)
		}
	}
	sort.Slice(logs, func(i, j int) bool { return logs[i] < logs[j] })
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return logs, ids, nil
}

// errTorn reports where a segment stops holding valid records.
type errTorn struct {
	off int64
	why string
}

func (e *errTorn) Error() string { return fmt.Sprintf("invalid record at offset %d: %s", e.off, e.why) }

// scanSegment calls fn for each valid record of the segment file at path.
// It stops at the first invalid record, returning *errTorn with its offset
// (the length of the valid prefix) so the caller can truncate a torn tail.
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

// syncDir fsyncs a directory so a created or removed file name is durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// writeFileSync writes data to path via a temporary file, fsyncs it and
// renames it into place, so a crash leaves either nothing or all of it.
func writeFileSync(path string, data []byte) error {
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
	return syncDir(filepath.Dir(path))
}
