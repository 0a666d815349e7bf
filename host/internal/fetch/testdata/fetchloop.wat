;; fetchloop.wat — a valid ABI v1 skill for the http_fetch budget test.
;;
;; bothost_handle finds the event's "body" entry, treats it as an
;; http_fetch request record and calls http_fetch with it five times. It
;; then reports the five results through set_error as "codes=XXXXX" (one
;; character per call: 'k' for a response, otherwise the digit of the
;; negative ABI code, e.g. '4' for ERR_QUOTA) and returns 1, so the test
;; reads them from the wasmrt.Failure. Returns 2 if the event has no body.
;;
;; Build: wat2wasm fetchloop.wat -o fetchloop.wasm
(module
  (import "bothost_v1" "http_fetch" (func $fetch (param i32 i32 i32 i32) (result i32)))
  (import "bothost_v1" "set_error" (func $set_error (param i32 i32) (result i32)))
  (memory (export "memory") 2)
  ;; 600: report, the five code characters at 606..610
  (data (i32.const 600) "codes=?????")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 8192))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (local $p i32) (local $end i32) (local $kl i32) (local $vl i32)
    (local $body i32) (local $blen i32) (local $i i32) (local $rc i32)
    (local.set $p (local.get $ptr))
    (local.set $end (i32.add (local.get $ptr) (local.get $len)))
    (local.set $body (i32.const -1))
    ;; walk entries: key_len:u8 key val_len:u32le val
    (block $found
      (loop $walk
        (br_if $found (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $kl (i32.load8_u (local.get $p)))
        (local.set $vl (i32.load (i32.add (local.get $p) (i32.add (i32.const 1) (local.get $kl)))))
        ;; key "body" = 0x79646f62 little-endian
        (if (i32.and (i32.eq (local.get $kl) (i32.const 4))
                     (i32.eq (i32.load (i32.add (local.get $p) (i32.const 1))) (i32.const 0x79646f62)))
          (then
            (local.set $body (i32.add (local.get $p) (i32.const 9)))
            (local.set $blen (local.get $vl))
            (br $found)))
        (local.set $p (i32.add (local.get $p) (i32.add (i32.add (i32.const 5) (local.get $kl)) (local.get $vl))))
        (br $walk)))
    (if (i32.eq (local.get $body) (i32.const -1))
      (then (return (i32.const 2))))
    (block $done
      (loop $calls
        (br_if $done (i32.ge_u (local.get $i) (i32.const 5)))
        (local.set $rc (call $fetch (local.get $body) (local.get $blen) (i32.const 70000) (i32.const 60000)))
        (i32.store8 (i32.add (i32.const 606) (local.get $i))
          (if (result i32) (i32.ge_s (local.get $rc) (i32.const 0))
            (then (i32.const 107))
            (else (i32.add (i32.const 48) (i32.sub (i32.const 0) (local.get $rc))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $calls)))
    (drop (call $set_error (i32.const 600) (i32.const 11)))
    (i32.const 1)))
