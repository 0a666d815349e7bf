package inbox

import (
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

	// maxRecord bounds one record so a corrupt length cannot make recovery
	// allocate gigabytes.
	maxRecord = 16 << 20

	idsEntry = 16 // u64le hash | i64le put time
)

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
