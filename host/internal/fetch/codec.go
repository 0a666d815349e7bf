package fetch

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bothost/bothost/host/internal/abi"
)

// The http_fetch records (docs/ABI.md §3.4). They live here because abi
// has no codec for them yet; the lead may move Request, Response and their
// codecs into package abi next to Event and Message unchanged.

// Request is the argument of http_fetch.
//
//	method      default "GET"; upper-cased
//	url         absolute http:// or https:// URL (required)
//	headers     nested record: name -> value (first of a repeated name wins)
//	body        request body
//	timeout_ms  decimal; <= 0 or absent: the host's per-request timeout,
//	            larger values are capped by it
type Request struct {
	Method  string
	URL     string
	Headers map[string]string
	Body    []byte
	Timeout time.Duration
}

// Response is the result of http_fetch.
//
//	status   decimal HTTP status
//	headers  nested record: lower-cased name -> value (repeated response
//	         headers joined with ", ", Set-Cookie with "\n")
//	body     the response body, gzip-decoded unless the skill set
//	         Accept-Encoding itself
type Response struct {
	Status  int
	Headers map[string]string
	Body    []byte
}

// DecodeRequest parses a request record. It fails on a malformed record,
// a missing url, a bad timeout_ms and on header names or values that
// cannot be sent (not a token; CR, LF or NUL in a value).
func DecodeRequest(rec []byte) (Request, error) {
	var r Request
	seen := map[string]bool{}
	rd := abi.NewReader(rec)
	for {
		k, v, ok := rd.Next()
		if !ok {
			break
		}
		key := string(k)
		if seen[key] {
			continue // first value wins (docs/ABI.md §2.2)
		}
		seen[key] = true
		switch key {
		case "method":
			r.Method = strings.ToUpper(string(v))
		case "url":
			r.URL = string(v)
		case "headers":
			h, err := decodeHeaders(v)
			if err != nil {
				return r, err
			}
			r.Headers = h
		case "body":
			r.Body = append([]byte(nil), v...)
		case "timeout_ms":
			if len(v) == 0 {
				continue
			}
			ms, err := strconv.ParseInt(string(v), 10, 64)
			if err != nil {
				return r, fmt.Errorf("timeout_ms %q is not a decimal integer", v)
			}
			if ms > 0 {
				r.Timeout = time.Duration(min(ms, int64(time.Duration(1<<62)/time.Millisecond))) * time.Millisecond
			}
		}
	}
	if err := rd.Err(); err != nil {
		return r, fmt.Errorf("request record: %w", err)
	}
	if r.Method == "" {
		r.Method = "GET"
	}
	if !validToken(r.Method) {
		return r, fmt.Errorf("invalid method %q", r.Method)
	}
	if r.URL == "" {
		return r, fmt.Errorf("missing url")
	}
	for k, v := range r.Headers {
		if !validToken(k) {
			return r, fmt.Errorf("invalid header name %q", k)
		}
		if !validHeaderValue(v) {
			return r, fmt.Errorf("invalid value for header %q (control character)", k)
		}
	}
	return r, nil
}

// AppendRecord encodes r as a request record onto b (for tests and tools).
func (r Request) AppendRecord(b []byte) []byte {
	b = abi.AppendString(b, "method", r.Method)
	b = abi.AppendString(b, "url", r.URL)
	if len(r.Headers) > 0 {
		b = abi.AppendHeaders(b, "headers", r.Headers)
	}
	if len(r.Body) > 0 {
		b = abi.AppendEntry(b, "body", r.Body)
	}
	if r.Timeout > 0 {
		b = abi.AppendString(b, "timeout_ms", strconv.FormatInt(r.Timeout.Milliseconds(), 10))
	}
	return b
}

// AppendRecord encodes r as a response record onto b.
func (r Response) AppendRecord(b []byte) []byte {
	b = abi.AppendString(b, "status", strconv.Itoa(r.Status))
	if len(r.Headers) > 0 {
		b = abi.AppendHeaders(b, "headers", r.Headers)
	}
	if len(r.Body) > 0 {
		b = abi.AppendEntry(b, "body", r.Body)
	}
	return b
}

// DecodeResponse parses a response record (for tests and tools).
func DecodeResponse(rec []byte) (Response, error) {
	var r Response
	rd := abi.NewReader(rec)
	for {
		k, v, ok := rd.Next()
		if !ok {
			break
		}
		switch string(k) {
		case "status":
			n, err := strconv.Atoi(string(v))
			if err != nil {
				return r, fmt.Errorf("status %q: %w", v, err)
			}
			r.Status = n
		case "headers":
			h, err := decodeHeaders(v)
			if err != nil {
				return r, err
			}
			r.Headers = h
		case "body":
			r.Body = append([]byte(nil), v...)
		}
	}
	if err := rd.Err(); err != nil {
		return r, fmt.Errorf("response record: %w", err)
	}
	return r, nil
}

func decodeHeaders(v []byte) (map[string]string, error) {
	h := map[string]string{}
	rd := abi.NewReader(v)
	for {
		k, val, ok := rd.Next()
		if !ok {
			break
		}
		if _, dup := h[string(k)]; !dup {
			h[string(k)] = string(val)
		}
	}
	if err := rd.Err(); err != nil {
		return nil, fmt.Errorf("headers: %w", err)
	}
	return h, nil
}

// validToken reports whether s is an RFC 9110 token (method, header name).
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			continue
		}
		if !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}

// validHeaderValue refuses control characters other than tab, which
// would split or corrupt the request (header injection).
func validHeaderValue(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}
