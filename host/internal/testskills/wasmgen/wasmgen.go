// Package wasmgen encodes WebAssembly modules of given shapes for tests:
// shapes at and over the structural limits, too big to write by hand.
package wasmgen

import (
	"bytes"
)

// ULEB encodes v as unsigned LEB128.
func ULEB(v uint64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

// Section encodes a section with its id and size.
func Section(id byte, payload ...[]byte) []byte {
	body := bytes.Join(payload, nil)
	return append(append([]byte{id}, ULEB(uint64(len(body)))...), body...)
}

// Vec encodes a vector: its length, then its items.
func Vec(items ...[]byte) []byte {
	return append(ULEB(uint64(len(items))), bytes.Join(items, nil)...)
}

// OneFunc is a module with memory 1 and one function of type () -> ()
// (or (i32) -> () when param), exported as "f", whose body is code
// (without the final end) and declares locals i32 locals.
func OneFunc(locals int, code []byte) []byte {
	var m bytes.Buffer
	m.WriteString("\x00asm\x01\x00\x00\x00")
	m.Write(Section(1, Vec([]byte{0x60, 0x01, 0x7f, 0x00})))
	m.Write(Section(3, Vec([]byte{0x00})))
	m.Write(Section(5, Vec([]byte{0x00, 0x01})))
	m.Write(Section(7, Vec(append(append(ULEB(1), 'f'), 0x00, 0x00))))
	var body []byte
	if locals > 0 {
		body = append(Vec(append(ULEB(uint64(locals)), 0x7f)), code...)
	} else {
		body = append(Vec(), code...)
	}
	body = append(body, 0x0b)
	m.Write(Section(10, Vec(append(ULEB(uint64(len(body))), body...))))
	return m.Bytes()
}

// LoopsReadingLocals: loops loops, nested when nested, the innermost body
// reading every local (the phi bomb of issue 8).
func LoopsReadingLocals(locals, loops int, nested bool) []byte {
	var code []byte
	readAll := func() {
		for i := 0; i < locals; i++ {
			code = append(code, 0x20)
			code = append(code, ULEB(uint64(i+1))...)
			code = append(code, 0x21, 0x00) // local.set 0
		}
	}
	for i := 0; i < loops; i++ {
		code = append(code, 0x03, 0x40)
		if !nested {
			readAll()
			code = append(code, 0x20, 0x00, 0x0d, 0x00, 0x0b) // br_if 0 on param; end
		}
	}
	if nested {
		readAll()
		code = append(code, 0x20, 0x00, 0x0d, 0x00)
		for i := 0; i < loops; i++ {
			code = append(code, 0x0b)
		}
	}
	return OneFunc(locals, code)
}

// BlocksWithBrTable: depth nested blocks, the innermost a br_table of
// targets entries jumping to each depth in turn.
func BlocksWithBrTable(depth, targets int) []byte {
	var code []byte
	for i := 0; i < depth; i++ {
		code = append(code, 0x02, 0x40)
	}
	code = append(code, 0x20, 0x00, 0x0e)
	code = append(code, ULEB(uint64(targets))...)
	for i := 0; i < targets; i++ {
		code = append(code, ULEB(uint64(i%depth))...)
	}
	code = append(code, 0x00)
	for i := 0; i < depth; i++ {
		code = append(code, 0x0b)
	}
	return OneFunc(0, code)
}

// GlobalsModule declares n i32 globals.
func GlobalsModule(n int) []byte {
	var m bytes.Buffer
	m.WriteString("\x00asm\x01\x00\x00\x00")
	g := make([][]byte, n)
	for i := range g {
		g[i] = []byte{0x7f, 0x00, 0x41, 0x00, 0x0b}
	}
	m.Write(Section(6, Vec(g...)))
	return m.Bytes()
}

// ManyFuncs turns a OneFunc module into one with n copies of its function
// (same type): it re-encodes the function and code sections.
func ManyFuncs(n int, one []byte) []byte {
	// OneFunc's layout: header, type, function, memory, export, code.
	var out bytes.Buffer
	out.Write(one[:8])
	pos := 8
	for pos < len(one) {
		id := one[pos]
		size, w := readULEB(one[pos+1:])
		payload := one[pos+1+w : pos+1+w+int(size)]
		switch id {
		case 3:
			fs := make([][]byte, n)
			for i := range fs {
				fs[i] = []byte{0x00}
			}
			out.Write(Section(3, Vec(fs...)))
		case 10:
			_, cw := readULEB(payload)
			body := payload[cw:]
			bs := make([][]byte, n)
			for i := range bs {
				bs[i] = body
			}
			out.Write(Section(10, Vec(bs...)))
		default:
			out.Write(one[pos : pos+1+w+int(size)])
		}
		pos += 1 + w + int(size)
	}
	return out.Bytes()
}

func readULEB(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		v |= uint64(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v, i + 1
		}
	}
	return v, len(b)
}
