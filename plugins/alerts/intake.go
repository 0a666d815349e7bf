package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"
)

// incoming is one alert as a source reported it, whatever the format.
type incoming struct {
	Key      string // dedup key within the hook: same key, same Slack alert
	Resolved bool   // the source says it is over
	Title    string
	Summary  string
	Severity string // critical | warning | info | "" (unknown)
	Fields   []field
	Links    []link
	Items    []item // the alerts of an Alertmanager/Grafana group
	More     int    // items the source left out (truncatedAlerts)
}

type field struct{ K, V string }
type link struct{ Name, URL string }

// item is one alert of a group.
type item struct {
	Name     string `json:"n"`
	Resolved bool   `json:"r,omitempty"`
	Text     string `json:"t,omitempty"`
}

// Limits on what is kept from a payload: a message must stay under
// Slack's limits whatever a source sends.
const (
	maxTitle   = 200
	maxSummary = 1500
	maxFields  = 10
	maxItems   = 10
	maxValue   = 200
	maxKey     = 255
)

// errUnreadable wraps every parse failure, for the notice.
var errUnreadable = errors.New("unreadable payload")

func unreadable(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUnreadable, fmt.Sprintf(format, a...))
}

// parse reads a webhook body in format.
func parse(format string, headers map[string]string, body []byte) (*incoming, error) {
	if len(body) == 0 {
		return nil, unreadable("empty body")
	}
	var in *incoming
	var err error
	switch format {
	case "alertmanager":
		in, err = parseAlertmanager(body)
	case "grafana":
		in, err = parseGrafana(body)
	case "sns":
		in, err = parseSNS(body)
	default:
		in, err = parseGeneric(headers, body)
	}
	if err != nil {
		return nil, err
	}
	in.clean()
	return in, nil
}

// amAlert is one alert of an Alertmanager (or Grafana) group.
type amAlert struct {
	Status       string            `json:"status"`
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     string            `json:"startsAt"`
	EndsAt       string            `json:"endsAt"`
	GeneratorURL string            `json:"generatorURL"`
	Fingerprint  string            `json:"fingerprint"`
	// Grafana
	SilenceURL   string             `json:"silenceURL"`
	DashboardURL string             `json:"dashboardURL"`
	PanelURL     string             `json:"panelURL"`
	Values       map[string]float64 `json:"values"`
}

// amPayload is Alertmanager's webhook v4, which Grafana extends.
type amPayload struct {
	Version           string            `json:"version"`
	GroupKey          string            `json:"groupKey"`
	TruncatedAlerts   int               `json:"truncatedAlerts"`
	Status            string            `json:"status"`
	Receiver          string            `json:"receiver"`
	GroupLabels       map[string]string `json:"groupLabels"`
	CommonLabels      map[string]string `json:"commonLabels"`
	CommonAnnotations map[string]string `json:"commonAnnotations"`
	ExternalURL       string            `json:"externalURL"`
	Alerts            []amAlert         `json:"alerts"`
	// Grafana
	Title   string `json:"title"`
	State   string `json:"state"`
	Message string `json:"message"`
}

func parseAlertmanager(body []byte) (*incoming, error) {
	var p amPayload
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, unreadable("not Alertmanager JSON: %v", err)
	}
	if p.GroupKey == "" || (p.Status != "firing" && p.Status != "resolved") {
		return nil, unreadable("not an Alertmanager notification (groupKey %q, status %q)", p.GroupKey, p.Status)
	}
	return fromGroup(&p), nil
}

func parseGrafana(body []byte) (*incoming, error) {
	var p amPayload
	if err := json.Unmarshal(body, &p); err != nil {
		return nil, unreadable("not Grafana JSON: %v", err)
	}
	if p.GroupKey == "" && p.Title == "" {
		return nil, unreadable("not a Grafana alert notification (no groupKey, no title)")
	}
	if p.Status == "" {
		switch strings.ToLower(p.State) {
		case "ok", "normal", "resolved":
			p.Status = "resolved"
		default:
			p.Status = "firing"
		}
	}
	in := fromGroup(&p)
	if p.GroupKey == "" {
		in.Key = p.Title
	}
	if p.Title != "" {
		// Grafana's title is "[FIRING:2] Name (labels)": the state prefix
		// goes, since the message shows the state itself.
		t := p.Title
		if strings.HasPrefix(t, "[") {
			if i := strings.Index(t, "] "); i > 0 {
				t = t[i+2:]
			}
		}
		in.Title = t
	}
	if in.Summary == "" && p.Message != "" {
		in.Summary = p.Message
	}
	return in, nil
}

