//! The chat side: triggers, answers with buttons, corrections kept in KV
//! and learned online, `/who stats`.
//!
//! KV layout (every key starts with the workspace id, so corrections and
//! figures never leak between workspaces):
//! * `q/<ws>/<channel>/<ts>` -> `<team>\t<question>`: the question behind an
//!   answer, so a button click knows what it is feedback on (TTL 14 days).
//! * `f/<ws>/<channel>/<ts>/<user>`: this user already gave feedback on that
//!   answer (one vote per person per answer).
//! * `c/<ws>/<ms>/<event id>` -> `<team>\t<question>`: one correction (or
//!   confirmation); replayed in key order (oldest first) into a [`Delta`]
//!   on top of the trained model.
//! * `g/<ws>` -> the newest correction's key: instances cache their replayed
//!   delta and rebuild it when this changes (one KV read per question).
//! * `s/<ws>/<metric>/<team>` -> decimal counter: answered, confirmed,
//!   corrected (by the team the bot had said), for `/who stats`.

use std::collections::HashMap;

use bothost::{Config, Event, HandlerResult, Message, Skill};

use crate::model::{percent, Delta, Model, Prediction};

/// Where the model file is (the skill's read-only data dir is `/data`).
pub const DEFAULT_MODEL: &str = "/data/model.tcm";
/// Below this probability the bot says it is not sure.
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.40;
/// The runner-up is named when its probability is at least this share of
/// the winner's.
pub const DEFAULT_RUNNER_UP: f64 = 0.5;
/// Online learning step and the margin a correction pushes to. With both
/// blocks L2-normalised a step moves the margin by about 4 * eta, so a
/// confidently wrong answer flips after a handful of corrections, not one.
pub const ETA: f32 = 0.1;
pub const MARGIN: f64 = 0.5;
/// Corrections kept per workspace (the oldest are deleted beyond this).
pub const MAX_CORRECTIONS: usize = 500;
/// Questions are cut to this many bytes before they are stored.
pub const MAX_STORED_QUESTION: usize = 1000;
const QUESTION_TTL_MS: i64 = 14 * 24 * 3_600_000;

/// One team's presentation, from `[skills.team-classifier.config.teams.NAME]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Team {
    /// Display name ("Networking"); the model's label when absent.
    pub name: String,
    /// Where to ask: a channel ("#area-net", "<#C123>") or user group ("<!subteam^S123>").
    pub contact: String,
    pub description: String,
}

pub struct Classifier {
    model: Option<Model>,
    teams: HashMap<String, Team>,
    min_confidence: f64,
    runner_up: f64,
    triggers: Vec<String>,
    command: String,
    /// Replayed corrections per workspace: (generation, delta).
    deltas: HashMap<String, (String, Delta)>,
}

impl Default for Classifier {
    fn default() -> Self {
        Classifier {
            model: None,
            teams: HashMap::new(),
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            runner_up: DEFAULT_RUNNER_UP,
            triggers: vec!["who".into(), "whom".into(), "whose".into(), "which team".into(), "what team".into()],
            command: "/who".into(),
            deltas: HashMap::new(),
        }
    }
}

/// Escapes text for a JSON string literal (quotes not included).
pub fn json_escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
}

fn js(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    json_escape(s, &mut o);
    o.push('"');
    o
}

