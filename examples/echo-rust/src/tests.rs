//! Behaviour tests against the SDK's fake host (`cargo test --offline`).

use super::*;
use bothost::fake::{EventBuilder, FakeHost, SentKind};
use bothost::record::Record;
use bothost::{Error, Level};

fn setup(config: &str) -> (FakeHost, Echo) {
    let host = FakeHost::new();
    host.set_config(config);
    let echo = host.start::<Echo>().unwrap();
    (host, echo)
}

fn say(host: &FakeHost, echo: &mut Echo, user: &str, text: &str) -> Result<(), String> {
    host.run(echo, &EventBuilder::message(user, "C1", text).build())
}

fn last_reply(host: &FakeHost) -> String {
    host.replies().last().expect("a reply").text.clone()
}

fn info_logs(host: &FakeHost) -> Vec<String> {
    host.logs().into_iter().filter(|l| l.level == Level::Info).map(|l| l.msg).collect()
}

#[test]
fn echoes_with_default_prefix_and_counts() {
    let (host, mut echo) = setup("{}");
    say(&host, &mut echo, "U1", "hello").unwrap();
    let r = host.replies();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].text, "echo: hello");
    assert!(!r[0].in_thread);
    // exact record: only `text`
    assert_eq!(r[0].record, Message::new().text("echo: hello").encode());
    assert_eq!(host.kv_get_str("count/U1").as_deref(), Some("1"));
    assert_eq!(host.kv_expiry("count/U1"), Some(0));
    assert_eq!(host.kv_get_str("last").as_deref(), Some("hello"));
    assert_eq!(host.kv_expiry("last"), Some(host.now() + 3_600_000));
    assert_eq!(info_logs(&host), vec!["handled message from U1"]);
    assert_eq!(host.logs().len(), 1);
}

