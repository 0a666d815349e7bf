package webhook

// AWS SNS over HTTPS (auth = "sns").
//
// SNS cannot sign a request with a shared secret; it signs each message
// with an RSA key whose certificate it publishes at SigningCertURL. A hook
// with auth = "sns" therefore:
//
//  1. parses the JSON body (Type, MessageId, TopicArn, Message, ...);
//  2. refuses a TopicArn not listed in the hook's topics (401, reason
//     topic_not_listed): the signature only proves that *some* SNS topic
//     sent it, and anyone can create a topic and subscribe our URL;
//  3. checks SigningCertURL: https, host sns.<region>.amazonaws.com[.cn],
//     default port, no credentials (401 bad_cert_url), so an attacker
//     cannot point us at a certificate of their own;
//  4. fetches that certificate (no redirects, 64 KiB cap, 10 s) and keeps
//     its public key per URL (at most snsCertCacheMax of them);
//  5. verifies Signature over the canonical string AWS documents
//     ("Name\nValue\n" per field, in a fixed order; Subject only when
//     present) with SHA1withRSA (SignatureVersion 1) or SHA256withRSA (2);
//  6. refuses a message whose Timestamp is more than snsMaxAge old (a
//     signed message replayed after the inbox's dedup window forgot it);
//  7. by Type: a SubscriptionConfirmation is confirmed by a GET of its
//     SubscribeURL (the same host rule; 200 once SNS answered 2xx, 502
//     otherwise so SNS tries again), an UnsubscribeConfirmation is
//     logged and answered 200, a Notification becomes a webhook event
//     whose id is derived from MessageId, so SNS's retries of one
//     message collapse in the inbox (202 Duplicate).
//
// A secret is optional on an SNS hook; when set, the request must also
// carry it as the password of HTTP Basic auth (SNS sends the user:password
// written in the subscription's URL).

import (
	"context"
	"crypto"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
)

// SNS limits.
const (
	// snsMaxAge is how old a message's Timestamp may be. SNS retries an
	// HTTP delivery for at most an hour; older is a replay.
	snsMaxAge = time.Hour
	// snsMaxSkew tolerates clocks ahead of ours.
	snsMaxSkew = 5 * time.Minute
	// snsCertMax caps a fetched certificate (AWS's are about 2 KiB).
	snsCertMax = 64 << 10
	// snsCertCacheMax bounds the certificate cache: AWS rotates rarely
	// and a topic region has one current certificate.
	snsCertCacheMax = 64
	// snsFetchTimeout bounds one certificate fetch or subscription
	// confirmation.
	snsFetchTimeout = 10 * time.Second
)

// Reasons of bothost_webhook_unauthorized_total for SNS hooks.
const (
	ReasonTopicNotListed = "topic_not_listed" // TopicArn not in the hook's topics
	ReasonBadCertURL     = "bad_cert_url"     // SigningCertURL not https://sns.<region>.amazonaws.com
	ReasonCertFetch      = "cert_unavailable" // the certificate could not be fetched or parsed
	ReasonStale          = "stale"            // Timestamp missing, unreadable, too old or in the future
)

// Outcomes of bothost_webhook_requests_total for SNS hooks.
const (
	OutcomeSubscribed   = "subscription_confirmed" // SubscriptionConfirmation confirmed
	OutcomeUnsubscribed = "unsubscribe_confirmed"  // UnsubscribeConfirmation acknowledged
	OutcomeConfirmFail  = "confirmation_failed"    // SubscribeURL refused or failed (502)
)

// SNSOptions override how SNS certificates and confirmations are
// fetched. Only tests set them: bot.toml has no key for either, so a
// configuration cannot relax the host rule.
type SNSOptions struct {
	// Client fetches certificates and SubscribeURLs; nil: a client that
	// follows no redirects and ignores proxy settings.
	Client *http.Client
	// HostAllowed decides whether a certificate or SubscribeURL host
	// (host[:port] as in the URL) may be used; nil: the AWS rule
	// (sns.<region>.amazonaws.com[.cn], default port).
	HostAllowed func(hostport string) bool
}

