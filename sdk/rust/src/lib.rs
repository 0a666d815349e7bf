//! # bothost — write Slack bot skills for bothost in Rust
//!
//! A skill is a `cdylib` compiled to `wasm32-unknown-unknown` (or
//! `wasm32-wasi`) that speaks the bothost binding ABI v1 (`docs/ABI.md`).
//! This crate implements the guest side of that ABI with no dependencies:
//!
//! * [`Skill`]: implement the handlers you need (all default to no-ops), then
//!   [`export_skill!`] generates the exports `bothost_abi_version`,
//!   `bothost_alloc`, `bothost_init` and `bothost_handle`.
//! * [`Event`]: the event being handled, borrowed from the input buffer,
//!   with typed accessors (`ev.text()`, `ev.user()`, `ev.is_dm()`, ...) and
//!   [`Event::get`] for any key.
//! * Host calls: [`reply`], [`post`], [`update`] with a [`Message`];
//!   [`kv_get`], [`kv_set`], [`kv_delete`], [`kv_list`]; [`timer_set`],
//!   [`timer_set_at`], [`timer_cancel`]; [`log`] / [`info`] / ...;
//!   [`now_ms`]; [`config`] / [`config_str`]; [`http_fetch`].
//!   Failures are [`Error`], one variant per ABI error code.
//! * [`Config`]: a tiny JSON reader for the config object.
//! * Off wasm, [`fake`] is an in-memory host so skill logic is unit-tested
//!   with a plain `cargo test`.
//!
//! ```ignore
//! use bothost::{Config, Event, HandlerResult, Message, Skill};
//!
//! #[derive(Default)]
//! struct Hello { greeting: String }
//!
//! impl Skill for Hello {
//!     fn init(&mut self, cfg: &Config) -> HandlerResult {
//!         self.greeting = cfg.str_or("greeting", "hello").into_owned();
//!         Ok(())
//!     }
//!     fn on_message(&mut self, ev: &Event) -> HandlerResult {
//!         let text = format!("{}, <@{}>", self.greeting, ev.user());
//!         bothost::reply(&Message::new().text(&text).in_thread(true))?;
//!         Ok(())
//!     }
//! }
//!
//! bothost::export_skill!(Hello);
//! ```
//!
//! One instance handles one event at a time and instances share nothing but
//! KV: keep state in KV, not in the skill struct (fields set in `init` from
//! the config are fine).

mod error;
mod event;
mod host;
pub mod http;
pub mod json;
mod message;
pub mod num;
pub mod record;
mod text;
#[doc(hidden)]
#[path = "rt.rs"]
pub mod __rt;
mod sys;

#[cfg(not(target_arch = "wasm32"))]
pub mod fake;

pub use crate::error::{
    BoxError, Error, HandlerResult, Result, ERR_DEADLINE, ERR_INVALID_ARGUMENT, ERR_NOT_FOUND, ERR_NOT_PERMITTED,
    ERR_NO_CONVERSATION, ERR_QUOTA, ERR_TOO_LARGE, ERR_UNAVAILABLE, OK,
};
pub use crate::event::{Event, Kind};
pub use crate::host::{
    config, config_bool, config_i64, config_str, debug, error, http_fetch, info, kv_cas, kv_delete, kv_get,
    kv_get_into, kv_get_str, kv_get_with, kv_incr, kv_list, kv_set, log, now_ms, post, reply, reply_text,
    set_error, slack_call, slack_retry_after_ms, timer_cancel, timer_set, timer_set_at, update, warn, Level,
};
pub use crate::json::Config;
pub use crate::message::{Message, Ts};
pub use crate::num::{parse_i64, parse_int, Itoa};
pub use crate::record::KeyList;
pub use crate::text::{to_str, StrBuf};

/// The ABI version this SDK speaks (`bothost_abi_version` returns it).
pub const ABI_VERSION: i32 = 1;

/// A skill: one handler per event kind, all defaulting to "do nothing".
///
/// The host creates the skill with `Default::default()`, calls [`Skill::init`]
/// once with the config, then one handler per event. Returning `Err` makes
/// `bothost_handle` return 1 with the error's text as the message (for
/// `init`: the module is rejected).
pub trait Skill: Default {
    /// Called once per instance with the skill's config (a JSON object).
    fn init(&mut self, _config: &Config) -> HandlerResult {
        Ok(())
    }
    /// `message`: text, user, channel, ts, thread_ts, is_dm, mentioned, bot_id.
    fn on_message(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
    /// `command`: command, text, user, channel, response_url, trigger_id.
    fn on_command(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
    /// `action`: action_id, value, user, channel, message_ts, thread_ts, block_id.
    fn on_action(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
    /// `timer`: name, payload, due, late.
    fn on_timer(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
    /// `schedule`: name, slot, late.
    fn on_schedule(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
    /// `webhook`: hook, method, path, headers, body.
    fn on_webhook(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
    /// Any kind this SDK does not know (`ev.kind_str()` names it).
    fn on_other(&mut self, _ev: &Event) -> HandlerResult {
        Ok(())
    }
}

/// Concatenate string slices into a [`StrBuf`] (on the stack up to 256
/// bytes). Expands to straight-line code: no loop, no allocation, no
/// `core::fmt`. Each argument must be a `&str` (or deref to one).
///
/// ```
/// let user = "U123";
/// let n = bothost::Itoa::new(3);
/// let s = bothost::strbuf!(user, " has sent ", &n, " messages");
/// assert_eq!(&*s, "U123 has sent 3 messages");
/// ```
#[macro_export]
macro_rules! strbuf {
    ($($part:expr),+ $(,)?) => {{
        let mut s: $crate::StrBuf = $crate::StrBuf::new();
        $( s.push_str($part); )+
        s
    }};
}

/// Export a [`Skill`] type as the module's ABI v1 entry points:
/// `bothost_abi_version` (returns 1), `bothost_alloc`, `bothost_init` and
/// `bothost_handle`. Use once, in the `cdylib` crate:
///
/// ```ignore
/// bothost::export_skill!(MySkill);
/// ```
#[macro_export]
macro_rules! export_skill {
    ($skill:ty) => {
        const _: () = {
            ::std::thread_local! {
                static BOTHOST_SKILL: ::core::cell::RefCell<::core::option::Option<$skill>> =
                    const { ::core::cell::RefCell::new(::core::option::Option::None) };
            }

            #[no_mangle]
            pub extern "C" fn bothost_abi_version() -> i32 {
                $crate::ABI_VERSION
            }

            #[no_mangle]
            pub extern "C" fn bothost_alloc(size: i32) -> *mut u8 {
                $crate::__rt::alloc(size)
            }

            /// # Safety
            /// Called by the host with a buffer from `bothost_alloc`.
            #[no_mangle]
            pub unsafe extern "C" fn bothost_init(ptr: *const u8, len: i32) -> i32 {
                BOTHOST_SKILL.with(|cell| $crate::__rt::init(cell, ptr, len))
            }

            /// # Safety
            /// Called by the host with a buffer from `bothost_alloc`.
            #[no_mangle]
            pub unsafe extern "C" fn bothost_handle(ptr: *const u8, len: i32) -> i32 {
                BOTHOST_SKILL.with(|cell| $crate::__rt::handle(cell, ptr, len))
            }
        };
    };
}
