//! The event record handed to `bothost_handle` (§3.1).

use crate::error::Result;
use crate::record::{entry_at, Entries, Record};

/// The kind of an event. Kinds this SDK does not know are `Unknown`
/// (`Event::kind_str` still tells the name); skills should ignore them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Message,
    Command,
    Action,
    Timer,
    Schedule,
    Webhook,
    Unknown,
}

impl Kind {
    pub fn from_bytes(b: &[u8]) -> Kind {
        match b {
            b"message" => Kind::Message,
            b"command" => Kind::Command,
            b"action" => Kind::Action,
            b"timer" => Kind::Timer,
            b"schedule" => Kind::Schedule,
            b"webhook" => Kind::Webhook,
            _ => Kind::Unknown,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Message => "message",
            Kind::Command => "command",
            Kind::Action => "action",
            Kind::Timer => "timer",
            Kind::Schedule => "schedule",
            Kind::Webhook => "webhook",
            Kind::Unknown => "",
        }
    }
}

macro_rules! event_fields {
    ($( $field:ident = $key:literal ),* $(,)?) => {
        /// One event, borrowed from the input buffer (no copies).
        ///
        /// Text accessors return `""` when the key is absent (or, defensively,
        /// not UTF-8); boolean accessors are true only for `"1"`; integer
        /// accessors return 0 when absent or not a decimal. [`Event::get`]
        /// reads any key, including ones this SDK does not know.
        #[derive(Clone, Copy, Debug, Default)]
        pub struct Event<'a> {
            raw: &'a [u8],
            $( $field: Option<&'a [u8]>, )*
        }

        impl<'a> Event<'a> {
            /// Parse (and validate) an event record. Known keys are located in
            /// one pass; when a key repeats the first value wins.
            pub fn parse(raw: &'a [u8]) -> Result<Event<'a>> {
                let mut ev = Event { raw, ..Event::default() };
                let mut pos = 0;
                while pos < raw.len() {
                    let (k, v, next) = entry_at(raw, pos)?;
                    pos = next;
                    let slot = match k {
                        $( $key => &mut ev.$field, )*
                        _ => continue,
                    };
                    if slot.is_none() {
                        *slot = Some(v);
                    }
                }
                Ok(ev)
            }
        }
    };
}

event_fields! {
    kind = b"kind",
    id = b"id",
    team = b"team",
    time = b"time",
    text = b"text",
    user = b"user",
    channel = b"channel",
    ts = b"ts",
    thread_ts = b"thread_ts",
    is_dm = b"is_dm",
    mentioned = b"mentioned",
    bot_id = b"bot_id",
    command = b"command",
    response_url = b"response_url",
    trigger_id = b"trigger_id",
    action_id = b"action_id",
    value = b"value",
    message_ts = b"message_ts",
    block_id = b"block_id",
    name = b"name",
    payload = b"payload",
    due = b"due",
    late = b"late",
    slot = b"slot",
    hook = b"hook",
    method = b"method",
    path = b"path",
    headers = b"headers",
    body = b"body",
}

#[inline]
fn text(v: Option<&[u8]>) -> &str {
    match v {
        Some(b) => crate::text::to_str(b).unwrap_or(""),
        None => "",
    }
}

#[inline]
fn flag(v: Option<&[u8]>) -> bool {
    v == Some(b"1")
}

#[inline]
fn int(v: Option<&[u8]>) -> i64 {
    v.and_then(crate::num::parse_i64).unwrap_or(0)
}

macro_rules! str_accessors {
    ($( $(#[$m:meta])* $field:ident ),* $(,)?) => {
        impl<'a> Event<'a> {
            $( $(#[$m])* #[inline] pub fn $field(&self) -> &'a str { text(self.$field) } )*
        }
    };
}

str_accessors! {
    /// Unique event id; the host delivers each id once.
    id,
    /// Workspace id.
    team,
    /// Message text (message), command arguments (command).
    text,
    /// The user who sent / clicked / ran the command.
    user,
    /// Channel id (message, command, action).
    channel,
    /// The message's ts (message).
    ts,
    /// The thread the message is in (message, action); "" when not in a thread.
    thread_ts,
    /// Set for messages from bots; "" for humans.
    bot_id,
    /// The slash command, e.g. `/echo` (command).
    command,
    response_url,
    trigger_id,
    /// The clicked element's action_id (action).
    action_id,
    /// The clicked element's value (action).
    value,
    /// The ts of the message the button was on (action).
    message_ts,
    block_id,
    /// Timer or schedule name (timer, schedule).
    name,
    /// Webhook name from bot.toml (webhook).
    hook,
    /// HTTP method (webhook).
    method,
    /// Request path (webhook).
    path,
}

impl<'a> Event<'a> {
    /// The event kind.
    #[inline]
    pub fn kind(&self) -> Kind {
        match self.kind {
            Some(k) => Kind::from_bytes(k),
            None => Kind::Unknown,
        }
    }

    /// The `kind` key as sent by the host (useful for unknown kinds).
    pub fn kind_str(&self) -> &'a str {
        text(self.kind)
    }

    /// When the host received the event (Unix ms).
    pub fn time(&self) -> i64 {
        int(self.time)
    }

    /// A DM to the bot (message).
    pub fn is_dm(&self) -> bool {
        flag(self.is_dm)
    }

    /// The bot was @-mentioned (message).
    pub fn mentioned(&self) -> bool {
        flag(self.mentioned)
    }

    /// The timer or schedule fired late, after a host outage.
    pub fn late(&self) -> bool {
        flag(self.late)
    }

    /// Unix ms the timer was due (timer).
    pub fn due(&self) -> i64 {
        int(self.due)
    }

    /// Unix ms of the cron slot (schedule).
    pub fn slot(&self) -> i64 {
        int(self.slot)
    }

    /// The timer payload as given to `timer_set` (timer).
    pub fn payload(&self) -> &'a [u8] {
        self.payload.unwrap_or(b"")
    }

    /// The timer payload as text ("" if absent or not UTF-8).
    pub fn payload_str(&self) -> &'a str {
        text(self.payload)
    }

    /// The request body (webhook).
    pub fn body(&self) -> &'a [u8] {
        self.body.unwrap_or(b"")
    }

    /// The request body as text ("" if absent or not UTF-8).
    pub fn body_str(&self) -> &'a str {
        text(self.body)
    }

    /// Request headers (webhook): a nested record, lower-case name → value.
    /// Empty if absent or malformed.
    pub fn headers(&self) -> Record<'a> {
        self.headers
            .and_then(|h| Record::parse(h).ok())
            .unwrap_or(Record::from_valid(&[]))
    }

    /// One request header (webhook); `name` is matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers()
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name.as_bytes()))
            .and_then(|(_, v)| crate::text::to_str(v))
    }

    /// Any key, raw (first value if it repeats). `None` when absent.
    pub fn get(&self, key: &str) -> Option<&'a [u8]> {
        Record::from_valid(self.raw).get(key)
    }

    /// Any key as text. `None` when absent or not UTF-8.
    pub fn get_str(&self, key: &str) -> Option<&'a str> {
        Record::from_valid(self.raw).get_str(key)
    }

    /// True if the key is present (even with an empty value).
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// All entries in order.
    pub fn entries(&self) -> Entries<'a> {
        Record::from_valid(self.raw).iter()
    }

    /// The encoded event record.
    pub fn raw(&self) -> &'a [u8] {
        self.raw
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RecordBuilder;

    #[test]
    fn message_event() {
        let rec = RecordBuilder::new()
            .set("kind", "message")
            .set("id", "Ev1")
            .set("team", "T1")
            .set("time", "1700000000123")
            .set("text", "hello")
            .set("user", "U1")
            .set("channel", "C1")
            .set("ts", "1.000001")
            .set("is_dm", "1")
            .set("mentioned", "0")
            .set("future_key", "whatever")
            .finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!(ev.kind(), Kind::Message);
        assert_eq!(ev.kind_str(), "message");
        assert_eq!(ev.id(), "Ev1");
        assert_eq!(ev.team(), "T1");
        assert_eq!(ev.time(), 1700000000123);
        assert_eq!(ev.text(), "hello");
        assert_eq!(ev.user(), "U1");
        assert_eq!(ev.channel(), "C1");
        assert_eq!(ev.ts(), "1.000001");
        assert_eq!(ev.thread_ts(), "");
        assert!(!ev.has("thread_ts"));
        assert!(ev.is_dm());
        assert!(!ev.mentioned());
        assert_eq!(ev.get_str("future_key"), Some("whatever"));
        assert_eq!(ev.get("nope"), None);
        assert_eq!(ev.entries().count(), 11);
    }

    #[test]
    fn webhook_event() {
        let headers = RecordBuilder::new()
            .set("content-type", "application/json")
            .set("x-thing", "1");
        let rec = RecordBuilder::new()
            .set("kind", "webhook")
            .set("hook", "deploy")
            .set("method", "POST")
            .set("path", "/hooks/deploy")
            .set_record("headers", &headers)
            .set("body", [0xffu8, 0, 1])
            .finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!(ev.kind(), Kind::Webhook);
        assert_eq!(ev.hook(), "deploy");
        assert_eq!(ev.method(), "POST");
        assert_eq!(ev.path(), "/hooks/deploy");
        assert_eq!(ev.header("Content-Type"), Some("application/json"));
        assert_eq!(ev.headers().iter().count(), 2);
        assert_eq!(ev.body(), &[0xff, 0, 1]);
        assert_eq!(ev.body_str(), "");
    }

    #[test]
    fn timer_schedule_action() {
        let rec = RecordBuilder::new()
            .set("kind", "timer")
            .set("name", "remind")
            .set("payload", "C9")
            .set("due", "42")
            .set("late", "1")
            .finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!(ev.kind(), Kind::Timer);
        assert_eq!((ev.name(), ev.payload(), ev.payload_str()), ("remind", &b"C9"[..], "C9"));
        assert_eq!(ev.due(), 42);
        assert!(ev.late());

        let rec = RecordBuilder::new().set("kind", "schedule").set("name", "daily").set("slot", "x").finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!((ev.kind(), ev.name(), ev.slot(), ev.late()), (Kind::Schedule, "daily", 0, false));

        let rec = RecordBuilder::new()
            .set("kind", "action")
            .set("action_id", "echo:yes")
            .set("value", "yes")
            .set("message_ts", "5.5")
            .finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!((ev.action_id(), ev.value(), ev.message_ts()), ("echo:yes", "yes", "5.5"));
    }

    #[test]
    fn unknown_and_malformed() {
        let rec = RecordBuilder::new().set("kind", "reaction").finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!(ev.kind(), Kind::Unknown);
        assert_eq!(ev.kind_str(), "reaction");
        assert_eq!(Event::parse(&[]).unwrap().kind(), Kind::Unknown);
        assert!(Event::parse(&[4, b'k', b'i']).is_err());
    }

    #[test]
    fn first_value_wins_and_bad_utf8() {
        let rec = RecordBuilder::new()
            .set("text", "a")
            .set("text", "b")
            .set("user", [0xc3u8, 0x28])
            .finish();
        let ev = Event::parse(&rec).unwrap();
        assert_eq!(ev.text(), "a");
        assert_eq!(ev.user(), "");
        assert_eq!(ev.get("user"), Some(&[0xc3u8, 0x28][..]));
    }
}
