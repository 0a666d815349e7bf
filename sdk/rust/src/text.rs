//! Text helpers tuned for wasm: no `core::fmt`, few loop iterations (under
//! wazero's `WithCloseOnContextDone` every loop iteration pays a check), no
//! heap allocation for short strings.

use core::mem::MaybeUninit;
use core::ptr;

/// `bytes` as `&str` if valid UTF-8. ASCII (the common case for ids, ts,
/// keys and most text) is checked 16 bytes per step, and up to 16 bytes
/// without any loop; anything else goes through `core::str::from_utf8`.
#[inline]
pub fn to_str(bytes: &[u8]) -> Option<&str> {
    if is_ascii(bytes) {
        // SAFETY: ASCII is UTF-8.
        Some(unsafe { core::str::from_utf8_unchecked(bytes) })
    } else {
        core::str::from_utf8(bytes).ok()
    }
}

#[inline]
fn is_ascii(b: &[u8]) -> bool {
    let n = b.len();
    let p = b.as_ptr();
    // SAFETY: every read below is inside b[0..n].
    unsafe {
        let w64 = |i: usize| ptr::read_unaligned(p.add(i) as *const u64);
        let w32 = |i: usize| ptr::read_unaligned(p.add(i) as *const u32);
        if n >= 8 {
            let mut acc = 0u64;
            let mut i = 0;
            while i + 16 <= n {
                acc |= w64(i) | w64(i + 8);
                i += 16;
            }
            if n - i > 8 {
                acc |= w64(i);
            }
            acc |= w64(n - 8);
            acc & 0x8080_8080_8080_8080 == 0
        } else if n >= 4 {
            (w32(0) | w32(n - 4)) & 0x8080_8080 == 0
        } else if n > 0 {
            (*p | *p.add(n / 2) | *p.add(n - 1)) & 0x80 == 0
        } else {
            true
        }
    }
}

/// A string built on the stack when it fits in `N` bytes, on the heap
/// otherwise. For keys and message texts on the hot path:
///
/// ```
/// use bothost::StrBuf;
/// let key: StrBuf = StrBuf::concat(&["count/", "U123"]);
/// assert_eq!(&*key, "count/U123");
/// let mut s = StrBuf::<8>::new();
/// s.push_str("0123456789"); // spills to the heap
/// assert_eq!(s.as_str(), "0123456789");
/// ```
pub struct StrBuf<const N: usize = 256> {
    len: usize,
    inline: [MaybeUninit<u8>; N],
    heap: Option<String>,
}

impl<const N: usize> StrBuf<N> {
    #[inline]
    pub fn new() -> Self {
        StrBuf { len: 0, inline: [MaybeUninit::uninit(); N], heap: None }
    }

    /// The concatenation of `parts`.
    #[inline]
    pub fn concat(parts: &[&str]) -> Self {
        let mut s = Self::new();
        let total: usize = parts.iter().map(|p| p.len()).sum();
        if total > N {
            s.heap = Some(String::with_capacity(total));
        }
        for p in parts {
            s.push_str(p);
        }
        s
    }

    #[inline]
    pub fn push_str(&mut self, s: &str) {
        if let Some(h) = &mut self.heap {
            h.push_str(s);
            return;
        }
        let new_len = self.len + s.len();
        if new_len <= N {
            // SAFETY: in bounds; source and destination do not overlap.
            unsafe { ptr::copy_nonoverlapping(s.as_ptr(), self.inline.as_mut_ptr().add(self.len) as *mut u8, s.len()) };
            self.len = new_len;
        } else {
            let mut h = String::with_capacity(new_len.max(2 * N));
            h.push_str(self.inline_str());
            h.push_str(s);
            self.heap = Some(h);
        }
    }

    #[inline]
    fn inline_str(&self) -> &str {
        // SAFETY: the first `len` bytes were copied from `&str`s.
        unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(self.inline.as_ptr() as *const u8, self.len)) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.heap {
            Some(h) => h,
            None => self.inline_str(),
        }
    }

    pub fn clear(&mut self) {
        self.len = 0;
        if let Some(h) = &mut self.heap {
            h.clear();
        }
    }
}

impl<const N: usize> Default for StrBuf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> core::ops::Deref for StrBuf<N> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl<const N: usize> AsRef<str> for StrBuf<N> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl<const N: usize> AsRef<[u8]> for StrBuf<N> {
    fn as_ref(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
}

impl<const N: usize> core::fmt::Display for StrBuf<N> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<const N: usize> core::fmt::Debug for StrBuf<N> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<const N: usize> PartialEq<str> for StrBuf<N> {
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl<'a, const N: usize> PartialEq<&'a str> for StrBuf<N> {
    fn eq(&self, o: &&'a str) -> bool {
        self.as_str() == *o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_utf8() {
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for n in 0..40 {
            cases.push(vec![b'a'; n]);
            for pos in 0..n {
                let mut v = vec![b'a'; n];
                v[pos] = 0xff; // invalid
                cases.push(v.clone());
                if n >= 2 && pos + 1 < n {
                    v[pos] = 0xc3; // "é" = c3 a9: valid
                    v[pos + 1] = 0xa9;
                    cases.push(v);
                }
            }
        }
        for c in &cases {
            assert_eq!(to_str(c), core::str::from_utf8(c).ok(), "{:?}", c);
        }
    }

    #[test]
    fn strbuf() {
        let s: StrBuf = StrBuf::concat(&["a", "", "bc"]);
        assert_eq!(s, "abc");
        let s = StrBuf::<4>::concat(&["ab", "cd"]);
        assert!(s.heap.is_none());
        assert_eq!(s, "abcd");
        let s = StrBuf::<4>::concat(&["ab", "cde"]);
        assert!(s.heap.is_some());
        assert_eq!(s, "abcde");
        let mut s = StrBuf::<4>::new();
        s.push_str("é");
        s.push_str("é");
        assert!(s.heap.is_none());
        s.push_str("x");
        assert_eq!(s.as_str(), "ééx");
        s.clear();
        assert_eq!(s.as_str(), "");
        s.push_str("y");
        assert_eq!(format!("{}", s), "y");
    }
}
