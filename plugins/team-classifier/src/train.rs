//! Training, cross-validation and evaluation (native only: the trainer
//! binary `tc-model`). Uses [`crate::model`] for every feature and score,
//! so what is measured here is what the skill runs.

use std::collections::HashMap;

use crate::model::{features, FeatureParams, Model, TF_TABLE};

/// One labelled text.
#[derive(Clone, Debug)]
pub struct Row {
    pub text: String,
    pub team: String,
}

/// Reads a `text,team` CSV (RFC 4180 quoting; header row required).
pub fn read_csv(src: &str) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = src.chars().peekable();
    let mut line = 1;
    let mut records: Vec<Vec<String>> = Vec::new();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => fields.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut fields));
                line += 1;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(format!("line {}: unterminated quote", line));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push(fields);
    }
    let mut it = records.into_iter();
    match it.next() {
        Some(h) if h.len() == 2 && h[0] == "text" && h[1] == "team" => {}
        _ => return Err("want a header row: text,team".into()),
    }
    for (i, r) in it.enumerate() {
        if r.len() != 2 {
            return Err(format!("record {}: want 2 fields, got {}", i + 2, r.len()));
        }
        let mut r = r.into_iter();
        let text = r.next().unwrap_or_default();
        let team = r.next().unwrap_or_default();
        rows.push(Row { text, team });
    }
    Ok(rows)
}

/// Training settings. The defaults were chosen by 5-fold cross-validation
/// inside train.csv (`tc-model tune --round 1`, then `--round 2`; figures in
/// plugins/team-classifier/README.md), never by the holdout.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainParams {
    pub feat: FeatureParams,
    /// SVM cost.
    pub c: f32,
    /// Features seen in fewer training texts are dropped.
    pub min_df: u32,
    /// Cost per class scaled by n / (k * n_class) (like class_weight="balanced").
    pub balanced: bool,
    /// Also train on each issue's title alone (the text before " | "):
    /// titles are short like chat questions.
    pub titles: bool,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams { feat: FeatureParams::default(), c: 0.5, min_df: 1, balanced: true, titles: true }
    }
}

/// A small deterministic PRNG (xorshift64*), so training is reproducible.
pub struct Rng(u64);
impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// The title of an issue row ("title | body").
pub fn title(text: &str) -> Option<&str> {
    text.find(" | ").map(|i| &text[..i])
}

/// Trains a model on rows. `classes` fixes the class order.
pub fn train(rows: &[Row], classes: &[String], p: &TrainParams) -> Model {
    // (text, class, full document?)
    let mut texts: Vec<(&str, usize, bool)> = Vec::new();
    for r in rows {
        let y = classes.iter().position(|c| *c == r.team).expect("class list covers the rows");
        texts.push((&r.text, y, true));
        if p.titles {
            if let Some(t) = title(&r.text) {
                texts.push((t, y, false));
            }
        }
    }
    let feats: Vec<Vec<(u32, u32)>> = texts.iter().map(|(t, _, _)| features(t, false, &p.feat)).collect();
    // Vocabulary and idf from the full documents only (titles repeat them).
    let mut df: HashMap<u32, u32> = HashMap::new();
    let mut ndocs = 0u32;
    for (f, &(_, _, full)) in feats.iter().zip(&texts) {
        if !full {
            continue;
        }
        ndocs += 1;
        for &(h, _) in f {
            *df.entry(h).or_insert(0) += 1;
        }
    }
    let mut vocab: Vec<(u32, u32)> = df.into_iter().filter(|&(_, d)| d >= p.min_df).collect();
    vocab.sort_unstable();
    let n = ndocs as f64;
    let idf: Vec<f32> = vocab.iter().map(|&(_, d)| (((1.0 + n) / (1.0 + d as f64)).ln() + 1.0) as f32).collect();
    let idf_unseen = (((1.0 + n) / 1.0).ln() + 1.0) as f32;
    let tf: Vec<f32> = (1..=TF_TABLE).map(|k| (1.0 + (k as f64).ln()) as f32).collect();
    let k = classes.len();
    let mut m = Model {
        classes: classes.to_vec(),
        params: p.feat,
        scale: 1.0,
        tf,
        hashes: vocab.iter().map(|&(h, _)| h).collect(),
        idf,
        idf_unseen,
        weights: vec![],
        bias: vec![0.0; k],
    };
    let xs: Vec<Vec<(u32, f32)>> = feats.iter().map(|f| m.vector(f)).collect();
    let ys: Vec<usize> = texts.iter().map(|&(_, y, _)| y).collect();
    let nf = m.hashes.len();
    let mut weights = vec![0f32; nf * k];
    let mut counts = vec![0usize; k];
    ys.iter().for_each(|&y| counts[y] += 1);
    for c in 0..k {
        let cw = |y: usize| -> f64 {
            if p.balanced {
                ys.len() as f64 / (k as f64 * counts[y].max(1) as f64)
            } else {
                1.0
            }
        };
        let costs: Vec<f64> = ys.iter().map(|&y| p.c as f64 * cw(y)).collect();
        let (w, b) = svm_binary(&xs, &ys.iter().map(|&y| if y == c { 1.0 } else { -1.0 }).collect::<Vec<_>>(), &costs, nf, 17 + c as u64);
        for f in 0..nf {
            weights[f * k + c] = w[f] as f32;
        }
        m.bias[c] = b as f32;
    }
    m.weights = weights;
    m
}

