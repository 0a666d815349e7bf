//! The ABI's binary record format (§3) and key lists (§3.3).
//!
//! ```text
//! record = entry*
//! entry  = key_len:u8  key:[key_len]byte  val_len:u32le  val:[val_len]byte
//! ```
//!
//! Reading borrows from the input (no allocation); writing appends to a
//! caller-supplied `Vec<u8>`.

use crate::error::{Error, Result};

/// Read the entry starting at `pos`. Returns `(key, value, next_pos)`.
/// Fails on a truncated entry or an empty key.
#[inline]
pub(crate) fn entry_at(buf: &[u8], pos: usize) -> Result<(&[u8], &[u8], usize)> {
    let klen = *buf.get(pos).ok_or(Error::InvalidArgument)? as usize;
    if klen == 0 {
        return Err(Error::InvalidArgument);
    }
    let kstart = pos + 1;
    let kend = kstart + klen;
    let vstart = kend + 4;
    if vstart > buf.len() {
        return Err(Error::InvalidArgument);
    }
    let vlen = u32::from_le_bytes([buf[kend], buf[kend + 1], buf[kend + 2], buf[kend + 3]]) as usize;
    if vlen > buf.len() - vstart {
        return Err(Error::InvalidArgument);
    }
    let vend = vstart + vlen;
    Ok((&buf[kstart..kend], &buf[vstart..vend], vend))
}

/// A read-only view of an encoded record.
///
/// Construct with [`Record::parse`] (validates once, then iteration cannot
/// fail). When a key repeats, [`Record::get`] returns the first value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Record<'a> {
    buf: &'a [u8],
}

impl<'a> Record<'a> {
    /// Validate `buf` as a record.
    pub fn parse(buf: &'a [u8]) -> Result<Record<'a>> {
        let mut pos = 0;
        while pos < buf.len() {
            pos = entry_at(buf, pos)?.2;
        }
        Ok(Record { buf })
    }

    /// An empty record.
    pub const fn empty() -> Record<'static> {
        Record { buf: &[] }
    }

    /// Wrap bytes already known to be a valid record (e.g. validated by
    /// [`Record::parse`]). Iterating an invalid record stops at the first bad
    /// entry; it never panics.
    pub const fn from_valid(buf: &'a [u8]) -> Record<'a> {
        Record { buf }
    }

    /// The encoded bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.buf
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The first value for `key`.
    pub fn get(&self, key: &str) -> Option<&'a [u8]> {
        self.get_bytes(key.as_bytes())
    }

    /// The first value for a byte key.
    pub fn get_bytes(&self, key: &[u8]) -> Option<&'a [u8]> {
        self.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The first value for `key` as UTF-8 text (`None` if absent or not UTF-8).
    pub fn get_str(&self, key: &str) -> Option<&'a str> {
        self.get(key).and_then(crate::text::to_str)
    }

    /// The entries in order, as `(key, value)`.
    pub fn iter(&self) -> Entries<'a> {
        Entries { buf: self.buf, pos: 0 }
    }
}

impl<'a> IntoIterator for Record<'a> {
    type Item = (&'a [u8], &'a [u8]);
    type IntoIter = Entries<'a>;
    fn into_iter(self) -> Entries<'a> {
        self.iter()
    }
}

/// Iterator over a record's `(key, value)` entries.
#[derive(Clone, Debug)]
pub struct Entries<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Entries<'a> {
    type Item = (&'a [u8], &'a [u8]);
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.buf.len() {
            return None;
        }
        match entry_at(self.buf, self.pos) {
            Ok((k, v, next)) => {
                self.pos = next;
                Some((k, v))
            }
            Err(_) => {
                self.pos = self.buf.len();
                None
            }
        }
    }
}

/// Append one entry to `out`. The key must be 1–255 bytes and the value at
/// most `u32::MAX` bytes, else `Err(InvalidArgument)` / `Err(TooLarge)` and
/// `out` is unchanged.
#[inline]
pub fn put(out: &mut Vec<u8>, key: &[u8], val: &[u8]) -> Result<()> {
    if key.is_empty() || key.len() > 255 {
        return Err(Error::InvalidArgument);
    }
    if val.len() > u32::MAX as usize {
        return Err(Error::TooLarge);
    }
    put_unchecked(out, key, val);
    Ok(())
}

