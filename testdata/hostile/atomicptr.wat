;; atomicptr.wat — a valid ABI v1 skill (1 page of memory) that calls the
;; ABI's later additions, kv_cas, kv_incr and slack_call, with bad
;; pointers, lengths, flags and arguments. Each must get its documented
;; code, never a trap or a host panic, and a refused call must have no
;; effect. Load it with slack_read = ["users.info"] and send it a
;; `message` event.
;;
;; Returns 0 if every check got the code it wants, else 1 and calls
;; set_error with "atomicptr: check NN got the wrong code":
;;   01 kv_cas     key ptr 0xFFFFFF00, len 1000                       -1
;;   02 kv_cas     expected ptr 0xFFFFFF00, len 1000                  -1
;;   03 kv_cas     value ptr 65000, len 1000 (past the end)           -1
;;   04 kv_cas     unknown flag bit 2                                 -1
;;   05 kv_cas     KV_CAS_ABSENT with an expected value               -1
;;   06 kv_cas     expected len -1                                    -1
;;   07 kv_incr    key ptr 0xFFFFFF00, len 1000                       -1
;;   08 kv_incr    out_ptr 65532 (8 bytes would run past the end)     -1
;;   09 kv_incr    "n" +1, out 800: 0, and 1 at 800 (08 wrote nothing) 0
;;   10 kv_incr    "k" holding "v", not an integer                    -1
;;   11 slack_call method ptr 0xFFFFFF00, len 1000                    -1
;;   12 slack_call args: a malformed record                           -1
;;   13 slack_call args carrying "token"                              -1
;;   14 slack_call out_ptr 0xFFFFFF00, out_cap 1000                   -1
;;   15 slack_call "chat.postMessage" (not granted)                   -5
;;   16 kv_cas     "k" "v" -> "w" (valid, matching)                    1
(module
  (import "bothost_v1" "kv_cas" (func $kv_cas (param i32 i32 i32 i32 i32 i32 i32 i64) (result i32)))
  (import "bothost_v1" "kv_incr" (func $kv_incr (param i32 i32 i64 i64 i32) (result i32)))
  (import "bothost_v1" "slack_call" (func $slack_call (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "kv_set" (func $kv_set (param i32 i32 i32 i32 i64) (result i32)))
  (import "bothost_v1" "set_error" (func $set_error (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 600: key "k", 601: value "v", 602: key "n", 603: "w"
  (data (i32.const 600) "kvnw")
  ;; 620: method "users.info" (10 bytes)
  (data (i32.const 620) "users.info")
  ;; 640: method "chat.postMessage" (16 bytes)
  (data (i32.const 640) "chat.postMessage")
  ;; 660: record {token: "x"} (11 bytes)
  (data (i32.const 660) "\05token\01\00\00\00x")
  ;; 680: malformed record: key length 9, then only 2 bytes
  (data (i32.const 680) "\09ab")
  ;; 700: error message, NN at 717..718 (39 bytes)
  (data (i32.const 700) "atomicptr: check NN got the wrong code")
  (global $first_bad (mut i32) (i32.const 0))

  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))

  ;; Record the first check whose result was not $want.
  (func $expect (param $rc i32) (param $want i32) (param $check i32)
    (if (i32.and
          (i32.ne (local.get $rc) (local.get $want))
          (i32.eqz (global.get $first_bad)))
      (then (global.set $first_bad (local.get $check)))))

  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (drop (call $kv_set (i32.const 600) (i32.const 1) (i32.const 601) (i32.const 1) (i64.const 0)))
    (call $expect (call $kv_cas (i32.const 0xFFFFFF00) (i32.const 1000) (i32.const 601) (i32.const 1) (i32.const 603) (i32.const 1) (i32.const 0) (i64.const 0)) (i32.const -1) (i32.const 1))
    (call $expect (call $kv_cas (i32.const 600) (i32.const 1) (i32.const 0xFFFFFF00) (i32.const 1000) (i32.const 603) (i32.const 1) (i32.const 0) (i64.const 0)) (i32.const -1) (i32.const 2))
    (call $expect (call $kv_cas (i32.const 600) (i32.const 1) (i32.const 601) (i32.const 1) (i32.const 65000) (i32.const 1000) (i32.const 0) (i64.const 0)) (i32.const -1) (i32.const 3))
    (call $expect (call $kv_cas (i32.const 600) (i32.const 1) (i32.const 601) (i32.const 1) (i32.const 603) (i32.const 1) (i32.const 2) (i64.const 0)) (i32.const -1) (i32.const 4))
    (call $expect (call $kv_cas (i32.const 600) (i32.const 1) (i32.const 601) (i32.const 1) (i32.const 603) (i32.const 1) (i32.const 1) (i64.const 0)) (i32.const -1) (i32.const 5))
    (call $expect (call $kv_cas (i32.const 600) (i32.const 1) (i32.const 601) (i32.const -1) (i32.const 603) (i32.const 1) (i32.const 0) (i64.const 0)) (i32.const -1) (i32.const 6))

    (call $expect (call $kv_incr (i32.const 0xFFFFFF00) (i32.const 1000) (i64.const 1) (i64.const 0) (i32.const 800)) (i32.const -1) (i32.const 7))
    (call $expect (call $kv_incr (i32.const 602) (i32.const 1) (i64.const 1) (i64.const 0) (i32.const 65532)) (i32.const -1) (i32.const 8))
    (call $expect (call $kv_incr (i32.const 602) (i32.const 1) (i64.const 1) (i64.const 0) (i32.const 800)) (i32.const 0) (i32.const 9))
    (call $expect (i32.wrap_i64 (i64.load (i32.const 800))) (i32.const 1) (i32.const 9))
    (call $expect (call $kv_incr (i32.const 600) (i32.const 1) (i64.const 1) (i64.const 0) (i32.const 800)) (i32.const -1) (i32.const 10))

    (call $expect (call $slack_call (i32.const 0xFFFFFF00) (i32.const 1000) (i32.const 0) (i32.const 0) (i32.const 1024) (i32.const 1024)) (i32.const -1) (i32.const 11))
    (call $expect (call $slack_call (i32.const 620) (i32.const 10) (i32.const 680) (i32.const 3) (i32.const 1024) (i32.const 1024)) (i32.const -1) (i32.const 12))
    (call $expect (call $slack_call (i32.const 620) (i32.const 10) (i32.const 660) (i32.const 11) (i32.const 1024) (i32.const 1024)) (i32.const -1) (i32.const 13))
    (call $expect (call $slack_call (i32.const 620) (i32.const 10) (i32.const 0) (i32.const 0) (i32.const 0xFFFFFF00) (i32.const 1000)) (i32.const -1) (i32.const 14))
    (call $expect (call $slack_call (i32.const 640) (i32.const 16) (i32.const 0) (i32.const 0) (i32.const 1024) (i32.const 1024)) (i32.const -5) (i32.const 15))
    (call $expect (call $kv_cas (i32.const 600) (i32.const 1) (i32.const 601) (i32.const 1) (i32.const 603) (i32.const 1) (i32.const 0) (i64.const 0)) (i32.const 1) (i32.const 16))

    (if (i32.eqz (global.get $first_bad))
      (then (return (i32.const 0))))
    (i32.store8 (i32.const 717)
      (i32.add (i32.const 48) (i32.div_u (global.get $first_bad) (i32.const 10))))
    (i32.store8 (i32.const 718)
      (i32.add (i32.const 48) (i32.rem_u (global.get $first_bad) (i32.const 10))))
    (drop (call $set_error (i32.const 700) (i32.const 38)))
    (i32.const 1)))
