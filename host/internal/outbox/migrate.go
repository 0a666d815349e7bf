package outbox

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/bothost/bothost/host/internal/logfile"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Migration from the bbolt file of earlier versions. The host has always
// passed data/outbox.db to Open; that path used to be a bbolt file and is
// now a directory. Open finds a regular file there, reads it and writes
// its state as the first snapshot of a new directory, then swaps the two:
//
//  1. the snapshot is written to <path>.migrating/ and fsynced;
//  2. <path> is renamed to <path>.bbolt and <path>.migrating to <path>;
//  3. <path>.bbolt is removed.
//
// A crash after step 1 redoes the migration from the bbolt file; one
// between the renames of step 2 is finished by the next Open (the
// directory is complete before the first rename); a leftover <path>.bbolt
// is removed. The instance id is kept, so messages the old version marked
// in doubt are still recognised in the conversation history.
//
// The bbolt layout (8-byte big-endian sequence numbers as keys):
//
//	meta  "version" -> 1, "next" -> next sequence number, "instance" -> id
//	msg   n -> record (JSON): accepted, not yet delivered or dead
//	try   n -> unix ns: in-doubt mark
//	done  n -> doneRec (JSON)
//	dead  n -> deadRec (JSON)
const (
	suffixMigrating = ".migrating"
	suffixBolt      = ".bbolt"
	boltVersion     = 1
)

func (o *Outbox) migrateBolt() error {
	path := o.path
	tmp := path + suffixMigrating
	// Opened for writing (nothing is written) for its exclusive lock: an
	// older host still running on the file, or another Open migrating it,
	// makes this one fail as locked. NoFreelistSync as the old outbox
	// had it, else bbolt would write a freelist on open.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return errLocked
	}
	if err != nil {
		return fmt.Errorf("migrate bbolt file: %w", err)
	}
	defer db.Close()
	now := o.clk.Now()
	st := newLogState(o.log, now.Add(-o.opt.DedupRetention).UnixNano(), now.Add(-o.opt.RefRetention).UnixNano())
	if err := db.View(func(tx *bolt.Tx) error { return readBolt(tx, st) }); err != nil {
		return fmt.Errorf("migrate bbolt file: %w", err)
	}
	st.finish()
	if st.instance == "" {
		if st.instance, err = newInstance(); err != nil {
			return err
		}
	}
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	if err := os.Mkdir(tmp, 0o700); err != nil {
		return err
	}
	if _, err := st.writeSnapshot(logfile.Name(tmp, 0, extSnap), nil); err != nil {
		return fmt.Errorf("migrate bbolt file: %w", err)
	}
	parent := filepath.Dir(path)
	if err := logfile.SyncDir(parent); err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if err := os.Rename(path, path+suffixBolt); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if err := logfile.SyncDir(parent); err != nil {
		return err
	}
	o.log.Info("outbox: migrated the bbolt file to a log directory", "path", path,
		"pending", len(st.pend), "refs", len(st.refs.m), "dead_letters", len(st.dead))
	return o.migrationLeftovers()
}

// readBolt folds a bbolt outbox into st.
func readBolt(tx *bolt.Tx, st *logState) error {
	meta := tx.Bucket([]byte("meta"))
	if meta == nil {
		return errors.New("not an outbox file (no meta bucket)")
	}
	if v := meta.Get([]byte("version")); len(v) != 8 || binary.BigEndian.Uint64(v) != boltVersion {
		return fmt.Errorf("unsupported schema version %x", v)
	}
	if v := meta.Get([]byte("next")); len(v) == 8 {
		st.next = max(st.next, binary.BigEndian.Uint64(v))
	}
	st.instance = string(meta.Get([]byte("instance")))
	each := func(name string, fn func(n uint64, v []byte) error) error {
		b := tx.Bucket([]byte(name))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if len(k) != 8 {
				return nil
			}
			return fn(binary.BigEndian.Uint64(k), v)
		})
	}
	if err := each("msg", func(n uint64, v []byte) error {
		var r record
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("message %s: %w", Ref(n), err)
		}
		st.accept(n, r.Created, r.dedupKey(), append([]byte(nil), v...))
		return nil
	}); err != nil {
		return err
	}
	if err := each("try", func(n uint64, v []byte) error {
		if p := st.pend[n]; p != nil && len(v) == 8 {
			p.markAt = int64(binary.BigEndian.Uint64(v))
		}
		return nil
	}); err != nil {
		return err
	}
	if err := each("done", func(n uint64, v []byte) error {
		var d doneRec
		if err := json.Unmarshal(v, &d); err != nil {
			return fmt.Errorf("outcome of %s: %w", Ref(n), err)
		}
		st.done(n, d.Created, stateCode(d.State), d.val())
		if d.Key != "" && d.Created >= st.dcut {
			st.addDedup(d.Key, n, d.Created)
		}
		return nil
	}); err != nil {
		return err
	}
	return each("dead", func(n uint64, v []byte) error {
		var d deadRec
		if err := json.Unmarshal(v, &d); err != nil {
			return fmt.Errorf("dead letter %s: %w", Ref(n), err)
		}
		st.bump(n)
		if d.Rec.Created >= st.rcut {
			st.dead[n] = deadE{created: d.Rec.Created, raw: append([]byte(nil), v...)}
		}
		return nil
	})
}

// finishMigration completes a migration interrupted between its two
// renames; done reports whether there was one.
func (o *Outbox) finishMigration() (done bool, err error) {
	path := o.path
	if _, err := os.Stat(path + suffixBolt); err != nil {
		return false, nil
	}
	if _, err := os.Stat(path + suffixMigrating); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			return false, err
		}
		// Only the bbolt file: put it back and migrate it.
		if err := os.Rename(path+suffixBolt, path); err != nil {
			return true, err
		}
		return true, o.migrateBolt()
	}
	if err := os.Rename(path+suffixMigrating, path); err != nil {
		return true, err
	}
	if err := logfile.SyncDir(filepath.Dir(path)); err != nil {
		return true, err
	}
	return true, o.migrationLeftovers()
}

// migrationLeftovers removes the old bbolt file and an abandoned migration
// directory once path is a directory.
func (o *Outbox) migrationLeftovers() error {
	removed := false
	for _, p := range []string{o.path + suffixBolt, o.path + suffixMigrating} {
		if _, err := os.Lstat(p); err == nil {
			if err := os.RemoveAll(p); err != nil {
				return err
			}
			removed = true
		}
	}
	if removed {
		return logfile.SyncDir(filepath.Dir(o.path))
	}
	return nil
}
