;; startpost.wat — effects outside an event. The start section, the WASI
;; _initialize export, bothost_init and bothost_alloc each call post,
;; kv_set and timer_set (which must answer ERR_NOT_PERMITTED, -5: there is
;; no event to answer for, no workspace and no deduplication, so such a
;; module used to post at every start-up) and log and config (which must
;; keep working).
;;
;; bothost_handle returns 0 if every such call outside the event was
;; refused with -5 while log answered 0 and config a length, and a post
;; inside the event works; 1 if a call outside was not refused as it
;; should be; 2 if fewer than 4 outside calls ran; 3 if the post inside
;; the event failed.
(module
  (import "bothost_v1" "post" (func $post (param i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "kv_set" (func $kv_set (param i32 i32 i32 i32 i64) (result i32)))
  (import "bothost_v1" "timer_set" (func $timer_set (param i32 i32 i32 i32 i64 i32) (result i32)))
  (import "bothost_v1" "log" (func $log (param i32 i32 i32) (result i32)))
  (import "bothost_v1" "config" (func $config (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; message record at 256 (30 bytes): channel = "C1", text = "startup"
  (data (i32.const 256) "\07channel\02\00\00\00C1\04text\07\00\00\00startup")
  (data (i32.const 512) "k")
  (data (i32.const 520) "t")
  (data (i32.const 528) "hello")
  (global $bad (mut i32) (i32.const 0))
  (global $calls (mut i32) (i32.const 0))
  (func $miss (global.set $bad (i32.add (global.get $bad) (i32.const 1))))
  (func $try
    (if (i32.ne (call $post (i32.const 256) (i32.const 30) (i32.const 1024) (i32.const 64)) (i32.const -5))
      (then (call $miss)))
    (if (i32.ne (call $kv_set (i32.const 512) (i32.const 1) (i32.const 512) (i32.const 1) (i64.const 0)) (i32.const -5))
      (then (call $miss)))
    (if (i32.ne (call $timer_set (i32.const 520) (i32.const 1) (i32.const 0) (i32.const 0) (i64.const 0) (i32.const 0)) (i32.const -5))
      (then (call $miss)))
    (if (i32.ne (call $log (i32.const 1) (i32.const 528) (i32.const 5)) (i32.const 0))
      (then (call $miss)))
    (if (i32.lt_s (call $config (i32.const 2048) (i32.const 256)) (i32.const 0))
      (then (call $miss)))
    (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
  (func $start (call $try))
  (start $start)
  (func (export "_initialize") (call $try))
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_init") (param i32 i32) (result i32) (call $try) (i32.const 0))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (call $try)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param i32 i32) (result i32)
    (if (global.get $bad) (then (return (i32.const 1))))
    (if (i32.lt_u (global.get $calls) (i32.const 4)) (then (return (i32.const 2))))
    (if (i32.lt_s (call $post (i32.const 256) (i32.const 30) (i32.const 1024) (i32.const 64)) (i32.const 0))
      (then (return (i32.const 3))))
    (i32.const 0)))
