;; logflood.wat — a log flood: every event calls log 10,000 times with an
;; 8 KiB line (abi.MaxLogLine), 80 MB per event; ten events wrote 2.9 GB
;; of host stderr before log_rate/log_bytes. The host must drop what is
;; over the skill's quota, answer those calls ERR_QUOTA (-4) and summarise
;; them in one line per interval ("skill X: N log lines suppressed").
;;
;; bothost_handle returns 0 if at least one log call got -4 and none got
;; anything but 0 or -4; 1 if none was refused; 2 for another answer.
(module
  (import "bothost_v1" "log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param i32 i32) (result i32)
    (local $p i32)
    (local $i i32)
    (local $r i32)
    (local $refused i32)
    ;; 8192 bytes of 'x' at 16384
    (local.set $p (i32.const 16384))
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_u (local.get $p) (i32.const 24576)))
        (i64.store (local.get $p) (i64.const 0x7878787878787878))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $fill)))
    (block $done
      (loop $flood
        (br_if $done (i32.ge_u (local.get $i) (i32.const 10000)))
        (local.set $r (call $log (i32.const 1) (i32.const 16384) (i32.const 8192)))
        (if (i32.eq (local.get $r) (i32.const -4))
          (then (local.set $refused (i32.add (local.get $refused) (i32.const 1))))
          (else (if (i32.ne (local.get $r) (i32.const 0)) (then (return (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $flood)))
    (if (result i32) (local.get $refused)
      (then (i32.const 0))
      (else (i32.const 1)))))
