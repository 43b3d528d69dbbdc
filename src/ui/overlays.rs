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
use crate::kiosk::{Msg, Press, Reason};

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

/// "A staff member is coming", and reasons to tell them in one tap (each
/// sent with another alert; the one picked is marked).
pub fn call_staff(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect, picked: Option<&str>) {
    dialog(ui, view, out, screen, &call_staff_blocks(view, picked));
}

pub fn call_staff_blocks(view: &View, picked: Option<&str>) -> Vec<Block> {
    let reason = |icon, label: &str, reason: Reason| Choice {
        icon: Some(icon),
        label: view.t(label),
        selected: picked == Some(reason.key()),
        msg: Press::CallStaffBecause(reason).into(),
        kind: ButtonKind::Normal,
    };
    vec![
        Block::Title(view.t("staff-coming-title")),
        Block::Paragraph(view.t("staff-coming-body"), Tone::Normal),
        Block::Heading(view.t("staff-coming-why")),
        Block::Choices(vec![
            reason(icons::PHONE, "reason-call-family", Reason::CallFamily),
            reason(icons::EAR, "reason-cannot-hear", Reason::CannotHear),
            reason(icons::SEAT, "reason-need-seat", Reason::NeedSeat),
        ]),
        button(icons::OK, view.t("staff-coming-ok"), Press::CloseOverlay),
    ]
}

/// Asked once a visit of a customer who seems stuck: shall I get someone?
pub fn offer_help(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect) {
    dialog(ui, view, out, screen, &offer_help_blocks(view));
}

pub fn offer_help_blocks(view: &View) -> Vec<Block> {
    let yes = Choice {
        icon: Some(icons::CALL_STAFF),
        label: view.t("offer-help-yes"),
        msg: Press::CallStaffBecause(Reason::Stuck).into(),
        kind: ButtonKind::Primary,
        selected: false,
    };
    let no = Choice {
        icon: Some(icons::NO),
        label: view.t("offer-help-no"),
        msg: Press::CloseOverlay.into(),
        ..yes.clone()
    };
    vec![Block::Title(view.t("offer-help-title")), Block::Tiles(vec![yes, no])]
}
