;; kvflood.wat — a valid ABI v1 skill whose bothost_handle stores 1 KiB
;; values under distinct keys "k00000000", "k00000001", ... (9 bytes each)
;; until kv_set answers ERR_QUOTA (-4).
;;
;; Returns 0 if it saw -4; 1 if kv_set failed any other way (the code is
;; then given to set_error as "kvflood: kv_set returned -N") or if 100
;; million keys went in without a quota error. Expect: -4 once the skill's
;; kv_max_keys / kv_max_bytes is reached (set a small quota in the test:
;; the defaults, 10000 keys / 16 MiB, take 10000 writes to reach).
(module
  (import "bothost_v1" "kv_set" (func $kv_set (param i32 i32 i32 i32 i64) (result i32)))
  (import "bothost_v1" "set_error" (func $set_error (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; 512: key "k" + 8 digits
  (data (i32.const 512) "k00000000")
  ;; 700: error message, digit at 726 (27 bytes)
  (data (i32.const 700) "kvflood: kv_set returned -N")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 8192))))

  ;; Write $n as 8 zero-padded decimal digits at 513..520.
  (func $key (param $n i32)
    (local $pos i32)
    (local.set $pos (i32.const 520))
    (block $done
      (loop $digit
        (br_if $done (i32.lt_u (local.get $pos) (i32.const 513)))
        (i32.store8 (local.get $pos)
          (i32.add (i32.const 48) (i32.rem_u (local.get $n) (i32.const 10))))
        (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
        (local.set $pos (i32.sub (local.get $pos) (i32.const 1)))
        (br $digit))))

  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (local $i i32)
    (local $rc i32)
    ;; value at 1024: 1024 bytes of 'v'
    (block $filled
      (loop $fill
        (br_if $filled (i32.ge_u (local.get $i) (i32.const 1024)))
        (i64.store (i32.add (i32.const 1024) (local.get $i)) (i64.const 0x7676767676767676))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $fill)))
    (local.set $i (i32.const 0))
    (loop $flood
      (call $key (local.get $i))
      (local.set $rc
        (call $kv_set (i32.const 512) (i32.const 9) (i32.const 1024) (i32.const 1024) (i64.const 0)))
      (if (i32.eq (local.get $rc) (i32.const -4))
        (then (return (i32.const 0))))
      (if (i32.ne (local.get $rc) (i32.const 0))
        (then
          ;; "-N": single digit for the ABI's codes -1..-9
          (i32.store8 (i32.const 726)
            (i32.add (i32.const 48) (i32.rem_u (i32.sub (i32.const 0) (local.get $rc)) (i32.const 10))))
          (drop (call $set_error (i32.const 700) (i32.const 27)))
          (return (i32.const 1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $flood (i32.lt_u (local.get $i) (i32.const 100000000))))
    (i32.const 1)))
