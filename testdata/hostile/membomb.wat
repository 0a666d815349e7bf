;; membomb.wat — a valid ABI v1 skill (memory declared with NO maximum)
;; whose bothost_handle grows memory until memory.grow fails (-1), then
;; writes one byte into every 64 KiB page it got (so the memory is really
;; committed) and finally stores one byte past the end (out-of-bounds trap).
;;
;; Growth tries 256 pages (16 MiB) at a time and halves the step on each
;; refusal down to 1 page, so it ends exactly at the host's limit in about
;; a dozen successful grows. (Growing one page at a time also works but is
;; slow: wazero may copy the whole memory on every grow when no maximum is
;; declared; measured ~2 s to reach 64 MiB that way.)
;;
;; Expect: growth stops at the host's `memory` limit from bot.toml (default
;; 64 MiB), the final store traps, the instance is discarded, the host lives.
(module
  (memory (export "memory") 1)
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param $ptr i32) (param $len i32) (result i32)
    (local $step i32)
    (local $page i32)
    (local $pages i32)
    (local.set $step (i32.const 256))
    (block $full
      (loop $grow
        (br_if $grow (i32.ne (memory.grow (local.get $step)) (i32.const -1)))
        ;; refused: retry with half the step; stop after 1 page is refused
        (br_if $full (i32.eq (local.get $step) (i32.const 1)))
        (local.set $step (i32.shr_u (local.get $step) (i32.const 1)))
        (br $grow)))
    ;; touch every page
    (local.set $pages (memory.size))
    (block $touched
      (loop $touch
        (br_if $touched (i32.ge_u (local.get $page) (local.get $pages)))
        (i32.store8 (i32.shl (local.get $page) (i32.const 16)) (i32.const 0x5a))
        (local.set $page (i32.add (local.get $page) (i32.const 1)))
        (br $touch)))
    ;; one byte past the end: out-of-bounds trap
    (i32.store8 (i32.shl (local.get $pages) (i32.const 16)) (i32.const 1))
    (i32.const 0)))
