//! `http_fetch` request and response records (§3.4).

use crate::error::{Error, Result};
use crate::record::{put, put_unchecked, Record};

/// An outgoing HTTP request. Empty fields are left out of the record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Request<'a> {
    /// `GET` when empty.
    pub method: &'a str,
    pub url: &'a str,
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
    /// 0: the host's default.
    pub timeout_ms: i64,
}

impl<'a> Request<'a> {
    pub fn get(url: &'a str) -> Request<'a> {
        Request { method: "GET", url, ..Request::default() }
    }

    pub fn post(url: &'a str, body: &'a [u8]) -> Request<'a> {
        Request { method: "POST", url, body, ..Request::default() }
    }

    pub fn encode_into(&self, out: &mut Vec<u8>) -> Result<()> {
        let method = if self.method.is_empty() { "GET" } else { self.method };
        put_unchecked(out, b"method", method.as_bytes());
        put_unchecked(out, b"url", self.url.as_bytes());
        if !self.headers.is_empty() {
            let mut h = Vec::new();
            for (k, v) in self.headers {
                put(&mut h, k.as_bytes(), v.as_bytes())?;
            }
            put_unchecked(out, b"headers", &h);
        }
        if !self.body.is_empty() {
            put_unchecked(out, b"body", self.body);
        }
        if self.timeout_ms > 0 {
            put_unchecked(out, b"timeout_ms", crate::num::Itoa::new(self.timeout_ms).as_bytes());
        }
        Ok(())
    }
}

/// An HTTP response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// Header name (lower-case) and value, in the host's order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// Decode a response record (a missing or bad `status` reads as 0).
    pub fn decode(rec: &[u8]) -> Result<Response> {
        let r = Record::parse(rec).map_err(|_| Error::Unavailable)?;
        let status = r
            .get("status")
            .and_then(crate::num::parse_i64)
            .filter(|s| (0..=999).contains(s))
            .unwrap_or(0) as u16;
        let mut headers = Vec::new();
        if let Some(h) = r.get("headers") {
            for (k, v) in Record::parse(h).map_err(|_| Error::Unavailable)?.iter() {
                headers.push((String::from_utf8_lossy(k).into_owned(), String::from_utf8_lossy(v).into_owned()));
            }
        }
        Ok(Response { status, headers, body: r.get("body").unwrap_or(b"").to_vec() })
    }

    /// Encode as a response record (fakes, tests).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put_unchecked(&mut out, b"status", crate::num::Itoa::new(self.status as i64).as_bytes());
        if !self.headers.is_empty() {
            let mut h = Vec::new();
            for (k, v) in &self.headers {
                let _ = put(&mut h, k.as_bytes(), v.as_bytes());
            }
            put_unchecked(&mut out, b"headers", &h);
        }
        put_unchecked(&mut out, b"body", &self.body);
        out
    }

    /// A header, matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_encoding() {
        let mut out = Vec::new();
        Request { headers: &[("accept", "text/plain")], timeout_ms: 500, ..Request::get("https://x/") }
            .encode_into(&mut out)
            .unwrap();
        let r = Record::parse(&out).unwrap();
        assert_eq!(r.get_str("method"), Some("GET"));
        assert_eq!(r.get_str("url"), Some("https://x/"));
        assert_eq!(r.get_str("timeout_ms"), Some("500"));
        assert_eq!(r.get("body"), None);
        let h = Record::parse(r.get("headers").unwrap()).unwrap();
        assert_eq!(h.get_str("accept"), Some("text/plain"));
    }

    #[test]
    fn response_roundtrip() {
        let resp = Response { status: 201, headers: vec![("content-type".into(), "a/b".into())], body: b"ok".to_vec() };
        let back = Response::decode(&resp.encode()).unwrap();
        assert_eq!(back, resp);
        assert_eq!(back.header("Content-Type"), Some("a/b"));
        assert_eq!(back.text(), "ok");
        assert_eq!(Response::decode(b"").unwrap().status, 0);
        assert_eq!(Response::decode(&[1, b'x']).unwrap_err(), Error::Unavailable);
    }
}
