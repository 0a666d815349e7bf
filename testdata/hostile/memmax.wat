;; memmax.wat — declares a 4 GiB memory maximum (65536 pages) and grows
;; memory one page at a time until refused (issue 8: 305 MB RSS under a
;; 64 MiB cap in invoke).
;; Expect: refused at load: "memory declares a maximum of 65536 pages
;; (4 GiB), over the skill's memory limit of ...".
(module
  (memory (export "memory") 1 65536)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (block $full
      (loop $grow
        (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
        (br $grow)))
    (i32.const 0))
)
