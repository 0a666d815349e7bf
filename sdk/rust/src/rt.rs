//! Runtime glue behind `export_skill!`: the input buffer for `bothost_alloc`
//! and dispatch of `bothost_init` / `bothost_handle` to a [`Skill`].
//! Not a stable API; use the macro.

use core::cell::{Cell, RefCell};

use crate::error::BoxError;
use crate::event::{Event, Kind};
use crate::json::Config;
use crate::Skill;

thread_local! {
    // The one input buffer (§1: valid until the next bothost_alloc).
    static INPUT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// `bothost_alloc`: a pointer to `size` writable bytes in the reused input
/// buffer, or 0 (null) when `size < 0` or memory cannot grow.
pub fn alloc(size: i32) -> *mut u8 {
    if size < 0 {
        return core::ptr::null_mut();
    }
    INPUT.with(|cell| {
        let mut v = cell.take();
        v.clear();
        let ok = v.try_reserve(size.max(1) as usize).is_ok();
        let p = if ok { v.as_mut_ptr() } else { core::ptr::null_mut() };
        cell.set(v);
        p
    })
}

/// `(ptr, len)` from the host as a slice.
#[inline]
unsafe fn input<'a>(ptr: *const u8, len: i32) -> Option<&'a [u8]> {
    if len < 0 || (ptr.is_null() && len > 0) {
        return None;
    }
    if len == 0 {
        return Some(&[]);
    }
    Some(core::slice::from_raw_parts(ptr, len as usize))
}

fn report(e: &BoxError) {
    crate::set_error(&e.to_string());
}

/// Default-construct a skill and run its `init` with `config` (JSON bytes).
/// On failure the error was already given to `set_error`.
#[allow(clippy::result_unit_err)]
pub fn new_skill<S: Skill>(config: &[u8]) -> Result<S, ()> {
    let cfg = match core::str::from_utf8(config) {
        Ok(s) => s,
        Err(_) => {
            crate::set_error("bothost: config is not UTF-8");
            return Err(());
        }
    };
    let mut s = S::default();
    match s.init(&Config::new(cfg)) {
        Ok(()) => Ok(s),
        Err(e) => {
            report(&e);
            Err(())
        }
    }
}

/// Parse one event record and call the skill's handler for its kind.
/// Returns the `bothost_handle` result: 0, or 1 after `set_error`.
pub fn dispatch<S: Skill>(skill: &mut S, event: &[u8]) -> i32 {
    let ev = match Event::parse(event) {
        Ok(ev) => ev,
        Err(_) => {
            crate::set_error("bothost: malformed event record");
            return 1;
        }
    };
    let r = match ev.kind() {
        Kind::Message => skill.on_message(&ev),
        Kind::Command => skill.on_command(&ev),
        Kind::Action => skill.on_action(&ev),
        Kind::Timer => skill.on_timer(&ev),
        Kind::Schedule => skill.on_schedule(&ev),
        Kind::Webhook => skill.on_webhook(&ev),
        Kind::Unknown => skill.on_other(&ev),
    };
    match r {
        Ok(()) => 0,
        Err(e) => {
            report(&e);
            1
        }
    }
}

/// Installs, once, a panic hook that hands the panic's message and source
/// location to `set_error` before the module aborts. A skill is built with
/// `panic = "abort"`, so a panic ends in a bare `unreachable` trap; with the
/// hook the host's log says `panicked at 'index out of bounds: …',
/// src/lib.rs:42:9 (trap: wasm error: unreachable)`. Only on wasm: natively
/// (cargo test) the test harness reports panics itself.
#[inline]
pub fn install_panic_hook() {
    #[cfg(target_arch = "wasm32")]
    {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                crate::set_error(&panic_text(info));
            }))
        });
    }
}

/// The text the panic hook reports: `panicked at 'MESSAGE', FILE:LINE:COL`,
/// whatever the payload type (a `&str`, a formatted `String`, or another).
pub fn panic_text(info: &std::panic::PanicInfo<'_>) -> String {
    let p = info.payload();
    let msg = if let Some(s) = p.downcast_ref::<&str>() {
        s
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.as_str()
    } else {
        "Box<dyn Any>"
    };
    match info.location() {
        Some(l) => format!("panicked at '{}', {}:{}:{}", msg, l.file(), l.line(), l.column()),
        None => format!("panicked at '{}'", msg),
    }
}

/// `bothost_init`.
///
/// # Safety
/// `ptr, len` must describe readable memory (the host passes the buffer it
/// got from `bothost_alloc`).
pub unsafe fn init<S: Skill>(cell: &RefCell<Option<S>>, ptr: *const u8, len: i32) -> i32 {
    install_panic_hook();
    let cfg = match input(ptr, len) {
        Some(b) => b,
        None => {
            crate::set_error("bothost: bad config pointer");
            return 1;
        }
    };
    match (new_skill::<S>(cfg), cell.try_borrow_mut()) {
        (Ok(s), Ok(mut slot)) => {
            *slot = Some(s);
            0
        }
        _ => 1,
    }
}

/// `bothost_handle`.
///
/// # Safety
/// As for [`init`].
pub unsafe fn handle<S: Skill>(cell: &RefCell<Option<S>>, ptr: *const u8, len: i32) -> i32 {
    install_panic_hook();
    let ev = match input(ptr, len) {
        Some(b) => b,
        None => {
            crate::set_error("bothost: bad event pointer");
            return 1;
        }
    };
    let mut slot = match cell.try_borrow_mut() {
        Ok(s) => s,
        Err(_) => return 1,
    };
    if slot.is_none() {
        // The host did not call bothost_init: initialise from its config.
        let cfg = crate::config().unwrap_or_else(|_| String::from("{}"));
        match new_skill::<S>(cfg.as_bytes()) {
            Ok(s) => *slot = Some(s),
            Err(()) => return 1,
        }
    }
    match slot.as_mut() {
        Some(s) => dispatch(s, ev),
        None => 1,
    }
}
