//! Decimal integers without `core::fmt` (small code, no allocation).

/// Parse a decimal integer the way the ABI writes them (and Go's
/// `strconv.Atoi` reads them): optional `+`/`-`, then one or more ASCII
/// digits, nothing else; `None` on overflow.
pub fn parse_i64(s: &[u8]) -> Option<i64> {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() {
        return None;
    }
    // Accumulate negatively so i64::MIN parses.
    let mut n: i64 = 0;
    for &c in digits {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        n = n.checked_mul(10)?.checked_sub(d as i64)?;
    }
    if neg {
        Some(n)
    } else {
        n.checked_neg()
    }
}

/// [`parse_i64`] on a `&str`.
pub fn parse_int(s: &str) -> Option<i64> {
    parse_i64(s.as_bytes())
}

/// A formatted integer on the stack: `Itoa::new(-42).as_str() == "-42"`.
#[derive(Clone, Copy)]
pub struct Itoa {
    buf: [u8; 20],
    start: u8,
}

impl Itoa {
    pub fn new(n: i64) -> Itoa {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let neg = n < 0;
        let mut u = n.unsigned_abs();
        loop {
            i -= 1;
            buf[i] = b'0' + (u % 10) as u8;
            u /= 10;
            if u == 0 {
                break;
            }
        }
        if neg {
            i -= 1;
            buf[i] = b'-';
        }
        Itoa { buf, start: i as u8 }
    }

    pub fn as_str(&self) -> &str {
        // SAFETY: only ASCII digits and '-' are written from `start`.
        unsafe { core::str::from_utf8_unchecked(&self.buf[self.start as usize..]) }
    }
}

impl core::ops::Deref for Itoa {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for Itoa {
    fn as_ref(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
}

impl AsRef<str> for Itoa {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl core::fmt::Display for Itoa {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::fmt::Debug for Itoa {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse() {
        assert_eq!(parse_int("0"), Some(0));
        assert_eq!(parse_int("42"), Some(42));
        assert_eq!(parse_int("+7"), Some(7));
        assert_eq!(parse_int("-7"), Some(-7));
        assert_eq!(parse_int("007"), Some(7));
        assert_eq!(parse_int("9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_int("-9223372036854775808"), Some(i64::MIN));
        for bad in ["", "-", "+", " 1", "1 ", "1.5", "1e3", "0x10", "9223372036854775808", "1_000", "--1"] {
            assert_eq!(parse_int(bad), None, "{:?}", bad);
        }
    }

    #[test]
    fn format() {
        for n in [0, 1, -1, 9, 10, 123456789, i64::MAX, i64::MIN] {
            assert_eq!(Itoa::new(n).as_str(), n.to_string());
        }
    }
}
