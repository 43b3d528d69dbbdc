//! The screens. The UI reads the session and content, draws, and emits intents;
//! it does no file or network I/O.

mod chrome;
pub mod fonts;
pub mod icons;
mod overlays;
pub mod page;
mod screens;
pub mod theme;
pub mod widgets;

use std::collections::HashMap;

use egui::{Rect, TextureHandle, Ui};

use crate::content::Content;
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::{IdlePhase, Intent, Screen, Session, TextSize, ThemeKind};
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
}

impl View<'_> {
    pub fn t(&self, id: &str) -> String {
        self.i18n.text(self.lang, id)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.i18n.text_with(self.lang, id, args)
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
    let bar = view.style.bar_height();
    let top = Rect::from_min_max(screen.min, egui::pos2(screen.right(), screen.top() + bar));
    let bottom = Rect::from_min_max(egui::pos2(screen.left(), screen.bottom() - bar), screen.max);
    chrome::top_bar(ui, view, top, session.depth() > 1);
    let area = Rect::from_min_max(top.left_bottom(), bottom.right_top()).shrink(theme::MARGIN);
    let blocks = screens::blocks(view, session.screen());
    let place = session.place();
    // Home is a menu: it must be seen whole, so it never pages.
    let pages = if *session.screen() == Screen::Home {
        page::show_fitted(ui, view, &blocks, area, false);
        1
    } else {
        page::show_paged(ui, view, &blocks, area, place.page)
    };
    let page = place.page.min(pages - 1);
    chrome::bottom_bar(ui, view, bottom, page, pages);
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
