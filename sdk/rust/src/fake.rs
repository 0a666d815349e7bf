//! An in-memory fake host for native unit tests (`cargo test`), compiled
//! only off wasm. It implements the raw `bothost_v1` functions with the
//! same signatures and checks as the real host (record validation, size
//! limits, quotas, kept results), so the SDK's encoding and `result_read`
//! paths run in tests exactly as they do in the guest.
//!
//! State is per thread (cargo runs tests on several threads), reset by
//! [`FakeHost::new`].
//!
//! ```
//! use bothost::fake::{EventBuilder, FakeHost};
//! use bothost::{Event, HandlerResult, Skill};
//!
//! #[derive(Default)]
//! struct Hi;
//! impl Skill for Hi {
//!     fn on_message(&mut self, ev: &Event) -> HandlerResult {
//!         bothost::reply_text(&format!("hi {}", ev.user()))?;
//!         Ok(())
//!     }
//! }
//!
//! let host = FakeHost::new();
//! let mut skill: Hi = host.start().unwrap();
//! host.run(&mut skill, &EventBuilder::message("U1", "C1", "hello").build()).unwrap();
//! assert_eq!(host.replies()[0].text, "hi U1");
//! ```

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use crate::error::{Error, ERR_INVALID_ARGUMENT, ERR_NOT_FOUND};
use crate::event::{Event, Kind};
use crate::host::Level;
use crate::http::Response;
use crate::record::{KeyList, Record, RecordBuilder};
use crate::Skill;

/// Limits from docs/ABI.md §5 (and bot.toml defaults).
pub const MAX_MESSAGE: usize = 64 << 10;
pub const MAX_TEXT: usize = 40_000;
pub const MAX_KEY: usize = 256;
pub const MAX_VALUE: usize = 1 << 20;
pub const MAX_TIMER_NAME: usize = 256;
pub const MAX_TIMER_PAYLOAD: usize = 16 << 10;
pub const MAX_LOG_LINE: usize = 8 << 10;
/// The fake clock's starting time (2023-11-14T22:13:20Z).
pub const DEFAULT_NOW: i64 = 1_700_000_000_000;

/// Which host function produced a [`Sent`] message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentKind {
    Reply,
    Post,
    Update,
}

/// A message the skill sent, as the fake host understood it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    pub kind: SentKind,
    pub text: String,
    pub blocks: String,
    /// The `in_thread` flag as sent (reply).
    pub in_thread: bool,
    /// The target channel: as sent (post/update) or the event's (reply).
    pub channel: String,
    /// The thread: as sent (post) or resolved from the event (reply with
    /// `in_thread`: the event's thread, else its message).
    pub thread_ts: String,
    /// reply/post: the ts the host returned; update: the message replaced.
    pub ts: String,
    pub ephemeral_user: String,
    /// The message record exactly as the skill encoded it.
    pub record: Vec<u8>,
}

/// A log line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogLine {
    pub level: Level,
    pub msg: String,
}

/// A pending timer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timer {
    pub name: String,
    pub payload: Vec<u8>,
    /// Unix ms it is due.
    pub due: i64,
}

impl Timer {
    /// The `timer` event this timer delivers.
    pub fn event(&self) -> Vec<u8> {
        EventBuilder::new("timer")
            .set("name", &self.name)
            .set("payload", &self.payload)
            .set("due", crate::num::Itoa::new(self.due))
            .build()
    }
}

/// An HTTP request the skill made (given to the handler set with
/// [`FakeHost::on_http`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub timeout_ms: i64,
}

/// A `slack_call` the skill made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlackCall {
    pub method: String,
    pub args: Vec<(String, String)>,
    /// The JSON handed back, or the error.
    pub result: Result<String, Error>,
}

type HttpHandler = Box<dyn FnMut(&HttpRequest) -> Result<Response, Error>>;

#[derive(Clone, Debug, Default)]
struct Conversation {
    channel: String,
    ts: String,
    thread_ts: String,
}

struct State {
    now: i64,
    config: String,
    kv: BTreeMap<Vec<u8>, (Vec<u8>, i64)>,
    kv_max_keys: usize,
    kv_max_bytes: usize,
    timers: BTreeMap<Vec<u8>, (Vec<u8>, i64)>,
    timer_max: usize,
    kept: Option<Vec<u8>>,
    sent: Vec<Sent>,
    logs: Vec<LogLine>,
    last_error: Option<String>,
    conv: Option<Conversation>,
    seq: u64,
    faults: HashMap<String, Error>,
    http: Option<HttpHandler>,
    misuse: usize,
    calls: HashMap<&'static str, usize>,
    slack: HashMap<String, String>,
    slack_limit: HashMap<String, i64>,
    slack_read: Option<Vec<String>>,
    slack_calls: Vec<SlackCall>,
}

