package webhook_test

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/clock"
	"github.com/bothost/bothost/host/internal/config"
	"github.com/bothost/bothost/host/internal/webhook"
	"github.com/bothost/bothost/host/internal/webhook/snstest"
)

const (
	topicA     = "arn:aws:sns:eu-west-1:123456789012:alarms"
	topicOther = "arn:aws:sns:eu-west-1:123456789012:someone-else"
	basicPass  = "sns-basic-password-0123"
)

// snsFixture is a handler with an auth = "sns" hook ("sns", no secret)
// and one with a Basic auth password ("snsbasic"), trusting the local
// SNS stand-in.
type snsFixture struct {
	*fixture
	sns *snsstub
}

type snsstub = snstest.Server

func newSNSFixture(t *testing.T) *snsFixture {
	t.Helper()
	stub := snstest.Start(t)
	cfg := &config.Config{Skills: []config.Skill{{Name: "alerts", Hooks: []config.Hook{
		{Name: "sns", Auth: "sns", Topics: []string{topicA}},
		{Name: "snsbasic", Auth: "sns", Secret: basicPass, Topics: []string{topicA}},
	}}}}
	fx := &fixture{sink: newSink(), m: webhook.NewMetrics(nil), clk: clock.NewFake(time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))}
	h, err := webhook.New(fx.sink, cfg, webhook.Options{Logger: quiet, Clock: fx.clk, Metrics: fx.m, SNS: stub.Options()})
	if err != nil {
		t.Fatal(err)
	}
	fx.h = h
	mux := http.NewServeMux()
	h.Routes(mux)
	fx.srv = httptest.NewServer(mux)
	t.Cleanup(fx.srv.Close)
	return &snsFixture{fixture: fx, sns: stub}
}

func (fx *snsFixture) post(t *testing.T, hook string, m *snstest.Message, hdr map[string]string) *http.Response {
	t.Helper()
	h := map[string]string{"Content-Type": "text/plain; charset=UTF-8", "X-Amz-Sns-Message-Type": m.Type,
		"X-Amz-Sns-Message-Id": m.MessageId, "X-Amz-Sns-Topic-Arn": m.TopicArn}
	for k, v := range hdr {
		h[k] = v
	}
	return fx.send(t, "POST", "/hooks/alerts/"+hook, h, m.JSON(), false)
}

func TestSNSNotificationBothVersions(t *testing.T) {
	fx := newSNSFixture(t)
	now := fx.clk.Now()
	for i, v := range []string{"1", "2"} {
		m := fx.sns.Notification(topicA, "msg-"+v, "ALARM: \"cpu\" in EU (Ireland)", `{"AlarmName":"cpu","NewStateValue":"ALARM"}`, now, v)
		if resp := fx.post(t, "sns", m, nil); resp.StatusCode != 202 {
			t.Fatalf("SignatureVersion %s: status %d, want 202", v, resp.StatusCode)
		}
		evs := fx.sink.stored()
		if len(evs) != i+1 {
			t.Fatalf("stored %d events, want %d", len(evs), i+1)
		}
		ev := evs[i]
		if ev.Hook != "sns" || ev.Skill != "alerts" || !bytes.Equal(ev.Body, m.JSON()) {
			t.Errorf("event = hook %q skill %q body %q", ev.Hook, ev.Skill, ev.Body)
		}
		if !strings.HasPrefix(ev.ID, "hook:alerts:sns:sns:") {
			t.Errorf("id %q: want one derived from MessageId", ev.ID)
		}
	}
	// One certificate fetch for both messages: it is cached.
	if n := fx.sns.CertGets(); n != 1 {
		t.Errorf("certificate fetched %d times, want 1", n)
	}
	// No subject at all (absent, not empty) is signed without the field.
	m := fx.sns.Notification(topicA, "msg-nosubject", "", "plain text", now, "2")
	if resp := fx.post(t, "sns", m, nil); resp.StatusCode != 202 {
		t.Fatalf("no Subject: status %d", resp.StatusCode)
	}
	// An empty Subject that is present is signed with the field.
	empty := ""
	m = fx.sns.Notification(topicA, "msg-emptysubject", "", "plain", now, "1")
	m.Subject = &empty
	fx.sns.Sign(m)
	if resp := fx.post(t, "sns", m, nil); resp.StatusCode != 202 {
		t.Fatalf("empty Subject: status %d", resp.StatusCode)
	}
}

