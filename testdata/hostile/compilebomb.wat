;; compilebomb.wat — a 96 KB compile bomb: 8,000 i64 locals, 8,000 nested
;; loops, the innermost reading every local (issue 8: the compiler reached
;; 6.4 GB in 12 s, then a fatal OOM; dropped in as a reload it killed the
;; host). Generated: the lines repeat.
;; Expect: refused at load before compiling: "function 2: locals per
;; function (parameters included) is 8002, over the limit of 2048".
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    loop
    local.get 2
    drop
    local.get 3
    drop
    local.get 4
    drop
    local.get 5
    drop
    local.get 6
    drop
    local.get 7
    drop
    local.get 8
    drop
    local.get 9
    drop
    local.get 10
    drop
    local.get 11
    drop
    local.get 12
    drop
    local.get 13
    drop
    local.get 14
    drop
    local.get 15
    drop
    local.get 16
    drop
    local.get 17
    drop
    local.get 18
    drop
    local.get 19
    drop
    local.get 20
    drop
    local.get 21
    drop
    local.get 22
    drop
    local.get 23
    drop
    local.get 24
    drop
    local.get 25
    drop
    local.get 26
    drop
    local.get 27
    drop
    local.get 28
    drop
    local.get 29
    drop
    local.get 30
    drop
    local.get 31
    drop
    local.get 32
    drop
    local.get 33
    drop
    local.get 34
    drop
    local.get 35
    drop
    local.get 36
    drop
    local.get 37
    drop
    local.get 38
    drop
    local.get 39
    drop
    local.get 40
    drop
    local.get 41
    drop
    local.get 42
    drop
    local.get 43
    drop
    local.get 44
    drop
    local.get 45
    drop
    local.get 46
    drop
    local.get 47
    drop
    local.get 48
    drop
    local.get 49
    drop
    local.get 50
    drop
    local.get 51
    drop
    local.get 52
    drop
    local.get 53
    drop
    local.get 54
    drop
    local.get 55
    drop
    local.get 56
    drop
    local.get 57
    drop
    local.get 58
    drop
    local.get 59
    drop
    local.get 60
    drop
    local.get 61
    drop
    local.get 62
    drop
    local.get 63
    drop
    local.get 64
    drop
    local.get 65
    drop
    local.get 66
    drop
    local.get 67
    drop
    local.get 68
    drop
    local.get 69
    drop
    local.get 70
    drop
    local.get 71
    drop
    local.get 72
    drop
    local.get 73
    drop
    local.get 74
    drop
    local.get 75
    drop
    local.get 76
    drop
    local.get 77
    drop
    local.get 78
    drop
    local.get 79
    drop
    local.get 80
    drop
    local.get 81
    drop
    local.get 82
    drop
    local.get 83
    drop
    local.get 84
    drop
    local.get 85
    drop
    local.get 86
    drop
    local.get 87
    drop
    local.get 88
    drop
    local.get 89
    drop
    local.get 90
    drop
    local.get 91
    drop
    local.get 92
    drop
    local.get 93
    drop
    local.get 94
    drop
    local.get 95
    drop
    local.get 96
    drop
    local.get 97
    drop
    local.get 98
    drop
    local.get 99
    drop
    local.get 100
    drop
    local.get 101
    drop
    local.get 102
    drop
    local.get 103
    drop
    local.get 104
    drop
    local.get 105
    drop
    local.get 106
    drop
    local.get 107
    drop
    local.get 108
    drop
    local.get 109
    drop
    local.get 110
    drop
    local.get 111
    drop
    local.get 112
    drop
    local.get 113
    drop
    local.get 114
    drop
    local.get 115
    drop
    local.get 116
    drop
    local.get 117
    drop
    local.get 118
    drop
    local.get 119
    drop
    local.get 120
    drop
    local.get 121
    drop
    local.get 122
    drop
    local.get 123
    drop
    local.get 124
    drop
    local.get 125
    drop
    local.get 126
    drop
    local.get 127
    drop
    local.get 128
    drop
    local.get 129
    drop
    local.get 130
    drop
    local.get 131
    drop
    local.get 132
    drop
    local.get 133
    drop
    local.get 134
    drop
    local.get 135
    drop
    local.get 136
    drop
    local.get 137
    drop
    local.get 138
    drop
    local.get 139
    drop
    local.get 140
    drop
    local.get 141
    drop
    local.get 142
    drop
    local.get 143
    drop
    local.get 144
    drop
    local.get 145
    drop
    local.get 146
    drop
    local.get 147
    drop
    local.get 148
    drop
    local.get 149
    drop
    local.get 150
    drop
    local.get 151
    drop
    local.get 152
    drop
    local.get 153
    drop
    local.get 154
    drop
    local.get 155
    drop
    local.get 156
    drop
    local.get 157
    drop
    local.get 158
    drop
    local.get 159
    drop
    local.get 160
    drop
    local.get 161
    drop
    local.get 162
    drop
    local.get 163
    drop
    local.get 164
    drop
    local.get 165
    drop
    local.get 166
    drop
    local.get 167
    drop
    local.get 168
    drop
    local.get 169
    drop
    local.get 170
    drop
    local.get 171
    drop
    local.get 172
    drop
    local.get 173
    drop
    local.get 174
    drop
    local.get 175
    drop
    local.get 176
    drop
    local.get 177
    drop
    local.get 178
    drop
    local.get 179
    drop
    local.get 180
    drop
    local.get 181
    drop
    local.get 182
    drop
    local.get 183
    drop
    local.get 184
    drop
    local.get 185
    drop
    local.get 186
    drop
    local.get 187
    drop
    local.get 188
    drop
    local.get 189
    drop
    local.get 190
    drop
    local.get 191
    drop
    local.get 192
    drop
    local.get 193
    drop
    local.get 194
    drop
    local.get 195
    drop
    local.get 196
    drop
    local.get 197
    drop
    local.get 198
    drop
    local.get 199
    drop
    local.get 200
    drop
    local.get 201
    drop
    local.get 202
    drop
    local.get 203
    drop
    local.get 204
    drop
    local.get 205
    drop
    local.get 206
    drop
    local.get 207
    drop
    local.get 208
    drop
    local.get 209
    drop
    local.get 210
    drop
    local.get 211
    drop
    local.get 212
    drop
    local.get 213
    drop
    local.get 214
    drop
    local.get 215
    drop
    local.get 216
    drop
    local.get 217
    drop
    local.get 218
    drop
    local.get 219
    drop
    local.get 220
    drop
    local.get 221
    drop
    local.get 222
    drop
    local.get 223
    drop
    local.get 224
    drop
    local.get 225
    drop
    local.get 226
    drop
    local.get 227
    drop
    local.get 228
    drop
    local.get 229
    drop
    local.get 230
    drop
    local.get 231
    drop
    local.get 232
    drop
    local.get 233
    drop
    local.get 234
    drop
    local.get 235
    drop
    local.get 236
    drop
    local.get 237
    drop
    local.get 238
    drop
    local.get 239
    drop
    local.get 240
    drop
    local.get 241
    drop
    local.get 242
    drop
    local.get 243
    drop
    local.get 244
    drop
    local.get 245
    drop
    local.get 246
    drop
    local.get 247
    drop
    local.get 248
    drop
    local.get 249
    drop
    local.get 250
    drop
    local.get 251
    drop
    local.get 252
    drop
    local.get 253
    drop
    local.get 254
    drop
    local.get 255
    drop
    local.get 256
    drop
    local.get 257
    drop
    local.get 258
    drop
    local.get 259
    drop
    local.get 260
    drop
    local.get 261
    drop
    local.get 262
    drop
    local.get 263
    drop
    local.get 264
    drop
    local.get 265
    drop
    local.get 266
    drop
    local.get 267
    drop
    local.get 268
    drop
    local.get 269
    drop
    local.get 270
    drop
    local.get 271
    drop
    local.get 272
    drop
    local.get 273
    drop
    local.get 274
    drop
    local.get 275
    drop
    local.get 276
    drop
    local.get 277
    drop
    local.get 278
    drop
    local.get 279
    drop
    local.get 280
    drop
    local.get 281
    drop
    local.get 282
    drop
    local.get 283
    drop
    local.get 284
    drop
    local.get 285
    drop
    local.get 286
    drop
    local.get 287
    drop
    local.get 288
    drop
    local.get 289
    drop
    local.get 290
    drop
    local.get 291
    drop
    local.get 292
    drop
    local.get 293
    drop
    local.get 294
    drop
    local.get 295
    drop
    local.get 296
    drop
    local.get 297
    drop
    local.get 298
    drop
    local.get 299
    drop
    local.get 300
    drop
    local.get 301
    drop
    local.get 302
    drop
    local.get 303
    drop
    local.get 304
    drop
    local.get 305
    drop
    local.get 306
    drop
    local.get 307
    drop
    local.get 308
    drop
    local.get 309
    drop
    local.get 310
    drop
    local.get 311
    drop
    local.get 312
    drop
    local.get 313
    drop
    local.get 314
    drop
    local.get 315
    drop
    local.get 316
    drop
    local.get 317
    drop
    local.get 318
    drop
    local.get 319
    drop
    local.get 320
    drop
    local.get 321
    drop
    local.get 322
    drop
    local.get 323
    drop
    local.get 324
    drop
    local.get 325
    drop
    local.get 326
    drop
    local.get 327
    drop
    local.get 328
    drop
    local.get 329
    drop
    local.get 330
    drop
    local.get 331
    drop
    local.get 332
    drop
    local.get 333
    drop
    local.get 334
    drop
    local.get 335
    drop
    local.get 336
    drop
    local.get 337
    drop
    local.get 338
    drop
    local.get 339
    drop
    local.get 340
    drop
    local.get 341
    drop
    local.get 342
    drop
    local.get 343
    drop
    local.get 344
    drop
    local.get 345
    drop
    local.get 346
    drop
    local.get 347
    drop
    local.get 348
    drop
    local.get 349
    drop
    local.get 350
    drop
    local.get 351
    drop
    local.get 352
    drop
    local.get 353
    drop
    local.get 354
    drop
    local.get 355
    drop
    local.get 356
    drop
    local.get 357
    drop
    local.get 358
    drop
    local.get 359
    drop
    local.get 360
    drop
    local.get 361
    drop
    local.get 362
    drop
    local.get 363
    drop
    local.get 364
    drop
    local.get 365
    drop
    local.get 366
    drop
    local.get 367
    drop
    local.get 368
    drop
    local.get 369
    drop
    local.get 370
    drop
    local.get 371
    drop
    local.get 372
    drop
    local.get 373
    drop
    local.get 374
    drop
    local.get 375
    drop
    local.get 376
    drop
    local.get 377
    drop
    local.get 378
    drop
    local.get 379
    drop
    local.get 380
    drop
    local.get 381
    drop
    local.get 382
    drop
    local.get 383
    drop
    local.get 384
    drop
    local.get 385
    drop
    local.get 386
    drop
    local.get 387
    drop
    local.get 388
    drop
    local.get 389
    drop
    local.get 390
    drop
    local.get 391
    drop
    local.get 392
    drop
    local.get 393
    drop
    local.get 394
    drop
    local.get 395
    drop
    local.get 396
    drop
    local.get 397
    drop
    local.get 398
    drop
    local.get 399
    drop
    local.get 400
    drop
    local.get 401
    drop
    local.get 402
    drop
    local.get 403
    drop
    local.get 404
    drop
    local.get 405
    drop
    local.get 406
    drop
    local.get 407
    drop
    local.get 408
    drop
    local.get 409
    drop
    local.get 410
    drop
    local.get 411
    drop
    local.get 412
    drop
    local.get 413
    drop
    local.get 414
    drop
    local.get 415
    drop
    local.get 416
    drop
    local.get 417
    drop
    local.get 418
    drop
    local.get 419
    drop
    local.get 420
    drop
    local.get 421
    drop
    local.get 422
    drop
    local.get 423
    drop
    local.get 424
    drop
    local.get 425
    drop
    local.get 426
    drop
    local.get 427
    drop
    local.get 428
    drop
    local.get 429
    drop
    local.get 430
    drop
    local.get 431
    drop
    local.get 432
    drop
    local.get 433
    drop
    local.get 434
    drop
    local.get 435
    drop
    local.get 436
    drop
    local.get 437
    drop
    local.get 438
    drop
    local.get 439
    drop
    local.get 440
    drop
    local.get 441
    drop
    local.get 442
    drop
    local.get 443
    drop
    local.get 444
    drop
    local.get 445
    drop
    local.get 446
    drop
    local.get 447
    drop
    local.get 448
    drop
    local.get 449
    drop
    local.get 450
    drop
    local.get 451
    drop
    local.get 452
    drop
    local.get 453
    drop
    local.get 454
    drop
    local.get 455
    drop
    local.get 456
    drop
    local.get 457
    drop
    local.get 458
    drop
    local.get 459
    drop
    local.get 460
    drop
    local.get 461
    drop
    local.get 462
    drop
    local.get 463
    drop
    local.get 464
    drop
    local.get 465
    drop
    local.get 466
    drop
    local.get 467
    drop
    local.get 468
    drop
    local.get 469
    drop
    local.get 470
    drop
    local.get 471
    drop
    local.get 472
    drop
    local.get 473
    drop
    local.get 474
    drop
    local.get 475
    drop
    local.get 476
    drop
    local.get 477
    drop
    local.get 478
    drop
    local.get 479
    drop
    local.get 480
    drop
    local.get 481
    drop
    local.get 482
    drop
    local.get 483
    drop
    local.get 484
    drop
    local.get 485
    drop
    local.get 486
    drop
    local.get 487
    drop
    local.get 488
    drop
    local.get 489
    drop
    local.get 490
    drop
    local.get 491
    drop
    local.get 492
    drop
    local.get 493
    drop
    local.get 494
    drop
    local.get 495
    drop
    local.get 496
    drop
    local.get 497
    drop
    local.get 498
    drop
    local.get 499
    drop
    local.get 500
    drop
    local.get 501
    drop
    local.get 502
    drop
    local.get 503
    drop
    local.get 504
    drop
    local.get 505
    drop
    local.get 506
    drop
    local.get 507
    drop
    local.get 508
    drop
    local.get 509
    drop
    local.get 510
    drop
    local.get 511
    drop
    local.get 512
    drop
    local.get 513
    drop
    local.get 514
    drop
    local.get 515
    drop
    local.get 516
    drop
    local.get 517
    drop
    local.get 518
    drop
    local.get 519
    drop
    local.get 520
    drop
    local.get 521
    drop
    local.get 522
    drop
    local.get 523
    drop
    local.get 524
    drop
    local.get 525
    drop
    local.get 526
    drop
    local.get 527
    drop
    local.get 528
    drop
    local.get 529
    drop
    local.get 530
    drop
    local.get 531
    drop
    local.get 532
    drop
    local.get 533
    drop
    local.get 534
    drop
    local.get 535
    drop
    local.get 536
    drop
    local.get 537
    drop
    local.get 538
    drop
    local.get 539
    drop
    local.get 540
    drop
    local.get 541
    drop
    local.get 542
    drop
    local.get 543
    drop
    local.get 544
    drop
    local.get 545
    drop
    local.get 546
    drop
    local.get 547
    drop
    local.get 548
    drop
    local.get 549
    drop
    local.get 550
    drop
    local.get 551
    drop
    local.get 552
    drop
    local.get 553
    drop
    local.get 554
    drop
    local.get 555
    drop
    local.get 556
    drop
    local.get 557
    drop
    local.get 558
    drop
    local.get 559
    drop
    local.get 560
    drop
    local.get 561
    drop
    local.get 562
    drop
    local.get 563
    drop
    local.get 564
    drop
    local.get 565
    drop
    local.get 566
    drop
    local.get 567
    drop
    local.get 568
    drop
    local.get 569
    drop
    local.get 570
    drop
    local.get 571
    drop
    local.get 572
    drop
    local.get 573
    drop
    local.get 574
    drop
    local.get 575
    drop
    local.get 576
    drop
    local.get 577
    drop
    local.get 578
    drop
    local.get 579
    drop
    local.get 580
    drop
    local.get 581
    drop
    local.get 582
    drop
    local.get 583
    drop
    local.get 584
    drop
    local.get 585
    drop
    local.get 586
    drop
    local.get 587
    drop
    local.get 588
    drop
    local.get 589
    drop
    local.get 590
    drop
    local.get 591
    drop
    local.get 592
    drop
    local.get 593
    drop
    local.get 594
    drop
    local.get 595
    drop
    local.get 596
    drop
    local.get 597
    drop
    local.get 598
    drop
    local.get 599
    drop
    local.get 600
    drop
    local.get 601
    drop
    local.get 602
    drop
    local.get 603
    drop
    local.get 604
    drop
    local.get 605
    drop
    local.get 606
    drop
    local.get 607
    drop
    local.get 608
    drop
    local.get 609
    drop
    local.get 610
    drop
    local.get 611
    drop
    local.get 612
    drop
    local.get 613
    drop
    local.get 614
    drop
    local.get 615
    drop
    local.get 616
    drop
    local.get 617
    drop
    local.get 618
    drop
    local.get 619
    drop
    local.get 620
    drop
    local.get 621
    drop
    local.get 622
    drop
    local.get 623
    drop
    local.get 624
    drop
    local.get 625
    drop
    local.get 626
    drop
    local.get 627
    drop
    local.get 628
    drop
    local.get 629
    drop
    local.get 630
    drop
    local.get 631
    drop
    local.get 632
    drop
    local.get 633
    drop
    local.get 634
    drop
    local.get 635
    drop
    local.get 636
    drop
    local.get 637
    drop
    local.get 638
    drop
    local.get 639
    drop
    local.get 640
    drop
    local.get 641
    drop
    local.get 642
    drop
    local.get 643
    drop
    local.get 644
    drop
    local.get 645
    drop
    local.get 646
    drop
    local.get 647
    drop
    local.get 648
    drop
    local.get 649
    drop
    local.get 650
    drop
    local.get 651
    drop
    local.get 652
    drop
    local.get 653
    drop
    local.get 654
    drop
    local.get 655
    drop
    local.get 656
    drop
    local.get 657
    drop
    local.get 658
    drop
    local.get 659
    drop
    local.get 660
    drop
    local.get 661
    drop
    local.get 662
    drop
    local.get 663
    drop
    local.get 664
    drop
    local.get 665
    drop
    local.get 666
    drop
    local.get 667
    drop
    local.get 668
    drop
    local.get 669
    drop
    local.get 670
    drop
    local.get 671
    drop
    local.get 672
    drop
    local.get 673
    drop
    local.get 674
    drop
    local.get 675
    drop
    local.get 676
    drop
    local.get 677
    drop
    local.get 678
    drop
    local.get 679
    drop
    local.get 680
    drop
    local.get 681
    drop
    local.get 682
    drop
    local.get 683
    drop
    local.get 684
    drop
    local.get 685
    drop
    local.get 686
    drop
    local.get 687
    drop
    local.get 688
    drop
    local.get 689
    drop
    local.get 690
    drop
    local.get 691
    drop
    local.get 692
    drop
    local.get 693
    drop
    local.get 694
    drop
    local.get 695
    drop
    local.get 696
    drop
    local.get 697
    drop
    local.get 698
    drop
    local.get 699
    drop
    local.get 700
    drop
    local.get 701
    drop
    local.get 702
    drop
    local.get 703
    drop
    local.get 704
    drop
    local.get 705
    drop
    local.get 706
    drop
    local.get 707
    drop
    local.get 708
    drop
    local.get 709
    drop
    local.get 710
    drop
    local.get 711
    drop
    local.get 712
    drop
    local.get 713
    drop
    local.get 714
    drop
    local.get 715
    drop
    local.get 716
    drop
    local.get 717
    drop
    local.get 718
    drop
    local.get 719
    drop
    local.get 720
    drop
    local.get 721
    drop
    local.get 722
    drop
    local.get 723
    drop
    local.get 724
    drop
    local.get 725
    drop
    local.get 726
    drop
    local.get 727
    drop
    local.get 728
    drop
    local.get 729
    drop
    local.get 730
    drop
    local.get 731
    drop
    local.get 732
    drop
    local.get 733
    drop
    local.get 734
    drop
    local.get 735
    drop
    local.get 736
    drop
    local.get 737
    drop
    local.get 738
    drop
    local.get 739
    drop
    local.get 740
    drop
    local.get 741
    drop
    local.get 742
    drop
    local.get 743
    drop
    local.get 744
    drop
    local.get 745
    drop
    local.get 746
    drop
    local.get 747
    drop
    local.get 748
    drop
    local.get 749
    drop
    local.get 750
    drop
    local.get 751
    drop
    local.get 752
    drop
    local.get 753
    drop
    local.get 754
    drop
    local.get 755
    drop
    local.get 756
    drop
    local.get 757
    drop
    local.get 758
    drop
    local.get 759
    drop
    local.get 760
    drop
    local.get 761
    drop
    local.get 762
    drop
    local.get 763
    drop
    local.get 764
    drop
    local.get 765
    drop
    local.get 766
    drop
    local.get 767
    drop
    local.get 768
    drop
    local.get 769
    drop
    local.get 770
    drop
    local.get 771
    drop
    local.get 772
    drop
    local.get 773
    drop
    local.get 774
    drop
    local.get 775
    drop
    local.get 776
    drop
    local.get 777
    drop
    local.get 778
    drop
    local.get 779
    drop
    local.get 780
    drop
    local.get 781
    drop
    local.get 782
    drop
    local.get 783
    drop
    local.get 784
    drop
    local.get 785
    drop
    local.get 786
    drop
    local.get 787
    drop
    local.get 788
    drop
    local.get 789
    drop
    local.get 790
    drop
    local.get 791
    drop
    local.get 792
    drop
    local.get 793
    drop
    local.get 794
    drop
    local.get 795
    drop
    local.get 796
    drop
    local.get 797
    drop
    local.get 798
    drop
    local.get 799
    drop
    local.get 800
    drop
    local.get 801
    drop
    local.get 802
    drop
    local.get 803
    drop
    local.get 804
    drop
    local.get 805
    drop
    local.get 806
    drop
    local.get 807
    drop
    local.get 808
    drop
    local.get 809
    drop
    local.get 810
    drop
    local.get 811
    drop
    local.get 812
    drop
    local.get 813
    drop
    local.get 814
    drop
    local.get 815
    drop
    local.get 816
    drop
    local.get 817
    drop
    local.get 818
    drop
    local.get 819
    drop
    local.get 820
    drop
    local.get 821
    drop
    local.get 822
    drop
    local.get 823
    drop
    local.get 824
    drop
    local.get 825
    drop
    local.get 826
    drop
    local.get 827
    drop
    local.get 828
    drop
    local.get 829
    drop
    local.get 830
    drop
    local.get 831
    drop
    local.get 832
    drop
    local.get 833
    drop
    local.get 834
    drop
    local.get 835
    drop
    local.get 836
    drop
    local.get 837
    drop
    local.get 838
    drop
    local.get 839
    drop
    local.get 840
    drop
    local.get 841
    drop
    local.get 842
    drop
    local.get 843
    drop
    local.get 844
    drop
    local.get 845
    drop
    local.get 846
    drop
    local.get 847
    drop
    local.get 848
    drop
    local.get 849
    drop
    local.get 850
    drop
    local.get 851
    drop
    local.get 852
    drop
    local.get 853
    drop
    local.get 854
    drop
    local.get 855
    drop
    local.get 856
    drop
    local.get 857
    drop
    local.get 858
    drop
    local.get 859
    drop
    local.get 860
    drop
    local.get 861
    drop
    local.get 862
    drop
    local.get 863
    drop
    local.get 864
    drop
    local.get 865
    drop
    local.get 866
    drop
    local.get 867
    drop
    local.get 868
    drop
    local.get 869
    drop
    local.get 870
    drop
    local.get 871
    drop
    local.get 872
    drop
    local.get 873
    drop
    local.get 874
    drop
    local.get 875
    drop
    local.get 876
    drop
    local.get 877
    drop
    local.get 878
    drop
    local.get 879
    drop
    local.get 880
    drop
    local.get 881
    drop
    local.get 882
    drop
    local.get 883
    drop
    local.get 884
    drop
    local.get 885
    drop
    local.get 886
    drop
    local.get 887
    drop
    local.get 888
    drop
    local.get 889
    drop
    local.get 890
    drop
    local.get 891
    drop
    local.get 892
    drop
    local.get 893
    drop
    local.get 894
    drop
    local.get 895
    drop
    local.get 896
    drop
    local.get 897
    drop
    local.get 898
    drop
    local.get 899
    drop
    local.get 900
    drop
    local.get 901
    drop
    local.get 902
    drop
    local.get 903
    drop
    local.get 904
    drop
    local.get 905
    drop
    local.get 906
    drop
    local.get 907
    drop
    local.get 908
    drop
    local.get 909
    drop
    local.get 910
    drop
    local.get 911
    drop
    local.get 912
    drop
    local.get 913
    drop
    local.get 914
    drop
    local.get 915
    drop
    local.get 916
    drop
    local.get 917
    drop
    local.get 918
    drop
    local.get 919
    drop
    local.get 920
    drop
    local.get 921
    drop
    local.get 922
    drop
    local.get 923
    drop
    local.get 924
    drop
    local.get 925
    drop
    local.get 926
    drop
    local.get 927
    drop
    local.get 928
    drop
    local.get 929
    drop
    local.get 930
    drop
    local.get 931
    drop
    local.get 932
    drop
    local.get 933
    drop
    local.get 934
    drop
    local.get 935
    drop
    local.get 936
    drop
    local.get 937
    drop
    local.get 938
    drop
    local.get 939
    drop
    local.get 940
    drop
    local.get 941
    drop
    local.get 942
    drop
    local.get 943
    drop
    local.get 944
    drop
    local.get 945
    drop
    local.get 946
    drop
    local.get 947
    drop
    local.get 948
    drop
    local.get 949
    drop
    local.get 950
    drop
    local.get 951
    drop
    local.get 952
    drop
    local.get 953
    drop
    local.get 954
    drop
    local.get 955
    drop
    local.get 956
    drop
    local.get 957
    drop
    local.get 958
    drop
    local.get 959
    drop
    local.get 960
    drop
    local.get 961
    drop
    local.get 962
    drop
    local.get 963
    drop
    local.get 964
    drop
    local.get 965
    drop
    local.get 966
    drop
    local.get 967
    drop
    local.get 968
    drop
    local.get 969
    drop
    local.get 970
    drop
    local.get 971
    drop
    local.get 972
    drop
    local.get 973
    drop
    local.get 974
    drop
    local.get 975
    drop
    local.get 976
    drop
    local.get 977
    drop
    local.get 978
    drop
    local.get 979
    drop
    local.get 980
    drop
    local.get 981
    drop
    local.get 982
    drop
    local.get 983
    drop
    local.get 984
    drop
    local.get 985
    drop
    local.get 986
    drop
    local.get 987
    drop
    local.get 988
    drop
    local.get 989
    drop
    local.get 990
    drop
    local.get 991
    drop
    local.get 992
    drop
    local.get 993
    drop
    local.get 994
    drop
    local.get 995
    drop
    local.get 996
    drop
    local.get 997
    drop
    local.get 998
    drop
    local.get 999
    drop
    local.get 1000
    drop
    local.get 1001
    drop
    local.get 1002
    drop
    local.get 1003
    drop
    local.get 1004
    drop
    local.get 1005
    drop
    local.get 1006
    drop
    local.get 1007
    drop
    local.get 1008
    drop
    local.get 1009
    drop
    local.get 1010
    drop
    local.get 1011
    drop
    local.get 1012
    drop
    local.get 1013
    drop
    local.get 1014
    drop
    local.get 1015
    drop
    local.get 1016
    drop
    local.get 1017
    drop
    local.get 1018
    drop
    local.get 1019
    drop
    local.get 1020
    drop
    local.get 1021
    drop
    local.get 1022
    drop
    local.get 1023
    drop
    local.get 1024
    drop
    local.get 1025
    drop
    local.get 1026
    drop
    local.get 1027
    drop
    local.get 1028
    drop
    local.get 1029
    drop
    local.get 1030
    drop
    local.get 1031
    drop
    local.get 1032
    drop
    local.get 1033
    drop
    local.get 1034
    drop
    local.get 1035
    drop
    local.get 1036
    drop
    local.get 1037
    drop
    local.get 1038
    drop
    local.get 1039
    drop
    local.get 1040
    drop
    local.get 1041
    drop
    local.get 1042
    drop
    local.get 1043
    drop
    local.get 1044
    drop
    local.get 1045
    drop
    local.get 1046
    drop
    local.get 1047
    drop
    local.get 1048
    drop
    local.get 1049
    drop
    local.get 1050
    drop
    local.get 1051
    drop
    local.get 1052
    drop
    local.get 1053
    drop
    local.get 1054
    drop
    local.get 1055
    drop
    local.get 1056
    drop
    local.get 1057
    drop
    local.get 1058
    drop
    local.get 1059
    drop
    local.get 1060
    drop
    local.get 1061
    drop
    local.get 1062
    drop
    local.get 1063
    drop
    local.get 1064
    drop
    local.get 1065
    drop
    local.get 1066
    drop
    local.get 1067
    drop
    local.get 1068
    drop
    local.get 1069
    drop
    local.get 1070
    drop
    local.get 1071
    drop
    local.get 1072
    drop
    local.get 1073
    drop
    local.get 1074
    drop
    local.get 1075
    drop
    local.get 1076
    drop
    local.get 1077
    drop
    local.get 1078
    drop
    local.get 1079
    drop
    local.get 1080
    drop
    local.get 1081
    drop
    local.get 1082
    drop
    local.get 1083
    drop
    local.get 1084
    drop
    local.get 1085
    drop
    local.get 1086
    drop
    local.get 1087
    drop
    local.get 1088
    drop
    local.get 1089
    drop
    local.get 1090
    drop
    local.get 1091
    drop
    local.get 1092
    drop
    local.get 1093
    drop
    local.get 1094
    drop
    local.get 1095
    drop
    local.get 1096
    drop
    local.get 1097
    drop
    local.get 1098
    drop
    local.get 1099
    drop
    local.get 1100
    drop
    local.get 1101
    drop
    local.get 1102
    drop
    local.get 1103
    drop
    local.get 1104
    drop
    local.get 1105
    drop
    local.get 1106
    drop
    local.get 1107
    drop
    local.get 1108
    drop
    local.get 1109
    drop
    local.get 1110
    drop
    local.get 1111
    drop
    local.get 1112
    drop
    local.get 1113
    drop
    local.get 1114
    drop
    local.get 1115
    drop
    local.get 1116
    drop
    local.get 1117
    drop
    local.get 1118
    drop
    local.get 1119
    drop
    local.get 1120
    drop
    local.get 1121
    drop
    local.get 1122
    drop
    local.get 1123
    drop
    local.get 1124
    drop
    local.get 1125
    drop
    local.get 1126
    drop
    local.get 1127
    drop
    local.get 1128
    drop
    local.get 1129
    drop
    local.get 1130
    drop
    local.get 1131
    drop
    local.get 1132
    drop
    local.get 1133
    drop
    local.get 1134
    drop
    local.get 1135
    drop
    local.get 1136
    drop
    local.get 1137
    drop
    local.get 1138
    drop
    local.get 1139
    drop
    local.get 1140
    drop
    local.get 1141
    drop
    local.get 1142
    drop
    local.get 1143
    drop
    local.get 1144
    drop
    local.get 1145
    drop
    local.get 1146
    drop
    local.get 1147
    drop
    local.get 1148
    drop
    local.get 1149
    drop
    local.get 1150
    drop
    local.get 1151
    drop
    local.get 1152
    drop
    local.get 1153
    drop
    local.get 1154
    drop
    local.get 1155
    drop
    local.get 1156
    drop
    local.get 1157
    drop
    local.get 1158
    drop
    local.get 1159
    drop
    local.get 1160
    drop
    local.get 1161
    drop
    local.get 1162
    drop
    local.get 1163
    drop
    local.get 1164
    drop
    local.get 1165
    drop
    local.get 1166
    drop
    local.get 1167
    drop
    local.get 1168
    drop
    local.get 1169
    drop
    local.get 1170
    drop
    local.get 1171
    drop
    local.get 1172
    drop
    local.get 1173
    drop
    local.get 1174
    drop
    local.get 1175
    drop
    local.get 1176
    drop
    local.get 1177
    drop
    local.get 1178
    drop
    local.get 1179
    drop
    local.get 1180
    drop
    local.get 1181
    drop
    local.get 1182
    drop
    local.get 1183
    drop
    local.get 1184
    drop
    local.get 1185
    drop
    local.get 1186
    drop
    local.get 1187
    drop
    local.get 1188
    drop
    local.get 1189
    drop
    local.get 1190
    drop
    local.get 1191
    drop
    local.get 1192
    drop
    local.get 1193
    drop
    local.get 1194
    drop
    local.get 1195
    drop
    local.get 1196
    drop
    local.get 1197
    drop
    local.get 1198
    drop
    local.get 1199
    drop
    local.get 1200
    drop
    local.get 1201
    drop
    local.get 1202
    drop
    local.get 1203
    drop
    local.get 1204
    drop
    local.get 1205
    drop
    local.get 1206
    drop
    local.get 1207
    drop
    local.get 1208
    drop
    local.get 1209
    drop
    local.get 1210
    drop
    local.get 1211
    drop
    local.get 1212
    drop
    local.get 1213
    drop
    local.get 1214
    drop
    local.get 1215
    drop
    local.get 1216
    drop
    local.get 1217
    drop
    local.get 1218
    drop
    local.get 1219
    drop
    local.get 1220
    drop
    local.get 1221
    drop
    local.get 1222
    drop
    local.get 1223
    drop
    local.get 1224
    drop
    local.get 1225
    drop
    local.get 1226
    drop
    local.get 1227
    drop
    local.get 1228
    drop
    local.get 1229
    drop
    local.get 1230
    drop
    local.get 1231
    drop
    local.get 1232
    drop
    local.get 1233
    drop
    local.get 1234
    drop
    local.get 1235
    drop
    local.get 1236
    drop
    local.get 1237
    drop
    local.get 1238
    drop
    local.get 1239
    drop
    local.get 1240
    drop
    local.get 1241
    drop
    local.get 1242
    drop
    local.get 1243
    drop
    local.get 1244
    drop
    local.get 1245
    drop
    local.get 1246
    drop
    local.get 1247
    drop
    local.get 1248
    drop
    local.get 1249
    drop
    local.get 1250
    drop
    local.get 1251
    drop
    local.get 1252
    drop
    local.get 1253
    drop
    local.get 1254
    drop
    local.get 1255
    drop
    local.get 1256
    drop
    local.get 1257
    drop
    local.get 1258
    drop
    local.get 1259
    drop
    local.get 1260
    drop
    local.get 1261
    drop
    local.get 1262
    drop
    local.get 1263
    drop
    local.get 1264
    drop
    local.get 1265
    drop
    local.get 1266
    drop
    local.get 1267
    drop
    local.get 1268
    drop
    local.get 1269
    drop
    local.get 1270
    drop
    local.get 1271
    drop
    local.get 1272
    drop
    local.get 1273
    drop
    local.get 1274
    drop
    local.get 1275
    drop
    local.get 1276
    drop
    local.get 1277
    drop
    local.get 1278
    drop
    local.get 1279
    drop
    local.get 1280
    drop
    local.get 1281
    drop
    local.get 1282
    drop
    local.get 1283
    drop
    local.get 1284
    drop
    local.get 1285
    drop
    local.get 1286
    drop
    local.get 1287
    drop
    local.get 1288
    drop
    local.get 1289
    drop
    local.get 1290
    drop
    local.get 1291
    drop
    local.get 1292
    drop
    local.get 1293
    drop
    local.get 1294
    drop
    local.get 1295
    drop
    local.get 1296
    drop
    local.get 1297
    drop
    local.get 1298
    drop
    local.get 1299
    drop
    local.get 1300
    drop
    local.get 1301
    drop
    local.get 1302
    drop
    local.get 1303
    drop
    local.get 1304
    drop
    local.get 1305
    drop
    local.get 1306
    drop
    local.get 1307
    drop
    local.get 1308
    drop
    local.get 1309
    drop
    local.get 1310
    drop
    local.get 1311
    drop
    local.get 1312
    drop
    local.get 1313
    drop
    local.get 1314
    drop
    local.get 1315
    drop
    local.get 1316
    drop
    local.get 1317
    drop
    local.get 1318
    drop
    local.get 1319
    drop
    local.get 1320
    drop
    local.get 1321
    drop
    local.get 1322
    drop
    local.get 1323
    drop
    local.get 1324
    drop
    local.get 1325
    drop
    local.get 1326
    drop
    local.get 1327
    drop
    local.get 1328
    drop
    local.get 1329
    drop
    local.get 1330
    drop
    local.get 1331
    drop
    local.get 1332
    drop
    local.get 1333
    drop
    local.get 1334
    drop
    local.get 1335
    drop
    local.get 1336
    drop
    local.get 1337
    drop
    local.get 1338
    drop
    local.get 1339
    drop
    local.get 1340
    drop
    local.get 1341
    drop
    local.get 1342
    drop
    local.get 1343
    drop
    local.get 1344
    drop
    local.get 1345
    drop
    local.get 1346
    drop
    local.get 1347
    drop
    local.get 1348
    drop
    local.get 1349
    drop
    local.get 1350
    drop
    local.get 1351
    drop
    local.get 1352
    drop
    local.get 1353
    drop
    local.get 1354
    drop
    local.get 1355
    drop
    local.get 1356
    drop
    local.get 1357
    drop
    local.get 1358
    drop
    local.get 1359
    drop
    local.get 1360
    drop
    local.get 1361
    drop
    local.get 1362
    drop
    local.get 1363
    drop
    local.get 1364
    drop
    local.get 1365
    drop
    local.get 1366
    drop
    local.get 1367
    drop
    local.get 1368
    drop
    local.get 1369
    drop
    local.get 1370
    drop
    local.get 1371
    drop
    local.get 1372
    drop
    local.get 1373
    drop
    local.get 1374
    drop
    local.get 1375
    drop
    local.get 1376
    drop
    local.get 1377
    drop
    local.get 1378
    drop
    local.get 1379
    drop
    local.get 1380
    drop
    local.get 1381
    drop
    local.get 1382
    drop
    local.get 1383
    drop
    local.get 1384
    drop
    local.get 1385
    drop
    local.get 1386
    drop
    local.get 1387
    drop
    local.get 1388
    drop
    local.get 1389
    drop
    local.get 1390
    drop
    local.get 1391
    drop
    local.get 1392
    drop
    local.get 1393
    drop
    local.get 1394
    drop
    local.get 1395
    drop
    local.get 1396
    drop
    local.get 1397
    drop
    local.get 1398
    drop
    local.get 1399
    drop
    local.get 1400
    drop
    local.get 1401
    drop
    local.get 1402
    drop
    local.get 1403
    drop
    local.get 1404
    drop
    local.get 1405
    drop
    local.get 1406
    drop
    local.get 1407
    drop
    local.get 1408
    drop
    local.get 1409
    drop
    local.get 1410
    drop
    local.get 1411
    drop
    local.get 1412
    drop
    local.get 1413
    drop
    local.get 1414
    drop
    local.get 1415
    drop
    local.get 1416
    drop
    local.get 1417
    drop
    local.get 1418
    drop
    local.get 1419
    drop
    local.get 1420
    drop
    local.get 1421
    drop
    local.get 1422
    drop
    local.get 1423
    drop
    local.get 1424
    drop
    local.get 1425
    drop
    local.get 1426
    drop
    local.get 1427
    drop
    local.get 1428
    drop
    local.get 1429
    drop
    local.get 1430
    drop
    local.get 1431
    drop
    local.get 1432
    drop
    local.get 1433
    drop
    local.get 1434
    drop
    local.get 1435
    drop
    local.get 1436
    drop
    local.get 1437
    drop
    local.get 1438
    drop
    local.get 1439
    drop
    local.get 1440
    drop
    local.get 1441
    drop
    local.get 1442
    drop
    local.get 1443
    drop
    local.get 1444
    drop
    local.get 1445
    drop
    local.get 1446
    drop
    local.get 1447
    drop
    local.get 1448
    drop
    local.get 1449
    drop
    local.get 1450
    drop
    local.get 1451
    drop
    local.get 1452
    drop
    local.get 1453
    drop
    local.get 1454
    drop
    local.get 1455
    drop
    local.get 1456
    drop
    local.get 1457
    drop
    local.get 1458
    drop
    local.get 1459
    drop
    local.get 1460
    drop
    local.get 1461
    drop
    local.get 1462
    drop
    local.get 1463
    drop
    local.get 1464
    drop
    local.get 1465
    drop
    local.get 1466
    drop
    local.get 1467
    drop
    local.get 1468
    drop
    local.get 1469
    drop
    local.get 1470
    drop
    local.get 1471
    drop
    local.get 1472
    drop
    local.get 1473
    drop
    local.get 1474
    drop
    local.get 1475
    drop
    local.get 1476
    drop
    local.get 1477
    drop
    local.get 1478
    drop
    local.get 1479
    drop
    local.get 1480
    drop
    local.get 1481
    drop
    local.get 1482
    drop
    local.get 1483
    drop
    local.get 1484
    drop
    local.get 1485
    drop
    local.get 1486
    drop
    local.get 1487
    drop
    local.get 1488
    drop
    local.get 1489
    drop
    local.get 1490
    drop
    local.get 1491
    drop
    local.get 1492
    drop
    local.get 1493
    drop
    local.get 1494
    drop
    local.get 1495
    drop
    local.get 1496
    drop
    local.get 1497
    drop
    local.get 1498
    drop
    local.get 1499
    drop
    local.get 1500
    drop
    local.get 1501
    drop
    local.get 1502
    drop
    local.get 1503
    drop
    local.get 1504
    drop
    local.get 1505
    drop
    local.get 1506
    drop
    local.get 1507
    drop
    local.get 1508
    drop
    local.get 1509
    drop
    local.get 1510
    drop
    local.get 1511
    drop
    local.get 1512
    drop
    local.get 1513
    drop
    local.get 1514
    drop
    local.get 1515
    drop
    local.get 1516
    drop
    local.get 1517
    drop
    local.get 1518
    drop
    local.get 1519
    drop
    local.get 1520
    drop
    local.get 1521
    drop
    local.get 1522
    drop
    local.get 1523
    drop
    local.get 1524
    drop
    local.get 1525
    drop
    local.get 1526
    drop
    local.get 1527
    drop
    local.get 1528
    drop
    local.get 1529
    drop
    local.get 1530
    drop
    local.get 1531
    drop
    local.get 1532
    drop
    local.get 1533
    drop
    local.get 1534
    drop
    local.get 1535
    drop
    local.get 1536
    drop
    local.get 1537
    drop
    local.get 1538
    drop
    local.get 1539
    drop
    local.get 1540
    drop
    local.get 1541
    drop
    local.get 1542
    drop
    local.get 1543
    drop
    local.get 1544
    drop
    local.get 1545
    drop
    local.get 1546
    drop
    local.get 1547
    drop
    local.get 1548
    drop
    local.get 1549
    drop
    local.get 1550
    drop
    local.get 1551
    drop
    local.get 1552
    drop
    local.get 1553
    drop
    local.get 1554
    drop
    local.get 1555
    drop
    local.get 1556
    drop
    local.get 1557
    drop
    local.get 1558
    drop
    local.get 1559
    drop
    local.get 1560
    drop
    local.get 1561
    drop
    local.get 1562
    drop
    local.get 1563
    drop
    local.get 1564
    drop
    local.get 1565
    drop
    local.get 1566
    drop
    local.get 1567
    drop
    local.get 1568
    drop
    local.get 1569
    drop
    local.get 1570
    drop
    local.get 1571
    drop
    local.get 1572
    drop
    local.get 1573
    drop
    local.get 1574
    drop
    local.get 1575
    drop
    local.get 1576
    drop
    local.get 1577
    drop
    local.get 1578
    drop
    local.get 1579
    drop
    local.get 1580
    drop
    local.get 1581
    drop
    local.get 1582
    drop
    local.get 1583
    drop
    local.get 1584
    drop
    local.get 1585
    drop
    local.get 1586
    drop
    local.get 1587
    drop
    local.get 1588
    drop
    local.get 1589
    drop
    local.get 1590
    drop
    local.get 1591
    drop
    local.get 1592
    drop
    local.get 1593
    drop
    local.get 1594
    drop
    local.get 1595
    drop
    local.get 1596
    drop
    local.get 1597
    drop
    local.get 1598
    drop
    local.get 1599
    drop
    local.get 1600
    drop
    local.get 1601
    drop
    local.get 1602
    drop
    local.get 1603
    drop
    local.get 1604
    drop
    local.get 1605
    drop
    local.get 1606
    drop
    local.get 1607
    drop
    local.get 1608
    drop
    local.get 1609
    drop
    local.get 1610
    drop
    local.get 1611
    drop
    local.get 1612
    drop
    local.get 1613
    drop
    local.get 1614
    drop
    local.get 1615
    drop
    local.get 1616
    drop
    local.get 1617
    drop
    local.get 1618
    drop
    local.get 1619
    drop
    local.get 1620
    drop
    local.get 1621
    drop
    local.get 1622
    drop
    local.get 1623
    drop
    local.get 1624
    drop
    local.get 1625
    drop
    local.get 1626
    drop
    local.get 1627
    drop
    local.get 1628
    drop
    local.get 1629
    drop
    local.get 1630
    drop
    local.get 1631
    drop
    local.get 1632
    drop
    local.get 1633
    drop
    local.get 1634
    drop
    local.get 1635
    drop
    local.get 1636
    drop
    local.get 1637
    drop
    local.get 1638
    drop
    local.get 1639
    drop
    local.get 1640
    drop
    local.get 1641
    drop
    local.get 1642
    drop
    local.get 1643
    drop
    local.get 1644
    drop
    local.get 1645
    drop
    local.get 1646
    drop
    local.get 1647
    drop
    local.get 1648
    drop
    local.get 1649
    drop
    local.get 1650
    drop
    local.get 1651
    drop
    local.get 1652
    drop
    local.get 1653
    drop
    local.get 1654
    drop
    local.get 1655
    drop
    local.get 1656
    drop
    local.get 1657
    drop
    local.get 1658
    drop
    local.get 1659
    drop
    local.get 1660
    drop
    local.get 1661
    drop
    local.get 1662
    drop
    local.get 1663
    drop
    local.get 1664
    drop
    local.get 1665
    drop
    local.get 1666
    drop
    local.get 1667
    drop
    local.get 1668
    drop
    local.get 1669
    drop
    local.get 1670
    drop
    local.get 1671
    drop
    local.get 1672
    drop
    local.get 1673
    drop
    local.get 1674
    drop
    local.get 1675
    drop
    local.get 1676
    drop
    local.get 1677
    drop
    local.get 1678
    drop
    local.get 1679
    drop
    local.get 1680
    drop
    local.get 1681
    drop
    local.get 1682
    drop
    local.get 1683
    drop
    local.get 1684
    drop
    local.get 1685
    drop
    local.get 1686
    drop
    local.get 1687
    drop
    local.get 1688
    drop
    local.get 1689
    drop
    local.get 1690
    drop
    local.get 1691
    drop
    local.get 1692
    drop
    local.get 1693
    drop
    local.get 1694
    drop
    local.get 1695
    drop
    local.get 1696
    drop
    local.get 1697
    drop
    local.get 1698
    drop
    local.get 1699
    drop
    local.get 1700
    drop
    local.get 1701
    drop
    local.get 1702
    drop
    local.get 1703
    drop
    local.get 1704
    drop
    local.get 1705
    drop
    local.get 1706
    drop
    local.get 1707
    drop
    local.get 1708
    drop
    local.get 1709
    drop
    local.get 1710
    drop
    local.get 1711
    drop
    local.get 1712
    drop
    local.get 1713
    drop
    local.get 1714
    drop
    local.get 1715
    drop
    local.get 1716
    drop
    local.get 1717
    drop
    local.get 1718
    drop
    local.get 1719
    drop
    local.get 1720
    drop
    local.get 1721
    drop
    local.get 1722
    drop
    local.get 1723
    drop
    local.get 1724
    drop
    local.get 1725
    drop
    local.get 1726
    drop
    local.get 1727
    drop
    local.get 1728
    drop
    local.get 1729
    drop
    local.get 1730
    drop
    local.get 1731
    drop
    local.get 1732
    drop
    local.get 1733
    drop
    local.get 1734
    drop
    local.get 1735
    drop
    local.get 1736
    drop
    local.get 1737
    drop
    local.get 1738
    drop
    local.get 1739
    drop
    local.get 1740
    drop
    local.get 1741
    drop
    local.get 1742
    drop
    local.get 1743
    drop
    local.get 1744
    drop
    local.get 1745
    drop
    local.get 1746
    drop
    local.get 1747
    drop
    local.get 1748
    drop
    local.get 1749
    drop
    local.get 1750
    drop
    local.get 1751
    drop
    local.get 1752
    drop
    local.get 1753
    drop
    local.get 1754
    drop
    local.get 1755
    drop
    local.get 1756
    drop
    local.get 1757
    drop
    local.get 1758
    drop
    local.get 1759
    drop
    local.get 1760
    drop
    local.get 1761
    drop
    local.get 1762
    drop
    local.get 1763
    drop
    local.get 1764
    drop
    local.get 1765
    drop
    local.get 1766
    drop
    local.get 1767
    drop
    local.get 1768
    drop
    local.get 1769
    drop
    local.get 1770
    drop
    local.get 1771
    drop
    local.get 1772
    drop
    local.get 1773
    drop
    local.get 1774
    drop
    local.get 1775
    drop
    local.get 1776
    drop
    local.get 1777
    drop
    local.get 1778
    drop
    local.get 1779
    drop
    local.get 1780
    drop
    local.get 1781
    drop
    local.get 1782
    drop
    local.get 1783
    drop
    local.get 1784
    drop
    local.get 1785
    drop
    local.get 1786
    drop
    local.get 1787
    drop
    local.get 1788
    drop
    local.get 1789
    drop
    local.get 1790
    drop
    local.get 1791
    drop
    local.get 1792
    drop
    local.get 1793
    drop
    local.get 1794
    drop
    local.get 1795
    drop
    local.get 1796
    drop
    local.get 1797
    drop
    local.get 1798
    drop
    local.get 1799
    drop
    local.get 1800
    drop
    local.get 1801
    drop
    local.get 1802
    drop
    local.get 1803
    drop
    local.get 1804
    drop
    local.get 1805
    drop
    local.get 1806
    drop
    local.get 1807
    drop
    local.get 1808
    drop
    local.get 1809
    drop
    local.get 1810
    drop
    local.get 1811
    drop
    local.get 1812
    drop
    local.get 1813
    drop
    local.get 1814
    drop
    local.get 1815
    drop
    local.get 1816
    drop
    local.get 1817
    drop
    local.get 1818
    drop
    local.get 1819
    drop
    local.get 1820
    drop
    local.get 1821
    drop
    local.get 1822
    drop
    local.get 1823
    drop
    local.get 1824
    drop
    local.get 1825
    drop
    local.get 1826
    drop
    local.get 1827
    drop
    local.get 1828
    drop
    local.get 1829
    drop
    local.get 1830
    drop
    local.get 1831
    drop
    local.get 1832
    drop
    local.get 1833
    drop
    local.get 1834
    drop
    local.get 1835
    drop
    local.get 1836
    drop
    local.get 1837
    drop
    local.get 1838
    drop
    local.get 1839
    drop
    local.get 1840
    drop
    local.get 1841
    drop
    local.get 1842
    drop
    local.get 1843
    drop
    local.get 1844
    drop
    local.get 1845
    drop
    local.get 1846
    drop
    local.get 1847
    drop
    local.get 1848
    drop
    local.get 1849
    drop
    local.get 1850
    drop
    local.get 1851
    drop
    local.get 1852
    drop
    local.get 1853
    drop
    local.get 1854
    drop
    local.get 1855
    drop
    local.get 1856
    drop
    local.get 1857
    drop
    local.get 1858
    drop
    local.get 1859
    drop
    local.get 1860
    drop
    local.get 1861
    drop
    local.get 1862
    drop
    local.get 1863
    drop
    local.get 1864
    drop
    local.get 1865
    drop
    local.get 1866
    drop
    local.get 1867
    drop
    local.get 1868
    drop
    local.get 1869
    drop
    local.get 1870
    drop
    local.get 1871
    drop
    local.get 1872
    drop
    local.get 1873
    drop
    local.get 1874
    drop
    local.get 1875
    drop
    local.get 1876
    drop
    local.get 1877
    drop
    local.get 1878
    drop
    local.get 1879
    drop
    local.get 1880
    drop
    local.get 1881
    drop
    local.get 1882
    drop
    local.get 1883
    drop
    local.get 1884
    drop
    local.get 1885
    drop
    local.get 1886
    drop
    local.get 1887
    drop
    local.get 1888
    drop
    local.get 1889
    drop
    local.get 1890
    drop
    local.get 1891
    drop
    local.get 1892
    drop
    local.get 1893
    drop
    local.get 1894
    drop
    local.get 1895
    drop
    local.get 1896
    drop
    local.get 1897
    drop
    local.get 1898
    drop
    local.get 1899
    drop
    local.get 1900
    drop
    local.get 1901
    drop
    local.get 1902
    drop
    local.get 1903
    drop
    local.get 1904
    drop
    local.get 1905
    drop
    local.get 1906
    drop
    local.get 1907
    drop
    local.get 1908
    drop
    local.get 1909
    drop
    local.get 1910
    drop
    local.get 1911
    drop
    local.get 1912
    drop
    local.get 1913
    drop
    local.get 1914
    drop
    local.get 1915
    drop
    local.get 1916
    drop
    local.get 1917
    drop
    local.get 1918
    drop
    local.get 1919
    drop
    local.get 1920
    drop
    local.get 1921
    drop
    local.get 1922
    drop
    local.get 1923
    drop
    local.get 1924
    drop
    local.get 1925
    drop
    local.get 1926
    drop
    local.get 1927
    drop
    local.get 1928
    drop
    local.get 1929
    drop
    local.get 1930
    drop
    local.get 1931
    drop
    local.get 1932
    drop
    local.get 1933
    drop
    local.get 1934
    drop
    local.get 1935
    drop
    local.get 1936
    drop
    local.get 1937
    drop
    local.get 1938
    drop
    local.get 1939
    drop
    local.get 1940
    drop
    local.get 1941
    drop
    local.get 1942
    drop
    local.get 1943
    drop
    local.get 1944
    drop
    local.get 1945
    drop
    local.get 1946
    drop
    local.get 1947
    drop
    local.get 1948
    drop
    local.get 1949
    drop
    local.get 1950
    drop
    local.get 1951
    drop
    local.get 1952
    drop
    local.get 1953
    drop
    local.get 1954
    drop
    local.get 1955
    drop
    local.get 1956
    drop
    local.get 1957
    drop
    local.get 1958
    drop
    local.get 1959
    drop
    local.get 1960
    drop
    local.get 1961
    drop
    local.get 1962
    drop
    local.get 1963
    drop
    local.get 1964
    drop
    local.get 1965
    drop
    local.get 1966
    drop
    local.get 1967
    drop
    local.get 1968
    drop
    local.get 1969
    drop
    local.get 1970
    drop
    local.get 1971
    drop
    local.get 1972
    drop
    local.get 1973
    drop
    local.get 1974
    drop
    local.get 1975
    drop
    local.get 1976
    drop
    local.get 1977
    drop
    local.get 1978
    drop
    local.get 1979
    drop
    local.get 1980
    drop
    local.get 1981
    drop
    local.get 1982
    drop
    local.get 1983
    drop
    local.get 1984
    drop
    local.get 1985
    drop
    local.get 1986
    drop
    local.get 1987
    drop
    local.get 1988
    drop
    local.get 1989
    drop
    local.get 1990
    drop
    local.get 1991
    drop
    local.get 1992
    drop
    local.get 1993
    drop
    local.get 1994
    drop
    local.get 1995
    drop
    local.get 1996
    drop
    local.get 1997
    drop
    local.get 1998
    drop
    local.get 1999
    drop
    local.get 2000
    drop
    local.get 2001
    drop
    local.get 2002
    drop
    local.get 2003
    drop
    local.get 2004
    drop
    local.get 2005
    drop
    local.get 2006
    drop
    local.get 2007
    drop
    local.get 2008
    drop
    local.get 2009
    drop
    local.get 2010
    drop
    local.get 2011
    drop
    local.get 2012
    drop
    local.get 2013
    drop
    local.get 2014
    drop
    local.get 2015
    drop
    local.get 2016
    drop
    local.get 2017
    drop
    local.get 2018
    drop
    local.get 2019
    drop
    local.get 2020
    drop
    local.get 2021
    drop
    local.get 2022
    drop
    local.get 2023
    drop
    local.get 2024
    drop
    local.get 2025
    drop
    local.get 2026
    drop
    local.get 2027
    drop
    local.get 2028
    drop
    local.get 2029
    drop
    local.get 2030
    drop
    local.get 2031
    drop
    local.get 2032
    drop
    local.get 2033
    drop
    local.get 2034
    drop
    local.get 2035
    drop
    local.get 2036
    drop
    local.get 2037
    drop
    local.get 2038
    drop
    local.get 2039
    drop
    local.get 2040
    drop
    local.get 2041
    drop
    local.get 2042
    drop
    local.get 2043
    drop
    local.get 2044
    drop
    local.get 2045
    drop
    local.get 2046
    drop
    local.get 2047
    drop
    local.get 2048
    drop
    local.get 2049
    drop
    local.get 2050
    drop
    local.get 2051
    drop
    local.get 2052
    drop
    local.get 2053
    drop
    local.get 2054
    drop
    local.get 2055
    drop
    local.get 2056
    drop
    local.get 2057
    drop
    local.get 2058
    drop
    local.get 2059
    drop
    local.get 2060
    drop
    local.get 2061
    drop
    local.get 2062
    drop
    local.get 2063
    drop
    local.get 2064
    drop
    local.get 2065
    drop
    local.get 2066
    drop
    local.get 2067
    drop
    local.get 2068
    drop
    local.get 2069
    drop
    local.get 2070
    drop
    local.get 2071
    drop
    local.get 2072
    drop
    local.get 2073
    drop
    local.get 2074
    drop
    local.get 2075
    drop
    local.get 2076
    drop
    local.get 2077
    drop
    local.get 2078
    drop
    local.get 2079
    drop
    local.get 2080
    drop
    local.get 2081
    drop
    local.get 2082
    drop
    local.get 2083
    drop
    local.get 2084
    drop
    local.get 2085
    drop
    local.get 2086
    drop
    local.get 2087
    drop
    local.get 2088
    drop
    local.get 2089
    drop
    local.get 2090
    drop
    local.get 2091
    drop
    local.get 2092
    drop
    local.get 2093
    drop
    local.get 2094
    drop
    local.get 2095
    drop
    local.get 2096
    drop
    local.get 2097
    drop
    local.get 2098
    drop
    local.get 2099
    drop
    local.get 2100
    drop
    local.get 2101
    drop
    local.get 2102
    drop
    local.get 2103
    drop
    local.get 2104
    drop
    local.get 2105
    drop
    local.get 2106
    drop
    local.get 2107
    drop
    local.get 2108
    drop
    local.get 2109
    drop
    local.get 2110
    drop
    local.get 2111
    drop
    local.get 2112
    drop
    local.get 2113
    drop
    local.get 2114
    drop
    local.get 2115
    drop
    local.get 2116
    drop
    local.get 2117
    drop
    local.get 2118
    drop
    local.get 2119
    drop
    local.get 2120
    drop
    local.get 2121
    drop
    local.get 2122
    drop
    local.get 2123
    drop
    local.get 2124
    drop
    local.get 2125
    drop
    local.get 2126
    drop
    local.get 2127
    drop
    local.get 2128
    drop
    local.get 2129
    drop
    local.get 2130
    drop
    local.get 2131
    drop
    local.get 2132
    drop
    local.get 2133
    drop
    local.get 2134
    drop
    local.get 2135
    drop
    local.get 2136
    drop
    local.get 2137
    drop
    local.get 2138
    drop
    local.get 2139
    drop
    local.get 2140
    drop
    local.get 2141
    drop
    local.get 2142
    drop
    local.get 2143
    drop
    local.get 2144
    drop
    local.get 2145
    drop
    local.get 2146
    drop
    local.get 2147
    drop
    local.get 2148
    drop
    local.get 2149
    drop
    local.get 2150
    drop
    local.get 2151
    drop
    local.get 2152
    drop
    local.get 2153
    drop
    local.get 2154
    drop
    local.get 2155
    drop
    local.get 2156
    drop
    local.get 2157
    drop
    local.get 2158
    drop
    local.get 2159
    drop
    local.get 2160
    drop
    local.get 2161
    drop
    local.get 2162
    drop
    local.get 2163
    drop
    local.get 2164
    drop
    local.get 2165
    drop
    local.get 2166
    drop
    local.get 2167
    drop
    local.get 2168
    drop
    local.get 2169
    drop
    local.get 2170
    drop
    local.get 2171
    drop
    local.get 2172
    drop
    local.get 2173
    drop
    local.get 2174
    drop
    local.get 2175
    drop
    local.get 2176
    drop
    local.get 2177
    drop
    local.get 2178
    drop
    local.get 2179
    drop
    local.get 2180
    drop
    local.get 2181
    drop
    local.get 2182
    drop
    local.get 2183
    drop
    local.get 2184
    drop
    local.get 2185
    drop
    local.get 2186
    drop
    local.get 2187
    drop
    local.get 2188
    drop
    local.get 2189
    drop
    local.get 2190
    drop
    local.get 2191
    drop
    local.get 2192
    drop
    local.get 2193
    drop
    local.get 2194
    drop
    local.get 2195
    drop
    local.get 2196
    drop
    local.get 2197
    drop
    local.get 2198
    drop
    local.get 2199
    drop
    local.get 2200
    drop
    local.get 2201
    drop
    local.get 2202
    drop
    local.get 2203
    drop
    local.get 2204
    drop
    local.get 2205
    drop
    local.get 2206
    drop
    local.get 2207
    drop
    local.get 2208
    drop
    local.get 2209
    drop
    local.get 2210
    drop
    local.get 2211
    drop
    local.get 2212
    drop
    local.get 2213
    drop
    local.get 2214
    drop
    local.get 2215
    drop
    local.get 2216
    drop
    local.get 2217
    drop
    local.get 2218
    drop
    local.get 2219
    drop
    local.get 2220
    drop
    local.get 2221
    drop
    local.get 2222
    drop
    local.get 2223
    drop
    local.get 2224
    drop
    local.get 2225
    drop
    local.get 2226
    drop
    local.get 2227
    drop
    local.get 2228
    drop
    local.get 2229
    drop
    local.get 2230
    drop
    local.get 2231
    drop
    local.get 2232
    drop
    local.get 2233
    drop
    local.get 2234
    drop
    local.get 2235
    drop
    local.get 2236
    drop
    local.get 2237
    drop
    local.get 2238
    drop
    local.get 2239
    drop
    local.get 2240
    drop
    local.get 2241
    drop
    local.get 2242
    drop
    local.get 2243
    drop
    local.get 2244
    drop
    local.get 2245
    drop
    local.get 2246
    drop
    local.get 2247
    drop
    local.get 2248
    drop
    local.get 2249
    drop
    local.get 2250
    drop
    local.get 2251
    drop
    local.get 2252
    drop
    local.get 2253
    drop
    local.get 2254
    drop
    local.get 2255
    drop
    local.get 2256
    drop
    local.get 2257
    drop
    local.get 2258
    drop
    local.get 2259
    drop
    local.get 2260
    drop
    local.get 2261
    drop
    local.get 2262
    drop
    local.get 2263
    drop
    local.get 2264
    drop
    local.get 2265
    drop
    local.get 2266
    drop
    local.get 2267
    drop
    local.get 2268
    drop
    local.get 2269
    drop
    local.get 2270
    drop
    local.get 2271
    drop
    local.get 2272
    drop
    local.get 2273
    drop
    local.get 2274
    drop
    local.get 2275
    drop
    local.get 2276
    drop
    local.get 2277
    drop
    local.get 2278
    drop
    local.get 2279
    drop
    local.get 2280
    drop
    local.get 2281
    drop
    local.get 2282
    drop
    local.get 2283
    drop
    local.get 2284
    drop
    local.get 2285
    drop
    local.get 2286
    drop
    local.get 2287
    drop
    local.get 2288
    drop
    local.get 2289
    drop
    local.get 2290
    drop
    local.get 2291
    drop
    local.get 2292
    drop
    local.get 2293
    drop
    local.get 2294
    drop
    local.get 2295
    drop
    local.get 2296
    drop
    local.get 2297
    drop
    local.get 2298
    drop
    local.get 2299
    drop
    local.get 2300
    drop
    local.get 2301
    drop
    local.get 2302
    drop
    local.get 2303
    drop
    local.get 2304
    drop
    local.get 2305
    drop
    local.get 2306
    drop
    local.get 2307
    drop
    local.get 2308
    drop
    local.get 2309
    drop
    local.get 2310
    drop
    local.get 2311
    drop
    local.get 2312
    drop
    local.get 2313
    drop
    local.get 2314
    drop
    local.get 2315
    drop
    local.get 2316
    drop
    local.get 2317
    drop
    local.get 2318
    drop
    local.get 2319
    drop
    local.get 2320
    drop
    local.get 2321
    drop
    local.get 2322
    drop
    local.get 2323
    drop
    local.get 2324
    drop
    local.get 2325
    drop
    local.get 2326
    drop
    local.get 2327
    drop
    local.get 2328
    drop
    local.get 2329
    drop
    local.get 2330
    drop
    local.get 2331
    drop
    local.get 2332
    drop
    local.get 2333
    drop
    local.get 2334
    drop
    local.get 2335
    drop
    local.get 2336
    drop
    local.get 2337
    drop
    local.get 2338
    drop
    local.get 2339
    drop
    local.get 2340
    drop
    local.get 2341
    drop
    local.get 2342
    drop
    local.get 2343
    drop
    local.get 2344
    drop
    local.get 2345
    drop
    local.get 2346
    drop
    local.get 2347
    drop
    local.get 2348
    drop
    local.get 2349
    drop
    local.get 2350
    drop
    local.get 2351
    drop
    local.get 2352
    drop
    local.get 2353
    drop
    local.get 2354
    drop
    local.get 2355
    drop
    local.get 2356
    drop
    local.get 2357
    drop
    local.get 2358
    drop
    local.get 2359
    drop
    local.get 2360
    drop
    local.get 2361
    drop
    local.get 2362
    drop
    local.get 2363
    drop
    local.get 2364
    drop
    local.get 2365
    drop
    local.get 2366
    drop
    local.get 2367
    drop
    local.get 2368
    drop
    local.get 2369
    drop
    local.get 2370
    drop
    local.get 2371
    drop
    local.get 2372
    drop
    local.get 2373
    drop
    local.get 2374
    drop
    local.get 2375
    drop
    local.get 2376
    drop
    local.get 2377
    drop
    local.get 2378
    drop
    local.get 2379
    drop
    local.get 2380
    drop
    local.get 2381
    drop
    local.get 2382
    drop
    local.get 2383
    drop
    local.get 2384
    drop
    local.get 2385
    drop
    local.get 2386
    drop
    local.get 2387
    drop
    local.get 2388
    drop
    local.get 2389
    drop
    local.get 2390
    drop
    local.get 2391
    drop
    local.get 2392
    drop
    local.get 2393
    drop
    local.get 2394
    drop
    local.get 2395
    drop
    local.get 2396
    drop
    local.get 2397
    drop
    local.get 2398
    drop
    local.get 2399
    drop
    local.get 2400
    drop
    local.get 2401
    drop
    local.get 2402
    drop
    local.get 2403
    drop
    local.get 2404
    drop
    local.get 2405
    drop
    local.get 2406
    drop
    local.get 2407
    drop
    local.get 2408
    drop
    local.get 2409
    drop
    local.get 2410
    drop
    local.get 2411
    drop
    local.get 2412
    drop
    local.get 2413
    drop
    local.get 2414
    drop
    local.get 2415
    drop
    local.get 2416
    drop
    local.get 2417
    drop
    local.get 2418
    drop
    local.get 2419
    drop
    local.get 2420
    drop
    local.get 2421
    drop
    local.get 2422
    drop
    local.get 2423
    drop
    local.get 2424
    drop
    local.get 2425
    drop
    local.get 2426
    drop
    local.get 2427
    drop
    local.get 2428
    drop
    local.get 2429
    drop
    local.get 2430
    drop
    local.get 2431
    drop
    local.get 2432
    drop
    local.get 2433
    drop
    local.get 2434
    drop
    local.get 2435
    drop
    local.get 2436
    drop
    local.get 2437
    drop
    local.get 2438
    drop
    local.get 2439
    drop
    local.get 2440
    drop
    local.get 2441
    drop
    local.get 2442
    drop
    local.get 2443
    drop
    local.get 2444
    drop
    local.get 2445
    drop
    local.get 2446
    drop
    local.get 2447
    drop
    local.get 2448
    drop
    local.get 2449
    drop
    local.get 2450
    drop
    local.get 2451
    drop
    local.get 2452
    drop
    local.get 2453
    drop
    local.get 2454
    drop
    local.get 2455
    drop
    local.get 2456
    drop
    local.get 2457
    drop
    local.get 2458
    drop
    local.get 2459
    drop
    local.get 2460
    drop
    local.get 2461
    drop
    local.get 2462
    drop
    local.get 2463
    drop
    local.get 2464
    drop
    local.get 2465
    drop
    local.get 2466
    drop
    local.get 2467
    drop
    local.get 2468
    drop
    local.get 2469
    drop
    local.get 2470
    drop
    local.get 2471
    drop
    local.get 2472
    drop
    local.get 2473
    drop
    local.get 2474
    drop
    local.get 2475
    drop
    local.get 2476
    drop
    local.get 2477
    drop
    local.get 2478
    drop
    local.get 2479
    drop
    local.get 2480
    drop
    local.get 2481
    drop
    local.get 2482
    drop
    local.get 2483
    drop
    local.get 2484
    drop
    local.get 2485
    drop
    local.get 2486
    drop
    local.get 2487
    drop
    local.get 2488
    drop
    local.get 2489
    drop
    local.get 2490
    drop
    local.get 2491
    drop
    local.get 2492
    drop
    local.get 2493
    drop
    local.get 2494
    drop
    local.get 2495
    drop
    local.get 2496
    drop
    local.get 2497
    drop
    local.get 2498
    drop
    local.get 2499
    drop
    local.get 2500
    drop
    local.get 2501
    drop
    local.get 2502
    drop
    local.get 2503
    drop
    local.get 2504
    drop
    local.get 2505
    drop
    local.get 2506
    drop
    local.get 2507
    drop
    local.get 2508
    drop
    local.get 2509
    drop
    local.get 2510
    drop
    local.get 2511
    drop
    local.get 2512
    drop
    local.get 2513
    drop
    local.get 2514
    drop
    local.get 2515
    drop
    local.get 2516
    drop
    local.get 2517
    drop
    local.get 2518
    drop
    local.get 2519
    drop
    local.get 2520
    drop
    local.get 2521
    drop
    local.get 2522
    drop
    local.get 2523
    drop
    local.get 2524
    drop
    local.get 2525
    drop
    local.get 2526
    drop
    local.get 2527
    drop
    local.get 2528
    drop
    local.get 2529
    drop
    local.get 2530
    drop
    local.get 2531
    drop
    local.get 2532
    drop
    local.get 2533
    drop
    local.get 2534
    drop
    local.get 2535
    drop
    local.get 2536
    drop
    local.get 2537
    drop
    local.get 2538
    drop
    local.get 2539
    drop
    local.get 2540
    drop
    local.get 2541
    drop
    local.get 2542
    drop
    local.get 2543
    drop
    local.get 2544
    drop
    local.get 2545
    drop
    local.get 2546
    drop
    local.get 2547
    drop
    local.get 2548
    drop
    local.get 2549
    drop
    local.get 2550
    drop
    local.get 2551
    drop
    local.get 2552
    drop
    local.get 2553
    drop
    local.get 2554
    drop
    local.get 2555
    drop
    local.get 2556
    drop
    local.get 2557
    drop
    local.get 2558
    drop
    local.get 2559
    drop
    local.get 2560
    drop
    local.get 2561
    drop
    local.get 2562
    drop
    local.get 2563
    drop
    local.get 2564
    drop
    local.get 2565
    drop
    local.get 2566
    drop
    local.get 2567
    drop
    local.get 2568
    drop
    local.get 2569
    drop
    local.get 2570
    drop
    local.get 2571
    drop
    local.get 2572
    drop
    local.get 2573
    drop
    local.get 2574
    drop
    local.get 2575
    drop
    local.get 2576
    drop
    local.get 2577
    drop
    local.get 2578
    drop
    local.get 2579
    drop
    local.get 2580
    drop
    local.get 2581
    drop
    local.get 2582
    drop
    local.get 2583
    drop
    local.get 2584
    drop
    local.get 2585
    drop
    local.get 2586
    drop
    local.get 2587
    drop
    local.get 2588
    drop
    local.get 2589
    drop
    local.get 2590
    drop
    local.get 2591
    drop
    local.get 2592
    drop
    local.get 2593
    drop
    local.get 2594
    drop
    local.get 2595
    drop
    local.get 2596
    drop
    local.get 2597
    drop
    local.get 2598
    drop
    local.get 2599
    drop
    local.get 2600
    drop
    local.get 2601
    drop
    local.get 2602
    drop
    local.get 2603
    drop
    local.get 2604
    drop
    local.get 2605
    drop
    local.get 2606
    drop
    local.get 2607
    drop
    local.get 2608
    drop
    local.get 2609
    drop
    local.get 2610
    drop
    local.get 2611
    drop
    local.get 2612
    drop
    local.get 2613
    drop
    local.get 2614
    drop
    local.get 2615
    drop
    local.get 2616
    drop
    local.get 2617
    drop
    local.get 2618
    drop
    local.get 2619
    drop
    local.get 2620
    drop
    local.get 2621
    drop
    local.get 2622
    drop
    local.get 2623
    drop
    local.get 2624
    drop
    local.get 2625
    drop
    local.get 2626
    drop
    local.get 2627
    drop
    local.get 2628
    drop
    local.get 2629
    drop
    local.get 2630
    drop
    local.get 2631
    drop
    local.get 2632
    drop
    local.get 2633
    drop
    local.get 2634
    drop
    local.get 2635
    drop
    local.get 2636
    drop
    local.get 2637
    drop
    local.get 2638
    drop
    local.get 2639
    drop
    local.get 2640
    drop
    local.get 2641
    drop
    local.get 2642
    drop
    local.get 2643
    drop
    local.get 2644
    drop
    local.get 2645
    drop
    local.get 2646
    drop
    local.get 2647
    drop
    local.get 2648
    drop
    local.get 2649
    drop
    local.get 2650
    drop
    local.get 2651
    drop
    local.get 2652
    drop
    local.get 2653
    drop
    local.get 2654
    drop
    local.get 2655
    drop
    local.get 2656
    drop
    local.get 2657
    drop
    local.get 2658
    drop
    local.get 2659
    drop
    local.get 2660
    drop
    local.get 2661
    drop
    local.get 2662
    drop
    local.get 2663
    drop
    local.get 2664
    drop
    local.get 2665
    drop
    local.get 2666
    drop
    local.get 2667
    drop
    local.get 2668
    drop
    local.get 2669
    drop
    local.get 2670
    drop
    local.get 2671
    drop
    local.get 2672
    drop
    local.get 2673
    drop
    local.get 2674
    drop
    local.get 2675
    drop
    local.get 2676
    drop
    local.get 2677
    drop
    local.get 2678
    drop
    local.get 2679
    drop
    local.get 2680
    drop
    local.get 2681
    drop
    local.get 2682
    drop
    local.get 2683
    drop
    local.get 2684
    drop
    local.get 2685
    drop
    local.get 2686
    drop
    local.get 2687
    drop
    local.get 2688
    drop
    local.get 2689
    drop
    local.get 2690
    drop
    local.get 2691
    drop
    local.get 2692
    drop
    local.get 2693
    drop
    local.get 2694
    drop
    local.get 2695
    drop
    local.get 2696
    drop
    local.get 2697
    drop
    local.get 2698
    drop
    local.get 2699
    drop
    local.get 2700
    drop
    local.get 2701
    drop
    local.get 2702
    drop
    local.get 2703
    drop
    local.get 2704
    drop
    local.get 2705
    drop
    local.get 2706
    drop
    local.get 2707
    drop
    local.get 2708
    drop
    local.get 2709
    drop
    local.get 2710
    drop
    local.get 2711
    drop
    local.get 2712
    drop
    local.get 2713
    drop
    local.get 2714
    drop
    local.get 2715
    drop
    local.get 2716
    drop
    local.get 2717
    drop
    local.get 2718
    drop
    local.get 2719
    drop
    local.get 2720
    drop
    local.get 2721
    drop
    local.get 2722
    drop
    local.get 2723
    drop
    local.get 2724
    drop
    local.get 2725
    drop
    local.get 2726
    drop
    local.get 2727
    drop
    local.get 2728
    drop
    local.get 2729
    drop
    local.get 2730
    drop
    local.get 2731
    drop
    local.get 2732
    drop
    local.get 2733
    drop
    local.get 2734
    drop
    local.get 2735
    drop
    local.get 2736
    drop
    local.get 2737
    drop
    local.get 2738
    drop
    local.get 2739
    drop
    local.get 2740
    drop
    local.get 2741
    drop
    local.get 2742
    drop
    local.get 2743
    drop
    local.get 2744
    drop
    local.get 2745
    drop
    local.get 2746
    drop
    local.get 2747
    drop
    local.get 2748
    drop
    local.get 2749
    drop
    local.get 2750
    drop
    local.get 2751
    drop
    local.get 2752
    drop
    local.get 2753
    drop
    local.get 2754
    drop
    local.get 2755
    drop
    local.get 2756
    drop
    local.get 2757
    drop
    local.get 2758
    drop
    local.get 2759
    drop
    local.get 2760
    drop
    local.get 2761
    drop
    local.get 2762
    drop
    local.get 2763
    drop
    local.get 2764
    drop
    local.get 2765
    drop
    local.get 2766
    drop
    local.get 2767
    drop
    local.get 2768
    drop
    local.get 2769
    drop
    local.get 2770
    drop
    local.get 2771
    drop
    local.get 2772
    drop
    local.get 2773
    drop
    local.get 2774
    drop
    local.get 2775
    drop
    local.get 2776
    drop
    local.get 2777
    drop
    local.get 2778
    drop
    local.get 2779
    drop
    local.get 2780
    drop
    local.get 2781
    drop
    local.get 2782
    drop
    local.get 2783
    drop
    local.get 2784
    drop
    local.get 2785
    drop
    local.get 2786
    drop
    local.get 2787
    drop
    local.get 2788
    drop
    local.get 2789
    drop
    local.get 2790
    drop
    local.get 2791
    drop
    local.get 2792
    drop
    local.get 2793
    drop
    local.get 2794
    drop
    local.get 2795
    drop
    local.get 2796
    drop
    local.get 2797
    drop
    local.get 2798
    drop
    local.get 2799
    drop
    local.get 2800
    drop
    local.get 2801
    drop
    local.get 2802
    drop
    local.get 2803
    drop
    local.get 2804
    drop
    local.get 2805
    drop
    local.get 2806
    drop
    local.get 2807
    drop
    local.get 2808
    drop
    local.get 2809
    drop
    local.get 2810
    drop
    local.get 2811
    drop
    local.get 2812
    drop
    local.get 2813
    drop
    local.get 2814
    drop
    local.get 2815
    drop
    local.get 2816
    drop
    local.get 2817
    drop
    local.get 2818
    drop
    local.get 2819
    drop
    local.get 2820
    drop
    local.get 2821
    drop
    local.get 2822
    drop
    local.get 2823
    drop
    local.get 2824
    drop
    local.get 2825
    drop
    local.get 2826
    drop
    local.get 2827
    drop
    local.get 2828
    drop
    local.get 2829
    drop
    local.get 2830
    drop
    local.get 2831
    drop
    local.get 2832
    drop
    local.get 2833
    drop
    local.get 2834
    drop
    local.get 2835
    drop
    local.get 2836
    drop
    local.get 2837
    drop
    local.get 2838
    drop
    local.get 2839
    drop
    local.get 2840
    drop
    local.get 2841
    drop
    local.get 2842
    drop
    local.get 2843
    drop
    local.get 2844
    drop
    local.get 2845
    drop
    local.get 2846
    drop
    local.get 2847
    drop
    local.get 2848
    drop
    local.get 2849
    drop
    local.get 2850
    drop
    local.get 2851
    drop
    local.get 2852
    drop
    local.get 2853
    drop
    local.get 2854
    drop
    local.get 2855
    drop
    local.get 2856
    drop
    local.get 2857
    drop
    local.get 2858
    drop
    local.get 2859
    drop
    local.get 2860
    drop
    local.get 2861
    drop
    local.get 2862
    drop
    local.get 2863
    drop
    local.get 2864
    drop
    local.get 2865
    drop
    local.get 2866
    drop
    local.get 2867
    drop
    local.get 2868
    drop
    local.get 2869
    drop
    local.get 2870
    drop
    local.get 2871
    drop
    local.get 2872
    drop
    local.get 2873
    drop
    local.get 2874
    drop
    local.get 2875
    drop
    local.get 2876
    drop
    local.get 2877
    drop
    local.get 2878
    drop
    local.get 2879
    drop
    local.get 2880
    drop
    local.get 2881
    drop
    local.get 2882
    drop
    local.get 2883
    drop
    local.get 2884
    drop
    local.get 2885
    drop
    local.get 2886
    drop
    local.get 2887
    drop
    local.get 2888
    drop
    local.get 2889
    drop
    local.get 2890
    drop
    local.get 2891
    drop
    local.get 2892
    drop
    local.get 2893
    drop
    local.get 2894
    drop
    local.get 2895
    drop
    local.get 2896
    drop
    local.get 2897
    drop
    local.get 2898
    drop
    local.get 2899
    drop
    local.get 2900
    drop
    local.get 2901
    drop
    local.get 2902
    drop
    local.get 2903
    drop
    local.get 2904
    drop
    local.get 2905
    drop
    local.get 2906
    drop
    local.get 2907
    drop
    local.get 2908
    drop
    local.get 2909
    drop
    local.get 2910
    drop
    local.get 2911
    drop
    local.get 2912
    drop
    local.get 2913
    drop
    local.get 2914
    drop
    local.get 2915
    drop
    local.get 2916
    drop
    local.get 2917
    drop
    local.get 2918
    drop
    local.get 2919
    drop
    local.get 2920
    drop
    local.get 2921
    drop
    local.get 2922
    drop
    local.get 2923
    drop
    local.get 2924
    drop
    local.get 2925
    drop
    local.get 2926
    drop
    local.get 2927
    drop
    local.get 2928
    drop
    local.get 2929
    drop
    local.get 2930
    drop
    local.get 2931
    drop
    local.get 2932
    drop
    local.get 2933
    drop
    local.get 2934
    drop
    local.get 2935
    drop
    local.get 2936
    drop
    local.get 2937
    drop
    local.get 2938
    drop
    local.get 2939
    drop
    local.get 2940
    drop
    local.get 2941
    drop
    local.get 2942
    drop
    local.get 2943
    drop
    local.get 2944
    drop
    local.get 2945
    drop
    local.get 2946
    drop
    local.get 2947
    drop
    local.get 2948
    drop
    local.get 2949
    drop
    local.get 2950
    drop
    local.get 2951
    drop
    local.get 2952
    drop
    local.get 2953
    drop
    local.get 2954
    drop
    local.get 2955
    drop
    local.get 2956
    drop
    local.get 2957
    drop
    local.get 2958
    drop
    local.get 2959
    drop
    local.get 2960
    drop
    local.get 2961
    drop
    local.get 2962
    drop
    local.get 2963
    drop
    local.get 2964
    drop
    local.get 2965
    drop
    local.get 2966
    drop
    local.get 2967
    drop
    local.get 2968
    drop
    local.get 2969
    drop
    local.get 2970
    drop
    local.get 2971
    drop
    local.get 2972
    drop
    local.get 2973
    drop
    local.get 2974
    drop
    local.get 2975
    drop
    local.get 2976
    drop
    local.get 2977
    drop
    local.get 2978
    drop
    local.get 2979
    drop
    local.get 2980
    drop
    local.get 2981
    drop
    local.get 2982
    drop
    local.get 2983
    drop
    local.get 2984
    drop
    local.get 2985
    drop
    local.get 2986
    drop
    local.get 2987
    drop
    local.get 2988
    drop
    local.get 2989
    drop
    local.get 2990
    drop
    local.get 2991
    drop
    local.get 2992
    drop
    local.get 2993
    drop
    local.get 2994
    drop
    local.get 2995
    drop
    local.get 2996
    drop
    local.get 2997
    drop
    local.get 2998
    drop
    local.get 2999
    drop
    local.get 3000
    drop
    local.get 3001
    drop
    local.get 3002
    drop
    local.get 3003
    drop
    local.get 3004
    drop
    local.get 3005
    drop
    local.get 3006
    drop
    local.get 3007
    drop
    local.get 3008
    drop
    local.get 3009
    drop
    local.get 3010
    drop
    local.get 3011
    drop
    local.get 3012
    drop
    local.get 3013
    drop
    local.get 3014
    drop
    local.get 3015
    drop
    local.get 3016
    drop
    local.get 3017
    drop
    local.get 3018
    drop
    local.get 3019
    drop
    local.get 3020
    drop
    local.get 3021
    drop
    local.get 3022
    drop
    local.get 3023
    drop
    local.get 3024
    drop
    local.get 3025
    drop
    local.get 3026
    drop
    local.get 3027
    drop
    local.get 3028
    drop
    local.get 3029
    drop
    local.get 3030
    drop
    local.get 3031
    drop
    local.get 3032
    drop
    local.get 3033
    drop
    local.get 3034
    drop
    local.get 3035
    drop
    local.get 3036
    drop
    local.get 3037
    drop
    local.get 3038
    drop
    local.get 3039
    drop
    local.get 3040
    drop
    local.get 3041
    drop
    local.get 3042
    drop
    local.get 3043
    drop
    local.get 3044
    drop
    local.get 3045
    drop
    local.get 3046
    drop
    local.get 3047
    drop
    local.get 3048
    drop
    local.get 3049
    drop
    local.get 3050
    drop
    local.get 3051
    drop
    local.get 3052
    drop
    local.get 3053
    drop
    local.get 3054
    drop
    local.get 3055
    drop
    local.get 3056
    drop
    local.get 3057
    drop
    local.get 3058
    drop
    local.get 3059
    drop
    local.get 3060
    drop
    local.get 3061
    drop
    local.get 3062
    drop
    local.get 3063
    drop
    local.get 3064
    drop
    local.get 3065
    drop
    local.get 3066
    drop
    local.get 3067
    drop
    local.get 3068
    drop
    local.get 3069
    drop
    local.get 3070
    drop
    local.get 3071
    drop
    local.get 3072
    drop
    local.get 3073
    drop
    local.get 3074
    drop
    local.get 3075
    drop
    local.get 3076
    drop
    local.get 3077
    drop
    local.get 3078
    drop
    local.get 3079
    drop
    local.get 3080
    drop
    local.get 3081
    drop
    local.get 3082
    drop
    local.get 3083
    drop
    local.get 3084
    drop
    local.get 3085
    drop
    local.get 3086
    drop
    local.get 3087
    drop
    local.get 3088
    drop
    local.get 3089
    drop
    local.get 3090
    drop
    local.get 3091
    drop
    local.get 3092
    drop
    local.get 3093
    drop
    local.get 3094
    drop
    local.get 3095
    drop
    local.get 3096
    drop
    local.get 3097
    drop
    local.get 3098
    drop
    local.get 3099
    drop
    local.get 3100
    drop
    local.get 3101
    drop
    local.get 3102
    drop
    local.get 3103
    drop
    local.get 3104
    drop
    local.get 3105
    drop
    local.get 3106
    drop
    local.get 3107
    drop
    local.get 3108
    drop
    local.get 3109
    drop
    local.get 3110
    drop
    local.get 3111
    drop
    local.get 3112
    drop
    local.get 3113
    drop
    local.get 3114
    drop
    local.get 3115
    drop
    local.get 3116
    drop
    local.get 3117
    drop
    local.get 3118
    drop
    local.get 3119
    drop
    local.get 3120
    drop
    local.get 3121
    drop
    local.get 3122
    drop
    local.get 3123
    drop
    local.get 3124
    drop
    local.get 3125
    drop
    local.get 3126
    drop
    local.get 3127
    drop
    local.get 3128
    drop
    local.get 3129
    drop
    local.get 3130
    drop
    local.get 3131
    drop
    local.get 3132
    drop
    local.get 3133
    drop
    local.get 3134
    drop
    local.get 3135
    drop
    local.get 3136
    drop
    local.get 3137
    drop
    local.get 3138
    drop
    local.get 3139
    drop
    local.get 3140
    drop
    local.get 3141
    drop
    local.get 3142
    drop
    local.get 3143
    drop
    local.get 3144
    drop
    local.get 3145
    drop
    local.get 3146
    drop
    local.get 3147
    drop
    local.get 3148
    drop
    local.get 3149
    drop
    local.get 3150
    drop
    local.get 3151
    drop
    local.get 3152
    drop
    local.get 3153
    drop
    local.get 3154
    drop
    local.get 3155
    drop
    local.get 3156
    drop
    local.get 3157
    drop
    local.get 3158
    drop
    local.get 3159
    drop
    local.get 3160
    drop
    local.get 3161
    drop
    local.get 3162
    drop
    local.get 3163
    drop
    local.get 3164
    drop
    local.get 3165
    drop
    local.get 3166
    drop
    local.get 3167
    drop
    local.get 3168
    drop
    local.get 3169
    drop
    local.get 3170
    drop
    local.get 3171
    drop
    local.get 3172
    drop
    local.get 3173
    drop
    local.get 3174
    drop
    local.get 3175
    drop
    local.get 3176
    drop
    local.get 3177
    drop
    local.get 3178
    drop
    local.get 3179
    drop
    local.get 3180
    drop
    local.get 3181
    drop
    local.get 3182
    drop
    local.get 3183
    drop
    local.get 3184
    drop
    local.get 3185
    drop
    local.get 3186
    drop
    local.get 3187
    drop
    local.get 3188
    drop
    local.get 3189
    drop
    local.get 3190
    drop
    local.get 3191
    drop
    local.get 3192
    drop
    local.get 3193
    drop
    local.get 3194
    drop
    local.get 3195
    drop
    local.get 3196
    drop
    local.get 3197
    drop
    local.get 3198
    drop
    local.get 3199
    drop
    local.get 3200
    drop
    local.get 3201
    drop
    local.get 3202
    drop
    local.get 3203
    drop
    local.get 3204
    drop
    local.get 3205
    drop
    local.get 3206
    drop
    local.get 3207
    drop
    local.get 3208
    drop
    local.get 3209
    drop
    local.get 3210
    drop
    local.get 3211
    drop
    local.get 3212
    drop
    local.get 3213
    drop
    local.get 3214
    drop
    local.get 3215
    drop
    local.get 3216
    drop
    local.get 3217
    drop
    local.get 3218
    drop
    local.get 3219
    drop
    local.get 3220
    drop
    local.get 3221
    drop
    local.get 3222
    drop
    local.get 3223
    drop
    local.get 3224
    drop
    local.get 3225
    drop
    local.get 3226
    drop
    local.get 3227
    drop
    local.get 3228
    drop
    local.get 3229
    drop
    local.get 3230
    drop
    local.get 3231
    drop
    local.get 3232
    drop
    local.get 3233
    drop
    local.get 3234
    drop
    local.get 3235
    drop
    local.get 3236
    drop
    local.get 3237
    drop
    local.get 3238
    drop
    local.get 3239
    drop
    local.get 3240
    drop
    local.get 3241
    drop
    local.get 3242
    drop
    local.get 3243
    drop
    local.get 3244
    drop
    local.get 3245
    drop
    local.get 3246
    drop
    local.get 3247
    drop
    local.get 3248
    drop
    local.get 3249
    drop
    local.get 3250
    drop
    local.get 3251
    drop
    local.get 3252
    drop
    local.get 3253
    drop
    local.get 3254
    drop
    local.get 3255
    drop
    local.get 3256
    drop
    local.get 3257
    drop
    local.get 3258
    drop
    local.get 3259
    drop
    local.get 3260
    drop
    local.get 3261
    drop
    local.get 3262
    drop
    local.get 3263
    drop
    local.get 3264
    drop
    local.get 3265
    drop
    local.get 3266
    drop
    local.get 3267
    drop
    local.get 3268
    drop
    local.get 3269
    drop
    local.get 3270
    drop
    local.get 3271
    drop
    local.get 3272
    drop
    local.get 3273
    drop
    local.get 3274
    drop
    local.get 3275
    drop
    local.get 3276
    drop
    local.get 3277
    drop
    local.get 3278
    drop
    local.get 3279
    drop
    local.get 3280
    drop
    local.get 3281
    drop
    local.get 3282
    drop
    local.get 3283
    drop
    local.get 3284
    drop
    local.get 3285
    drop
    local.get 3286
    drop
    local.get 3287
    drop
    local.get 3288
    drop
    local.get 3289
    drop
    local.get 3290
    drop
    local.get 3291
    drop
    local.get 3292
    drop
    local.get 3293
    drop
    local.get 3294
    drop
    local.get 3295
    drop
    local.get 3296
    drop
    local.get 3297
    drop
    local.get 3298
    drop
    local.get 3299
    drop
    local.get 3300
    drop
    local.get 3301
    drop
    local.get 3302
    drop
    local.get 3303
    drop
    local.get 3304
    drop
    local.get 3305
    drop
    local.get 3306
    drop
    local.get 3307
    drop
    local.get 3308
    drop
    local.get 3309
    drop
    local.get 3310
    drop
    local.get 3311
    drop
    local.get 3312
    drop
    local.get 3313
    drop
    local.get 3314
    drop
    local.get 3315
    drop
    local.get 3316
    drop
    local.get 3317
    drop
    local.get 3318
    drop
    local.get 3319
    drop
    local.get 3320
    drop
    local.get 3321
    drop
    local.get 3322
    drop
    local.get 3323
    drop
    local.get 3324
    drop
    local.get 3325
    drop
    local.get 3326
    drop
    local.get 3327
    drop
    local.get 3328
    drop
    local.get 3329
    drop
    local.get 3330
    drop
    local.get 3331
    drop
    local.get 3332
    drop
    local.get 3333
    drop
    local.get 3334
    drop
    local.get 3335
    drop
    local.get 3336
    drop
    local.get 3337
    drop
    local.get 3338
    drop
    local.get 3339
    drop
    local.get 3340
    drop
    local.get 3341
    drop
    local.get 3342
    drop
    local.get 3343
    drop
    local.get 3344
    drop
    local.get 3345
    drop
    local.get 3346
    drop
    local.get 3347
    drop
    local.get 3348
    drop
    local.get 3349
    drop
    local.get 3350
    drop
    local.get 3351
    drop
    local.get 3352
    drop
    local.get 3353
    drop
    local.get 3354
    drop
    local.get 3355
    drop
    local.get 3356
    drop
    local.get 3357
    drop
    local.get 3358
    drop
    local.get 3359
    drop
    local.get 3360
    drop
    local.get 3361
    drop
    local.get 3362
    drop
    local.get 3363
    drop
    local.get 3364
    drop
    local.get 3365
    drop
    local.get 3366
    drop
    local.get 3367
    drop
    local.get 3368
    drop
    local.get 3369
    drop
    local.get 3370
    drop
    local.get 3371
    drop
    local.get 3372
    drop
    local.get 3373
    drop
    local.get 3374
    drop
    local.get 3375
    drop
    local.get 3376
    drop
    local.get 3377
    drop
    local.get 3378
    drop
    local.get 3379
    drop
    local.get 3380
    drop
    local.get 3381
    drop
    local.get 3382
    drop
    local.get 3383
    drop
    local.get 3384
    drop
    local.get 3385
    drop
    local.get 3386
    drop
    local.get 3387
    drop
    local.get 3388
    drop
    local.get 3389
    drop
    local.get 3390
    drop
    local.get 3391
    drop
    local.get 3392
    drop
    local.get 3393
    drop
    local.get 3394
    drop
    local.get 3395
    drop
    local.get 3396
    drop
    local.get 3397
    drop
    local.get 3398
    drop
    local.get 3399
    drop
    local.get 3400
    drop
    local.get 3401
    drop
    local.get 3402
    drop
    local.get 3403
    drop
    local.get 3404
    drop
    local.get 3405
    drop
    local.get 3406
    drop
    local.get 3407
    drop
    local.get 3408
    drop
    local.get 3409
    drop
    local.get 3410
    drop
    local.get 3411
    drop
    local.get 3412
    drop
    local.get 3413
    drop
    local.get 3414
    drop
    local.get 3415
    drop
    local.get 3416
    drop
    local.get 3417
    drop
    local.get 3418
    drop
    local.get 3419
    drop
    local.get 3420
    drop
    local.get 3421
    drop
    local.get 3422
    drop
    local.get 3423
    drop
    local.get 3424
    drop
    local.get 3425
    drop
    local.get 3426
    drop
    local.get 3427
    drop
    local.get 3428
    drop
    local.get 3429
    drop
    local.get 3430
    drop
    local.get 3431
    drop
    local.get 3432
    drop
    local.get 3433
    drop
    local.get 3434
    drop
    local.get 3435
    drop
    local.get 3436
    drop
    local.get 3437
    drop
    local.get 3438
    drop
    local.get 3439
    drop
    local.get 3440
    drop
    local.get 3441
    drop
    local.get 3442
    drop
    local.get 3443
    drop
    local.get 3444
    drop
    local.get 3445
    drop
    local.get 3446
    drop
    local.get 3447
    drop
    local.get 3448
    drop
    local.get 3449
    drop
    local.get 3450
    drop
    local.get 3451
    drop
    local.get 3452
    drop
    local.get 3453
    drop
    local.get 3454
    drop
    local.get 3455
    drop
    local.get 3456
    drop
    local.get 3457
    drop
    local.get 3458
    drop
    local.get 3459
    drop
    local.get 3460
    drop
    local.get 3461
    drop
    local.get 3462
    drop
    local.get 3463
    drop
    local.get 3464
    drop
    local.get 3465
    drop
    local.get 3466
    drop
    local.get 3467
    drop
    local.get 3468
    drop
    local.get 3469
    drop
    local.get 3470
    drop
    local.get 3471
    drop
    local.get 3472
    drop
    local.get 3473
    drop
    local.get 3474
    drop
    local.get 3475
    drop
    local.get 3476
    drop
    local.get 3477
    drop
    local.get 3478
    drop
    local.get 3479
    drop
    local.get 3480
    drop
    local.get 3481
    drop
    local.get 3482
    drop
    local.get 3483
    drop
    local.get 3484
    drop
    local.get 3485
    drop
    local.get 3486
    drop
    local.get 3487
    drop
    local.get 3488
    drop
    local.get 3489
    drop
    local.get 3490
    drop
    local.get 3491
    drop
    local.get 3492
    drop
    local.get 3493
    drop
    local.get 3494
    drop
    local.get 3495
    drop
    local.get 3496
    drop
    local.get 3497
    drop
    local.get 3498
    drop
    local.get 3499
    drop
    local.get 3500
    drop
    local.get 3501
    drop
    local.get 3502
    drop
    local.get 3503
    drop
    local.get 3504
    drop
    local.get 3505
    drop
    local.get 3506
    drop
    local.get 3507
    drop
    local.get 3508
    drop
    local.get 3509
    drop
    local.get 3510
    drop
    local.get 3511
    drop
    local.get 3512
    drop
    local.get 3513
    drop
    local.get 3514
    drop
    local.get 3515
    drop
    local.get 3516
    drop
    local.get 3517
    drop
    local.get 3518
    drop
    local.get 3519
    drop
    local.get 3520
    drop
    local.get 3521
    drop
    local.get 3522
    drop
    local.get 3523
    drop
    local.get 3524
    drop
    local.get 3525
    drop
    local.get 3526
    drop
    local.get 3527
    drop
    local.get 3528
    drop
    local.get 3529
    drop
    local.get 3530
    drop
    local.get 3531
    drop
    local.get 3532
    drop
    local.get 3533
    drop
    local.get 3534
    drop
    local.get 3535
    drop
    local.get 3536
    drop
    local.get 3537
    drop
    local.get 3538
    drop
    local.get 3539
    drop
    local.get 3540
    drop
    local.get 3541
    drop
    local.get 3542
    drop
    local.get 3543
    drop
    local.get 3544
    drop
    local.get 3545
    drop
    local.get 3546
    drop
    local.get 3547
    drop
    local.get 3548
    drop
    local.get 3549
    drop
    local.get 3550
    drop
    local.get 3551
    drop
    local.get 3552
    drop
    local.get 3553
    drop
    local.get 3554
    drop
    local.get 3555
    drop
    local.get 3556
    drop
    local.get 3557
    drop
    local.get 3558
    drop
    local.get 3559
    drop
    local.get 3560
    drop
    local.get 3561
    drop
    local.get 3562
    drop
    local.get 3563
    drop
    local.get 3564
    drop
    local.get 3565
    drop
    local.get 3566
    drop
    local.get 3567
    drop
    local.get 3568
    drop
    local.get 3569
    drop
    local.get 3570
    drop
    local.get 3571
    drop
    local.get 3572
    drop
    local.get 3573
    drop
    local.get 3574
    drop
    local.get 3575
    drop
    local.get 3576
    drop
    local.get 3577
    drop
    local.get 3578
    drop
    local.get 3579
    drop
    local.get 3580
    drop
    local.get 3581
    drop
    local.get 3582
    drop
    local.get 3583
    drop
    local.get 3584
    drop
    local.get 3585
    drop
    local.get 3586
    drop
    local.get 3587
    drop
    local.get 3588
    drop
    local.get 3589
    drop
    local.get 3590
    drop
    local.get 3591
    drop
    local.get 3592
    drop
    local.get 3593
    drop
    local.get 3594
    drop
    local.get 3595
    drop
    local.get 3596
    drop
    local.get 3597
    drop
    local.get 3598
    drop
    local.get 3599
    drop
    local.get 3600
    drop
    local.get 3601
    drop
    local.get 3602
    drop
    local.get 3603
    drop
    local.get 3604
    drop
    local.get 3605
    drop
    local.get 3606
    drop
    local.get 3607
    drop
    local.get 3608
    drop
    local.get 3609
    drop
    local.get 3610
    drop
    local.get 3611
    drop
    local.get 3612
    drop
    local.get 3613
    drop
    local.get 3614
    drop
    local.get 3615
    drop
    local.get 3616
    drop
    local.get 3617
    drop
    local.get 3618
    drop
    local.get 3619
    drop
    local.get 3620
    drop
    local.get 3621
    drop
    local.get 3622
    drop
    local.get 3623
    drop
    local.get 3624
    drop
    local.get 3625
    drop
    local.get 3626
    drop
    local.get 3627
    drop
    local.get 3628
    drop
    local.get 3629
    drop
    local.get 3630
    drop
    local.get 3631
    drop
    local.get 3632
    drop
    local.get 3633
    drop
    local.get 3634
    drop
    local.get 3635
    drop
    local.get 3636
    drop
    local.get 3637
    drop
    local.get 3638
    drop
    local.get 3639
    drop
    local.get 3640
    drop
    local.get 3641
    drop
    local.get 3642
    drop
    local.get 3643
    drop
    local.get 3644
    drop
    local.get 3645
    drop
    local.get 3646
    drop
    local.get 3647
    drop
    local.get 3648
    drop
    local.get 3649
    drop
    local.get 3650
    drop
    local.get 3651
    drop
    local.get 3652
    drop
    local.get 3653
    drop
    local.get 3654
    drop
    local.get 3655
    drop
    local.get 3656
    drop
    local.get 3657
    drop
    local.get 3658
    drop
    local.get 3659
    drop
    local.get 3660
    drop
    local.get 3661
    drop
    local.get 3662
    drop
    local.get 3663
    drop
    local.get 3664
    drop
    local.get 3665
    drop
    local.get 3666
    drop
    local.get 3667
    drop
    local.get 3668
    drop
    local.get 3669
    drop
    local.get 3670
    drop
    local.get 3671
    drop
    local.get 3672
    drop
    local.get 3673
    drop
    local.get 3674
    drop
    local.get 3675
    drop
    local.get 3676
    drop
    local.get 3677
    drop
    local.get 3678
    drop
    local.get 3679
    drop
    local.get 3680
    drop
    local.get 3681
    drop
    local.get 3682
    drop
    local.get 3683
    drop
    local.get 3684
    drop
    local.get 3685
    drop
    local.get 3686
    drop
    local.get 3687
    drop
    local.get 3688
    drop
    local.get 3689
    drop
    local.get 3690
    drop
    local.get 3691
    drop
    local.get 3692
    drop
    local.get 3693
    drop
    local.get 3694
    drop
    local.get 3695
    drop
    local.get 3696
    drop
    local.get 3697
    drop
    local.get 3698
    drop
    local.get 3699
    drop
    local.get 3700
    drop
    local.get 3701
    drop
    local.get 3702
    drop
    local.get 3703
    drop
    local.get 3704
    drop
    local.get 3705
    drop
    local.get 3706
    drop
    local.get 3707
    drop
    local.get 3708
    drop
    local.get 3709
    drop
    local.get 3710
    drop
    local.get 3711
    drop
    local.get 3712
    drop
    local.get 3713
    drop
    local.get 3714
    drop
    local.get 3715
    drop
    local.get 3716
    drop
    local.get 3717
    drop
    local.get 3718
    drop
    local.get 3719
    drop
    local.get 3720
    drop
    local.get 3721
    drop
    local.get 3722
    drop
    local.get 3723
    drop
    local.get 3724
    drop
    local.get 3725
    drop
    local.get 3726
    drop
    local.get 3727
    drop
    local.get 3728
    drop
    local.get 3729
    drop
    local.get 3730
    drop
    local.get 3731
    drop
    local.get 3732
    drop
    local.get 3733
    drop
    local.get 3734
    drop
    local.get 3735
    drop
    local.get 3736
    drop
    local.get 3737
    drop
    local.get 3738
    drop
    local.get 3739
    drop
    local.get 3740
    drop
    local.get 3741
    drop
    local.get 3742
    drop
    local.get 3743
    drop
    local.get 3744
    drop
    local.get 3745
    drop
    local.get 3746
    drop
    local.get 3747
    drop
    local.get 3748
    drop
    local.get 3749
    drop
    local.get 3750
    drop
    local.get 3751
    drop
    local.get 3752
    drop
    local.get 3753
    drop
    local.get 3754
    drop
    local.get 3755
    drop
    local.get 3756
    drop
    local.get 3757
    drop
    local.get 3758
    drop
    local.get 3759
    drop
    local.get 3760
    drop
    local.get 3761
    drop
    local.get 3762
    drop
    local.get 3763
    drop
    local.get 3764
    drop
    local.get 3765
    drop
    local.get 3766
    drop
    local.get 3767
    drop
    local.get 3768
    drop
    local.get 3769
    drop
    local.get 3770
    drop
    local.get 3771
    drop
    local.get 3772
    drop
    local.get 3773
    drop
    local.get 3774
    drop
    local.get 3775
    drop
    local.get 3776
    drop
    local.get 3777
    drop
    local.get 3778
    drop
    local.get 3779
    drop
    local.get 3780
    drop
    local.get 3781
    drop
    local.get 3782
    drop
    local.get 3783
    drop
    local.get 3784
    drop
    local.get 3785
    drop
    local.get 3786
    drop
    local.get 3787
    drop
    local.get 3788
    drop
    local.get 3789
    drop
    local.get 3790
    drop
    local.get 3791
    drop
    local.get 3792
    drop
    local.get 3793
    drop
    local.get 3794
    drop
    local.get 3795
    drop
    local.get 3796
    drop
    local.get 3797
    drop
    local.get 3798
    drop
    local.get 3799
    drop
    local.get 3800
    drop
    local.get 3801
    drop
    local.get 3802
    drop
    local.get 3803
    drop
    local.get 3804
    drop
    local.get 3805
    drop
    local.get 3806
    drop
    local.get 3807
    drop
    local.get 3808
    drop
    local.get 3809
    drop
    local.get 3810
    drop
    local.get 3811
    drop
    local.get 3812
    drop
    local.get 3813
    drop
    local.get 3814
    drop
    local.get 3815
    drop
    local.get 3816
    drop
    local.get 3817
    drop
    local.get 3818
    drop
    local.get 3819
    drop
    local.get 3820
    drop
    local.get 3821
    drop
    local.get 3822
    drop
    local.get 3823
    drop
    local.get 3824
    drop
    local.get 3825
    drop
    local.get 3826
    drop
    local.get 3827
    drop
    local.get 3828
    drop
    local.get 3829
    drop
    local.get 3830
    drop
    local.get 3831
    drop
    local.get 3832
    drop
    local.get 3833
    drop
    local.get 3834
    drop
    local.get 3835
    drop
    local.get 3836
    drop
    local.get 3837
    drop
    local.get 3838
    drop
    local.get 3839
    drop
    local.get 3840
    drop
    local.get 3841
    drop
    local.get 3842
    drop
    local.get 3843
    drop
    local.get 3844
    drop
    local.get 3845
    drop
    local.get 3846
    drop
    local.get 3847
    drop
    local.get 3848
    drop
    local.get 3849
    drop
    local.get 3850
    drop
    local.get 3851
    drop
    local.get 3852
    drop
    local.get 3853
    drop
    local.get 3854
    drop
    local.get 3855
    drop
    local.get 3856
    drop
    local.get 3857
    drop
    local.get 3858
    drop
    local.get 3859
    drop
    local.get 3860
    drop
    local.get 3861
    drop
    local.get 3862
    drop
    local.get 3863
    drop
    local.get 3864
    drop
    local.get 3865
    drop
    local.get 3866
    drop
    local.get 3867
    drop
    local.get 3868
    drop
    local.get 3869
    drop
    local.get 3870
    drop
    local.get 3871
    drop
    local.get 3872
    drop
    local.get 3873
    drop
    local.get 3874
    drop
    local.get 3875
    drop
    local.get 3876
    drop
    local.get 3877
    drop
    local.get 3878
    drop
    local.get 3879
    drop
    local.get 3880
    drop
    local.get 3881
    drop
    local.get 3882
    drop
    local.get 3883
    drop
    local.get 3884
    drop
    local.get 3885
    drop
    local.get 3886
    drop
    local.get 3887
    drop
    local.get 3888
    drop
    local.get 3889
    drop
    local.get 3890
    drop
    local.get 3891
    drop
    local.get 3892
    drop
    local.get 3893
    drop
    local.get 3894
    drop
    local.get 3895
    drop
    local.get 3896
    drop
    local.get 3897
    drop
    local.get 3898
    drop
    local.get 3899
    drop
    local.get 3900
    drop
    local.get 3901
    drop
    local.get 3902
    drop
    local.get 3903
    drop
    local.get 3904
    drop
    local.get 3905
    drop
    local.get 3906
    drop
    local.get 3907
    drop
    local.get 3908
    drop
    local.get 3909
    drop
    local.get 3910
    drop
    local.get 3911
    drop
    local.get 3912
    drop
    local.get 3913
    drop
    local.get 3914
    drop
    local.get 3915
    drop
    local.get 3916
    drop
    local.get 3917
    drop
    local.get 3918
    drop
    local.get 3919
    drop
    local.get 3920
    drop
    local.get 3921
    drop
    local.get 3922
    drop
    local.get 3923
    drop
    local.get 3924
    drop
    local.get 3925
    drop
    local.get 3926
    drop
    local.get 3927
    drop
    local.get 3928
    drop
    local.get 3929
    drop
    local.get 3930
    drop
    local.get 3931
    drop
    local.get 3932
    drop
    local.get 3933
    drop
    local.get 3934
    drop
    local.get 3935
    drop
    local.get 3936
    drop
    local.get 3937
    drop
    local.get 3938
    drop
    local.get 3939
    drop
    local.get 3940
    drop
    local.get 3941
    drop
    local.get 3942
    drop
    local.get 3943
    drop
    local.get 3944
    drop
    local.get 3945
    drop
    local.get 3946
    drop
    local.get 3947
    drop
    local.get 3948
    drop
    local.get 3949
    drop
    local.get 3950
    drop
    local.get 3951
    drop
    local.get 3952
    drop
    local.get 3953
    drop
    local.get 3954
    drop
    local.get 3955
    drop
    local.get 3956
    drop
    local.get 3957
    drop
    local.get 3958
    drop
    local.get 3959
    drop
    local.get 3960
    drop
    local.get 3961
    drop
    local.get 3962
    drop
    local.get 3963
    drop
    local.get 3964
    drop
    local.get 3965
    drop
    local.get 3966
    drop
    local.get 3967
    drop
    local.get 3968
    drop
    local.get 3969
    drop
    local.get 3970
    drop
    local.get 3971
    drop
    local.get 3972
    drop
    local.get 3973
    drop
    local.get 3974
    drop
    local.get 3975
    drop
    local.get 3976
    drop
    local.get 3977
    drop
    local.get 3978
    drop
    local.get 3979
    drop
    local.get 3980
    drop
    local.get 3981
    drop
    local.get 3982
    drop
    local.get 3983
    drop
    local.get 3984
    drop
    local.get 3985
    drop
    local.get 3986
    drop
    local.get 3987
    drop
    local.get 3988
    drop
    local.get 3989
    drop
    local.get 3990
    drop
    local.get 3991
    drop
    local.get 3992
    drop
    local.get 3993
    drop
    local.get 3994
    drop
    local.get 3995
    drop
    local.get 3996
    drop
    local.get 3997
    drop
    local.get 3998
    drop
    local.get 3999
    drop
    local.get 4000
    drop
    local.get 4001
    drop
    local.get 4002
    drop
    local.get 4003
    drop
    local.get 4004
    drop
    local.get 4005
    drop
    local.get 4006
    drop
    local.get 4007
    drop
    local.get 4008
    drop
    local.get 4009
    drop
    local.get 4010
    drop
    local.get 4011
    drop
    local.get 4012
    drop
    local.get 4013
    drop
    local.get 4014
    drop
    local.get 4015
    drop
    local.get 4016
    drop
    local.get 4017
    drop
    local.get 4018
    drop
    local.get 4019
    drop
    local.get 4020
    drop
    local.get 4021
    drop
    local.get 4022
    drop
    local.get 4023
    drop
    local.get 4024
    drop
    local.get 4025
    drop
    local.get 4026
    drop
    local.get 4027
    drop
    local.get 4028
    drop
    local.get 4029
    drop
    local.get 4030
    drop
    local.get 4031
    drop
    local.get 4032
    drop
    local.get 4033
    drop
    local.get 4034
    drop
    local.get 4035
    drop
    local.get 4036
    drop
    local.get 4037
    drop
    local.get 4038
    drop
    local.get 4039
    drop
    local.get 4040
    drop
    local.get 4041
    drop
    local.get 4042
    drop
    local.get 4043
    drop
    local.get 4044
    drop
    local.get 4045
    drop
    local.get 4046
    drop
    local.get 4047
    drop
    local.get 4048
    drop
    local.get 4049
    drop
    local.get 4050
    drop
    local.get 4051
    drop
    local.get 4052
    drop
    local.get 4053
    drop
    local.get 4054
    drop
    local.get 4055
    drop
    local.get 4056
    drop
    local.get 4057
    drop
    local.get 4058
    drop
    local.get 4059
    drop
    local.get 4060
    drop
    local.get 4061
    drop
    local.get 4062
    drop
    local.get 4063
    drop
    local.get 4064
    drop
    local.get 4065
    drop
    local.get 4066
    drop
    local.get 4067
    drop
    local.get 4068
    drop
    local.get 4069
    drop
    local.get 4070
    drop
    local.get 4071
    drop
    local.get 4072
    drop
    local.get 4073
    drop
    local.get 4074
    drop
    local.get 4075
    drop
    local.get 4076
    drop
    local.get 4077
    drop
    local.get 4078
    drop
    local.get 4079
    drop
    local.get 4080
    drop
    local.get 4081
    drop
    local.get 4082
    drop
    local.get 4083
    drop
    local.get 4084
    drop
    local.get 4085
    drop
    local.get 4086
    drop
    local.get 4087
    drop
    local.get 4088
    drop
    local.get 4089
    drop
    local.get 4090
    drop
    local.get 4091
    drop
    local.get 4092
    drop
    local.get 4093
    drop
    local.get 4094
    drop
    local.get 4095
    drop
    local.get 4096
    drop
    local.get 4097
    drop
    local.get 4098
    drop
    local.get 4099
    drop
    local.get 4100
    drop
    local.get 4101
    drop
    local.get 4102
    drop
    local.get 4103
    drop
    local.get 4104
    drop
    local.get 4105
    drop
    local.get 4106
    drop
    local.get 4107
    drop
    local.get 4108
    drop
    local.get 4109
    drop
    local.get 4110
    drop
    local.get 4111
    drop
    local.get 4112
    drop
    local.get 4113
    drop
    local.get 4114
    drop
    local.get 4115
    drop
    local.get 4116
    drop
    local.get 4117
    drop
    local.get 4118
    drop
    local.get 4119
    drop
    local.get 4120
    drop
    local.get 4121
    drop
    local.get 4122
    drop
    local.get 4123
    drop
    local.get 4124
    drop
    local.get 4125
    drop
    local.get 4126
    drop
    local.get 4127
    drop
    local.get 4128
    drop
    local.get 4129
    drop
    local.get 4130
    drop
    local.get 4131
    drop
    local.get 4132
    drop
    local.get 4133
    drop
    local.get 4134
    drop
    local.get 4135
    drop
    local.get 4136
    drop
    local.get 4137
    drop
    local.get 4138
    drop
    local.get 4139
    drop
    local.get 4140
    drop
    local.get 4141
    drop
    local.get 4142
    drop
    local.get 4143
    drop
    local.get 4144
    drop
    local.get 4145
    drop
    local.get 4146
    drop
    local.get 4147
    drop
    local.get 4148
    drop
    local.get 4149
    drop
    local.get 4150
    drop
    local.get 4151
    drop
    local.get 4152
    drop
    local.get 4153
    drop
    local.get 4154
    drop
    local.get 4155
    drop
    local.get 4156
    drop
    local.get 4157
    drop
    local.get 4158
    drop
    local.get 4159
    drop
    local.get 4160
    drop
    local.get 4161
    drop
    local.get 4162
    drop
    local.get 4163
    drop
    local.get 4164
    drop
    local.get 4165
    drop
    local.get 4166
    drop
    local.get 4167
    drop
    local.get 4168
    drop
    local.get 4169
    drop
    local.get 4170
    drop
    local.get 4171
    drop
    local.get 4172
    drop
    local.get 4173
    drop
    local.get 4174
    drop
    local.get 4175
    drop
    local.get 4176
    drop
    local.get 4177
    drop
    local.get 4178
    drop
    local.get 4179
    drop
    local.get 4180
    drop
    local.get 4181
    drop
    local.get 4182
    drop
    local.get 4183
    drop
    local.get 4184
    drop
    local.get 4185
    drop
    local.get 4186
    drop
    local.get 4187
    drop
    local.get 4188
    drop
    local.get 4189
    drop
    local.get 4190
    drop
    local.get 4191
    drop
    local.get 4192
    drop
    local.get 4193
    drop
    local.get 4194
    drop
    local.get 4195
    drop
    local.get 4196
    drop
    local.get 4197
    drop
    local.get 4198
    drop
    local.get 4199
    drop
    local.get 4200
    drop
    local.get 4201
    drop
    local.get 4202
    drop
    local.get 4203
    drop
    local.get 4204
    drop
    local.get 4205
    drop
    local.get 4206
    drop
    local.get 4207
    drop
    local.get 4208
    drop
    local.get 4209
    drop
    local.get 4210
    drop
    local.get 4211
    drop
    local.get 4212
    drop
    local.get 4213
    drop
    local.get 4214
    drop
    local.get 4215
    drop
    local.get 4216
    drop
    local.get 4217
    drop
    local.get 4218
    drop
    local.get 4219
    drop
    local.get 4220
    drop
    local.get 4221
    drop
    local.get 4222
    drop
    local.get 4223
    drop
    local.get 4224
    drop
    local.get 4225
    drop
    local.get 4226
    drop
    local.get 4227
    drop
    local.get 4228
    drop
    local.get 4229
    drop
    local.get 4230
    drop
    local.get 4231
    drop
    local.get 4232
    drop
    local.get 4233
    drop
    local.get 4234
    drop
    local.get 4235
    drop
    local.get 4236
    drop
    local.get 4237
    drop
    local.get 4238
    drop
    local.get 4239
    drop
    local.get 4240
    drop
    local.get 4241
    drop
    local.get 4242
    drop
    local.get 4243
    drop
    local.get 4244
    drop
    local.get 4245
    drop
    local.get 4246
    drop
    local.get 4247
    drop
    local.get 4248
    drop
    local.get 4249
    drop
    local.get 4250
    drop
    local.get 4251
    drop
    local.get 4252
    drop
    local.get 4253
    drop
    local.get 4254
    drop
    local.get 4255
    drop
    local.get 4256
    drop
    local.get 4257
    drop
    local.get 4258
    drop
    local.get 4259
    drop
    local.get 4260
    drop
    local.get 4261
    drop
    local.get 4262
    drop
    local.get 4263
    drop
    local.get 4264
    drop
    local.get 4265
    drop
    local.get 4266
    drop
    local.get 4267
    drop
    local.get 4268
    drop
    local.get 4269
    drop
    local.get 4270
    drop
    local.get 4271
    drop
    local.get 4272
    drop
    local.get 4273
    drop
    local.get 4274
    drop
    local.get 4275
    drop
    local.get 4276
    drop
    local.get 4277
    drop
    local.get 4278
    drop
    local.get 4279
    drop
    local.get 4280
    drop
    local.get 4281
    drop
    local.get 4282
    drop
    local.get 4283
    drop
    local.get 4284
    drop
    local.get 4285
    drop
    local.get 4286
    drop
    local.get 4287
    drop
    local.get 4288
    drop
    local.get 4289
    drop
    local.get 4290
    drop
    local.get 4291
    drop
    local.get 4292
    drop
    local.get 4293
    drop
    local.get 4294
    drop
    local.get 4295
    drop
    local.get 4296
    drop
    local.get 4297
    drop
    local.get 4298
    drop
    local.get 4299
    drop
    local.get 4300
    drop
    local.get 4301
    drop
    local.get 4302
    drop
    local.get 4303
    drop
    local.get 4304
    drop
    local.get 4305
    drop
    local.get 4306
    drop
    local.get 4307
    drop
    local.get 4308
    drop
    local.get 4309
    drop
    local.get 4310
    drop
    local.get 4311
    drop
    local.get 4312
    drop
    local.get 4313
    drop
    local.get 4314
    drop
    local.get 4315
    drop
    local.get 4316
    drop
    local.get 4317
    drop
    local.get 4318
    drop
    local.get 4319
    drop
    local.get 4320
    drop
    local.get 4321
    drop
    local.get 4322
    drop
    local.get 4323
    drop
    local.get 4324
    drop
    local.get 4325
    drop
    local.get 4326
    drop
    local.get 4327
    drop
    local.get 4328
    drop
    local.get 4329
    drop
    local.get 4330
    drop
    local.get 4331
    drop
    local.get 4332
    drop
    local.get 4333
    drop
    local.get 4334
    drop
    local.get 4335
    drop
    local.get 4336
    drop
    local.get 4337
    drop
    local.get 4338
    drop
    local.get 4339
    drop
    local.get 4340
    drop
    local.get 4341
    drop
    local.get 4342
    drop
    local.get 4343
    drop
    local.get 4344
    drop
    local.get 4345
    drop
    local.get 4346
    drop
    local.get 4347
    drop
    local.get 4348
    drop
    local.get 4349
    drop
    local.get 4350
    drop
    local.get 4351
    drop
    local.get 4352
    drop
    local.get 4353
    drop
    local.get 4354
    drop
    local.get 4355
    drop
    local.get 4356
    drop
    local.get 4357
    drop
    local.get 4358
    drop
    local.get 4359
    drop
    local.get 4360
    drop
    local.get 4361
    drop
    local.get 4362
    drop
    local.get 4363
    drop
    local.get 4364
    drop
    local.get 4365
    drop
    local.get 4366
    drop
    local.get 4367
    drop
    local.get 4368
    drop
    local.get 4369
    drop
    local.get 4370
    drop
    local.get 4371
    drop
    local.get 4372
    drop
    local.get 4373
    drop
    local.get 4374
    drop
    local.get 4375
    drop
    local.get 4376
    drop
    local.get 4377
    drop
    local.get 4378
    drop
    local.get 4379
    drop
    local.get 4380
    drop
    local.get 4381
    drop
    local.get 4382
    drop
    local.get 4383
    drop
    local.get 4384
    drop
    local.get 4385
    drop
    local.get 4386
    drop
    local.get 4387
    drop
    local.get 4388
    drop
    local.get 4389
    drop
    local.get 4390
    drop
    local.get 4391
    drop
    local.get 4392
    drop
    local.get 4393
    drop
    local.get 4394
    drop
    local.get 4395
    drop
    local.get 4396
    drop
    local.get 4397
    drop
    local.get 4398
    drop
    local.get 4399
    drop
    local.get 4400
    drop
    local.get 4401
    drop
    local.get 4402
    drop
    local.get 4403
    drop
    local.get 4404
    drop
    local.get 4405
    drop
    local.get 4406
    drop
    local.get 4407
    drop
    local.get 4408
    drop
    local.get 4409
    drop
    local.get 4410
    drop
    local.get 4411
    drop
    local.get 4412
    drop
    local.get 4413
    drop
    local.get 4414
    drop
    local.get 4415
    drop
    local.get 4416
    drop
    local.get 4417
    drop
    local.get 4418
    drop
    local.get 4419
    drop
    local.get 4420
    drop
    local.get 4421
    drop
    local.get 4422
    drop
    local.get 4423
    drop
    local.get 4424
    drop
    local.get 4425
    drop
    local.get 4426
    drop
    local.get 4427
    drop
    local.get 4428
    drop
    local.get 4429
    drop
    local.get 4430
    drop
    local.get 4431
    drop
    local.get 4432
    drop
    local.get 4433
    drop
    local.get 4434
    drop
    local.get 4435
    drop
    local.get 4436
    drop
    local.get 4437
    drop
    local.get 4438
    drop
    local.get 4439
    drop
    local.get 4440
    drop
    local.get 4441
    drop
    local.get 4442
    drop
    local.get 4443
    drop
    local.get 4444
    drop
    local.get 4445
    drop
    local.get 4446
    drop
    local.get 4447
    drop
    local.get 4448
    drop
    local.get 4449
    drop
    local.get 4450
    drop
    local.get 4451
    drop
    local.get 4452
    drop
    local.get 4453
    drop
    local.get 4454
    drop
    local.get 4455
    drop
    local.get 4456
    drop
    local.get 4457
    drop
    local.get 4458
    drop
    local.get 4459
    drop
    local.get 4460
    drop
    local.get 4461
    drop
    local.get 4462
    drop
    local.get 4463
    drop
    local.get 4464
    drop
    local.get 4465
    drop
    local.get 4466
    drop
    local.get 4467
    drop
    local.get 4468
    drop
    local.get 4469
    drop
    local.get 4470
    drop
    local.get 4471
    drop
    local.get 4472
    drop
    local.get 4473
    drop
    local.get 4474
    drop
    local.get 4475
    drop
    local.get 4476
    drop
    local.get 4477
    drop
    local.get 4478
    drop
    local.get 4479
    drop
    local.get 4480
    drop
    local.get 4481
    drop
    local.get 4482
    drop
    local.get 4483
    drop
    local.get 4484
    drop
    local.get 4485
    drop
    local.get 4486
    drop
    local.get 4487
    drop
    local.get 4488
    drop
    local.get 4489
    drop
    local.get 4490
    drop
    local.get 4491
    drop
    local.get 4492
    drop
    local.get 4493
    drop
    local.get 4494
    drop
    local.get 4495
    drop
    local.get 4496
    drop
    local.get 4497
    drop
    local.get 4498
    drop
    local.get 4499
    drop
    local.get 4500
    drop
    local.get 4501
    drop
    local.get 4502
    drop
    local.get 4503
    drop
    local.get 4504
    drop
    local.get 4505
    drop
    local.get 4506
    drop
    local.get 4507
    drop
    local.get 4508
    drop
    local.get 4509
    drop
    local.get 4510
    drop
    local.get 4511
    drop
    local.get 4512
    drop
    local.get 4513
    drop
    local.get 4514
    drop
    local.get 4515
    drop
    local.get 4516
    drop
    local.get 4517
    drop
    local.get 4518
    drop
    local.get 4519
    drop
    local.get 4520
    drop
    local.get 4521
    drop
    local.get 4522
    drop
    local.get 4523
    drop
    local.get 4524
    drop
    local.get 4525
    drop
    local.get 4526
    drop
    local.get 4527
    drop
    local.get 4528
    drop
    local.get 4529
    drop
    local.get 4530
    drop
    local.get 4531
    drop
    local.get 4532
    drop
    local.get 4533
    drop
    local.get 4534
    drop
    local.get 4535
    drop
    local.get 4536
    drop
    local.get 4537
    drop
    local.get 4538
    drop
    local.get 4539
    drop
    local.get 4540
    drop
    local.get 4541
    drop
    local.get 4542
    drop
    local.get 4543
    drop
    local.get 4544
    drop
    local.get 4545
    drop
    local.get 4546
    drop
    local.get 4547
    drop
    local.get 4548
    drop
    local.get 4549
    drop
    local.get 4550
    drop
    local.get 4551
    drop
    local.get 4552
    drop
    local.get 4553
    drop
    local.get 4554
    drop
    local.get 4555
    drop
    local.get 4556
    drop
    local.get 4557
    drop
    local.get 4558
    drop
    local.get 4559
    drop
    local.get 4560
    drop
    local.get 4561
    drop
    local.get 4562
    drop
    local.get 4563
    drop
    local.get 4564
    drop
    local.get 4565
    drop
    local.get 4566
    drop
    local.get 4567
    drop
    local.get 4568
    drop
    local.get 4569
    drop
    local.get 4570
    drop
    local.get 4571
    drop
    local.get 4572
    drop
    local.get 4573
    drop
    local.get 4574
    drop
    local.get 4575
    drop
    local.get 4576
    drop
    local.get 4577
    drop
    local.get 4578
    drop
    local.get 4579
    drop
    local.get 4580
    drop
    local.get 4581
    drop
    local.get 4582
    drop
    local.get 4583
    drop
    local.get 4584
    drop
    local.get 4585
    drop
    local.get 4586
    drop
    local.get 4587
    drop
    local.get 4588
    drop
    local.get 4589
    drop
    local.get 4590
    drop
    local.get 4591
    drop
    local.get 4592
    drop
    local.get 4593
    drop
    local.get 4594
    drop
    local.get 4595
    drop
    local.get 4596
    drop
    local.get 4597
    drop
    local.get 4598
    drop
    local.get 4599
    drop
    local.get 4600
    drop
    local.get 4601
    drop
    local.get 4602
    drop
    local.get 4603
    drop
    local.get 4604
    drop
    local.get 4605
    drop
    local.get 4606
    drop
    local.get 4607
    drop
    local.get 4608
    drop
    local.get 4609
    drop
    local.get 4610
    drop
    local.get 4611
    drop
    local.get 4612
    drop
    local.get 4613
    drop
    local.get 4614
    drop
    local.get 4615
    drop
    local.get 4616
    drop
    local.get 4617
    drop
    local.get 4618
    drop
    local.get 4619
    drop
    local.get 4620
    drop
    local.get 4621
    drop
    local.get 4622
    drop
    local.get 4623
    drop
    local.get 4624
    drop
    local.get 4625
    drop
    local.get 4626
    drop
    local.get 4627
    drop
    local.get 4628
    drop
    local.get 4629
    drop
    local.get 4630
    drop
    local.get 4631
    drop
    local.get 4632
    drop
    local.get 4633
    drop
    local.get 4634
    drop
    local.get 4635
    drop
    local.get 4636
    drop
    local.get 4637
    drop
    local.get 4638
    drop
    local.get 4639
    drop
    local.get 4640
    drop
    local.get 4641
    drop
    local.get 4642
    drop
    local.get 4643
    drop
    local.get 4644
    drop
    local.get 4645
    drop
    local.get 4646
    drop
    local.get 4647
    drop
    local.get 4648
    drop
    local.get 4649
    drop
    local.get 4650
    drop
    local.get 4651
    drop
    local.get 4652
    drop
    local.get 4653
    drop
    local.get 4654
    drop
    local.get 4655
    drop
    local.get 4656
    drop
    local.get 4657
    drop
    local.get 4658
    drop
    local.get 4659
    drop
    local.get 4660
    drop
    local.get 4661
    drop
    local.get 4662
    drop
    local.get 4663
    drop
    local.get 4664
    drop
    local.get 4665
    drop
    local.get 4666
    drop
    local.get 4667
    drop
    local.get 4668
    drop
    local.get 4669
    drop
    local.get 4670
    drop
    local.get 4671
    drop
    local.get 4672
    drop
    local.get 4673
    drop
    local.get 4674
    drop
    local.get 4675
    drop
    local.get 4676
    drop
    local.get 4677
    drop
    local.get 4678
    drop
    local.get 4679
    drop
    local.get 4680
    drop
    local.get 4681
    drop
    local.get 4682
    drop
    local.get 4683
    drop
    local.get 4684
    drop
    local.get 4685
    drop
    local.get 4686
    drop
    local.get 4687
    drop
    local.get 4688
    drop
    local.get 4689
    drop
    local.get 4690
    drop
    local.get 4691
    drop
    local.get 4692
    drop
    local.get 4693
    drop
    local.get 4694
    drop
    local.get 4695
    drop
    local.get 4696
    drop
    local.get 4697
    drop
    local.get 4698
    drop
    local.get 4699
    drop
    local.get 4700
    drop
    local.get 4701
    drop
    local.get 4702
    drop
    local.get 4703
    drop
    local.get 4704
    drop
    local.get 4705
    drop
    local.get 4706
    drop
    local.get 4707
    drop
    local.get 4708
    drop
    local.get 4709
    drop
    local.get 4710
    drop
    local.get 4711
    drop
    local.get 4712
    drop
    local.get 4713
    drop
    local.get 4714
    drop
    local.get 4715
    drop
    local.get 4716
    drop
    local.get 4717
    drop
    local.get 4718
    drop
    local.get 4719
    drop
    local.get 4720
    drop
    local.get 4721
    drop
    local.get 4722
    drop
    local.get 4723
    drop
    local.get 4724
    drop
    local.get 4725
    drop
    local.get 4726
    drop
    local.get 4727
    drop
    local.get 4728
    drop
    local.get 4729
    drop
    local.get 4730
    drop
    local.get 4731
    drop
    local.get 4732
    drop
    local.get 4733
    drop
    local.get 4734
    drop
    local.get 4735
    drop
    local.get 4736
    drop
    local.get 4737
    drop
    local.get 4738
    drop
    local.get 4739
    drop
    local.get 4740
    drop
    local.get 4741
    drop
    local.get 4742
    drop
    local.get 4743
    drop
    local.get 4744
    drop
    local.get 4745
    drop
    local.get 4746
    drop
    local.get 4747
    drop
    local.get 4748
    drop
    local.get 4749
    drop
    local.get 4750
    drop
    local.get 4751
    drop
    local.get 4752
    drop
    local.get 4753
    drop
    local.get 4754
    drop
    local.get 4755
    drop
    local.get 4756
    drop
    local.get 4757
    drop
    local.get 4758
    drop
    local.get 4759
    drop
    local.get 4760
    drop
    local.get 4761
    drop
    local.get 4762
    drop
    local.get 4763
    drop
    local.get 4764
    drop
    local.get 4765
    drop
    local.get 4766
    drop
    local.get 4767
    drop
    local.get 4768
    drop
    local.get 4769
    drop
    local.get 4770
    drop
    local.get 4771
    drop
    local.get 4772
    drop
    local.get 4773
    drop
    local.get 4774
    drop
    local.get 4775
    drop
    local.get 4776
    drop
    local.get 4777
    drop
    local.get 4778
    drop
    local.get 4779
    drop
    local.get 4780
    drop
    local.get 4781
    drop
    local.get 4782
    drop
    local.get 4783
    drop
    local.get 4784
    drop
    local.get 4785
    drop
    local.get 4786
    drop
    local.get 4787
    drop
    local.get 4788
    drop
    local.get 4789
    drop
    local.get 4790
    drop
    local.get 4791
    drop
    local.get 4792
    drop
    local.get 4793
    drop
    local.get 4794
    drop
    local.get 4795
    drop
    local.get 4796
    drop
    local.get 4797
    drop
    local.get 4798
    drop
    local.get 4799
    drop
    local.get 4800
    drop
    local.get 4801
    drop
    local.get 4802
    drop
    local.get 4803
    drop
    local.get 4804
    drop
    local.get 4805
    drop
    local.get 4806
    drop
    local.get 4807
    drop
    local.get 4808
    drop
    local.get 4809
    drop
    local.get 4810
    drop
    local.get 4811
    drop
    local.get 4812
    drop
    local.get 4813
    drop
    local.get 4814
    drop
    local.get 4815
    drop
    local.get 4816
    drop
    local.get 4817
    drop
    local.get 4818
    drop
    local.get 4819
    drop
    local.get 4820
    drop
    local.get 4821
    drop
    local.get 4822
    drop
    local.get 4823
    drop
    local.get 4824
    drop
    local.get 4825
    drop
    local.get 4826
    drop
    local.get 4827
    drop
    local.get 4828
    drop
    local.get 4829
    drop
    local.get 4830
    drop
    local.get 4831
    drop
    local.get 4832
    drop
    local.get 4833
    drop
    local.get 4834
    drop
    local.get 4835
    drop
    local.get 4836
    drop
    local.get 4837
    drop
    local.get 4838
    drop
    local.get 4839
    drop
    local.get 4840
    drop
    local.get 4841
    drop
    local.get 4842
    drop
    local.get 4843
    drop
    local.get 4844
    drop
    local.get 4845
    drop
    local.get 4846
    drop
    local.get 4847
    drop
    local.get 4848
    drop
    local.get 4849
    drop
    local.get 4850
    drop
    local.get 4851
    drop
    local.get 4852
    drop
    local.get 4853
    drop
    local.get 4854
    drop
    local.get 4855
    drop
    local.get 4856
    drop
    local.get 4857
    drop
    local.get 4858
    drop
    local.get 4859
    drop
    local.get 4860
    drop
    local.get 4861
    drop
    local.get 4862
    drop
    local.get 4863
    drop
    local.get 4864
    drop
    local.get 4865
    drop
    local.get 4866
    drop
    local.get 4867
    drop
    local.get 4868
    drop
    local.get 4869
    drop
    local.get 4870
    drop
    local.get 4871
    drop
    local.get 4872
    drop
    local.get 4873
    drop
    local.get 4874
    drop
    local.get 4875
    drop
    local.get 4876
    drop
    local.get 4877
    drop
    local.get 4878
    drop
    local.get 4879
    drop
    local.get 4880
    drop
    local.get 4881
    drop
    local.get 4882
    drop
    local.get 4883
    drop
    local.get 4884
    drop
    local.get 4885
    drop
    local.get 4886
    drop
    local.get 4887
    drop
    local.get 4888
    drop
    local.get 4889
    drop
    local.get 4890
    drop
    local.get 4891
    drop
    local.get 4892
    drop
    local.get 4893
    drop
    local.get 4894
    drop
    local.get 4895
    drop
    local.get 4896
    drop
    local.get 4897
    drop
    local.get 4898
    drop
    local.get 4899
    drop
    local.get 4900
    drop
    local.get 4901
    drop
    local.get 4902
    drop
    local.get 4903
    drop
    local.get 4904
    drop
    local.get 4905
    drop
    local.get 4906
    drop
    local.get 4907
    drop
    local.get 4908
    drop
    local.get 4909
    drop
    local.get 4910
    drop
    local.get 4911
    drop
    local.get 4912
    drop
    local.get 4913
    drop
    local.get 4914
    drop
    local.get 4915
    drop
    local.get 4916
    drop
    local.get 4917
    drop
    local.get 4918
    drop
    local.get 4919
    drop
    local.get 4920
    drop
    local.get 4921
    drop
    local.get 4922
    drop
    local.get 4923
    drop
    local.get 4924
    drop
    local.get 4925
    drop
    local.get 4926
    drop
    local.get 4927
    drop
    local.get 4928
    drop
    local.get 4929
    drop
    local.get 4930
    drop
    local.get 4931
    drop
    local.get 4932
    drop
    local.get 4933
    drop
    local.get 4934
    drop
    local.get 4935
    drop
    local.get 4936
    drop
    local.get 4937
    drop
    local.get 4938
    drop
    local.get 4939
    drop
    local.get 4940
    drop
    local.get 4941
    drop
    local.get 4942
    drop
    local.get 4943
    drop
    local.get 4944
    drop
    local.get 4945
    drop
    local.get 4946
    drop
    local.get 4947
    drop
    local.get 4948
    drop
    local.get 4949
    drop
    local.get 4950
    drop
    local.get 4951
    drop
    local.get 4952
    drop
    local.get 4953
    drop
    local.get 4954
    drop
    local.get 4955
    drop
    local.get 4956
    drop
    local.get 4957
    drop
    local.get 4958
    drop
    local.get 4959
    drop
    local.get 4960
    drop
    local.get 4961
    drop
    local.get 4962
    drop
    local.get 4963
    drop
    local.get 4964
    drop
    local.get 4965
    drop
    local.get 4966
    drop
    local.get 4967
    drop
    local.get 4968
    drop
    local.get 4969
    drop
    local.get 4970
    drop
    local.get 4971
    drop
    local.get 4972
    drop
    local.get 4973
    drop
    local.get 4974
    drop
    local.get 4975
    drop
    local.get 4976
    drop
    local.get 4977
    drop
    local.get 4978
    drop
    local.get 4979
    drop
    local.get 4980
    drop
    local.get 4981
    drop
    local.get 4982
    drop
    local.get 4983
    drop
    local.get 4984
    drop
    local.get 4985
    drop
    local.get 4986
    drop
    local.get 4987
    drop
    local.get 4988
    drop
    local.get 4989
    drop
    local.get 4990
    drop
    local.get 4991
    drop
    local.get 4992
    drop
    local.get 4993
    drop
    local.get 4994
    drop
    local.get 4995
    drop
    local.get 4996
    drop
    local.get 4997
    drop
    local.get 4998
    drop
    local.get 4999
    drop
    local.get 5000
    drop
    local.get 5001
    drop
    local.get 5002
    drop
    local.get 5003
    drop
    local.get 5004
    drop
    local.get 5005
    drop
    local.get 5006
    drop
    local.get 5007
    drop
    local.get 5008
    drop
    local.get 5009
    drop
    local.get 5010
    drop
    local.get 5011
    drop
    local.get 5012
    drop
    local.get 5013
    drop
    local.get 5014
    drop
    local.get 5015
    drop
    local.get 5016
    drop
    local.get 5017
    drop
    local.get 5018
    drop
    local.get 5019
    drop
    local.get 5020
    drop
    local.get 5021
    drop
    local.get 5022
    drop
    local.get 5023
    drop
    local.get 5024
    drop
    local.get 5025
    drop
    local.get 5026
    drop
    local.get 5027
    drop
    local.get 5028
    drop
    local.get 5029
    drop
    local.get 5030
    drop
    local.get 5031
    drop
    local.get 5032
    drop
    local.get 5033
    drop
    local.get 5034
    drop
    local.get 5035
    drop
    local.get 5036
    drop
    local.get 5037
    drop
    local.get 5038
    drop
    local.get 5039
    drop
    local.get 5040
    drop
    local.get 5041
    drop
    local.get 5042
    drop
    local.get 5043
    drop
    local.get 5044
    drop
    local.get 5045
    drop
    local.get 5046
    drop
    local.get 5047
    drop
    local.get 5048
    drop
    local.get 5049
    drop
    local.get 5050
    drop
    local.get 5051
    drop
    local.get 5052
    drop
    local.get 5053
    drop
    local.get 5054
    drop
    local.get 5055
    drop
    local.get 5056
    drop
    local.get 5057
    drop
    local.get 5058
    drop
    local.get 5059
    drop
    local.get 5060
    drop
    local.get 5061
    drop
    local.get 5062
    drop
    local.get 5063
    drop
    local.get 5064
    drop
    local.get 5065
    drop
    local.get 5066
    drop
    local.get 5067
    drop
    local.get 5068
    drop
    local.get 5069
    drop
    local.get 5070
    drop
    local.get 5071
    drop
    local.get 5072
    drop
    local.get 5073
    drop
    local.get 5074
    drop
    local.get 5075
    drop
    local.get 5076
    drop
    local.get 5077
    drop
    local.get 5078
    drop
    local.get 5079
    drop
    local.get 5080
    drop
    local.get 5081
    drop
    local.get 5082
    drop
    local.get 5083
    drop
    local.get 5084
    drop
    local.get 5085
    drop
    local.get 5086
    drop
    local.get 5087
    drop
    local.get 5088
    drop
    local.get 5089
    drop
    local.get 5090
    drop
    local.get 5091
    drop
    local.get 5092
    drop
    local.get 5093
    drop
    local.get 5094
    drop
    local.get 5095
    drop
    local.get 5096
    drop
    local.get 5097
    drop
    local.get 5098
    drop
    local.get 5099
    drop
    local.get 5100
    drop
    local.get 5101
    drop
    local.get 5102
    drop
    local.get 5103
    drop
    local.get 5104
    drop
    local.get 5105
    drop
    local.get 5106
    drop
    local.get 5107
    drop
    local.get 5108
    drop
    local.get 5109
    drop
    local.get 5110
    drop
    local.get 5111
    drop
    local.get 5112
    drop
    local.get 5113
    drop
    local.get 5114
    drop
    local.get 5115
    drop
    local.get 5116
    drop
    local.get 5117
    drop
    local.get 5118
    drop
    local.get 5119
    drop
    local.get 5120
    drop
    local.get 5121
    drop
    local.get 5122
    drop
    local.get 5123
    drop
    local.get 5124
    drop
    local.get 5125
    drop
    local.get 5126
    drop
    local.get 5127
    drop
    local.get 5128
    drop
    local.get 5129
    drop
    local.get 5130
    drop
    local.get 5131
    drop
    local.get 5132
    drop
    local.get 5133
    drop
    local.get 5134
    drop
    local.get 5135
    drop
    local.get 5136
    drop
    local.get 5137
    drop
    local.get 5138
    drop
    local.get 5139
    drop
    local.get 5140
    drop
    local.get 5141
    drop
    local.get 5142
    drop
    local.get 5143
    drop
    local.get 5144
    drop
    local.get 5145
    drop
    local.get 5146
    drop
    local.get 5147
    drop
    local.get 5148
    drop
    local.get 5149
    drop
    local.get 5150
    drop
    local.get 5151
    drop
    local.get 5152
    drop
    local.get 5153
    drop
    local.get 5154
    drop
    local.get 5155
    drop
    local.get 5156
    drop
    local.get 5157
    drop
    local.get 5158
    drop
    local.get 5159
    drop
    local.get 5160
    drop
    local.get 5161
    drop
    local.get 5162
    drop
    local.get 5163
    drop
    local.get 5164
    drop
    local.get 5165
    drop
    local.get 5166
    drop
    local.get 5167
    drop
    local.get 5168
    drop
    local.get 5169
    drop
    local.get 5170
    drop
    local.get 5171
    drop
    local.get 5172
    drop
    local.get 5173
    drop
    local.get 5174
    drop
    local.get 5175
    drop
    local.get 5176
    drop
    local.get 5177
    drop
    local.get 5178
    drop
    local.get 5179
    drop
    local.get 5180
    drop
    local.get 5181
    drop
    local.get 5182
    drop
    local.get 5183
    drop
    local.get 5184
    drop
    local.get 5185
    drop
    local.get 5186
    drop
    local.get 5187
    drop
    local.get 5188
    drop
    local.get 5189
    drop
    local.get 5190
    drop
    local.get 5191
    drop
    local.get 5192
    drop
    local.get 5193
    drop
    local.get 5194
    drop
    local.get 5195
    drop
    local.get 5196
    drop
    local.get 5197
    drop
    local.get 5198
    drop
    local.get 5199
    drop
    local.get 5200
    drop
    local.get 5201
    drop
    local.get 5202
    drop
    local.get 5203
    drop
    local.get 5204
    drop
    local.get 5205
    drop
    local.get 5206
    drop
    local.get 5207
    drop
    local.get 5208
    drop
    local.get 5209
    drop
    local.get 5210
    drop
    local.get 5211
    drop
    local.get 5212
    drop
    local.get 5213
    drop
    local.get 5214
    drop
    local.get 5215
    drop
    local.get 5216
    drop
    local.get 5217
    drop
    local.get 5218
    drop
    local.get 5219
    drop
    local.get 5220
    drop
    local.get 5221
    drop
    local.get 5222
    drop
    local.get 5223
    drop
    local.get 5224
    drop
    local.get 5225
    drop
    local.get 5226
    drop
    local.get 5227
    drop
    local.get 5228
    drop
    local.get 5229
    drop
    local.get 5230
    drop
    local.get 5231
    drop
    local.get 5232
    drop
    local.get 5233
    drop
    local.get 5234
    drop
    local.get 5235
    drop
    local.get 5236
    drop
    local.get 5237
    drop
    local.get 5238
    drop
    local.get 5239
    drop
    local.get 5240
    drop
    local.get 5241
    drop
    local.get 5242
    drop
    local.get 5243
    drop
    local.get 5244
    drop
    local.get 5245
    drop
    local.get 5246
    drop
    local.get 5247
    drop
    local.get 5248
    drop
    local.get 5249
    drop
    local.get 5250
    drop
    local.get 5251
    drop
    local.get 5252
    drop
    local.get 5253
    drop
    local.get 5254
    drop
    local.get 5255
    drop
    local.get 5256
    drop
    local.get 5257
    drop
    local.get 5258
    drop
    local.get 5259
    drop
    local.get 5260
    drop
    local.get 5261
    drop
    local.get 5262
    drop
    local.get 5263
    drop
    local.get 5264
    drop
    local.get 5265
    drop
    local.get 5266
    drop
    local.get 5267
    drop
    local.get 5268
    drop
    local.get 5269
    drop
    local.get 5270
    drop
    local.get 5271
    drop
    local.get 5272
    drop
    local.get 5273
    drop
    local.get 5274
    drop
    local.get 5275
    drop
    local.get 5276
    drop
    local.get 5277
    drop
    local.get 5278
    drop
    local.get 5279
    drop
    local.get 5280
    drop
    local.get 5281
    drop
    local.get 5282
    drop
    local.get 5283
    drop
    local.get 5284
    drop
    local.get 5285
    drop
    local.get 5286
    drop
    local.get 5287
    drop
    local.get 5288
    drop
    local.get 5289
    drop
    local.get 5290
    drop
    local.get 5291
    drop
    local.get 5292
    drop
    local.get 5293
    drop
    local.get 5294
    drop
    local.get 5295
    drop
    local.get 5296
    drop
    local.get 5297
    drop
    local.get 5298
    drop
    local.get 5299
    drop
    local.get 5300
    drop
    local.get 5301
    drop
    local.get 5302
    drop
    local.get 5303
    drop
    local.get 5304
    drop
    local.get 5305
    drop
    local.get 5306
    drop
    local.get 5307
    drop
    local.get 5308
    drop
    local.get 5309
    drop
    local.get 5310
    drop
    local.get 5311
    drop
    local.get 5312
    drop
    local.get 5313
    drop
    local.get 5314
    drop
    local.get 5315
    drop
    local.get 5316
    drop
    local.get 5317
    drop
    local.get 5318
    drop
    local.get 5319
    drop
    local.get 5320
    drop
    local.get 5321
    drop
    local.get 5322
    drop
    local.get 5323
    drop
    local.get 5324
    drop
    local.get 5325
    drop
    local.get 5326
    drop
    local.get 5327
    drop
    local.get 5328
    drop
    local.get 5329
    drop
    local.get 5330
    drop
    local.get 5331
    drop
    local.get 5332
    drop
    local.get 5333
    drop
    local.get 5334
    drop
    local.get 5335
    drop
    local.get 5336
    drop
    local.get 5337
    drop
    local.get 5338
    drop
    local.get 5339
    drop
    local.get 5340
    drop
    local.get 5341
    drop
    local.get 5342
    drop
    local.get 5343
    drop
    local.get 5344
    drop
    local.get 5345
    drop
    local.get 5346
    drop
    local.get 5347
    drop
    local.get 5348
    drop
    local.get 5349
    drop
    local.get 5350
    drop
    local.get 5351
    drop
    local.get 5352
    drop
    local.get 5353
    drop
    local.get 5354
    drop
    local.get 5355
    drop
    local.get 5356
    drop
    local.get 5357
    drop
    local.get 5358
    drop
    local.get 5359
    drop
    local.get 5360
    drop
    local.get 5361
    drop
    local.get 5362
    drop
    local.get 5363
    drop
    local.get 5364
    drop
    local.get 5365
    drop
    local.get 5366
    drop
    local.get 5367
    drop
    local.get 5368
    drop
    local.get 5369
    drop
    local.get 5370
    drop
    local.get 5371
    drop
    local.get 5372
    drop
    local.get 5373
    drop
    local.get 5374
    drop
    local.get 5375
    drop
    local.get 5376
    drop
    local.get 5377
    drop
    local.get 5378
    drop
    local.get 5379
    drop
    local.get 5380
    drop
    local.get 5381
    drop
    local.get 5382
    drop
    local.get 5383
    drop
    local.get 5384
    drop
    local.get 5385
    drop
    local.get 5386
    drop
    local.get 5387
    drop
    local.get 5388
    drop
    local.get 5389
    drop
    local.get 5390
    drop
    local.get 5391
    drop
    local.get 5392
    drop
    local.get 5393
    drop
    local.get 5394
    drop
    local.get 5395
    drop
    local.get 5396
    drop
    local.get 5397
    drop
    local.get 5398
    drop
    local.get 5399
    drop
    local.get 5400
    drop
    local.get 5401
    drop
    local.get 5402
    drop
    local.get 5403
    drop
    local.get 5404
    drop
    local.get 5405
    drop
    local.get 5406
    drop
    local.get 5407
    drop
    local.get 5408
    drop
    local.get 5409
    drop
    local.get 5410
    drop
    local.get 5411
    drop
    local.get 5412
    drop
    local.get 5413
    drop
    local.get 5414
    drop
    local.get 5415
    drop
    local.get 5416
    drop
    local.get 5417
    drop
    local.get 5418
    drop
    local.get 5419
    drop
    local.get 5420
    drop
    local.get 5421
    drop
    local.get 5422
    drop
    local.get 5423
    drop
    local.get 5424
    drop
    local.get 5425
    drop
    local.get 5426
    drop
    local.get 5427
    drop
    local.get 5428
    drop
    local.get 5429
    drop
    local.get 5430
    drop
    local.get 5431
    drop
    local.get 5432
    drop
    local.get 5433
    drop
    local.get 5434
    drop
    local.get 5435
    drop
    local.get 5436
    drop
    local.get 5437
    drop
    local.get 5438
    drop
    local.get 5439
    drop
    local.get 5440
    drop
    local.get 5441
    drop
    local.get 5442
    drop
    local.get 5443
    drop
    local.get 5444
    drop
    local.get 5445
    drop
    local.get 5446
    drop
    local.get 5447
    drop
    local.get 5448
    drop
    local.get 5449
    drop
    local.get 5450
    drop
    local.get 5451
    drop
    local.get 5452
    drop
    local.get 5453
    drop
    local.get 5454
    drop
    local.get 5455
    drop
    local.get 5456
    drop
    local.get 5457
    drop
    local.get 5458
    drop
    local.get 5459
    drop
    local.get 5460
    drop
    local.get 5461
    drop
    local.get 5462
    drop
    local.get 5463
    drop
    local.get 5464
    drop
    local.get 5465
    drop
    local.get 5466
    drop
    local.get 5467
    drop
    local.get 5468
    drop
    local.get 5469
    drop
    local.get 5470
    drop
    local.get 5471
    drop
    local.get 5472
    drop
    local.get 5473
    drop
    local.get 5474
    drop
    local.get 5475
    drop
    local.get 5476
    drop
    local.get 5477
    drop
    local.get 5478
    drop
    local.get 5479
    drop
    local.get 5480
    drop
    local.get 5481
    drop
    local.get 5482
    drop
    local.get 5483
    drop
    local.get 5484
    drop
    local.get 5485
    drop
    local.get 5486
    drop
    local.get 5487
    drop
    local.get 5488
    drop
    local.get 5489
    drop
    local.get 5490
    drop
    local.get 5491
    drop
    local.get 5492
    drop
    local.get 5493
    drop
    local.get 5494
    drop
    local.get 5495
    drop
    local.get 5496
    drop
    local.get 5497
    drop
    local.get 5498
    drop
    local.get 5499
    drop
    local.get 5500
    drop
    local.get 5501
    drop
    local.get 5502
    drop
    local.get 5503
    drop
    local.get 5504
    drop
    local.get 5505
    drop
    local.get 5506
    drop
    local.get 5507
    drop
    local.get 5508
    drop
    local.get 5509
    drop
    local.get 5510
    drop
    local.get 5511
    drop
    local.get 5512
    drop
    local.get 5513
    drop
    local.get 5514
    drop
    local.get 5515
    drop
    local.get 5516
    drop
    local.get 5517
    drop
    local.get 5518
    drop
    local.get 5519
    drop
    local.get 5520
    drop
    local.get 5521
    drop
    local.get 5522
    drop
    local.get 5523
    drop
    local.get 5524
    drop
    local.get 5525
    drop
    local.get 5526
    drop
    local.get 5527
    drop
    local.get 5528
    drop
    local.get 5529
    drop
    local.get 5530
    drop
    local.get 5531
    drop
    local.get 5532
    drop
    local.get 5533
    drop
    local.get 5534
    drop
    local.get 5535
    drop
    local.get 5536
    drop
    local.get 5537
    drop
    local.get 5538
    drop
    local.get 5539
    drop
    local.get 5540
    drop
    local.get 5541
    drop
    local.get 5542
    drop
    local.get 5543
    drop
    local.get 5544
    drop
    local.get 5545
    drop
    local.get 5546
    drop
    local.get 5547
    drop
    local.get 5548
    drop
    local.get 5549
    drop
    local.get 5550
    drop
    local.get 5551
    drop
    local.get 5552
    drop
    local.get 5553
    drop
    local.get 5554
    drop
    local.get 5555
    drop
    local.get 5556
    drop
    local.get 5557
    drop
    local.get 5558
    drop
    local.get 5559
    drop
    local.get 5560
    drop
    local.get 5561
    drop
    local.get 5562
    drop
    local.get 5563
    drop
    local.get 5564
    drop
    local.get 5565
    drop
    local.get 5566
    drop
    local.get 5567
    drop
    local.get 5568
    drop
    local.get 5569
    drop
    local.get 5570
    drop
    local.get 5571
    drop
    local.get 5572
    drop
    local.get 5573
    drop
    local.get 5574
    drop
    local.get 5575
    drop
    local.get 5576
    drop
    local.get 5577
    drop
    local.get 5578
    drop
    local.get 5579
    drop
    local.get 5580
    drop
    local.get 5581
    drop
    local.get 5582
    drop
    local.get 5583
    drop
    local.get 5584
    drop
    local.get 5585
    drop
    local.get 5586
    drop
    local.get 5587
    drop
    local.get 5588
    drop
    local.get 5589
    drop
    local.get 5590
    drop
    local.get 5591
    drop
    local.get 5592
    drop
    local.get 5593
    drop
    local.get 5594
    drop
    local.get 5595
    drop
    local.get 5596
    drop
    local.get 5597
    drop
    local.get 5598
    drop
    local.get 5599
    drop
    local.get 5600
    drop
    local.get 5601
    drop
    local.get 5602
    drop
    local.get 5603
    drop
    local.get 5604
    drop
    local.get 5605
    drop
    local.get 5606
    drop
    local.get 5607
    drop
    local.get 5608
    drop
    local.get 5609
    drop
    local.get 5610
    drop
    local.get 5611
    drop
    local.get 5612
    drop
    local.get 5613
    drop
    local.get 5614
    drop
    local.get 5615
    drop
    local.get 5616
    drop
    local.get 5617
    drop
    local.get 5618
    drop
    local.get 5619
    drop
    local.get 5620
    drop
    local.get 5621
    drop
    local.get 5622
    drop
    local.get 5623
    drop
    local.get 5624
    drop
    local.get 5625
    drop
    local.get 5626
    drop
    local.get 5627
    drop
    local.get 5628
    drop
    local.get 5629
    drop
    local.get 5630
    drop
    local.get 5631
    drop
    local.get 5632
    drop
    local.get 5633
    drop
    local.get 5634
    drop
    local.get 5635
    drop
    local.get 5636
    drop
    local.get 5637
    drop
    local.get 5638
    drop
    local.get 5639
    drop
    local.get 5640
    drop
    local.get 5641
    drop
    local.get 5642
    drop
    local.get 5643
    drop
    local.get 5644
    drop
    local.get 5645
    drop
    local.get 5646
    drop
    local.get 5647
    drop
    local.get 5648
    drop
    local.get 5649
    drop
    local.get 5650
    drop
    local.get 5651
    drop
    local.get 5652
    drop
    local.get 5653
    drop
    local.get 5654
    drop
    local.get 5655
    drop
    local.get 5656
    drop
    local.get 5657
    drop
    local.get 5658
    drop
    local.get 5659
    drop
    local.get 5660
    drop
    local.get 5661
    drop
    local.get 5662
    drop
    local.get 5663
    drop
    local.get 5664
    drop
    local.get 5665
    drop
    local.get 5666
    drop
    local.get 5667
    drop
    local.get 5668
    drop
    local.get 5669
    drop
    local.get 5670
    drop
    local.get 5671
    drop
    local.get 5672
    drop
    local.get 5673
    drop
    local.get 5674
    drop
    local.get 5675
    drop
    local.get 5676
    drop
    local.get 5677
    drop
    local.get 5678
    drop
    local.get 5679
    drop
    local.get 5680
    drop
    local.get 5681
    drop
    local.get 5682
    drop
    local.get 5683
    drop
    local.get 5684
    drop
    local.get 5685
    drop
    local.get 5686
    drop
    local.get 5687
    drop
    local.get 5688
    drop
    local.get 5689
    drop
    local.get 5690
    drop
    local.get 5691
    drop
    local.get 5692
    drop
    local.get 5693
    drop
    local.get 5694
    drop
    local.get 5695
    drop
    local.get 5696
    drop
    local.get 5697
    drop
    local.get 5698
    drop
    local.get 5699
    drop
    local.get 5700
    drop
    local.get 5701
    drop
    local.get 5702
    drop
    local.get 5703
    drop
    local.get 5704
    drop
    local.get 5705
    drop
    local.get 5706
    drop
    local.get 5707
    drop
    local.get 5708
    drop
    local.get 5709
    drop
    local.get 5710
    drop
    local.get 5711
    drop
    local.get 5712
    drop
    local.get 5713
    drop
    local.get 5714
    drop
    local.get 5715
    drop
    local.get 5716
    drop
    local.get 5717
    drop
    local.get 5718
    drop
    local.get 5719
    drop
    local.get 5720
    drop
    local.get 5721
    drop
    local.get 5722
    drop
    local.get 5723
    drop
    local.get 5724
    drop
    local.get 5725
    drop
    local.get 5726
    drop
    local.get 5727
    drop
    local.get 5728
    drop
    local.get 5729
    drop
    local.get 5730
    drop
    local.get 5731
    drop
    local.get 5732
    drop
    local.get 5733
    drop
    local.get 5734
    drop
    local.get 5735
    drop
    local.get 5736
    drop
    local.get 5737
    drop
    local.get 5738
    drop
    local.get 5739
    drop
    local.get 5740
    drop
    local.get 5741
    drop
    local.get 5742
    drop
    local.get 5743
    drop
    local.get 5744
    drop
    local.get 5745
    drop
    local.get 5746
    drop
    local.get 5747
    drop
    local.get 5748
    drop
    local.get 5749
    drop
    local.get 5750
    drop
    local.get 5751
    drop
    local.get 5752
    drop
    local.get 5753
    drop
    local.get 5754
    drop
    local.get 5755
    drop
    local.get 5756
    drop
    local.get 5757
    drop
    local.get 5758
    drop
    local.get 5759
    drop
    local.get 5760
    drop
    local.get 5761
    drop
    local.get 5762
    drop
    local.get 5763
    drop
    local.get 5764
    drop
    local.get 5765
    drop
    local.get 5766
    drop
    local.get 5767
    drop
    local.get 5768
    drop
    local.get 5769
    drop
    local.get 5770
    drop
    local.get 5771
    drop
    local.get 5772
    drop
    local.get 5773
    drop
    local.get 5774
    drop
    local.get 5775
    drop
    local.get 5776
    drop
    local.get 5777
    drop
    local.get 5778
    drop
    local.get 5779
    drop
    local.get 5780
    drop
    local.get 5781
    drop
    local.get 5782
    drop
    local.get 5783
    drop
    local.get 5784
    drop
    local.get 5785
    drop
    local.get 5786
    drop
    local.get 5787
    drop
    local.get 5788
    drop
    local.get 5789
    drop
    local.get 5790
    drop
    local.get 5791
    drop
    local.get 5792
    drop
    local.get 5793
    drop
    local.get 5794
    drop
    local.get 5795
    drop
    local.get 5796
    drop
    local.get 5797
    drop
    local.get 5798
    drop
    local.get 5799
    drop
    local.get 5800
    drop
    local.get 5801
    drop
    local.get 5802
    drop
    local.get 5803
    drop
    local.get 5804
    drop
    local.get 5805
    drop
    local.get 5806
    drop
    local.get 5807
    drop
    local.get 5808
    drop
    local.get 5809
    drop
    local.get 5810
    drop
    local.get 5811
    drop
    local.get 5812
    drop
    local.get 5813
    drop
    local.get 5814
    drop
    local.get 5815
    drop
    local.get 5816
    drop
    local.get 5817
    drop
    local.get 5818
    drop
    local.get 5819
    drop
    local.get 5820
    drop
    local.get 5821
    drop
    local.get 5822
    drop
    local.get 5823
    drop
    local.get 5824
    drop
    local.get 5825
    drop
    local.get 5826
    drop
    local.get 5827
    drop
    local.get 5828
    drop
    local.get 5829
    drop
    local.get 5830
    drop
    local.get 5831
    drop
    local.get 5832
    drop
    local.get 5833
    drop
    local.get 5834
    drop
    local.get 5835
    drop
    local.get 5836
    drop
    local.get 5837
    drop
    local.get 5838
    drop
    local.get 5839
    drop
    local.get 5840
    drop
    local.get 5841
    drop
    local.get 5842
    drop
    local.get 5843
    drop
    local.get 5844
    drop
    local.get 5845
    drop
    local.get 5846
    drop
    local.get 5847
    drop
    local.get 5848
    drop
    local.get 5849
    drop
    local.get 5850
    drop
    local.get 5851
    drop
    local.get 5852
    drop
    local.get 5853
    drop
    local.get 5854
    drop
    local.get 5855
    drop
    local.get 5856
    drop
    local.get 5857
    drop
    local.get 5858
    drop
    local.get 5859
    drop
    local.get 5860
    drop
    local.get 5861
    drop
    local.get 5862
    drop
    local.get 5863
    drop
    local.get 5864
    drop
    local.get 5865
    drop
    local.get 5866
    drop
    local.get 5867
    drop
    local.get 5868
    drop
    local.get 5869
    drop
    local.get 5870
    drop
    local.get 5871
    drop
    local.get 5872
    drop
    local.get 5873
    drop
    local.get 5874
    drop
    local.get 5875
    drop
    local.get 5876
    drop
    local.get 5877
    drop
    local.get 5878
    drop
    local.get 5879
    drop
    local.get 5880
    drop
    local.get 5881
    drop
    local.get 5882
    drop
    local.get 5883
    drop
    local.get 5884
    drop
    local.get 5885
    drop
    local.get 5886
    drop
    local.get 5887
    drop
    local.get 5888
    drop
    local.get 5889
    drop
    local.get 5890
    drop
    local.get 5891
    drop
    local.get 5892
    drop
    local.get 5893
    drop
    local.get 5894
    drop
    local.get 5895
    drop
    local.get 5896
    drop
    local.get 5897
    drop
    local.get 5898
    drop
    local.get 5899
    drop
    local.get 5900
    drop
    local.get 5901
    drop
    local.get 5902
    drop
    local.get 5903
    drop
    local.get 5904
    drop
    local.get 5905
    drop
    local.get 5906
    drop
    local.get 5907
    drop
    local.get 5908
    drop
    local.get 5909
    drop
    local.get 5910
    drop
    local.get 5911
    drop
    local.get 5912
    drop
    local.get 5913
    drop
    local.get 5914
    drop
    local.get 5915
    drop
    local.get 5916
    drop
    local.get 5917
    drop
    local.get 5918
    drop
    local.get 5919
    drop
    local.get 5920
    drop
    local.get 5921
    drop
    local.get 5922
    drop
    local.get 5923
    drop
    local.get 5924
    drop
    local.get 5925
    drop
    local.get 5926
    drop
    local.get 5927
    drop
    local.get 5928
    drop
    local.get 5929
    drop
    local.get 5930
    drop
    local.get 5931
    drop
    local.get 5932
    drop
    local.get 5933
    drop
    local.get 5934
    drop
    local.get 5935
    drop
    local.get 5936
    drop
    local.get 5937
    drop
    local.get 5938
    drop
    local.get 5939
    drop
    local.get 5940
    drop
    local.get 5941
    drop
    local.get 5942
    drop
    local.get 5943
    drop
    local.get 5944
    drop
    local.get 5945
    drop
    local.get 5946
    drop
    local.get 5947
    drop
    local.get 5948
    drop
    local.get 5949
    drop
    local.get 5950
    drop
    local.get 5951
    drop
    local.get 5952
    drop
    local.get 5953
    drop
    local.get 5954
    drop
    local.get 5955
    drop
    local.get 5956
    drop
    local.get 5957
    drop
    local.get 5958
    drop
    local.get 5959
    drop
    local.get 5960
    drop
    local.get 5961
    drop
    local.get 5962
    drop
    local.get 5963
    drop
    local.get 5964
    drop
    local.get 5965
    drop
    local.get 5966
    drop
    local.get 5967
    drop
    local.get 5968
    drop
    local.get 5969
    drop
    local.get 5970
    drop
    local.get 5971
    drop
    local.get 5972
    drop
    local.get 5973
    drop
    local.get 5974
    drop
    local.get 5975
    drop
    local.get 5976
    drop
    local.get 5977
    drop
    local.get 5978
    drop
    local.get 5979
    drop
    local.get 5980
    drop
    local.get 5981
    drop
    local.get 5982
    drop
    local.get 5983
    drop
    local.get 5984
    drop
    local.get 5985
    drop
    local.get 5986
    drop
    local.get 5987
    drop
    local.get 5988
    drop
    local.get 5989
    drop
    local.get 5990
    drop
    local.get 5991
    drop
    local.get 5992
    drop
    local.get 5993
    drop
    local.get 5994
    drop
    local.get 5995
    drop
    local.get 5996
    drop
    local.get 5997
    drop
    local.get 5998
    drop
    local.get 5999
    drop
    local.get 6000
    drop
    local.get 6001
    drop
    local.get 6002
    drop
    local.get 6003
    drop
    local.get 6004
    drop
    local.get 6005
    drop
    local.get 6006
    drop
    local.get 6007
    drop
    local.get 6008
    drop
    local.get 6009
    drop
    local.get 6010
    drop
    local.get 6011
    drop
    local.get 6012
    drop
    local.get 6013
    drop
    local.get 6014
    drop
    local.get 6015
    drop
    local.get 6016
    drop
    local.get 6017
    drop
    local.get 6018
    drop
    local.get 6019
    drop
    local.get 6020
    drop
    local.get 6021
    drop
    local.get 6022
    drop
    local.get 6023
    drop
    local.get 6024
    drop
    local.get 6025
    drop
    local.get 6026
    drop
    local.get 6027
    drop
    local.get 6028
    drop
    local.get 6029
    drop
    local.get 6030
    drop
    local.get 6031
    drop
    local.get 6032
    drop
    local.get 6033
    drop
    local.get 6034
    drop
    local.get 6035
    drop
    local.get 6036
    drop
    local.get 6037
    drop
    local.get 6038
    drop
    local.get 6039
    drop
    local.get 6040
    drop
    local.get 6041
    drop
    local.get 6042
    drop
    local.get 6043
    drop
    local.get 6044
    drop
    local.get 6045
    drop
    local.get 6046
    drop
    local.get 6047
    drop
    local.get 6048
    drop
    local.get 6049
    drop
    local.get 6050
    drop
    local.get 6051
    drop
    local.get 6052
    drop
    local.get 6053
    drop
    local.get 6054
    drop
    local.get 6055
    drop
    local.get 6056
    drop
    local.get 6057
    drop
    local.get 6058
    drop
    local.get 6059
    drop
    local.get 6060
    drop
    local.get 6061
    drop
    local.get 6062
    drop
    local.get 6063
    drop
    local.get 6064
    drop
    local.get 6065
    drop
    local.get 6066
    drop
    local.get 6067
    drop
    local.get 6068
    drop
    local.get 6069
    drop
    local.get 6070
    drop
    local.get 6071
    drop
    local.get 6072
    drop
    local.get 6073
    drop
    local.get 6074
    drop
    local.get 6075
    drop
    local.get 6076
    drop
    local.get 6077
    drop
    local.get 6078
    drop
    local.get 6079
    drop
    local.get 6080
    drop
    local.get 6081
    drop
    local.get 6082
    drop
    local.get 6083
    drop
    local.get 6084
    drop
    local.get 6085
    drop
    local.get 6086
    drop
    local.get 6087
    drop
    local.get 6088
    drop
    local.get 6089
    drop
    local.get 6090
    drop
    local.get 6091
    drop
    local.get 6092
    drop
    local.get 6093
    drop
    local.get 6094
    drop
    local.get 6095
    drop
    local.get 6096
    drop
    local.get 6097
    drop
    local.get 6098
    drop
    local.get 6099
    drop
    local.get 6100
    drop
    local.get 6101
    drop
    local.get 6102
    drop
    local.get 6103
    drop
    local.get 6104
    drop
    local.get 6105
    drop
    local.get 6106
    drop
    local.get 6107
    drop
    local.get 6108
    drop
    local.get 6109
    drop
    local.get 6110
    drop
    local.get 6111
    drop
    local.get 6112
    drop
    local.get 6113
    drop
    local.get 6114
    drop
    local.get 6115
    drop
    local.get 6116
    drop
    local.get 6117
    drop
    local.get 6118
    drop
    local.get 6119
    drop
    local.get 6120
    drop
    local.get 6121
    drop
    local.get 6122
    drop
    local.get 6123
    drop
    local.get 6124
    drop
    local.get 6125
    drop
    local.get 6126
    drop
    local.get 6127
    drop
    local.get 6128
    drop
    local.get 6129
    drop
    local.get 6130
    drop
    local.get 6131
    drop
    local.get 6132
    drop
    local.get 6133
    drop
    local.get 6134
    drop
    local.get 6135
    drop
    local.get 6136
    drop
    local.get 6137
    drop
    local.get 6138
    drop
    local.get 6139
    drop
    local.get 6140
    drop
    local.get 6141
    drop
    local.get 6142
    drop
    local.get 6143
    drop
    local.get 6144
    drop
    local.get 6145
    drop
    local.get 6146
    drop
    local.get 6147
    drop
    local.get 6148
    drop
    local.get 6149
    drop
    local.get 6150
    drop
    local.get 6151
    drop
    local.get 6152
    drop
    local.get 6153
    drop
    local.get 6154
    drop
    local.get 6155
    drop
    local.get 6156
    drop
    local.get 6157
    drop
    local.get 6158
    drop
    local.get 6159
    drop
    local.get 6160
    drop
    local.get 6161
    drop
    local.get 6162
    drop
    local.get 6163
    drop
    local.get 6164
    drop
    local.get 6165
    drop
    local.get 6166
    drop
    local.get 6167
    drop
    local.get 6168
    drop
    local.get 6169
    drop
    local.get 6170
    drop
    local.get 6171
    drop
    local.get 6172
    drop
    local.get 6173
    drop
    local.get 6174
    drop
    local.get 6175
    drop
    local.get 6176
    drop
    local.get 6177
    drop
    local.get 6178
    drop
    local.get 6179
    drop
    local.get 6180
    drop
    local.get 6181
    drop
    local.get 6182
    drop
    local.get 6183
    drop
    local.get 6184
    drop
    local.get 6185
    drop
    local.get 6186
    drop
    local.get 6187
    drop
    local.get 6188
    drop
    local.get 6189
    drop
    local.get 6190
    drop
    local.get 6191
    drop
    local.get 6192
    drop
    local.get 6193
    drop
    local.get 6194
    drop
    local.get 6195
    drop
    local.get 6196
    drop
    local.get 6197
    drop
    local.get 6198
    drop
    local.get 6199
    drop
    local.get 6200
    drop
    local.get 6201
    drop
    local.get 6202
    drop
    local.get 6203
    drop
    local.get 6204
    drop
    local.get 6205
    drop
    local.get 6206
    drop
    local.get 6207
    drop
    local.get 6208
    drop
    local.get 6209
    drop
    local.get 6210
    drop
    local.get 6211
    drop
    local.get 6212
    drop
    local.get 6213
    drop
    local.get 6214
    drop
    local.get 6215
    drop
    local.get 6216
    drop
    local.get 6217
    drop
    local.get 6218
    drop
    local.get 6219
    drop
    local.get 6220
    drop
    local.get 6221
    drop
    local.get 6222
    drop
    local.get 6223
    drop
    local.get 6224
    drop
    local.get 6225
    drop
    local.get 6226
    drop
    local.get 6227
    drop
    local.get 6228
    drop
    local.get 6229
    drop
    local.get 6230
    drop
    local.get 6231
    drop
    local.get 6232
    drop
    local.get 6233
    drop
    local.get 6234
    drop
    local.get 6235
    drop
    local.get 6236
    drop
    local.get 6237
    drop
    local.get 6238
    drop
    local.get 6239
    drop
    local.get 6240
    drop
    local.get 6241
    drop
    local.get 6242
    drop
    local.get 6243
    drop
    local.get 6244
    drop
    local.get 6245
    drop
    local.get 6246
    drop
    local.get 6247
    drop
    local.get 6248
    drop
    local.get 6249
    drop
    local.get 6250
    drop
    local.get 6251
    drop
    local.get 6252
    drop
    local.get 6253
    drop
    local.get 6254
    drop
    local.get 6255
    drop
    local.get 6256
    drop
    local.get 6257
    drop
    local.get 6258
    drop
    local.get 6259
    drop
    local.get 6260
    drop
    local.get 6261
    drop
    local.get 6262
    drop
    local.get 6263
    drop
    local.get 6264
    drop
    local.get 6265
    drop
    local.get 6266
    drop
    local.get 6267
    drop
    local.get 6268
    drop
    local.get 6269
    drop
    local.get 6270
    drop
    local.get 6271
    drop
    local.get 6272
    drop
    local.get 6273
    drop
    local.get 6274
    drop
    local.get 6275
    drop
    local.get 6276
    drop
    local.get 6277
    drop
    local.get 6278
    drop
    local.get 6279
    drop
    local.get 6280
    drop
    local.get 6281
    drop
    local.get 6282
    drop
    local.get 6283
    drop
    local.get 6284
    drop
    local.get 6285
    drop
    local.get 6286
    drop
    local.get 6287
    drop
    local.get 6288
    drop
    local.get 6289
    drop
    local.get 6290
    drop
    local.get 6291
    drop
    local.get 6292
    drop
    local.get 6293
    drop
    local.get 6294
    drop
    local.get 6295
    drop
    local.get 6296
    drop
    local.get 6297
    drop
    local.get 6298
    drop
    local.get 6299
    drop
    local.get 6300
    drop
    local.get 6301
    drop
    local.get 6302
    drop
    local.get 6303
    drop
    local.get 6304
    drop
    local.get 6305
    drop
    local.get 6306
    drop
    local.get 6307
    drop
    local.get 6308
    drop
    local.get 6309
    drop
    local.get 6310
    drop
    local.get 6311
    drop
    local.get 6312
    drop
    local.get 6313
    drop
    local.get 6314
    drop
    local.get 6315
    drop
    local.get 6316
    drop
    local.get 6317
    drop
    local.get 6318
    drop
    local.get 6319
    drop
    local.get 6320
    drop
    local.get 6321
    drop
    local.get 6322
    drop
    local.get 6323
    drop
    local.get 6324
    drop
    local.get 6325
    drop
    local.get 6326
    drop
    local.get 6327
    drop
    local.get 6328
    drop
    local.get 6329
    drop
    local.get 6330
    drop
    local.get 6331
    drop
    local.get 6332
    drop
    local.get 6333
    drop
    local.get 6334
    drop
    local.get 6335
    drop
    local.get 6336
    drop
    local.get 6337
    drop
    local.get 6338
    drop
    local.get 6339
    drop
    local.get 6340
    drop
    local.get 6341
    drop
    local.get 6342
    drop
    local.get 6343
    drop
    local.get 6344
    drop
    local.get 6345
    drop
    local.get 6346
    drop
    local.get 6347
    drop
    local.get 6348
    drop
    local.get 6349
    drop
    local.get 6350
    drop
    local.get 6351
    drop
    local.get 6352
    drop
    local.get 6353
    drop
    local.get 6354
    drop
    local.get 6355
    drop
    local.get 6356
    drop
    local.get 6357
    drop
    local.get 6358
    drop
    local.get 6359
    drop
    local.get 6360
    drop
    local.get 6361
    drop
    local.get 6362
    drop
    local.get 6363
    drop
    local.get 6364
    drop
    local.get 6365
    drop
    local.get 6366
    drop
    local.get 6367
    drop
    local.get 6368
    drop
    local.get 6369
    drop
    local.get 6370
    drop
    local.get 6371
    drop
    local.get 6372
    drop
    local.get 6373
    drop
    local.get 6374
    drop
    local.get 6375
    drop
    local.get 6376
    drop
    local.get 6377
    drop
    local.get 6378
    drop
    local.get 6379
    drop
    local.get 6380
    drop
    local.get 6381
    drop
    local.get 6382
    drop
    local.get 6383
    drop
    local.get 6384
    drop
    local.get 6385
    drop
    local.get 6386
    drop
    local.get 6387
    drop
    local.get 6388
    drop
    local.get 6389
    drop
    local.get 6390
    drop
    local.get 6391
    drop
    local.get 6392
    drop
    local.get 6393
    drop
    local.get 6394
    drop
    local.get 6395
    drop
    local.get 6396
    drop
    local.get 6397
    drop
    local.get 6398
    drop
    local.get 6399
    drop
    local.get 6400
    drop
    local.get 6401
    drop
    local.get 6402
    drop
    local.get 6403
    drop
    local.get 6404
    drop
    local.get 6405
    drop
    local.get 6406
    drop
    local.get 6407
    drop
    local.get 6408
    drop
    local.get 6409
    drop
    local.get 6410
    drop
    local.get 6411
    drop
    local.get 6412
    drop
    local.get 6413
    drop
    local.get 6414
    drop
    local.get 6415
    drop
    local.get 6416
    drop
    local.get 6417
    drop
    local.get 6418
    drop
    local.get 6419
    drop
    local.get 6420
    drop
    local.get 6421
    drop
    local.get 6422
    drop
    local.get 6423
    drop
    local.get 6424
    drop
    local.get 6425
    drop
    local.get 6426
    drop
    local.get 6427
    drop
    local.get 6428
    drop
    local.get 6429
    drop
    local.get 6430
    drop
    local.get 6431
    drop
    local.get 6432
    drop
    local.get 6433
    drop
    local.get 6434
    drop
    local.get 6435
    drop
    local.get 6436
    drop
    local.get 6437
    drop
    local.get 6438
    drop
    local.get 6439
    drop
    local.get 6440
    drop
    local.get 6441
    drop
    local.get 6442
    drop
    local.get 6443
    drop
    local.get 6444
    drop
    local.get 6445
    drop
    local.get 6446
    drop
    local.get 6447
    drop
    local.get 6448
    drop
    local.get 6449
    drop
    local.get 6450
    drop
    local.get 6451
    drop
    local.get 6452
    drop
    local.get 6453
    drop
    local.get 6454
    drop
    local.get 6455
    drop
    local.get 6456
    drop
    local.get 6457
    drop
    local.get 6458
    drop
    local.get 6459
    drop
    local.get 6460
    drop
    local.get 6461
    drop
    local.get 6462
    drop
    local.get 6463
    drop
    local.get 6464
    drop
    local.get 6465
    drop
    local.get 6466
    drop
    local.get 6467
    drop
    local.get 6468
    drop
    local.get 6469
    drop
    local.get 6470
    drop
    local.get 6471
    drop
    local.get 6472
    drop
    local.get 6473
    drop
    local.get 6474
    drop
    local.get 6475
    drop
    local.get 6476
    drop
    local.get 6477
    drop
    local.get 6478
    drop
    local.get 6479
    drop
    local.get 6480
    drop
    local.get 6481
    drop
    local.get 6482
    drop
    local.get 6483
    drop
    local.get 6484
    drop
    local.get 6485
    drop
    local.get 6486
    drop
    local.get 6487
    drop
    local.get 6488
    drop
    local.get 6489
    drop
    local.get 6490
    drop
    local.get 6491
    drop
    local.get 6492
    drop
    local.get 6493
    drop
    local.get 6494
    drop
    local.get 6495
    drop
    local.get 6496
    drop
    local.get 6497
    drop
    local.get 6498
    drop
    local.get 6499
    drop
    local.get 6500
    drop
    local.get 6501
    drop
    local.get 6502
    drop
    local.get 6503
    drop
    local.get 6504
    drop
    local.get 6505
    drop
    local.get 6506
    drop
    local.get 6507
    drop
    local.get 6508
    drop
    local.get 6509
    drop
    local.get 6510
    drop
    local.get 6511
    drop
    local.get 6512
    drop
    local.get 6513
    drop
    local.get 6514
    drop
    local.get 6515
    drop
    local.get 6516
    drop
    local.get 6517
    drop
    local.get 6518
    drop
    local.get 6519
    drop
    local.get 6520
    drop
    local.get 6521
    drop
    local.get 6522
    drop
    local.get 6523
    drop
    local.get 6524
    drop
    local.get 6525
    drop
    local.get 6526
    drop
    local.get 6527
    drop
    local.get 6528
    drop
    local.get 6529
    drop
    local.get 6530
    drop
    local.get 6531
    drop
    local.get 6532
    drop
    local.get 6533
    drop
    local.get 6534
    drop
    local.get 6535
    drop
    local.get 6536
    drop
    local.get 6537
    drop
    local.get 6538
    drop
    local.get 6539
    drop
    local.get 6540
    drop
    local.get 6541
    drop
    local.get 6542
    drop
    local.get 6543
    drop
    local.get 6544
    drop
    local.get 6545
    drop
    local.get 6546
    drop
    local.get 6547
    drop
    local.get 6548
    drop
    local.get 6549
    drop
    local.get 6550
    drop
    local.get 6551
    drop
    local.get 6552
    drop
    local.get 6553
    drop
    local.get 6554
    drop
    local.get 6555
    drop
    local.get 6556
    drop
    local.get 6557
    drop
    local.get 6558
    drop
    local.get 6559
    drop
    local.get 6560
    drop
    local.get 6561
    drop
    local.get 6562
    drop
    local.get 6563
    drop
    local.get 6564
    drop
    local.get 6565
    drop
    local.get 6566
    drop
    local.get 6567
    drop
    local.get 6568
    drop
    local.get 6569
    drop
    local.get 6570
    drop
    local.get 6571
    drop
    local.get 6572
    drop
    local.get 6573
    drop
    local.get 6574
    drop
    local.get 6575
    drop
    local.get 6576
    drop
    local.get 6577
    drop
    local.get 6578
    drop
    local.get 6579
    drop
    local.get 6580
    drop
    local.get 6581
    drop
    local.get 6582
    drop
    local.get 6583
    drop
    local.get 6584
    drop
    local.get 6585
    drop
    local.get 6586
    drop
    local.get 6587
    drop
    local.get 6588
    drop
    local.get 6589
    drop
    local.get 6590
    drop
    local.get 6591
    drop
    local.get 6592
    drop
    local.get 6593
    drop
    local.get 6594
    drop
    local.get 6595
    drop
    local.get 6596
    drop
    local.get 6597
    drop
    local.get 6598
    drop
    local.get 6599
    drop
    local.get 6600
    drop
    local.get 6601
    drop
    local.get 6602
    drop
    local.get 6603
    drop
    local.get 6604
    drop
    local.get 6605
    drop
    local.get 6606
    drop
    local.get 6607
    drop
    local.get 6608
    drop
    local.get 6609
    drop
    local.get 6610
    drop
    local.get 6611
    drop
    local.get 6612
    drop
    local.get 6613
    drop
    local.get 6614
    drop
    local.get 6615
    drop
    local.get 6616
    drop
    local.get 6617
    drop
    local.get 6618
    drop
    local.get 6619
    drop
    local.get 6620
    drop
    local.get 6621
    drop
    local.get 6622
    drop
    local.get 6623
    drop
    local.get 6624
    drop
    local.get 6625
    drop
    local.get 6626
    drop
    local.get 6627
    drop
    local.get 6628
    drop
    local.get 6629
    drop
    local.get 6630
    drop
    local.get 6631
    drop
    local.get 6632
    drop
    local.get 6633
    drop
    local.get 6634
    drop
    local.get 6635
    drop
    local.get 6636
    drop
    local.get 6637
    drop
    local.get 6638
    drop
    local.get 6639
    drop
    local.get 6640
    drop
    local.get 6641
    drop
    local.get 6642
    drop
    local.get 6643
    drop
    local.get 6644
    drop
    local.get 6645
    drop
    local.get 6646
    drop
    local.get 6647
    drop
    local.get 6648
    drop
    local.get 6649
    drop
    local.get 6650
    drop
    local.get 6651
    drop
    local.get 6652
    drop
    local.get 6653
    drop
    local.get 6654
    drop
    local.get 6655
    drop
    local.get 6656
    drop
    local.get 6657
    drop
    local.get 6658
    drop
    local.get 6659
    drop
    local.get 6660
    drop
    local.get 6661
    drop
    local.get 6662
    drop
    local.get 6663
    drop
    local.get 6664
    drop
    local.get 6665
    drop
    local.get 6666
    drop
    local.get 6667
    drop
    local.get 6668
    drop
    local.get 6669
    drop
    local.get 6670
    drop
    local.get 6671
    drop
    local.get 6672
    drop
    local.get 6673
    drop
    local.get 6674
    drop
    local.get 6675
    drop
    local.get 6676
    drop
    local.get 6677
    drop
    local.get 6678
    drop
    local.get 6679
    drop
    local.get 6680
    drop
    local.get 6681
    drop
    local.get 6682
    drop
    local.get 6683
    drop
    local.get 6684
    drop
    local.get 6685
    drop
    local.get 6686
    drop
    local.get 6687
    drop
    local.get 6688
    drop
    local.get 6689
    drop
    local.get 6690
    drop
    local.get 6691
    drop
    local.get 6692
    drop
    local.get 6693
    drop
    local.get 6694
    drop
    local.get 6695
    drop
    local.get 6696
    drop
    local.get 6697
    drop
    local.get 6698
    drop
    local.get 6699
    drop
    local.get 6700
    drop
    local.get 6701
    drop
    local.get 6702
    drop
    local.get 6703
    drop
    local.get 6704
    drop
    local.get 6705
    drop
    local.get 6706
    drop
    local.get 6707
    drop
    local.get 6708
    drop
    local.get 6709
    drop
    local.get 6710
    drop
    local.get 6711
    drop
    local.get 6712
    drop
    local.get 6713
    drop
    local.get 6714
    drop
    local.get 6715
    drop
    local.get 6716
    drop
    local.get 6717
    drop
    local.get 6718
    drop
    local.get 6719
    drop
    local.get 6720
    drop
    local.get 6721
    drop
    local.get 6722
    drop
    local.get 6723
    drop
    local.get 6724
    drop
    local.get 6725
    drop
    local.get 6726
    drop
    local.get 6727
    drop
    local.get 6728
    drop
    local.get 6729
    drop
    local.get 6730
    drop
    local.get 6731
    drop
    local.get 6732
    drop
    local.get 6733
    drop
    local.get 6734
    drop
    local.get 6735
    drop
    local.get 6736
    drop
    local.get 6737
    drop
    local.get 6738
    drop
    local.get 6739
    drop
    local.get 6740
    drop
    local.get 6741
    drop
    local.get 6742
    drop
    local.get 6743
    drop
    local.get 6744
    drop
    local.get 6745
    drop
    local.get 6746
    drop
    local.get 6747
    drop
    local.get 6748
    drop
    local.get 6749
    drop
    local.get 6750
    drop
    local.get 6751
    drop
    local.get 6752
    drop
    local.get 6753
    drop
    local.get 6754
    drop
    local.get 6755
    drop
    local.get 6756
    drop
    local.get 6757
    drop
    local.get 6758
    drop
    local.get 6759
    drop
    local.get 6760
    drop
    local.get 6761
    drop
    local.get 6762
    drop
    local.get 6763
    drop
    local.get 6764
    drop
    local.get 6765
    drop
    local.get 6766
    drop
    local.get 6767
    drop
    local.get 6768
    drop
    local.get 6769
    drop
    local.get 6770
    drop
    local.get 6771
    drop
    local.get 6772
    drop
    local.get 6773
    drop
    local.get 6774
    drop
    local.get 6775
    drop
    local.get 6776
    drop
    local.get 6777
    drop
    local.get 6778
    drop
    local.get 6779
    drop
    local.get 6780
    drop
    local.get 6781
    drop
    local.get 6782
    drop
    local.get 6783
    drop
    local.get 6784
    drop
    local.get 6785
    drop
    local.get 6786
    drop
    local.get 6787
    drop
    local.get 6788
    drop
    local.get 6789
    drop
    local.get 6790
    drop
    local.get 6791
    drop
    local.get 6792
    drop
    local.get 6793
    drop
    local.get 6794
    drop
    local.get 6795
    drop
    local.get 6796
    drop
    local.get 6797
    drop
    local.get 6798
    drop
    local.get 6799
    drop
    local.get 6800
    drop
    local.get 6801
    drop
    local.get 6802
    drop
    local.get 6803
    drop
    local.get 6804
    drop
    local.get 6805
    drop
    local.get 6806
    drop
    local.get 6807
    drop
    local.get 6808
    drop
    local.get 6809
    drop
    local.get 6810
    drop
    local.get 6811
    drop
    local.get 6812
    drop
    local.get 6813
    drop
    local.get 6814
    drop
    local.get 6815
    drop
    local.get 6816
    drop
    local.get 6817
    drop
    local.get 6818
    drop
    local.get 6819
    drop
    local.get 6820
    drop
    local.get 6821
    drop
    local.get 6822
    drop
    local.get 6823
    drop
    local.get 6824
    drop
    local.get 6825
    drop
    local.get 6826
    drop
    local.get 6827
    drop
    local.get 6828
    drop
    local.get 6829
    drop
    local.get 6830
    drop
    local.get 6831
    drop
    local.get 6832
    drop
    local.get 6833
    drop
    local.get 6834
    drop
    local.get 6835
    drop
    local.get 6836
    drop
    local.get 6837
    drop
    local.get 6838
    drop
    local.get 6839
    drop
    local.get 6840
    drop
    local.get 6841
    drop
    local.get 6842
    drop
    local.get 6843
    drop
    local.get 6844
    drop
    local.get 6845
    drop
    local.get 6846
    drop
    local.get 6847
    drop
    local.get 6848
    drop
    local.get 6849
    drop
    local.get 6850
    drop
    local.get 6851
    drop
    local.get 6852
    drop
    local.get 6853
    drop
    local.get 6854
    drop
    local.get 6855
    drop
    local.get 6856
    drop
    local.get 6857
    drop
    local.get 6858
    drop
    local.get 6859
    drop
    local.get 6860
    drop
    local.get 6861
    drop
    local.get 6862
    drop
    local.get 6863
    drop
    local.get 6864
    drop
    local.get 6865
    drop
    local.get 6866
    drop
    local.get 6867
    drop
    local.get 6868
    drop
    local.get 6869
    drop
    local.get 6870
    drop
    local.get 6871
    drop
    local.get 6872
    drop
    local.get 6873
    drop
    local.get 6874
    drop
    local.get 6875
    drop
    local.get 6876
    drop
    local.get 6877
    drop
    local.get 6878
    drop
    local.get 6879
    drop
    local.get 6880
    drop
    local.get 6881
    drop
    local.get 6882
    drop
    local.get 6883
    drop
    local.get 6884
    drop
    local.get 6885
    drop
    local.get 6886
    drop
    local.get 6887
    drop
    local.get 6888
    drop
    local.get 6889
    drop
    local.get 6890
    drop
    local.get 6891
    drop
    local.get 6892
    drop
    local.get 6893
    drop
    local.get 6894
    drop
    local.get 6895
    drop
    local.get 6896
    drop
    local.get 6897
    drop
    local.get 6898
    drop
    local.get 6899
    drop
    local.get 6900
    drop
    local.get 6901
    drop
    local.get 6902
    drop
    local.get 6903
    drop
    local.get 6904
    drop
    local.get 6905
    drop
    local.get 6906
    drop
    local.get 6907
    drop
    local.get 6908
    drop
    local.get 6909
    drop
    local.get 6910
    drop
    local.get 6911
    drop
    local.get 6912
    drop
    local.get 6913
    drop
    local.get 6914
    drop
    local.get 6915
    drop
    local.get 6916
    drop
    local.get 6917
    drop
    local.get 6918
    drop
    local.get 6919
    drop
    local.get 6920
    drop
    local.get 6921
    drop
    local.get 6922
    drop
    local.get 6923
    drop
    local.get 6924
    drop
    local.get 6925
    drop
    local.get 6926
    drop
    local.get 6927
    drop
    local.get 6928
    drop
    local.get 6929
    drop
    local.get 6930
    drop
    local.get 6931
    drop
    local.get 6932
    drop
    local.get 6933
    drop
    local.get 6934
    drop
    local.get 6935
    drop
    local.get 6936
    drop
    local.get 6937
    drop
    local.get 6938
    drop
    local.get 6939
    drop
    local.get 6940
    drop
    local.get 6941
    drop
    local.get 6942
    drop
    local.get 6943
    drop
    local.get 6944
    drop
    local.get 6945
    drop
    local.get 6946
    drop
    local.get 6947
    drop
    local.get 6948
    drop
    local.get 6949
    drop
    local.get 6950
    drop
    local.get 6951
    drop
    local.get 6952
    drop
    local.get 6953
    drop
    local.get 6954
    drop
    local.get 6955
    drop
    local.get 6956
    drop
    local.get 6957
    drop
    local.get 6958
    drop
    local.get 6959
    drop
    local.get 6960
    drop
    local.get 6961
    drop
    local.get 6962
    drop
    local.get 6963
    drop
    local.get 6964
    drop
    local.get 6965
    drop
    local.get 6966
    drop
    local.get 6967
    drop
    local.get 6968
    drop
    local.get 6969
    drop
    local.get 6970
    drop
    local.get 6971
    drop
    local.get 6972
    drop
    local.get 6973
    drop
    local.get 6974
    drop
    local.get 6975
    drop
    local.get 6976
    drop
    local.get 6977
    drop
    local.get 6978
    drop
    local.get 6979
    drop
    local.get 6980
    drop
    local.get 6981
    drop
    local.get 6982
    drop
    local.get 6983
    drop
    local.get 6984
    drop
    local.get 6985
    drop
    local.get 6986
    drop
    local.get 6987
    drop
    local.get 6988
    drop
    local.get 6989
    drop
    local.get 6990
    drop
    local.get 6991
    drop
    local.get 6992
    drop
    local.get 6993
    drop
    local.get 6994
    drop
    local.get 6995
    drop
    local.get 6996
    drop
    local.get 6997
    drop
    local.get 6998
    drop
    local.get 6999
    drop
    local.get 7000
    drop
    local.get 7001
    drop
    local.get 7002
    drop
    local.get 7003
    drop
    local.get 7004
    drop
    local.get 7005
    drop
    local.get 7006
    drop
    local.get 7007
    drop
    local.get 7008
    drop
    local.get 7009
    drop
    local.get 7010
    drop
    local.get 7011
    drop
    local.get 7012
    drop
    local.get 7013
    drop
    local.get 7014
    drop
    local.get 7015
    drop
    local.get 7016
    drop
    local.get 7017
    drop
    local.get 7018
    drop
    local.get 7019
    drop
    local.get 7020
    drop
    local.get 7021
    drop
    local.get 7022
    drop
    local.get 7023
    drop
    local.get 7024
    drop
    local.get 7025
    drop
    local.get 7026
    drop
    local.get 7027
    drop
    local.get 7028
    drop
    local.get 7029
    drop
    local.get 7030
    drop
    local.get 7031
    drop
    local.get 7032
    drop
    local.get 7033
    drop
    local.get 7034
    drop
    local.get 7035
    drop
    local.get 7036
    drop
    local.get 7037
    drop
    local.get 7038
    drop
    local.get 7039
    drop
    local.get 7040
    drop
    local.get 7041
    drop
    local.get 7042
    drop
    local.get 7043
    drop
    local.get 7044
    drop
    local.get 7045
    drop
    local.get 7046
    drop
    local.get 7047
    drop
    local.get 7048
    drop
    local.get 7049
    drop
    local.get 7050
    drop
    local.get 7051
    drop
    local.get 7052
    drop
    local.get 7053
    drop
    local.get 7054
    drop
    local.get 7055
    drop
    local.get 7056
    drop
    local.get 7057
    drop
    local.get 7058
    drop
    local.get 7059
    drop
    local.get 7060
    drop
    local.get 7061
    drop
    local.get 7062
    drop
    local.get 7063
    drop
    local.get 7064
    drop
    local.get 7065
    drop
    local.get 7066
    drop
    local.get 7067
    drop
    local.get 7068
    drop
    local.get 7069
    drop
    local.get 7070
    drop
    local.get 7071
    drop
    local.get 7072
    drop
    local.get 7073
    drop
    local.get 7074
    drop
    local.get 7075
    drop
    local.get 7076
    drop
    local.get 7077
    drop
    local.get 7078
    drop
    local.get 7079
    drop
    local.get 7080
    drop
    local.get 7081
    drop
    local.get 7082
    drop
    local.get 7083
    drop
    local.get 7084
    drop
    local.get 7085
    drop
    local.get 7086
    drop
    local.get 7087
    drop
    local.get 7088
    drop
    local.get 7089
    drop
    local.get 7090
    drop
    local.get 7091
    drop
    local.get 7092
    drop
    local.get 7093
    drop
    local.get 7094
    drop
    local.get 7095
    drop
    local.get 7096
    drop
    local.get 7097
    drop
    local.get 7098
    drop
    local.get 7099
    drop
    local.get 7100
    drop
    local.get 7101
    drop
    local.get 7102
    drop
    local.get 7103
    drop
    local.get 7104
    drop
    local.get 7105
    drop
    local.get 7106
    drop
    local.get 7107
    drop
    local.get 7108
    drop
    local.get 7109
    drop
    local.get 7110
    drop
    local.get 7111
    drop
    local.get 7112
    drop
    local.get 7113
    drop
    local.get 7114
    drop
    local.get 7115
    drop
    local.get 7116
    drop
    local.get 7117
    drop
    local.get 7118
    drop
    local.get 7119
    drop
    local.get 7120
    drop
    local.get 7121
    drop
    local.get 7122
    drop
    local.get 7123
    drop
    local.get 7124
    drop
    local.get 7125
    drop
    local.get 7126
    drop
    local.get 7127
    drop
    local.get 7128
    drop
    local.get 7129
    drop
    local.get 7130
    drop
    local.get 7131
    drop
    local.get 7132
    drop
    local.get 7133
    drop
    local.get 7134
    drop
    local.get 7135
    drop
    local.get 7136
    drop
    local.get 7137
    drop
    local.get 7138
    drop
    local.get 7139
    drop
    local.get 7140
    drop
    local.get 7141
    drop
    local.get 7142
    drop
    local.get 7143
    drop
    local.get 7144
    drop
    local.get 7145
    drop
    local.get 7146
    drop
    local.get 7147
    drop
    local.get 7148
    drop
    local.get 7149
    drop
    local.get 7150
    drop
    local.get 7151
    drop
    local.get 7152
    drop
    local.get 7153
    drop
    local.get 7154
    drop
    local.get 7155
    drop
    local.get 7156
    drop
    local.get 7157
    drop
    local.get 7158
    drop
    local.get 7159
    drop
    local.get 7160
    drop
    local.get 7161
    drop
    local.get 7162
    drop
    local.get 7163
    drop
    local.get 7164
    drop
    local.get 7165
    drop
    local.get 7166
    drop
    local.get 7167
    drop
    local.get 7168
    drop
    local.get 7169
    drop
    local.get 7170
    drop
    local.get 7171
    drop
    local.get 7172
    drop
    local.get 7173
    drop
    local.get 7174
    drop
    local.get 7175
    drop
    local.get 7176
    drop
    local.get 7177
    drop
    local.get 7178
    drop
    local.get 7179
    drop
    local.get 7180
    drop
    local.get 7181
    drop
    local.get 7182
    drop
    local.get 7183
    drop
    local.get 7184
    drop
    local.get 7185
    drop
    local.get 7186
    drop
    local.get 7187
    drop
    local.get 7188
    drop
    local.get 7189
    drop
    local.get 7190
    drop
    local.get 7191
    drop
    local.get 7192
    drop
    local.get 7193
    drop
    local.get 7194
    drop
    local.get 7195
    drop
    local.get 7196
    drop
    local.get 7197
    drop
    local.get 7198
    drop
    local.get 7199
    drop
    local.get 7200
    drop
    local.get 7201
    drop
    local.get 7202
    drop
    local.get 7203
    drop
    local.get 7204
    drop
    local.get 7205
    drop
    local.get 7206
    drop
    local.get 7207
    drop
    local.get 7208
    drop
    local.get 7209
    drop
    local.get 7210
    drop
    local.get 7211
    drop
    local.get 7212
    drop
    local.get 7213
    drop
    local.get 7214
    drop
    local.get 7215
    drop
    local.get 7216
    drop
    local.get 7217
    drop
    local.get 7218
    drop
    local.get 7219
    drop
    local.get 7220
    drop
    local.get 7221
    drop
    local.get 7222
    drop
    local.get 7223
    drop
    local.get 7224
    drop
    local.get 7225
    drop
    local.get 7226
    drop
    local.get 7227
    drop
    local.get 7228
    drop
    local.get 7229
    drop
    local.get 7230
    drop
    local.get 7231
    drop
    local.get 7232
    drop
    local.get 7233
    drop
    local.get 7234
    drop
    local.get 7235
    drop
    local.get 7236
    drop
    local.get 7237
    drop
    local.get 7238
    drop
    local.get 7239
    drop
    local.get 7240
    drop
    local.get 7241
    drop
    local.get 7242
    drop
    local.get 7243
    drop
    local.get 7244
    drop
    local.get 7245
    drop
    local.get 7246
    drop
    local.get 7247
    drop
    local.get 7248
    drop
    local.get 7249
    drop
    local.get 7250
    drop
    local.get 7251
    drop
    local.get 7252
    drop
    local.get 7253
    drop
    local.get 7254
    drop
    local.get 7255
    drop
    local.get 7256
    drop
    local.get 7257
    drop
    local.get 7258
    drop
    local.get 7259
    drop
    local.get 7260
    drop
    local.get 7261
    drop
    local.get 7262
    drop
    local.get 7263
    drop
    local.get 7264
    drop
    local.get 7265
    drop
    local.get 7266
    drop
    local.get 7267
    drop
    local.get 7268
    drop
    local.get 7269
    drop
    local.get 7270
    drop
    local.get 7271
    drop
    local.get 7272
    drop
    local.get 7273
    drop
    local.get 7274
    drop
    local.get 7275
    drop
    local.get 7276
    drop
    local.get 7277
    drop
    local.get 7278
    drop
    local.get 7279
    drop
    local.get 7280
    drop
    local.get 7281
    drop
    local.get 7282
    drop
    local.get 7283
    drop
    local.get 7284
    drop
    local.get 7285
    drop
    local.get 7286
    drop
    local.get 7287
    drop
    local.get 7288
    drop
    local.get 7289
    drop
    local.get 7290
    drop
    local.get 7291
    drop
    local.get 7292
    drop
    local.get 7293
    drop
    local.get 7294
    drop
    local.get 7295
    drop
    local.get 7296
    drop
    local.get 7297
    drop
    local.get 7298
    drop
    local.get 7299
    drop
    local.get 7300
    drop
    local.get 7301
    drop
    local.get 7302
    drop
    local.get 7303
    drop
    local.get 7304
    drop
    local.get 7305
    drop
    local.get 7306
    drop
    local.get 7307
    drop
    local.get 7308
    drop
    local.get 7309
    drop
    local.get 7310
    drop
    local.get 7311
    drop
    local.get 7312
    drop
    local.get 7313
    drop
    local.get 7314
    drop
    local.get 7315
    drop
    local.get 7316
    drop
    local.get 7317
    drop
    local.get 7318
    drop
    local.get 7319
    drop
    local.get 7320
    drop
    local.get 7321
    drop
    local.get 7322
    drop
    local.get 7323
    drop
    local.get 7324
    drop
    local.get 7325
    drop
    local.get 7326
    drop
    local.get 7327
    drop
    local.get 7328
    drop
    local.get 7329
    drop
    local.get 7330
    drop
    local.get 7331
    drop
    local.get 7332
    drop
    local.get 7333
    drop
    local.get 7334
    drop
    local.get 7335
    drop
    local.get 7336
    drop
    local.get 7337
    drop
    local.get 7338
    drop
    local.get 7339
    drop
    local.get 7340
    drop
    local.get 7341
    drop
    local.get 7342
    drop
    local.get 7343
    drop
    local.get 7344
    drop
    local.get 7345
    drop
    local.get 7346
    drop
    local.get 7347
    drop
    local.get 7348
    drop
    local.get 7349
    drop
    local.get 7350
    drop
    local.get 7351
    drop
    local.get 7352
    drop
    local.get 7353
    drop
    local.get 7354
    drop
    local.get 7355
    drop
    local.get 7356
    drop
    local.get 7357
    drop
    local.get 7358
    drop
    local.get 7359
    drop
    local.get 7360
    drop
    local.get 7361
    drop
    local.get 7362
    drop
    local.get 7363
    drop
    local.get 7364
    drop
    local.get 7365
    drop
    local.get 7366
    drop
    local.get 7367
    drop
    local.get 7368
    drop
    local.get 7369
    drop
    local.get 7370
    drop
    local.get 7371
    drop
    local.get 7372
    drop
    local.get 7373
    drop
    local.get 7374
    drop
    local.get 7375
    drop
    local.get 7376
    drop
    local.get 7377
    drop
    local.get 7378
    drop
    local.get 7379
    drop
    local.get 7380
    drop
    local.get 7381
    drop
    local.get 7382
    drop
    local.get 7383
    drop
    local.get 7384
    drop
    local.get 7385
    drop
    local.get 7386
    drop
    local.get 7387
    drop
    local.get 7388
    drop
    local.get 7389
    drop
    local.get 7390
    drop
    local.get 7391
    drop
    local.get 7392
    drop
    local.get 7393
    drop
    local.get 7394
    drop
    local.get 7395
    drop
    local.get 7396
    drop
    local.get 7397
    drop
    local.get 7398
    drop
    local.get 7399
    drop
    local.get 7400
    drop
    local.get 7401
    drop
    local.get 7402
    drop
    local.get 7403
    drop
    local.get 7404
    drop
    local.get 7405
    drop
    local.get 7406
    drop
    local.get 7407
    drop
    local.get 7408
    drop
    local.get 7409
    drop
    local.get 7410
    drop
    local.get 7411
    drop
    local.get 7412
    drop
    local.get 7413
    drop
    local.get 7414
    drop
    local.get 7415
    drop
    local.get 7416
    drop
    local.get 7417
    drop
    local.get 7418
    drop
    local.get 7419
    drop
    local.get 7420
    drop
    local.get 7421
    drop
    local.get 7422
    drop
    local.get 7423
    drop
    local.get 7424
    drop
    local.get 7425
    drop
    local.get 7426
    drop
    local.get 7427
    drop
    local.get 7428
    drop
    local.get 7429
    drop
    local.get 7430
    drop
    local.get 7431
    drop
    local.get 7432
    drop
    local.get 7433
    drop
    local.get 7434
    drop
    local.get 7435
    drop
    local.get 7436
    drop
    local.get 7437
    drop
    local.get 7438
    drop
    local.get 7439
    drop
    local.get 7440
    drop
    local.get 7441
    drop
    local.get 7442
    drop
    local.get 7443
    drop
    local.get 7444
    drop
    local.get 7445
    drop
    local.get 7446
    drop
    local.get 7447
    drop
    local.get 7448
    drop
    local.get 7449
    drop
    local.get 7450
    drop
    local.get 7451
    drop
    local.get 7452
    drop
    local.get 7453
    drop
    local.get 7454
    drop
    local.get 7455
    drop
    local.get 7456
    drop
    local.get 7457
    drop
    local.get 7458
    drop
    local.get 7459
    drop
    local.get 7460
    drop
    local.get 7461
    drop
    local.get 7462
    drop
    local.get 7463
    drop
    local.get 7464
    drop
    local.get 7465
    drop
    local.get 7466
    drop
    local.get 7467
    drop
    local.get 7468
    drop
    local.get 7469
    drop
    local.get 7470
    drop
    local.get 7471
    drop
    local.get 7472
    drop
    local.get 7473
    drop
    local.get 7474
    drop
    local.get 7475
    drop
    local.get 7476
    drop
    local.get 7477
    drop
    local.get 7478
    drop
    local.get 7479
    drop
    local.get 7480
    drop
    local.get 7481
    drop
    local.get 7482
    drop
    local.get 7483
    drop
    local.get 7484
    drop
    local.get 7485
    drop
    local.get 7486
    drop
    local.get 7487
    drop
    local.get 7488
    drop
    local.get 7489
    drop
    local.get 7490
    drop
    local.get 7491
    drop
    local.get 7492
    drop
    local.get 7493
    drop
    local.get 7494
    drop
    local.get 7495
    drop
    local.get 7496
    drop
    local.get 7497
    drop
    local.get 7498
    drop
    local.get 7499
    drop
    local.get 7500
    drop
    local.get 7501
    drop
    local.get 7502
    drop
    local.get 7503
    drop
    local.get 7504
    drop
    local.get 7505
    drop
    local.get 7506
    drop
    local.get 7507
    drop
    local.get 7508
    drop
    local.get 7509
    drop
    local.get 7510
    drop
    local.get 7511
    drop
    local.get 7512
    drop
    local.get 7513
    drop
    local.get 7514
    drop
    local.get 7515
    drop
    local.get 7516
    drop
    local.get 7517
    drop
    local.get 7518
    drop
    local.get 7519
    drop
    local.get 7520
    drop
    local.get 7521
    drop
    local.get 7522
    drop
    local.get 7523
    drop
    local.get 7524
    drop
    local.get 7525
    drop
    local.get 7526
    drop
    local.get 7527
    drop
    local.get 7528
    drop
    local.get 7529
    drop
    local.get 7530
    drop
    local.get 7531
    drop
    local.get 7532
    drop
    local.get 7533
    drop
    local.get 7534
    drop
    local.get 7535
    drop
    local.get 7536
    drop
    local.get 7537
    drop
    local.get 7538
    drop
    local.get 7539
    drop
    local.get 7540
    drop
    local.get 7541
    drop
    local.get 7542
    drop
    local.get 7543
    drop
    local.get 7544
    drop
    local.get 7545
    drop
    local.get 7546
    drop
    local.get 7547
    drop
    local.get 7548
    drop
    local.get 7549
    drop
    local.get 7550
    drop
    local.get 7551
    drop
    local.get 7552
    drop
    local.get 7553
    drop
    local.get 7554
    drop
    local.get 7555
    drop
    local.get 7556
    drop
    local.get 7557
    drop
    local.get 7558
    drop
    local.get 7559
    drop
    local.get 7560
    drop
    local.get 7561
    drop
    local.get 7562
    drop
    local.get 7563
    drop
    local.get 7564
    drop
    local.get 7565
    drop
    local.get 7566
    drop
    local.get 7567
    drop
    local.get 7568
    drop
    local.get 7569
    drop
    local.get 7570
    drop
    local.get 7571
    drop
    local.get 7572
    drop
    local.get 7573
    drop
    local.get 7574
    drop
    local.get 7575
    drop
    local.get 7576
    drop
    local.get 7577
    drop
    local.get 7578
    drop
    local.get 7579
    drop
    local.get 7580
    drop
    local.get 7581
    drop
    local.get 7582
    drop
    local.get 7583
    drop
    local.get 7584
    drop
    local.get 7585
    drop
    local.get 7586
    drop
    local.get 7587
    drop
    local.get 7588
    drop
    local.get 7589
    drop
    local.get 7590
    drop
    local.get 7591
    drop
    local.get 7592
    drop
    local.get 7593
    drop
    local.get 7594
    drop
    local.get 7595
    drop
    local.get 7596
    drop
    local.get 7597
    drop
    local.get 7598
    drop
    local.get 7599
    drop
    local.get 7600
    drop
    local.get 7601
    drop
    local.get 7602
    drop
    local.get 7603
    drop
    local.get 7604
    drop
    local.get 7605
    drop
    local.get 7606
    drop
    local.get 7607
    drop
    local.get 7608
    drop
    local.get 7609
    drop
    local.get 7610
    drop
    local.get 7611
    drop
    local.get 7612
    drop
    local.get 7613
    drop
    local.get 7614
    drop
    local.get 7615
    drop
    local.get 7616
    drop
    local.get 7617
    drop
    local.get 7618
    drop
    local.get 7619
    drop
    local.get 7620
    drop
    local.get 7621
    drop
    local.get 7622
    drop
    local.get 7623
    drop
    local.get 7624
    drop
    local.get 7625
    drop
    local.get 7626
    drop
    local.get 7627
    drop
    local.get 7628
    drop
    local.get 7629
    drop
    local.get 7630
    drop
    local.get 7631
    drop
    local.get 7632
    drop
    local.get 7633
    drop
    local.get 7634
    drop
    local.get 7635
    drop
    local.get 7636
    drop
    local.get 7637
    drop
    local.get 7638
    drop
    local.get 7639
    drop
    local.get 7640
    drop
    local.get 7641
    drop
    local.get 7642
    drop
    local.get 7643
    drop
    local.get 7644
    drop
    local.get 7645
    drop
    local.get 7646
    drop
    local.get 7647
    drop
    local.get 7648
    drop
    local.get 7649
    drop
    local.get 7650
    drop
    local.get 7651
    drop
    local.get 7652
    drop
    local.get 7653
    drop
    local.get 7654
    drop
    local.get 7655
    drop
    local.get 7656
    drop
    local.get 7657
    drop
    local.get 7658
    drop
    local.get 7659
    drop
    local.get 7660
    drop
    local.get 7661
    drop
    local.get 7662
    drop
    local.get 7663
    drop
    local.get 7664
    drop
    local.get 7665
    drop
    local.get 7666
    drop
    local.get 7667
    drop
    local.get 7668
    drop
    local.get 7669
    drop
    local.get 7670
    drop
    local.get 7671
    drop
    local.get 7672
    drop
    local.get 7673
    drop
    local.get 7674
    drop
    local.get 7675
    drop
    local.get 7676
    drop
    local.get 7677
    drop
    local.get 7678
    drop
    local.get 7679
    drop
    local.get 7680
    drop
    local.get 7681
    drop
    local.get 7682
    drop
    local.get 7683
    drop
    local.get 7684
    drop
    local.get 7685
    drop
    local.get 7686
    drop
    local.get 7687
    drop
    local.get 7688
    drop
    local.get 7689
    drop
    local.get 7690
    drop
    local.get 7691
    drop
    local.get 7692
    drop
    local.get 7693
    drop
    local.get 7694
    drop
    local.get 7695
    drop
    local.get 7696
    drop
    local.get 7697
    drop
    local.get 7698
    drop
    local.get 7699
    drop
    local.get 7700
    drop
    local.get 7701
    drop
    local.get 7702
    drop
    local.get 7703
    drop
    local.get 7704
    drop
    local.get 7705
    drop
    local.get 7706
    drop
    local.get 7707
    drop
    local.get 7708
    drop
    local.get 7709
    drop
    local.get 7710
    drop
    local.get 7711
    drop
    local.get 7712
    drop
    local.get 7713
    drop
    local.get 7714
    drop
    local.get 7715
    drop
    local.get 7716
    drop
    local.get 7717
    drop
    local.get 7718
    drop
    local.get 7719
    drop
    local.get 7720
    drop
    local.get 7721
    drop
    local.get 7722
    drop
    local.get 7723
    drop
    local.get 7724
    drop
    local.get 7725
    drop
    local.get 7726
    drop
    local.get 7727
    drop
    local.get 7728
    drop
    local.get 7729
    drop
    local.get 7730
    drop
    local.get 7731
    drop
    local.get 7732
    drop
    local.get 7733
    drop
    local.get 7734
    drop
    local.get 7735
    drop
    local.get 7736
    drop
    local.get 7737
    drop
    local.get 7738
    drop
    local.get 7739
    drop
    local.get 7740
    drop
    local.get 7741
    drop
    local.get 7742
    drop
    local.get 7743
    drop
    local.get 7744
    drop
    local.get 7745
    drop
    local.get 7746
    drop
    local.get 7747
    drop
    local.get 7748
    drop
    local.get 7749
    drop
    local.get 7750
    drop
    local.get 7751
    drop
    local.get 7752
    drop
    local.get 7753
    drop
    local.get 7754
    drop
    local.get 7755
    drop
    local.get 7756
    drop
    local.get 7757
    drop
    local.get 7758
    drop
    local.get 7759
    drop
    local.get 7760
    drop
    local.get 7761
    drop
    local.get 7762
    drop
    local.get 7763
    drop
    local.get 7764
    drop
    local.get 7765
    drop
    local.get 7766
    drop
    local.get 7767
    drop
    local.get 7768
    drop
    local.get 7769
    drop
    local.get 7770
    drop
    local.get 7771
    drop
    local.get 7772
    drop
    local.get 7773
    drop
    local.get 7774
    drop
    local.get 7775
    drop
    local.get 7776
    drop
    local.get 7777
    drop
    local.get 7778
    drop
    local.get 7779
    drop
    local.get 7780
    drop
    local.get 7781
    drop
    local.get 7782
    drop
    local.get 7783
    drop
    local.get 7784
    drop
    local.get 7785
    drop
    local.get 7786
    drop
    local.get 7787
    drop
    local.get 7788
    drop
    local.get 7789
    drop
    local.get 7790
    drop
    local.get 7791
    drop
    local.get 7792
    drop
    local.get 7793
    drop
    local.get 7794
    drop
    local.get 7795
    drop
    local.get 7796
    drop
    local.get 7797
    drop
    local.get 7798
    drop
    local.get 7799
    drop
    local.get 7800
    drop
    local.get 7801
    drop
    local.get 7802
    drop
    local.get 7803
    drop
    local.get 7804
    drop
    local.get 7805
    drop
    local.get 7806
    drop
    local.get 7807
    drop
    local.get 7808
    drop
    local.get 7809
    drop
    local.get 7810
    drop
    local.get 7811
    drop
    local.get 7812
    drop
    local.get 7813
    drop
    local.get 7814
    drop
    local.get 7815
    drop
    local.get 7816
    drop
    local.get 7817
    drop
    local.get 7818
    drop
    local.get 7819
    drop
    local.get 7820
    drop
    local.get 7821
    drop
    local.get 7822
    drop
    local.get 7823
    drop
    local.get 7824
    drop
    local.get 7825
    drop
    local.get 7826
    drop
    local.get 7827
    drop
    local.get 7828
    drop
    local.get 7829
    drop
    local.get 7830
    drop
    local.get 7831
    drop
    local.get 7832
    drop
    local.get 7833
    drop
    local.get 7834
    drop
    local.get 7835
    drop
    local.get 7836
    drop
    local.get 7837
    drop
    local.get 7838
    drop
    local.get 7839
    drop
    local.get 7840
    drop
    local.get 7841
    drop
    local.get 7842
    drop
    local.get 7843
    drop
    local.get 7844
    drop
    local.get 7845
    drop
    local.get 7846
    drop
    local.get 7847
    drop
    local.get 7848
    drop
    local.get 7849
    drop
    local.get 7850
    drop
    local.get 7851
    drop
    local.get 7852
    drop
    local.get 7853
    drop
    local.get 7854
    drop
    local.get 7855
    drop
    local.get 7856
    drop
    local.get 7857
    drop
    local.get 7858
    drop
    local.get 7859
    drop
    local.get 7860
    drop
    local.get 7861
    drop
    local.get 7862
    drop
    local.get 7863
    drop
    local.get 7864
    drop
    local.get 7865
    drop
    local.get 7866
    drop
    local.get 7867
    drop
    local.get 7868
    drop
    local.get 7869
    drop
    local.get 7870
    drop
    local.get 7871
    drop
    local.get 7872
    drop
    local.get 7873
    drop
    local.get 7874
    drop
    local.get 7875
    drop
    local.get 7876
    drop
    local.get 7877
    drop
    local.get 7878
    drop
    local.get 7879
    drop
    local.get 7880
    drop
    local.get 7881
    drop
    local.get 7882
    drop
    local.get 7883
    drop
    local.get 7884
    drop
    local.get 7885
    drop
    local.get 7886
    drop
    local.get 7887
    drop
    local.get 7888
    drop
    local.get 7889
    drop
    local.get 7890
    drop
    local.get 7891
    drop
    local.get 7892
    drop
    local.get 7893
    drop
    local.get 7894
    drop
    local.get 7895
    drop
    local.get 7896
    drop
    local.get 7897
    drop
    local.get 7898
    drop
    local.get 7899
    drop
    local.get 7900
    drop
    local.get 7901
    drop
    local.get 7902
    drop
    local.get 7903
    drop
    local.get 7904
    drop
    local.get 7905
    drop
    local.get 7906
    drop
    local.get 7907
    drop
    local.get 7908
    drop
    local.get 7909
    drop
    local.get 7910
    drop
    local.get 7911
    drop
    local.get 7912
    drop
    local.get 7913
    drop
    local.get 7914
    drop
    local.get 7915
    drop
    local.get 7916
    drop
    local.get 7917
    drop
    local.get 7918
    drop
    local.get 7919
    drop
    local.get 7920
    drop
    local.get 7921
    drop
    local.get 7922
    drop
    local.get 7923
    drop
    local.get 7924
    drop
    local.get 7925
    drop
    local.get 7926
    drop
    local.get 7927
    drop
    local.get 7928
    drop
    local.get 7929
    drop
    local.get 7930
    drop
    local.get 7931
    drop
    local.get 7932
    drop
    local.get 7933
    drop
    local.get 7934
    drop
    local.get 7935
    drop
    local.get 7936
    drop
    local.get 7937
    drop
    local.get 7938
    drop
    local.get 7939
    drop
    local.get 7940
    drop
    local.get 7941
    drop
    local.get 7942
    drop
    local.get 7943
    drop
    local.get 7944
    drop
    local.get 7945
    drop
    local.get 7946
    drop
    local.get 7947
    drop
    local.get 7948
    drop
    local.get 7949
    drop
    local.get 7950
    drop
    local.get 7951
    drop
    local.get 7952
    drop
    local.get 7953
    drop
    local.get 7954
    drop
    local.get 7955
    drop
    local.get 7956
    drop
    local.get 7957
    drop
    local.get 7958
    drop
    local.get 7959
    drop
    local.get 7960
    drop
    local.get 7961
    drop
    local.get 7962
    drop
    local.get 7963
    drop
    local.get 7964
    drop
    local.get 7965
    drop
    local.get 7966
    drop
    local.get 7967
    drop
    local.get 7968
    drop
    local.get 7969
    drop
    local.get 7970
    drop
    local.get 7971
    drop
    local.get 7972
    drop
    local.get 7973
    drop
    local.get 7974
    drop
    local.get 7975
    drop
    local.get 7976
    drop
    local.get 7977
    drop
    local.get 7978
    drop
    local.get 7979
    drop
    local.get 7980
    drop
    local.get 7981
    drop
    local.get 7982
    drop
    local.get 7983
    drop
    local.get 7984
    drop
    local.get 7985
    drop
    local.get 7986
    drop
    local.get 7987
    drop
    local.get 7988
    drop
    local.get 7989
    drop
    local.get 7990
    drop
    local.get 7991
    drop
    local.get 7992
    drop
    local.get 7993
    drop
    local.get 7994
    drop
    local.get 7995
    drop
    local.get 7996
    drop
    local.get 7997
    drop
    local.get 7998
    drop
    local.get 7999
    drop
    local.get 8000
    drop
    local.get 8001
    drop
    local.get 0
    br_if 0
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    end
    (i32.const 0))
)