// fromGroup turns an Alertmanager-shaped group into one alert.
func fromGroup(p *amPayload) *incoming {
	in := &incoming{Key: p.GroupKey, Resolved: p.Status == "resolved", More: p.TruncatedAlerts}
	common := p.CommonLabels
	if common == nil {
		common = map[string]string{}
	}
	in.Title = common["alertname"]
	if in.Title == "" {
		in.Title = joinLabels(p.GroupLabels)
	}
	if in.Title == "" && len(p.Alerts) > 0 {
		in.Title = p.Alerts[0].Labels["alertname"]
	}
	in.Severity = normSeverity(common["severity"])
	ann := p.CommonAnnotations
	in.Summary = firstOf(ann["summary"], ann["description"], ann["message"])
	if in.Summary == "" && len(p.Alerts) == 1 {
		a := p.Alerts[0].Annotations
		in.Summary = firstOf(a["summary"], a["description"])
	}
	for _, k := range sortedKeys(common) {
		if k == "alertname" || k == "severity" {
			continue
		}
		in.Fields = append(in.Fields, field{k, common[k]})
	}
	for _, a := range p.Alerts {
		name := a.Labels["alertname"]
		if inst := firstOf(a.Labels["instance"], a.Labels["pod"], a.Labels["job"]); inst != "" {
			name += " " + inst
		}
		if name == "" {
			name = joinLabels(a.Labels)
		}
		text := firstOf(a.Annotations["summary"], a.Annotations["description"])
		if text == in.Summary {
			text = ""
		}
		if len(a.Values) > 0 {
			var vs []string
			for _, k := range sortedKeys(a.Values) {
				vs = append(vs, fmt.Sprintf("%s=%g", k, a.Values[k]))
			}
			text = strings.TrimSpace(text + " " + strings.Join(vs, " "))
		}
		in.Items = append(in.Items, item{Name: name, Resolved: a.Status == "resolved", Text: text})
	}
	var src, dash, panel, silence string
	for _, a := range p.Alerts {
		src = firstOf(src, a.GeneratorURL)
		dash = firstOf(dash, a.DashboardURL, a.Annotations["dashboard_url"], a.Annotations["dashboard"])
		panel = firstOf(panel, a.PanelURL)
		silence = firstOf(silence, a.SilenceURL)
	}
	in.addLink("Source", src)
	in.addLink("Dashboard", firstOf(dash, ann["dashboard_url"]))
	in.addLink("Panel", panel)
	in.addLink("Runbook", firstOf(ann["runbook_url"], ann["runbook"], firstAnnotation(p.Alerts, "runbook_url")))
	in.addLink("Silence", silence)
	if silence == "" {
		in.addLink("Alertmanager", p.ExternalURL)
	}
	return in
}

// cloudWatchAlarm is the JSON Message of a CloudWatch alarm notification.
type cloudWatchAlarm struct {
	AlarmName        string `json:"AlarmName"`
	AlarmDescription string `json:"AlarmDescription"`
	AWSAccountID     string `json:"AWSAccountId"`
	NewStateValue    string `json:"NewStateValue"`
	NewStateReason   string `json:"NewStateReason"`
	StateChangeTime  string `json:"StateChangeTime"`
	Region           string `json:"Region"`
	AlarmArn         string `json:"AlarmArn"`
	OldStateValue    string `json:"OldStateValue"`
	Trigger          struct {
		MetricName         string          `json:"MetricName"`
		Namespace          string          `json:"Namespace"`
		Threshold          json.Number     `json:"Threshold"`
		ComparisonOperator string          `json:"ComparisonOperator"`
		Dimensions         []snsDimension  `json:"Dimensions"`
		Statistic          string          `json:"Statistic"`
		Period             json.RawMessage `json:"Period"`
	} `json:"Trigger"`
}

type snsDimension struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// snsEnvelope is the host-verified SNS delivery (auth = "sns").
type snsEnvelope struct {
	Type      string  `json:"Type"`
	MessageID string  `json:"MessageId"`
	TopicArn  string  `json:"TopicArn"`
	Subject   *string `json:"Subject"`
	Message   string  `json:"Message"`
}