func TestSNSRetryIsOneEvent(t *testing.T) {
	fx := newSNSFixture(t)
	m := fx.sns.Notification(topicA, "same-id", "s", "m", fx.clk.Now(), "2")
	for i := 0; i < 3; i++ {
		resp := fx.post(t, "sns", m, nil)
		if resp.StatusCode != 202 {
			t.Fatalf("delivery %d: status %d", i, resp.StatusCode)
		}
	}
	if n := len(fx.sink.stored()); n != 1 {
		t.Fatalf("stored %d events for one MessageId, want 1", n)
	}
	if d := fx.m.Requests("alerts", "sns", webhook.OutcomeDuplicate); d != 2 {
		t.Errorf("duplicates = %v, want 2", d)
	}
	// A forged delivery-id header cannot change the id: the signed
	// MessageId decides.
	m2 := fx.sns.Notification(topicA, "other-id", "s", "m", fx.clk.Now(), "2")
	if resp := fx.post(t, "sns", m2, map[string]string{"X-Amz-Sns-Message-Id": "same-id"}); resp.StatusCode != 202 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if n := len(fx.sink.stored()); n != 2 {
		t.Fatalf("stored %d events, want 2 (a header must not suppress another message)", n)
	}
}

func TestSNSRefusals(t *testing.T) {
	fx := newSNSFixture(t)
	now := fx.clk.Now()
	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	good := func() *snstest.Message { return fx.sns.Notification(topicA, "id-1", "subj", "body", now, "1") }
	cases := []struct {
		name   string
		mutate func(m *snstest.Message)
		status int
		reason string
	}{
		{"topic not listed", func(m *snstest.Message) { m.TopicArn = topicOther; fx.sns.Sign(m) }, 401, webhook.ReasonTopicNotListed},
		{"message changed after signing", func(m *snstest.Message) { m.Message = "body!" }, 401, webhook.ReasonBadSignature},
		{"subject removed after signing", func(m *snstest.Message) { m.Subject = nil }, 401, webhook.ReasonBadSignature},
		{"type changed after signing", func(m *snstest.Message) { m.Type = "UnsubscribeConfirmation" }, 401, webhook.ReasonBadSignature},
		{"signed with another key", func(m *snstest.Message) {
			m.Signature = base64.StdEncoding.EncodeToString(snstest.SignWith(other, m))
		}, 401, webhook.ReasonBadSignature},
		{"version 2 label on a SHA1 signature", func(m *snstest.Message) { m.SignatureVersion = "2" }, 401, webhook.ReasonBadSignature},
		{"unknown version", func(m *snstest.Message) { m.SignatureVersion = "3" }, 401, webhook.ReasonBadSignature},
		{"signature not base64", func(m *snstest.Message) { m.Signature = "%%%" }, 401, webhook.ReasonBadSignature},
		{"no signature", func(m *snstest.Message) { m.Signature = "" }, 401, webhook.ReasonBadSignature},
		{"cert over http", func(m *snstest.Message) {
			m.SigningCertURL = strings.Replace(m.SigningCertURL, "https://", "http://", 1)
		}, 401, webhook.ReasonBadCertURL},
		{"cert on another host", func(m *snstest.Message) { m.SigningCertURL = "https://evil.example.com/x.pem" }, 401, webhook.ReasonBadCertURL},
		{"cert with credentials", func(m *snstest.Message) {
			m.SigningCertURL = strings.Replace(m.SigningCertURL, "https://", "https://u:p@", 1)
		}, 401, webhook.ReasonBadCertURL},
		{"cert url not found", func(m *snstest.Message) { m.SigningCertURL = fx.sns.TLS.URL + "/nope.pem" }, 401, webhook.ReasonCertFetch},
		{"too old", func(m *snstest.Message) {
			m.Timestamp = now.Add(-2 * time.Hour).Format(time.RFC3339)
			fx.sns.Sign(m)
		}, 401, webhook.ReasonStale},
		{"from the future", func(m *snstest.Message) {
			m.Timestamp = now.Add(time.Hour).Format(time.RFC3339)
			fx.sns.Sign(m)
		}, 401, webhook.ReasonStale},
		{"unreadable timestamp", func(m *snstest.Message) { m.Timestamp = "yesterday"; fx.sns.Sign(m) }, 401, webhook.ReasonStale},
		{"unknown type", func(m *snstest.Message) { m.Type = "Bogus"; fx.sns.Sign(m) }, 400, ""},
		{"no message id", func(m *snstest.Message) { m.MessageId = ""; fx.sns.Sign(m) }, 400, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := good()
			c.mutate(m)
			before := fx.m.Unauthorized("alerts", "sns", c.reason)
			resp := fx.post(t, "sns", m, map[string]string{"X-Amz-Sns-Message-Type": m.Type})
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, c.status)
			}
			if c.reason != "" {
				if got := fx.m.Unauthorized("alerts", "sns", c.reason); got != before+1 {
					t.Errorf("unauthorized{%s} = %v, want %v", c.reason, got, before+1)
				}
			}
		})
	}
	if n := len(fx.sink.stored()); n != 0 {
		t.Fatalf("stored %d events from refused requests", n)
	}
	// Not JSON, and a type header that contradicts the body.
	if resp := fx.send(t, "POST", "/hooks/alerts/sns", nil, []byte("hello"), false); resp.StatusCode != 400 {
		t.Errorf("not JSON: status %d", resp.StatusCode)
	}
	if resp := fx.post(t, "sns", good(), map[string]string{"X-Amz-Sns-Message-Type": "SubscriptionConfirmation"}); resp.StatusCode != 400 {
		t.Errorf("type header mismatch: status %d", resp.StatusCode)
	}
	// The good message still passes after all that.
	if resp := fx.post(t, "sns", good(), nil); resp.StatusCode != 202 {
		t.Errorf("good message: status %d", resp.StatusCode)
	}
}

