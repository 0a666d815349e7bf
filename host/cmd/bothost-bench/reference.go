package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/slack-go/slack"
)

// Reference servers: what the same load costs without bothost, measured
// with the same load generator and fake Slack, in a process of their own
// with GOMAXPROCS=2 like the host. They give the floor under the host's
// figures on this machine:
//
//   - "bare": net/http, the body read and the signature checked with
//     slack-go's SecretsVerifier, 200. Nothing stored, nothing answered
//     (the "bare net/http handler" of the issue).
//   - "floor": bare, plus the JSON decoded and one chat.postMessage per
//     event through slack-go to the fake Slack, sent by 32 workers after
//     the ack. Nothing is stored and no skill runs: it is the cost of the
//     two HTTP exchanges every event needs (Slack → host, host → Slack)
//     and nothing else.
//
// The reference runs when the bench binary is re-executed with
// BOTHOST_BENCH_ROLE set.

const roleEnv = "BOTHOST_BENCH_ROLE"

// runReference serves role on listen, posting to apiURL, until killed.
func runReference(role, listen, apiURL string) error {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	// Keep-alive connections for all 32 workers, as the host's outbox
	// has (net/http keeps only 2 idle per host by default).
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	api := slack.New(botToken, slack.OptionAPIURL(apiURL), slack.OptionHTTPClient(&http.Client{Transport: tr}))
	type reply struct{ channel, text string }
	replies := make(chan reply, 65536)
	if role == "floor" {
		for range 32 {
			go func() {
				for r := range replies {
					ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
					_, _, err := api.PostMessageContext(ctx, r.channel, slack.MsgOptionText(r.text, false))
					cancel()
					if err != nil {
						fmt.Fprintln(os.Stderr, "post:", err)
					}
				}
			}()
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("POST /slack/events", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
		if err != nil {
			http.Error(w, "body", http.StatusRequestEntityTooLarge)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, secret)
		if err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
		sv.Write(body)
		if sv.Ensure() != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
		if role == "floor" {
			var cb struct {
				Event struct {
					Channel string `json:"channel"`
					Text    string `json:"text"`
				} `json:"event"`
			}
			if json.Unmarshal(body, &cb) != nil {
				http.Error(w, "json", http.StatusBadRequest)
				return
			}
			replies <- reply{cb.Event.Channel, "pong " + cb.Event.Text}
		}
		w.WriteHeader(http.StatusOK)
	})
	return (&http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}).Serve(ln)
}
