package slackin

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// TestVerifier: the verifier accepts a request exactly when its v0
// signature is the HMAC of the timestamp as sent and the body under the
// signing secret, and names the reason when it refuses one.
func TestVerifier(t *testing.T) {
	now := time.Now()
	sec := now.Unix()
	ts := strconv.FormatInt(sec, 10)
	body := envelope("EvV", innerPayloads[0].inner, authorization)
	good := sign(testSecret, sec, body)
	cases := []struct {
		name    string
		sig, ts string
		body    []byte
		want    string // "" for a valid request, else the reject reason
	}{
		{"valid", good, ts, body, ""},
		{"valid, upper-case hex", "v0=" + strings.ToUpper(strings.TrimPrefix(good, "v0=")), ts, body, ""},
		{"valid, empty body", sign(testSecret, sec, nil), ts, nil, ""},
		{"timestamp with leading zeros, signed as sent", signTS(testSecret, "000"+ts, body), "000" + ts, body, ""},
		{"timestamp with a plus sign, signed as sent", signTS(testSecret, "+"+ts, body), "+" + ts, body, ""},
		{"timestamp with leading zeros, signed canonically", good, "000" + ts, body, ReasonBadSignature},
		{"wrong secret", sign("another-secret", sec, body), ts, body, ReasonBadSignature},
		{"body changed", good, ts, append([]byte(nil), append(body, ' ')...), ReasonBadSignature},
		{"other timestamp", good, strconv.FormatInt(sec-1, 10), body, ReasonBadSignature},
		{"v1 prefix", "v1=" + strings.TrimPrefix(good, "v0="), ts, body, ReasonBadSignature},
		{"no prefix", strings.TrimPrefix(good, "v0="), ts, body, ReasonBadSignature},
		{"short", good[:len(good)-2], ts, body, ReasonBadSignature},
		{"long", good + "00", ts, body, ReasonBadSignature},
		{"not hex", "v0=" + strings.Repeat("zz", 32), ts, body, ReasonBadSignature},
		{"empty signature", "", ts, body, ReasonMissingSignature},
		{"empty timestamp", good, "", body, ReasonMissingSignature},
	}
	v := newVerifier(testSecret)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := http.Header{}
			if c.sig != "" {
				h.Set("X-Slack-Signature", c.sig)
			}
			if c.ts != "" {
				h.Set("X-Slack-Request-Timestamp", c.ts)
			}
			if got := v.verify(h, c.body, now); got != c.want {
				t.Fatalf("verify = %q, want %q", got, c.want)
			}
		})
	}
}

// signTS is sign with the timestamp spelled as given (sign formats it).
func signTS(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":"))
	m.Write(body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

// TestMetricsCachedSeries: the cached counters create a series on first
// use only, as WithLabelValues did, count into the registered vec, and
// still take label values not known in advance.
func TestMetricsCachedSeries(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	series := func() map[string]float64 {
		out := map[string]float64{}
		mfs, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		for _, mf := range mfs {
			for _, mt := range mf.GetMetric() {
				var labels []string
				for _, lp := range mt.GetLabel() {
					labels = append(labels, lp.GetName()+"="+lp.GetValue())
				}
				out[mf.GetName()+"{"+strings.Join(labels, ",")+"}"] = mt.GetCounter().GetValue()
			}
		}
		return out
	}
	if s := series(); len(s) != 1 { // the label-less connections counter
		t.Fatalf("series before any request: %v", s)
	}
	m.outcome(epEvents, OutcomeAccepted)
	m.outcome(epEvents, OutcomeAccepted)
	m.reject(epCommands, ReasonBadSignature)
	m.filter(FilterSelf)
	m.outcome("some_new_endpoint", "some_new_outcome")
	want := map[string]float64{
		"bothost_slack_socket_connections_total{}":                                          0,
		"bothost_slack_requests_total{endpoint=events,outcome=accepted}":                    2,
		"bothost_slack_acked_total{endpoint=events}":                                        2,
		"bothost_slack_requests_total{endpoint=commands,outcome=rejected}":                  1,
		"bothost_slack_rejected_total{endpoint=commands,reason=bad_signature}":              1,
		"bothost_slack_filtered_total{reason=self}":                                         1,
		"bothost_slack_requests_total{endpoint=some_new_endpoint,outcome=some_new_outcome}": 1,
	}
	got := series()
	if len(got) != len(want) {
		t.Fatalf("series\n got %v\nwant %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("%s = %v, want %v (all: %v)", k, got[k], v, got)
		}
	}
	if m.Requests(epEvents, OutcomeAccepted) != 2 || m.Filtered(FilterSelf) != 1 || m.Acked(epEvents) != 2 || m.Rejected(epCommands, ReasonBadSignature) != 1 {
		t.Fatal("accessors disagree with the registry")
	}
}
