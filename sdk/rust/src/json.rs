//! A tiny JSON reader: enough to pull top-level values out of the skill's
//! config object (§4) without serde. Nested objects and arrays are returned
//! as raw JSON text. It never panics on malformed input; it stops reading.

use std::borrow::Cow;

/// A JSON value. Strings are unescaped (borrowed when there was nothing to
/// unescape); numbers, arrays and objects are returned as their source text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number's source text, e.g. `"-1.5e3"`.
    Number(&'a str),
    String(Cow<'a, str>),
    /// Raw JSON text of the array, brackets included.
    Array(&'a str),
    /// Raw JSON text of the object, braces included. Read it with
    /// [`Object::new`].
    Object(&'a str),
}

impl<'a> Value<'a> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The string, owned or borrowed from the source.
    pub fn into_str(self) -> Option<Cow<'a, str>> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// An integer: a JSON integer in range, or a float with no fraction.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => crate::num::parse_int(n).or_else(|| {
                let f: f64 = n.parse().ok()?;
                if f.fract() == 0.0 && (-9.223372036854776e18..9.223372036854776e18).contains(&f) {
                    Some(f as i64)
                } else {
                    None
                }
            }),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// For objects: a reader over the nested object.
    pub fn as_object(&self) -> Option<Object<'a>> {
        match self {
            Value::Object(s) => Some(Object::new(s)),
            _ => None,
        }
    }
}

/// A reader over a JSON object's top-level members. When a key repeats the
/// last value wins (as with Go's `encoding/json`).
///
/// ```
/// let cfg = bothost::Config::new(r#"{"prefix": "hi: ", "n": 3, "on": true, "x": {"a": [1]}}"#);
/// assert_eq!(cfg.get_str("prefix").as_deref(), Some("hi: "));
/// assert_eq!(cfg.get_i64("n"), Some(3));
/// assert_eq!(cfg.get_bool("on"), Some(true));
/// assert_eq!(cfg.get_str("missing"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Object<'a> {
    src: &'a str,
}

/// The skill's config: a JSON object.
pub type Config<'a> = Object<'a>;

impl<'a> Object<'a> {
    /// Wrap JSON text. Nothing is parsed until a lookup; text that is not an
    /// object simply has no members.
    pub const fn new(src: &'a str) -> Object<'a> {
        Object { src }
    }

    /// The JSON text.
    pub fn raw(&self) -> &'a str {
        self.src
    }

    /// The value of a top-level member.
    pub fn get(&self, key: &str) -> Option<Value<'a>> {
        let mut found = None;
        for (k, v) in self.iter() {
            if k == key {
                found = Some(v);
            }
        }
        found
    }

    /// A string member (`None` if absent or not a string).
    pub fn get_str(&self, key: &str) -> Option<Cow<'a, str>> {
        self.get(key).and_then(Value::into_str)
    }

    /// A string member or a default.
    pub fn str_or(&self, key: &str, default: &'a str) -> Cow<'a, str> {
        self.get_str(key).unwrap_or(Cow::Borrowed(default))
    }

    pub fn get_i64(&self, key: &str) -> Option<i64> {
        self.get(key).and_then(|v| v.as_i64())
    }

    pub fn get_f64(&self, key: &str) -> Option<f64> {
        self.get(key).and_then(|v| v.as_f64())
    }

    pub fn get_bool(&self, key: &str) -> Option<bool> {
        self.get(key).and_then(|v| v.as_bool())
    }

    /// The members in order. Stops at the first syntax error.
    pub fn iter(&self) -> Members<'a> {
        let mut p = Parser { src: self.src, s: self.src.as_bytes(), i: 0 };
        p.ws();
        let state = if p.eat(b'{') { State::First } else { State::Done };
        Members { p, state }
    }
}

#[derive(Clone, Copy, Debug)]
enum State {
    First,
    Next,
    Done,
}

/// Iterator over an object's `(key, value)` members.
#[derive(Clone, Debug)]
pub struct Members<'a> {
    p: Parser<'a>,
    state: State,
}

impl<'a> Iterator for Members<'a> {
    type Item = (Cow<'a, str>, Value<'a>);
    fn next(&mut self) -> Option<Self::Item> {
        let r = self.step();
        if r.is_none() {
            self.state = State::Done;
        }
        r
    }
}

impl<'a> Members<'a> {
    fn step(&mut self) -> Option<(Cow<'a, str>, Value<'a>)> {
        let p = &mut self.p;
        p.ws();
        match self.state {
            State::Done => return None,
            State::First => {
                if p.eat(b'}') {
                    return None;
                }
            }
            State::Next => {
                if p.eat(b'}') || !p.eat(b',') {
                    return None;
                }
                p.ws();
            }
        }
        let key = p.string()?;
        p.ws();
        if !p.eat(b':') {
            return None;
        }
        p.ws();
        let val = p.value()?;
        self.state = State::Next;
        Some((key, val))
    }
}

