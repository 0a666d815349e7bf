//! A minimal bothost skill: greets whoever says "hi", counting visits in KV.

use bothost::{strbuf, Config, Event, HandlerResult, Itoa, Message, Skill};

pub struct Greeter {
    greeting: String,
}

impl Default for Greeter {
    fn default() -> Self {
        Greeter { greeting: "hello".into() }
    }
}

impl Skill for Greeter {
    /// `[skills.NAME.config]` in bot.toml arrives here as JSON.
    fn init(&mut self, cfg: &Config) -> HandlerResult {
        if let Some(g) = cfg.get_str("greeting") {
            self.greeting = g.into_owned();
        }
        Ok(())
    }

    fn on_message(&mut self, ev: &Event) -> HandlerResult {
        if ev.text() != "hi" {
            return Ok(());
        }
        // State lives in KV, never in the struct: instances share nothing.
        let key = strbuf!("visits/", ev.user());
        let n = bothost::kv_get_with(&key, bothost::parse_i64)?.flatten().unwrap_or(0) + 1;
        bothost::kv_set(&key, Itoa::new(n), 0)?;

        let text = strbuf!(&self.greeting, " <@", ev.user(), ">, visit #", &Itoa::new(n));
        bothost::reply(&Message::new().text(&text).in_thread(true))?;
        Ok(())
    }
}

bothost::export_skill!(Greeter);

#[cfg(test)]
mod tests {
    use super::*;
    use bothost::fake::{EventBuilder, FakeHost};

    #[test]
    fn greets_and_counts() {
        let host = FakeHost::new();
        host.set_config(r#"{"greeting": "hey"}"#);
        let mut skill: Greeter = host.start().unwrap();

        host.run(&mut skill, &EventBuilder::message("U1", "C1", "hi").build()).unwrap();
        host.run(&mut skill, &EventBuilder::message("U1", "C1", "hi").build()).unwrap();
        host.run(&mut skill, &EventBuilder::message("U1", "C1", "something else").build()).unwrap();

        assert_eq!(host.reply_texts(), vec!["hey <@U1>, visit #1", "hey <@U1>, visit #2"]);
        assert!(host.replies()[0].in_thread);
        assert_eq!(host.kv_get_str("visits/U1").as_deref(), Some("2"));
    }
}
