//! The classifier's features, model file and prediction. The native trainer
//! (`src/bin/tc-model.rs`) and the wasm skill both use this module, so a
//! question is turned into features by the same code on both sides.
//!
//! Features (all hashed to 32 bits with FNV-1a, vocabulary kept from the
//! training set):
//! * word unigrams, lower-cased; identifiers are also split into their
//!   camelCase / PascalCase / snake_case parts (`SocketsHttpHandler` gives
//!   `socketshttphandler`, `sockets`, `http`, `handler`), so a question that
//!   says "http handler" meets an issue that says `HttpHandler`;
//! * word bigrams over the split parts;
//! * character n-grams of each part (padded with spaces, like scikit-learn's
//!   `char_wb`), which carry plurals, stems and misspellings.
//!
//! Each block (words, chars) is TF-IDF weighted (sublinear tf) and
//! L2-normalised on its own, then the char block is scaled by
//! `char_weight`. Scores are a linear one-vs-rest model (trained as a linear
//! SVM); confidence is a softmax of the scores with a temperature fitted by
//! cross-validation.
//!
//! Determinism: wasm and native must agree bit for bit, so nothing here
//! calls `ln`/`exp` from the platform's libm (they may differ in the last
//! bit). The tf table and idf values are computed by the trainer and stored
//! in the file; `exp` is [`exp_det`], built from `+ - * /` and `floor`,
//! which IEEE 754 fixes exactly on every target. `sqrt` is exact too.

use std::collections::HashMap;

/// Model file magic and format version.
pub const MAGIC: [u8; 4] = *b"TCM1";
/// Only the first this many characters of a text are read: a 40,000
/// character message costs no more than a long issue.
pub const MAX_CHARS: usize = 12_000;
/// Entries of the sublinear tf table (`1 + ln(tf)`); larger counts use the last.
pub const TF_TABLE: usize = 64;
const CHAR_BIT: u32 = 0x8000_0000;

/// Function words dropped everywhere (training and questions alike).
const STOP: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "both", "but", "by", "can", "cant", "could", "did", "didnt", "do",
    "does", "doesnt", "done", "dont", "down", "each", "few", "for", "from", "further", "get", "gets", "got",
    "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "im", "in", "into", "is", "isnt",
    "it", "its", "ive", "just", "let", "lets", "ll", "may", "me", "might", "more", "most", "must", "my", "no",
    "not", "of", "on", "once", "only", "or", "other", "our", "out", "over", "own", "re", "same", "shall",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "to", "too", "up", "us", "ve", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your",
];

/// Words of a chat question that say "route this" rather than what it is
/// about ("who knows", "which team owns", "anyone familiar with"). Dropped
/// from questions only: issue text never says them, so they could only add
/// noise.
const QUESTION_STOP: &[&str] = &[
    "anybody", "anyone", "area", "ask", "asking", "best", "bot", "care", "charge", "contact", "cover",
    "covers", "deal", "deals", "expert", "experts", "explain", "familiar", "folks", "go", "goes", "guys",
    "handle", "handles", "hello", "help", "helps", "hey", "hi", "idea", "know", "knowing", "knows", "look",
    "looking", "looks", "maintain", "maintainer", "maintainers", "maintains", "need", "needs", "owner",
    "owners", "ownership", "owning", "owns", "people", "person", "ping", "please", "pls", "point", "question",
    "questions", "reach", "responsibility", "responsible", "right", "should", "somebody", "someone", "take",
    "takes", "talk", "team", "teams", "tell", "thank", "thanks", "understand", "understands", "want", "wants",
    "what", "which", "who", "whom", "work", "working", "works",
];

/// What the feature extractor does; stored in the model file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeatureParams {
    /// Shortest and longest character n-gram; `char_max == 0`: none.
    pub char_min: u8,
    pub char_max: u8,
    /// Word bigrams on or off.
    pub bigrams: bool,
    /// Weight of the character block against the word block (1.0).
    pub char_weight: f32,
}