/// Escapes Slack mrkdwn control characters in text we echo back.
fn mrkdwn_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The longest prefix of s of at most n bytes that ends on a char boundary.
fn cut(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut i = n;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Lower-cased text with Slack markup (<@U1>, <#C1|x>, <!here>) and
/// punctuation turned into single spaces, for trigger matching.
fn plain_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4096) + 2);
    out.push(' ');
    let mut in_markup = false;
    for c in text.chars().take(4096) {
        if c == '<' {
            in_markup = true;
            continue;
        }
        if in_markup {
            if c == '>' {
                in_markup = false;
                out.push(' ');
            }
            continue;
        }
        if c.is_alphanumeric() || c == '\'' {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

impl Classifier {
    /// Whether a message asks a routing question ("who …", "which team …").
    pub fn is_question(&self, text: &str) -> bool {
        let w = plain_words(text);
        self.triggers.iter().any(|t| {
            let t = plain_words(t);
            t.trim() != "" && w.contains(t.as_str())
        })
    }

    fn model(&self) -> Result<&Model, bothost::BoxError> {
        self.model.as_ref().ok_or_else(|| "no model loaded".into())
    }

    fn team(&self, label: &str) -> Team {
        self.teams.get(label).cloned().unwrap_or_else(|| Team { name: label.to_owned(), ..Team::default() })
    }

    /// "*net* (Networking) in #area-net": the label always appears, so the
    /// answer names the model's team whatever the config says.
    fn team_line(&self, label: &str) -> String {
        let t = self.team(label);
        let mut s = format!("*{}*", label);
        if !t.name.is_empty() && t.name != label {
            s.push_str(&format!(" ({})", t.name));
        }
        if !t.contact.is_empty() {
            s.push_str(&format!(" in {}", t.contact));
        }
        s
    }

    fn team_list(&self) -> String {
        let m = match self.model.as_ref() {
            Some(m) => m,
            None => return String::new(),
        };
        let mut s = String::new();
        for c in &m.classes {
            let t = self.team(c);
            s.push_str(&format!("\n• {}", self.team_line(c)));
            if !t.description.is_empty() {
                s.push_str(&format!(": {}", t.description));
            }
        }
        s
    }

    /// The corrections of a workspace, replayed (cached per instance until
    /// the workspace's generation key changes).
    fn delta(&mut self, ws: &str) -> Result<Option<&Delta>, bothost::BoxError> {
        let gen = bothost::kv_get_str(format!("g/{}", ws))?.unwrap_or_default();
        if gen.is_empty() {
            return Ok(None);
        }
        let fresh = self.deltas.get(ws).map_or(true, |(g, _)| *g != gen);
        if fresh {
            let model = self.model()?;
            let keys = bothost::kv_list(format!("c/{}/", ws), 0)?.to_strings();
            let mut d = Delta::default();
            for k in &keys {
                if let Some(v) = bothost::kv_get_str(k)? {
                    if let Some((team, q)) = v.split_once('\t') {
                        if let Some(c) = model.class_index(team) {
                            model.learn(q, c, &mut d, ETA, MARGIN);
                        }
                    }
                }
            }
            self.deltas.insert(ws.to_owned(), (gen, d));
        }
        Ok(self.deltas.get(ws).map(|(_, d)| d))
    }

    /// Classifies a question for a workspace (its corrections applied).
    pub fn classify(&mut self, ws: &str, question: &str) -> Result<Prediction, bothost::BoxError> {
        self.model()?;
        let delta = self.delta(ws)?.cloned();
        let m = self.model()?;
        Ok(m.predict(question, true, delta.as_ref()))
    }

    /// The answer to a question: text and blocks (with the feedback buttons).
    pub fn answer(&mut self, ws: &str, question: &str) -> Result<(String, String, Option<String>), bothost::BoxError> {
        let p = self.classify(ws, question)?;
        let m = self.model()?;
        let (best, prob) = p.best();
        let label = m.classes[best].clone();
        let sure = p.known > 0 && prob >= self.min_confidence;
        let mut text;
        let team = if sure {
            let t = self.team(&label);
            text = format!("That sounds like {} ({} sure).", self.team_line(&label), percent(prob));
            if !t.description.is_empty() {
                text.push_str(&format!("\n_{}_: {}", label, t.description));
            }
            if p.ranked.len() > 1 {
                let (rc, rp, _) = p.ranked[1];
                if rp >= prob * self.runner_up {
                    text.push_str(&format!("\nRunner-up: {} ({}).", self.team_line(&m.classes[rc]), percent(rp)));
                }
            }
            Some(label.clone())
        } else {
            text = format!("I'm not sure who owns that (best guess *{}* at {}). The teams are:", label, percent(prob));
            text.push_str(&self.team_list());
            None
        };
        let mut blocks = String::from("[");
        blocks.push_str(&format!(r#"{{"type":"section","text":{{"type":"mrkdwn","text":{}}}}},"#, js(&text)));
        blocks.push_str(r#"{"type":"actions","block_id":"tc","elements":["#);
        if sure {
            blocks.push_str(&format!(
                r#"{{"type":"button","text":{{"type":"plain_text","text":"Right"}},"style":"primary","action_id":"tc:right","value":{}}},"#,
                js(&label)
            ));
        }
        blocks.push_str(&format!(
            r#"{{"type":"static_select","action_id":"tc:wrong","placeholder":{{"type":"plain_text","text":{}}},"options":["#,
            js(if sure { "Wrong team…" } else { "Pick the right team…" })
        ));
        for (i, c) in m.classes.iter().enumerate() {
            let t = self.team(c);
            let shown = if t.name.is_empty() || t.name == *c { c.clone() } else { format!("{} ({})", c, t.name) };
            if i > 0 {
                blocks.push(',');
            }
            blocks.push_str(&format!(
                r#"{{"text":{{"type":"plain_text","text":{}}},"value":{}}}"#,
                js(cut(&shown, 75)),
                js(c)
            ));
        }
        blocks.push_str("]}]}]");
        Ok((text, blocks, team))
    }

    fn respond(&mut self, ev: &Event, question: &str) -> HandlerResult {
        let ws = ev.team();
        let (text, blocks, team) = self.answer(ws, question)?;
        let in_thread = !ev.thread_ts().is_empty() || ev.kind() == bothost::Kind::Message;
        let ts = bothost::reply(&Message::new().text(&text).blocks(&blocks).in_thread(in_thread))?;
        // Feedback needs the question; losing it (quota) only costs learning.
        let label = team.clone().unwrap_or_else(|| "?".into());
        let rec = format!("{}\t{}", label, cut(question, MAX_STORED_QUESTION));
        if let Err(e) = bothost::kv_set(format!("q/{}/{}/{}", ws, ev.channel(), ts.as_str()), rec, QUESTION_TTL_MS) {
            bothost::warn(&format!("question not kept for feedback: {}", e));
        }
        if let Some(t) = team {
            bump(ws, "answered", &t);
        } else {
            bump(ws, "unsure", "-");
        }
        Ok(())
    }

    fn feedback(&mut self, ev: &Event, right: bool) -> HandlerResult {
        let ws = ev.team();
        let chosen = ev.value();
        let m = self.model()?;
        if m.class_index(chosen).is_none() {
            bothost::warn(&format!("feedback names an unknown team {:?}", cut(chosen, 64)));
            return Ok(());
        }
        let qkey = format!("q/{}/{}/{}", ws, ev.channel(), ev.message_ts());
        let rec = match bothost::kv_get_str(&qkey)? {
            Some(r) => r,
            None => {
                bothost::reply(
                    &Message::new().text("Sorry, I no longer know what that answer was about.").ephemeral_user(ev.user()),
                )?;
                return Ok(());
            }
        };
        let (said, question) = rec.split_once('\t').unwrap_or(("?", ""));
        let vote = format!("f/{}/{}/{}/{}", ws, ev.channel(), ev.message_ts(), ev.user());
        let first = bothost::kv_get(&vote)?.is_none();
        if first {
            bothost::kv_set(&vote, if right { "right" } else { chosen }, QUESTION_TTL_MS)?;
            let key = format!("c/{}/{:013}/{}", ws, bothost::now_ms().max(0), ev.id());
            bothost::kv_set(&key, format!("{}\t{}", chosen, question), 0)?;
            bothost::kv_set(format!("g/{}", ws), &key, 0)?;
            trim_corrections(ws)?;
            if right || said == chosen {
                bump(ws, "confirmed", chosen);
            } else if said != "?" {
                bump(ws, "corrected", said);
            }
        }
        let note = if right || said == chosen {
            format!("✅ <@{}> confirmed {}.", ev.user(), self.team_line(chosen))
        } else {
            format!("Thanks <@{}>: this goes to {}. I'll learn from it.", ev.user(), self.team_line(chosen))
        };
        let q = mrkdwn_escape(cut(question, 300));
        let text = format!("> {}\n{}", q.replace('\n', " "), note);
        bothost::update(&Message::new().channel(ev.channel()).ts(ev.message_ts()).text(&text))?;
        Ok(())
    }

    /// `/who stats`: the workspace's feedback figures.
    pub fn stats(&self, ws: &str) -> Result<String, bothost::BoxError> {
        let m = self.model()?;
        let get = |metric: &str, team: &str| -> Result<i64, bothost::BoxError> {
            Ok(bothost::kv_get_with(format!("s/{}/{}/{}", ws, metric, team), bothost::parse_i64)?.flatten().unwrap_or(0))
        };
        let (mut a, mut c, mut x) = (0, 0, 0);
        let mut lines = String::new();
        for t in &m.classes {
            let (ta, tc, tx) = (get("answered", t)?, get("confirmed", t)?, get("corrected", t)?);
            a += ta;
            c += tc;
            x += tx;
            lines.push_str(&format!("\n• *{}*: {} answered, {} confirmed, {} corrected, {}", t, ta, tc, tx, accuracy(tc, tx)));
        }
        let unsure = get("unsure", "-")?;
        Ok(format!(
            "Team classifier: {} answers given ({} more not sure), {} confirmed, {} corrected; accuracy from feedback {}.{}",
            a,
            unsure,
            c,
            x,
            accuracy(c, x),
            lines
        ))
    }
}

fn accuracy(confirmed: i64, corrected: i64) -> String {
    if confirmed + corrected == 0 {
        return "n/a".into();
    }
    percent(confirmed as f64 / (confirmed + corrected) as f64)
}

/// Adds one to a counter. Read-then-write: two instances racing can lose a
/// count, acceptable for feedback figures (kv_incr replaces this when the
/// host has it).
fn bump(ws: &str, metric: &str, team: &str) {
    let key = format!("s/{}/{}/{}", ws, metric, team);
    let r = bothost::kv_get_with(&key, bothost::parse_i64)
        .map(|v| v.flatten().unwrap_or(0))
        .and_then(|n| bothost::kv_set(&key, bothost::Itoa::new(n.saturating_add(1)), 0));
    if let Err(e) = r {
        bothost::warn(&format!("counter {}: {}", key, e));
    }
}

/// Deletes the oldest corrections beyond MAX_CORRECTIONS.
fn trim_corrections(ws: &str) -> bothost::Result<()> {
    let keys = bothost::kv_list(format!("c/{}/", ws), 0)?.to_strings();
    if keys.len() > MAX_CORRECTIONS {
        for k in &keys[..keys.len() - MAX_CORRECTIONS] {
            bothost::kv_delete(k)?;
        }
    }
    Ok(())
}

/// The question part of a message or command (the model drops mentions
/// and question boilerplate itself).
fn question_of(text: &str) -> &str {
    text.trim()
}

impl Skill for Classifier {
    fn init(&mut self, cfg: &Config) -> HandlerResult {
        let path = cfg.str_or("model", DEFAULT_MODEL).into_owned();
        let bytes = std::fs::read(&path).map_err(|e| format!("team-classifier: model {}: {}", path, e))?;
        let model = Model::from_bytes(&bytes).map_err(|e| format!("team-classifier: model {}: {}", path, e))?;
        if let Some(v) = cfg.get_f64("min_confidence") {
            if !(0.0..=1.0).contains(&v) {
                return Err(format!("min_confidence {} is not between 0 and 1", v).into());
            }
            self.min_confidence = v;
        }
        if let Some(v) = cfg.get_f64("runner_up") {
            if !(0.0..=1.0).contains(&v) {
                return Err(format!("runner_up {} is not between 0 and 1", v).into());
            }
            self.runner_up = v;
        }
        if let Some(c) = cfg.get_str("command") {
            self.command = c.into_owned();
        }
        if cfg.get("triggers").is_some() {
            self.triggers = parse_string_array(cfg.get("triggers"));
        }
        if let Some(teams) = cfg.get("teams").and_then(|v| v.as_object()) {
            for (label, v) in teams.iter() {
                if model.class_index(&label).is_none() {
                    return Err(format!("teams.{}: the model has no such team (it knows {})", label, model.classes.join(", ")).into());
                }
                if let Some(o) = v.as_object() {
                    let contact = o.get_str("channel").or_else(|| o.get_str("usergroup")).unwrap_or_default().into_owned();
                    self.teams.insert(
                        label.into_owned(),
                        Team {
                            name: o.get_str("name").unwrap_or_default().into_owned(),
                            contact,
                            description: o.get_str("description").unwrap_or_default().into_owned(),
                        },
                    );
                }
            }
        }
        self.model = Some(model);
        Ok(())
    }

    fn on_message(&mut self, ev: &Event) -> HandlerResult {
        if !ev.bot_id().is_empty() || !(ev.mentioned() || ev.is_dm()) {
            return Ok(());
        }
        let text = ev.text();
        if !self.is_question(text) {
            return Ok(());
        }
        self.respond(ev, question_of(text))
    }

    fn on_command(&mut self, ev: &Event) -> HandlerResult {
        if ev.command() != self.command {
            return Ok(());
        }
        let q = question_of(ev.text());
        match q.to_lowercase().as_str() {
            "stats" => {
                let s = self.stats(ev.team())?;
                bothost::reply(&Message::new().text(&s))?;
                Ok(())
            }
            "" | "help" => {
                let s = format!(
                    "Ask me who owns something: `{} why does SslStream fail the handshake on Linux?` or mention me with a \"who …\" question. `{} stats` shows how I'm doing. The teams:{}",
                    self.command,
                    self.command,
                    self.team_list()
                );
                bothost::reply(&Message::new().text(&s))?;
                Ok(())
            }
            _ => self.respond(ev, q),
        }
    }

    fn on_action(&mut self, ev: &Event) -> HandlerResult {
        match ev.action_id() {
            "tc:right" => self.feedback(ev, true),
            "tc:wrong" => self.feedback(ev, false),
            _ => Ok(()),
        }
    }
}

/// The strings of a JSON array value (non-strings skipped).
fn parse_string_array(v: Option<bothost::json::Value>) -> Vec<String> {
    let raw = match v {
        Some(bothost::json::Value::Array(raw)) => raw,
        _ => return Vec::new(),
    };
    // The SDK's reader returns arrays as raw text: split at top-level
    // commas (honouring strings) and read each item as a string.
    let inner = raw.trim().trim_start_matches('[').trim_end_matches(']');
    let mut out = Vec::new();
    let mut depth = 0;
    let mut in_str = false;
    let mut esc = false;
    let mut start = 0;
    let bytes = inner.as_bytes();
    let mut items = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
            } else if b == b'"' {
                in_str = false;
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth -= 1,
            b',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    for it in items {
        let w = format!("{{\"v\":{}}}", it.trim());
        if let Some(s) = bothost::Config::new(&w).get_str("v") {
            out.push(s.into_owned());
        }
    }
    out
}
