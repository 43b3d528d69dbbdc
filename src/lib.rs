//! 长辈版 lobby kiosk: anti-fraud tips, branch facilities and complaint rights in
//! large type with read-aloud, for older customers in a bank branch lobby.

pub mod content;
pub mod cli;
pub mod paths;
pub mod i18n;