impl Default for FeatureParams {
    fn default() -> Self {
        FeatureParams { char_min: 3, char_max: 5, bigrams: true, char_weight: 1.0 }
    }
}

const FNV_INIT: u32 = 0x811c_9dc5;

#[inline]
fn fnv_byte(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(0x0100_0193)
}

fn fnv(seed: u8, parts: &[&str]) -> u32 {
    let mut h = fnv_byte(FNV_INIT, seed);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h = fnv_byte(h, b' ');
        }
        for &b in p.as_bytes() {
            h = fnv_byte(h, b);
        }
    }
    h
}

/// Changes whenever the tokenizer changes meaning; with the word lists it
/// makes [`feature_signature`].
const FEATURE_VERSION: &str = "tc-features-1";

/// A fingerprint of the feature code (version and word lists), stored in
/// the model: a model trained by other feature code is refused at load
/// instead of silently answering with drifted features.
pub fn feature_signature() -> u32 {
    let mut h = fnv(b's', &[FEATURE_VERSION]);
    for w in STOP.iter().chain(b"|".iter().map(|_| &"|")).chain(QUESTION_STOP.iter()) {
        for &b in w.as_bytes() {
            h = fnv_byte(h, b);
        }
        h = fnv_byte(h, 0);
    }
    h
}

fn is_stop(w: &str, question: bool) -> bool {
    STOP.binary_search(&w).is_ok() || (question && QUESTION_STOP.binary_search(&w).is_ok())
}

/// Splits an identifier into its camelCase / PascalCase / digit parts:
/// `SocketsHttpHandler` -> Sockets, Http, Handler; `HTTPClient` -> HTTP,
/// Client; `Utf8Json` -> Utf, 8, Json.
fn camel_parts(tok: &str) -> Vec<&str> {
    let cs: Vec<(usize, char)> = tok.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..cs.len() {
        let (pos, c) = cs[i];
        let p = cs[i - 1].1;
        let next_lower = cs.get(i + 1).map_or(false, |x| x.1.is_lowercase());
        let boundary = (p.is_lowercase() && c.is_uppercase())
            || (p.is_alphabetic() && c.is_numeric())
            || (p.is_numeric() && c.is_alphabetic())
            || (p.is_uppercase() && c.is_uppercase() && next_lower);
        if boundary {
            out.push(&tok[start..pos]);
            start = pos;
        }
    }
    out.push(&tok[start..]);
    out
}

/// The terms of a text: `words` for unigrams (whole identifiers and their
/// parts), `seq` the parts in order for bigrams and char n-grams.
#[derive(Debug, Default, PartialEq)]
pub struct Terms {
    pub words: Vec<String>,
    pub seq: Vec<String>,
}

/// Splits text into terms. `question`: also drop question boilerplate.
pub fn terms(text: &str, question: bool) -> Terms {
    let mut t = Terms::default();
    let mut rest = text;
    // Slack markup: <@U123>, <#C123|name>, <!here>, <http://x|label>: keep
    // only a label, drop ids.
    let mut cleaned = String::new();
    let cut = text.char_indices().nth(MAX_CHARS).map_or(text.len(), |(i, _)| i);
    rest = &rest[..cut];
    while let Some(open) = rest.find('<') {
        cleaned.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('>') {
            Some(close) if close < 200 => {
                let inner = &after[..close];
                let markup = inner.starts_with('@')
                    || inner.starts_with('#')
                    || inner.starts_with('!')
                    || inner.starts_with("http")
                    || inner.starts_with("mailto:");
                if markup {
                    if let Some(bar) = inner.find('|') {
                        if !inner.starts_with('@') && !inner.starts_with('!') {
                            cleaned.push(' ');
                            cleaned.push_str(&inner[bar + 1..]);
                        }
                    }
                    cleaned.push(' ');
                } else {
                    // Span<T>, List<string>: the generic is part of the text.
                    cleaned.push(' ');
                    cleaned.push_str(inner);
                    cleaned.push(' ');
                }
                rest = &after[close + 1..];
            }
            _ => {
                cleaned.push(' ');
                rest = after;
            }
        }
    }
    cleaned.push_str(rest);

    let push_token = |tok: &str, t: &mut Terms| {
        let whole = tok.to_lowercase();
        let parts: Vec<String> = tok
            .split('_')
            .flat_map(camel_parts)
            .filter(|p| p.chars().count() >= 2)
            .map(|p| p.to_lowercase())
            .collect();
        if whole.chars().count() >= 2 && !is_stop(&whole, question) {
            t.words.push(whole.clone());
        }
        if parts.len() > 1 {
            for p in &parts {
                if !is_stop(p, question) {
                    t.words.push(p.clone());
                }
            }
        }
        for p in parts {
            if !is_stop(&p, question) {
                t.seq.push(p);
            }
        }
    };
    let mut start: Option<usize> = None;
    for (i, c) in cleaned.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_token(&cleaned[s..i], &mut t);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_token(&cleaned[s..], &mut t);
    }
    t
}

