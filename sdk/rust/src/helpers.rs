//! Helpers above the raw ABI, the same as the Go SDK's: Block Kit builders
//! and mrkdwn escaping ([`Blocks`], [`escape_mrkdwn`]), structured values
//! in KV ([`KvRecord`], [`kv_update`], [`kv_update_record`]), action
//! routing by prefix ([`route_action`], [`Event::action_suffix`]) and
//! message references ([`MessageRef`]).
//!
//! The builders write JSON by hand (no serde: the SDK is std-only), always
//! valid: every string is quoted and escaped.

use std::borrow::Cow;

use crate::error::{Error, HandlerResult, Result};
use crate::event::Event;
use crate::host::{kv_cas, kv_get, kv_set, post, reply, update};
use crate::message::Message;
use crate::record::{put, Record};

// ------------------------------------------------------------- Block Kit

/// Builds a Block Kit JSON array.
///
/// ```
/// use bothost::{Blocks, Button, Element, Section};
/// let b = Blocks::new()
///     .header("Lunch?")
///     .section(&Section { text: "*Where* shall we go?", ..Section::default() })
///     .actions(&[Element::Button(Button { text: "Pizza", action_id: "poll:vote:0", ..Button::default() })]);
/// assert!(b.as_str().starts_with(r#"[{"type":"header""#));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Blocks {
    buf: String,
}

/// A section block: mrkdwn `text` and/or mrkdwn `fields`, with an optional
/// element on the right.
#[derive(Clone, Debug, Default)]
pub struct Section<'a> {
    pub text: &'a str,
    pub fields: &'a [&'a str],
    pub accessory: Option<Element<'a>>,
    pub block_id: &'a str,
}

/// An interactive element.
#[derive(Clone, Debug)]
pub enum Element<'a> {
    Button(Button<'a>),
    StaticSelect(StaticSelect<'a>),
    Overflow(Overflow<'a>),
}

/// Button styles.
pub const PRIMARY: &str = "primary";
pub const DANGER: &str = "danger";

/// A button; a click delivers an `action` event with `action_id`, `value`.
#[derive(Clone, Debug, Default)]
pub struct Button<'a> {
    pub text: &'a str,
    pub action_id: &'a str,
    pub value: &'a str,
    /// `""`, [`PRIMARY`] or [`DANGER`].
    pub style: &'a str,
    pub url: &'a str,
    pub confirm: Option<Confirm<'a>>,
}

/// A confirmation dialog shown before an element's action is sent.
#[derive(Clone, Debug, Default)]
pub struct Confirm<'a> {
    pub title: &'a str,
    /// mrkdwn
    pub text: &'a str,
    /// The confirm button's label (default "Yes").
    pub confirm: &'a str,
    /// The cancel button's label (default "Cancel").
    pub deny: &'a str,
    pub style: &'a str,
}

/// One choice of a select or overflow menu.
#[derive(Clone, Debug, Default)]
pub struct SelectOption<'a> {
    pub text: &'a str,
    pub value: &'a str,
}

/// A drop-down menu; the action's `value` is the chosen option's.
#[derive(Clone, Debug, Default)]
pub struct StaticSelect<'a> {
    pub placeholder: &'a str,
    pub action_id: &'a str,
    pub options: &'a [SelectOption<'a>],
    /// Value of the option selected at first, if any.
    pub initial: &'a str,
    pub confirm: Option<Confirm<'a>>,
}

/// A "⋯" menu of up to 5 options.
#[derive(Clone, Debug, Default)]
pub struct Overflow<'a> {
    pub action_id: &'a str,
    pub options: &'a [SelectOption<'a>],
    pub confirm: Option<Confirm<'a>>,
}

impl Blocks {
    pub fn new() -> Blocks {
        Blocks::default()
    }

