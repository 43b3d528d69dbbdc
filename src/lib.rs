//! 长辈版 lobby kiosk: anti-fraud tips, branch facilities and complaint rights in
//! large type with read-aloud, for older customers in a bank branch lobby.

pub mod app;
pub mod cli;
pub mod content;
pub mod fleet;
pub mod i18n;
pub mod kiosk;
pub mod lang;
pub mod metrics;
pub mod paths;
pub mod render;
pub mod speech;
pub mod staff;
pub mod ui;
pub mod worker;
