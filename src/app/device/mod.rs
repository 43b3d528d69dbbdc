//! What the PC under the app brings: the renderer it can run, the fonts on its
//! disk, its panel's size, touch and keys, systemd's watchdog, and the frame
//! benchmark. Nothing here knows the app or its effects.

pub mod bench;
pub mod fonts;
pub mod keypad;
pub mod panel;
pub mod renderer;
pub mod touch;
pub mod watchdog;