/// The hashed features of a text with their counts, sorted by hash.
pub fn features(text: &str, question: bool, p: &FeatureParams) -> Vec<(u32, u32)> {
    let t = terms(text, question);
    let mut hs: Vec<u32> = Vec::with_capacity(t.words.len() * 8);
    for w in &t.words {
        hs.push(fnv(b'w', &[w]) & !CHAR_BIT);
    }
    if p.bigrams {
        for pair in t.seq.windows(2) {
            hs.push(fnv(b'b', &[&pair[0], &pair[1]]) & !CHAR_BIT);
        }
    }
    if p.char_max > 0 {
        // Hash each padded part's n-grams in place: for every start, extend
        // the FNV state one character at a time and emit at each length in
        // range (no string per n-gram).
        let (lo, hi) = (p.char_min as usize, p.char_max as usize);
        let mut buf: Vec<char> = Vec::new();
        let mut utf8 = [0u8; 4];
        for w in &t.seq {
            buf.clear();
            buf.push(' ');
            buf.extend(w.chars());
            buf.push(' ');
            for start in 0..buf.len() {
                let mut h: u32 = FNV_INIT;
                h = fnv_byte(h, b'c');
                for (n, ch) in buf[start..].iter().take(hi).enumerate() {
                    for &b in ch.encode_utf8(&mut utf8).as_bytes() {
                        h = fnv_byte(h, b);
                    }
                    if n + 1 >= lo {
                        hs.push(h | CHAR_BIT);
                    }
                }
            }
        }
    }
    hs.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(hs.len());
    for h in hs {
        match out.last_mut() {
            Some(last) if last.0 == h => last.1 += 1,
            _ => out.push((h, 1)),
        }
    }
    out
}

/// A trained model: vocabulary (sorted hashes) with idf, one weight row per
/// feature (one column per class), biases and the softmax temperature.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub classes: Vec<String>,
    pub params: FeatureParams,
    /// Softmax temperature: probability = softmax(scale * score).
    pub scale: f32,
    /// `1 + ln(k)` for k = 1..=TF_TABLE.
    pub tf: Vec<f32>,
    pub hashes: Vec<u32>,
    pub idf: Vec<f32>,
    /// The idf of a feature that never occurred in training (online updates).
    pub idf_unseen: f32,
    /// `weights[f * classes + c]`.
    pub weights: Vec<f32>,
    pub bias: Vec<f32>,
}

/// A prediction: classes by descending probability.
#[derive(Clone, Debug, PartialEq)]
pub struct Prediction {
    /// (class index, probability, raw score), best first.
    pub ranked: Vec<(usize, f64, f64)>,
    /// How many of the question's features the model knows (0: it knows
    /// nothing about the question).
    pub known: usize,
}

impl Prediction {
    pub fn best(&self) -> (usize, f64) {
        (self.ranked[0].0, self.ranked[0].1)
    }
}

/// Online corrections on top of a model: extra weight per (feature hash,
/// class), over every feature of the corrected questions, seen in training
/// or not.
#[derive(Clone, Debug, Default)]
pub struct Delta {
    pub w: HashMap<u32, Vec<f32>>,
}

