;; tablegrow.wat — a small table with no maximum, grown by 0x7FFFFFF0
;; entries in bothost_handle (issue 8: a 16 GiB host allocation, fatal; by
;; 32M entries per event: 256 MiB of host memory each time).
;; Expect: refused at load: table.grow needs the reference-types feature,
;; which the host disables (no SDK build uses it).
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (table 1 funcref)
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (drop (table.grow 0 (ref.null func) (i32.const 0x7FFFFFF0)))
    (i32.const 0))
)
