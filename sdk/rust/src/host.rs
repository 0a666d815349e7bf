//! Safe wrappers over the host functions. All of these are re-exported at the
//! crate root (`bothost::reply`, `bothost::kv_get`, ...).
//!
//! Allocation: message records are encoded into one reused scratch buffer,
//! the `ts` returned by `reply`/`post` is stored inline ([`Ts`]), and
//! [`kv_get_with`] reads into a reused buffer, so the common paths allocate
//! nothing once warm.

use core::cell::Cell;

use crate::error::{check, Error, Result};
use crate::http::{Request, Response};
use crate::message::{Message, Ts, TS_INLINE};
use crate::record::KeyList;
use crate::sys;

thread_local! {
    // Encoding scratch (message and request records). Taken out while in
    // use, so a nested use just gets a fresh one: never a double borrow.
    static SCRATCH: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    // Output scratch for kv_get_with.
    static OUT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// Scratch buffers larger than this are freed after use instead of kept.
const KEEP_SCRATCH: usize = 64 << 10;

#[inline]
fn with_buf<R>(cell: &'static std::thread::LocalKey<Cell<Vec<u8>>>, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    let mut v = cell.with(Cell::take);
    v.clear();
    let r = f(&mut v);
    if v.capacity() <= KEEP_SCRATCH {
        cell.with(|c| c.set(v));
    }
    r
}

/// A byte slice as the ABI's `(ptr, len)`.
#[inline]
fn arg(b: &[u8]) -> Result<(*const u8, i32)> {
    if b.len() > i32::MAX as usize {
        return Err(Error::TooLarge);
    }
    Ok((b.as_ptr(), b.len() as i32))
}

/// Fetch the result kept by the host after a call returned `n > out_cap`.
fn read_kept(out: &mut Vec<u8>, n: usize) -> Result<()> {
    out.clear();
    out.reserve(n);
    let m = check(unsafe { sys::result_read(out.as_mut_ptr(), n as i32) })? as usize;
    if m != n {
        // The host promises the same bytes; anything else is a host bug.
        return Err(Error::Unavailable);
    }
    unsafe { out.set_len(n) };
    Ok(())
}

/// Run a call with an `(out_ptr, out_cap)` pair on `out`'s spare capacity
/// (at least `min_cap`), falling back to `result_read` when the result is
/// bigger. On success `out` holds the result.
fn fetch_into(out: &mut Vec<u8>, min_cap: usize, f: impl FnOnce(*mut u8, i32) -> i32) -> Result<()> {
    out.clear();
    out.reserve(min_cap.max(1));
    let cap = out.capacity().min(i32::MAX as usize);
    let n = check(f(out.as_mut_ptr(), cap as i32))? as usize;
    if n <= cap {
        unsafe { out.set_len(n) };
        Ok(())
    } else {
        read_kept(out, n)
    }
}

fn send(msg: &Message, f: impl FnOnce(*const u8, i32, *mut u8, i32) -> i32) -> Result<Ts> {
    with_buf(&SCRATCH, |buf| {
        msg.encode_into(buf);
        let (p, l) = arg(buf)?;
        let mut ts = [0u8; TS_INLINE];
        let n = check(f(p, l, ts.as_mut_ptr(), TS_INLINE as i32))? as usize;
        if n <= TS_INLINE {
            Ok(Ts::from_inline(ts, n))
        } else {
            let mut v = Vec::new();
            read_kept(&mut v, n)?;
            Ok(Ts::from_bytes(v))
        }
    })
}

// ---------------------------------------------------------------- messages

/// Answer in the conversation of the event being handled (for an `action`,
/// the message the button was on). Returns the new message's `ts`.
/// `Err(NoConversation)` from timer/schedule/webhook events: use [`post`].
pub fn reply(msg: &Message) -> Result<Ts> {
    send(msg, |p, l, o, c| unsafe { sys::reply(p, l, o, c) })
}

/// `reply(&Message::new().text(text))`.
pub fn reply_text(text: &str) -> Result<Ts> {
    reply(&Message::new().text(text))
}

/// Post a new message to `msg.channel` (optionally `msg.thread_ts`).
pub fn post(msg: &Message) -> Result<Ts> {
    send(msg, |p, l, o, c| unsafe { sys::post(p, l, o, c) })
}

/// Replace the message `msg.ts` in `msg.channel`.
pub fn update(msg: &Message) -> Result<()> {
    with_buf(&SCRATCH, |buf| {
        msg.encode_into(buf);
        let (p, l) = arg(buf)?;
        check(unsafe { sys::update(p, l) }).map(|_| ())
    })
}

// ---------------------------------------------------------------------- KV

fn kv_get_raw(key: &[u8], out: &mut Vec<u8>) -> Result<bool> {
    let (kp, kl) = arg(key)?;
    match fetch_into(out, 256, |o, c| unsafe { sys::kv_get(kp, kl, o, c) }) {
        Ok(()) => Ok(true),
        Err(Error::NotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The value of `key`, or `None` if there is none (or it expired).
pub fn kv_get<K: AsRef<[u8]>>(key: K) -> Result<Option<Vec<u8>>> {
    let mut v = Vec::new();
    Ok(if kv_get_raw(key.as_ref(), &mut v)? { Some(v) } else { None })
}

/// [`kv_get`] as text (invalid UTF-8 replaced by U+FFFD).
pub fn kv_get_str<K: AsRef<[u8]>>(key: K) -> Result<Option<String>> {
    Ok(kv_get(key)?.map(|v| match String::from_utf8(v) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }))
}

/// Read `key` into `out` (cleared first; its capacity is reused). Returns
/// whether the key exists. Allocation-free when `out` is big enough.
pub fn kv_get_into<K: AsRef<[u8]>>(key: K, out: &mut Vec<u8>) -> Result<bool> {
    kv_get_raw(key.as_ref(), out)
}

/// Look at the value of `key` without allocating: `f` gets the bytes, which
/// live in a reused buffer. `Ok(None)` if the key does not exist.
///
/// ```no_run
/// let n: i64 = bothost::kv_get_with("count", |v| bothost::parse_i64(v))
///     .unwrap().flatten().unwrap_or(0);
/// ```
pub fn kv_get_with<K: AsRef<[u8]>, R>(key: K, f: impl FnOnce(&[u8]) -> R) -> Result<Option<R>> {
    let key = key.as_ref();
    with_buf(&OUT, |buf| Ok(if kv_get_raw(key, buf)? { Some(f(buf)) } else { None }))
}

fn kv_set_raw(key: &[u8], val: &[u8], ttl_ms: i64) -> Result<()> {
    let (kp, kl) = arg(key)?;
    let (vp, vl) = arg(val)?;
    check(unsafe { sys::kv_set(kp, kl, vp, vl, ttl_ms) }).map(|_| ())
}

/// Store `val` under `key`. `ttl_ms <= 0`: no expiry.
#[inline]
pub fn kv_set<K: AsRef<[u8]>, V: AsRef<[u8]>>(key: K, val: V, ttl_ms: i64) -> Result<()> {
    kv_set_raw(key.as_ref(), val.as_ref(), ttl_ms)
}

fn kv_delete_raw(key: &[u8]) -> Result<bool> {
    let (kp, kl) = arg(key)?;
    match check(unsafe { sys::kv_delete(kp, kl) }) {
        Ok(_) => Ok(true),
        Err(Error::NotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Delete `key`. `Ok(true)` if it existed, `Ok(false)` if not.
#[inline]
pub fn kv_delete<K: AsRef<[u8]>>(key: K) -> Result<bool> {
    kv_delete_raw(key.as_ref())
}

fn kv_list_raw(prefix: &[u8], limit: i32) -> Result<KeyList> {
    let (pp, pl) = arg(prefix)?;
    let mut v = Vec::new();
    fetch_into(&mut v, 1024, |o, c| unsafe { sys::kv_list(pp, pl, limit, o, c) })?;
    // A malformed list is a host bug.
    KeyList::from_bytes(v).map_err(|_| Error::Unavailable)
}

/// Keys starting with `prefix`, in byte order, at most `limit`
/// (`limit <= 0`: up to 1000).
#[inline]
pub fn kv_list<P: AsRef<[u8]>>(prefix: P, limit: i32) -> Result<KeyList> {
    kv_list_raw(prefix.as_ref(), limit)
}

// ------------------------------------------------------------ atomic KV
//
// A skill's instances handle events of different conversations at once and
// share its KV, so a read-change-write of one key can lose another
// handler's update made in between. `kv_incr` and `kv_cas` each run as one
// transaction in the host's store: racing callers are serialised.

fn kv_cas_raw(key: &[u8], expected: Option<&[u8]>, new: &[u8], ttl_ms: i64) -> Result<bool> {
    let (kp, kl) = arg(key)?;
    let (ep, el, flags) = match expected {
        Some(e) => {
            let (p, l) = arg(e)?;
            (p, l, 0)
        }
        None => (core::ptr::null(), 0, sys::KV_CAS_ABSENT),
    };
    let (vp, vl) = arg(new)?;
    check(unsafe { sys::kv_cas(kp, kl, ep, el, vp, vl, flags, ttl_ms) }).map(|n| n == 1)
}

/// Store `new` under `key` only if its current value is exactly
/// `expected`; with `expected == None`, only if the key is absent (or
/// expired). `Some(b"")` matches an empty value. `Ok(true)`: stored;
/// `Ok(false)`: the current value differs (read again and retry, or give
/// up). On success `ttl_ms` sets the expiry afresh as [`kv_set`] does
/// (`<= 0`: none); on a mismatch nothing changes. A matching swap past the
/// skill's KV quota is `Err(Quota)`. Values compare by content: a value
/// that changed and changed back compares equal.
///
/// ```no_run
/// // Add one to a decimal counter, however many handlers race on it.
/// loop {
///     let cur = bothost::kv_get("votes")?;
///     let n = cur.as_deref().and_then(bothost::parse_i64).unwrap_or(0);
///     if bothost::kv_cas("votes", cur.as_deref(), bothost::Itoa::new(n + 1).as_str().as_bytes(), 0)? {
///         break;
///     }
/// }
/// # Ok::<(), bothost::Error>(())
/// ```
#[inline]
pub fn kv_cas<K: AsRef<[u8]>>(key: K, expected: Option<&[u8]>, new: &[u8], ttl_ms: i64) -> Result<bool> {
    kv_cas_raw(key.as_ref(), expected, new, ttl_ms)
}

fn kv_incr_raw(key: &[u8], delta: i64, ttl_ms: i64) -> Result<i64> {
    let (kp, kl) = arg(key)?;
    let mut out = [0u8; 8];
    check(unsafe { sys::kv_incr(kp, kl, delta, ttl_ms, out.as_mut_ptr()) })?;
    Ok(i64::from_le_bytes(out))
}

/// Add `delta` to the integer under `key` and return the new value. An
/// absent (or expired) key counts as 0; the value is stored as decimal
/// ASCII (so [`kv_get_str`] reads it). A stored value that is not an
/// optional sign and decimal digits within `i64` is
/// `Err(InvalidArgument)`, a result outside `i64` `Err(TooLarge)`; nothing
/// is written then. `ttl_ms` sets the expiry afresh on every successful
/// call (`<= 0`: none): for a counter per time window, put the window in
/// the key.
#[inline]
pub fn kv_incr<K: AsRef<[u8]>>(key: K, delta: i64, ttl_ms: i64) -> Result<i64> {
    kv_incr_raw(key.as_ref(), delta, ttl_ms)
}

// ------------------------------------------------------------------- Slack

thread_local! {
    static RETRY_AFTER: Cell<Option<i64>> = const { Cell::new(None) };
}

/// A read-only Slack Web API call with the bot token of the event's
/// workspace; returns Slack's JSON answer. Granted per method in bot.toml
/// (`slack_read = ["users.info", "dnd.info"]`; grantable: users.info,
/// users.getPresence, dnd.info, usergroups.users.list,
/// conversations.members, conversations.info), else `Err(NotPermitted)`.
/// Slack's own refusals are answers: check `"ok"` in the JSON. A Slack
/// rate limit (HTTP 429) is `Err(Unavailable)` with the delay Slack asked
/// for in [`slack_retry_after_ms`]. The call counts against the event's
/// deadline (`Err(Deadline)`) and a per-skill rate (`Err(Quota)`). The
/// console and `bothost invoke` have no Slack: `Err(Unavailable)`.
pub fn slack_call(method: &str, args: &[(&str, &str)]) -> Result<String> {
    RETRY_AFTER.with(|r| r.set(None));
    let (mp, ml) = arg(method.as_bytes())?;
    let mut out = Vec::new();
    let res = with_buf(&SCRATCH, |buf| {
        for (k, v) in args {
            crate::record::put(buf, k.as_bytes(), v.as_bytes())?;
        }
        let (ap, al) = arg(buf)?;
        fetch_into(&mut out, 1024, |o, c| unsafe { sys::slack_call(mp, ml, ap, al, o, c) })
    });
    if res == Err(Error::Unavailable) {
        // After a 429 the host keeps Slack's delay (ms, decimal).
        let mut d = [0u8; 32];
        let n = unsafe { sys::result_read(d.as_mut_ptr(), d.len() as i32) };
        if n > 0 && n as usize <= d.len() {
            RETRY_AFTER.with(|r| r.set(crate::num::parse_i64(&d[..n as usize]).filter(|ms| *ms > 0)));
        }
    }
    res?;
    Ok(match String::from_utf8(out) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// After [`slack_call`] failed with `Err(Unavailable)` because Slack
/// rate-limited it (HTTP 429): how long Slack asked to wait, in ms. `None`
/// after any other outcome. A handler can set a timer for then instead of
/// failing.
pub fn slack_retry_after_ms() -> Option<i64> {
    RETRY_AFTER.with(|r| r.get())
}

// ------------------------------------------------------------------ timers

fn timer_set_raw(name: &[u8], payload: &[u8], when: i64, flags: i32) -> Result<()> {
    let (np, nl) = arg(name)?;
    let (pp, pl) = arg(payload)?;
    check(unsafe { sys::timer_set(np, nl, pp, pl, when, flags) }).map(|_| ())
}

/// Fire a `timer` event named `name` with `payload` after `delay_ms`.
/// Setting an existing name replaces it.
#[inline]
pub fn timer_set<N: AsRef<[u8]>, P: AsRef<[u8]>>(name: N, payload: P, delay_ms: i64) -> Result<()> {
    timer_set_raw(name.as_ref(), payload.as_ref(), delay_ms, 0)
}

/// Fire a `timer` event at the absolute Unix time `at_ms`.
#[inline]
pub fn timer_set_at<N: AsRef<[u8]>, P: AsRef<[u8]>>(name: N, payload: P, at_ms: i64) -> Result<()> {
    timer_set_raw(name.as_ref(), payload.as_ref(), at_ms, sys::TIMER_ABSOLUTE)
}

fn timer_cancel_raw(name: &[u8]) -> Result<bool> {
    let (np, nl) = arg(name)?;
    match check(unsafe { sys::timer_cancel(np, nl) }) {
        Ok(_) => Ok(true),
        Err(Error::NotFound) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Cancel a timer. `Ok(true)` if it existed.
#[inline]
pub fn timer_cancel<N: AsRef<[u8]>>(name: N) -> Result<bool> {
    timer_cancel_raw(name.as_ref())
}

// -------------------------------------------------------------------- HTTP

/// Fetch a URL (needs `http_allow` in bot.toml, else `Err(NotPermitted)`).
pub fn http_fetch(req: &Request) -> Result<Response> {
    let mut out = Vec::new();
    with_buf(&SCRATCH, |buf| {
        req.encode_into(buf)?;
        let (p, l) = arg(buf)?;
        fetch_into(&mut out, 4096, |o, c| unsafe { sys::http_fetch(p, l, o, c) })
    })?;
    Response::decode(&out)
}

// ----------------------------------------------------------------- logging

/// Log levels of the `log` host function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Debug = 0,
    Info = 1,
    Warn = 2,
    Error = 3,
}

impl Level {
    pub fn from_i32(l: i32) -> Option<Level> {
        Some(match l {
            0 => Level::Debug,
            1 => Level::Info,
            2 => Level::Warn,
            3 => Level::Error,
            _ => return None,
        })
    }
}

/// Write a line to the skill's log (truncated by the host past 8 KiB).
#[inline]
pub fn log(level: Level, msg: &str) {
    let n = msg.len().min(i32::MAX as usize);
    unsafe { sys::log(level as i32, msg.as_ptr(), n as i32) };
}

pub fn debug(msg: &str) {
    log(Level::Debug, msg)
}
pub fn info(msg: &str) {
    log(Level::Info, msg)
}
pub fn warn(msg: &str) {
    log(Level::Warn, msg)
}
pub fn error(msg: &str) {
    log(Level::Error, msg)
}

/// Attach a message to a non-zero `bothost_handle` return. The SDK calls it
/// for you when a handler returns `Err`.
pub fn set_error(msg: &str) {
    let n = msg.len().min(i32::MAX as usize);
    unsafe { sys::set_error(msg.as_ptr(), n as i32) };
}

// ------------------------------------------------------------ clock/config

/// Current Unix time in ms, from the host's clock.
#[inline]
pub fn now_ms() -> i64 {
    unsafe { sys::now_ms() }
}

/// The skill's config JSON object (`{}` when bot.toml has none).
pub fn config() -> Result<String> {
    let mut v = Vec::new();
    fetch_into(&mut v, 256, |o, c| unsafe { sys::config(o, c) })?;
    String::from_utf8(v).map_err(|_| Error::InvalidArgument)
}

/// A top-level string from the config (`None` if absent or not a string).
/// Reads the config from the host each time; in `Skill::init` prefer the
/// `Config` you are given.
pub fn config_str(key: &str) -> Option<String> {
    let c = config().ok()?;
    let s = crate::json::Object::new(&c).get_str(key)?.into_owned();
    Some(s)
}

/// A top-level integer from the config.
pub fn config_i64(key: &str) -> Option<i64> {
    crate::json::Object::new(&config().ok()?).get_i64(key)
}

/// A top-level boolean from the config.
pub fn config_bool(key: &str) -> Option<bool> {
    crate::json::Object::new(&config().ok()?).get_bool(key)
}