impl Model {
    pub fn n_classes(&self) -> usize {
        self.classes.len()
    }

    pub fn class_index(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c == name)
    }

    fn tf_of(&self, n: u32) -> f32 {
        let i = (n as usize).min(self.tf.len()).max(1) - 1;
        self.tf[i]
    }

    fn index(&self, h: u32) -> Option<usize> {
        self.hashes.binary_search(&h).ok()
    }

    /// The TF-IDF vector of counted features: (vocabulary index, value),
    /// each block L2-normalised. Features outside the vocabulary are left out.
    pub fn vector(&self, feats: &[(u32, u32)]) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = Vec::with_capacity(feats.len());
        for &(h, n) in feats {
            if let Some(i) = self.index(h) {
                v.push((i as u32, self.tf_of(n) * self.idf[i]));
            }
        }
        let is_char = |i: u32| self.hashes[i as usize] & CHAR_BIT != 0;
        self.normalise(&mut v, is_char);
        v
    }

    /// Like [`Model::vector`] but keyed by hash and keeping unseen features
    /// (idf_unseen): what an online correction learns from.
    pub fn open_vector(&self, feats: &[(u32, u32)]) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = feats
            .iter()
            .map(|&(h, n)| {
                let idf = self.index(h).map_or(self.idf_unseen, |i| self.idf[i]);
                (h, self.tf_of(n) * idf)
            })
            .collect();
        self.normalise(&mut v, |h| h & CHAR_BIT != 0);
        v
    }

    fn normalise(&self, v: &mut [(u32, f32)], is_char: impl Fn(u32) -> bool) {
        let (mut nw, mut nc) = (0f32, 0f32);
        for &(i, x) in v.iter() {
            if is_char(i) {
                nc += x * x;
            } else {
                nw += x * x;
            }
        }
        let (nw, nc) = (nw.sqrt(), nc.sqrt());
        for (i, x) in v.iter_mut() {
            if is_char(*i) {
                *x = if nc > 0.0 { *x / nc * self.params.char_weight } else { 0.0 };
            } else if nw > 0.0 {
                *x /= nw;
            }
        }
    }

    /// Raw scores of a vector from [`Model::vector`].
    pub fn scores(&self, v: &[(u32, f32)]) -> Vec<f64> {
        let k = self.n_classes();
        let mut s: Vec<f64> = self.bias.iter().map(|&b| b as f64).collect();
        for &(i, x) in v {
            let row = &self.weights[i as usize * k..i as usize * k + k];
            for c in 0..k {
                s[c] += (row[c] * x) as f64;
            }
        }
        s
    }

    /// Adds the online corrections' scores for the open vector of a text.
    pub fn add_delta(&self, s: &mut [f64], open: &[(u32, f32)], d: &Delta) {
        for &(h, x) in open {
            if let Some(row) = d.w.get(&h) {
                for (c, w) in row.iter().enumerate() {
                    s[c] += (w * x) as f64;
                }
            }
        }
    }

    /// Probabilities (softmax of scale * score) and ranking.
    pub fn rank(&self, s: &[f64], known: usize) -> Prediction {
        let m = s.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let e: Vec<f64> = s.iter().map(|&x| exp_det(self.scale as f64 * (x - m))).collect();
        let z: f64 = e.iter().sum();
        let mut ranked: Vec<(usize, f64, f64)> = (0..s.len()).map(|c| (c, e[c] / z, s[c])).collect();
        ranked.sort_by(|a, b| b.2.partial_cmp(&a.2).unwrap_or(std::cmp::Ordering::Equal).then(a.0.cmp(&b.0)));
        Prediction { ranked, known }
    }

    /// Classifies a text (`question`: chat question, boilerplate dropped).
    pub fn predict(&self, text: &str, question: bool, delta: Option<&Delta>) -> Prediction {
        let f = features(text, question, &self.params);
        let v = self.vector(&f);
        let mut s = self.scores(&v);
        let mut known = v.len();
        if let Some(d) = delta {
            if !d.w.is_empty() {
                let open = self.open_vector(&f);
                known += open.iter().filter(|(h, _)| d.w.contains_key(h)).count();
                self.add_delta(&mut s, &open, d);
            }
        }
        self.rank(&s, known)
    }

    /// One online correction (passive-aggressive style, bounded step): if
    /// `want` does not beat every other class by `margin`, move `eta` of the
    /// question's open vector towards `want` and away from the best wrong
    /// class. Returns whether it changed anything.
    pub fn learn(&self, text: &str, want: usize, d: &mut Delta, eta: f32, margin: f64) -> bool {
        let f = features(text, true, &self.params);
        let v = self.vector(&f);
        let open = self.open_vector(&f);
        if open.is_empty() || want >= self.n_classes() {
            return false;
        }
        let mut s = self.scores(&v);
        self.add_delta(&mut s, &open, d);
        let mut rival = None;
        for c in 0..s.len() {
            if c != want && rival.map_or(true, |r: usize| s[c] > s[r]) {
                rival = Some(c);
            }
        }
        let rival = match rival {
            Some(r) => r,
            None => return false,
        };
        if s[want] - s[rival] >= margin {
            return false;
        }
        let k = self.n_classes();
        for &(h, x) in &open {
            let row = d.w.entry(h).or_insert_with(|| vec![0.0; k]);
            row[want] += eta * x;
            row[rival] -= eta * x;
        }
        true
    }

    /// Serialises the model (little-endian).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(16 + self.hashes.len() * (8 + 4 * self.n_classes()));
        b.extend_from_slice(&MAGIC);
        put_u32(&mut b, self.classes.len() as u32);
        for c in &self.classes {
            put_u32(&mut b, c.len() as u32);
            b.extend_from_slice(c.as_bytes());
        }
        b.push(self.params.char_min);
        b.push(self.params.char_max);
        b.push(self.params.bigrams as u8);
        b.push(0);
        put_u32(&mut b, feature_signature());
        put_f32(&mut b, self.params.char_weight);
        put_f32(&mut b, self.scale);
        put_f32(&mut b, self.idf_unseen);
        put_u32(&mut b, self.tf.len() as u32);
        self.tf.iter().for_each(|&x| put_f32(&mut b, x));
        self.bias.iter().for_each(|&x| put_f32(&mut b, x));
        put_u32(&mut b, self.hashes.len() as u32);
        self.hashes.iter().for_each(|&x| put_u32(&mut b, x));
        self.idf.iter().for_each(|&x| put_f32(&mut b, x));
        self.weights.iter().for_each(|&x| put_f32(&mut b, x));
        b
    }

    /// Reads a model written by [`Model::to_bytes`], checking every length.
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let mut r = Reader { b, i: 0 };
        if r.take(4)? != MAGIC {
            return Err("not a team-classifier model (bad magic)".into());
        }
        let nc = r.u32()? as usize;
        if nc == 0 || nc > 64 {
            return Err(format!("bad class count {}", nc));
        }
        let mut classes = Vec::with_capacity(nc);
        for _ in 0..nc {
            let n = r.u32()? as usize;
            let s = std::str::from_utf8(r.take(n)?).map_err(|_| "class name is not UTF-8")?;
            classes.push(s.to_owned());
        }
        let pb = r.take(4)?;
        if r.u32()? != feature_signature() {
            return Err("model was trained by other feature code: retrain it (make model)".into());
        }
        let params = FeatureParams { char_min: pb[0], char_max: pb[1], bigrams: pb[2] != 0, char_weight: r.f32()? };
        if params.char_max > 0 && (params.char_min == 0 || params.char_min > params.char_max || params.char_max > 8) {
            return Err("bad char n-gram range".into());
        }
        let scale = r.f32()?;
        let idf_unseen = r.f32()?;
        let ntf = r.u32()? as usize;
        if ntf == 0 || ntf > 1024 {
            return Err("bad tf table".into());
        }
        let tf = r.f32s(ntf)?;
        let bias = r.f32s(nc)?;
        let nf = r.u32()? as usize;
        if nf > 10_000_000 {
            return Err("too many features".into());
        }
        let hashes = r.u32s(nf)?;
        if hashes.windows(2).any(|w| w[0] >= w[1]) {
            return Err("feature hashes not sorted".into());
        }
        let idf = r.f32s(nf)?;
        let weights = r.f32s(nf.checked_mul(nc).ok_or("overflow")?)?;
        if r.i != b.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(Model { classes, params, scale, tf, hashes, idf, idf_unseen, weights, bias })
    }
}

