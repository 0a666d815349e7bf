//! echo: the reference skill for bothost's ABI conformance test. A Go build
//! of the same behaviour must produce the same host calls byte for byte, so
//! every reply text, key, TTL and order of calls here is part of the spec.
//!
//! Build: `cargo build --offline --release --target wasm32-unknown-unknown`

use bothost::{strbuf, Config, Event, HandlerResult, Itoa, Message, Skill};

const DEFAULT_PREFIX: &str = "echo: ";
/// TTL of the `last` key: one hour.
const LAST_TTL_MS: i64 = 3_600_000;

const BUTTONS: &str = concat!(
    r#"[{"type":"actions","elements":["#,
    r#"{"type":"button","text":{"type":"plain_text","text":"Yes"},"action_id":"echo:yes","value":"yes"},"#,
    r#"{"type":"button","text":{"type":"plain_text","text":"No"},"action_id":"echo:no","value":"no"}"#,
    r#"]}]"#
);

pub struct Echo {
    prefix: String,
}

impl Default for Echo {
    fn default() -> Self {
        Echo { prefix: DEFAULT_PREFIX.to_owned() }
    }
}

fn reply(text: &str) -> HandlerResult {
    bothost::reply(&Message::new().text(text))?;
    Ok(())
}

impl Echo {
    /// Step 3 of the message handler: the first matching command.
    fn respond(&self, ev: &Event, text: &str, user: &str, n: i64) -> HandlerResult {
        if text == "count" {
            reply(&strbuf!(user, " has sent ", &Itoa::new(n), " messages"))
        } else if text == "keys" {
            reply(&bothost::kv_list("", 0)?.join(","))
        } else if text == "forget" {
            reply(if bothost::kv_delete("note")? { "forgot" } else { "nothing to forget" })
        } else if let Some(note) = text.strip_prefix("note ") {
            bothost::kv_set("note", note, 0)?;
            reply("noted")
        } else if text == "buttons" {
            bothost::reply(&Message::new().text("pick one").blocks(BUTTONS))?;
            Ok(())
        } else if let Some(secs) = text.strip_prefix("remind ") {
            let secs = match bothost::parse_int(secs) {
                Some(s) => s,
                None => return reply("bad number"),
            };
            // N*1000 ms, computed as the Go build does (seconds -> ns -> ms,
            // wrapping like time.Duration) so even absurd N match it.
            let delay_ms = secs.wrapping_mul(1_000_000_000) / 1_000_000;
            bothost::timer_set("remind", ev.channel(), delay_ms)?;
            reply(&strbuf!("will remind you in ", &Itoa::new(secs), "s"))
        } else if let Some(rest) = text.strip_prefix("post ") {
            let (channel, body) = match rest.find(' ') {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, ""),
            };
            let ts = bothost::post(&Message::new().channel(channel).text(body))?;
            reply(&strbuf!("posted ", &ts))
        } else if text == "fail" {
            Err("asked to fail".into())
        } else {
            let msg = strbuf!(&self.prefix, text);
            bothost::reply(&Message::new().text(&msg).in_thread(!ev.thread_ts().is_empty()))?;
            Ok(())
        }
    }
}

impl Skill for Echo {
    fn init(&mut self, cfg: &Config) -> HandlerResult {
        if let Some(p) = cfg.get_str("prefix") {
            self.prefix = p.into_owned();
        }
        Ok(())
    }

    fn on_message(&mut self, ev: &Event) -> HandlerResult {
        let user = ev.user();
        let text = ev.text();
        // 1. per-user counter (a value that is not a decimal counts as 0)
        let key = strbuf!("count/", user);
        let n = bothost::kv_get_with(&key, bothost::parse_i64)?.flatten().unwrap_or(0).wrapping_add(1);
        bothost::kv_set(&key, Itoa::new(n), 0)?;
        // 2. last text, kept for an hour
        bothost::kv_set("last", text, LAST_TTL_MS)?;
        // 3. commands
        self.respond(ev, text, user, n)?;
        // 4.
        bothost::info(&strbuf!("handled message from ", user));
        Ok(())
    }

    fn on_command(&mut self, ev: &Event) -> HandlerResult {
        reply(&strbuf!(&self.prefix, ev.text()))
    }

    fn on_action(&mut self, ev: &Event) -> HandlerResult {
        if ev.action_id().starts_with("echo:") {
            let text = strbuf!(ev.user(), " picked ", ev.value());
            bothost::update(&Message::new().channel(ev.channel()).ts(ev.message_ts()).text(&text))?;
        }
        Ok(())
    }

    fn on_timer(&mut self, ev: &Event) -> HandlerResult {
        let text = strbuf!("reminder: ", ev.name());
        bothost::post(&Message::new().channel(ev.payload_str()).text(&text))?;
        Ok(())
    }

    fn on_schedule(&mut self, ev: &Event) -> HandlerResult {
        bothost::info(&strbuf!("got schedule ", ev.name()));
        Ok(())
    }

    fn on_webhook(&mut self, ev: &Event) -> HandlerResult {
        bothost::info(&strbuf!("got webhook ", ev.hook()));
        Ok(())
    }
}

bothost::export_skill!(Echo);

#[cfg(test)]
mod tests;
