;; noexports.wat — valid wasm with memory, bothost_abi_version (1) and
;; bothost_alloc, but no bothost_handle. Expect: refused at load, naming the
;; missing export.
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "handle") (param $ptr i32) (param $len i32) (result i32)
    (i32.const 0)))
