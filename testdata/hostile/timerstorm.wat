;; timerstorm.wat — a timer storm. Every event (the first message, then
;; each timer it fires) posts 50 messages to channel C1 and (re)arms 1,000
;; timers "t000".."t999" due at once. Before the effect quotas one message
;; grew the outbox by 28 MB/s and RSS to 3.6 GB in 20 s. With them:
;; messages_per_event bounds the posts per event, outbox_pending the
;; skill's queued messages (ERR_QUOTA, -4, past it), timer_rate the fires
;; per second, timer_max the timers.
;;
;; bothost_handle always returns 0; it counts the post answers: the number
;; of posts refused with -4 is logged as "refused N" (one line per event).
(module
  (import "bothost_v1" "post" (func $post (param i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "timer_set" (func $timer_set (param i32 i32 i32 i32 i64 i32) (result i32)))
  (import "bothost_v1" "log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; message record at 256 (28 bytes): channel = "C1", text = "storm"
  (data (i32.const 256) "\07channel\02\00\00\00C1\04text\05\00\00\00storm")
  (data (i32.const 512) "t000")
  (data (i32.const 600) "refused ")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param i32 i32) (result i32)
    (local $i i32)
    (local $refused i32)
    (block $posted
      (loop $posts
        (br_if $posted (i32.ge_u (local.get $i) (i32.const 50)))
        (if (i32.eq (call $post (i32.const 256) (i32.const 28) (i32.const 1024) (i32.const 64)) (i32.const -4))
          (then (local.set $refused (i32.add (local.get $refused) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $posts)))
    (local.set $i (i32.const 0))
    (block $armed
      (loop $arm
        (br_if $armed (i32.ge_u (local.get $i) (i32.const 1000)))
        ;; name "t" + three digits of i
        (i32.store8 (i32.const 513) (i32.add (i32.const 48) (i32.div_u (local.get $i) (i32.const 100))))
        (i32.store8 (i32.const 514) (i32.add (i32.const 48) (i32.rem_u (i32.div_u (local.get $i) (i32.const 10)) (i32.const 10))))
        (i32.store8 (i32.const 515) (i32.add (i32.const 48) (i32.rem_u (local.get $i) (i32.const 10))))
        (drop (call $timer_set (i32.const 512) (i32.const 4) (i32.const 0) (i32.const 0) (i64.const 0) (i32.const 0)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $arm)))
    ;; "refused " + two digits
    (i32.store8 (i32.const 608) (i32.add (i32.const 48) (i32.div_u (local.get $refused) (i32.const 10))))
    (i32.store8 (i32.const 609) (i32.add (i32.const 48) (i32.rem_u (local.get $refused) (i32.const 10))))
    (drop (call $log (i32.const 1) (i32.const 600) (i32.const 10)))
    (i32.const 0)))
