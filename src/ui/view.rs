//! What a view gets for one frame, and what it gives back.

use std::collections::HashMap;

use egui::{Rect, TextureHandle};

use super::item::{Item, Role};
use super::staff_view::StaffView;
use super::theme::Style;
use super::widgets::Audit;
use crate::content::Content;
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::{Intent, TextSize, ThemeKind};
use crate::speech::Reading;

/// Everything a view needs for one frame, and what it produced.
pub struct View<'a> {
    pub style: Style,
    pub i18n: &'a I18n,
    pub lang: &'a str,
    pub content: &'a Content,
    /// Decoded facility pictures, by facility id.
    pub pictures: &'a HashMap<String, TextureHandle>,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    pub intents: Vec<Intent>,
    pub audit: Audit,
    /// What to say when this screen or page first appears ("防骗提醒，第 1 页，共 3 页").
    pub announce: Option<String>,
    /// Whether speech works here: the read-aloud controls show only then.
    pub speech_controls: bool,
    /// Where "read this page" is, for the play button's label.
    pub reading: Reading,
    /// The page item being read aloud (index among `Item::on_page` items).
    pub highlight: Option<usize>,
    /// The keypad focus (index into `items`).
    pub focus: Option<usize>,
    /// What this frame drew that can be read or focused, in screen order.
    pub items: Vec<Item>,
    /// For the staff screens only.
    pub staff: &'a StaffView,
    /// Languages offered to customers (the content's, as staff chose).
    pub languages: &'a [String],
}

impl View<'_> {
    pub fn t(&self, id: &str) -> String {
        self.i18n.text(self.lang, id)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.i18n.text_with(self.lang, id, args)
    }

    /// Records something the customer can hear read or reach with the keypad.
    pub fn item(&mut self, rect: Rect, role: Role, text: String, intent: Option<Intent>, on_page: bool) {
        self.items.push(Item { rect, role, text, intent, on_page });
    }
}
