//! Native tests of the chat side against the SDK's fake host, with a model
//! trained here from data/train.csv by the same code as `make model`.

use std::sync::Mutex;

use bothost::fake::{EventBuilder, FakeHost, Sent};

use crate::model::Model;
use crate::skill::Classifier;
use crate::train::{class_list, read_csv, train, TrainParams};

static MODEL_PATH: Mutex<Option<String>> = Mutex::new(None);

/// The path of a model trained once per test binary.
fn model_path() -> String {
    let mut g = MODEL_PATH.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = g.as_ref() {
        return p.clone();
    }
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/train.csv")).expect("train.csv");
    let rows = read_csv(&src).expect("parse train.csv");
    let mut m = train(&rows, &class_list(&rows), &TrainParams::default());
    m.scale = 3.5;
    let p = std::env::temp_dir().join(format!("tc-test-model-{}.tcm", std::process::id()));
    std::fs::write(&p, m.to_bytes()).expect("write model");
    let p = p.to_string_lossy().into_owned();
    *g = Some(p.clone());
    p
}

const TEAMS: &str = r##""teams": {"net": {"name": "Networking", "channel": "#area-net", "description": "HttpClient, sockets"},
    "io": {"channel": "#area-io", "description": "files"}}"##;

fn start(host: &FakeHost) -> Classifier {
    host.set_config(&format!(r#"{{"model": "{}", {}}}"#, model_path(), TEAMS));
    host.start::<Classifier>().expect("init")
}

fn ask(host: &FakeHost, s: &mut Classifier, text: &str) -> Sent {
    host.clear_recorded();
    host.run(s, &EventBuilder::command("/who", "U1", "C1", text).build()).expect("handle");
    let r = host.replies();
    assert_eq!(r.len(), 1, "one reply to {:?}: {:?}", text, r);
    r[0].clone()
}

/// The team an answer names ("That sounds like *net* ...", or the best
/// guess of a not-sure answer).
fn team_of(s: &Sent) -> String {
    let t = &s.text;
    let i = t.find('*').expect("a team in bold") + 1;
    let j = t[i..].find('*').expect("closing *") + i;
    t[i..j].to_owned()
}

#[test]
fn answers_with_team_contact_and_buttons() {
    let host = FakeHost::new();
    let mut s = start(&host);
    let r = ask(&host, &mut s, "who owns HttpClient timeouts?");
    assert_eq!(team_of(&r), "net", "{}", r.text);
    assert!(r.text.contains("#area-net") && r.text.contains("HttpClient, sockets"), "{}", r.text);
    assert!(r.blocks.contains(r#""action_id":"tc:right","value":"net""#), "{}", r.blocks);
    assert!(r.blocks.contains(r#""type":"static_select","action_id":"tc:wrong""#), "{}", r.blocks);
    let key = format!("q/T0001/C1/{}", r.ts);
    assert!(host.kv_get_str(&key).unwrap_or_default().starts_with("net\t"), "question kept under {}", key);
    assert_eq!(host.kv_get_str("s/T0001/answered/net").as_deref(), Some("1"));
}

#[test]
fn mention_triggers_and_ignores_other_messages() {
    let host = FakeHost::new();
    let mut s = start(&host);
    let mention = |text: &str| EventBuilder::message("U1", "C1", text).set("mentioned", "1").build();
    host.run(&mut s, &mention("<@UBOT> who knows why SslStream fails the handshake on Linux?")).unwrap();
    assert_eq!(team_of(&host.replies()[0]), "net");
    host.clear_recorded();
    host.run(&mut s, &mention("<@UBOT> hello there")).unwrap();
    host.run(&mut s, &EventBuilder::message("U1", "C1", "who owns FileStream?").build()).unwrap();
    assert!(host.replies().is_empty(), "no answer without a question, or without mention/DM");
    host.run(&mut s, &EventBuilder::message("U1", "D1", "which team owns FileSystemWatcher?").set("is_dm", "1").build()).unwrap();
    assert_eq!(team_of(&host.replies()[0]), "io");
}

#[test]
fn twenty_corrections_teach_a_phrasing_and_survive_a_new_instance() {
    let host = FakeHost::new();
    let mut s = start(&host);
    let q = "who owns HttpClient timeouts?";
    let first = team_of(&ask(&host, &mut s, q));
    assert_eq!(first, "net");
    let mut flipped_after = None;
    for i in 0..20 {
        let r = ask(&host, &mut s, q);
        if team_of(&r) == "runtime" && flipped_after.is_none() {
            flipped_after = Some(i);
        }
        let user = format!("U{}", i);
        host.run(&mut s, &EventBuilder::action("tc:wrong", "runtime", &user, "C1", &r.ts).build()).unwrap();
        let u = host.updates();
        assert!(u.last().map_or(false, |m| m.text.contains("runtime")), "answer updated: {:?}", u);
    }
    let n = flipped_after.expect("20 corrections flip the answer");
    assert!(n > 1, "one correction alone must not flip a confident answer (flipped after {})", n);
    assert_eq!(team_of(&ask(&host, &mut s, q)), "runtime");
    // A new instance (reload, restart) reads the corrections from KV.
    let mut s2 = start(&host);
    assert_eq!(team_of(&ask(&host, &mut s2, q)), "runtime");
    // Other workspaces are untouched.
    host.clear_recorded();
    let other = bothost::record::RecordBuilder::new()
        .set("kind", "command")
        .set("id", "EvOther")
        .set("team", "T0002")
        .set("command", "/who")
        .set("text", q)
        .set("user", "U1")
        .set("channel", "C1")
        .finish();
    host.run(&mut s2, &other).unwrap();
    assert_eq!(team_of(&host.replies()[0]), "net");
    // Unrelated questions keep their answers.
    assert_eq!(team_of(&ask(&host, &mut s2, "who owns FileSystemWatcher on Linux?")), "io");
}

#[test]
fn stats_count_answers_confirmations_and_corrections() {
    let host = FakeHost::new();
    let mut s = start(&host);
    let a = ask(&host, &mut s, "who owns SocketsHttpHandler?");
    host.run(&mut s, &EventBuilder::action("tc:right", "net", "U1", "C1", &a.ts).build()).unwrap();
    // A second click by the same user on the same answer counts once.
    host.run(&mut s, &EventBuilder::action("tc:right", "net", "U1", "C1", &a.ts).build()).unwrap();
    let b = ask(&host, &mut s, "who owns Span<T>?");
    let said = team_of(&b);
    let other = if said == "io" { "net" } else { "io" };
    host.run(&mut s, &EventBuilder::action("tc:wrong", other, "U2", "C1", &b.ts).build()).unwrap();
    let st = ask(&host, &mut s, "stats");
    assert!(st.text.starts_with("Team classifier: 2 answers given"), "{}", st.text);
    assert!(st.text.contains("1 confirmed, 1 corrected; accuracy from feedback 50%"), "{}", st.text);
    assert!(st.text.contains("• *net*: 1 answered, 1 confirmed, 0 corrected, 99%"), "{}", st.text);
}

#[test]
fn bad_input_never_fails() {
    let host = FakeHost::new();
    let mut s = start(&host);
    let long = "x".repeat(40_000);
    let code = "```\nvar c = new HttpClient();\nawait c.GetAsync(url);\n```";
    let inputs = ["", "   ", "?", long.as_str(), code, "🔥🔥🔥 who 🤔", "誰がHttpClientを担当していますか", "¿quién es responsable de los sockets?", "\u{0}\u{1}<<<>>>"];
    for text in inputs {
        host.clear_recorded();
        host.run(&mut s, &EventBuilder::command("/who", "U1", "C1", text).build())
            .unwrap_or_else(|e| panic!("{:?}: {}", &text[..text.len().min(40)], e));
        assert_eq!(host.replies().len(), 1, "one reply to {:?}", &text[..text.len().min(40)]);
        host.run(&mut s, &EventBuilder::message("U1", "C1", &format!("who {}", text)).set("mentioned", "1").build()).unwrap();
    }
    // Nonsense gets "not sure" with the team list, not a guess.
    let r = ask(&host, &mut s, "who owns the frobnicator?");
    assert!(r.text.starts_with("I'm not sure"), "{}", r.text);
    assert!(r.text.contains("#area-io"), "{}", r.text);
    // Feedback on an unknown answer or with a made-up team is refused politely.
    host.run(&mut s, &EventBuilder::action("tc:wrong", "net", "U1", "C1", "999.999").build()).unwrap();
    host.run(&mut s, &EventBuilder::action("tc:wrong", "nosuchteam", "U1", "C1", &r.ts).build()).unwrap();
}

#[test]
fn bad_config_and_models_are_refused_at_init() {
    let host = FakeHost::new();
    host.set_config(r#"{"model": "/nonexistent/model.tcm"}"#);
    assert!(host.start::<Classifier>().is_err());
    host.set_config(&format!(r#"{{"model": "{}", "teams": {{"nosuch": {{}}}}}}"#, model_path()));
    assert!(host.start::<Classifier>().is_err());
    host.set_config(&format!(r#"{{"model": "{}", "min_confidence": 2}}"#, model_path()));
    assert!(host.start::<Classifier>().is_err());
    let mut b = std::fs::read(model_path()).unwrap();
    assert!(Model::from_bytes(&b).is_ok());
    b.truncate(b.len() - 3);
    assert!(Model::from_bytes(&b).is_err());
}

#[test]
fn model_round_trips() {
    let b = std::fs::read(model_path()).unwrap();
    let m = Model::from_bytes(&b).unwrap();
    assert_eq!(m.to_bytes(), b);
    assert_eq!(m.classes, vec!["infrastructure", "io", "memory", "net", "runtime"]);
}
