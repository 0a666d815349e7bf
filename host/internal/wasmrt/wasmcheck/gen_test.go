package wasmcheck_test

import (
	"bytes"
)

// wasm encoding helpers for generated test modules: shapes at and over the
// limits, too big to write by hand.

func uleb(v uint64) []byte {
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

func section(id byte, payload ...[]byte) []byte {
	body := bytes.Join(payload, nil)
	return append(append([]byte{id}, uleb(uint64(len(body)))...), body...)
}

func vec(items ...[]byte) []byte {
	return append(uleb(uint64(len(items))), bytes.Join(items, nil)...)
}

// oneFunc is a module with memory 1 and one function of type () -> ()
// (or (i32) -> () when param), exported as "f", whose body is code
// (without the final end) and declares locals i32 locals.
func oneFunc(locals int, code []byte) []byte {
	var m bytes.Buffer
	m.WriteString("\x00asm\x01\x00\x00\x00")
	m.Write(section(1, vec([]byte{0x60, 0x01, 0x7f, 0x00})))
	m.Write(section(3, vec([]byte{0x00})))
	m.Write(section(5, vec([]byte{0x00, 0x01})))
	m.Write(section(7, vec(append(append(uleb(1), 'f'), 0x00, 0x00))))
	var body []byte
	if locals > 0 {
		body = append(vec(append(uleb(uint64(locals)), 0x7f)), code...)
	} else {
		body = append(vec(), code...)
	}
	body = append(body, 0x0b)
	m.Write(section(10, vec(append(uleb(uint64(len(body))), body...))))
	return m.Bytes()
}

// loopsReadingLocals: loops loops, nested when nested, the innermost body
// reading every local (the phi bomb of issue 8).
func loopsReadingLocals(locals, loops int, nested bool) []byte {
	var code []byte
	readAll := func() {
		for i := 0; i < locals; i++ {
			code = append(code, 0x20)
			code = append(code, uleb(uint64(i+1))...)
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
	return oneFunc(locals, code)
}

// blocksWithBrTable: depth nested blocks, the innermost a br_table of
// targets entries jumping to each depth in turn.
func blocksWithBrTable(depth, targets int) []byte {
	var code []byte
	for i := 0; i < depth; i++ {
		code = append(code, 0x02, 0x40)
	}
	code = append(code, 0x20, 0x00, 0x0e)
	code = append(code, uleb(uint64(targets))...)
	for i := 0; i < targets; i++ {
		code = append(code, uleb(uint64(i%depth))...)
	}
	code = append(code, 0x00)
	for i := 0; i < depth; i++ {
		code = append(code, 0x0b)
	}
	return oneFunc(0, code)
}

// globalsModule declares n i32 globals.
func globalsModule(n int) []byte {
	var m bytes.Buffer
	m.WriteString("\x00asm\x01\x00\x00\x00")
	g := make([][]byte, n)
	for i := range g {
		g[i] = []byte{0x7f, 0x00, 0x41, 0x00, 0x0b}
	}
	m.Write(section(6, vec(g...)))
	return m.Bytes()
}
