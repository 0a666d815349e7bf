//! The text the SDK's panic hook gives to `set_error` (on wasm the hook is
//! installed by `export_skill!`; here it is installed by hand, in its own
//! test binary since hooks are process-wide).

use std::sync::Mutex;

static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

#[test]
fn panic_text_has_message_and_location() {
    std::panic::set_hook(Box::new(|info| {
        SEEN.lock().unwrap().push(bothost::__rt::panic_text(info));
    }));
    let line = line!() + 1;
    let _ = std::panic::catch_unwind(|| panic!("literal message"));
    let v: Vec<u8> = Vec::new();
    let i = five();
    let _ = std::panic::catch_unwind(|| v[i]);
    let n = five() + 2;
    let _ = std::panic::catch_unwind(|| panic!("formatted {}", n));
    let _ = std::panic::take_hook();

    let seen = SEEN.lock().unwrap();
    assert_eq!(seen.len(), 3, "{:?}", *seen);
    assert_eq!(seen[0], format!("panicked at 'literal message', {}:{}:41", file!(), line));
    assert!(
        seen[1].starts_with("panicked at 'index out of bounds: the len is 0 but the index is 5', "),
        "{}",
        seen[1]
    );
    assert!(seen[2].starts_with("panicked at 'formatted 7', tests/panic_hook.rs:"), "{}", seen[2]);
}

/// Out of the compiler's sight, so the out-of-bounds index is a run-time
/// panic, not a compile-time error.
#[inline(never)]
fn five() -> usize {
    "five".len() + 1
}
