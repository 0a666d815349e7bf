//! The SDK's host wrappers against the fake host (native only).

use bothost::fake::{EventBuilder, FakeHost, SentKind};
use bothost::http::{Request, Response};
use bothost::{Config, Error, Event, HandlerResult, Kind, Level, Message, Skill};

#[test]
fn reply_resolves_conversation_and_thread() {
    #[derive(Default)]
    struct S;
    impl Skill for S {
        fn on_message(&mut self, ev: &Event) -> HandlerResult {
            let ts = bothost::reply(&Message::new().text(ev.text()).in_thread(ev.text() == "thread"))?;
            assert!(ts.contains('.'));
            Ok(())
        }
        fn on_timer(&mut self, _ev: &Event) -> HandlerResult {
            assert_eq!(bothost::reply_text("x").unwrap_err(), Error::NoConversation);
            bothost::post(&Message::new().channel("C9").text("from timer"))?;
            Ok(())
        }
    }
    let host = FakeHost::new();
    let mut s: S = host.start().unwrap();
    let m1 = EventBuilder::message("U1", "C1", "plain").build();
    host.run(&mut s, &m1).unwrap();
    let m2 = EventBuilder::message("U1", "C1", "thread").build();
    host.run(&mut s, &m2).unwrap();
    let m3 = EventBuilder::message("U1", "C1", "thread").set("thread_ts", "99.1").build();
    host.run(&mut s, &m3).unwrap();
    host.run(&mut s, &EventBuilder::timer("t", "").build()).unwrap();

    let r = host.replies();
    assert_eq!(r.len(), 3);
    assert_eq!((r[0].channel.as_str(), r[0].thread_ts.as_str(), r[0].in_thread), ("C1", "", false));
    let ev2 = Event::parse(&m2).unwrap();
    assert_eq!(r[1].thread_ts, ev2.ts());
    assert_eq!(r[2].thread_ts, "99.1");
    let p = host.posts();
    assert_eq!((p[0].channel.as_str(), p[0].text.as_str()), ("C9", "from timer"));
}

#[test]
fn message_validation() {
    let host = FakeHost::new();
    assert_eq!(bothost::post(&Message::new().text("no channel")).unwrap_err(), Error::InvalidArgument);
    assert_eq!(bothost::post(&Message::new().channel("C")).unwrap_err(), Error::InvalidArgument);
    let long = "x".repeat(40_001);
    assert_eq!(bothost::post(&Message::new().channel("C").text(&long)).unwrap_err(), Error::TooLarge);
    assert_eq!(bothost::update(&Message::new().channel("C").text("t")).unwrap_err(), Error::InvalidArgument);
    bothost::update(&Message::new().channel("C").ts("1.1").text("t")).unwrap();
    let ts = bothost::post(&Message::new().channel("C").blocks("[]").ephemeral_user("U")).unwrap();
    let sent = host.sent();
    assert_eq!(sent.len(), 2);
    assert_eq!((sent[0].kind, sent[0].ts.as_str()), (SentKind::Update, "1.1"));
    assert_eq!((sent[1].kind, sent[1].ts.as_str(), sent[1].ephemeral_user.as_str()), (SentKind::Post, ts.as_str(), "U"));
    assert_eq!(sent[1].record, Message::new().channel("C").blocks("[]").ephemeral_user("U").encode());
    assert!(host.misuse_count() >= 3);
}