/// L2-regularised squared-hinge linear SVM by dual coordinate descent
/// (Hsieh et al. 2008, the LIBLINEAR solver behind LinearSVC), with the
/// bias as a constant feature of value 1.
fn svm_binary(xs: &[Vec<(u32, f32)>], y: &[f64], cost: &[f64], nf: usize, seed: u64) -> (Vec<f64>, f64) {
    let n = xs.len();
    let mut w = vec![0f64; nf];
    let mut b = 0f64;
    let mut alpha = vec![0f64; n];
    let d: Vec<f64> = cost.iter().map(|c| 0.5 / c).collect();
    let qii: Vec<f64> = xs.iter().enumerate().map(|(i, x)| x.iter().map(|&(_, v)| (v * v) as f64).sum::<f64>() + 1.0 + d[i]).collect();
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = Rng::new(seed);
    for _ in 0..1000 {
        rng.shuffle(&mut order);
        let mut max_pg = 0f64;
        for &i in &order {
            let x = &xs[i];
            let wx: f64 = x.iter().map(|&(j, v)| w[j as usize] * v as f64).sum::<f64>() + b;
            let g = y[i] * wx - 1.0 + d[i] * alpha[i];
            let pg = if alpha[i] == 0.0 { g.min(0.0) } else { g };
            max_pg = max_pg.max(pg.abs());
            if pg.abs() > 1e-12 {
                let old = alpha[i];
                alpha[i] = (old - g / qii[i]).max(0.0);
                let delta = (alpha[i] - old) * y[i];
                for &(j, v) in x {
                    w[j as usize] += delta * v as f64;
                }
                b += delta;
            }
        }
        if max_pg < 1e-3 {
            break;
        }
    }
    (w, b)
}

/// Stratified k-fold assignment: fold index per row.
pub fn folds(rows: &[Row], k: usize, seed: u64) -> Vec<usize> {
    let mut by: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        by.entry(&r.team).or_default().push(i);
    }
    let mut teams: Vec<&str> = by.keys().cloned().collect();
    teams.sort_unstable();
    let mut rng = Rng::new(seed);
    let mut out = vec![0; rows.len()];
    let mut next = 0;
    for t in teams {
        let mut idx = by[t].clone();
        rng.shuffle(&mut idx);
        for i in idx {
            out[i] = next % k;
            next += 1;
        }
    }
    out
}

/// Classes in a fixed order: by name.
pub fn class_list(rows: &[Row]) -> Vec<String> {
    let mut c: Vec<String> = rows.iter().map(|r| r.team.clone()).collect();
    c.sort();
    c.dedup();
    c
}

