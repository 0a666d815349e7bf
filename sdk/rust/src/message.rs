//! The message record for `reply`, `post` and `update` (§3.2), and the `ts`
//! the host returns.

use crate::record::put_unchecked;

/// A message to send. Fields are borrowed; an empty field is left out of the
/// record (so `in_thread: false` and `text: ""` are simply absent).
///
/// ```
/// use bothost::Message;
/// let m = Message::new().text("hi").in_thread(true);
/// let m2 = Message { text: "hi", in_thread: true, ..Message::new() };
/// assert_eq!(m, m2);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Message<'a> {
    /// Message text (mrkdwn); fallback text when `blocks` is set.
    pub text: &'a str,
    /// Block Kit JSON array.
    pub blocks: &'a str,
    /// `reply` only: answer in the event's thread.
    pub in_thread: bool,
    /// `post`, `update`: channel id.
    pub channel: &'a str,
    /// `post`: post into this thread.
    pub thread_ts: &'a str,
    /// `update`: the message to replace.
    pub ts: &'a str,
    /// `reply`, `post`: show only to this user.
    pub ephemeral_user: &'a str,
}

impl<'a> Message<'a> {
    pub const fn new() -> Message<'a> {
        Message {
            text: "",
            blocks: "",
            in_thread: false,
            channel: "",
            thread_ts: "",
            ts: "",
            ephemeral_user: "",
        }
    }

    pub fn text(mut self, text: &'a str) -> Self {
        self.text = text;
        self
    }
    pub fn blocks(mut self, blocks_json: &'a str) -> Self {
        self.blocks = blocks_json;
        self
    }
    pub fn in_thread(mut self, yes: bool) -> Self {
        self.in_thread = yes;
        self
    }
    pub fn channel(mut self, channel: &'a str) -> Self {
        self.channel = channel;
        self
    }
    pub fn thread_ts(mut self, thread_ts: &'a str) -> Self {
        self.thread_ts = thread_ts;
        self
    }
    pub fn ts(mut self, ts: &'a str) -> Self {
        self.ts = ts;
        self
    }
    pub fn ephemeral_user(mut self, user: &'a str) -> Self {
        self.ephemeral_user = user;
        self
    }

    /// Size of the encoded record.
    pub fn encoded_len(&self) -> usize {
        let f = |k: &str, v: &str| if v.is_empty() { 0 } else { 5 + k.len() + v.len() };
        f("text", self.text)
            + f("blocks", self.blocks)
            + if self.in_thread { 5 + 9 + 1 } else { 0 }
            + f("channel", self.channel)
            + f("thread_ts", self.thread_ts)
            + f("ts", self.ts)
            + f("ephemeral_user", self.ephemeral_user)
    }

    /// Append the record to `out`. Keys are written in the order of the ABI
    /// table: text, blocks, in_thread, channel, thread_ts, ts, ephemeral_user.
    pub fn encode_into(&self, out: &mut Vec<u8>) {
        out.reserve(self.encoded_len());
        let mut f = |k: &[u8], v: &str| {
            if !v.is_empty() {
                put_unchecked(out, k, v.as_bytes())
            }
        };
        f(b"text", self.text);
        f(b"blocks", self.blocks);
        f(b"in_thread", if self.in_thread { "1" } else { "" });
        f(b"channel", self.channel);
        f(b"thread_ts", self.thread_ts);
        f(b"ts", self.ts);
        f(b"ephemeral_user", self.ephemeral_user);
    }

    /// The encoded record.
    pub fn encode(&self) -> Vec<u8> {
        let mut v = Vec::new();
        self.encode_into(&mut v);
        v
    }
}

pub(crate) const TS_INLINE: usize = 46;

/// A Slack message timestamp returned by `reply`/`post`. Short values (all
/// real ones) are stored inline, so receiving one does not allocate.
#[derive(Clone)]
pub struct Ts {
    repr: TsRepr,
}

#[derive(Clone)]
enum TsRepr {
    Inline { len: u8, buf: [u8; TS_INLINE] },
    Heap(String),
}

impl Ts {
    pub(crate) fn from_inline(buf: [u8; TS_INLINE], len: usize) -> Ts {
        if crate::text::to_str(&buf[..len]).is_some() {
            Ts { repr: TsRepr::Inline { len: len as u8, buf } }
        } else {
            Ts::from_bytes(buf[..len].to_vec())
        }
    }

    pub(crate) fn from_bytes(v: Vec<u8>) -> Ts {
        let s = match String::from_utf8(v) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        Ts { repr: TsRepr::Heap(s) }
    }

    /// Make a `Ts` from text (tests, fakes).
    pub fn new(s: &str) -> Ts {
        if s.len() <= TS_INLINE {
            let mut buf = [0u8; TS_INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Ts { repr: TsRepr::Inline { len: s.len() as u8, buf } }
        } else {
            Ts { repr: TsRepr::Heap(s.to_owned()) }
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.repr {
            // SAFETY: validated as UTF-8 on construction.
            TsRepr::Inline { len, buf } => unsafe { core::str::from_utf8_unchecked(&buf[..*len as usize]) },
            TsRepr::Heap(s) => s,
        }
    }
}

impl core::ops::Deref for Ts {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Ts {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl core::fmt::Display for Ts {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl core::fmt::Debug for Ts {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Ts {
    fn eq(&self, o: &Ts) -> bool {
        self.as_str() == o.as_str()
    }
}
impl Eq for Ts {}

impl PartialEq<str> for Ts {
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl<'a> PartialEq<&'a str> for Ts {
    fn eq(&self, o: &&'a str) -> bool {
        self.as_str() == *o
    }
}

impl From<Ts> for String {
    fn from(t: Ts) -> String {
        match t.repr {
            TsRepr::Heap(s) => s,
            TsRepr::Inline { .. } => t.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Record;

    #[test]
    fn encode_skips_empty_fields() {
        let m = Message::new().text("hi");
        let rec = m.encode();
        assert_eq!(rec, vec![4, b't', b'e', b'x', b't', 2, 0, 0, 0, b'h', b'i']);
        assert_eq!(m.encoded_len(), rec.len());
    }

    #[test]
    fn encode_all_in_abi_order() {
        let m = Message {
            text: "t",
            blocks: "[]",
            in_thread: true,
            channel: "C",
            thread_ts: "1.2",
            ts: "3.4",
            ephemeral_user: "U",
        };
        let rec = m.encode();
        assert_eq!(m.encoded_len(), rec.len());
        let keys: Vec<&[u8]> = Record::parse(&rec).unwrap().iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            vec![&b"text"[..], b"blocks", b"in_thread", b"channel", b"thread_ts", b"ts", b"ephemeral_user"]
        );
        let r = Record::parse(&rec).unwrap();
        assert_eq!(r.get_str("in_thread"), Some("1"));
        assert_eq!(r.get_str("blocks"), Some("[]"));
    }

    #[test]
    fn ts() {
        let t = Ts::new("1700000000.000100");
        assert_eq!(t, "1700000000.000100");
        assert_eq!(t.len(), 17);
        let long = "x".repeat(100);
        assert_eq!(Ts::new(&long).as_str(), long);
        assert_eq!(String::from(Ts::new("a")), "a");
        assert_eq!(Ts::from_bytes(vec![b'a', 0xff]).as_str(), "a\u{fffd}");
    }
}