    fn open(&mut self, typ: &str) {
        self.buf.push(if self.buf.is_empty() { '[' } else { ',' });
        self.buf.push_str(r#"{"type":""#);
        self.buf.push_str(typ);
        self.buf.push('"');
    }

    /// A header block (plain text).
    pub fn header(mut self, text: &str) -> Blocks {
        self.open("header");
        self.buf.push_str(r#","text":"#);
        push_text(&mut self.buf, "plain_text", text);
        self.buf.push('}');
        self
    }

    /// A section block.
    pub fn section(mut self, s: &Section) -> Blocks {
        self.open("section");
        push_field(&mut self.buf, "block_id", s.block_id);
        if !s.text.is_empty() {
            self.buf.push_str(r#","text":"#);
            push_text(&mut self.buf, "mrkdwn", s.text);
        }
        if !s.fields.is_empty() {
            self.buf.push_str(r#","fields":["#);
            for (i, f) in s.fields.iter().enumerate() {
                if i > 0 {
                    self.buf.push(',');
                }
                push_text(&mut self.buf, "mrkdwn", f);
            }
            self.buf.push(']');
        }
        if let Some(a) = &s.accessory {
            self.buf.push_str(r#","accessory":"#);
            push_element(&mut self.buf, a);
        }
        self.buf.push('}');
        self
    }

    /// A section block with just mrkdwn text.
    pub fn text(self, mrkdwn: &str) -> Blocks {
        self.section(&Section { text: mrkdwn, ..Section::default() })
    }

    /// A context block of mrkdwn texts.
    pub fn context(mut self, mrkdwn: &[&str]) -> Blocks {
        self.open("context");
        self.buf.push_str(r#","elements":["#);
        for (i, t) in mrkdwn.iter().enumerate() {
            if i > 0 {
                self.buf.push(',');
            }
            push_text(&mut self.buf, "mrkdwn", t);
        }
        self.buf.push_str("]}");
        self
    }

    /// A divider block.
    pub fn divider(mut self) -> Blocks {
        self.open("divider");
        self.buf.push('}');
        self
    }

    /// An actions block of interactive elements.
    pub fn actions(self, elements: &[Element]) -> Blocks {
        self.actions_id("", elements)
    }

    /// An actions block with a `block_id`.
    pub fn actions_id(mut self, block_id: &str, elements: &[Element]) -> Blocks {
        self.open("actions");
        push_field(&mut self.buf, "block_id", block_id);
        self.buf.push_str(r#","elements":["#);
        for (i, e) in elements.iter().enumerate() {
            if i > 0 {
                self.buf.push(',');
            }
            push_element(&mut self.buf, e);
        }
        self.buf.push_str("]}");
        self
    }

    /// The JSON array (`[]` when empty).
    pub fn into_string(mut self) -> String {
        if self.buf.is_empty() {
            return "[]".into();
        }
        self.buf.push(']');
        self.buf
    }

    /// The JSON so far, closed: for [`Message::blocks`] keep the String from
    /// [`Blocks::into_string`]; this copies.
    pub fn as_str(&self) -> Cow<'_, str> {
        if self.buf.is_empty() {
            Cow::Borrowed("[]")
        } else {
            Cow::Owned(format!("{}]", self.buf))
        }
    }
}

fn push_element(out: &mut String, e: &Element) {
    match e {
        Element::Button(b) => {
            out.push_str(r#"{"type":"button","text":"#);
            push_text(out, "plain_text", b.text);
            push_field(out, "action_id", b.action_id);
            push_field(out, "value", b.value);
            push_field(out, "style", b.style);
            push_field(out, "url", b.url);
            push_confirm(out, &b.confirm);
        }
        Element::StaticSelect(s) => {
            out.push_str(r#"{"type":"static_select""#);
            if !s.placeholder.is_empty() {
                out.push_str(r#","placeholder":"#);
                push_text(out, "plain_text", s.placeholder);
            }
            push_field(out, "action_id", s.action_id);
            push_options(out, s.options);
            if let Some(o) = s.options.iter().find(|o| !s.initial.is_empty() && o.value == s.initial) {
                out.push_str(r#","initial_option":"#);
                push_option(out, o);
            }
            push_confirm(out, &s.confirm);
        }
        Element::Overflow(o) => {
            out.push_str(r#"{"type":"overflow""#);
            push_field(out, "action_id", o.action_id);
            push_options(out, o.options);
            push_confirm(out, &o.confirm);
        }
    }
    out.push('}');
}

fn push_confirm(out: &mut String, c: &Option<Confirm>) {
    let c = match c {
        Some(c) => c,
        None => return,
    };
    out.push_str(r#","confirm":{"title":"#);
    push_text(out, "plain_text", c.title);
    out.push_str(r#","text":"#);
    push_text(out, "mrkdwn", c.text);
    out.push_str(r#","confirm":"#);
    push_text(out, "plain_text", if c.confirm.is_empty() { "Yes" } else { c.confirm });
    out.push_str(r#","deny":"#);
    push_text(out, "plain_text", if c.deny.is_empty() { "Cancel" } else { c.deny });
    push_field(out, "style", c.style);
    out.push('}');
}

fn push_options(out: &mut String, opts: &[SelectOption]) {
    out.push_str(r#","options":["#);
    for (i, o) in opts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_option(out, o);
    }
    out.push(']');
}

fn push_option(out: &mut String, o: &SelectOption) {
    out.push_str(r#"{"text":"#);
    push_text(out, "plain_text", o.text);
    push_field(out, "value", o.value);
    out.push('}');
}

/// `{"type":typ,"text":s}`; Slack refuses empty texts, so "" becomes " ".
fn push_text(out: &mut String, typ: &str, s: &str) {
    out.push_str(r#"{"type":""#);
    out.push_str(typ);
    out.push_str(r#"","text":"#);
    push_json_str(out, if s.is_empty() { " " } else { s });
    out.push('}');
}

fn push_field(out: &mut String, key: &str, val: &str) {
    if val.is_empty() {
        return;
    }
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":");
    push_json_str(out, val);
}

/// Append `s` as a JSON string literal.
pub fn push_json_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut start = 0;
    for (i, c) in s.bytes().enumerate() {
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.push_str(&s[start..i]);
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                out.push_str("\\u00");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Escape `&`, `<` and `>`, the characters mrkdwn gives meaning to, so text
/// from users shows as typed and cannot forge links or mentions.
pub fn escape_mrkdwn(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|c| matches!(c, b'&' | b'<' | b'>')) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

// ------------------------------------------------------ records in KV

/// A small structured value under one KV key: string fields by name, in the
/// order first set, with typed getters. Stored in the ABI's record format
/// (docs/ABI.md §3), byte for byte what the Go SDK's `skill.Record` reads
/// and writes. Names are 1–255 bytes; integers are decimal, booleans
/// `"1"`/absent. Change it with [`kv_update_record`] so racing handlers
/// lose nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KvRecord {
    fields: Vec<(String, String)>,
}

impl KvRecord {
    pub fn new() -> KvRecord {
        KvRecord::default()
    }
    /// Parse a stored record (`Err(InvalidArgument)` if it is not one). A
    /// repeated name keeps its first value.
    pub fn from_bytes(b: &[u8]) -> Result<KvRecord> {
        let mut r = KvRecord::new();
        for (k, v) in Record::parse(b).map_err(|_| Error::InvalidArgument)?.iter() {
            let k = String::from_utf8_lossy(k);
            if r.get(&k).is_none() {
                r.fields.push((k.into_owned(), String::from_utf8_lossy(v).into_owned()));
            }
        }
        Ok(r)
    }
    /// Encode (`Err(InvalidArgument)` for an empty or over-long name).
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        for (k, v) in &self.fields {
            put(&mut out, k.as_bytes(), v.as_bytes())?;
        }
        Ok(out)
    }
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
    /// The field, `""` when unset.
    pub fn str(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }
    /// The field as an integer, 0 when unset or not decimal.
    pub fn int(&self, name: &str) -> i64 {
        crate::num::parse_int(self.str(name)).unwrap_or(0)
    }
    pub fn bool(&self, name: &str) -> bool {
        self.str(name) == "1"
    }
    pub fn set(&mut self, name: &str, v: &str) -> &mut Self {
        match self.fields.iter_mut().find(|(k, _)| k == name) {
            Some(f) => f.1 = v.to_owned(),
            None => self.fields.push((name.to_owned(), v.to_owned())),
        }
        self
    }
    pub fn set_int(&mut self, name: &str, n: i64) -> &mut Self {
        self.set(name, crate::num::Itoa::new(n).as_str())
    }
    /// `"1"`, or removes the field for `false`.
    pub fn set_bool(&mut self, name: &str, v: bool) -> &mut Self {
        if v {
            self.set(name, "1")
        } else {
            self.remove(name);
            self
        }
    }
    pub fn remove(&mut self, name: &str) {
        self.fields.retain(|(k, _)| k != name);
    }
    /// Fields in the order first set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
    pub fn len(&self) -> usize {
        self.fields.len()
    }
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// The record under `key` (`None` when absent).
pub fn kv_get_record<K: AsRef<[u8]>>(key: K) -> Result<Option<KvRecord>> {
    kv_get(key)?.map(|b| KvRecord::from_bytes(&b)).transpose()
}

/// Store `r` under `key` (`ttl_ms` as for [`kv_set`]).
pub fn kv_set_record<K: AsRef<[u8]>>(key: K, r: &KvRecord, ttl_ms: i64) -> Result<()> {
    kv_set(key, r.to_bytes()?, ttl_ms)
}

/// Change the value under `key` safely against concurrent handlers: read
/// it (`None` when absent), call `f`, store what it returns with
/// [`kv_cas`], calling `f` again on the new value whenever another handler
/// changed the key in between (so `f` must only compute). `f` returning
/// `None` stores nothing. Returns what was stored.
pub fn kv_update<K: AsRef<[u8]>>(
    key: K,
    ttl_ms: i64,
    mut f: impl FnMut(Option<&[u8]>) -> Result<Option<Vec<u8>>>,
) -> Result<Option<Vec<u8>>> {
    let key = key.as_ref();
    for _ in 0..1000 {
        let cur = kv_get(key)?;
        let next = match f(cur.as_deref())? {
            Some(n) => n,
            None => return Ok(None),
        };
        if kv_cas(key, cur.as_deref(), &next, ttl_ms)? {
            return Ok(Some(next));
        }
    }
    Err(Error::Unavailable)
}

/// [`kv_update`] for a [`KvRecord`]: `f` changes the stored record (an
/// empty one, `exists == false`, when the key is absent) in place and
/// returns whether to store it. Returns the record stored, `None` when `f`
/// declined.
pub fn kv_update_record<K: AsRef<[u8]>>(
    key: K,
    ttl_ms: i64,
    mut f: impl FnMut(&mut KvRecord, bool) -> bool,
) -> Result<Option<KvRecord>> {
    let mut out = None;
    kv_update(key, ttl_ms, |cur| {
        let mut r = match cur {
            Some(b) => KvRecord::from_bytes(b)?,
            None => KvRecord::new(),
        };
        if !f(&mut r, cur.is_some()) {
            return Ok(None);
        }
        let b = r.to_bytes()?;
        out = Some(r);
        Ok(Some(b))
    })?;
    Ok(out)
}

// ---------------------------------------------------- action routing

impl<'a> Event<'a> {
    /// The rest of `action_id` after `prefix`, if it starts with it.
    pub fn action_suffix(&self, prefix: &str) -> Option<&'a str> {
        self.action_id().strip_prefix(prefix)
    }

    /// The message this event is about: for an action, the message the
    /// element is on; for a message, that message.
    pub fn message_ref(&self) -> MessageRef {
        let ts = if self.message_ts().is_empty() { self.ts() } else { self.message_ts() };
        MessageRef { channel: self.channel().into(), ts: ts.into() }
    }
}

/// A route of [`route_action`]: an `action_id` prefix and its handler,
/// which gets the rest of the `action_id`.
pub type ActionRoute<S> = (&'static str, fn(&mut S, &Event, &str) -> HandlerResult);

/// Route an action to the handler of the longest matching prefix, with the
/// suffix: from `Skill::on_action`,
///
/// ```ignore
/// bothost::route_action(self, ev, &[("poll:vote:", Self::vote), ("poll:close:", Self::close)])
/// ```
///
/// An action no prefix matches is ignored (`Ok`).
pub fn route_action<S>(skill: &mut S, ev: &Event, routes: &[ActionRoute<S>]) -> HandlerResult {
    let best = routes
        .iter()
        .filter(|(p, _)| ev.action_id().starts_with(p))
        .max_by_key(|(p, _)| p.len());
    match best {
        Some((p, h)) => h(skill, ev, &ev.action_id()[p.len()..]),
        None => Ok(()),
    }
}

// ---------------------------------------------------- message references

/// One message: its channel and its reference or ts.
///
/// `reply` and `post` return a reference, `bothost:<n>`, not Slack's ts:
/// messages are delivered after the handler returns through the host's
/// durable outbox (docs/ABI.md §2.4). The console, `bothost invoke` and
/// the fake hosts return the same shape. A reference updates the message
/// later ([`update_ref`]) from any event, for 7 days, and threads posts
/// under it; store it with `to_string`/[`MessageRef::parse`]. It is not a
/// Slack ts: a click on the message arrives with Slack's real ts
/// ([`Event::message_ref`]), so key state by something in the button
/// (action_id suffix or value), not by the message's ts. A slash command's
/// reply goes out with chat.postMessage, or through the command's
/// response_url when the bot cannot post in the channel; the reference
/// updates it either way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageRef {
    pub channel: String,
    pub ts: String,
}

impl MessageRef {
    /// Read what `to_string` wrote ("CHANNEL TS").
    pub fn parse(s: &str) -> Option<MessageRef> {
        let (c, t) = s.split_once(' ')?;
        if c.is_empty() || t.is_empty() {
            return None;
        }
        Some(MessageRef { channel: c.into(), ts: t.into() })
    }
}

impl core::fmt::Display for MessageRef {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} {}", self.channel, self.ts)
    }
}

/// [`reply`] returning a reference to the new message in `ev`'s channel.
pub fn reply_ref(ev: &Event, msg: &Message) -> Result<MessageRef> {
    let ts = reply(msg)?;
    Ok(MessageRef { channel: ev.channel().into(), ts: ts.as_str().into() })
}

/// [`post`] returning a reference to the new message.
pub fn post_ref(msg: &Message) -> Result<MessageRef> {
    let ts = post(msg)?;
    Ok(MessageRef { channel: msg.channel.into(), ts: ts.as_str().into() })
}

/// Replace the message `r` with `msg`'s text and blocks.
pub fn update_ref(r: &MessageRef, msg: &Message) -> Result<()> {
    update(&Message { channel: &r.channel, ts: &r.ts, ..*msg })
}
