//! What a screen shows that can be read aloud or reached with the keypad.

use egui::Rect;

use crate::kiosk::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Title,
    Text,
    Button,
}

/// One thing on the screen, in the order a sighted reader meets it.
#[derive(Clone, Debug)]
pub struct Item {
    pub rect: Rect,
    pub role: Role,
    /// What is said for it (phone numbers are spelled out later, by the app).
    pub text: String,
    /// What activating it does (buttons only).
    pub msg: Option<Msg>,
    /// Part of the page's content (read by "read this page"), not a bar.
    pub on_page: bool,
}
