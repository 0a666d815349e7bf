;; bigreply.wat — a valid ABI v1 skill whose bothost_handle grows memory by
;; 33 pages and calls bothost_v1.reply with a well-formed message record
;; whose only entry is `text` = 2 MiB of "a" (over both the 64 KiB record
;; and the 40,000-byte text limits).
;;
;; Returns 0 if reply answered ERR_TOO_LARGE (-3), 1 for any other answer,
;; 2 if memory could not grow. Expect: -3, nothing posted, host memory flat.
(module
  (import "bothost_v1" "reply" (func $reply (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (local $p i32)
    (local $end i32)
    ;; record at 65536: 9-byte header + 2 MiB text, ends in page 34
    (if (i32.eq (memory.grow (i32.const 33)) (i32.const -1))
      (then (return (i32.const 2))))
    ;; key_len = 4, key = "text", val_len = 2097152 (u32 little-endian)
    (i32.store8 (i32.const 65536) (i32.const 4))
    (i32.store (i32.const 65537) (i32.const 0x74786574)) ;; "text"
    (i32.store (i32.const 65541) (i32.const 2097152))
    ;; value: 2 MiB of 'a'
    (local.set $p (i32.const 65545))
    (local.set $end (i32.add (i32.const 65545) (i32.const 2097152)))
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_u (local.get $p) (local.get $end)))
        (i64.store (local.get $p) (i64.const 0x6161616161616161))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $fill)))
    ;; reply(msg, 9 + 2 MiB, out = 1024, out_cap = 64)
    (if (result i32)
      (i32.eq
        (call $reply (i32.const 65536) (i32.const 2097161) (i32.const 1024) (i32.const 64))
        (i32.const -3))
      (then (i32.const 0))
      (else (i32.const 1)))))
