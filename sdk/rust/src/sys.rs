//! Raw host imports (`bothost_v1`, §2.2). On wasm32 these are the real
//! imports; elsewhere they are the in-memory fake host (`crate::fake`), with
//! the same signatures, so the SDK's wire code runs unchanged in unit tests.
//!
//! Pointers are `i32` offsets on wasm32, which is what `*const u8` is there.

#![allow(dead_code)]

#[cfg(target_arch = "wasm32")]
#[link(wasm_import_module = "bothost_v1")]
extern "C" {
    pub fn reply(msg_ptr: *const u8, msg_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32;
    pub fn post(msg_ptr: *const u8, msg_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32;
    pub fn update(msg_ptr: *const u8, msg_len: i32) -> i32;
    pub fn kv_get(key_ptr: *const u8, key_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32;
    pub fn kv_set(key_ptr: *const u8, key_len: i32, val_ptr: *const u8, val_len: i32, ttl_ms: i64) -> i32;
    pub fn kv_delete(key_ptr: *const u8, key_len: i32) -> i32;
    pub fn kv_list(prefix_ptr: *const u8, prefix_len: i32, limit: i32, out_ptr: *mut u8, out_cap: i32) -> i32;
    pub fn kv_cas(
        key_ptr: *const u8,
        key_len: i32,
        exp_ptr: *const u8,
        exp_len: i32,
        val_ptr: *const u8,
        val_len: i32,
        flags: i32,
        ttl_ms: i64,
    ) -> i32;
    pub fn kv_incr(key_ptr: *const u8, key_len: i32, delta: i64, ttl_ms: i64, out_ptr: *mut u8) -> i32;
    pub fn slack_call(
        method_ptr: *const u8,
        method_len: i32,
        args_ptr: *const u8,
        args_len: i32,
        out_ptr: *mut u8,
        out_cap: i32,
    ) -> i32;
    pub fn timer_set(
        name_ptr: *const u8,
        name_len: i32,
        payload_ptr: *const u8,
        payload_len: i32,
        when: i64,
        flags: i32,
    ) -> i32;
    pub fn timer_cancel(name_ptr: *const u8, name_len: i32) -> i32;
    pub fn http_fetch(req_ptr: *const u8, req_len: i32, out_ptr: *mut u8, out_cap: i32) -> i32;
    pub fn log(level: i32, msg_ptr: *const u8, msg_len: i32) -> i32;
    pub fn set_error(msg_ptr: *const u8, msg_len: i32) -> i32;
    pub fn now_ms() -> i64;
    pub fn config(out_ptr: *mut u8, out_cap: i32) -> i32;
    pub fn result_read(out_ptr: *mut u8, out_cap: i32) -> i32;
}

#[cfg(not(target_arch = "wasm32"))]
pub use crate::fake::sys::*;

/// `timer_set` flag: `when` is an absolute Unix time in ms.
pub const TIMER_ABSOLUTE: i32 = 1;

/// `kv_cas` flag: succeed only if the key is absent (expected must be empty).
pub const KV_CAS_ABSENT: i32 = 1;