fn put_u32(b: &mut Vec<u8>, x: u32) {
    b.extend_from_slice(&x.to_le_bytes());
}
fn put_f32(b: &mut Vec<u8>, x: f32) {
    b.extend_from_slice(&x.to_le_bytes());
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.b.len() - self.i < n {
            return Err("model file truncated".into());
        }
        let s = &self.b[self.i..self.i + n];
        self.i += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, String> {
        let x = f32::from_bits(self.u32()?);
        if !x.is_finite() {
            return Err("non-finite number in model".into());
        }
        Ok(x)
    }
    fn u32s(&mut self, n: usize) -> Result<Vec<u32>, String> {
        let s = self.take(n.checked_mul(4).ok_or("overflow")?)?;
        Ok(s.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }
    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, String> {
        let v: Vec<f32> = self.u32s(n)?.into_iter().map(f32::from_bits).collect();
        if v.iter().any(|x| !x.is_finite()) {
            return Err("non-finite number in model".into());
        }
        Ok(v)
    }
}

/// `e^x` from `+ - * /` and `floor` only, so it gives the same bits on
/// every target (relative error ~1e-15, plenty for a confidence).
pub fn exp_det(x: f64) -> f64 {
    if x.is_nan() {
        return 0.0;
    }
    let x = x.max(-700.0).min(700.0);
    const LN2: f64 = 0.693_147_180_559_945_3;
    let k = (x / LN2 + 0.5).floor();
    let r = x - k * LN2;
    // Taylor series of e^r, |r| <= ln2/2, to r^13/13!.
    let mut sum = 1.0;
    let mut term = 1.0;
    for n in 1..=13 {
        term = term * r / n as f64;
        sum += term;
    }
    let e = (k as i64 + 1023) as u64;
    sum * f64::from_bits(e << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_and_generics() {
        let t = terms("SocketsHttpHandler and Span<T> in HTTPClient", false);
        for w in ["socketshttphandler", "sockets", "http", "handler", "span", "httpclient", "client"] {
            assert!(t.words.iter().any(|x| x == w), "{} missing from {:?}", w, t.words);
        }
        assert!(!t.words.iter().any(|x| x == "and"));
    }

    #[test]
    fn question_boilerplate_dropped() {
        let t = terms("<@U123ABC> who knows why SslStream fails the handshake on Linux?", true);
        assert_eq!(t.seq, vec!["ssl", "stream", "fails", "handshake", "linux"]);
    }

    #[test]
    fn stop_lists_sorted() {
        // is_stop binary-searches them.
        assert!(STOP.windows(2).all(|w| w[0] < w[1]));
        assert!(QUESTION_STOP.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn exp_matches_std() {
        for x in [-30.0, -2.5, -0.1, 0.0, 0.3, 1.0, 5.0, 20.0] {
            let (a, b) = (exp_det(x), f64::exp(x));
            assert!(((a - b) / b).abs() < 1e-13, "{}: {} vs {}", x, a, b);
        }
    }

    #[test]
    fn bad_models_refused() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"TCM1\xff\xff\xff\xff").is_err());
        assert!(Model::from_bytes(b"XXXX").is_err());
    }
}

/// A probability as a whole percentage ("87%"), the same text on every
/// target; 1..99, since a model is never certain.
pub fn percent(p: f64) -> String {
    let n = (p * 100.0 + 0.5).floor();
    let n = if n.is_finite() { n.max(1.0).min(99.0) as u32 } else { 1 };
    format!("{}%", n)
}
