package config

import (
	"fmt"
	"math"
	"net"
	"strconv"
	"strings"
)

// sizeUnits are the suffixes a byte size may carry. Binary units are what
// memory limits naturally come in; decimal ones are accepted because people
// write "16MB" and mean roughly that, and refusing it helps nobody.
func sizeUnit(s string) (uint64, bool) {
	switch s {
	case "", "B":
		return 1, true
	case "KiB":
		return 1 << 10, true
	case "MiB":
		return 1 << 20, true
	case "GiB":
		return 1 << 30, true
	case "KB":
		return 1e3, true
	case "MB":
		return 1e6, true
	case "GB":
		return 1e9, true
	}
	return 0, false
}

// parseSize parses "64MiB", "64 MiB", "1000KB" or "65536" into bytes.
// Only whole numbers are accepted ("1.5GiB" is not): sizes end up as page
// counts and byte quotas, where a fraction would only invite rounding
// surprises.
func parseSize(s string) (uint64, bool) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, false
	}
	n, err := strconv.ParseUint(s[:i], 10, 64)
	if err != nil {
		return 0, false
	}
	mult, ok := sizeUnit(strings.TrimSpace(s[i:]))
	if !ok || n > math.MaxUint64/mult {
		return 0, false
	}
	return n * mult, true
}

// formatSize renders n with the largest binary unit that divides it.
func formatSize(n uint64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}

// validHostPort reports whether s is "host" or "host:port", where host is a
// DNS name or an IP address (IPv6 in brackets when a port follows) and port
// is 1-65535. Schemes, paths and wildcards are refused so an allow-list
// entry means exactly one origin.
func validHostPort(s string) bool {
	host := s
	if h, port, err := net.SplitHostPort(s); err == nil {
		p, err := strconv.Atoi(port)
		if err != nil || p < 1 || p > 65535 || strings.HasPrefix(port, "+") {
			return false
		}
		host = h
	} else if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		host = s[1 : len(s)-1]
		return net.ParseIP(host) != nil && strings.Contains(host, ":")
	}
	if net.ParseIP(host) != nil {
		return true
	}
	return validDNSName(host)
}

// validDNSName checks RFC 1123 host name syntax: dot-separated labels of
// letters, digits and inner hyphens, 1-63 bytes each, 253 in all. An
// all-digit last label is refused so a mistyped IPv4 address ("10.0.0.300")
// is not taken for a name.
func validDNSName(h string) bool {
	if h == "" || len(h) > 253 {
		return false
	}
	last := h[strings.LastIndexByte(h, '.')+1:]
	if strings.Trim(last, "0123456789") == "" {
		return false
	}
	for label := range strings.SplitSeq(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// suggest returns the candidate closest to key if it is plausibly a typo
// (edit distance at most 2, transpositions counting once), else "".
func suggest(key string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(key), c); d < bestD && d < len(key) {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rolling rows: two back (for transpositions), previous, current.
	pp := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(rb)]
}
