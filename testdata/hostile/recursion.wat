;; recursion.wat — a valid ABI v1 skill whose bothost_handle recurses
;; without bound (not a tail call: the result is used after the call).
;; Expect: a stack-overflow trap, the instance is discarded, the host lives.
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func $deeper (param $n i32) (result i32)
    (i32.add
      (call $deeper (i32.add (local.get $n) (i32.const 1)))
      (local.get $n)))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (call $deeper (i32.const 0))))
