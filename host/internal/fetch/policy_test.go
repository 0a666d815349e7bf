package fetch

import (
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

func TestSpecialAddresses(t *testing.T) {
	cases := []struct {
		ip   string
		want string // substring of the reason; "" for public
	}{
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"2606:4700:4700::1111", ""},
		{"64:ff9b::808:808", ""}, // NAT64 of a public address
		{"2002:808:808::1", ""},  // 6to4 of a public address
		{"127.0.0.1", "loopback"},
		{"127.255.255.254", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.0.0.1", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"172.32.0.1", ""},
		{"192.168.1.1", "private"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"100.127.255.255", "carrier-grade NAT"},
		{"100.128.0.1", ""},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"fc00::1", "unique local"},
		{"fd00:ec2::254", "unique local"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "reserved"},
		{"192.0.2.1", "documentation"},
		{"2001:db8::1", "documentation"},
		{"64:ff9b::7f00:1", "loopback (via NAT64)"},
		{"2002:a00:1::1", "private (RFC 1918) (via 6to4)"},
		{"::127.0.0.1", "IPv4-compatible"},
	}
	for _, c := range cases {
		got := special(netip.MustParseAddr(c.ip))
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("special(%s) = %q, want %q", c.ip, got, c.want)
		}
	}
}

func TestScopes(t *testing.T) {
	cases := []struct {
		host    string
		ip      string
		refused bool
	}{
		{"10.0.0.1", "10.0.0.1", false}, // IP literal: explicit opt-in
		{"127.0.0.1", "127.0.0.1", false},
		{"localhost", "127.0.0.1", false},
		{"localhost", "::1", false},
		{"localhost", "10.0.0.1", true},
		{"localhost", "8.8.8.8", true},
		{"api.example.com", "8.8.8.8", false},
		{"api.example.com", "127.0.0.1", true},
		{"api.example.com", "::ffff:10.0.0.1", true},
		{"localhost.example.com", "127.0.0.1", true},
	}
	for _, c := range cases {
		why := scopeOf(c.host).refusal(netip.MustParseAddr(c.ip))
		if (why != "") != c.refused {
			t.Errorf("%s -> %s: refusal %q, want refused=%v", c.host, c.ip, why, c.refused)
		}
	}
}

// TestControlChecksTheDialledAddress covers the last line of defence: the
// Dialer's Control function refuses an internal address even if something
// before it (a resolver answering differently the second time) let it
// through.
func TestControlChecksTheDialledAddress(t *testing.T) {
	ctl := control("rebind.test", scopeOf("rebind.test"))
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "169.254.169.254:80", "[::ffff:10.0.0.1]:80"} {
		err := ctl("tcp", addr, nil)
		if re, ok := err.(*RefusedError); !ok || re.Host != "rebind.test" {
			t.Errorf("control(%s) = %v, want a RefusedError", addr, err)
		}
	}
	if err := ctl("tcp", "8.8.8.8:443", nil); err != nil {
		t.Errorf("control(8.8.8.8:443) = %v", err)
	}
	if err := control("localhost", scopeOf("localhost"))("tcp", "[::1]:8080", nil); err != nil {
		t.Errorf("localhost control(::1) = %v", err)
	}
}

func TestAllowEntries(t *testing.T) {
	cases := []struct {
		allow string
		url   string
		want  bool
	}{
		{"api.example.com", "https://api.example.com/x", true},
		{"api.example.com", "http://api.example.com/x", true},
		{"api.example.com", "https://API.Example.COM./x", true},
		{"api.example.com", "https://api.example.com:443/x", true},
		{"api.example.com", "https://api.example.com:8443/x", false},
		{"api.example.com", "http://api.example.com:443/x", false},
		{"api.example.com", "https://www.api.example.com/x", false},
		{"api.example.com", "https://example.com/x", false},
		{"api.example.com:8443", "https://api.example.com:8443/x", true},
		{"api.example.com:8443", "http://api.example.com:8443/x", true},
		{"api.example.com:8443", "https://api.example.com/x", false},
		{"API.EXAMPLE.COM", "https://api.example.com/", true},
		{"10.0.0.1", "http://10.0.0.1/", true},
		{"10.0.0.1", "http://10.0.0.1:8080/", false},
		{"10.0.0.1", "http://[::ffff:10.0.0.1]/", true},
		{"[::1]:8443", "https://[::1]:8443/", true},
		{"[::1]", "https://[::1]/", true},
		{"::1", "https://[::1]/", true},
		{"[::1]:8443", "https://[0:0::1]:8443/", true},
		{"*.example.com", "https://a.example.com/", false},
		{"example.com/path", "https://example.com/", false},
		{"user@example.com", "https://example.com/", false},
	}
	for _, c := range cases {
		u, err := url.Parse(c.url)
		if err != nil {
			t.Fatal(err)
		}
		tg, err := parseTarget(u)
		if err != nil {
			t.Fatalf("%s: %v", c.url, err)
		}
		if got := allowed([]string{c.allow}, tg); got != c.want {
			t.Errorf("allow %q, url %s: %v, want %v", c.allow, c.url, got, c.want)
		}
	}
}
