package inbox

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/bothost/bothost/host/internal/logfile"
)

// recover rebuilds the in-memory state from the directory: the dedup
// table from .ids files and from every event in the .log files, and the
// queue from the events without a done mark, in log order. It then starts
// a fresh active segment (a torn tail of the last one is truncated first
// so the next recovery reads it cleanly).
func (ib *Inbox) recover() error {
	s := &ib.segs
	s.pending = make(map[uint64]int)
	logs, ids, err := listSegments(ib.dir)
	if err != nil {
		return err
	}
	now := ib.o.Clock.Now()
	window := ib.o.DedupWindow
	minPut := now.Add(-window).UnixNano()

	for _, id := range ids {
		newest, err := ib.loadIDs(id, window)
		if err != nil {
			return fmt.Errorf("read %s: %w", logfile.Name(ib.dir, id, ".ids"), err)
		}
		s.ids = append(s.ids, idsFile{id: id, newest: newest})
	}

	type rec struct {
		it  *item
		put int64
	}
	var order []rec
	index := make(map[uint64]int) // seq → position in order
	var maxSeq, lastID uint64
	for i, id := range logs {
		path := logfile.Name(ib.dir, id, ".log")
		valid, err := logfile.Scan(path, maxRecord, func(typ byte, p []byte) error {
			switch typ {
			case recEvent:
				seq, put, h, ev, err := decodeEvent(p)
				if err != nil {
					// The frame checksum matched, so this is a bug or an
					// incompatible version, not a torn write: keep going
					// so one bad event does not hold the rest hostage.
					ib.log.Error("inbox: undecodable event skipped", "segment", id, "err", err)
					return nil
				}
				maxSeq = max(maxSeq, seq)
				if put.UnixNano() > minPut {
					ib.dd.add(h, put.Add(window).UnixNano())
				}
				index[seq] = len(order)
				order = append(order, rec{&item{ev: ev, seq: seq, seg: id, conv: ev.Conversation()}, put.UnixNano()})
			case recDone:
				for len(p) >= 8 {
					if k, ok := index[binary.LittleEndian.Uint64(p)]; ok {
						order[k].it = nil
					}
					p = p[8:]
				}
			default:
				ib.log.Error("inbox: unknown record type skipped", "segment", id, "type", typ)
			}
			return nil
		})
		var torn *logfile.TornError
		switch {
		case errors.As(err, &torn) && i == len(logs)-1:
			// The preallocated zeros after the last record, or a torn
			// tail: the batch being written when the process died, never
			// fsynced, so never acked. Cut it off.
			if !torn.Zeros() {
				ib.log.Warn("inbox: truncating torn tail", "segment", id, "offset", valid, "why", torn.Why)
			}
			if err := os.Truncate(path, valid); err != nil {
				return fmt.Errorf("truncate %s: %w", path, err)
			}
		case errors.As(err, &torn):
			// Damage in the middle of the log is not something a crash
			// produces; report it loudly and keep what can be read.
			ib.log.Error("inbox: damaged segment, records after the damage are lost", "segment", id, "offset", valid, "why", torn.Why)
		case err != nil:
			return fmt.Errorf("read %s: %w", path, err)
		}
		s.logs = append(s.logs, id)
		s.pending[id] += 0
		lastID = max(lastID, id)
	}
	if n := len(ids); n > 0 {
		lastID = max(lastID, ids[n-1])
	}

	var queued []*item
	for _, r := range order {
		if r.it == nil {
			continue
		}
		s.pending[r.it.seg]++
		queued = append(queued, r.it)
	}
	ib.seq.Store(maxSeq)
	ib.pending.Store(int64(len(queued)))
	ib.o.Metrics.Pending.Set(float64(len(queued)))
	ib.q.push(queued...)
	if len(queued) > 0 || len(logs) > 0 {
		ib.log.Info("inbox recovered", "segments", len(logs), "compacted", len(ids), "pending", len(queued), "remembered_ids", ib.dd.size())
	}
	ib.recovered = len(queued)
	return s.openNew(lastID + 1)
}

