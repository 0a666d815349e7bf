;; timermax.wat — timer_set with times that overflow. A relative delay of
;; INT64_MAX ms used to wrap (time.Duration(when)*time.Millisecond) and
;; fire at once; an absolute INT64_MAX ms is past what a due time in Unix
;; nanoseconds can hold. Both must answer ERR_INVALID_ARGUMENT (-1) and
;; set nothing.
;;
;; bothost_handle returns 0 if both got -1 and a sane timer (1 s) is set
;; (0); 1 if the relative one was not refused, 2 the absolute one, 3 if
;; the sane one failed.
(module
  (import "bothost_v1" "timer_set" (func $timer_set (param i32 i32 i32 i32 i64 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 256) "relabsok")
  (func (export "bothost_abi_version") (result i32) (i32.const 1))
  (func (export "bothost_alloc") (param $size i32) (result i32)
    (if (result i32) (i32.gt_u (local.get $size) (i32.const 60000))
      (then (i32.const 0))
      (else (i32.const 4096))))
  (func (export "bothost_handle") (param i32 i32) (result i32)
    (if (i32.ne (call $timer_set (i32.const 256) (i32.const 3) (i32.const 0) (i32.const 0)
                  (i64.const 0x7fffffffffffffff) (i32.const 0)) (i32.const -1))
      (then (return (i32.const 1))))
    (if (i32.ne (call $timer_set (i32.const 259) (i32.const 3) (i32.const 0) (i32.const 0)
                  (i64.const 0x7fffffffffffffff) (i32.const 1)) (i32.const -1))
      (then (return (i32.const 2))))
    (if (i32.ne (call $timer_set (i32.const 262) (i32.const 2) (i32.const 0) (i32.const 0)
                  (i64.const 1000) (i32.const 0)) (i32.const 0))
      (then (return (i32.const 3))))
    (i32.const 0)))
