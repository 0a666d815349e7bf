//! poll-rust: the poll skill of examples/poll-go, in Rust, on the SDK's
//! helpers: Block Kit builders, a KV record per poll changed with
//! `kv_update_record` (racing votes lose nothing) and action routing by
//! prefix.
//!
//! - `/poll Lunch? | Pizza | Sushi` posts the question with one button per option
//! - a click on an option records one vote per user (a new click changes it)
//! - Close (its creator only) ends the poll and shows the result
//!
//! bot.toml: `[skills.poll] path = "build/skills/poll-rust.wasm"`,
//! `[skills.poll.on] commands = ["/poll"]`, `actions = ["poll:"]`.

use bothost::{Blocks, Button, Confirm, Element, Event, HandlerResult, KvRecord, Message, Skill};

const USAGE: &str = "Usage: `/poll Question | option 1 | option 2 …` (2 to 10 options)";

#[derive(Default)]
pub struct Poll;

impl Skill for Poll {
    fn on_command(&mut self, ev: &Event) -> HandlerResult {
        let parts: Vec<&str> = ev.text().split('|').map(str::trim).collect();
        if parts.len() < 3 || parts.len() > 11 || parts[0].is_empty() {
            bothost::reply_text(USAGE)?;
            return Ok(());
        }
        let id = bothost::kv_incr("poll/seq", 1, 0)?.to_string();
        let mut p = KvRecord::new();
        p.set("q", parts[0]).set("by", ev.user()).set_int("n", parts.len() as i64 - 1);
        for (i, o) in parts[1..].iter().enumerate() {
            p.set(&format!("o{}", i), o);
        }
        bothost::kv_set_record(format!("poll/{}", id), &p, 0)?;
        let (text, blocks) = render(&id, &p);
        bothost::reply(&Message::new().text(&text).blocks(&blocks))?;
        Ok(())
    }

    fn on_action(&mut self, ev: &Event) -> HandlerResult {
        bothost::route_action(self, ev, &[("poll:vote:", Poll::vote), ("poll:close:", Poll::close)])
    }
}

impl Poll {
    fn vote(&mut self, ev: &Event, suffix: &str) -> HandlerResult {
        let (id, opt) = suffix.split_once(':').ok_or("bad action_id")?;
        let p = bothost::kv_update_record(format!("poll/{}", id), 0, |p, exists| {
            if !exists || p.bool("closed") {
                return false; // a click on a closed or unknown poll changes nothing
            }
            p.set(&format!("v:{}", ev.user()), opt);
            true
        })?;
        match p {
            Some(p) => show(ev, id, &p),
            None => Ok(()),
        }
    }

    fn close(&mut self, ev: &Event, id: &str) -> HandlerResult {
        let p = bothost::kv_update_record(format!("poll/{}", id), 0, |p, exists| {
            if !exists || p.str("by") != ev.user() {
                return false;
            }
            p.set_bool("closed", true);
            true
        })?;
        match p {
            Some(p) => show(ev, id, &p),
            None => {
                let m = Message::new().text("Only the poll's creator can close it.").ephemeral_user(ev.user());
                bothost::reply(&m)?;
                Ok(())
            }
        }
    }
}

/// Redraw the clicked message.
fn show(ev: &Event, id: &str, p: &KvRecord) -> HandlerResult {
    let (text, blocks) = render(id, p);
    bothost::update_ref(&ev.message_ref(), &Message::new().text(&text).blocks(&blocks))?;
    Ok(())
}

/// The poll as (fallback text, blocks): the question, each option with its
/// votes, and the buttons while it is open.
fn render(id: &str, p: &KvRecord) -> (String, String) {
    let n = p.int("n").clamp(0, 10) as usize;
    let mut counts = vec![0usize; n];
    for (name, v) in p.iter() {
        if let (Some(_), Ok(o)) = (name.strip_prefix("v:"), v.parse::<usize>()) {
            if o < n {
                counts[o] += 1;
            }
        }
    }
    let total: usize = counts.iter().sum();
    let (q, by) = (p.str("q"), p.str("by"));
    let mut b = Blocks::new().header(q);
    let mut labels = Vec::new();
    for (i, c) in counts.iter().enumerate() {
        let opt = p.str(&format!("o{}", i));
        b = b.text(&format!("*{}*  {} {}", bothost::escape_mrkdwn(opt), "▇".repeat(*c), c));
        labels.push((opt, format!("poll:vote:{}:{}", id, i)));
    }
    let status = format!("{} votes · asked by <@{}>", total, by);
    if p.bool("closed") {
        return (q.into(), b.context(&[&format!("{} · *closed*", status)]).into_string());
    }
    let mut buttons: Vec<Element> =
        labels.iter().map(|(t, a)| Element::Button(Button { text: t, action_id: a, ..Button::default() })).collect();
    let close_id = format!("poll:close:{}", id);
    let confirm = Confirm { title: "Close the poll?", text: "Nobody can vote after this.", confirm: "Close", style: bothost::DANGER, ..Confirm::default() };
    buttons.push(Element::Button(Button { text: "Close", action_id: &close_id, style: bothost::DANGER, confirm: Some(confirm), ..Button::default() }));
    (q.into(), b.context(&[&status]).actions(&buttons).into_string())
}

bothost::export_skill!(Poll);

#[cfg(test)]
mod tests;
