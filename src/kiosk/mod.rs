//! Kiosk policy: where the customer is, what they chose for this visit, when an
//! idle session warns and resets. Plain data and rules; no egui, no I/O.

pub mod clock;
pub mod idle;
pub mod session;

pub use clock::Clock;
pub use idle::{IdlePhase, IdlePolicy};
pub use session::{Intent, Overlay, Place, RightsPart, Screen, Session, StaffAction, TextSize, ThemeKind};
