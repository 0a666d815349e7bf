;; deepstack.wat — recursion to depth 1,200,000 that returns normally
;; (issue 8: wazero kept about 150 MB of call stack per instance after such
;; a call, outside the memory cap; 4 instances held 620 MB against 64 MiB).
;; Expect: the event succeeds; the grown stack is released after the call
;; (the host re-creates the call's entry point after a long call), so the
;; host's heap does not keep it.
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func $down (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add
        (call $down (i32.sub (local.get $n) (i32.const 1)))
        (i32.const 0)))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (call $down (i32.const 1200000))))