func parseSNS(body []byte) (*incoming, error) {
	var env snsEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, unreadable("not an SNS message: %v", err)
	}
	if env.Type != "Notification" {
		return nil, unreadable("SNS message of type %q, want Notification", env.Type)
	}
	subject := ""
	if env.Subject != nil {
		subject = *env.Subject
	}
	var cw cloudWatchAlarm
	if strings.HasPrefix(strings.TrimSpace(env.Message), "{") && json.Unmarshal([]byte(env.Message), &cw) == nil && cw.AlarmName != "" {
		in := &incoming{Key: firstOf(cw.AlarmArn, cw.AlarmName), Title: cw.AlarmName, Summary: firstOf(cw.NewStateReason, cw.AlarmDescription)}
		switch cw.NewStateValue {
		case "OK":
			in.Resolved = true
		case "ALARM":
			in.Severity = "critical"
		case "INSUFFICIENT_DATA":
			in.Severity = "warning"
		default:
			return nil, unreadable("CloudWatch alarm %q has state %q", cw.AlarmName, cw.NewStateValue)
		}
		if cw.AlarmDescription != "" && cw.AlarmDescription != in.Summary {
			in.Fields = append(in.Fields, field{"description", cw.AlarmDescription})
		}
		in.Fields = append(in.Fields, field{"state", cw.OldStateValue + " → " + cw.NewStateValue})
		if t := cw.Trigger; t.MetricName != "" {
			m := t.Namespace + " " + t.MetricName
			if t.ComparisonOperator != "" {
				m += " " + comparison(t.ComparisonOperator) + " " + t.Threshold.String()
			}
			in.Fields = append(in.Fields, field{"metric", strings.TrimSpace(m)})
			for _, d := range t.Dimensions {
				in.Fields = append(in.Fields, field{d.Name, d.Value})
			}
		}
		in.Fields = append(in.Fields, field{"region", cw.Region}, field{"account", cw.AWSAccountID})
		if cw.Region != "" {
			in.addLink("CloudWatch", "https://console.aws.amazon.com/cloudwatch/home?region="+url.QueryEscape(regionCode(cw.AlarmArn, cw.Region))+
				"#alarmsV2:alarm/"+url.PathEscape(cw.AlarmName))
		}
		return in, nil
	}
	text := strings.TrimSpace(env.Message)
	if text == "" && subject == "" {
		return nil, unreadable("SNS notification with neither Subject nor Message")
	}
	title := subject
	if title == "" {
		title, _, _ = strings.Cut(text, "\n")
	}
	in := &incoming{Key: env.TopicArn + "\n" + title, Title: title, Summary: text}
	if strings.HasPrefix(strings.ToUpper(subject), "OK:") || strings.HasPrefix(strings.ToUpper(subject), "RESOLVED") {
		in.Resolved = true
	}
	in.Fields = append(in.Fields, field{"topic", env.TopicArn})
	return in, nil
}

// regionCode takes the region from an ARN (CloudWatch's Region field is a
// display name such as "EU (Ireland)").
func regionCode(arn, fallback string) string {
	if p := strings.Split(arn, ":"); len(p) > 3 && p[3] != "" {
		return p[3]
	}
	return fallback
}

func comparison(op string) string {
	switch op {
	case "GreaterThanOrEqualToThreshold":
		return "≥"
	case "GreaterThanThreshold":
		return ">"
	case "LessThanThreshold":
		return "<"
	case "LessThanOrEqualToThreshold":
		return "≤"
	}
	return op
}

// genericJSON is the generic hook's JSON body; alternative names from
// Grafana OnCall's formatted webhook and PagerDuty Events v2 are read too.
type genericJSON struct {
	Title    string `json:"title"`
	Text     string `json:"text"`
	Key      string `json:"key"`
	State    string `json:"state"`
	Severity string `json:"severity"`
	Link     string `json:"link"`
	Runbook  string `json:"runbook"`
	// Grafana OnCall formatted webhook.
	AlertUID string `json:"alert_uid"`
	Message  string `json:"message"`
	Upstream string `json:"link_to_upstream_details"`
	// PagerDuty Events v2.
	EventAction string `json:"event_action"`
	DedupKey    string `json:"dedup_key"`
	Payload     *struct {
		Summary  string `json:"summary"`
		Source   string `json:"source"`
		Severity string `json:"severity"`
	} `json:"payload"`
}