impl State {
    fn new() -> State {
        State {
            now: DEFAULT_NOW,
            config: "{}".into(),
            kv: BTreeMap::new(),
            kv_max_keys: 10_000,
            kv_max_bytes: 16 << 20,
            timers: BTreeMap::new(),
            timer_max: 1000,
            kept: None,
            sent: Vec::new(),
            logs: Vec::new(),
            last_error: None,
            conv: None,
            seq: 0,
            faults: HashMap::new(),
            http: None,
            misuse: 0,
            calls: HashMap::new(),
            slack: HashMap::new(),
            slack_limit: HashMap::new(),
            slack_read: None,
            slack_calls: Vec::new(),
        }
    }

    fn live(&self, exp: i64) -> bool {
        exp <= 0 || exp > self.now
    }

    fn purge(&mut self) {
        let now = self.now;
        self.kv.retain(|_, (_, exp)| *exp <= 0 || *exp > now);
    }

    fn usage(&self) -> (usize, usize) {
        let mut keys = 0;
        let mut bytes = 0;
        for (k, (v, exp)) in &self.kv {
            if self.live(*exp) {
                keys += 1;
                bytes += k.len() + v.len();
            }
        }
        (keys, bytes)
    }

    fn next_ts(&mut self) -> String {
        self.seq += 1;
        format!("{}.{:06}", self.now.div_euclid(1000), self.seq)
    }
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::new());
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Handle on this thread's fake host. Cheap; all handles share the state.
#[derive(Debug)]
pub struct FakeHost {
    _priv: (),
}

impl Default for FakeHost {
    fn default() -> Self {
        FakeHost::new()
    }
}

impl FakeHost {
    /// Reset this thread's fake host: empty KV and timers, config `{}`,
    /// clock at [`DEFAULT_NOW`], default quotas, nothing recorded.
    pub fn new() -> FakeHost {
        with(|s| *s = State::new());
        FakeHost { _priv: () }
    }

    /// A handle to the current state without resetting it.
    pub fn current() -> FakeHost {
        FakeHost { _priv: () }
    }

    /// Set the config JSON returned by `config` and given to `init`.
    pub fn set_config(&self, json: &str) -> &Self {
        with(|s| s.config = json.to_owned());
        self
    }

    /// Create a skill as the host does: `Default`, then `init(config)`.
    /// `Err` carries the message the skill passed to `set_error`.
    pub fn start<S: Skill>(&self) -> Result<S, String> {
        let cfg = with(|s| {
            s.last_error = None;
            s.config.clone()
        });
        crate::__rt::new_skill::<S>(cfg.as_bytes()).map_err(|()| self.last_error().unwrap_or_default())
    }

    /// Deliver one event record to `skill` as `bothost_handle` would. `Err`
    /// carries the handler's error message (what it gave `set_error`).
    pub fn run<S: Skill>(&self, skill: &mut S, event: &[u8]) -> Result<(), String> {
        let conv = Event::parse(event).ok().and_then(|ev| {
            let (ts, thread_ts) = match ev.kind() {
                Kind::Message => (ev.ts(), ev.thread_ts()),
                Kind::Command => ("", ""),
                Kind::Action => (ev.message_ts(), ev.thread_ts()),
                _ => return None,
            };
            if ev.channel().is_empty() {
                return None;
            }
            Some(Conversation { channel: ev.channel().into(), ts: ts.into(), thread_ts: thread_ts.into() })
        });
        with(|s| {
            s.conv = conv;
            s.last_error = None;
        });
        let rc = crate::__rt::dispatch(skill, event);
        with(|s| s.conv = None);
        if rc == 0 {
            Ok(())
        } else {
            Err(self.last_error().unwrap_or_default())
        }
    }

    // -- clock

    pub fn now(&self) -> i64 {
        with(|s| s.now)
    }
    pub fn set_now(&self, ms: i64) {
        with(|s| s.now = ms)
    }
    /// Move the clock forward (KV entries expire, timers come due).
    pub fn advance(&self, ms: i64) {
        with(|s| s.now += ms)
    }

    // -- KV

