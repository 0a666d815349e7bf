// Package wasmcheck reads a WebAssembly binary's structure before it is
// compiled and refuses one whose declared sizes or code shape would let it
// make the host allocate or compute without bound: tables with no maximum
// or a huge one, millions of globals, compile bombs (thousands of locals
// in thousands of nested loops, br_tables of millions of targets).
//
// wazero validates modules fully, but only while compiling, and its
// compiler's time and memory grow faster than linearly with some of these
// shapes (issue 8: 6.4 GB and a fatal OOM for a 96 KB module). This reader
// is linear in the size of the module, allocates a bounded amount, and
// never panics on malformed input (it is fuzzed): anything it cannot parse
// is refused, since wazero would refuse it too.
package wasmcheck

import (
	"errors"
	"fmt"
)

// Limits are the published structural limits (README, docs/ABI.md §5).
// Every field must be positive.
type Limits struct {
	ModuleBytes   int    // size of the .wasm file
	Functions     int    // functions defined by the module
	FunctionBytes int    // size of one function body
	Locals        int    // parameters plus locals of one function
	Nesting       int    // block/loop/if nesting depth in one function
	BrTable       int    // targets of one br_table
	Globals       int    // globals, imported and defined
	Tables        int    // tables, imported and defined
	TableEntries  uint32 // declared maximum of one table; a table must declare one
	// LocalsXLoops bounds, per function, locals times the number of loops:
	// the compiler keeps a value per local per loop header, so this product
	// is what its memory and time follow (8,000 × 8,000 took 6.4 GB).
	LocalsXLoops  int
	ElemEntries   int // entries of all element segments
	DataBytes     int // bytes of all data segments
	DataSegments  int
	ElemSegments  int
	Types         int
	Imports       int
	Exports       int
	MemoryPages   uint32 // the skill's memory cap in 64 KiB pages
	TotalTableRef uint64 // sum of all tables' maxima
	// Module-wide compile budgets: the per-function limits bound one
	// function's compile to about half a second, these bound their sum
	// (to about 16 functions at the per-function limits). Nesting and
	// br_table count squared, as the compiler's time grows.
	SumLocalsXLoops uint64
	SumNestingSq    uint64
	SumBrTableSq    uint64
}

// Default returns the limits for a skill whose memory cap is memPages
// pages. They sit far above what the SDK builds use (measured in
// wasmcheck_test.go: TinyGo, Go and Rust echo skills) and far below what
// hurts the host.
func Default(memPages uint32) Limits {
	return Limits{
		ModuleBytes:   32 << 20,
		Functions:     100_000,
		FunctionBytes: 1 << 20,
		Locals:        2048,
		Nesting:       8192,
		BrTable:       16384,
		Globals:       4096,
		Tables:        1,
		TableEntries:  1 << 17,
		TotalTableRef: 1 << 17,
		LocalsXLoops:  1 << 16,
		ElemEntries:   1 << 20,
		DataBytes:     32 << 20,
		DataSegments:  100_000,
		ElemSegments:  100_000,
		Types:         100_000,
		Imports:       10_000,
		Exports:       100_000,
		MemoryPages:   memPages,

		SumLocalsXLoops: 16 << 16,
		SumNestingSq:    16 * 8192 * 8192,
		SumBrTableSq:    8 * 16384 * 16384,
	}
}

// Info is what the check learned, for the caller's sizing.
type Info struct {
	Functions  int
	Globals    int
	Tables     []Table
	Memory     *Memory // nil when the module defines none
	CodeBytes  int
	MaxLocals  int
	MaxNesting int
	MaxBrTable int
	// MaxLocalsXLoops is the largest locals × loops product of a function.
	MaxLocalsXLoops int
	// Sums over all functions, which module-wide budgets bound.
	SumLocalsXLoops, SumNesting, SumBrTable int
	SumNestingSq, SumBrTableSq              uint64
}

// Table is one table's declared limits.
type Table struct {
	Min uint32
	Max uint32 // always present: a table without one is refused
}

// Memory is the module's declared memory limits in pages.
type Memory struct {
	Min    uint32
	Max    uint32
	HasMax bool
}

// LimitError is a module over one published limit.
type LimitError struct {
	Limit string // the limit's name as README lists it, e.g. "locals per function"
	Where string // "function 12", "table 0", "" for the module as a whole
	Got   uint64
	Max   uint64
}

func (e *LimitError) Error() string {
	where := ""
	if e.Where != "" {
		where = e.Where + ": "
	}
	return fmt.Sprintf("%s%s is %d, over the limit of %d", where, e.Limit, e.Got, e.Max)
}

// ErrMalformed wraps every parse failure.
var ErrMalformed = errors.New("malformed module")