func TestSNSSubscriptionConfirmation(t *testing.T) {
	fx := newSNSFixture(t)
	now := fx.clk.Now()
	m := fx.sns.Confirmation(topicA, "c-1", "tok-123", now)
	resp := fx.post(t, "sns", m, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d, want 200", resp.StatusCode)
	}
	if got := fx.sns.Confirmed(); len(got) != 1 || got[0] != "tok-123" {
		t.Fatalf("confirmed %v, want [tok-123]", got)
	}
	if n := fx.m.Requests("alerts", "sns", webhook.OutcomeSubscribed); n != 1 {
		t.Errorf("subscription_confirmed = %v", n)
	}
	if n := len(fx.sink.stored()); n != 0 {
		t.Errorf("a confirmation reached the skill (%d events)", n)
	}
	// A confirmation for a topic that is not listed is not confirmed.
	m = fx.sns.Confirmation(topicOther, "c-2", "tok-other", now)
	if resp := fx.post(t, "sns", m, nil); resp.StatusCode != 401 {
		t.Fatalf("unlisted topic: status %d", resp.StatusCode)
	}
	// A SubscribeURL off the SNS hosts is never fetched, even when the
	// message is signed.
	m = fx.sns.Confirmation(topicA, "c-3", "tok-evil", now)
	m.SubscribeURL = "https://evil.example.com/confirm?Token=tok-evil"
	fx.sns.Sign(m)
	if resp := fx.post(t, "sns", m, nil); resp.StatusCode != 502 {
		t.Fatalf("foreign SubscribeURL: status %d, want 502", resp.StatusCode)
	}
	if got := fx.sns.Confirmed(); len(got) != 1 {
		t.Fatalf("confirmed %v after refused confirmations", got)
	}
	// An unsubscribe confirmation is acknowledged, not delivered.
	u := fx.sns.Confirmation(topicA, "u-1", "tok-u", now)
	u.Type = "UnsubscribeConfirmation"
	fx.sns.Sign(u)
	if resp := fx.post(t, "sns", u, nil); resp.StatusCode != 200 {
		t.Fatalf("unsubscribe: status %d", resp.StatusCode)
	}
	if n := len(fx.sink.stored()); n != 0 {
		t.Errorf("stored %d events", n)
	}
}

func TestSNSBasicAuth(t *testing.T) {
	fx := newSNSFixture(t)
	m := fx.sns.Notification(topicA, "b-1", "s", "m", fx.clk.Now(), "2")
	resp := fx.post(t, "snsbasic", m, nil)
	if resp.StatusCode != 401 || !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), "Basic") {
		t.Fatalf("no credentials: status %d, WWW-Authenticate %q; want 401 with a Basic challenge", resp.StatusCode, resp.Header.Get("WWW-Authenticate"))
	}
	wrong := "Basic " + base64.StdEncoding.EncodeToString([]byte("sns:wrong-password-000000"))
	if resp := fx.post(t, "snsbasic", m, map[string]string{"Authorization": wrong}); resp.StatusCode != 401 {
		t.Fatalf("wrong password: status %d", resp.StatusCode)
	}
	right := "Basic " + base64.StdEncoding.EncodeToString([]byte("sns:"+basicPass))
	if resp := fx.post(t, "snsbasic", m, map[string]string{"Authorization": right}); resp.StatusCode != 202 {
		t.Fatalf("right password: status %d", resp.StatusCode)
	}
	ev := fx.sink.stored()[0]
	if _, ok := ev.Headers["authorization"]; ok {
		t.Error("the Authorization header reached the skill")
	}
	// Headers of a secret-less SNS hook are all passed on (an empty secret
	// is contained in every string; it must not strip them).
	m2 := fx.sns.Notification(topicA, "b-2", "s", "m", fx.clk.Now(), "2")
	if resp := fx.post(t, "sns", m2, nil); resp.StatusCode != 202 {
		t.Fatal(resp.StatusCode)
	}
	ev = fx.sink.stored()[1]
	if ev.Headers["x-amz-sns-message-type"] != "Notification" {
		t.Errorf("headers = %v", ev.Headers)
	}
}

