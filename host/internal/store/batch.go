package store

import (
	"context"
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// SetBatch writes entries (no expiry) into namespace ns in one
// transaction, so one fsync instead of one per key, with the same usage
// accounting as Set and no quota. It exists for seeding large data sets
// in tests and benchmarks (10,000 subscribers of a skill), where a Set per
// key would spend minutes in fdatasync.
func (b *Bolt) SetBatch(ctx context.Context, ns string, entries map[string][]byte) error {
	for k, v := range entries {
		if err := checkKey("set", ns, k); err != nil {
			return err
		}
		if err := checkValue(ns, v); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("kv set batch %s: %w", ns, err)
	}
	now := b.clock.Now()
	err := b.db.Update(func(tx *bolt.Tx) error {
		nb, err := writeBuckets(tx, ns)
		if err != nil {
			return err
		}
		next, _, err := nb.purge(now.UnixNano())
		if err != nil {
			return err
		}
		for key, value := range entries {
			k := []byte(key)
			old := nb.kv.Get(k)
			if old != nil {
				next.Bytes -= entrySize(key, len(old)-expLen)
				if binary.BigEndian.Uint64(old) != 0 {
					if err := nb.exp.Delete(indexKey(old[:expLen], key)); err != nil {
						return err
					}
				}
			} else {
				next.Keys++
			}
			next.Bytes += entrySize(key, len(value))
			rec := make([]byte, expLen, expLen+len(value))
			if err := nb.kv.Put(k, append(rec, value...)); err != nil {
				return err
			}
		}
		return nb.setStored(next)
	})
	if err != nil {
		return fmt.Errorf("kv set batch %s: %w", ns, err)
	}
	return nil
}