func over(limit, where string, got, max uint64) error {
	return &LimitError{Limit: limit, Where: where, Got: got, Max: max}
}

// Check reads b's sections and returns what it found, or the first limit
// broken (a *LimitError) or parse failure (wrapping ErrMalformed).
func Check(b []byte, l Limits) (*Info, error) {
	if len(b) > l.ModuleBytes {
		return nil, over("module size in bytes", "", uint64(len(b)), uint64(l.ModuleBytes))
	}
	r := &reader{b: b}
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, fmt.Errorf("%w: not a WebAssembly binary (bad magic)", ErrMalformed)
	}
	if string(b[4:8]) != "\x01\x00\x00\x00" {
		return nil, fmt.Errorf("%w: unsupported binary version %x", ErrMalformed, b[4:8])
	}
	r.pos = 8
	c := &checker{l: l, info: &Info{}}
	for r.pos < len(r.b) {
		id := r.byte()
		size := r.u32()
		if r.err != nil {
			return nil, r.fail("section header")
		}
		if uint64(size) > uint64(len(r.b)-r.pos) {
			return nil, fmt.Errorf("%w: section %d of %d bytes runs past the end", ErrMalformed, id, size)
		}
		sec := &reader{b: r.b[r.pos : r.pos+int(size)], base: r.base + r.pos}
		r.pos += int(size)
		if err := c.section(id, sec); err != nil {
			return nil, err
		}
	}
	if c.codeSeen != c.funcDecls {
		return nil, fmt.Errorf("%w: %d function declarations but %d bodies", ErrMalformed, c.funcDecls, c.codeSeen)
	}
	return c.info, nil
}

type checker struct {
	l         Limits
	info      *Info
	types     []int // parameter count of each type
	funcTypes []uint32
	funcDecls int
	codeSeen  int
	globals   int
	tables    int
	elems     int
	totalRef  uint64
}

func (c *checker) section(id byte, r *reader) error {
	switch id {
	case 0: // custom: names, debug info; nothing sized from it
		return nil
	case 1:
		return c.typeSection(r)
	case 2:
		return c.importSection(r)
	case 3:
		n, err := r.count("functions", c.l.Functions, "")
		if err != nil {
			return err
		}
		c.funcDecls = n
		c.info.Functions = n
		c.funcTypes = make([]uint32, n)
		for i := range c.funcTypes {
			c.funcTypes[i] = r.u32()
		}
		return r.end("function section")
	case 4:
		n := r.u32()
		if r.err != nil {
			return r.fail("table section")
		}
		if total := uint64(c.tables) + uint64(n); total > uint64(c.l.Tables) {
			return over("tables", "", total, uint64(c.l.Tables))
		}
		for range n {
			r.byte() // reference type
			if err := c.table(r); err != nil {
				return err
			}
		}
		return r.end("table section")
	case 5:
		n := r.u32()
		if r.err != nil {
			return r.fail("memory section")
		}
		for range n {
			mem, err := c.memory(r)
			if err != nil {
				return err
			}
			if c.info.Memory != nil {
				return fmt.Errorf("%w: more than one memory", ErrMalformed)
			}
			c.info.Memory = mem
		}
		return r.end("memory section")
	case 6:
		n := r.u32()
		if r.err != nil {
			return r.fail("global section")
		}
		if total := uint64(c.globals) + uint64(n); total > uint64(c.l.Globals) {
			return over("globals", "", total, uint64(c.l.Globals))
		}
		c.globals += int(n)
		c.info.Globals = c.globals
		for range n {
			r.byte() // value type
			r.byte() // mutability
			if err := r.constExpr(); err != nil {
				return err
			}
		}
		return r.end("global section")
	case 7, 8, 12: // exports, start, data count
		if id == 7 {
			if _, err := r.count("exports", c.l.Exports, ""); err != nil {
				return err
			}
		}
		return nil
	case 9:
		return c.elemSection(r)
	case 10:
		return c.codeSection(r)
	case 11:
		return c.dataSection(r)
	}
	return fmt.Errorf("%w: unknown section id %d", ErrMalformed, id)
}

func (c *checker) typeSection(r *reader) error {
	n, err := r.count("types", c.l.Types, "")
	if err != nil {
		return err
	}
	c.types = make([]int, n)
	for i := range c.types {
		if form := r.byte(); form != 0x60 && r.err == nil {
			return fmt.Errorf("%w: type %d has form %#x, want a function type (0x60)", ErrMalformed, i, form)
		}
		params := r.u32()
		r.skip(int(params))
		results := r.u32()
		r.skip(int(results))
		if r.err != nil {
			return r.fail("type section")
		}
		c.types[i] = int(params)
	}
	return r.end("type section")
}