func TestSNSDefaultHostRule(t *testing.T) {
	for host, want := range map[string]bool{
		"sns.eu-west-1.amazonaws.com":      true,
		"sns.us-gov-west-1.amazonaws.com":  true,
		"SNS.US-EAST-1.AMAZONAWS.COM":      true,
		"sns.cn-north-1.amazonaws.com.cn":  true,
		"sns.eu-west-1.amazonaws.com:443":  true,
		"sns.eu-west-1.amazonaws.com:8443": false,
		"sns.amazonaws.com":                false,
		"sns.eu-west-1.amazonaws.com.evil": false,
		"evilsns.eu-west-1.amazonaws.com":  false,
		"sns.eu-west-1.evil.com":           false,
		"s3.eu-west-1.amazonaws.com":       false,
		"127.0.0.1":                        false,
		"sns.eu_west.amazonaws.com":        false,
	} {
		if got := webhook.SNSHostAllowed(host); got != want {
			t.Errorf("SNSHostAllowed(%q) = %v, want %v", host, got, want)
		}
	}
	// Without the test override, the stand-in's certificate is refused by
	// host before anything is fetched.
	stub := snstest.Start(t)
	sink := newSink()
	cfg := &config.Config{Skills: []config.Skill{{Name: "alerts", Hooks: []config.Hook{{Name: "sns", Auth: "sns", Topics: []string{topicA}}}}}}
	m := webhook.NewMetrics(nil)
	h, err := webhook.New(sink, cfg, webhook.Options{Logger: quiet, Metrics: m})
	if err != nil {
		t.Fatal(err)
	}
	msg := stub.Notification(topicA, "x", "s", "m", time.Now(), "2")
	req := httptest.NewRequest("POST", "/hooks/alerts/sns", bytes.NewReader(msg.JSON()))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 401 || m.Unauthorized("alerts", "sns", webhook.ReasonBadCertURL) != 1 || stub.CertGets() != 0 {
		t.Fatalf("status %d, bad_cert_url %v, cert gets %d", rec.Code, m.Unauthorized("alerts", "sns", webhook.ReasonBadCertURL), stub.CertGets())
	}
}

func TestSNSConcurrentFirstFetch(t *testing.T) {
	fx := newSNSFixture(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m := fx.sns.Notification(topicA, "c-"+string(rune('a'+i)), "s", "m", fx.clk.Now(), "2")
			req, _ := http.NewRequest("POST", fx.srv.URL+"/hooks/alerts/sns", bytes.NewReader(m.JSON()))
			resp, err := fx.srv.Client().Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			if resp.StatusCode != 202 {
				t.Errorf("status %d", resp.StatusCode)
			}
		}(i)
	}
	wg.Wait()
	if n := fx.sns.CertGets(); n != 1 {
		t.Errorf("certificate fetched %d times by 8 concurrent first messages, want 1", n)
	}
	var ids []string
	for _, ev := range fx.sink.stored() {
		var b struct{ MessageId string }
		json.Unmarshal(ev.Body, &b)
		ids = append(ids, b.MessageId)
	}
	if len(ids) != 8 {
		t.Errorf("stored %v", ids)
	}
}

func TestSNSConfigRefusedWithoutTopics(t *testing.T) {
	cfg := &config.Config{Skills: []config.Skill{{Name: "alerts", Hooks: []config.Hook{{Name: "sns", Auth: "sns"}}}}}
	if _, err := webhook.New(newSink(), cfg, webhook.Options{Logger: quiet}); err == nil || !strings.Contains(err.Error(), "needs topics") {
		t.Fatalf("err = %v, want needs topics", err)
	}
}
