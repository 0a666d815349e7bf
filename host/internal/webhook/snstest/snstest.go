// Package snstest is a local stand-in for AWS SNS, for tests of auth =
// "sns" hooks: an https server (httptest TLS) that serves a signing
// certificate generated at start and answers subscription confirmations,
// and a signer that produces messages exactly as SNS signs them.
package snstest

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bothost/bothost/host/internal/webhook"
)

// CertPath is where the server serves the signing certificate.
const CertPath = "/SimpleNotificationService-test.pem"

// ConfirmPath is the SubscribeURL path the server answers.
const ConfirmPath = "/confirm"

// Server is the stand-in. Its fields are read-only after Start.
type Server struct {
	TLS  *httptest.Server
	Key  *rsa.PrivateKey
	Cert []byte // PEM

	mu        sync.Mutex
	certGets  int
	confirmed []string // tokens of confirmed subscriptions
}

// Start generates a 2048-bit key and a self-signed certificate and serves
// them over TLS until the test ends.
func Start(tb testing.TB) *Server {
	tb.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		tb.Fatalf("snstest: key: %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "sns.test.amazonaws.com"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		tb.Fatalf("snstest: certificate: %v", err)
	}
	s := &Server{Key: key, Cert: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
	mux := http.NewServeMux()
	mux.HandleFunc(CertPath, func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.certGets++
		s.mu.Unlock()
		w.Write(s.Cert)
	})
	mux.HandleFunc(ConfirmPath, func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.confirmed = append(s.confirmed, r.URL.Query().Get("Token"))
		s.mu.Unlock()
		w.Write([]byte("<ConfirmSubscriptionResponse/>"))
	})
	s.TLS = httptest.NewTLSServer(mux)
	tb.Cleanup(s.TLS.Close)
	return s
}

// Options are the webhook SNS options that trust this server (and only
// it) in place of sns.<region>.amazonaws.com.
func (s *Server) Options() webhook.SNSOptions {
	host := strings.TrimPrefix(s.TLS.URL, "https://")
	return webhook.SNSOptions{
		Client:      s.TLS.Client(),
		HostAllowed: func(h string) bool { return h == host },
	}
}

// CertURL is the SigningCertURL to put in messages.
func (s *Server) CertURL() string { return s.TLS.URL + CertPath }

// CertGets counts certificate downloads.
func (s *Server) CertGets() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.certGets
}

// Confirmed returns the tokens of confirmed subscriptions.
func (s *Server) Confirmed() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.confirmed...)
}

// Message is an SNS HTTP(S) delivery body. Subject is a pointer because
// an absent Subject is not signed while an empty one is.
type Message struct {
	Type             string  `json:"Type"`
	MessageId        string  `json:"MessageId"`
	Token            string  `json:"Token,omitempty"`
	TopicArn         string  `json:"TopicArn"`
	Subject          *string `json:"Subject,omitempty"`
	Message          string  `json:"Message"`
	Timestamp        string  `json:"Timestamp"`
	SignatureVersion string  `json:"SignatureVersion"`
	Signature        string  `json:"Signature"`
	SigningCertURL   string  `json:"SigningCertURL"`
	SubscribeURL     string  `json:"SubscribeURL,omitempty"`
	UnsubscribeURL   string  `json:"UnsubscribeURL,omitempty"`
}

// Notification returns a signed Notification (SignatureVersion version,
// "1" or "2") stamped at.
func (s *Server) Notification(topic, id, subject, message string, at time.Time, version string) *Message {
	m := &Message{Type: "Notification", MessageId: id, TopicArn: topic, Message: message,
		Timestamp: at.UTC().Format("2006-01-02T15:04:05.000Z"), SignatureVersion: version,
		SigningCertURL: s.CertURL(), UnsubscribeURL: s.TLS.URL + "/unsubscribe?x=1"}
	if subject != "" {
		m.Subject = &subject
	}
	s.Sign(m)
	return m
}

// Confirmation returns a signed SubscriptionConfirmation whose
// SubscribeURL is this server's.
func (s *Server) Confirmation(topic, id, token string, at time.Time) *Message {
	m := &Message{Type: "SubscriptionConfirmation", MessageId: id, Token: token, TopicArn: topic,
		Message:          "You have chosen to subscribe to the topic " + topic + ".",
		SubscribeURL:     s.TLS.URL + ConfirmPath + "?Action=ConfirmSubscription&TopicArn=" + url.QueryEscape(topic) + "&Token=" + url.QueryEscape(token),
		Timestamp:        at.UTC().Format("2006-01-02T15:04:05.000Z"),
		SignatureVersion: "1", SigningCertURL: s.CertURL()}
	s.Sign(m)
	return m
}

// Sign (re)computes m.Signature over AWS's canonical string with the
// hash of m.SignatureVersion.
func (s *Server) Sign(m *Message) {
	m.Signature = base64.StdEncoding.EncodeToString(SignWith(s.Key, m))
}

// SignWith signs m with key; exported so tests can sign with a key that
// does not match the served certificate.
func SignWith(key *rsa.PrivateKey, m *Message) []byte {
	str := StringToSign(m)
	var h crypto.Hash
	var digest []byte
	if m.SignatureVersion == "1" {
		d := sha1.Sum([]byte(str))
		h, digest = crypto.SHA1, d[:]
	} else {
		d := sha256.Sum256([]byte(str))
		h, digest = crypto.SHA256, d[:]
	}
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, h, digest)
	if err != nil {
		panic("snstest: sign: " + err.Error())
	}
	return sig
}

// StringToSign is AWS's canonical form, written independently of the
// webhook package's so a mistake in one is caught by the other.
func StringToSign(m *Message) string {
	var fields [][2]string
	if m.Type == "Notification" {
		fields = append(fields, [2]string{"Message", m.Message}, [2]string{"MessageId", m.MessageId})
		if m.Subject != nil {
			fields = append(fields, [2]string{"Subject", *m.Subject})
		}
		fields = append(fields, [2]string{"Timestamp", m.Timestamp}, [2]string{"TopicArn", m.TopicArn}, [2]string{"Type", m.Type})
	} else {
		fields = [][2]string{{"Message", m.Message}, {"MessageId", m.MessageId}, {"SubscribeURL", m.SubscribeURL},
			{"Timestamp", m.Timestamp}, {"Token", m.Token}, {"TopicArn", m.TopicArn}, {"Type", m.Type}}
	}
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(f[0] + "\n" + f[1] + "\n")
	}
	return b.String()
}

// JSON encodes m as SNS sends it.
func (m *Message) JSON() []byte {
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}