#[test]
fn config_prefix() {
    let (host, mut echo) = setup(r#"{"prefix": ">> ", "other": 1}"#);
    say(&host, &mut echo, "U1", "hi").unwrap();
    assert_eq!(last_reply(&host), ">> hi");
    // a non-string prefix keeps the default; an empty string is used as is
    let (host, mut echo) = setup(r#"{"prefix": 5}"#);
    say(&host, &mut echo, "U1", "hi").unwrap();
    assert_eq!(last_reply(&host), "echo: hi");
    let (host, mut echo) = setup(r#"{"prefix": "\u00bb "}"#);
    say(&host, &mut echo, "U1", "hi").unwrap();
    assert_eq!(last_reply(&host), "\u{bb} hi");
}

#[test]
fn command_uses_prefix() {
    let (host, mut echo) = setup(r#"{"prefix":"p:"}"#);
    host.run(&mut echo, &EventBuilder::command("/echo", "U1", "C1", "abc").build()).unwrap();
    let r = host.replies();
    assert_eq!((r.len(), r[0].text.as_str(), r[0].channel.as_str()), (1, "p:abc", "C1"));
    assert!(host.logs().is_empty());
    assert!(host.kv_keys().is_empty());
}

#[test]
fn thread_reply() {
    let (host, mut echo) = setup("{}");
    host.run(&mut echo, &EventBuilder::message("U1", "C1", "in a thread").set("thread_ts", "123.456").build()).unwrap();
    let r = host.replies();
    assert!(r[0].in_thread);
    assert_eq!(r[0].thread_ts, "123.456");
    assert_eq!(r[0].record, Message::new().text("echo: in a thread").in_thread(true).encode());
}

#[test]
fn count_per_user() {
    let (host, mut echo) = setup("{}");
    say(&host, &mut echo, "U1", "a").unwrap();
    say(&host, &mut echo, "U2", "b").unwrap();
    say(&host, &mut echo, "U1", "c").unwrap();
    say(&host, &mut echo, "U1", "count").unwrap();
    assert_eq!(last_reply(&host), "U1 has sent 3 messages");
    say(&host, &mut echo, "U2", "count").unwrap();
    assert_eq!(last_reply(&host), "U2 has sent 2 messages");
    // a garbage counter restarts at 1
    host.kv_set("count/U3", "x", 0);
    say(&host, &mut echo, "U3", "count").unwrap();
    assert_eq!(last_reply(&host), "U3 has sent 1 messages");
}

#[test]
fn keys_lists_all_keys() {
    let (host, mut echo) = setup("{}");
    say(&host, &mut echo, "U2", "note buy milk").unwrap();
    say(&host, &mut echo, "U1", "keys").unwrap();
    assert_eq!(last_reply(&host), "count/U1,count/U2,last,note");
}

#[test]
fn note_and_forget() {
    let (host, mut echo) = setup("{}");
    say(&host, &mut echo, "U1", "forget").unwrap();
    assert_eq!(last_reply(&host), "nothing to forget");
    say(&host, &mut echo, "U1", "note buy milk").unwrap();
    assert_eq!(last_reply(&host), "noted");
    assert_eq!(host.kv_get_str("note").as_deref(), Some("buy milk"));
    assert_eq!(host.kv_expiry("note"), Some(0));
    say(&host, &mut echo, "U1", "forget").unwrap();
    assert_eq!(last_reply(&host), "forgot");
    assert_eq!(host.kv_get("note"), None);
    // "note" without a space is echoed
    say(&host, &mut echo, "U1", "note").unwrap();
    assert_eq!(last_reply(&host), "echo: note");
}

#[test]
fn buttons_and_action() {
    let (host, mut echo) = setup("{}");
    say(&host, &mut echo, "U1", "buttons").unwrap();
    let r = host.replies();
    assert_eq!(r[0].text, "pick one");
    assert_eq!(
        r[0].blocks,
        r#"[{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"echo:yes","value":"yes"},{"type":"button","text":{"type":"plain_text","text":"No"},"action_id":"echo:no","value":"no"}]}]"#
    );
    let rec = Record::parse(&r[0].record).unwrap();
    assert_eq!(rec.iter().map(|(k, _)| k).collect::<Vec<_>>(), vec![&b"text"[..], b"blocks"]);

    host.clear_recorded();
    host.run(&mut echo, &EventBuilder::action("echo:yes", "yes", "U7", "C5", "171.000200").build()).unwrap();
    let u = host.updates();
    assert_eq!(u.len(), 1);
    assert_eq!((u[0].channel.as_str(), u[0].ts.as_str(), u[0].text.as_str()), ("C5", "171.000200", "U7 picked yes"));
    assert_eq!(u[0].record, Message::new().text("U7 picked yes").channel("C5").ts("171.000200").encode());
    // other action ids are ignored
    host.run(&mut echo, &EventBuilder::action("other:yes", "yes", "U7", "C5", "1.2").build()).unwrap();
    assert_eq!(host.sent().len(), 1);
    assert!(host.logs().is_empty());
}

#[test]
fn remind_sets_timer_and_timer_posts() {
    let (host, mut echo) = setup("{}");
    host.run(&mut echo, &EventBuilder::message("U1", "C42", "remind 90").build()).unwrap();
    assert_eq!(last_reply(&host), "will remind you in 90s");
    let t = host.timer("remind").unwrap();
    assert_eq!((t.payload.as_slice(), t.due), (&b"C42"[..], host.now() + 90_000));

    host.clear_recorded();
    host.advance(90_000);
    let due = host.take_due_timers();
    assert_eq!(due.len(), 1);
    host.run(&mut echo, &due[0].event()).unwrap();
    let p = host.posts();
    assert_eq!((p.len(), p[0].channel.as_str(), p[0].text.as_str()), (1, "C42", "reminder: remind"));
    assert_eq!(p[0].record, Message::new().text("reminder: remind").channel("C42").encode());
    assert!(host.replies().is_empty());
    assert!(host.logs().is_empty());
}

#[test]
fn remind_bad_number() {
    let (host, mut echo) = setup("{}");
    for bad in ["remind x", "remind ", "remind 1.5", "remind 10s", "remind  5"] {
        host.clear_recorded();
        say(&host, &mut echo, "U1", bad).unwrap();
        assert_eq!(host.reply_texts(), vec!["bad number"], "{:?}", bad);
        assert_eq!(info_logs(&host), vec!["handled message from U1"]);
    }
    assert!(host.timers().is_empty());
    say(&host, &mut echo, "U1", "remind +5").unwrap();
    assert_eq!(last_reply(&host), "will remind you in 5s");
    say(&host, &mut echo, "U1", "remind 007").unwrap();
    assert_eq!(last_reply(&host), "will remind you in 7s");
    assert_eq!(host.timer("remind").unwrap().due, host.now() + 7000);
    // absurd N: the delay wraps exactly as Go's time.Duration does
    say(&host, &mut echo, "U1", "remind 10000000000").unwrap();
    assert_eq!(last_reply(&host), "will remind you in 10000000000s");
    assert_eq!(host.timer("remind").unwrap().due, host.now() - 8_446_744_073_709);
    say(&host, &mut echo, "U1", "remind -3").unwrap();
    assert_eq!(host.timer("remind").unwrap().due, host.now() - 3000);
}

#[test]
fn post_to_channel() {
    let (host, mut echo) = setup("{}");
    say(&host, &mut echo, "U1", "post C77 hello there").unwrap();
    let p = host.posts();
    assert_eq!((p[0].channel.as_str(), p[0].text.as_str()), ("C77", "hello there"));
    assert_eq!(last_reply(&host), format!("posted {}", p[0].ts));
    // no text: the host refuses the post and the handler fails
    let err = say(&host, &mut echo, "U1", "post C77").unwrap_err();
    assert_eq!(err, Error::InvalidArgument.to_string());
}

#[test]
fn fail_updates_kv_but_does_not_reply_or_log() {
    let (host, mut echo) = setup("{}");
    assert_eq!(say(&host, &mut echo, "U1", "fail"), Err("asked to fail".to_string()));
    assert_eq!(host.last_error().as_deref(), Some("asked to fail"));
    assert!(host.sent().is_empty());
    assert!(host.logs().is_empty());
    assert_eq!(host.kv_get_str("count/U1").as_deref(), Some("1"));
    assert_eq!(host.kv_get_str("last").as_deref(), Some("fail"));
}

#[test]
fn schedule_and_webhook_only_log() {
    let (host, mut echo) = setup("{}");
    host.run(&mut echo, &EventBuilder::schedule("daily").build()).unwrap();
    host.run(&mut echo, &EventBuilder::webhook("deploy", "POST", "{}").build()).unwrap();
    host.run(&mut echo, &EventBuilder::new("something_new").build()).unwrap();
    assert_eq!(info_logs(&host), vec!["got schedule daily", "got webhook deploy"]);
    assert_eq!(host.logs().len(), 2);
    assert!(host.sent().is_empty());
    assert!(host.kv_keys().is_empty());
    assert!(host.timers().is_empty());
}

#[test]
fn host_errors_propagate() {
    let (host, mut echo) = setup("{}");
    host.fail("reply", Error::Unavailable);
    assert_eq!(say(&host, &mut echo, "U1", "hi"), Err(Error::Unavailable.to_string()));
    assert!(host.logs().is_empty());
    host.clear_faults();
    host.clear_recorded();
    host.fail("kv_get", Error::Deadline);
    assert_eq!(say(&host, &mut echo, "U1", "hi"), Err(Error::Deadline.to_string()));
    assert_eq!(host.calls("kv_set"), 0);
}

#[test]
fn call_sequence_for_plain_message() {
    // The conformance test compares host calls; pin their order and count.
    let (host, mut echo) = setup("{}");
    host.clear_recorded();
    say(&host, &mut echo, "U1", "hello").unwrap();
    for (f, n) in [("kv_get", 1), ("kv_set", 2), ("reply", 1), ("log", 1), ("result_read", 0), ("config", 0), ("set_error", 0)] {
        assert_eq!(host.calls(f), n, "{}", f);
    }
    assert_eq!(host.sent()[0].kind, SentKind::Reply);
}