#[test]
fn kv_roundtrip_ttl_and_list() {
    let host = FakeHost::new();
    assert_eq!(bothost::kv_get("a").unwrap(), None);
    bothost::kv_set("a", "1", 0).unwrap();
    bothost::kv_set("b/x", vec![b'2'], 1000).unwrap(); // Vec<u8> value
    bothost::kv_set(String::from("b/y"), bothost::Itoa::new(3), 0).unwrap();
    assert_eq!(bothost::kv_get("a").unwrap(), Some(b"1".to_vec()));
    assert_eq!(bothost::kv_get_str("b/x").unwrap().as_deref(), Some("2"));
    assert_eq!(bothost::kv_get_with("b/y", bothost::parse_i64).unwrap(), Some(Some(3)));
    assert_eq!(bothost::kv_get_with("zz", |v| v.len()).unwrap(), None);
    assert_eq!(host.kv_expiry("b/x"), Some(host.now() + 1000));

    assert_eq!(bothost::kv_list("", 0).unwrap().to_strings(), vec!["a", "b/x", "b/y"]);
    assert_eq!(bothost::kv_list("b/", 0).unwrap().join(","), "b/x,b/y");
    assert_eq!(bothost::kv_list("b/", 1).unwrap().to_strings(), vec!["b/x"]);
    assert!(bothost::kv_list("c", 0).unwrap().is_empty());

    host.advance(1000);
    assert_eq!(bothost::kv_get("b/x").unwrap(), None);
    assert_eq!(bothost::kv_list("b/", 0).unwrap().to_strings(), vec!["b/y"]);
    assert!(!bothost::kv_delete("b/x").unwrap());
    assert!(bothost::kv_delete("a").unwrap());
    assert!(!bothost::kv_delete("a").unwrap());

    assert_eq!(bothost::kv_set("", "v", 0).unwrap_err(), Error::InvalidArgument);
    assert_eq!(bothost::kv_set("k".repeat(257), "v", 0).unwrap_err(), Error::TooLarge);
    assert_eq!(bothost::kv_set("big", vec![0u8; (1 << 20) + 1], 0).unwrap_err(), Error::TooLarge);
}

#[test]
fn kv_large_values_use_result_read() {
    let host = FakeHost::new();
    let big: Vec<u8> = (0..100_000u32).map(|i| i as u8).collect();
    bothost::kv_set("big", &big, 0).unwrap();
    assert_eq!(bothost::kv_get("big").unwrap().unwrap(), big);
    assert_eq!(host.calls("result_read"), 1);
    let mut buf = Vec::with_capacity(200_000);
    assert!(bothost::kv_get_into("big", &mut buf).unwrap());
    assert_eq!(buf, big);
    assert_eq!(host.calls("result_read"), 1); // fitted this time
    assert_eq!(bothost::kv_get_with("big", |v| v.len()).unwrap(), Some(100_000));
    // many keys: list bigger than the first buffer
    for i in 0..500 {
        bothost::kv_set(format!("key/{:05}", i), "v", 0).unwrap();
    }
    let l = bothost::kv_list("key/", 0).unwrap();
    assert_eq!(l.len(), 500);
    assert_eq!(l.iter().nth(499), Some(&b"key/00499"[..]));
}

#[test]
fn kv_quota() {
    let host = FakeHost::new();
    host.set_kv_quota(2, 100);
    bothost::kv_set("a", "1", 0).unwrap();
    bothost::kv_set("b", "1", 0).unwrap();
    assert_eq!(bothost::kv_set("c", "1", 0).unwrap_err(), Error::Quota);
    bothost::kv_set("a", "replaced", 0).unwrap(); // replacing is fine
    assert_eq!(bothost::kv_set("a", vec![0u8; 100], 0).unwrap_err(), Error::Quota);
}

#[test]
fn timers() {
    let host = FakeHost::new();
    let now = bothost::now_ms();
    assert_eq!(now, host.now());
    bothost::timer_set("a", "pa", 5000).unwrap();
    bothost::timer_set_at("b", b"pb", now + 1000).unwrap();
    bothost::timer_set("c", "", 10).unwrap();
    assert!(bothost::timer_cancel("c").unwrap());
    assert!(!bothost::timer_cancel("c").unwrap());
    assert_eq!(host.timer("a").unwrap().due, now + 5000);
    assert_eq!(bothost::timer_set("", "", 1).unwrap_err(), Error::InvalidArgument);
    assert_eq!(bothost::timer_set("x", vec![0u8; 16 * 1024 + 1], 1).unwrap_err(), Error::TooLarge);
    assert!(host.take_due_timers().is_empty());
    host.advance(5000);
    let due = host.take_due_timers();
    assert_eq!(due.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), vec!["b", "a"]);
    let ev_bytes = due[0].event();
    let ev = Event::parse(&ev_bytes).unwrap();
    assert_eq!((ev.kind(), ev.name(), ev.payload(), ev.due()), (Kind::Timer, "b", &b"pb"[..], now + 1000));
    assert!(host.timers().is_empty());
    host.set_timer_max(1);
    bothost::timer_set("a", "", 1).unwrap();
    bothost::timer_set("a", "", 2).unwrap(); // replace
    assert_eq!(bothost::timer_set("b", "", 1).unwrap_err(), Error::Quota);
}

