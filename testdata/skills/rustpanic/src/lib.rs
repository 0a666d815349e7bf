//! A test skill that panics on demand: "boom" panics with a literal
//! message, "index" with a formatted one (out of bounds), anything else is
//! answered. The host's log must show the message and location of each.

use bothost::{Event, HandlerResult, Skill};

#[derive(Default)]
pub struct Panicky;

impl Skill for Panicky {
    fn on_message(&mut self, ev: &Event) -> HandlerResult {
        match ev.text() {
            "boom" => panic!("boom requested"),
            "index" => {
                let v: Vec<u8> = Vec::new();
                let i = ev.text().len();
                bothost::reply_text(&v[i].to_string())?;
            }
            t => {
                bothost::reply_text(t)?;
            }
        }
        Ok(())
    }
}

bothost::export_skill!(Panicky);