func (c *checker) importSection(r *reader) error {
	n, err := r.count("imports", c.l.Imports, "")
	if err != nil {
		return err
	}
	for range n {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0x00:
			r.u32()
		case 0x01:
			r.byte()
			if err := c.table(r); err != nil {
				return err
			}
		case 0x02:
			if _, err := c.memory(r); err != nil {
				return err
			}
		case 0x03:
			r.byte()
			r.byte()
			c.globals++
			if c.globals > c.l.Globals {
				return over("globals", "", uint64(c.globals), uint64(c.l.Globals))
			}
		default:
			if r.err == nil {
				return fmt.Errorf("%w: import kind %#x", ErrMalformed, kind)
			}
		}
		if r.err != nil {
			return r.fail("import section")
		}
	}
	return r.end("import section")
}

// table reads a table's limits: it must declare a maximum within limits,
// since wazero grows a table without one on demand, outside the memory cap.
func (c *checker) table(r *reader) error {
	idx := c.tables
	c.tables++
	where := fmt.Sprintf("table %d", idx)
	if c.tables > c.l.Tables {
		return over("tables", "", uint64(c.tables), uint64(c.l.Tables))
	}
	flags := r.byte()
	min := r.u32()
	var max uint32
	switch flags {
	case 0x00:
		// Without reference types (the runtime disables them) a table
		// cannot grow, so its minimum is its size. Go's wasm builds
		// declare no maximum.
		max = min
	case 0x01:
		max = r.u32()
	default:
		if r.err == nil {
			return fmt.Errorf("%w: %s has limits flags %#x", ErrMalformed, where, flags)
		}
	}
	if r.err != nil {
		return r.fail(where)
	}
	if min > c.l.TableEntries {
		return over("table size in entries", where, uint64(min), uint64(c.l.TableEntries))
	}
	if max > c.l.TableEntries {
		return over("table maximum in entries", where, uint64(max), uint64(c.l.TableEntries))
	}
	if min > max {
		return fmt.Errorf("%w: %s minimum %d over its maximum %d", ErrMalformed, where, min, max)
	}
	c.totalRef += uint64(max)
	if c.totalRef > c.l.TotalTableRef {
		return over("entries of all tables' maxima", "", c.totalRef, c.l.TotalTableRef)
	}
	c.info.Tables = append(c.info.Tables, Table{Min: min, Max: max})
	return nil
}

// memory reads a memory's limits; a declared minimum or maximum above the
// skill's cap is refused here rather than silently clamped.
func (c *checker) memory(r *reader) (*Memory, error) {
	flags := r.byte()
	m := &Memory{Min: r.u32()}
	switch flags {
	case 0x00:
	case 0x01:
		m.Max = r.u32()
		m.HasMax = true
	default:
		if r.err == nil {
			return nil, fmt.Errorf("memory has limits flags %#x: shared and 64-bit memories are not supported", flags)
		}
	}
	if r.err != nil {
		return nil, r.fail("memory")
	}
	if m.Min > c.l.MemoryPages {
		return nil, fmt.Errorf("memory declares a minimum of %d pages (%s), over the skill's memory limit of %d pages (%s)",
			m.Min, pagesText(m.Min), c.l.MemoryPages, pagesText(c.l.MemoryPages))
	}
	if m.HasMax && m.Max > c.l.MemoryPages {
		return nil, fmt.Errorf("memory declares a maximum of %d pages (%s), over the skill's memory limit of %d pages (%s): declare no maximum or one within the limit",
			m.Max, pagesText(m.Max), c.l.MemoryPages, pagesText(c.l.MemoryPages))
	}
	return m, nil
}

func pagesText(p uint32) string {
	b := uint64(p) << 16
	if b >= 1<<30 {
		return fmt.Sprintf("%g GiB", float64(b)/(1<<30))
	}
	return fmt.Sprintf("%g MiB", float64(b)/(1<<20))
}

func (c *checker) elemSection(r *reader) error {
	n, err := r.count("element segments", c.l.ElemSegments, "")
	if err != nil {
		return err
	}
	for i := range n {
		flags := r.u32()
		if flags > 7 {
			if r.err == nil {
				return fmt.Errorf("%w: element segment %d has flags %d", ErrMalformed, i, flags)
			}
			return r.fail("element section")
		}
		if flags&2 != 0 && flags&1 == 0 { // explicit table index
			r.u32()
		}
		if flags&1 == 0 { // active: offset expression
			if err := r.constExpr(); err != nil {
				return err
			}
		}
		if flags&3 != 0 { // elemkind or reftype byte
			r.byte()
		}
		cnt := r.u32()
		if r.err != nil {
			return r.fail("element section")
		}
		c.elems += int(cnt)
		if c.elems > c.l.ElemEntries || int(cnt) < 0 {
			return over("element segment entries", "", uint64(c.elems), uint64(c.l.ElemEntries))
		}
		for range cnt {
			if flags&4 != 0 {
				if err := r.constExpr(); err != nil {
					return err
				}
			} else {
				r.u32()
			}
			if r.err != nil {
				return r.fail("element section")
			}
		}
	}
	return r.end("element section")
}