#[test]
fn logging_and_errors() {
    let host = FakeHost::new();
    bothost::debug("d");
    bothost::info("i");
    bothost::warn("w");
    bothost::error("e");
    bothost::log(Level::Info, &"x".repeat(10_000));
    let logs = host.logs();
    assert_eq!(
        logs.iter().take(4).map(|l| (l.level, l.msg.as_str())).collect::<Vec<_>>(),
        vec![(Level::Debug, "d"), (Level::Info, "i"), (Level::Warn, "w"), (Level::Error, "e")]
    );
    assert_eq!(logs[4].msg.len(), 8192);
    bothost::set_error("boom");
    assert_eq!(host.last_error().as_deref(), Some("boom"));
}

#[test]
fn config_and_init() {
    #[derive(Default)]
    struct S {
        greeting: String,
        n: i64,
    }
    impl Skill for S {
        fn init(&mut self, cfg: &Config) -> HandlerResult {
            if cfg.get_bool("fail") == Some(true) {
                return Err("bad config".into());
            }
            self.greeting = cfg.str_or("greeting", "hello").into_owned();
            self.n = cfg.get_i64("n").unwrap_or(1);
            Ok(())
        }
    }
    let host = FakeHost::new();
    let s: S = host.start().unwrap();
    assert_eq!((s.greeting.as_str(), s.n), ("hello", 1));
    let long = "y".repeat(1000);
    host.set_config(&format!(r#"{{"greeting":"hi \"you\"","n":7,"long":"{}"}}"#, long));
    let s: S = host.start().unwrap();
    assert_eq!((s.greeting.as_str(), s.n), ("hi \"you\"", 7));
    assert_eq!(bothost::config_str("long").as_deref(), Some(long.as_str())); // > first buffer
    assert_eq!(bothost::config_i64("n"), Some(7));
    assert_eq!(bothost::config_bool("n"), None);
    host.set_config(r#"{"fail":true}"#);
    assert_eq!(host.start::<S>().err().as_deref(), Some("bad config"));
}

#[test]
fn dispatch_errors_and_kinds() {
    #[derive(Default)]
    struct S {
        seen: Vec<String>,
    }
    impl Skill for S {
        fn on_message(&mut self, ev: &Event) -> HandlerResult {
            if ev.text() == "fail" {
                return Err("asked to fail".into());
            }
            if ev.text() == "int" {
                let n: i32 = "x".parse()?;
                let _ = n;
            }
            if ev.text() == "host" {
                bothost::kv_get("")?;
            }
            self.seen.push("message".into());
            Ok(())
        }
        fn on_command(&mut self, _: &Event) -> HandlerResult {
            self.seen.push("command".into());
            Ok(())
        }
        fn on_action(&mut self, _: &Event) -> HandlerResult {
            self.seen.push("action".into());
            Ok(())
        }
        fn on_schedule(&mut self, _: &Event) -> HandlerResult {
            self.seen.push("schedule".into());
            Ok(())
        }
        fn on_webhook(&mut self, ev: &Event) -> HandlerResult {
            self.seen.push(format!("webhook {} {}", ev.header("x-a").unwrap_or(""), ev.body_str()));
            Ok(())
        }
        fn on_other(&mut self, ev: &Event) -> HandlerResult {
            self.seen.push(format!("other {}", ev.kind_str()));
            Ok(())
        }
    }
    let host = FakeHost::new();
    let mut s: S = host.start().unwrap();
    assert_eq!(host.run(&mut s, &EventBuilder::message("U", "C", "fail").build()), Err("asked to fail".into()));
    assert_eq!(host.run(&mut s, &EventBuilder::message("U", "C", "int").build()), Err("invalid digit found in string".into()));
    assert_eq!(host.run(&mut s, &EventBuilder::message("U", "C", "host").build()), Err("bothost: invalid argument (-1)".into()));
    assert_eq!(host.run(&mut s, &[1, 2, 3]), Err("bothost: malformed event record".into()));
    host.run(&mut s, &EventBuilder::message("U", "C", "ok").build()).unwrap();
    host.run(&mut s, &EventBuilder::command("/x", "U", "C", "").build()).unwrap();
    host.run(&mut s, &EventBuilder::action("a", "v", "U", "C", "1.1").build()).unwrap();
    host.run(&mut s, &EventBuilder::timer("t", "p").build()).unwrap();
    host.run(&mut s, &EventBuilder::schedule("daily").build()).unwrap();
    host.run(&mut s, &EventBuilder::webhook("h", "POST", "body").headers(&[("x-a", "1")]).build()).unwrap();
    host.run(&mut s, &EventBuilder::new("reaction_added").build()).unwrap();
    assert_eq!(s.seen, vec!["message", "command", "action", "schedule", "webhook 1 body", "other reaction_added"]);
}

#[test]
fn fault_injection() {
    let host = FakeHost::new();
    host.fail("kv_set", Error::Unavailable);
    assert_eq!(bothost::kv_set("a", "b", 0).unwrap_err(), Error::Unavailable);
    host.fail("kv_get", Error::Other(-99));
    assert_eq!(bothost::kv_get("a").unwrap_err(), Error::Other(-99));
    host.clear_faults();
    bothost::kv_set("a", "b", 0).unwrap();
}

#[test]
fn http() {
    let host = FakeHost::new();
    assert_eq!(bothost::http_fetch(&Request::get("https://example.com/")).unwrap_err(), Error::NotPermitted);
    host.on_http(|req| {
        assert_eq!(req.method, "POST");
        assert_eq!(req.headers, vec![("content-type".to_string(), "text/plain".to_string())]);
        Ok(Response { status: 200, headers: vec![("x".into(), "y".into())], body: req.body.repeat(2000) })
    });
    let resp = bothost::http_fetch(&Request {
        headers: &[("content-type", "text/plain")],
        ..Request::post("https://example.com/", b"abc")
    })
    .unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(resp.header("X"), Some("y"));
    assert_eq!(resp.body.len(), 6000); // bigger than the first buffer
}

#[test]
fn exports_generated_by_macro() {
    #[derive(Default)]
    struct Ex {
        prefix: String,
    }
    impl Skill for Ex {
        fn init(&mut self, cfg: &Config) -> HandlerResult {
            self.prefix = cfg.str_or("p", "").into_owned();
            Ok(())
        }
        fn on_message(&mut self, ev: &Event) -> HandlerResult {
            bothost::reply_text(&format!("{}{}", self.prefix, ev.text()))?;
            Ok(())
        }
    }
    bothost::export_skill!(Ex);
    extern "C" {
        fn bothost_abi_version() -> i32;
        fn bothost_alloc(size: i32) -> *mut u8;
        fn bothost_init(ptr: *const u8, len: i32) -> i32;
        fn bothost_handle(ptr: *const u8, len: i32) -> i32;
    }
    let host = FakeHost::new();
    unsafe {
        assert_eq!(bothost_abi_version(), 1);
        assert!(bothost_alloc(-1).is_null());
        let cfg = br#"{"p":">> "}"#;
        let p = bothost_alloc(cfg.len() as i32);
        assert!(!p.is_null());
        std::ptr::copy_nonoverlapping(cfg.as_ptr(), p, cfg.len());
        assert_eq!(bothost_init(p, cfg.len() as i32), 0);
        // A message outside FakeHost::run has no conversation: the handler fails.
        let ev = EventBuilder::message("U", "C", "hi").build();
        let p = bothost_alloc(ev.len() as i32);
        std::ptr::copy_nonoverlapping(ev.as_ptr(), p, ev.len());
        assert_eq!(bothost_handle(p, ev.len() as i32), 1);
        assert_eq!(host.last_error().as_deref(), Some("bothost: no conversation (-7)"));
        assert_eq!(bothost_handle(p, -1), 1);
        assert!(!bothost_alloc(0).is_null());
    }
}

#[test]
fn kv_incr_semantics() {
    let host = FakeHost::new();
    assert_eq!(bothost::kv_incr("n", 5, 0), Ok(5));
    assert_eq!(bothost::kv_incr("n", -7, 0), Ok(-2));
    assert_eq!(host.kv_get_str("n").as_deref(), Some("-2"));
    host.kv_set("bad", "1.5", 0);
    assert_eq!(bothost::kv_incr("bad", 1, 0), Err(Error::InvalidArgument));
    assert_eq!(host.kv_get_str("bad").as_deref(), Some("1.5"));
    host.kv_set("max", "9223372036854775807", 0);
    assert_eq!(bothost::kv_incr("max", 1, 0), Err(Error::TooLarge));
    assert_eq!(bothost::kv_incr("w", 1, 60_000), Ok(1));
    assert_eq!(host.kv_expiry("w"), Some(host.now() + 60_000));
    host.advance(60_000);
    assert_eq!(bothost::kv_incr("w", 1, 0), Ok(1), "an expired key counts as 0");
    host.set_kv_quota(3, 1 << 20);
    assert_eq!(bothost::kv_incr("fourth", 1, 0), Err(Error::Quota));
}

#[test]
fn kv_cas_semantics() {
    let host = FakeHost::new();
    assert_eq!(bothost::kv_cas("k", Some(b"x"), b"a", 0), Ok(false));
    assert_eq!(bothost::kv_cas("k", Some(b""), b"a", 0), Ok(false), "absent is not the empty value");
    assert_eq!(bothost::kv_cas("k", None, b"a", 0), Ok(true));
    assert_eq!(bothost::kv_cas("k", None, b"b", 0), Ok(false));
    assert_eq!(bothost::kv_cas("k", Some(b"a"), b"", 0), Ok(true));
    assert_eq!(bothost::kv_cas("k", None, b"c", 0), Ok(false), "an empty value is present");
    assert_eq!(bothost::kv_cas("k", Some(b""), b"c", 1000), Ok(true));
    assert_eq!(host.kv_get_str("k").as_deref(), Some("c"));
    assert_eq!(host.kv_expiry("k"), Some(host.now() + 1000));
    host.set_kv_quota(10, 3);
    assert_eq!(bothost::kv_cas("k", Some(b"c"), b"cccc", 0), Err(Error::Quota));
    assert_eq!(bothost::kv_cas("k", Some(b"zz"), b"cccc", 0), Ok(false), "a mismatch is not a quota error");
}

#[test]
fn slack_call_answers_rate_limits_and_grants() {
    let host = FakeHost::new();
    host.set_slack_response("users.info", r#"{"ok":true,"user":{"id":"U1","tz":"Europe/Helsinki"}}"#);
    let a = bothost::slack_call("users.info", &[("user", "U1")]).unwrap();
    assert!(a.contains("Europe/Helsinki"));
    assert_eq!(bothost::slack_retry_after_ms(), None);
    assert_eq!(bothost::slack_call("dnd.info", &[]).unwrap(), r#"{"ok":false,"error":"method_not_mocked"}"#);
    let big = format!(r#"{{"ok":true,"members":["{}"]}}"#, "U".repeat(5000));
    host.set_slack_response("conversations.members", &big);
    assert_eq!(bothost::slack_call("conversations.members", &[("channel", "C1")]).unwrap(), big);
    host.set_slack_rate_limited("users.info", 30_000);
    assert_eq!(bothost::slack_call("users.info", &[("user", "U1")]), Err(Error::Unavailable));
    assert_eq!(bothost::slack_retry_after_ms(), Some(30_000));
    assert!(bothost::slack_call("users.info", &[("user", "U1")]).is_ok(), "the 429 was for one call");
    assert_eq!(bothost::slack_retry_after_ms(), None);
    assert_eq!(bothost::slack_call("users.info", &[("token", "xoxb-mine")]), Err(Error::InvalidArgument));
    host.set_slack_read(&["users.info"]);
    assert_eq!(bothost::slack_call("dnd.info", &[]), Err(Error::NotPermitted));
    let calls = host.slack_calls();
    assert_eq!(calls.len(), 5);
    assert_eq!(calls[0].method, "users.info");
    assert_eq!(calls[0].args, vec![("user".to_string(), "U1".to_string())]);
    assert_eq!(calls[3].result, Err(Error::Unavailable));
}