/// Append one entry; the caller guarantees the key length is 1..=255.
#[inline]
pub(crate) fn put_unchecked(out: &mut Vec<u8>, key: &[u8], val: &[u8]) {
    debug_assert!(!key.is_empty() && key.len() <= 255);
    out.reserve(1 + key.len() + 4 + val.len());
    out.push(key.len() as u8);
    out.extend_from_slice(key);
    out.extend_from_slice(&(val.len() as u32).to_le_bytes());
    out.extend_from_slice(val);
}

/// Builds a record into an owned buffer, chaining:
///
/// ```
/// let rec = bothost::record::RecordBuilder::new()
///     .set("kind", "message")
///     .set("text", "hi")
///     .finish();
/// assert_eq!(bothost::record::Record::parse(&rec).unwrap().get_str("text"), Some("hi"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordBuilder {
    buf: Vec<u8>,
}

impl RecordBuilder {
    pub fn new() -> RecordBuilder {
        RecordBuilder { buf: Vec::new() }
    }

    /// Add an entry. Panics if the key is empty or longer than 255 bytes
    /// (use [`RecordBuilder::push`] to get an error instead).
    pub fn set(mut self, key: &str, val: impl AsRef<[u8]>) -> RecordBuilder {
        if let Err(e) = put(&mut self.buf, key.as_bytes(), val.as_ref()) {
            panic!("bothost: record key {:?}: {}", key, e);
        }
        self
    }

    /// Add a nested record as a value (e.g. `headers`).
    pub fn set_record(self, key: &str, rec: &RecordBuilder) -> RecordBuilder {
        let bytes = rec.buf.clone();
        self.set(key, bytes)
    }

    /// Add an entry, reporting a bad key instead of panicking.
    pub fn push(&mut self, key: &[u8], val: &[u8]) -> Result<()> {
        put(&mut self.buf, key, val)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf
    }

    pub fn finish(self) -> Vec<u8> {
        self.buf
    }
}

/// A key list as returned by `kv_list` (§3.3): `(len:u32le key:[len]byte)*`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyList {
    buf: Vec<u8>,
    count: usize,
}

impl KeyList {
    /// Validate and wrap an encoded key list.
    pub fn from_bytes(buf: Vec<u8>) -> Result<KeyList> {
        let mut pos = 0;
        let mut count = 0;
        while pos < buf.len() {
            pos = key_at(&buf, pos).ok_or(Error::InvalidArgument)?.1;
            count += 1;
        }
        Ok(KeyList { buf, count })
    }

    /// Encode keys as a key list (used by the fake host and tests).
    pub fn encode<'k, I: IntoIterator<Item = &'k [u8]>>(keys: I) -> Vec<u8> {
        let mut out = Vec::new();
        for k in keys {
            out.extend_from_slice(&(k.len() as u32).to_le_bytes());
            out.extend_from_slice(k);
        }
        out
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The keys as bytes, in the order the host gave them (byte order).
    pub fn iter(&self) -> KeyIter<'_> {
        KeyIter { buf: &self.buf, pos: 0 }
    }

    /// The keys as strings (invalid UTF-8 replaced by U+FFFD).
    pub fn to_strings(&self) -> Vec<String> {
        self.iter().map(|k| String::from_utf8_lossy(k).into_owned()).collect()
    }

    /// The keys joined by `sep` (invalid UTF-8 replaced by U+FFFD).
    pub fn join(&self, sep: &str) -> String {
        let mut out = Vec::with_capacity(self.buf.len());
        for (i, k) in self.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(sep.as_bytes());
            }
            out.extend_from_slice(k);
        }
        match String::from_utf8(out) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    }

    /// The encoded bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf
    }
}

impl<'a> IntoIterator for &'a KeyList {
    type Item = &'a [u8];
    type IntoIter = KeyIter<'a>;
    fn into_iter(self) -> KeyIter<'a> {
        self.iter()
    }
}