#[derive(Clone, Debug)]
struct Parser<'a> {
    src: &'a str,
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn lit(&mut self, word: &[u8]) -> bool {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Value<'a>> {
        match self.peek()? {
            b'"' => self.string().map(Value::String),
            b'{' | b'[' => {
                let start = self.i;
                let open = self.s[start];
                self.skip_container()?;
                let raw = &self.src[start..self.i];
                Some(if open == b'{' { Value::Object(raw) } else { Value::Array(raw) })
            }
            b't' if self.lit(b"true") => Some(Value::Bool(true)),
            b'f' if self.lit(b"false") => Some(Value::Bool(false)),
            b'n' if self.lit(b"null") => Some(Value::Null),
            b'-' | b'0'..=b'9' => self.number().map(Value::Number),
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Option<&'a str> {
        let start = self.i;
        self.eat(b'-');
        if self.digits() == 0 {
            return None;
        }
        if self.eat(b'.') && self.digits() == 0 {
            return None;
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(&self.src[start..self.i])
    }

    /// Skip a balanced `{...}` or `[...]`, minding strings.
    fn skip_container(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => {
                    self.skip_string()?;
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return Some(());
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
    }

    /// Skip a string; returns whether it had escapes.
    fn skip_string(&mut self) -> Option<bool> {
        if !self.eat(b'"') {
            return None;
        }
        let mut escaped = false;
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(escaped);
                }
                b'\\' => {
                    escaped = true;
                    self.i += 2;
                }
                c if c < 0x20 => return None,
                _ => self.i += 1,
            }
        }
    }

    fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.i;
        let escaped = self.skip_string()?;
        let body = &self.src[start + 1..self.i - 1];
        if !escaped {
            return Some(Cow::Borrowed(body));
        }
        unescape(body).map(Cow::Owned)
    }
}

fn hex4(b: &[u8]) -> Option<u32> {
    if b.len() < 4 {
        return None;
    }
    let mut n = 0u32;
    for &c in &b[..4] {
        let d = (c as char).to_digit(16)?;
        n = n * 16 + d;
    }
    Some(n)
}

fn unescape(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        // Copy the run up to the next backslash.
        let run_end = b[i..].iter().position(|&c| c == b'\\').map_or(b.len(), |p| i + p);
        out.push_str(&body[i..run_end]);
        i = run_end;
        if i >= b.len() {
            break;
        }
        let c = *b.get(i + 1)?;
        i += 2;
        match c {
            b'"' => out.push('"'),
            b'\\' => out.push('\\'),
            b'/' => out.push('/'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'u' => {
                let hi = hex4(&b[i..])?;
                i += 4;
                let cp = if (0xD800..0xDC00).contains(&hi) {
                    // A high surrogate: combine with a following low one.
                    match (b.get(i..i + 2), hex4(b.get(i + 2..).unwrap_or(&[]))) {
                        (Some(b"\\u"), Some(lo)) if (0xDC00..0xE000).contains(&lo) => {
                            i += 6;
                            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                        }
                        _ => 0xFFFD,
                    }
                } else {
                    hi
                };
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        let o = Object::new(
            r#" { "prefix" : "echo: ", "n":-12, "f": 1.5e2, "t":true, "z":false, "nil": null,
                 "arr": [1, "]", {"a": "}"}], "obj": {"k": "v", "n": {"deep": [1]}}, "after": "ok" } "#,
        );
        assert_eq!(o.get_str("prefix").as_deref(), Some("echo: "));
        assert!(matches!(o.get_str("prefix"), Some(Cow::Borrowed(_))));
        assert_eq!(o.get_i64("n"), Some(-12));
        assert_eq!(o.get_f64("f"), Some(150.0));
        assert_eq!(o.get_i64("f"), Some(150));
        assert_eq!(o.get_bool("t"), Some(true));
        assert_eq!(o.get_bool("z"), Some(false));
        assert!(o.get("nil").unwrap().is_null());
        assert_eq!(o.get("arr"), Some(Value::Array(r#"[1, "]", {"a": "}"}]"#)));
        let inner = o.get("obj").unwrap().as_object().unwrap();
        assert_eq!(inner.get_str("k").as_deref(), Some("v"));
        assert_eq!(o.get_str("after").as_deref(), Some("ok"));
        assert_eq!(o.get_str("n"), None); // wrong type
        assert_eq!(o.get_str("missing"), None);
        assert_eq!(o.iter().count(), 9);
        assert_eq!(o.str_or("missing", "dflt"), "dflt");
    }

    #[test]
    fn escapes() {
        let o = Object::new(r#"{"s": "a\"b\\c\/d\n\t\u00e9\ud83d\ude00\ud800x", "k\u0065y": 1}"#);
        assert_eq!(o.get_str("s").as_deref(), Some("a\"b\\c/d\n\té😀\u{fffd}x"));
        assert_eq!(o.get_i64("key"), Some(1));
    }

    #[test]
    fn last_duplicate_wins() {
        assert_eq!(Object::new(r#"{"a":"1","a":"2"}"#).get_str("a").as_deref(), Some("2"));
    }

    #[test]
    fn empty_and_malformed() {
        for src in [
            "", "{}", " {} ", "[]", "null", "\"x\"", "{", "{\"a\"", "{\"a\":", "{\"a\":}", "{\"a\" 1}",
            "{\"a\":1,}", "{\"a\":tru}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\q\"}", "{\"a\":[1,2}", "{\"a\":\"x",
            "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":\"\u{1}\"}", "{'a':1}",
        ] {
            let o = Object::new(src);
            let _ = o.iter().count();
            assert_eq!(o.get_str("a"), None, "{:?}", src);
        }
        // members before an error are still readable
        let o = Object::new(r#"{"a":"x", "b": oops}"#);
        assert_eq!(o.get_str("a").as_deref(), Some("x"));
        assert_eq!(o.get("b"), None);
    }

    #[test]
    fn big_numbers() {
        let o = Object::new(r#"{"big": 1e300, "max": 9223372036854775807, "over": 9223372036854775808}"#);
        assert_eq!(o.get_i64("big"), None);
        assert_eq!(o.get_f64("big"), Some(1e300));
        assert_eq!(o.get_i64("max"), Some(i64::MAX));
        assert_eq!(o.get_i64("over"), None);
    }
}