// loadIDs reads an .ids file into the dedup table and returns its newest
// put time.
func (ib *Inbox) loadIDs(id uint64, window time.Duration) (int64, error) {
	data, err := os.ReadFile(logfile.Name(ib.dir, id, ".ids"))
	if err != nil {
		return 0, err
	}
	var newest int64
	minPut := ib.o.Clock.Now().Add(-window).UnixNano()
	for len(data) >= idsEntry {
		h := binary.LittleEndian.Uint64(data)
		put := int64(binary.LittleEndian.Uint64(data[8:]))
		newest = max(newest, put)
		if put > minPut {
			ib.dd.add(h, put+int64(window))
		}
		data = data[idsEntry:]
	}
	return newest, nil
}

// Compaction. A .log segment whose events are all durably handled, and
// every segment before it too, is rewritten as an .ids file (16 bytes per
// event instead of the whole event) and deleted; an .ids file is deleted
// once its newest id has left the dedup window. Segments are compacted
// strictly in order because a segment's done marks may refer to events in
// earlier segments: deleting a later segment first could lose the marks
// of an earlier one still on disk.

func (s *segments) startCompactor(ib *Inbox) {
	s.compact = make(chan struct{}, 1)
	s.done = make(chan struct{})
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		tick := time.NewTicker(time.Minute)
		defer tick.Stop()
		for {
			ib.compactOnce()
			select {
			case <-s.compact:
			case <-tick.C:
			case <-s.done:
				return
			}
		}
	}()
}

func (s *segments) kickCompactor() {
	select {
	case s.compact <- struct{}{}:
	default:
	}
}

func (s *segments) stopCompactor() {
	if s.done != nil {
		close(s.done)
		s.wg.Wait()
	}
}

func (ib *Inbox) compactOnce() {
	s := &ib.segs
	s.compactMu.Lock()
	defer s.compactMu.Unlock()
	for {
		s.mu.Lock()
		if len(s.logs) < 2 { // the active segment is never compacted
			s.mu.Unlock()
			break
		}
		id := s.logs[0]
		if s.pending[id] > 0 {
			s.mu.Unlock()
			break
		}
		s.mu.Unlock()
		newest, err := ib.compactSegment(id)
		if err != nil {
			ib.log.Error("inbox: compaction failed", "segment", id, "err", err)
			break
		}
		s.mu.Lock()
		s.logs = s.logs[1:]
		delete(s.pending, id)
		s.ids = append(s.ids, idsFile{id: id, newest: newest})
		s.mu.Unlock()
		ib.o.Metrics.Compactions.Inc()
	}
	// Expire .ids files.
	cutoff := ib.o.Clock.Now().Add(-ib.o.DedupWindow).UnixNano()
	for {
		s.mu.Lock()
		if len(s.ids) == 0 || s.ids[0].newest > cutoff {
			s.mu.Unlock()
			return
		}
		f := s.ids[0]
		s.ids = s.ids[1:]
		s.mu.Unlock()
		if err := os.Remove(logfile.Name(ib.dir, f.id, ".ids")); err != nil && !errors.Is(err, os.ErrNotExist) {
			ib.log.Error("inbox: remove expired ids file", "segment", f.id, "err", err)
		}
	}
}

// compactSegment writes id's .ids file and removes its .log.
func (ib *Inbox) compactSegment(id uint64) (int64, error) {
	path := logfile.Name(ib.dir, id, ".log")
	var out []byte
	var newest int64
	_, err := logfile.Scan(path, maxRecord, func(typ byte, p []byte) error {
		if typ == recEvent && len(p) >= 24 {
			put := binary.LittleEndian.Uint64(p[8:])
			newest = max(newest, int64(put))
			out = binary.LittleEndian.AppendUint64(out, binary.LittleEndian.Uint64(p[16:]))
			out = binary.LittleEndian.AppendUint64(out, put)
		}
		return nil
	})
	var torn *logfile.TornError
	if err != nil && !errors.As(err, &torn) {
		return 0, err
	}
	if err := logfile.WriteFileSync(logfile.Name(ib.dir, id, ".ids"), out); err != nil {
		return 0, err
	}
	if err := os.Remove(path); err != nil {
		return 0, err
	}
	return newest, logfile.SyncDir(ib.dir)
}