func (c *checker) dataSection(r *reader) error {
	n, err := r.count("data segments", c.l.DataSegments, "")
	if err != nil {
		return err
	}
	total := 0
	for range n {
		flags := r.u32()
		switch flags {
		case 0:
			if err := r.constExpr(); err != nil {
				return err
			}
		case 1:
		case 2:
			r.u32()
			if err := r.constExpr(); err != nil {
				return err
			}
		default:
			if r.err == nil {
				return fmt.Errorf("%w: data segment flags %d", ErrMalformed, flags)
			}
		}
		size := r.u32()
		r.skip(int(size))
		if r.err != nil {
			return r.fail("data section")
		}
		total += int(size)
		if total > c.l.DataBytes {
			return over("bytes of all data segments", "", uint64(total), uint64(c.l.DataBytes))
		}
	}
	return r.end("data section")
}

func (c *checker) codeSection(r *reader) error {
	n := r.u32()
	if r.err != nil {
		return r.fail("code section")
	}
	if int(n) != c.funcDecls || uint64(n) > uint64(c.l.Functions) {
		return fmt.Errorf("%w: code section has %d bodies for %d declared functions", ErrMalformed, n, c.funcDecls)
	}
	for i := range int(n) {
		where := fmt.Sprintf("function %d", i)
		size := r.u32()
		if r.err != nil {
			return r.fail(where)
		}
		if uint64(size) > uint64(c.l.FunctionBytes) {
			return over("function body size in bytes", where, uint64(size), uint64(c.l.FunctionBytes))
		}
		if uint64(size) > uint64(len(r.b)-r.pos) {
			return fmt.Errorf("%w: %s body runs past the end of the code section", ErrMalformed, where)
		}
		body := &reader{b: r.b[r.pos : r.pos+int(size)], base: r.base + r.pos}
		r.pos += int(size)
		c.info.CodeBytes += int(size)
		params := 0
		if t := c.funcTypes[i]; int(t) < len(c.types) {
			params = c.types[t]
		}
		if err := c.body(body, where, params); err != nil {
			return err
		}
		c.codeSeen++
	}
	return r.end("code section")
}

func (c *checker) body(r *reader, where string, params int) error {
	groups := r.u32()
	if r.err != nil {
		return r.fail(where)
	}
	locals := uint64(params)
	for range groups {
		locals += uint64(r.u32())
		r.byte()
		if r.err != nil {
			return r.fail(where + " locals")
		}
		if locals > uint64(c.l.Locals) {
			return over("locals per function (parameters included)", where, locals, uint64(c.l.Locals))
		}
	}
	c.info.MaxLocals = max(c.info.MaxLocals, int(locals))
	s := scan{r: r, l: c.l}
	if err := s.run(where, false); err != nil {
		return err
	}
	if uint64(s.loops)*locals > uint64(c.l.LocalsXLoops) {
		return over("locals × loops in one function", where, uint64(s.loops)*locals, uint64(c.l.LocalsXLoops))
	}
	c.info.MaxLocalsXLoops = max(c.info.MaxLocalsXLoops, s.loops*int(locals))
	c.info.SumLocalsXLoops += s.loops * int(locals)
	c.info.SumNesting += s.maxDepth
	c.info.SumBrTable += s.sumBrTable
	c.info.SumNestingSq += uint64(s.maxDepth) * uint64(s.maxDepth)
	c.info.SumBrTableSq += s.sumBrTableSq
	switch {
	case uint64(c.info.SumLocalsXLoops) > c.l.SumLocalsXLoops:
		return over("locals × loops summed over all functions", "", uint64(c.info.SumLocalsXLoops), c.l.SumLocalsXLoops)
	case c.info.SumNestingSq > c.l.SumNestingSq:
		return over("nesting depth squared summed over all functions", "", c.info.SumNestingSq, c.l.SumNestingSq)
	case c.info.SumBrTableSq > c.l.SumBrTableSq:
		return over("br_table targets squared summed over all br_tables", "", c.info.SumBrTableSq, c.l.SumBrTableSq)
	}
	c.info.MaxNesting = max(c.info.MaxNesting, s.maxDepth)
	c.info.MaxBrTable = max(c.info.MaxBrTable, s.maxBrTable)
	return nil
}
