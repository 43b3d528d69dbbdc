//! Kiosk policy: where the customer is, what they chose for this visit, when an
//! idle session warns and resets. Plain data and rules; no egui, no I/O.

pub mod choices;
pub mod clock;
pub mod idle;
pub mod intent;
pub mod self_check;
pub mod session;
mod voice;

pub use choices::{TextSize, ThemeKind};
pub use clock::Clock;
pub use idle::{IdlePhase, IdlePolicy};
pub use intent::{Intent, Overlay, PageKey, Place, RightsPart, Screen, SessionDefaults, Shown, StaffAction};
pub use session::Session;
