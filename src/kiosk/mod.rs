//! Kiosk policy: where the customer is, what they chose for this visit, when an
//! idle session warns and resets. Plain data and rules; no egui, no I/O.

pub mod choices;
pub mod clock;
pub mod effect;
pub mod idle;
pub mod message;
pub mod reason;
pub mod screen;
pub mod self_check;
pub mod session;
mod voice;

pub use choices::{TextSize, ThemeKind};
pub use clock::Clock;
pub use effect::{Counted, Effect, PinEdit, Speak};
pub use idle::{IdlePhase, IdlePolicy};
pub use message::{Msg, Observation, Press, StaffAction, StaffMsg, VoiceChange};
pub use reason::Reason;
pub use screen::{Overlay, PageKey, Place, Screen, SectionId, SessionDefaults, Shown, Tally};
pub use session::{Outcome, Session};
