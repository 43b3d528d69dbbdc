//! What the session's effects do outside the policy layer: speech (`talk`),
//! staff work (`desk`: settings, PIN, counts, the alert; `staff_view` for the
//! panel), metrics (`telemetry`), the chime, facility pictures, content reloads
//! (`reload`, `watch`) and head office's signed updates (`fleet`).

pub mod chime;
pub mod desk;
pub mod fleet;
pub mod pictures;
pub mod reload;
pub mod staff_view;
pub mod talk;
pub mod telemetry;
pub mod watch;