    pub fn kv_get(&self, key: &str) -> Option<Vec<u8>> {
        with(|s| match s.kv.get(key.as_bytes()) {
            Some((v, exp)) if s.live(*exp) => Some(v.clone()),
            _ => None,
        })
    }
    pub fn kv_get_str(&self, key: &str) -> Option<String> {
        self.kv_get(key).map(|v| String::from_utf8_lossy(&v).into_owned())
    }
    /// Expiry (Unix ms, 0 = none) of a live key.
    pub fn kv_expiry(&self, key: &str) -> Option<i64> {
        with(|s| match s.kv.get(key.as_bytes()) {
            Some((_, exp)) if s.live(*exp) => Some(*exp),
            _ => None,
        })
    }
    /// Seed a value (bypasses quotas).
    pub fn kv_set(&self, key: &str, val: impl AsRef<[u8]>, ttl_ms: i64) {
        with(|s| {
            let exp = if ttl_ms > 0 { s.now + ttl_ms } else { 0 };
            s.kv.insert(key.as_bytes().to_vec(), (val.as_ref().to_vec(), exp));
        })
    }
    /// Live keys in byte order.
    pub fn kv_keys(&self) -> Vec<String> {
        with(|s| {
            s.purge();
            s.kv.keys().map(|k| String::from_utf8_lossy(k).into_owned()).collect()
        })
    }
    /// Set the KV quota (defaults: 10000 keys, 16 MiB).
    pub fn set_kv_quota(&self, max_keys: usize, max_bytes: usize) {
        with(|s| {
            s.kv_max_keys = max_keys;
            s.kv_max_bytes = max_bytes;
        })
    }

    // -- timers

    /// Pending timers by name.
    pub fn timers(&self) -> Vec<Timer> {
        with(|s| {
            s.timers
                .iter()
                .map(|(k, (p, due))| Timer { name: String::from_utf8_lossy(k).into_owned(), payload: p.clone(), due: *due })
                .collect()
        })
    }
    pub fn timer(&self, name: &str) -> Option<Timer> {
        self.timers().into_iter().find(|t| t.name == name)
    }
    /// Remove and return the timers due at the current time, earliest first.
    /// Deliver each with `host.run(&mut skill, &t.event())`.
    pub fn take_due_timers(&self) -> Vec<Timer> {
        let mut due: Vec<Timer> = with(|s| {
            let now = s.now;
            let names: Vec<Vec<u8>> = s.timers.iter().filter(|(_, (_, d))| *d <= now).map(|(k, _)| k.clone()).collect();
            names
                .into_iter()
                .map(|k| {
                    let (p, d) = s.timers.remove(&k).unwrap();
                    Timer { name: String::from_utf8_lossy(&k).into_owned(), payload: p, due: d }
                })
                .collect()
        });
        due.sort_by_key(|t| t.due);
        due
    }
    pub fn set_timer_max(&self, max: usize) {
        with(|s| s.timer_max = max)
    }

    // -- what the skill did

    /// Everything sent (reply, post, update) in order.
    pub fn sent(&self) -> Vec<Sent> {
        with(|s| s.sent.clone())
    }
    pub fn replies(&self) -> Vec<Sent> {
        self.sent_of(SentKind::Reply)
    }
    pub fn posts(&self) -> Vec<Sent> {
        self.sent_of(SentKind::Post)
    }
    pub fn updates(&self) -> Vec<Sent> {
        self.sent_of(SentKind::Update)
    }
    fn sent_of(&self, k: SentKind) -> Vec<Sent> {
        with(|s| s.sent.iter().filter(|m| m.kind == k).cloned().collect())
    }
    /// The texts of all replies, in order.
    pub fn reply_texts(&self) -> Vec<String> {
        self.replies().into_iter().map(|m| m.text).collect()
    }
    pub fn logs(&self) -> Vec<LogLine> {
        with(|s| s.logs.clone())
    }
    /// The last message given to `set_error`.
    pub fn last_error(&self) -> Option<String> {
        with(|s| s.last_error.clone())
    }
    /// How many calls the host answered with ERR_INVALID_ARGUMENT.
    pub fn misuse_count(&self) -> usize {
        with(|s| s.misuse)
    }
    /// How many times a host function (e.g. `"kv_get"`) was called.
    pub fn calls(&self, func: &str) -> usize {
        with(|s| s.calls.get(func).copied().unwrap_or(0))
    }
    /// Forget recorded messages, logs, errors and call counts (keeps KV,
    /// timers, clock, config).
    pub fn clear_recorded(&self) {
        with(|s| {
            s.sent.clear();
            s.logs.clear();
            s.last_error = None;
            s.calls.clear();
            s.misuse = 0;
        })
    }

    // -- fault injection

    /// Make every call to host function `func` (e.g. `"reply"`, `"kv_set"`)
    /// fail with `err` until [`FakeHost::clear_faults`].
    pub fn fail(&self, func: &str, err: Error) {
        with(|s| {
            s.faults.insert(func.to_owned(), err);
        })
    }
    pub fn clear_faults(&self) {
        with(|s| s.faults.clear())
    }

    // -- slack_call

