//! tc-model: trains, evaluates and tunes the team classifier natively, with
//! the same feature and scoring code as the wasm skill.
//!
//!   tc-model train   --train data/train.csv --out build/model.tcm
//!   tc-model eval    --train data/train.csv --holdout data/holdout.csv [--questions data/chat-questions.csv]
//!   tc-model tune    --train data/train.csv [--round 1|2]
//!   tc-model predict --model build/model.tcm --csv data/holdout.csv   (one line per row: team, confidence)

use std::collections::HashMap;
use std::process::exit;
use std::time::Instant;

use team_classifier::model::{FeatureParams, Model};
use team_classifier::train::{argmax, class_list, cross_validate, figures, fit_scale, read_csv, train, Figures, Row, TrainParams};

const FOLDS: usize = 5;
const SEED: u64 = 20180301;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(e) = run(&args) {
        eprintln!("tc-model: {}", e);
        exit(1);
    }
}

fn flags(args: &[String]) -> Result<HashMap<String, String>, String> {
    let mut m = HashMap::new();
    let mut i = 0;
    while i < args.len() {
        let k = args[i].strip_prefix("--").ok_or_else(|| format!("unexpected argument {:?}", args[i]))?;
        let v = args.get(i + 1).ok_or_else(|| format!("--{} needs a value", k))?;
        m.insert(k.to_owned(), v.clone());
        i += 2;
    }
    Ok(m)
}

fn load(path: &str) -> Result<Vec<Row>, String> {
    let s = std::fs::read_to_string(path).map_err(|e| format!("{}: {}", path, e))?;
    read_csv(&s).map_err(|e| format!("{}: {}", path, e))
}

fn need<'a>(f: &'a HashMap<String, String>, k: &str) -> Result<&'a str, String> {
    f.get(k).map(|s| s.as_str()).ok_or_else(|| format!("--{} is required", k))
}

fn run(args: &[String]) -> Result<(), String> {
    let cmd = args.first().ok_or("usage: tc-model train|eval|tune|predict ...")?;
    let f = flags(&args[1..])?;
    match cmd.as_str() {
        "train" => {
            let rows = load(need(&f, "train")?)?;
            let t0 = Instant::now();
            let m = fit(&rows, &TrainParams::default());
            let b = m.to_bytes();
            let out = need(&f, "out")?;
            let tmp = format!("{}.tmp", out);
            std::fs::write(&tmp, &b).map_err(|e| format!("{}: {}", tmp, e))?;
            std::fs::rename(&tmp, out).map_err(|e| format!("{}: {}", out, e))?;
            eprintln!(
                "tc-model: trained on {} rows in {:.1}s: {} features, {} bytes -> {}",
                rows.len(),
                t0.elapsed().as_secs_f64(),
                m.hashes.len(),
                b.len(),
                out
            );
            Ok(())
        }
        "predict" => {
            let path = need(&f, "model")?;
            let b = std::fs::read(path).map_err(|e| format!("{}: {}", path, e))?;
            let m = Model::from_bytes(&b)?;
            for r in load(need(&f, "csv")?)? {
                let p = m.predict(&r.text, true, None);
                let (c, pr) = p.best();
                println!("{}\t{}", m.classes[c], team_classifier::model::percent(pr));
            }
            Ok(())
        }
        "eval" => eval(&f),
        "tune" => tune(&load(need(&f, "train")?)?, f.get("round").map_or("1", |s| s.as_str())),
        _ => Err(format!("unknown command {:?}", cmd)),
    }
}

/// Trains on all rows, with the softmax temperature fitted on
/// out-of-fold scores.
fn fit(rows: &[Row], p: &TrainParams) -> Model {
    let classes = class_list(rows);
    let cv = cross_validate(rows, &classes, p, FOLDS, SEED);
    let mut gold = cv.gold.clone();
    gold.extend(&cv.title_gold);
    let mut scores = cv.scores.clone();
    scores.extend(cv.title_scores.iter().cloned());
    let mut m = train(rows, &classes, p);
    m.scale = fit_scale(&gold, &scores);
    m
}

fn cv_figures(rows: &[Row], p: &TrainParams) -> (Figures, Figures) {
    let classes = class_list(rows);
    let cv = cross_validate(rows, &classes, p, FOLDS, SEED);
    let k = classes.len();
    let pred: Vec<usize> = cv.scores.iter().map(|s| argmax(s)).collect();
    let tpred: Vec<usize> = cv.title_scores.iter().map(|s| argmax(s)).collect();
    (figures(&cv.gold, &pred, k), figures(&cv.title_gold, &tpred, k))
}

