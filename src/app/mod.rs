//! The app around the kiosk's policy and screens, in three rooms:
//!
//! - `kiosk_app.rs` owns the state and runs each frame as a pipeline
//!   (input → messages → `Session::apply` → effects → draw); `config.rs` is how it
//!   is started; `drawn.rs` what the last frame drew.
//! - `shell/` — the windows it runs in: eframe + OpenGL, or the CPU window.
//! - `device/` — what the PC under it brings: the renderer it can run, fonts on
//!   disk, the panel's size, touch and keys, systemd's watchdog, the benchmark.
//! - `effects/` — what the session's effects do outside: speech, staff work,
//!   metrics, the chime, pictures, content reloads and head office's updates.
//!
//! Arrows: shell → kiosk_app → effects → device; nothing points back.

mod config;
mod device;
mod drawn;
mod effects;
mod kiosk_app;
mod shell;

pub use config::AppConfig;
pub use device::fonts::system_fonts;
pub use device::panel::{PanelSize, monitor_diagonal_inches};
pub use device::renderer::Renderer;
pub use effects::fleet;
pub use kiosk_app::KioskApp;
pub use shell::window::run;