// snsHostRE is the AWS rule for certificate and SubscribeURL hosts.
var snsHostRE = regexp.MustCompile(`^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$`)

// SNSHostAllowed is the default HostAllowed: sns.<region>.amazonaws.com
// (or .com.cn), on the default https port.
func SNSHostAllowed(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, ""
	}
	if port != "" && port != "443" {
		return false
	}
	return snsHostRE.MatchString(strings.ToLower(host))
}

// snsMessage is the JSON body of every SNS HTTP(S) delivery.
type snsMessage struct {
	Type             string
	MessageId        string
	Token            string
	TopicArn         string
	Subject          *string // a present-but-empty Subject is signed; absent is not
	Message          string
	Timestamp        string
	SignatureVersion string
	Signature        string
	SigningCertURL   string `json:"SigningCertURL"`
	SubscribeURL     string `json:"SubscribeURL"`
	UnsubscribeURL   string `json:"UnsubscribeURL"`
}

// Message types.
const (
	snsNotification = "Notification"
	snsSubscribe    = "SubscriptionConfirmation"
	snsUnsubscribe  = "UnsubscribeConfirmation"
)

// stringToSign is AWS's canonical form: "Name\nValue\n" per field, in
// this order; Subject only for notifications that have one.
func (m *snsMessage) stringToSign() string {
	var b strings.Builder
	add := func(k, v string) {
		b.WriteString(k)
		b.WriteByte('\n')
		b.WriteString(v)
		b.WriteByte('\n')
	}
	add("Message", m.Message)
	add("MessageId", m.MessageId)
	if m.Type == snsNotification {
		if m.Subject != nil {
			add("Subject", *m.Subject)
		}
	} else {
		add("SubscribeURL", m.SubscribeURL)
	}
	add("Timestamp", m.Timestamp)
	if m.Type != snsNotification {
		add("Token", m.Token)
	}
	add("TopicArn", m.TopicArn)
	add("Type", m.Type)
	return b.String()
}

// snsVerifier checks SNS signatures and keeps fetched certificates. One
// per Handler (it outlives Apply, so a reload keeps the cache).
type snsVerifier struct {
	client  *http.Client
	allowed func(string) bool
	mu      sync.Mutex
	certs   map[string]*rsa.PublicKey // by SigningCertURL
	// fetching serialises fetches of one URL so a burst of messages
	// signed with a new certificate fetches it once.
	fetching map[string]chan struct{}
}

func newSNSVerifier(o SNSOptions) *snsVerifier {
	v := &snsVerifier{client: o.Client, allowed: o.HostAllowed, certs: map[string]*rsa.PublicKey{}, fetching: map[string]chan struct{}{}}
	if v.allowed == nil {
		v.allowed = SNSHostAllowed
	}
	if v.client == nil {
		v.client = &http.Client{
			Transport: &http.Transport{Proxy: nil, TLSHandshakeTimeout: snsFetchTimeout, ResponseHeaderTimeout: snsFetchTimeout},
			Timeout:   snsFetchTimeout,
		}
	}
	// Never follow a redirect: it could leave the allowed hosts.
	c := *v.client
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return errors.New("sns: redirect refused") }
	v.client = &c
	return v
}

// checkURL returns the parsed URL if it is https on an allowed host
// without credentials.
func (v *snsVerifier) checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("sns: bad URL: %w", err)
	}
	if u.Scheme != "https" || u.User != nil || u.Host == "" || !v.allowed(u.Host) {
		return nil, fmt.Errorf("sns: URL %q is not https on an SNS host", raw)
	}
	return u, nil
}

