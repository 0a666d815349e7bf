;; post50.wat — a skill that posts 50 messages to channel C1 per event
;; (within messages_per_event). It used to delay another skill's reply in
;; the same channel by 47.5 s: one FIFO per channel at 1 message/s. The
;; outbox now shares a channel's pacing fairly between skills.
;;
;; bothost_handle returns 0 if all 50 posts were accepted, else 1.
(module
  (import "bothost_v1" "post" (func $post (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; message record at 256 (28 bytes): channel = "C1", text = "busy!"
  (data (i32.const 256) "\07channel\02\00\00\00C1\04text\05\00\00\00busy!")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param i32 i32) (result i32)
    (local $i i32)
    (block $posted
      (loop $posts
        (br_if $posted (i32.ge_u (local.get $i) (i32.const 50)))
        (if (i32.lt_s (call $post (i32.const 256) (i32.const 28) (i32.const 1024) (i32.const 64)) (i32.const 0))
          (then (return (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $posts)))
    (i32.const 0)))
