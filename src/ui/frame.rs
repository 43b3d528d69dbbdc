//! The whole screen for one frame: a dialog, or the top bar, the current
//! page of the current screen and the controls below it.

use egui::{Rect, Ui};

use super::theme::Style;
use super::view::{Output, View};
use super::{chrome, controls, focus, overlays, page, screens, theme};
use crate::i18n::FluentValue;
use crate::kiosk::{IdlePhase, Overlay, PageKey, Screen, Session, Shown, TextSize};

/// What the app tells the UI besides the session.
pub struct Frame {
    pub idle: IdlePhase,
    /// Which slogan the attract screen shows.
    pub slogan: usize,
    /// Its opacity: 0 → 1 as a new slogan fades in.
    pub fade: f32,
}

/// Draws the whole screen. Returns what is on it: the screen and its page (or
/// the dialog covering it), in the language shown.
pub fn show(ui: &mut Ui, view: &View, out: &mut Output, session: &Session, frame: &Frame) -> PageKey {
    let screen = ui.max_rect();
    ui.painter().rect_filled(screen, 0.0, view.style.palette.background);
    let warning = matches!(frame.idle, IdlePhase::Warning { .. });
    let (shown, pages) = match show_screen(ui, view, out, session, frame, screen) {
        Some(pages) => (Shown::Screen(session.screen().clone()), pages),
        None if session.attract => (Shown::Attract, 1),
        None if warning => (Shown::IdleWarning, 1),
        None if session.overlay == Some(Overlay::OfferHelp) => (Shown::OfferHelp, 1),
        None => (Shown::CallStaff, 1),
    };
    focus::paint(ui, view, out);
    let page = if matches!(shown, Shown::Screen(_)) { session.place().page.min(pages - 1) } else { 0 };
    PageKey { shown, page, pages, language: session.language.clone() }
}

fn show_screen(
    ui: &mut Ui,
    view: &View,
    out: &mut Output,
    session: &Session,
    frame: &Frame,
    screen: Rect,
) -> Option<usize> {
    if session.attract {
        super::poster::show(ui, view, out, screen, frame.slogan, frame.fade);
        return None;
    }
    if let IdlePhase::Warning { seconds_left } = frame.idle {
        overlays::idle_warning(ui, view, out, screen, seconds_left);
        out.announce = Some(view.t("idle-question"));
        return None;
    }
    if let Some(overlay) = session.overlay {
        show_overlay(ui, view, out, screen, overlay);
        return None;
    }
    // Staff work at one size, whatever the last customer chose, and need no
    // read-aloud (the panel has its own speech test).
    let staff_view;
    let view = if session.screen().is_staff() {
        staff_view = View { speech_controls: false, ..view.styled(Style::new(TextSize::Standard, view.theme)) };
        &staff_view
    } else {
        view
    };
    let bar = view.style.bar_height();
    let top = Rect::from_min_max(screen.min, egui::pos2(screen.right(), screen.top() + bar));
    let can_go_back = session.depth() > 1;
    let top_free = [true, false].map(|icons| chrome::top_free(ui, view, screen.width(), can_go_back, icons));
    let blocks = screens::blocks(view, session.screen());
    let area_above = |height: f32| {
        Rect::from_min_max(top.left_bottom(), egui::pos2(screen.right(), screen.bottom() - height))
            .shrink2(egui::vec2(theme::MARGIN, theme::MARGIN_TOP_BOTTOM))
    };
    // Page buttons only when the page needs them.
    let mut plan = controls::plan(ui, view, screen.width(), session.voice, false, top_free);
    let mut area = area_above(plan.height(view));
    // Menus must be seen whole, so they never page: home and the PIN pad
    // (unless the window is too small for that: then paging beats cutting off).
    let menu = match session.screen() {
        Screen::Home | Screen::StaffPin | Screen::SelfCheck { .. } => true,
        Screen::List(id) | Screen::Item(id, _) => super::sections::find(*id).is_some_and(|s| s.whole),
        Screen::Staff => false,
    };
    let home = menu && page::fits_whole(ui, view, &blocks, area);
    if !home && page::count_pages(ui, view, &blocks, area) > 1 {
        plan = controls::plan(ui, view, screen.width(), session.voice, true, top_free);
        area = area_above(plan.height(view));
    }
    // Laid out once for counting and painting (a menu shown whole is fitted instead).
    let layout = (!home).then(|| page::layout(ui, view, &blocks, area));
    let pages = layout.as_ref().map_or(1, page::Layout::pages);
    let page = session.place().page.min(pages - 1);
    let words = (plan.words_on_top && pages > 1).then(|| controls::page_words(view, page + 1, pages));
    let top_bar =
        chrome::TopBar { can_go_back, speech: plan.speech_on_top, with_icons: plan.top_icons, words: words.as_deref() };
    chrome::top_bar(ui, view, out, top, top_bar);
    match &layout {
        None => page::show_fitted(ui, view, out, &blocks, area, false),
        Some(layout) => {
            page::show_page(ui, view, out, layout, page, area);
            out.audit.page_fill = layout.page_fill();
        }
    }
    let bottom = Rect::from_min_max(egui::pos2(screen.left(), area.bottom() + theme::MARGIN_TOP_BOTTOM), screen.max);
    plan.show(ui, view, out, bottom, page, pages);
    out.announce = announcement(view, session.screen(), &blocks, page, pages);
    Some(pages)
}

/// A dialog over the whole screen, and what it says when it opens.
fn show_overlay(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect, overlay: Overlay) {
    match overlay {
        Overlay::CallStaff { picked } => {
            overlays::call_staff(ui, view, out, screen, picked);
            out.announce = Some(view.t("staff-coming-title"));
        }
        Overlay::OfferHelp => {
            overlays::offer_help(ui, view, out, screen);
            out.announce = Some(view.t("offer-help-title"));
        }
    }
}

/// What a new page says when it opens: its title and where you are; the
/// self-check is heard whole (the question and situation, or the answer and why).
fn announcement(view: &View, screen: &Screen, blocks: &[page::Block], page: usize, pages: usize) -> Option<String> {
    if matches!(screen, Screen::SelfCheck { .. }) {
        let words: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                page::Block::Title(t) | page::Block::Heading(t) | page::Block::Paragraph(t, _) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        return Some(words.join(" "));
    }
    blocks.iter().find_map(|b| match b {
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
    })
}