#[inline]
fn key_at(buf: &[u8], pos: usize) -> Option<(&[u8], usize)> {
    let start = pos.checked_add(4)?;
    if start > buf.len() {
        return None;
    }
    let len = u32::from_le_bytes([buf[pos], buf[pos + 1], buf[pos + 2], buf[pos + 3]]) as usize;
    if len > buf.len() - start {
        return None;
    }
    Some((&buf[start..start + len], start + len))
}

/// Iterator over a [`KeyList`].
#[derive(Clone, Debug)]
pub struct KeyIter<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for KeyIter<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<&'a [u8]> {
        if self.pos >= self.buf.len() {
            return None;
        }
        match key_at(self.buf, self.pos) {
            Some((k, next)) => {
                self.pos = next;
                Some(k)
            }
            None => {
                self.pos = self.buf.len();
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let mut buf = Vec::new();
        put(&mut buf, b"kind", b"message").unwrap();
        put(&mut buf, b"text", b"").unwrap();
        put(&mut buf, b"x", &[0, 1, 2, 255]).unwrap();
        assert_eq!(&buf[..5], &[4, b'k', b'i', b'n', b'd']);
        assert_eq!(&buf[5..9], &[7, 0, 0, 0]);
        let r = Record::parse(&buf).unwrap();
        assert_eq!(r.get_str("kind"), Some("message"));
        assert_eq!(r.get("text"), Some(&b""[..]));
        assert_eq!(r.get("x"), Some(&[0u8, 1, 2, 255][..]));
        assert_eq!(r.get("nope"), None);
        assert_eq!(r.iter().count(), 3);
    }

    #[test]
    fn empty_record_is_valid() {
        let r = Record::parse(&[]).unwrap();
        assert!(r.is_empty());
        assert_eq!(r.iter().next(), None);
    }

    #[test]
    fn first_value_wins() {
        let rec = RecordBuilder::new().set("a", "1").set("a", "2").finish();
        assert_eq!(Record::parse(&rec).unwrap().get_str("a"), Some("1"));
    }

    #[test]
    fn bad_keys_rejected() {
        let mut buf = Vec::new();
        assert_eq!(put(&mut buf, b"", b"v"), Err(Error::InvalidArgument));
        assert_eq!(put(&mut buf, &[b'k'; 256], b"v"), Err(Error::InvalidArgument));
        assert!(buf.is_empty());
        put(&mut buf, &[b'k'; 255], b"v").unwrap();
        assert_eq!(Record::parse(&buf).unwrap().get_bytes(&[b'k'; 255]), Some(&b"v"[..]));
    }

    #[test]
    fn malformed() {
        // truncated key
        assert!(Record::parse(&[4, b'k']).is_err());
        // truncated length
        assert!(Record::parse(&[1, b'k', 1, 0]).is_err());
        // value longer than buffer
        assert!(Record::parse(&[1, b'k', 5, 0, 0, 0, b'a']).is_err());
        // huge length must not overflow
        assert!(Record::parse(&[1, b'k', 0xff, 0xff, 0xff, 0xff]).is_err());
        // zero-length key
        assert!(Record::parse(&[0, 0, 0, 0, 0]).is_err());
        // iteration over an unchecked bad record stops, no panic
        let r = Record::from_valid(&[1, b'a', 1, 0, 0, 0, b'x', 9, 9]);
        assert_eq!(r.iter().count(), 1);
    }

    #[test]
    fn key_list() {
        let enc = KeyList::encode(vec![&b"a"[..], b"", b"count/U1"]);
        let kl = KeyList::from_bytes(enc).unwrap();
        assert_eq!(kl.len(), 3);
        assert_eq!(kl.to_strings(), vec!["a", "", "count/U1"]);
        assert_eq!(kl.join(","), "a,,count/U1");
        assert!(KeyList::from_bytes(vec![1, 0, 0]).is_err());
        assert!(KeyList::from_bytes(vec![2, 0, 0, 0, b'a']).is_err());
        assert!(KeyList::from_bytes(Vec::new()).unwrap().is_empty());
    }
}