func parseGeneric(headers map[string]string, body []byte) (*incoming, error) {
	ct := strings.ToLower(headers["content-type"])
	trimmed := strings.TrimSpace(string(body))
	var in *incoming
	switch {
	case strings.Contains(ct, "json") || strings.HasPrefix(trimmed, "{"):
		var g genericJSON
		if err := json.Unmarshal(body, &g); err != nil {
			return nil, unreadable("JSON body: %v", err)
		}
		in = &incoming{
			Title:    g.Title,
			Summary:  firstOf(g.Text, g.Message),
			Key:      firstOf(g.Key, g.AlertUID, g.DedupKey),
			Severity: normSeverity(g.Severity),
			Resolved: isResolved(firstOf(g.State, g.EventAction)),
		}
		if g.Payload != nil {
			in.Title = firstOf(in.Title, g.Payload.Summary)
			in.Severity = firstOf(in.Severity, normSeverity(g.Payload.Severity))
			if g.Payload.Source != "" {
				in.Fields = append(in.Fields, field{"source", g.Payload.Source})
			}
		}
		in.addLink("Source", firstOf(g.Link, g.Upstream))
		in.addLink("Runbook", g.Runbook)
	case strings.Contains(ct, "x-www-form-urlencoded"):
		v, err := url.ParseQuery(trimmed)
		if err != nil {
			return nil, unreadable("form body: %v", err)
		}
		in = fromForm(v)
	default:
		if !utf8.Valid(body) {
			return nil, unreadable("body is neither JSON, a form nor UTF-8 text")
		}
		title, rest, _ := strings.Cut(trimmed, "\n")
		in = &incoming{Title: strings.TrimSpace(title), Summary: strings.TrimSpace(rest)}
	}
	if k := headers["x-alert-key"]; k != "" {
		in.Key = k
	}
	if in.Title == "" {
		in.Title = firstLine(in.Summary)
	}
	if in.Title == "" {
		return nil, unreadable("no title and no text")
	}
	if in.Key == "" {
		// marbot's computed key: the same title is the same alert.
		in.Key = "title:" + in.Title
	}
	return in, nil
}

// fromForm reads a form post: the generic field names, or Uptime Robot's
// (monitorFriendlyName, alertType 1 = down / 2 = up, alertDetails).
func fromForm(v url.Values) *incoming {
	in := &incoming{
		Title:    firstOf(v.Get("title"), v.Get("monitorFriendlyName")),
		Summary:  firstOf(v.Get("text"), v.Get("alertDetails")),
		Key:      firstOf(v.Get("key"), v.Get("monitorID")),
		Severity: normSeverity(v.Get("severity")),
		Resolved: isResolved(v.Get("state")) || v.Get("alertType") == "2",
	}
	if v.Get("monitorFriendlyName") != "" && in.Title != "" {
		if in.Resolved {
			in.Title += " is up"
		} else {
			in.Title += " is down"
		}
	}
	in.addLink("Source", firstOf(v.Get("link"), v.Get("monitorURL")))
	in.addLink("Runbook", v.Get("runbook"))
	return in
}

func isResolved(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "resolved", "resolve", "ok", "up", "closed", "normal":
		return true
	}
	return false
}

func normSeverity(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "critical", "crit", "page", "p1", "fatal", "error", "high", "disaster":
		return "critical"
	case "warning", "warn", "p2", "p3", "medium", "average":
		return "warning"
	case "info", "information", "low", "p4", "p5", "none":
		return "info"
	}
	return ""
}

// clean bounds every field and drops unsafe links, so what a source sends
// cannot break the message (or the JSON it goes into).
func (in *incoming) clean() {
	in.Title = clip(oneLine(in.Title), maxTitle)
	in.Summary = clip(in.Summary, maxSummary)
	if len(in.Key) > maxKey {
		sum := sha256.Sum256([]byte(in.Key))
		in.Key = in.Key[:maxKey-33] + "#" + hex.EncodeToString(sum[:16])
	}
	var fs []field
	for _, f := range in.Fields {
		if f.K == "" || f.V == "" || len(fs) == maxFields {
			continue
		}
		fs = append(fs, field{clip(oneLine(f.K), 60), clip(f.V, maxValue)})
	}
	in.Fields = fs
	if len(in.Items) > maxItems {
		in.More += len(in.Items) - maxItems
		in.Items = in.Items[:maxItems]
	}
	for i := range in.Items {
		in.Items[i].Name = clip(oneLine(in.Items[i].Name), 120)
		in.Items[i].Text = clip(oneLine(in.Items[i].Text), 200)
	}
}

func (in *incoming) addLink(name, u string) {
	if u == "" || len(u) > 2000 {
		return
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
		return
	}
	// "|" and ">" would end Slack's <url|text> early.
	if strings.ContainsAny(u, "|<> \n") {
		return
	}
	in.Links = append(in.Links, link{name, u})
}

func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "�")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(l)
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

func firstAnnotation(as []amAlert, k string) string {
	for _, a := range as {
		if v := a.Annotations[k]; v != "" {
			return v
		}
	}
	return ""
}

func joinLabels(m map[string]string) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, k+"="+m[k])
	}
	return strings.Join(parts, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
