package skill

import (
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// errConfig is returned by ConfigString for config that is not a JSON
// object, or whose value for the key is not a string.
var errConfig = errors.New("bothost: config: not a JSON object with a string value")

// ConfigString returns the string value of key in config, the skill's
// config JSON object (see OnInit and Config). ok is false when the key is
// absent or null; err is non-nil when config is not a JSON object or the
// value is not a string.
//
// It exists because encoding/json adds about 200 KB to a TinyGo module and
// slows its start-up, while most skills only need a few string settings.
// Use encoding/json for anything richer; both work.
func ConfigString(config []byte, key string) (value string, ok bool, err error) {
	p := jsonParser{b: config}
	p.ws()
	if !p.eat('{') {
		return "", false, errConfig
	}
	p.ws()
	if p.eat('}') {
		return "", false, p.end()
	}
	for {
		p.ws()
		k, isStr := p.str()
		if !isStr {
			return "", false, errConfig
		}
		p.ws()
		if !p.eat(':') {
			return "", false, errConfig
		}
		p.ws()
		if k == key {
			// Last duplicate wins, as with encoding/json.
			switch {
			case p.peek() == '"':
				if value, ok = p.str(); !ok {
					return "", false, errConfig
				}
			case p.lit("null"):
				value, ok = "", false
			default:
				return "", false, errConfig
			}
		} else if !p.skip(0) {
			return "", false, errConfig
		}
		p.ws()
		if p.eat('}') {
			if p.end() != nil {
				return "", false, errConfig
			}
			return value, ok, nil
		}
		if !p.eat(',') {
			return "", false, errConfig
		}
	}
}

// jsonParser is just enough of a JSON reader for ConfigString: it decodes
// strings and validates and skips every other value.
type jsonParser struct {
	b []byte
	i int
}

func (p *jsonParser) peek() byte {
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *jsonParser) eat(c byte) bool {
	if p.peek() == c && p.i < len(p.b) {
		p.i++
		return true
	}
	return false
}

func (p *jsonParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) end() error {
	p.ws()
	if p.i != len(p.b) {
		return errConfig
	}
	return nil
}

func (p *jsonParser) lit(s string) bool {
	if len(p.b)-p.i >= len(s) && string(p.b[p.i:p.i+len(s)]) == s {
		p.i += len(s)
		return true
	}
	return false
}

// str decodes a JSON string at p.i.
func (p *jsonParser) str() (string, bool) {
	if !p.eat('"') {
		return "", false
	}
	start := p.i
	// Fast path: no escapes.
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			s := p.b[start:p.i]
			p.i++
			if !utf8.Valid(s) {
				return string([]rune(string(s))), true // invalid bytes become U+FFFD, as in encoding/json
			}
			return string(s), true
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.i++
	}
	out := append([]byte(nil), p.b[start:p.i]...)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			if !utf8.Valid(out) {
				return string([]rune(string(out))), true
			}
			return string(out), true
		case c < 0x20:
			return "", false
		case c != '\\':
			out = append(out, c)
			p.i++
			continue
		}
		p.i++
		if p.i >= len(p.b) {
			return "", false
		}
		e := p.b[p.i]
		p.i++
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.i+1 < len(p.b) && p.b[p.i] == '\\' && p.b[p.i+1] == 'u' {
					save := p.i
					p.i += 2
					if r2, ok = p.hex4(); !ok {
						return "", false
					}
					if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
						r = d
					} else {
						p.i = save // not a pair: decode the second escape on its own
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (p *jsonParser) hex4() (rune, bool) {
	if len(p.b)-p.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range p.b[p.i : p.i+4] {
		r <<= 4
		switch {
		case '0' <= c && c <= '9':
			r |= rune(c - '0')
		case 'a' <= c && c <= 'f':
			r |= rune(c - 'a' + 10)
		case 'A' <= c && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	p.i += 4
	return r, true
}

// skip validates and skips one value; depth bounds nesting.
func (p *jsonParser) skip(depth int) bool {
	if depth > 100 {
		return false
	}
	switch c := p.peek(); {
	case c == '"':
		_, ok := p.str()
		return ok
	case c == '{' || c == '[':
		p.i++
		closer := byte('}')
		if c == '[' {
			closer = ']'
		}
		p.ws()
		if p.eat(closer) {
			return true
		}
		for {
			p.ws()
			if c == '{' {
				if _, ok := p.str(); !ok {
					return false
				}
				p.ws()
				if !p.eat(':') {
					return false
				}
				p.ws()
			}
			if !p.skip(depth + 1) {
				return false
			}
			p.ws()
			if p.eat(closer) {
				return true
			}
			if !p.eat(',') {
				return false
			}
		}
	case c == 't':
		return p.lit("true")
	case c == 'f':
		return p.lit("false")
	case c == 'n':
		return p.lit("null")
	case c == '-' || ('0' <= c && c <= '9'):
		start := p.i
		for p.i < len(p.b) {
			switch d := p.b[p.i]; {
			case '0' <= d && d <= '9', d == '-', d == '+', d == '.', d == 'e', d == 'E':
				p.i++
				continue
			}
			break
		}
		return p.i > start
	}
	return false
}
