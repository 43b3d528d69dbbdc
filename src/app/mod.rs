//! eframe glue: the app that owns the kiosk's state and runs each frame as a
//! pipeline, the window it runs in, and the helpers that touch the machine
//! (fonts, file watching, the watchdog, the chime).

mod bench;
mod chime;
mod config;
mod cpu_window;
mod desk;
mod drawn;
pub mod fleet;
mod fonts;
mod keypad;
mod kiosk_app;
mod panel;
mod pictures;
mod reload;
mod renderer;
mod staff_view;
mod talk;
mod telemetry;
mod touch;
mod watch;
mod watchdog;
mod window;

pub use config::AppConfig;
pub use fonts::system_fonts;
pub use kiosk_app::KioskApp;
pub use panel::{PanelSize, monitor_diagonal_inches};
pub use renderer::Renderer;
pub use window::run;
