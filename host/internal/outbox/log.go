package outbox

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/bothost/bothost/host/internal/logfile"
)

// Log entries. Every frame (segment.go) is of type recBatch and holds a
// sequence of entries, each a kind byte and its fields (uvarint numbers,
// zigzag varint times, strings as uvarint length and bytes):
//
//	entAccept  n, created, key, JSON record
//	entMark    n, at
//	entDone    n, created, state, ts or error
//	entDead    n, created, JSON deadRec
//	entDedup   n, created, key
//	entHeader  version, next, instance     (first entry of a snapshot)
//	entEnd     (last entry of a snapshot: it is complete)
//	entOwner   n, owner                    (after entDone: who may use the reference)
const recBatch = 1

const (
	entAccept byte = iota + 1
	entMark
	entDone
	entDead
	entDedup
	entHeader
	entEnd
	entOwner
)

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendBytes(b, s []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendAccept(b []byte, n uint64, created int64, key string, raw []byte) []byte {
	b = append(b, entAccept)
	b = binary.AppendUvarint(b, n)
	b = binary.AppendVarint(b, created)
	b = appendStr(b, key)
	return appendBytes(b, raw)
}

func appendMark(b []byte, n uint64, at int64) []byte {
	b = append(b, entMark)
	b = binary.AppendUvarint(b, n)
	return binary.AppendVarint(b, at)
}

func appendDone(b []byte, n uint64, created int64, state uint8, val string) []byte {
	b = append(b, entDone)
	b = binary.AppendUvarint(b, n)
	b = binary.AppendVarint(b, created)
	b = append(b, state)
	return appendStr(b, val)
}

func appendOwner(b []byte, n uint64, owner string) []byte {
	b = append(b, entOwner)
	b = binary.AppendUvarint(b, n)
	return appendStr(b, owner)
}

func appendDead(b []byte, n uint64, created int64, raw []byte) []byte {
	b = append(b, entDead)
	b = binary.AppendUvarint(b, n)
	b = binary.AppendVarint(b, created)
	return appendBytes(b, raw)
}

func appendDedup(b []byte, n uint64, created int64, key string) []byte {
	b = append(b, entDedup)
	b = binary.AppendUvarint(b, n)
	b = binary.AppendVarint(b, created)
	return appendStr(b, key)
}

// dec reads entry fields; after a malformed field bad is set and every
// further read returns zero values.
type dec struct {
	p   []byte
	bad bool
}

func (d *dec) uvarint() uint64 {
	v, n := binary.Uvarint(d.p)
	if n <= 0 {
		d.bad, d.p = true, nil
		return 0
	}
	d.p = d.p[n:]
	return v
}

func (d *dec) varint() int64 {
	v, n := binary.Varint(d.p)
	if n <= 0 {
		d.bad, d.p = true, nil
		return 0
	}
	d.p = d.p[n:]
	return v
}

func (d *dec) byte() byte {
	if len(d.p) == 0 {
		d.bad = true
		return 0
	}
	c := d.p[0]
	d.p = d.p[1:]
	return c
}

// bytes returns a field that aliases the frame: copy what is kept.
func (d *dec) bytes() []byte {
	l := d.uvarint()
	if d.bad || l > uint64(len(d.p)) {
		d.bad, d.p = true, nil
		return nil
	}
	b := d.p[:l:l]
	d.p = d.p[l:]
	return b
}

// pendE is a pending message in a logState.
type pendE struct {
	created int64
	key     string
	raw     []byte // JSON record
	markAt  int64  // unix ns of its in-doubt mark, 0 if none
}

// logState is the outbox state folded from a snapshot and the segments
// after it, with the retention applied: what recovery starts from and what
// compaction writes as the next snapshot.
type logState struct {
	log        *slog.Logger
	dcut, rcut int64 // dedup keys / outcomes created before these are dropped

	header   bool // a snapshot header was read
	ended    bool // the snapshot's end entry was read
	instance string
	next     uint64
	pend     map[uint64]*pendE
	refs     refTable
	dead     map[uint64]deadE
	dedup    map[string]dedupE
}

func newLogState(log *slog.Logger, dcut, rcut int64) *logState {
	return &logState{log: log, dcut: dcut, rcut: rcut, next: 1, pend: map[uint64]*pendE{},
		refs: newRefTable(), dead: map[uint64]deadE{}, dedup: map[string]dedupE{}}
}

func (s *logState) bump(n uint64) {
	if n+1 > s.next {
		s.next = n + 1
	}
}

func (s *logState) addDedup(key string, n uint64, created int64) {
	if e, ok := s.dedup[key]; ok && e.n > n {
		return
	}
	s.dedup[key] = dedupE{n: n, created: created}
}

func (s *logState) accept(n uint64, created int64, key string, raw []byte) {
	s.bump(n)
	if _, ok := s.pend[n]; ok || s.refs.has(n) {
		return // written again after a failed write
	}
	s.pend[n] = &pendE{created: created, key: key, raw: raw}
	if key != "" {
		s.addDedup(key, n, created)
	}
}

func (s *logState) done(n uint64, created int64, state uint8, val string) {
	s.bump(n)
	delete(s.pend, n)
	if created >= s.rcut {
		s.refs.set(n, created, state, val, "")
	} else {
		s.refs.drop(n)
	}
}

// applyFrame applies the entries of one frame. A frame whose checksum
// matched but does not decode is a bug or an unknown version, not a torn
// write: it is reported and skipped so one bad entry does not hold the
// rest hostage.
func (s *logState) applyFrame(typ byte, p []byte) error {
	if typ != recBatch {
		s.log.Error("outbox: unknown log record type skipped", "type", typ)
		return nil
	}
	d := dec{p: p}
	for len(d.p) > 0 && !d.bad {
		switch kind := d.byte(); kind {
		case entAccept:
			n, created, key, raw := d.uvarint(), d.varint(), d.bytes(), d.bytes()
			if !d.bad {
				s.accept(n, created, string(key), bytes.Clone(raw))
			}
		case entMark:
			n, at := d.uvarint(), d.varint()
			if p := s.pend[n]; p != nil && !d.bad {
				p.markAt = at
			}
		case entDone:
			n, created, state, val := d.uvarint(), d.varint(), d.byte(), d.bytes()
			if !d.bad {
				s.done(n, created, state, string(val))
			}
		case entDead:
			n, created, raw := d.uvarint(), d.varint(), d.bytes()
			if !d.bad {
				s.bump(n)
				if created >= s.rcut {
					s.dead[n] = deadE{created: created, raw: bytes.Clone(raw)}
				}
			}
		case entDedup:
			n, created, key := d.uvarint(), d.varint(), d.bytes()
			if !d.bad && created >= s.dcut {
				s.addDedup(string(key), n, created)
			}
		case entHeader:
			v, next, inst := d.byte(), d.uvarint(), d.bytes()
			if d.bad {
				break
			}
			if v != logVersion {
				return fmt.Errorf("unsupported log version %d", v)
			}
			s.header, s.instance = true, string(inst)
			s.next = max(s.next, next)
		case entEnd:
			s.ended = true
		case entOwner:
			n, owner := d.uvarint(), d.bytes()
			if !d.bad {
				s.refs.setOwner(n, string(owner))
			}
		default:
			d.bad = true
		}
	}
	if d.bad {
		s.log.Error("outbox: undecodable log entries skipped")
	}
	return nil
}

// finish drops the dedup keys that left the window, except those of
// pending messages (a re-run must find them however old they are).
func (s *logState) finish() {
	for k, e := range s.dedup {
		if e.created < s.dcut && s.pend[e.n] == nil {
			delete(s.dedup, k)
		}
	}
}

// pendingOrder returns the pending message numbers in sequence order,
// which is the order they were accepted in.
func (s *logState) pendingOrder() []uint64 {
	ns := make([]uint64, 0, len(s.pend))
	for n := range s.pend {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

// readSnapshot folds snapshot file path into s. A snapshot is written
// whole and renamed into place, so anything short of a complete one is
// damage, not a crash: it is an error.
func (s *logState) readSnapshot(path string) error {
	if _, err := logfile.Scan(path, maxRecord, s.applyFrame); err != nil {
		return fmt.Errorf("snapshot %s: %w", path, err)
	}
	if !s.header || !s.ended {
		return fmt.Errorf("snapshot %s: incomplete", path)
	}
	return nil
}

// readSegments folds log segments into s, in order. When truncate is set
// every segment is cut back to its valid records: the zeros preallocated
// after them (a segment the process died with), and a torn tail (the
// batch being written when the process died or a write failed, never
// acknowledged; it can only be at the end of a segment).
func (s *logState) readSegments(dir string, ids []uint64, truncate bool) error {
	for _, id := range ids {
		path := logfile.Name(dir, id, extLog)
		valid, err := logfile.Scan(path, maxRecord, s.applyFrame)
		var torn *logfile.TornError
		switch {
		case errors.As(err, &torn):
			if !truncate {
				continue
			}
			if !torn.Zeros() {
				s.log.Warn("outbox: truncating torn tail", "segment", id, "offset", valid, "why", torn.Why)
			}
			if err := os.Truncate(path, valid); err != nil {
				return fmt.Errorf("truncate %s: %w", path, err)
			}
		case err != nil:
			return fmt.Errorf("read %s: %w", path, err)
		}
	}
	return nil
}

// snapWriter streams entries into frames of about frameTarget bytes.
type snapWriter struct {
	w     *bufio.Writer
	b     []byte
	start int
	err   error
}

func (w *snapWriter) entry(fill func([]byte) []byte) {
	if w.err != nil {
		return
	}
	if len(w.b) == 0 {
		w.b, w.start = logfile.Begin(w.b, recBatch)
	}
	w.b = fill(w.b)
	if len(w.b) >= frameTarget {
		w.flush()
	}
}

func (w *snapWriter) flush() {
	if len(w.b) == 0 || w.err != nil {
		return
	}
	w.b = logfile.Finish(w.b, w.start)
	_, w.err = w.w.Write(w.b)
	w.b = w.b[:0]
}

// writeSnapshot writes s as snapshot file path: a temporary file, fsynced,
// renamed into place, and the directory fsynced. It returns the size.
func (s *logState) writeSnapshot(path string, stop <-chan struct{}) (int64, error) {
	tmp := path + extTmp
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return 0, err
	}
	fail := func(err error) (int64, error) {
		f.Close()
		os.Remove(tmp)
		return 0, err
	}
	w := &snapWriter{w: bufio.NewWriterSize(f, 1<<20)}
	w.entry(func(b []byte) []byte {
		b = append(b, entHeader, logVersion)
		b = binary.AppendUvarint(b, s.next)
		return appendStr(b, s.instance)
	})
	for k, e := range s.dedup {
		if s.pend[e.n] == nil { // a pending message's accept carries its key
			w.entry(func(b []byte) []byte { return appendDedup(b, e.n, e.created, k) })
		}
	}
	for n, e := range s.refs.m {
		val := s.refs.str[n]
		if e.ts != 0 {
			val = unpackTS(e.ts)
		}
		owner := s.refs.owners[e.owner]
		w.entry(func(b []byte) []byte {
			b = appendDone(b, n, e.created, e.state, val)
			if owner != "" {
				b = appendOwner(b, n, owner)
			}
			return b
		})
	}
	select {
	case <-stop:
		return fail(errStopped)
	default:
	}
	for _, n := range s.pendingOrder() {
		p := s.pend[n]
		w.entry(func(b []byte) []byte {
			b = appendAccept(b, n, p.created, p.key, p.raw)
			if p.markAt != 0 {
				b = appendMark(b, n, p.markAt)
			}
			return b
		})
	}
	for n, d := range s.dead {
		w.entry(func(b []byte) []byte { return appendDead(b, n, d.created, d.raw) })
	}
	w.entry(func(b []byte) []byte { return append(b, entEnd) })
	w.flush()
	if w.err == nil {
		w.err = w.w.Flush()
	}
	if w.err != nil {
		return fail(w.err)
	}
	size, err := f.Seek(0, 1)
	if err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return 0, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return 0, err
	}
	return size, logfile.SyncDir(filepath.Dir(path))
}