// key returns the public key of the certificate at certURL, fetching it
// once.
func (v *snsVerifier) key(ctx context.Context, certURL string) (*rsa.PublicKey, error) {
	for {
		v.mu.Lock()
		if k := v.certs[certURL]; k != nil {
			v.mu.Unlock()
			return k, nil
		}
		wait, busy := v.fetching[certURL]
		if !busy {
			done := make(chan struct{})
			v.fetching[certURL] = done
			v.mu.Unlock()
			k, err := v.fetch(ctx, certURL)
			v.mu.Lock()
			delete(v.fetching, certURL)
			if err == nil {
				if len(v.certs) >= snsCertCacheMax {
					clear(v.certs)
				}
				v.certs[certURL] = k
			}
			v.mu.Unlock()
			close(done)
			return k, err
		}
		v.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func (v *snsVerifier) fetch(ctx context.Context, certURL string) (*rsa.PublicKey, error) {
	ctx, cancel := context.WithTimeout(ctx, snsFetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, certURL, nil)
	if err != nil {
		return nil, fmt.Errorf("sns: certificate request: %w", err)
	}
	resp, err := v.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("sns: fetching certificate: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("sns: fetching certificate: status %d", resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, snsCertMax+1))
	if err != nil {
		return nil, fmt.Errorf("sns: reading certificate: %w", err)
	}
	if len(body) > snsCertMax {
		return nil, fmt.Errorf("sns: certificate over %d bytes", snsCertMax)
	}
	blk, _ := pem.Decode(body)
	if blk == nil || blk.Type != "CERTIFICATE" {
		return nil, errors.New("sns: certificate: no PEM CERTIFICATE block")
	}
	cert, err := x509.ParseCertificate(blk.Bytes)
	if err != nil {
		return nil, fmt.Errorf("sns: certificate: %w", err)
	}
	k, ok := cert.PublicKey.(*rsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("sns: certificate key is %T, want RSA", cert.PublicKey)
	}
	return k, nil
}

// verify checks m's signature. It returns the unauthorized reason ("" if
// the message is authentic) and, for logs, the detail.
func (v *snsVerifier) verify(ctx context.Context, m *snsMessage) (reason string, err error) {
	var h crypto.Hash
	switch m.SignatureVersion {
	case "1":
		h = crypto.SHA1
	case "2":
		h = crypto.SHA256
	default:
		return ReasonBadSignature, fmt.Errorf("sns: SignatureVersion %q (want 1 or 2)", m.SignatureVersion)
	}
	sig, err := base64.StdEncoding.DecodeString(m.Signature)
	if err != nil || len(sig) == 0 {
		return ReasonBadSignature, errors.New("sns: Signature is not base64")
	}
	if _, err := v.checkURL(m.SigningCertURL); err != nil {
		return ReasonBadCertURL, err
	}
	k, err := v.key(ctx, m.SigningCertURL)
	if err != nil {
		return ReasonCertFetch, err
	}
	msg := []byte(m.stringToSign())
	var digest []byte
	if h == crypto.SHA1 {
		d := sha1.Sum(msg)
		digest = d[:]
	} else {
		d := sha256.Sum256(msg)
		digest = d[:]
	}
	if err := rsa.VerifyPKCS1v15(k, h, digest, sig); err != nil {
		return ReasonBadSignature, fmt.Errorf("sns: signature: %w", err)
	}
	return "", nil
}

// confirm GETs a SubscriptionConfirmation's SubscribeURL.
func (v *snsVerifier) confirm(ctx context.Context, raw string) error {
	if _, err := v.checkURL(raw); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, snsFetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return fmt.Errorf("sns: confirmation request: %w", err)
	}
	resp, err := v.client.Do(req)
	if err != nil {
		return fmt.Errorf("sns: confirming subscription: %w", err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, snsCertMax))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("sns: confirming subscription: status %d", resp.StatusCode)
	}
	return nil
}

// checkBasic returns "" if the request carries the hook's secret as the
// Basic auth password (the user name is not checked: SNS sends whatever
// the subscription URL had).
func (hk *hook) checkBasic(r *http.Request) string {
	_, pass, ok := r.BasicAuth()
	if !ok {
		return ReasonMissing
	}
	sum := sha256.Sum256([]byte(pass))
	if subtle.ConstantTimeCompare(sum[:], hk.secretSum[:]) != 1 {
		return ReasonBadCredentials
	}
	return ""
}

// serveSNS handles a request to an auth = "sns" hook whose body is read.
func (h *Handler) serveSNS(w http.ResponseWriter, r *http.Request, hk *hook, body []byte) {
	var m snsMessage
	if err := json.Unmarshal(body, &m); err != nil {
		h.reject(w, hk, http.StatusBadRequest, OutcomeBadRequest, "sns: body is not JSON: "+err.Error())
		return
	}
	switch m.Type {
	case snsNotification, snsSubscribe, snsUnsubscribe:
	default:
		h.reject(w, hk, http.StatusBadRequest, OutcomeBadRequest, fmt.Sprintf("sns: unknown Type %q", m.Type))
		return
	}
	if t := r.Header.Get("X-Amz-Sns-Message-Type"); t != "" && t != m.Type {
		h.reject(w, hk, http.StatusBadRequest, OutcomeBadRequest, "sns: x-amz-sns-message-type does not match Type")
		return
	}
	if m.MessageId == "" {
		h.reject(w, hk, http.StatusBadRequest, OutcomeBadRequest, "sns: no MessageId")
		return
	}
	if !hk.topics[m.TopicArn] {
		h.unauthorizedDetail(w, r, hk, ReasonTopicNotListed, "topic "+m.TopicArn)
		return
	}
	ctx := context.WithoutCancel(r.Context())
	if reason, err := h.sns.verify(ctx, &m); reason != "" {
		h.unauthorizedDetail(w, r, hk, reason, err.Error())
		return
	}
	ts, err := time.Parse(time.RFC3339Nano, m.Timestamp)
	now := h.o.Clock.Now()
	if err != nil || now.Sub(ts) > snsMaxAge || ts.Sub(now) > snsMaxSkew {
		h.unauthorizedDetail(w, r, hk, ReasonStale, "Timestamp "+m.Timestamp)
		return
	}
	switch m.Type {
	case snsSubscribe:
		if err := h.sns.confirm(ctx, m.SubscribeURL); err != nil {
			h.m.count(hk.skill, hk.name, OutcomeConfirmFail)
			h.o.Logger.Error("webhook: sns subscription not confirmed", "skill", hk.skill, "hook", hk.name, "topic", m.TopicArn, "err", err)
			http.Error(w, "subscription not confirmed", http.StatusBadGateway)
			return
		}
		h.m.count(hk.skill, hk.name, OutcomeSubscribed)
		h.o.Logger.Info("webhook: sns subscription confirmed", "skill", hk.skill, "hook", hk.name, "topic", m.TopicArn)
		w.WriteHeader(http.StatusOK)
		return
	case snsUnsubscribe:
		h.m.count(hk.skill, hk.name, OutcomeUnsubscribed)
		h.o.Logger.Warn("webhook: sns subscription ended by AWS", "skill", hk.skill, "hook", hk.name, "topic", m.TopicArn)
		w.WriteHeader(http.StatusOK)
		return
	}
	ev, err := h.event(r, hk, body)
	if err != nil {
		h.reject(w, hk, http.StatusInternalServerError, OutcomeError, err.Error())
		return
	}
	// The signed MessageId, not a header anyone could set, names the
	// event: SNS's retries of one message collapse into one.
	sum := sha256.Sum256([]byte(m.TopicArn + "\n" + m.MessageId))
	ev.ID = "hook:" + hk.skill + ":" + hk.name + ":sns:" + hex.EncodeToString(sum[:16])
	h.deliver(w, r, hk, ev)
}
