//! The screens. The UI reads the session and content, draws, and emits intents;
//! it does no file or network I/O.

mod chrome;
mod controls;
mod focus;
pub mod fonts;
pub mod icons;
mod overlays;
pub mod page;
mod screens;
pub mod staff;
pub mod theme;
pub mod widgets;

use std::collections::HashMap;

use egui::{Rect, TextureHandle, Ui};

use crate::content::Content;
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::{IdlePhase, Intent, Screen, Session, TextSize, ThemeKind};
use crate::speech::Reading;
pub use focus::{Item, Role};
pub use theme::Style;
pub use widgets::Audit;

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
    pub staff: &'a staff::StaffView,
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

/// What the app tells the UI besides the session.
pub struct Frame {
    pub idle: IdlePhase,
    /// Which slogan the attract screen shows.
    pub slogan: usize,
}

/// Draws the whole screen. Returns how many pages the current screen has, or
/// `None` when a full-screen dialog covers it (its page count is then unknown).
pub fn show(ui: &mut Ui, view: &mut View, session: &Session, frame: &Frame) -> Option<usize> {
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, view.style.palette.background);
    let pages = show_screen(ui, view, session, frame, screen);
    focus::paint(ui, view);
    pages
}

fn show_screen(ui: &mut Ui, view: &mut View, session: &Session, frame: &Frame, screen: Rect) -> Option<usize> {
    if session.attract {
        overlays::attract(ui, view, screen, frame.slogan);
        return None;
    }
    if let IdlePhase::Warning { seconds_left } = frame.idle {
        overlays::idle_warning(ui, view, screen, seconds_left);
        view.announce = Some(view.t("idle-question"));
        return None;
    }
    if session.overlay.is_some() {
        overlays::call_staff(ui, view, screen);
        view.announce = Some(view.t("staff-coming-title"));
        return None;
    }
    if session.screen().is_staff() {
        // Staff work at one size, whatever the last customer chose, and need
        // no read-aloud (the panel has its own speech test).
        view.style = Style::new(TextSize::Standard, view.theme);
        view.speech_controls = false;
    }
    let bar = view.style.bar_height();
    let top = Rect::from_min_max(screen.min, egui::pos2(screen.right(), screen.top() + bar));
    let can_go_back = session.depth() > 1;
    let top_free = chrome::top_free(ui, view, screen.width(), can_go_back);
    let blocks = screens::blocks(view, session.screen());
    let area_above = |height: f32| {
        Rect::from_min_max(top.left_bottom(), egui::pos2(screen.right(), screen.bottom() - height))
            .shrink(theme::MARGIN)
    };
    // Page buttons only when the page needs them.
    let mut plan = controls::plan(ui, view, screen.width(), session.voice, false, top_free);
    let mut area = area_above(plan.height(view));
    // Menus must be seen whole, so they never page: home and the PIN pad
    // (unless the window is too small for that: then paging beats cutting off).
    let menu = matches!(session.screen(), Screen::Home | Screen::StaffPin);
    let home = menu && page::fits_whole(ui, view, &blocks, area);
    if !home && page::count_pages(ui, view, &blocks, area) > 1 {
        plan = controls::plan(ui, view, screen.width(), session.voice, true, top_free);
        area = area_above(plan.height(view));
    }
    let pages = if home { 1 } else { page::count_pages(ui, view, &blocks, area) };
    let page = session.place().page.min(pages - 1);
    let words = (plan.words_on_top() && pages > 1).then(|| controls::page_words(view, page + 1, pages));
    chrome::top_bar(ui, view, top, can_go_back, words.as_deref());
    if home {
        page::show_fitted(ui, view, &blocks, area, false);
    } else {
        page::show_paged(ui, view, &blocks, area, page);
    }
    let bottom = Rect::from_min_max(egui::pos2(screen.left(), area.bottom() + theme::MARGIN), screen.max);
    plan.show(ui, view, bottom, page, pages);
    view.announce = blocks.iter().find_map(|b| match b {
        page::Block::Title(t) if pages > 1 => Some(view.t_with(
            "speech-where",
            &[
                ("title", FluentValue::from(t.as_str())),
                ("page", FluentValue::from(page + 1)),
                ("pages", FluentValue::from(pages)),
            ],
        )),
        page::Block::Title(t) => Some(t.clone()),
        _ => None,
    });
    Some(pages)
}