    /// The JSON `slack_call(method, ..)` gets from now on. A method
    /// without one answers `{"ok":false,"error":"method_not_mocked"}`.
    pub fn set_slack_response(&self, method: &str, json: &str) {
        with(|s| {
            s.slack.insert(method.to_owned(), json.to_owned());
        })
    }
    /// The next `slack_call(method, ..)` fails as a Slack 429 asking to
    /// wait `retry_after_ms`: `Err(Unavailable)`, with
    /// `slack_retry_after_ms()` reporting the delay.
    pub fn set_slack_rate_limited(&self, method: &str, retry_after_ms: i64) {
        with(|s| {
            s.slack_limit.insert(method.to_owned(), retry_after_ms.max(1));
        })
    }
    /// Grant only these methods (as bot.toml's `slack_read`); others get
    /// `Err(NotPermitted)`. By default every method is granted.
    pub fn set_slack_read(&self, methods: &[&str]) {
        with(|s| s.slack_read = Some(methods.iter().map(|m| m.to_string()).collect()))
    }
    /// The `slack_call`s made, in order.
    pub fn slack_calls(&self) -> Vec<SlackCall> {
        with(|s| s.slack_calls.clone())
    }

    /// Answer `http_fetch` with `f` (without one it returns NotPermitted).
    pub fn on_http(&self, f: impl FnMut(&HttpRequest) -> Result<Response, Error> + 'static) {
        with(|s| s.http = Some(Box::new(f)))
    }
}

/// Builds event records for tests.
///
/// ```
/// use bothost::fake::EventBuilder;
/// let ev = EventBuilder::message("U1", "C1", "hi").set("thread_ts", "1.5").build();
/// let parsed = bothost::Event::parse(&ev).unwrap();
/// assert_eq!(parsed.thread_ts(), "1.5");
/// ```
#[derive(Clone, Debug)]
pub struct EventBuilder {
    rec: RecordBuilder,
}

