package fakeslack

import (
	"net/http"
	"strconv"
	"time"
)

// Fault is a misbehaviour injected for matching requests. The first field
// that applies wins, in this order: Hang, Status (with Error as the JSON
// error of a non-200 answer), Error (200 {"ok":false,"error":Error}).
// A Fault with only Delay set delays the request and then serves it normally.
type Fault struct {
	Status     int           // e.g. 500, 429 (0 with Hang)
	RetryAfter time.Duration // Retry-After (seconds, rounded up) on a 429; negative: no header at all
	Hang       bool          // never answer until the client gives up (or Close)
	Error      string        // answer 200 {"ok":false,"error":Error} (e.g. "channel_not_found")
	Times      int           // how many requests it applies to; 0 = until cleared
	Channel    string        // only requests for this channel ("" = any)

	// Delay is added before the answer (before a Hang it is moot). Added
	// beyond the first contract, e.g. to answer after the client's timeout
	// but still answer.
	Delay time.Duration

	// DropAnswer carries the request out (a chat.postMessage is posted,
	// counted and recorded as successful) and then closes the connection
	// without answering: the client cannot tell whether it happened, as
	// when Slack's answer is lost on the way. Web API methods only; the
	// other fields are ignored.
	DropAnswer bool

	// LateAnswer carries the request out at once (a chat.postMessage is
	// posted and recorded) and holds the answer back this long, or until
	// the client gives up: Slack did it, its answer comes too late.
	// Web API methods only; the other fields but Every are ignored.
	LateAnswer time.Duration

	// Every, when > 1, applies the fault to every Every-th matching
	// request only (the others pass on to later faults, or are served).
	Every int
}

type faultEntry struct {
	method string
	f      Fault
	left   int
	seen   int // matching requests, for Every
}

// ClearFaults removes every injected fault: the end of an outage.
func (s *Server) ClearFaults() {
	s.fmu.Lock()
	s.faults = nil
	s.nFaults.Store(0)
	s.fmu.Unlock()
}

// Inject adds a fault for method ("" = every method, "response_url" for
// response URLs). Faults are tried in order of injection and the first one
// matching a request is applied (and its Times used up).
func (s *Server) Inject(method string, f Fault) {
	if f.Times < 0 {
		f.Times = 0
	}
	s.fmu.Lock()
	s.faults = append(s.faults, &faultEntry{method: method, f: f, left: f.Times})
	s.nFaults.Store(int32(len(s.faults)))
	s.fmu.Unlock()
}

// takeFault finds the first fault matching method and channel and uses up
// one of its Times.
func (s *Server) takeFault(method string, channel []byte) (Fault, bool) {
	s.fmu.Lock()
	defer s.fmu.Unlock()
	for i, e := range s.faults {
		if e.method != "" && e.method != method {
			continue
		}
		if e.f.Channel != "" && e.f.Channel != string(channel) {
			continue
		}
		if e.f.Every > 1 {
			e.seen++
			if e.seen%e.f.Every != 0 {
				continue
			}
		}
		if e.f.Times > 0 {
			e.left--
			if e.left <= 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
				s.nFaults.Store(int32(len(s.faults)))
			}
		}
		return e.f, true
	}
	return Fault{}, false
}

// applyFault answers (or hangs) according to f. It returns false when the
// request should go on to be served normally (a Delay-only fault).
func (s *Server) applyFault(w http.ResponseWriter, r *http.Request, st *reqState, f Fault, id int, method string, raw []byte, at time.Time, team *Team) bool {
	if !s.sleep(r.Context(), f.Delay) {
		s.finish(id, method, st, raw, at, answer{team: team})
		return true
	}
	if f.Hang {
		// Record before blocking so a test sees the attempt while it hangs.
		s.finish(id, method, st, raw, at, answer{team: team})
		select {
		case <-r.Context().Done():
		case <-s.closed:
		}
		return true
	}
	status := f.Status
	if status == 0 || status == http.StatusOK {
		if f.Error == "" {
			return false
		}
		status = http.StatusOK
	}
	if !s.sleep(r.Context(), s.cfg.latency) {
		s.finish(id, method, st, raw, at, answer{team: team})
		return true
	}
	h := w.Header()
	a := answer{status: status, err: f.Error, team: team}
	switch {
	case f.Error != "":
		st.out = appendError(st.out[:0], f.Error)
		h["Content-Type"] = s.ctJSON
	default:
		// Slack's edge answers 5xx with an HTML page; slack-go does not parse it.
		st.out = append(st.out[:0], "<html><body>"...)
		st.out = strconv.AppendInt(st.out, int64(status), 10)
		st.out = append(st.out, ' ')
		st.out = append(st.out, http.StatusText(status)...)
		st.out = append(st.out, "</body></html>"...)
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	if status == http.StatusTooManyRequests && f.RetryAfter >= 0 {
		secs := (f.RetryAfter + time.Second - 1) / time.Second
		h.Set("Retry-After", strconv.FormatInt(int64(secs), 10))
	}
	w.WriteHeader(status)
	_, _ = w.Write(st.out)
	s.finish(id, method, st, raw, at, a)
	return true
}
