use bothost::fake::{EventBuilder, FakeHost};

use super::Poll;

fn command(host: &FakeHost, s: &mut Poll, user: &str, channel: &str, text: &str) {
    host.run(s, &EventBuilder::command("/poll", user, channel, text).build()).unwrap();
}

fn click(host: &FakeHost, s: &mut Poll, action_id: &str, user: &str) {
    host.run(s, &EventBuilder::action(action_id, "", user, "C1", "1735689600.000777").build()).unwrap();
}

fn last_update(host: &FakeHost) -> String {
    host.updates().last().expect("an update").blocks.clone()
}

#[test]
fn poll() {
    let host = FakeHost::new();
    let mut s: Poll = host.start().unwrap();
    command(&host, &mut s, "U1", "C1", "just a question");
    assert!(host.reply_texts()[0].starts_with("Usage:"));
    host.clear_recorded();

    command(&host, &mut s, "U1", "C1", "Lunch? | Pizza | Sushi <!channel> & co");
    let r = host.replies();
    assert_eq!(r.len(), 1);
    assert!(r[0].ts.starts_with("bothost:"), "reply returns a reference: {}", r[0].ts);
    assert_eq!(r[0].text, "Lunch?");
    let js = &r[0].blocks;
    for want in [
        r#""action_id":"poll:vote:1:0""#,
        r#""action_id":"poll:vote:1:1""#,
        r#""action_id":"poll:close:1""#,
        r#""style":"danger""#,
        r#""confirm":{"#,
        "Sushi &lt;!channel&gt; &amp; co",
        r#""text":"Sushi <!channel> & co""#,
    ] {
        assert!(js.contains(want), "blocks lack {}:\n{}", want, js);
    }
    assert!(js.starts_with(r#"[{"type":"header""#) && js.ends_with("}]}]"), "{}", js);

    for (user, opt) in [("U1", "0"), ("U2", "0"), ("U3", "1"), ("U1", "1")] {
        click(&host, &mut s, &format!("poll:vote:1:{}", opt), user);
    }
    let u = host.updates();
    assert_eq!(u.len(), 4);
    assert_eq!((u[3].channel.as_str(), u[3].ts.as_str()), ("C1", "1735689600.000777"));
    let last = last_update(&host);
    assert!(last.contains("*Pizza*  ▇ 1") && last.contains("▇▇ 2") && last.contains("3 votes"), "{}", last);
    assert!(host.kv_get_str("poll/1").unwrap().contains("v:U1"));

    click(&host, &mut s, "poll:close:1", "U2");
    assert_eq!(host.replies().last().unwrap().ephemeral_user, "U2");
    click(&host, &mut s, "poll:close:1", "U1");
    let closed = last_update(&host);
    assert!(!closed.contains(r#""actions""#) && closed.contains("*closed*"), "{}", closed);
    let n = host.updates().len();
    click(&host, &mut s, "poll:vote:1:0", "U4");
    assert_eq!(host.updates().len(), n, "a vote on a closed poll updated it");

    command(&host, &mut s, "U2", "C2", "Tea? | yes | no");
    assert!(host.replies().last().unwrap().blocks.contains("poll:vote:2:0"));
}