/// The grids searched, each around the one before's best: round 1 varies
/// one setting at a time from the defaults of the time (min_df 2, C 0.5,
/// char weight 1); round 2 combines the winners.
fn grid(round: &str) -> Result<Vec<TrainParams>, String> {
    let base = TrainParams { min_df: 2, c: 0.5, feat: FeatureParams { char_weight: 1.0, ..FeatureParams::default() }, ..TrainParams::default() };
    let mut grid: Vec<TrainParams> = Vec::new();
    match round {
        "1" => {
            for &c in &[0.1f32, 0.25, 0.5, 1.0, 2.0] {
                grid.push(TrainParams { c, ..base });
            }
            for &cw in &[0.0f32, 0.5, 0.75, 1.5] {
                grid.push(TrainParams { feat: FeatureParams { char_weight: cw, char_max: if cw == 0.0 { 0 } else { 5 }, ..base.feat }, ..base });
            }
            for &(lo, hi) in &[(2u8, 4u8), (3, 4), (3, 6), (4, 6)] {
                grid.push(TrainParams { feat: FeatureParams { char_min: lo, char_max: hi, ..base.feat }, ..base });
            }
            grid.push(TrainParams { feat: FeatureParams { bigrams: false, ..base.feat }, ..base });
            grid.push(TrainParams { min_df: 1, ..base });
            grid.push(TrainParams { min_df: 3, ..base });
            grid.push(TrainParams { balanced: false, ..base });
            grid.push(TrainParams { titles: false, ..base });
        }
        "2" => {
            for &c in &[0.25f32, 0.5] {
                for &cw in &[0.75f32, 1.0] {
                    grid.push(TrainParams { c, min_df: 1, feat: FeatureParams { char_weight: cw, ..base.feat }, ..base });
                }
            }
            grid.push(TrainParams { min_df: 1, feat: FeatureParams { char_min: 2, char_max: 5, ..base.feat }, ..base });
        }
        _ => return Err(format!("unknown tuning round {:?} (1 or 2)", round)),
    }
    Ok(grid)
}

fn tune(rows: &[Row], round: &str) -> Result<(), String> {
    println!("{}-fold CV inside train ({} rows): full text acc/macro-F1, titles-as-questions acc/macro-F1", FOLDS, rows.len());
    for p in grid(round)? {
        let t0 = Instant::now();
        let (a, b) = cv_figures(rows, &p);
        println!(
            "C={:<5} chars={}-{} cw={:<4} bigrams={} min_df={} balanced={} titles={}  full {:.3}/{:.3}  titles {:.3}/{:.3}  ({:.1}s)",
            p.c, p.feat.char_min, p.feat.char_max, p.feat.char_weight, p.feat.bigrams as u8, p.min_df, p.balanced as u8, p.titles as u8,
            a.accuracy, a.macro_f1, b.accuracy, b.macro_f1, t0.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn print_figures(name: &str, classes: &[String], f: &Figures) {
    println!("{}: accuracy {:.3}  macro-F1 {:.3}", name, f.accuracy, f.macro_f1);
    for (c, (p, r, f1, n)) in classes.iter().zip(&f.per_class) {
        println!("    {:<15} precision {:.3}  recall {:.3}  F1 {:.3}  (n={})", c, p, r, f1, n);
    }
}

fn eval(f: &HashMap<String, String>) -> Result<(), String> {
    let rows = load(need(f, "train")?)?;
    let hold = load(need(f, "holdout")?)?;
    let p = TrainParams::default();
    let classes = class_list(&rows);
    println!("params: {:?}", p);
    let (cvf, cvt) = cv_figures(&rows, &p);
    let m = fit(&rows, &p);
    let gold: Vec<usize> = hold.iter().map(|r| m.class_index(&r.team).ok_or_else(|| format!("unknown team {}", r.team))).collect::<Result<_, _>>()?;
    let t0 = Instant::now();
    let pred: Vec<usize> = hold.iter().map(|r| m.predict(&r.text, true, None).best().0).collect();
    let per = t0.elapsed().as_secs_f64() / hold.len() as f64;
    let hf = figures(&gold, &pred, classes.len());
    println!("model: {} features, {} bytes, softmax scale {}", m.hashes.len(), m.to_bytes().len(), m.scale);
    println!();
    print_figures(&format!("cross-validation inside train.csv ({} folds, {} rows)", FOLDS, rows.len()), &classes, &cvf);
    print_figures("cross-validation, titles alone asked as questions", &classes, &cvt);
    print_figures(&format!("holdout.csv ({} rows, trained on train.csv alone)", hold.len()), &classes, &hf);
    println!("native prediction time: {:.1} us per holdout row", per * 1e6);
    if let Some(q) = f.get("questions") {
        let qs = load(q)?;
        let qg: Vec<usize> = qs.iter().map(|r| m.class_index(&r.team).ok_or_else(|| format!("unknown team {}", r.team))).collect::<Result<_, _>>()?;
        let qp: Vec<usize> = qs.iter().map(|r| m.predict(&r.text, true, None).best().0).collect();
        println!();
        print_figures(&format!("own chat-style questions ({}, sanity check; {})", qs.len(), q), &classes, &figures(&qg, &qp, classes.len()));
        for ((r, &g), &pp) in qs.iter().zip(&qg).zip(&qp) {
            if g != pp {
                let pr = m.predict(&r.text, true, None);
                println!("    miss: {:?} -> {} ({}), want {}", r.text, m.classes[pp], team_classifier::model::percent(pr.best().1), r.team);
            }
        }
    }
    Ok(())
}
