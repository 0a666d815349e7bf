package wasmcheck

import (
	"fmt"
)

// reader decodes the binary format's primitives. The first error sticks:
// later reads return zero, so callers check r.err once per item.
type reader struct {
	b    []byte
	pos  int
	base int // offset of b in the whole module, for messages
	err  error
}

func (r *reader) setErr(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", ErrMalformed, what, r.base+r.pos)
	}
}

func (r *reader) fail(what string) error {
	if r.err == nil {
		r.setErr("unexpected data")
	}
	return fmt.Errorf("%s: %w", what, r.err)
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.pos >= len(r.b) {
		r.setErr("unexpected end")
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) skip(n int) {
	if r.err != nil {
		return
	}
	if n < 0 || n > len(r.b)-r.pos {
		r.setErr("length runs past the end")
		return
	}
	r.pos += n
}

// uleb reads an unsigned LEB128 of at most bits bits.
func (r *reader) uleb(bits uint) uint64 {
	var v uint64
	var shift uint
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		if shift >= bits || (shift+7 > bits && uint64(c&0x7f)>>(bits-shift) != 0) {
			r.setErr("integer too long")
			return 0
		}
		v |= uint64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			return v
		}
	}
}

// sleb skips a signed LEB128 of at most bits bits (values are not needed).
func (r *reader) sleb(bits uint) {
	for i := uint(0); ; i += 7 {
		c := r.byte()
		if r.err != nil {
			return
		}
		if i >= bits {
			r.setErr("integer too long")
			return
		}
		if c&0x80 == 0 {
			return
		}
	}
}

func (r *reader) u32() uint32 { return uint32(r.uleb(32)) }

func (r *reader) name() {
	n := r.u32()
	r.skip(int(n))
}

// count reads a vector length and refuses one over max.
func (r *reader) count(what string, limit int, where string) (int, error) {
	n := r.u32()
	if r.err != nil {
		return 0, r.fail(what)
	}
	if limit < 0 || uint64(n) > uint64(limit) {
		return 0, over(what, where, uint64(n), uint64(max(limit, 0)))
	}
	return int(n), nil
}

// end checks that a section was read exactly.
func (r *reader) end(what string) error {
	if r.err != nil {
		return r.fail(what)
	}
	if r.pos != len(r.b) {
		return fmt.Errorf("%w: %s has %d trailing bytes", ErrMalformed, what, len(r.b)-r.pos)
	}
	return nil
}

// constExpr skips an initialiser expression (through its end).
func (r *reader) constExpr() error {
	s := scan{r: r, l: Limits{Nesting: 1, BrTable: 0}}
	return s.run("constant expression", true)
}

// scan walks one function body's instructions, tracking what the limits
// bound: nesting depth, br_table sizes, loops.
type scan struct {
	r          *reader
	l          Limits
	depth      int
	maxDepth   int
	loops      int
	maxBrTable int
	sumBrTable int
	// sumBrTableSq is the sum of each br_table's targets squared.
	sumBrTableSq uint64
}

