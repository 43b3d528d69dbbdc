//! What the app sends the speech thread, and what it reports back about itself.

use super::engine::Utterance;

pub enum Command {
    Say(Utterance),
    Stop,
}

/// Whether speech works, and if not why (for staff; customers never see it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Starting,
    Ready,
    Unavailable(String),
}