thread_local! {
    static EVENT_SEQ: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl EventBuilder {
    /// An event of `kind` with `id` (unique per thread), `team` `T0001` and
    /// `time` the fake clock's now.
    pub fn new(kind: &str) -> EventBuilder {
        let n = EVENT_SEQ.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        let now = with(|s| s.now);
        let rec = RecordBuilder::new()
            .set("kind", kind)
            .set("id", format!("Ev{:08}", n))
            .set("team", "T0001")
            .set("time", crate::num::Itoa::new(now));
        EventBuilder { rec }
    }

    /// A `message` from `user` in `channel` with a fresh `ts`.
    pub fn message(user: &str, channel: &str, text: &str) -> EventBuilder {
        let ts = with(|s| s.next_ts());
        EventBuilder::new("message").set("text", text).set("user", user).set("channel", channel).set("ts", ts)
    }

    /// A slash `command` (e.g. `/echo`) with `text`.
    pub fn command(command: &str, user: &str, channel: &str, text: &str) -> EventBuilder {
        EventBuilder::new("command")
            .set("command", command)
            .set("text", text)
            .set("user", user)
            .set("channel", channel)
    }

    /// A button click.
    pub fn action(action_id: &str, value: &str, user: &str, channel: &str, message_ts: &str) -> EventBuilder {
        EventBuilder::new("action")
            .set("action_id", action_id)
            .set("value", value)
            .set("user", user)
            .set("channel", channel)
            .set("message_ts", message_ts)
    }

    pub fn timer(name: &str, payload: impl AsRef<[u8]>) -> EventBuilder {
        EventBuilder::new("timer").set("name", name).set("payload", payload)
    }

    pub fn schedule(name: &str) -> EventBuilder {
        let slot = with(|s| s.now);
        EventBuilder::new("schedule").set("name", name).set("slot", crate::num::Itoa::new(slot))
    }

    pub fn webhook(hook: &str, method: &str, body: impl AsRef<[u8]>) -> EventBuilder {
        EventBuilder::new("webhook").set("hook", hook).set("method", method).set("body", body)
    }

    /// Add any key.
    pub fn set(self, key: &str, val: impl AsRef<[u8]>) -> EventBuilder {
        EventBuilder { rec: self.rec.set(key, val) }
    }

    /// Add `headers` as a nested record.
    pub fn headers(self, headers: &[(&str, &str)]) -> EventBuilder {
        let mut h = RecordBuilder::new();
        for (k, v) in headers {
            h = h.set(k, v);
        }
        EventBuilder { rec: self.rec.set_record("headers", &h) }
    }

    pub fn build(self) -> Vec<u8> {
        self.rec.finish()
    }
}

/// The raw `bothost_v1` functions, implemented on this thread's state.
/// Re-exported as `crate::sys` off wasm.
#[allow(clippy::missing_safety_doc)]
pub mod sys {
    use super::*;

    fn count(s: &mut State, func: &'static str) -> Option<i32> {
        *s.calls.entry(func).or_insert(0) += 1;
        s.faults.get(func).map(|e| e.code())
    }

    fn invalid(s: &mut State) -> i32 {
        s.misuse += 1;
        ERR_INVALID_ARGUMENT
    }

    unsafe fn input<'a>(ptr: *const u8, len: i32) -> Option<&'a [u8]> {
        if len < 0 || (ptr.is_null() && len > 0) {
            None
        } else if len == 0 {
            Some(&[])
        } else {
            Some(core::slice::from_raw_parts(ptr, len as usize))
        }
    }

    fn out_ok(ptr: *mut u8, cap: i32) -> bool {
        cap >= 0 && (!ptr.is_null() || cap == 0)
    }

    /// Write `data` to the guest if it fits, else keep it for result_read.
    unsafe fn produce(s: &mut State, data: Vec<u8>, out_ptr: *mut u8, out_cap: i32) -> i32 {
        let n = data.len();
        if n > i32::MAX as usize {
            s.kept = None;
            return Error::TooLarge.code();
        }
        if n <= out_cap as usize {
            core::ptr::copy_nonoverlapping(data.as_ptr(), out_ptr, n);
            s.kept = None;
        } else {
            s.kept = Some(data);
        }
        n as i32
    }

    struct Msg {
        text: String,
        blocks: String,
        in_thread: bool,
        channel: String,
        thread_ts: String,
        ts: String,
        ephemeral_user: String,
    }

    fn parse_msg(rec: &[u8]) -> Result<Msg, Error> {
        if rec.len() > MAX_MESSAGE {
            return Err(Error::TooLarge);
        }
        let r = Record::parse(rec)?;
        let text = |k: &str| -> Result<String, Error> {
            match r.get(k) {
                None => Ok(String::new()),
                Some(v) => core::str::from_utf8(v).map(str::to_owned).map_err(|_| Error::InvalidArgument),
            }
        };
        let m = Msg {
            text: text("text")?,
            blocks: text("blocks")?,
            in_thread: r.get("in_thread") == Some(b"1"),
            channel: text("channel")?,
            thread_ts: text("thread_ts")?,
            ts: text("ts")?,
            ephemeral_user: text("ephemeral_user")?,
        };
        if m.text.len() > MAX_TEXT {
            return Err(Error::TooLarge);
        }
        if m.text.is_empty() && m.blocks.is_empty() {
            return Err(Error::InvalidArgument);
        }
        if !m.blocks.is_empty() {
            let b = m.blocks.trim();
            if !(b.starts_with('[') && b.ends_with(']')) {
                return Err(Error::InvalidArgument);
            }
        }
        Ok(m)
    }

    fn err(s: &mut State, e: Error) -> i32 {
        if e == Error::InvalidArgument {
            s.misuse += 1;
        }
        e.code()
    }

    unsafe fn send(kind: SentKind, func: &'static str, msg_ptr: *const u8, msg_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, func) {
                return rc;
            }
            let rec = match input(msg_ptr, msg_len) {
                Some(r) => r,
                None => return invalid(s),
            };
            if kind != SentKind::Update && !out_ok(out_ptr, out_cap) {
                return invalid(s);
            }
            let m = match parse_msg(rec) {
                Ok(m) => m,
                Err(e) => return err(s, e),
            };
            let (channel, thread_ts) = match kind {
                SentKind::Reply => match &s.conv {
                    None => return Error::NoConversation.code(),
                    Some(c) => {
                        let t = if !m.in_thread {
                            String::new()
                        } else if !c.thread_ts.is_empty() {
                            c.thread_ts.clone()
                        } else {
                            c.ts.clone()
                        };
                        (c.channel.clone(), t)
                    }
                },
                SentKind::Post | SentKind::Update => {
                    if m.channel.is_empty() || (kind == SentKind::Update && m.ts.is_empty()) {
                        return invalid(s);
                    }
                    (m.channel.clone(), m.thread_ts.clone())
                }
            };
            let ts = if kind == SentKind::Update { m.ts.clone() } else { s.next_ts() };
            s.sent.push(Sent {
                kind,
                text: m.text,
                blocks: m.blocks,
                in_thread: m.in_thread,
                channel,
                thread_ts,
                ts: ts.clone(),
                ephemeral_user: m.ephemeral_user,
                record: rec.to_vec(),
            });
            if kind == SentKind::Update {
                0
            } else {
                produce(s, ts.into_bytes(), out_ptr, out_cap)
            }
        })
    }

    pub unsafe fn reply(msg_ptr: *const u8, msg_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32 {
        send(SentKind::Reply, "reply", msg_ptr, msg_len, out_ptr, out_cap)
    }

    pub unsafe fn post(msg_ptr: *const u8, msg_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32 {
        send(SentKind::Post, "post", msg_ptr, msg_len, out_ptr, out_cap)
    }

    pub unsafe fn update(msg_ptr: *const u8, msg_len: i32) -> i32 {
        send(SentKind::Update, "update", msg_ptr, msg_len, core::ptr::null_mut(), 0)
    }

    fn check_key(k: &[u8]) -> Result<(), Error> {
        if k.is_empty() {
            Err(Error::InvalidArgument)
        } else if k.len() > MAX_KEY {
            Err(Error::TooLarge)
        } else {
            Ok(())
        }
    }

    pub unsafe fn kv_get(key_ptr: *const u8, key_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "kv_get") {
                return rc;
            }
            let key = match input(key_ptr, key_len) {
                Some(k) if out_ok(out_ptr, out_cap) => k,
                _ => return invalid(s),
            };
            if let Err(e) = check_key(key) {
                return err(s, e);
            }
            let val = match s.kv.get(key) {
                Some((v, exp)) if s.live(*exp) => v.clone(),
                _ => {
                    s.kept = None;
                    return ERR_NOT_FOUND;
                }
            };
            produce(s, val, out_ptr, out_cap)
        })
    }

    pub unsafe fn kv_set(key_ptr: *const u8, key_len: i32, val_ptr: *const u8, val_len: i32, ttl_ms: i64) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "kv_set") {
                return rc;
            }
            let (key, val) = match (input(key_ptr, key_len), input(val_ptr, val_len)) {
                (Some(k), Some(v)) => (k, v),
                _ => return invalid(s),
            };
            if let Err(e) = check_key(key) {
                return err(s, e);
            }
            if val.len() > MAX_VALUE {
                return Error::TooLarge.code();
            }
            let (keys, bytes) = s.usage();
            let (old_keys, old_bytes) = match s.kv.get(key) {
                Some((v, exp)) if s.live(*exp) => (1, key.len() + v.len()),
                _ => (0, 0),
            };
            if keys - old_keys + 1 > s.kv_max_keys || bytes - old_bytes + key.len() + val.len() > s.kv_max_bytes {
                return Error::Quota.code();
            }
            let exp = if ttl_ms > 0 { s.now.saturating_add(ttl_ms) } else { 0 };
            s.kv.insert(key.to_vec(), (val.to_vec(), exp));
            0
        })
    }

    pub unsafe fn kv_delete(key_ptr: *const u8, key_len: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "kv_delete") {
                return rc;
            }
            let key = match input(key_ptr, key_len) {
                Some(k) => k,
                None => return invalid(s),
            };
            if let Err(e) = check_key(key) {
                return err(s, e);
            }
            match s.kv.remove(key) {
                Some((_, exp)) if s.live(exp) => 0,
                _ => ERR_NOT_FOUND,
            }
        })
    }

    pub unsafe fn kv_list(prefix_ptr: *const u8, prefix_len: i32, limit: i32, out_ptr: *mut u8, out_cap: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "kv_list") {
                return rc;
            }
            let prefix = match input(prefix_ptr, prefix_len) {
                Some(p) if out_ok(out_ptr, out_cap) => p,
                _ => return invalid(s),
            };
            let limit = if limit <= 0 { 1000 } else { limit as usize };
            let keys: Vec<&[u8]> = s
                .kv
                .range(prefix.to_vec()..)
                .take_while(|(k, _)| k.starts_with(prefix))
                .filter(|(_, (_, exp))| s.live(*exp))
                .map(|(k, _)| k.as_slice())
                .take(limit)
                .collect();
            let list = KeyList::encode(keys);
            produce(s, list, out_ptr, out_cap)
        })
    }

    fn fits(s: &State, key: &[u8], val: &[u8]) -> bool {
        let (keys, bytes) = s.usage();
        let (old_keys, old_bytes) = match s.kv.get(key) {
            Some((v, exp)) if s.live(*exp) => (1, key.len() + v.len()),
            _ => (0, 0),
        };
        keys - old_keys + 1 <= s.kv_max_keys && bytes - old_bytes + key.len() + val.len() <= s.kv_max_bytes
    }

    #[allow(clippy::too_many_arguments)]
    pub unsafe fn kv_cas(
        key_ptr: *const u8,
        key_len: i32,
        exp_ptr: *const u8,
        exp_len: i32,
        val_ptr: *const u8,
        val_len: i32,
        flags: i32,
        ttl_ms: i64,
    ) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "kv_cas") {
                return rc;
            }
            let (key, expected, val) = match (input(key_ptr, key_len), input(exp_ptr, exp_len), input(val_ptr, val_len)) {
                (Some(k), Some(e), Some(v)) => (k, e, v),
                _ => return invalid(s),
            };
            if let Err(e) = check_key(key) {
                return err(s, e);
            }
            let absent = flags & crate::sys::KV_CAS_ABSENT != 0;
            if flags & !crate::sys::KV_CAS_ABSENT != 0 || (absent && !expected.is_empty()) {
                return invalid(s);
            }
            if val.len() > MAX_VALUE || expected.len() > MAX_VALUE {
                return Error::TooLarge.code();
            }
            let matches = match s.kv.get(key) {
                Some((v, exp)) if s.live(*exp) => !absent && v.as_slice() == expected,
                _ => absent,
            };
            if !matches {
                return 0;
            }
            if !fits(s, key, val) {
                return Error::Quota.code();
            }
            let exp = if ttl_ms > 0 { s.now.saturating_add(ttl_ms) } else { 0 };
            s.kv.insert(key.to_vec(), (val.to_vec(), exp));
            1
        })
    }

    pub unsafe fn kv_incr(key_ptr: *const u8, key_len: i32, delta: i64, ttl_ms: i64, out_ptr: *mut u8) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "kv_incr") {
                return rc;
            }
            let key = match input(key_ptr, key_len) {
                Some(k) if !out_ptr.is_null() => k,
                _ => return invalid(s),
            };
            if let Err(e) = check_key(key) {
                return err(s, e);
            }
            let cur = match s.kv.get(key) {
                Some((v, exp)) if s.live(*exp) => match crate::num::parse_i64(v) {
                    Some(n) => n,
                    None => return invalid(s),
                },
                _ => 0,
            };
            let n = match cur.checked_add(delta) {
                Some(n) => n,
                None => return Error::TooLarge.code(),
            };
            let val = crate::num::Itoa::new(n).as_str().as_bytes().to_vec();
            if !fits(s, key, &val) {
                return Error::Quota.code();
            }
            let exp = if ttl_ms > 0 { s.now.saturating_add(ttl_ms) } else { 0 };
            s.kv.insert(key.to_vec(), (val, exp));
            core::ptr::copy_nonoverlapping(n.to_le_bytes().as_ptr(), out_ptr, 8);
            0
        })
    }

    pub unsafe fn slack_call(
        method_ptr: *const u8,
        method_len: i32,
        args_ptr: *const u8,
        args_len: i32,
        out_ptr: *mut u8,
        out_cap: i32,
    ) -> i32 {
        with(|s| {
            s.kept = None;
            if let Some(rc) = count(s, "slack_call") {
                return rc;
            }
            let (method, args) = match (input(method_ptr, method_len), input(args_ptr, args_len)) {
                (Some(m), Some(a)) if out_ok(out_ptr, out_cap) => (String::from_utf8_lossy(m).into_owned(), a),
                _ => return invalid(s),
            };
            if let Some(granted) = &s.slack_read {
                if !granted.contains(&method) {
                    return Error::NotPermitted.code();
                }
            }
            let rec = match Record::parse(args) {
                Ok(r) => r,
                Err(_) => return invalid(s),
            };
            let mut call = SlackCall { method: method.clone(), args: Vec::new(), result: Err(Error::Unavailable) };
            for (k, v) in rec.iter() {
                let (k, v) = match (core::str::from_utf8(k), core::str::from_utf8(v)) {
                    (Ok(k), Ok(v)) if k != "token" => (k, v),
                    _ => return invalid(s),
                };
                call.args.push((k.to_owned(), v.to_owned()));
            }
            if let Some(ms) = s.slack_limit.remove(&method) {
                s.slack_calls.push(call);
                s.kept = Some(crate::num::Itoa::new(ms).as_str().as_bytes().to_vec());
                return Error::Unavailable.code();
            }
            let answer = s
                .slack
                .get(&method)
                .cloned()
                .unwrap_or_else(|| r#"{"ok":false,"error":"method_not_mocked"}"#.to_owned());
            call.result = Ok(answer.clone());
            s.slack_calls.push(call);
            produce(s, answer.into_bytes(), out_ptr, out_cap)
        })
    }

    pub unsafe fn timer_set(name_ptr: *const u8, name_len: i32, payload_ptr: *const u8, payload_len: i32, when: i64, flags: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "timer_set") {
                return rc;
            }
            let (name, payload) = match (input(name_ptr, name_len), input(payload_ptr, payload_len)) {
                (Some(n), Some(p)) => (n, p),
                _ => return invalid(s),
            };
            if name.is_empty() {
                return invalid(s);
            }
            if name.len() > MAX_TIMER_NAME || payload.len() > MAX_TIMER_PAYLOAD {
                return Error::TooLarge.code();
            }
            if !s.timers.contains_key(name) && s.timers.len() >= s.timer_max {
                return Error::Quota.code();
            }
            let due = if flags & crate::sys::TIMER_ABSOLUTE != 0 { when } else { s.now.saturating_add(when) };
            s.timers.insert(name.to_vec(), (payload.to_vec(), due));
            0
        })
    }

    pub unsafe fn timer_cancel(name_ptr: *const u8, name_len: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "timer_cancel") {
                return rc;
            }
            let name = match input(name_ptr, name_len) {
                Some(n) if !n.is_empty() => n,
                _ => return invalid(s),
            };
            match s.timers.remove(name) {
                Some(_) => 0,
                None => ERR_NOT_FOUND,
            }
        })
    }

    fn parse_request(rec: &[u8]) -> Result<HttpRequest, Error> {
        let r = Record::parse(rec)?;
        let s = |k: &str| r.get(k).map(|v| String::from_utf8_lossy(v).into_owned()).unwrap_or_default();
        let mut headers = Vec::new();
        if let Some(h) = r.get("headers") {
            for (k, v) in Record::parse(h)?.iter() {
                headers.push((String::from_utf8_lossy(k).into_owned(), String::from_utf8_lossy(v).into_owned()));
            }
        }
        let req = HttpRequest {
            method: if r.get("method").is_some() { s("method") } else { "GET".into() },
            url: s("url"),
            headers,
            body: r.get("body").unwrap_or(b"").to_vec(),
            timeout_ms: r.get("timeout_ms").and_then(crate::num::parse_i64).unwrap_or(0),
        };
        if req.url.is_empty() {
            return Err(Error::InvalidArgument);
        }
        Ok(req)
    }

    pub unsafe fn http_fetch(req_ptr: *const u8, req_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32 {
        // The handler runs without the state borrowed (it may inspect the host).
        let req = with(|s| {
            if let Some(rc) = count(s, "http_fetch") {
                return Err(rc);
            }
            let rec = match input(req_ptr, req_len) {
                Some(r) if out_ok(out_ptr, out_cap) => r,
                _ => return Err(invalid(s)),
            };
            if s.http.is_none() {
                return Err(Error::NotPermitted.code());
            }
            parse_request(rec).map_err(|e| err(s, e))
        });
        let req = match req {
            Ok(r) => r,
            Err(rc) => return rc,
        };
        let mut h = match with(|s| s.http.take()) {
            Some(h) => h,
            None => return Error::NotPermitted.code(),
        };
        let resp = h(&req);
        with(|s| {
            if s.http.is_none() {
                s.http = Some(h);
            }
            match resp {
                Ok(r) => produce(s, r.encode(), out_ptr, out_cap),
                Err(e) => {
                    s.kept = None;
                    e.code()
                }
            }
        })
    }

    pub unsafe fn log(level: i32, msg_ptr: *const u8, msg_len: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "log") {
                return rc;
            }
            let (level, msg) = match (Level::from_i32(level), input(msg_ptr, msg_len)) {
                (Some(l), Some(m)) => (l, m),
                _ => return invalid(s),
            };
            let msg = &msg[..msg.len().min(MAX_LOG_LINE)];
            s.logs.push(LogLine { level, msg: String::from_utf8_lossy(msg).into_owned() });
            0
        })
    }

    pub unsafe fn set_error(msg_ptr: *const u8, msg_len: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "set_error") {
                return rc;
            }
            match input(msg_ptr, msg_len) {
                Some(m) => {
                    s.last_error = Some(String::from_utf8_lossy(m).into_owned());
                    0
                }
                None => invalid(s),
            }
        })
    }

    pub unsafe fn now_ms() -> i64 {
        with(|s| {
            count(s, "now_ms");
            s.now
        })
    }

    pub unsafe fn config(out_ptr: *mut u8, out_cap: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "config") {
                return rc;
            }
            if !out_ok(out_ptr, out_cap) {
                return invalid(s);
            }
            let c = s.config.clone().into_bytes();
            produce(s, c, out_ptr, out_cap)
        })
    }

    pub unsafe fn result_read(out_ptr: *mut u8, out_cap: i32) -> i32 {
        with(|s| {
            if let Some(rc) = count(s, "result_read") {
                return rc;
            }
            if !out_ok(out_ptr, out_cap) {
                return invalid(s);
            }
            match &s.kept {
                None => ERR_NOT_FOUND,
                Some(k) => {
                    let n = k.len();
                    if n <= out_cap as usize {
                        core::ptr::copy_nonoverlapping(k.as_ptr(), out_ptr, n);
                    }
                    n as i32
                }
            }
        })
    }
}
