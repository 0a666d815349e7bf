package inbox

import (
	"sync"
	"time"
)

// dedup remembers accepted event ids (as hashes) for the dedup window,
// and the ids being written right now, so that a second Put of an id
// waits for the first one's outcome instead of racing it.
type dedup struct {
	mu       sync.Mutex
	seen     map[uint64]int64 // hash → expiry (unix ns)
	fifo     []dedupEntry     // insertion order, for expiry
	head     int
	inflight map[uint64]*inflight
}

type dedupEntry struct {
	h   uint64
	exp int64
}

// inflight is an id whose first Put is being written.
type inflight struct {
	done chan struct{}
	err  error // set before done is closed
}

func newDedup() dedup {
	return dedup{seen: make(map[uint64]int64), inflight: make(map[uint64]*inflight)}
}

// reserve claims h for a new write (mine != nil), or reports a duplicate:
// other is the write in progress to wait for, or nil if h is already
// durable.
func (d *dedup) reserve(h uint64, now time.Time) (mine, other *inflight, dup bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.expireLocked(now.UnixNano())
	if w := d.inflight[h]; w != nil {
		return nil, w, true
	}
	if exp, ok := d.seen[h]; ok && exp > now.UnixNano() {
		return nil, nil, true
	}
	w := &inflight{done: make(chan struct{})}
	d.inflight[h] = w
	return w, nil, false
}

// release ends a reservation: err == nil means the event is durable and
// its id is remembered until now+window.
func (d *dedup) release(h uint64, w *inflight, err error, now time.Time, window time.Duration) {
	d.mu.Lock()
	delete(d.inflight, h)
	if err == nil {
		d.addLocked(h, now.Add(window).UnixNano())
	}
	d.mu.Unlock()
	w.err = err
	close(w.done)
}

// add remembers h until exp (recovery).
func (d *dedup) add(h uint64, exp int64) {
	d.mu.Lock()
	d.addLocked(h, exp)
	d.mu.Unlock()
}

func (d *dedup) addLocked(h uint64, exp int64) {
	if old, ok := d.seen[h]; ok && old >= exp {
		return
	}
	d.seen[h] = exp
	d.fifo = append(d.fifo, dedupEntry{h, exp})
}

// expireLocked forgets ids whose window has passed. Entries are appended
// in (nearly) expiry order, so the front of fifo is what expires first; an
// entry that is not yet due stops the sweep even if a later one is.
func (d *dedup) expireLocked(now int64) {
	for d.head < len(d.fifo) && d.fifo[d.head].exp <= now {
		e := d.fifo[d.head]
		if d.seen[e.h] == e.exp {
			delete(d.seen, e.h)
		}
		d.head++
	}
	// Reclaim the consumed prefix once it is most of the slice.
	if d.head > 1024 && d.head*2 > len(d.fifo) {
		n := copy(d.fifo, d.fifo[d.head:])
		d.fifo = d.fifo[:n]
		d.head = 0
	}
}

// size is the number of remembered ids.
func (d *dedup) size() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}
