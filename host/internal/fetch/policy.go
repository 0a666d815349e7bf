package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
)

// target is where one request (or one redirect hop) goes.
type target struct {
	scheme string     // "http" or "https"
	host   string     // lower-cased, no brackets, no trailing dot
	ip     netip.Addr // valid when host is an IP literal
	port   int        // explicit or the scheme's default
}

func (t target) String() string {
	return t.scheme + "://" + net.JoinHostPort(t.host, strconv.Itoa(t.port))
}

// parseTarget checks that u is an absolute http(s) URL and returns its
// origin. The error never contains the URL's path, query or userinfo,
// which may carry credentials.
func parseTarget(u *url.URL) (target, error) {
	var t target
	switch s := strings.ToLower(u.Scheme); s {
	case "http", "https":
		t.scheme = s
	default:
		return t, fmt.Errorf("scheme %q not allowed (want http or https)", u.Scheme)
	}
	t.host = strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if t.host == "" {
		return t, fmt.Errorf("url has no host")
	}
	if ip, err := netip.ParseAddr(t.host); err == nil {
		if ip.Zone() != "" {
			return t, fmt.Errorf("host %q: IPv6 zones are not allowed", t.host)
		}
		t.ip = ip.Unmap()
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return t, fmt.Errorf("host %q: invalid port %q", t.host, p)
		}
		t.port = n
	} else if t.scheme == "https" {
		t.port = 443
	} else {
		t.port = 80
	}
	return t, nil
}

// entry is one parsed http_allow entry.
type entry struct {
	host string     // lower-cased, no brackets
	ip   netip.Addr // valid for an IP literal entry
	port int        // 0: the scheme's default port
}

// parseEntry reads "host", "host:port", "[v6]", "[v6]:port" or a bare
// IPv6 address (the forms config accepts). Wildcards never match:
// config refuses them, so an entry means exactly one origin.
func parseEntry(s string) (entry, bool) {
	var e entry
	s = strings.ToLower(strings.TrimSpace(s))
	host := s
	switch {
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		host = s[1 : len(s)-1]
	default:
		if h, p, err := net.SplitHostPort(s); err == nil {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 || n > 65535 {
				return e, false
			}
			host, e.port = h, n
		}
	}
	host = strings.TrimSuffix(host, ".")
	if host == "" || strings.ContainsAny(host, "*/@ ") {
		return e, false
	}
	e.host = host
	if ip, err := netip.ParseAddr(host); err == nil {
		if ip.Zone() != "" {
			return e, false
		}
		e.ip = ip.Unmap()
	}
	return e, true
}

// matches reports whether the entry grants t. Host names compare
// case-insensitively and exactly (no suffix match); an IP entry matches
// only a URL naming that IP literally (never a name resolving to it); a
// port-less entry grants only the scheme's default port (80/443).
func (e entry) matches(t target) bool {
	if e.ip.IsValid() != t.ip.IsValid() {
		return false
	}
	if e.ip.IsValid() {
		if e.ip != t.ip {
			return false
		}
	} else if e.host != t.host {
		return false
	}
	if e.port == 0 {
		return t.port == defaultPort(t.scheme)
	}
	return e.port == t.port
}

func defaultPort(scheme string) int {
	if scheme == "https" {
		return 443
	}
	return 80
}

// allowed reports whether any entry of allow grants t.
func allowed(allow []string, t target) bool {
	for _, s := range allow {
		if e, ok := parseEntry(s); ok && e.matches(t) {
			return true
		}
	}
	return false
}

// scope says which addresses a dial may reach. It depends only on how the
// host was written in the (already allow-listed) URL:
//
//   - an IP literal: that address, whatever its range — the operator
//     listed it in http_allow as an IP, which is the explicit opt-in for
//     loopback, private, link-local and other special addresses;
//   - "localhost": loopback addresses only (127.0.0.1 and ::1, without
//     asking DNS), so `http_allow = ["localhost:8080"]` reaches a local
//     service and nothing else;
//   - any other name: public unicast addresses only, checked on the
//     address actually dialled, so a name (or a rebinding DNS answer)
//     pointing at an internal address is refused.
type scope int

const (
	scopePublic scope = iota
	scopeLoopback
	scopeLiteral
)

func scopeOf(host string) scope {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if _, err := netip.ParseAddr(host); err == nil {
		return scopeLiteral
	}
	if host == "localhost" {
		return scopeLoopback
	}
	return scopePublic
}

// refusal returns "" if s permits dialling ip, else why not (the kind of
// address, for the error message).
func (s scope) refusal(ip netip.Addr) string {
	ip = ip.Unmap()
	switch s {
	case scopeLiteral:
		return ""
	case scopeLoopback:
		if ip.IsLoopback() {
			return ""
		}
		if why := special(ip); why != "" {
			return why + ` address ("localhost" grants loopback only)`
		}
		return `public address ("localhost" grants loopback only)`
	}
	return special(ip)
}

// prefixRule names a range of addresses a host name must not reach.
type prefixRule struct {
	p   netip.Prefix
	why string
}

var specialRanges = func() []prefixRule {
	rules := []struct{ cidr, why string }{
		{"0.0.0.0/8", "unspecified (this-network)"},
		{"10.0.0.0/8", "private (RFC 1918)"},
		{"100.64.0.0/10", "carrier-grade NAT (RFC 6598)"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.0.0/16", "link-local (incl. cloud metadata 169.254.169.254)"},
		{"172.16.0.0/12", "private (RFC 1918)"},
		{"192.0.0.0/24", "reserved (IETF protocol assignments)"},
		{"192.0.2.0/24", "reserved (documentation)"},
		{"192.88.99.0/24", "reserved (6to4 relay anycast)"},
		{"192.168.0.0/16", "private (RFC 1918)"},
		{"198.18.0.0/15", "reserved (benchmarking)"},
		{"198.51.100.0/24", "reserved (documentation)"},
		{"203.0.113.0/24", "reserved (documentation)"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved (incl. broadcast)"},
		{"::/128", "unspecified"},
		{"::1/128", "loopback"},
		{"::/96", "reserved (IPv4-compatible)"},
		{"64:ff9b:1::/48", "reserved (local-use NAT64)"},
		{"100::/64", "reserved (discard-only)"},
		{"2001::/32", "reserved (Teredo)"},
		{"2001:db8::/32", "reserved (documentation)"},
		{"fc00::/7", "private (unique local)"},
		{"fe80::/10", "link-local"},
		{"fec0::/10", "private (site-local)"},
		{"ff00::/8", "multicast"},
	}
	out := make([]prefixRule, len(rules))
	for i, r := range rules {
		out[i] = prefixRule{netip.MustParsePrefix(r.cidr), r.why}
	}
	return out
}()

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// special returns what kind of non-public address ip is, or "" for a
// public unicast address. IPv6 forms that embed an IPv4 address (mapped,
// NAT64, 6to4) are judged by the embedded address, so ::ffff:127.0.0.1 or
// 64:ff9b::a00:1 cannot reach what 127.0.0.1 or 10.0.0.1 cannot.
func special(ip netip.Addr) string {
	ip = ip.Unmap()
	if !ip.IsValid() {
		return "invalid"
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			if why := special(netip.AddrFrom4([4]byte(b[12:16]))); why != "" {
				return why + " (via NAT64)"
			}
			return ""
		case sixToFour.Contains(ip):
			if why := special(netip.AddrFrom4([4]byte(b[2:6]))); why != "" {
				return why + " (via 6to4)"
			}
			return ""
		}
	}
	for _, r := range specialRanges {
		if r.p.Contains(ip) {
			return r.why
		}
	}
	return ""
}
