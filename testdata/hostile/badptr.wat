;; badptr.wat — a valid ABI v1 skill (1 page of memory) whose bothost_handle
;; calls reply, kv_set, kv_get and log with bad pointers and lengths. Every
;; one of these must be answered ERR_INVALID_ARGUMENT (-1), never a trap or
;; a host panic. Send it a `message` event (reply needs a conversation, so a
;; host that checks that before the pointers still sees a valid case).
;;
;; Returns 0 if all 15 checks got -1, else 1 and calls set_error with
;; "badptr: check NN did not get -1" for the first failing check:
;;   01 reply   msg ptr 0xFFFFFF00, len 1000
;;   02 reply   msg len -1
;;   03 reply   msg ptr 0xFFFFFFF0, len 32 (ptr+len wraps around 2^32)
;;   04 reply   msg ptr 65000, len 1000 (runs past the end of memory)
;;   05 reply   valid message, out_ptr 0xFFFFFF00, out_cap 1000
;;   06 kv_set  key ptr 0xFFFFFF00, len 1000
;;   07 kv_set  value ptr 0xFFFFFF00, len 1000
;;   08 kv_set  key len -5
;;   09 kv_set  value len -1
;;   10 kv_get  key ptr 0xFFFFFF00, len 1000
;;   11 kv_get  existing key "k", out_ptr 0xFFFFFF00, out_cap 1000
;;   12 kv_get  out_cap -1
;;   13 log     msg ptr 0xFFFFFF00, len 1000
;;   14 log     msg len -1
;;   15 log     msg ptr 65000, len 1000 (runs past the end of memory)
;; Before check 11 it sets "k" = "v" with a valid kv_set (not checked).
(module
  (import "bothost_v1" "reply" (func $reply (param i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "kv_set" (func $kv_set (param i32 i32 i32 i32 i64) (result i32)))
  (import "bothost_v1" "kv_get" (func $kv_get (param i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "log" (func $log (param i32 i32 i32) (result i32)))
  (import "bothost_v1" "set_error" (func $set_error (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 512: message record {text: "hi"} (11 bytes)
  (data (i32.const 512) "\04text\02\00\00\00hi")
  ;; 600: key "k", 601: value "v"
  (data (i32.const 600) "kv")
  ;; 700: error message, NN at 714..715 (31 bytes)
  (data (i32.const 700) "badptr: check NN did not get -1")
  (global $first_bad (mut i32) (i32.const 0))

  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))

  ;; Record the first check whose result was not -1.
  (func $expect (param $rc i32) (param $check i32)
    (if (i32.and
          (i32.ne (local.get $rc) (i32.const -1))
          (i32.eqz (global.get $first_bad)))
      (then (global.set $first_bad (local.get $check)))))

  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (call $expect (call $reply (i32.const 0xFFFFFF00) (i32.const 1000) (i32.const 256) (i32.const 64)) (i32.const 1))
    (call $expect (call $reply (i32.const 512) (i32.const -1) (i32.const 256) (i32.const 64)) (i32.const 2))
    (call $expect (call $reply (i32.const 0xFFFFFFF0) (i32.const 32) (i32.const 256) (i32.const 64)) (i32.const 3))
    (call $expect (call $reply (i32.const 65000) (i32.const 1000) (i32.const 256) (i32.const 64)) (i32.const 4))
    (call $expect (call $reply (i32.const 512) (i32.const 11) (i32.const 0xFFFFFF00) (i32.const 1000)) (i32.const 5))

    (call $expect (call $kv_set (i32.const 0xFFFFFF00) (i32.const 1000) (i32.const 601) (i32.const 1) (i64.const 0)) (i32.const 6))
    (call $expect (call $kv_set (i32.const 600) (i32.const 1) (i32.const 0xFFFFFF00) (i32.const 1000) (i64.const 0)) (i32.const 7))
    (call $expect (call $kv_set (i32.const 600) (i32.const -5) (i32.const 601) (i32.const 1) (i64.const 0)) (i32.const 8))
    (call $expect (call $kv_set (i32.const 600) (i32.const 1) (i32.const 601) (i32.const -1) (i64.const 0)) (i32.const 9))

    (call $expect (call $kv_get (i32.const 0xFFFFFF00) (i32.const 1000) (i32.const 256) (i32.const 64)) (i32.const 10))
    (drop (call $kv_set (i32.const 600) (i32.const 1) (i32.const 601) (i32.const 1) (i64.const 0)))
    (call $expect (call $kv_get (i32.const 600) (i32.const 1) (i32.const 0xFFFFFF00) (i32.const 1000)) (i32.const 11))
    (call $expect (call $kv_get (i32.const 600) (i32.const 1) (i32.const 256) (i32.const -1)) (i32.const 12))

    (call $expect (call $log (i32.const 1) (i32.const 0xFFFFFF00) (i32.const 1000)) (i32.const 13))
    (call $expect (call $log (i32.const 1) (i32.const 512) (i32.const -1)) (i32.const 14))
    (call $expect (call $log (i32.const 1) (i32.const 65000) (i32.const 1000)) (i32.const 15))

    (if (i32.eqz (global.get $first_bad))
      (then (return (i32.const 0))))
    ;; "NN" = first failing check, two decimal digits
    (i32.store8 (i32.const 714)
      (i32.add (i32.const 48) (i32.div_u (global.get $first_bad) (i32.const 10))))
    (i32.store8 (i32.const 715)
      (i32.add (i32.const 48) (i32.rem_u (global.get $first_bad) (i32.const 10))))
    (drop (call $set_error (i32.const 700) (i32.const 31)))
    (i32.const 1)))