/// Figures of a set of predictions.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub accuracy: f64,
    pub macro_f1: f64,
    /// (precision, recall, f1, support) per class.
    pub per_class: Vec<(f64, f64, f64, usize)>,
}

pub fn figures(gold: &[usize], pred: &[usize], k: usize) -> Figures {
    let mut tp = vec![0usize; k];
    let mut fp = vec![0usize; k];
    let mut fnn = vec![0usize; k];
    for (&g, &p) in gold.iter().zip(pred) {
        if g == p {
            tp[g] += 1;
        } else {
            fp[p] += 1;
            fnn[g] += 1;
        }
    }
    let correct: usize = tp.iter().sum();
    let mut per = Vec::new();
    for c in 0..k {
        let pr = if tp[c] + fp[c] > 0 { tp[c] as f64 / (tp[c] + fp[c]) as f64 } else { 0.0 };
        let rc = if tp[c] + fnn[c] > 0 { tp[c] as f64 / (tp[c] + fnn[c]) as f64 } else { 0.0 };
        let f1 = if pr + rc > 0.0 { 2.0 * pr * rc / (pr + rc) } else { 0.0 };
        per.push((pr, rc, f1, tp[c] + fnn[c]));
    }
    Figures {
        accuracy: correct as f64 / gold.len().max(1) as f64,
        macro_f1: per.iter().map(|x| x.2).sum::<f64>() / k as f64,
        per_class: per,
    }
}

/// Out-of-fold results of k-fold cross-validation inside `rows`.
pub struct CvResult {
    /// Per row: gold class, out-of-fold scores (full text).
    pub gold: Vec<usize>,
    pub scores: Vec<Vec<f64>>,
    /// Out-of-fold scores of the titles alone, as questions (short-text proxy).
    pub title_gold: Vec<usize>,
    pub title_scores: Vec<Vec<f64>>,
}

pub fn cross_validate(rows: &[Row], classes: &[String], p: &TrainParams, k: usize, seed: u64) -> CvResult {
    let fold = folds(rows, k, seed);
    let mut res = CvResult { gold: vec![0; rows.len()], scores: vec![vec![]; rows.len()], title_gold: vec![], title_scores: vec![] };
    let mut titles: Vec<(usize, Vec<f64>)> = Vec::new();
    for f in 0..k {
        let tr: Vec<Row> = rows.iter().zip(&fold).filter(|(_, &x)| x != f).map(|(r, _)| r.clone()).collect();
        let m = train(&tr, classes, p);
        for (i, r) in rows.iter().enumerate() {
            if fold[i] != f {
                continue;
            }
            let y = classes.iter().position(|c| *c == r.team).unwrap_or(0);
            res.gold[i] = y;
            let v = m.vector(&features(&r.text, false, &m.params));
            res.scores[i] = m.scores(&v);
            if let Some(t) = title(&r.text) {
                let v = m.vector(&features(t, true, &m.params));
                titles.push((y, m.scores(&v)));
            }
        }
    }
    for (y, s) in titles {
        res.title_gold.push(y);
        res.title_scores.push(s);
    }
    res
}

pub fn argmax(s: &[f64]) -> usize {
    let mut best = 0;
    for i in 1..s.len() {
        if s[i] > s[best] {
            best = i;
        }
    }
    best
}

/// The softmax temperature minimising the log-loss of out-of-fold scores.
pub fn fit_scale(gold: &[usize], scores: &[Vec<f64>]) -> f32 {
    let nll = |s: f64| -> f64 {
        gold.iter()
            .zip(scores)
            .map(|(&y, sc)| {
                let m = sc.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                let z: f64 = sc.iter().map(|&x| (s * (x - m)).exp()).sum();
                -(s * (sc[y] - m) - z.ln())
            })
            .sum()
    };
    let mut best = (f64::INFINITY, 1.0);
    let mut s = 0.25;
    while s <= 20.0 {
        let l = nll(s);
        if l < best.0 {
            best = (l, s);
        }
        s += 0.25;
    }
    best.1 as f32
}
