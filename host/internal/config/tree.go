package config

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// node is one key of the parsed document together with the line it was
// defined on. The decoder works on this tree rather than on Go structs so it
// can report every problem (toml's struct decoding stops at the first), match
// keys exactly (toml matches struct fields case-insensitively, which would
// let "Memory" through), and point each message at the right line.
type node struct {
	key  toml.Key
	line int
	// raw is the value as written in the file. Messages quote raw, never
	// value, so a secret pulled in by ${VAR} cannot end up in an error.
	raw any
	// value is raw with ${VAR} expanded in every string. Unused for tables.
	value any
	// kids is non-nil exactly when the node is a table.
	kids map[string]*node
	// bad means a problem was already reported for this value (expansion
	// failed); readers treat the key as present but skip it silently.
	bad bool
}

// name is the dotted key for messages, quoted where TOML would need it.
func (n *node) name() string { return n.key.String() }

// sortedKids returns the table's children in file order.
func (n *node) sortedKids() []*node {
	out := make([]*node, 0, len(n.kids))
	for _, k := range n.kids {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].line != out[j].line {
			return out[i].line < out[j].line
		}
		return out[i].key.String() < out[j].key.String()
	})
	return out
}

// plain rebuilds the expanded value of the subtree as plain Go values
// (map[string]any for tables), for free-form tables such as
// [skills.NAME.config].
func (n *node) plain() any {
	if n.kids == nil {
		return n.value
	}
	m := make(map[string]any, len(n.kids))
	for k, c := range n.kids {
		m[k] = c.plain()
	}
	return m
}

// errProbe is returned by probe to make toml report a key's position.
var errProbe = errors.New("position probe")

// probe is a toml.Unmarshaler that always fails. toml v1.6 records the
// position of every key but exposes it only through the ParseError it
// builds when an Unmarshaler fails; decoding a Primitive into a probe is
// therefore a cheap, exact way to ask "on which line is this key?".
// TestKeyLines guards this against library upgrades.
type probe struct{}

func (probe) UnmarshalTOML(any) error { return errProbe }

// buildTree parses data into a node tree. A syntax error comes back as a
// toml.ParseError, which carries its own position.
func buildTree(data []byte) (*node, error) {
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(data), &top)
	if err != nil {
		return nil, err
	}
	root := &node{kids: make(map[string]*node, len(top)), raw: map[string]any{}}
	for k, p := range top {
		c, err := buildNode(&md, toml.Key{k}, p)
		if err != nil {
			return nil, err
		}
		root.kids[k] = c
	}
	return root, nil
}

func buildNode(md *toml.MetaData, key toml.Key, p toml.Primitive) (*node, error) {
	n := &node{key: key, line: keyLine(md, p)}
	var v any
	if err := md.PrimitiveDecode(p, &v); err != nil {
		return nil, fmt.Errorf("decode %s: %w", key, err)
	}
	n.raw, n.value = v, v
	if _, ok := v.(map[string]any); !ok {
		return n, nil
	}
	var sub map[string]toml.Primitive
	if err := md.PrimitiveDecode(p, &sub); err != nil {
		return nil, fmt.Errorf("decode %s: %w", key, err)
	}
	n.kids = make(map[string]*node, len(sub))
	for k, cp := range sub {
		c, err := buildNode(md, append(key[:len(key):len(key)], k), cp)
		if err != nil {
			return nil, err
		}
		n.kids[k] = c
	}
	if n.line == 0 {
		// An implicit table ([a.b] without [a], or dotted keys) has no
		// position of its own; its first key is the best place to point.
		for _, c := range n.kids {
			if c.line > 0 && (n.line == 0 || c.line < n.line) {
				n.line = c.line
			}
		}
	}
	return n, nil
}

// keyLine returns the line on which p's key was defined, or 0 if unknown.
func keyLine(md *toml.MetaData, p toml.Primitive) int {
	err := md.PrimitiveDecode(p, probe{})
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Position.Line
	}
	return 0
}

// typeName names a decoded TOML value's type the way the TOML spec does.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int64:
		return "integer"
	case float64:
		return "float"
	case bool:
		return "boolean"
	case time.Time:
		return "datetime"
	case []map[string]any:
		return "array of tables"
	case []any:
		return "array"
	case map[string]any:
		return "table"
	}
	return fmt.Sprintf("%T", v)
}

// expandTree replaces ${VAR} in every string value of the tree, reporting
// each problem at the key's line and marking the node bad.
func (d *decoder) expandTree(n *node) {
	if n.kids != nil {
		for _, c := range n.sortedKids() {
			d.expandTree(c)
		}
		return
	}
	var errs []string
	n.value = expandValue(n.raw, d.env, &errs)
	for _, e := range errs {
		d.problem(n.line, "%s: %s", n.name(), e)
	}
	n.bad = len(errs) > 0
}

// expandValue expands strings anywhere inside v (arrays, inline tables,
// arrays of tables), returning a copy; v itself is not modified.
func expandValue(v any, env func(string) (string, bool), errs *[]string) any {
	switch v := v.(type) {
	case string:
		return expandString(v, env, errs)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = expandValue(e, env, errs)
		}
		return out
	case []map[string]any:
		out := make([]map[string]any, len(v))
		for i, e := range v {
			out[i] = expandValue(e, env, errs).(map[string]any)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = expandValue(e, env, errs)
		}
		return out
	}
	return v
}

// expandString replaces each ${NAME} in s with env(NAME) (or ${NAME:-def}
// with def when NAME is unset or empty); "$${" stands for a
// literal "${". A "$" not followed by "{" is left alone, so prices and
// regexps ("^\\$") need no escaping. Scanning is leftmost-first, so
// "$$${A}" is "$" followed by the escape, i.e. the literal "$${A}". An unset variable is an error rather
// than "": secrets are meant to live in the environment, and silently
// starting with an empty signing secret is worse than refusing to start.
// Messages name the variable, never its value.
func expandString(s string, env func(string) (string, bool), errs *[]string) string {
	if !strings.Contains(s, "${") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "$${"):
			b.WriteString("${")
			i += 3
		case strings.HasPrefix(s[i:], "${"):
			end := strings.IndexByte(s[i+2:], '}')
			if end < 0 {
				*errs = append(*errs, `unterminated "${" (write "$${" for a literal "${")`)
				return s
			}
			name := s[i+2 : i+2+end]
			i += 2 + end + 1
			// ${NAME:-default}: the written default when NAME is unset or
			// empty (the shell's meaning), so a checked-in file can run
			// locally with a value that is visibly a local one.
			name, def, hasDef := strings.Cut(name, ":-")
			if !validEnvName(name) {
				*errs = append(*errs, fmt.Sprintf("invalid environment variable name %q in ${...}", name))
				continue
			}
			val, ok := env(name)
			if hasDef && val == "" {
				val, ok = def, true
			}
			if !ok {
				*errs = append(*errs, fmt.Sprintf("environment variable %s is not set", name))
				continue
			}
			b.WriteString(val)
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// validEnvName reports whether name is a portable environment variable name.
func validEnvName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