// run reads instructions until the end that closes the body (or, for a
// constant expression, the first end) and checks nothing follows it.
func (s *scan) run(where string, constExpr bool) error {
	r := s.r
	for {
		op := r.byte()
		if r.err != nil {
			return r.fail(where)
		}
		switch {
		case op == 0x02 || op == 0x03 || op == 0x04: // block, loop, if
			s.blockType()
			s.depth++
			if op == 0x03 {
				s.loops++
			}
			if s.depth > s.maxDepth {
				s.maxDepth = s.depth
				if s.depth > s.l.Nesting {
					return over("block nesting depth", where, uint64(s.depth), uint64(s.l.Nesting))
				}
			}
		case op == 0x0b: // end
			if s.depth == 0 {
				if constExpr {
					return r.err
				}
				if r.pos != len(r.b) {
					return fmt.Errorf("%w: %s has %d bytes after its final end", ErrMalformed, where, len(r.b)-r.pos)
				}
				return nil
			}
			s.depth--
		case op == 0x00 || op == 0x01 || op == 0x05 || op == 0x0f || op == 0x1a || op == 0x1b || op == 0xd1:
		case op == 0x0c || op == 0x0d: // br, br_if
			r.u32()
		case op == 0x0e: // br_table
			n := r.u32()
			if r.err != nil {
				return r.fail(where)
			}
			if uint64(n) > uint64(s.l.BrTable) {
				return over("br_table targets", where, uint64(n), uint64(s.l.BrTable))
			}
			s.maxBrTable = max(s.maxBrTable, int(n))
			s.sumBrTable += int(n)
			s.sumBrTableSq += uint64(n) * uint64(n)
			for range n + 1 {
				r.u32()
			}
		case op == 0x10 || op == 0xd2 || op == 0x25 || op == 0x26 || (op >= 0x20 && op <= 0x24): // call, ref.func, table.get/set, locals/globals
			r.u32()
		case op == 0x11: // call_indirect: type, table
			r.u32()
			r.u32()
		case op == 0x1c: // select t*
			n := r.u32()
			r.skip(int(n))
		case op >= 0x28 && op <= 0x3e: // loads and stores: memarg
			s.memarg()
		case op == 0x3f || op == 0x40: // memory.size, memory.grow
			r.byte()
		case op == 0x41:
			r.sleb(32)
		case op == 0x42:
			r.sleb(64)
		case op == 0x43:
			r.skip(4)
		case op == 0x44:
			r.skip(8)
		case op >= 0x45 && op <= 0xc4: // numeric and sign-extension: no immediates
		case op == 0xd0: // ref.null t
			r.byte()
		case op == 0xfc:
			s.prefixFC(where)
		case op == 0xfd:
			s.prefixFD(where)
		default:
			return fmt.Errorf("%w: %s: unknown or unsupported opcode %#x at byte %d", ErrMalformed, where, op, r.base+r.pos-1)
		}
		if r.err != nil {
			return r.fail(where)
		}
	}
}

func (s *scan) blockType() {
	r := s.r
	if r.pos < len(r.b) {
		switch c := r.b[r.pos]; {
		case c == 0x40 || (c >= 0x6f && c <= 0x7f): // empty or a value type
			r.pos++
			return
		}
	}
	r.sleb(33) // a type index
}

func (s *scan) memarg() {
	s.r.u32()    // alignment
	s.r.uleb(64) // offset
}

func (s *scan) prefixFC(where string) {
	r := s.r
	switch sub := r.u32(); {
	case sub <= 7: // saturating truncations
	case sub == 8: // memory.init data, mem
		r.u32()
		r.byte()
	case sub == 9 || sub == 13 || sub == 15 || sub == 16 || sub == 17: // data.drop, elem.drop, table.grow/size/fill
		r.u32()
	case sub == 10: // memory.copy
		r.byte()
		r.byte()
	case sub == 11: // memory.fill
		r.byte()
	case sub == 12 || sub == 14: // table.init, table.copy
		r.u32()
		r.u32()
	default:
		if r.err == nil {
			r.err = fmt.Errorf("%w: %s: unknown opcode 0xfc %d", ErrMalformed, where, sub)
		}
	}
}

func (s *scan) prefixFD(where string) {
	r := s.r
	switch sub := r.u32(); {
	case sub <= 11 || sub == 0x5c || sub == 0x5d: // loads, stores, load_zero
		s.memarg()
	case sub == 12 || sub == 13: // v128.const, i8x16.shuffle
		r.skip(16)
	case sub >= 0x15 && sub <= 0x22: // extract/replace lane
		r.byte()
	case sub >= 0x54 && sub <= 0x5b: // load/store lane
		s.memarg()
		r.byte()
	case sub <= 0x113: // every other SIMD instruction has no immediate
	default:
		if r.err == nil {
			r.err = fmt.Errorf("%w: %s: unknown opcode 0xfd %d", ErrMalformed, where, sub)
		}
	}
}
