;; tablebig.wat — one table of 2^27 entries (1 GiB of host memory at
;; instantiation, not counted against the skill's memory).
;; Expect: refused at load: "table 0: table size in entries is 134217728,
;; over the limit of 131072".
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (table 134217728 funcref)
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (i32.const 0))
)
