;; abiv2.wat — otherwise a valid skill, but built for a future ABI: it
;; imports `log` from module `bothost_v2`. Expect: refused at load with
;; `skill imports "bothost_v2": this host speaks ABI v1`.
(module
  (import "bothost_v2" "log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 1024) "hello from v2")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (drop (call $log (i32.const 1) (i32.const 1024) (i32.const 13)))
    (i32.const 0)))
