package config

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a config file.
type Problem struct {
	// Line is the 1-based line of the offending key (for a table, its
	// header). 0 means the problem has no line in the file, e.g. a value
	// that came from the environment.
	Line int
	// Msg names the key and what is wrong with it, e.g.
	// `skills.echo.memory: must be between 64KiB and 4GiB, got "1KiB"`.
	// It never contains a value that came from the environment: messages
	// quote values as written in the file, before ${VAR} expansion.
	Msg string
}

// Format renders p as "path:line: msg" (or "path: msg" without a line),
// the shape editors and CI annotators recognise.
func (p Problem) Format(path string) string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", path, p.Msg)
}

// Error is returned by Load and Parse when the file is not a valid config.
// It carries every problem found, not just the first, so one run of
// `bothost check` shows everything that needs fixing.
type Error struct {
	// Path is the file as named by the caller (not made absolute), so
	// messages match what the user typed.
	Path     string
	Problems []Problem // in line order; problems without a line last
}

// Error returns one "path:line: msg" per problem, newline-separated.
func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Format(e.Path))
	}
	return b.String()
}

// sortProblems orders problems by line, keeping discovery order within a
// line; line-less problems go last.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		li, lj := ps[i].Line, ps[j].Line
		if li == 0 || lj == 0 {
			return lj == 0 && li != 0
		}
		return li < lj
	})
}
