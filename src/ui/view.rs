//! What a view reads for one frame (`View`, never changed while drawing), and
//! what the frame gives back (`Output`).

use std::collections::HashMap;

use egui::{Rect, TextureHandle};

use super::item::{Item, Role};
use super::staff_view::StaffView;
use super::theme::Style;
use super::widgets::Audit;
use crate::content::Content;
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::self_check::SelfCheck;
use crate::kiosk::{Msg, Session, TextSize, ThemeKind};
use crate::speech::Reading;

/// Everything a view reads for one frame.
#[derive(Clone)]
pub struct View<'a> {
    pub style: Style,
    pub i18n: &'a I18n,
    pub lang: &'a str,
    pub content: &'a Content,
    /// Decoded facility pictures, by facility id.
    pub pictures: &'a HashMap<String, TextureHandle>,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    /// Whether speech works here: the read-aloud controls show only then.
    pub speech_controls: bool,
    /// The sound row (slower, faster, volume, repeat, stop) is open.
    pub sound_panel: bool,
    /// Where "read this page" is, for the play button's label.
    pub reading: Reading,
    /// The page item being read aloud (index among `Item::on_page` items).
    pub highlight: Option<usize>,
    /// The keypad focus (index into `items`).
    pub focus: Option<usize>,
    /// For the staff screens only.
    pub staff: &'a StaffView,
    /// Languages offered to customers (the content's, as staff chose).
    pub languages: &'a [String],
    /// The demo shows sample phone numbers, marked; the lobby never does.
    pub sample_numbers: bool,
    /// This visit's order of the self-check's situations.
    pub self_check: &'a SelfCheck,
}

/// What every view of one frame reads: screen text, content, pictures, the
/// staff panel's data and the languages offered.
pub struct Sources<'a> {
    pub i18n: &'a I18n,
    pub content: &'a Content,
    pub pictures: &'a HashMap<String, TextureHandle>,
    pub staff: &'a StaffView,
    pub languages: &'a [String],
}

impl<'a> View<'a> {
    /// A view of the session's screen, in its language, size and colours,
    /// with nothing read aloud or focused yet.
    pub fn new(sources: Sources<'a>, session: &'a Session) -> Self {
        Self {
            style: Style::new(session.text_size, session.theme),
            i18n: sources.i18n,
            lang: &session.language,
            content: sources.content,
            pictures: sources.pictures,
            text_size: session.text_size,
            theme: session.theme,
            speech_controls: false,
            sound_panel: session.sound_panel,
            reading: Reading::Idle,
            highlight: None,
            focus: session.focus.filter(|_| session.speech_mode),
            staff: sources.staff,
            languages: sources.languages,
            sample_numbers: false,
            self_check: &session.self_check,
        }
    }
}

impl View<'_> {
    pub fn t(&self, id: &str) -> String {
        self.i18n.text(self.lang, id)
    }

    /// Content text as customers see it: phone ids in braces become numbers.
    pub fn words(&self, text: &str) -> String {
        self.content.expand(text, self.lang, self.sample_numbers)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.i18n.text_with(self.lang, id, args)
    }

    /// The same view at another style (a menu fitted at a smaller size).
    pub fn styled(&self, style: Style) -> Self {
        Self { style, ..self.clone() }
    }
}

/// What one frame produced.
#[derive(Default)]
pub struct Output {
    /// What the customer's (or staff's) taps asked for.
    pub msgs: Vec<Msg>,
    pub audit: Audit,
    /// What to say when this screen or page first appears ("防骗提醒，第 1 页，共 3 页").
    pub announce: Option<String>,
    /// What this frame drew that can be read or focused, in screen order.
    pub items: Vec<Item>,
}

impl Output {
    /// Records something the customer can hear read or reach with the keypad.
    pub fn item(&mut self, rect: Rect, role: Role, text: String, msg: Option<Msg>, on_page: bool) {
        self.items.push(Item { rect, role, text, msg, on_page });
    }
}
