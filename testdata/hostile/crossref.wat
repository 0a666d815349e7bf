;; crossref.wat — cross-skill and cross-workspace effects. Every event:
;;  1. update ts "bothost:1" in C1 (another skill's reply, in another
;;     workspace: it used to be updated with that workspace's token);
;;  2. post in C1 with thread_ts "bothost:1";
;;  3. update ts "1000.000001" in C1, a real ts it did not post;
;;  4. arm timer "again" due at once (the timer must carry the workspace
;;     of the event that set it: it used to fire with none and post with
;;     the first workspace's token);
;;  5. post "hello" in C1 (goes to the event's workspace).
;; 1-3 must answer ERR_NOT_PERMITTED (-5).
;;
;; bothost_handle returns 0 if 1-3 got -5 and 4-5 worked; 1, 2 or 3 for
;; the first of 1-3 that was not refused; 4 if the timer or the post
;; failed.
(module
  (import "bothost_v1" "post" (func $post (param i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "update" (func $update (param i32 i32) (result i32)))
  (import "bothost_v1" "timer_set" (func $timer_set (param i32 i32 i32 i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 256: update record (47 bytes): channel C1, ts bothost:1, text hijacked
  (data (i32.const 256) "\07channel\02\00\00\00C1\02ts\09\00\00\00bothost:1\04text\08\00\00\00hijacked")
  ;; 320: post record (54 bytes): channel C1, thread_ts bothost:1, text threaded
  (data (i32.const 320) "\07channel\02\00\00\00C1\09thread_ts\09\00\00\00bothost:1\04text\08\00\00\00threaded")
  ;; 400: update record (49 bytes): channel C1, ts 1000.000001, text hijacked
  (data (i32.const 400) "\07channel\02\00\00\00C1\02ts\0b\00\00\001000.000001\04text\08\00\00\00hijacked")
  ;; 480: post record (28 bytes): channel C1, text hello
  (data (i32.const 480) "\07channel\02\00\00\00C1\04text\05\00\00\00hello")
  (data (i32.const 560) "again")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param i32 i32) (result i32)
    (if (i32.ne (call $update (i32.const 256) (i32.const 47)) (i32.const -5))
      (then (return (i32.const 1))))
    (if (i32.ne (call $post (i32.const 320) (i32.const 54) (i32.const 1024) (i32.const 64)) (i32.const -5))
      (then (return (i32.const 2))))
    (if (i32.ne (call $update (i32.const 400) (i32.const 49)) (i32.const -5))
      (then (return (i32.const 3))))
    (if (i32.ne (call $timer_set (i32.const 560) (i32.const 5) (i32.const 0) (i32.const 0) (i64.const 0) (i32.const 0)) (i32.const 0))
      (then (return (i32.const 4))))
    (if (i32.lt_s (call $post (i32.const 480) (i32.const 28) (i32.const 1024) (i32.const 64)) (i32.const 0))
      (then (return (i32.const 4))))
    (i32.const 0)))
