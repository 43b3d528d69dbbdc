//! Calls for staff made this visit and not yet answered. Staff answer a call
//! at the kiosk itself, by unlocking the staff panel with their PIN (the one
//! thing only staff can do there); a visit that ends first leaves its calls
//! unanswered, which head office can alert on. Reasons only, never who.

use super::super::effect::{Counted, Effect};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calls {
    /// Each reason once, in the order first called.
    open: Vec<&'static str>,
}

impl Calls {
    pub fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// Notes the alerts among `effects`; a reason not yet open this visit
    /// opens a call (a gauge of calls waiting for staff).
    pub fn made(&mut self, effects: &[Effect]) -> Vec<Effect> {
        let mut opened = Vec::new();
        for effect in effects {
            if let Effect::AlertStaff { reason, .. } = effect
                && !self.open.contains(&reason.key())
            {
                self.open.push(reason.key());
                opened.push(Effect::Count(Counted::CallOpened { reason: reason.key() }));
            }
        }
        opened
    }

    /// Staff unlocked the panel here: they came.
    pub fn answered(&mut self) -> Vec<Effect> {
        self.open.drain(..).map(|reason| Effect::Count(Counted::CallAnswered { reason })).collect()
    }

    /// The visit ended before anyone unlocked the panel.
    pub fn unanswered(&mut self) -> Vec<Effect> {
        self.open.drain(..).map(|reason| Effect::Count(Counted::CallUnanswered { reason })).collect()
    }
}
