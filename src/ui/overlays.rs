//! Screens that take over the whole display: the idle question, the call-staff
//! confirmation and the attract screen. Taking the whole screen means nothing
//! underneath can be pressed by mistake.

use egui::{Rect, Ui};

use super::icons;
use super::page::{Block, Choice, Tone, show_fitted};
use super::theme::MARGIN;
use super::view::{Output, View};
use super::widgets::ButtonKind;
use crate::i18n::FluentValue;
use crate::kiosk::{Msg, Press};

fn dialog(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect, blocks: &[Block]) {
    let width = (screen.width() - 2.0 * MARGIN).min(view.style.sizes.max_text_width());
    let area = Rect::from_center_size(screen.center(), egui::vec2(width, screen.height() - 2.0 * MARGIN));
    show_fitted(ui, view, out, blocks, area, true);
}

fn button(icon: &'static str, label: String, msg: impl Into<Msg>) -> Block {
    Block::Choices(vec![Choice {
        icon: Some(icon),
        label,
        msg: msg.into(),
        kind: ButtonKind::Primary,
        selected: false,
    }])
}

pub fn idle_warning(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect, seconds_left: u32) {
    let blocks = [
        Block::Title(view.t("idle-question")),
        Block::Paragraph(view.t_with("idle-countdown", &[("seconds", FluentValue::from(seconds_left))]), Tone::Normal),
        button(icons::OK, view.t("idle-more-time"), Press::MoreTime),
    ];
    dialog(ui, view, out, screen, &blocks);
}

pub fn call_staff(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect) {
    let blocks = [
        Block::Title(view.t("staff-coming-title")),
        Block::Paragraph(view.t("staff-coming-body"), Tone::Normal),
        button(icons::OK, view.t("staff-coming-ok"), Press::CloseOverlay),
    ];
    dialog(ui, view, out, screen, &blocks);
}

pub fn attract(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect, slogan: usize) {
    let slogans = &view.content.fraud.slogans;
    let mut blocks = Vec::new();
    if let Some(text) = slogans.get(slogan % slogans.len().max(1)).and_then(|s| s.text.get(view.lang)) {
        blocks.push(Block::Title(view.words(&text.title)));
        blocks.extend(text.lines.iter().map(|l| Block::Paragraph(view.words(l), Tone::Normal)));
    } else {
        blocks.push(Block::Title(view.t("app-title")));
    }
    blocks.push(Block::Heading(view.t("attract-touch")));
    dialog(ui, view, out, screen, &blocks);
}
