package slackin

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/slack-go/slack"
)

// TestVerifierMatchesSlackGo: the verifier accepts exactly the
// requests slack-go's SecretsVerifier accepts (timestamps inside the
// window, where both apply the same rule), including from concurrent
// callers sharing the pool.
func TestVerifierMatchesSlackGo(t *testing.T) {
	now := time.Now()
	sec := now.Unix()
	ts := strconv.FormatInt(sec, 10)
	body := envelope("EvV", innerPayloads[0].inner, authorization)
	good := sign(testSecret, sec, body)
	cases := []struct {
		name      string
		sig, ts   string
		body      []byte
		wantValid bool
	}{
		{"valid", good, ts, body, true},
		{"valid, upper-case hex", "v0=" + strings.ToUpper(strings.TrimPrefix(good, "v0=")), ts, body, true},
		{"valid, empty body", sign(testSecret, sec, nil), ts, nil, true},
		{"timestamp with leading zeros, signed as sent", signTS(testSecret, "000"+ts, body), "000" + ts, body, true},
		{"timestamp with a plus sign, signed as sent", signTS(testSecret, "+"+ts, body), "+" + ts, body, true},
		{"timestamp with leading zeros, signed canonically", good, "000" + ts, body, false},
		{"wrong secret", sign("another-secret", sec, body), ts, body, false},
		{"body changed", good, ts, append([]byte(nil), append(body, ' ')...), false},
		{"other timestamp", good, strconv.FormatInt(sec-1, 10), body, false},
		{"v1 prefix", "v1=" + strings.TrimPrefix(good, "v0="), ts, body, false},
		{"no prefix", strings.TrimPrefix(good, "v0="), ts, body, false},
		{"short", good[:len(good)-2], ts, body, false},
		{"long", good + "00", ts, body, false},
		{"not hex", "v0=" + strings.Repeat("zz", 32), ts, body, false},
		{"empty signature", "", ts, body, false},
		{"empty timestamp", good, "", body, false},
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
			ours := v.verify(h, c.body, now)
			theirs := false
			if sv, err := slack.NewSecretsVerifier(h, testSecret); err == nil {
				sv.Write(c.body)
				theirs = sv.Ensure() == nil
			}
			if (ours == "") != theirs || theirs != c.wantValid {
				t.Fatalf("ours %q (valid=%v), slack-go valid=%v, want valid=%v", ours, ours == "", theirs, c.wantValid)
			}
		})
	}
	// Concurrent callers do not interfere (run with -race).
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				b := []byte(strconv.Itoa(g*1000 + i))
				h := http.Header{}
				h.Set("X-Slack-Request-Timestamp", ts)
				h.Set("X-Slack-Signature", sign(testSecret, sec, b))
				if r := v.verify(h, b, now); r != "" {
					errs <- r
					return
				}
				h.Set("X-Slack-Signature", sign(testSecret, sec, append(b, 'x')))
				if r := v.verify(h, b, now); r != ReasonBadSignature {
					errs <- "accepted a wrong signature: " + r
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
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
