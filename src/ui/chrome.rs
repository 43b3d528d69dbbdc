//! The bar that stays put on every screen: back and home top left; read
//! aloud, sound and call staff top right.

use egui::{Rect, Ui, Vec2, pos2};

use super::icons;
use super::item::Role;
use super::theme::{BAR_PADDING, MARGIN, TARGET_GAP};
use super::view::{Output, View};
use super::widgets::{BigButton, ButtonKind, galley, paint_text};
use crate::kiosk::{Press, StaffMsg};

/// Where a bar button is anchored: its left edge, or its right edge.
#[derive(Clone, Copy)]
enum Anchor {
    Left(f32),
    Right(f32),
}

/// A button of the top bar: its icon (when the bar has room for icons), its
/// words and what it does.
struct BarButton<'a> {
    icon: Option<&'static str>,
    label: &'a str,
    msg: Press,
}

fn bar_button(ui: &mut Ui, view: &View, out: &mut Output, b: BarButton, at: Anchor, bar: Rect) -> f32 {
    let BarButton { icon, label, msg } = b;
    let size = view.style.sizes.bar;
    let button = BigButton { icon, label, kind: ButtonKind::Normal, selected: false };
    let w = button.natural_width(ui, size);
    let h = bar.height() - 2.0 * BAR_PADDING;
    let left = match at {
        Anchor::Left(x) => x,
        Anchor::Right(x) => x - w,
    };
    let rect = Rect::from_min_size(pos2(left, bar.top() + BAR_PADDING), Vec2::new(w, h));
    if button.show(ui, &mut out.audit, ui.scope_id().with(("bar", label.to_owned())), rect, size, &view.style.palette) {
        out.msgs.push(msg.clone().into());
    }
    out.item(rect, Role::Button, label.to_owned(), Some(msg.into()), false);
    w
}

/// Width left in the top bar between its buttons (for the speech buttons and
/// the page words), with or without the buttons' icons.
pub fn top_free(ui: &Ui, view: &View, width: f32, can_go_back: bool, with_icons: bool) -> f32 {
    let size = view.style.sizes.bar;
    let w = |icon, label: &str| {
        let icon = with_icons.then_some(icon);
        BigButton { icon, label, kind: ButtonKind::Normal, selected: false }.natural_width(ui, size)
    };
    let left = if can_go_back {
        w(icons::BACK, &view.t("nav-back")) + TARGET_GAP + w(icons::HOME, &view.t("nav-home"))
    } else {
        galley(ui, &view.t("app-title"), size, true, f32::INFINITY).size().x
    };
    width - 2.0 * MARGIN - left - w(icons::CALL_STAFF, &view.t("call-staff")) - 2.0 * TARGET_GAP
}

/// Back and home top left (or the title on the home screen), call staff top
/// right with 朗读 and 声音 before it when `speech`, and `words` ("page 2 of
/// 3") between them when given.
/// What the top bar holds on this screen.
pub struct TopBar<'a> {
    pub can_go_back: bool,
    /// 朗读 and 声音 sit in the top bar.
    pub speech: bool,
    pub with_icons: bool,
    /// "page 2 of 3", when it fits between the buttons.
    pub words: Option<&'a str>,
}

pub fn top_bar(ui: &mut Ui, view: &View, out: &mut Output, bar: Rect, top: TopBar) {
    let TopBar { can_go_back, speech, with_icons, words } = top;
    ui.painter().rect_filled(bar, 0.0, view.style.palette.bar);
    out.audit.bars.push(bar);
    let mut x = bar.left() + MARGIN;
    if can_go_back {
        let back = view.t("nav-back");
        let b = BarButton { icon: with_icons.then_some(icons::BACK), label: &back, msg: Press::Back };
        x += bar_button(ui, view, out, b, Anchor::Left(x), bar) + TARGET_GAP;
        let home = view.t("nav-home");
        let b = BarButton { icon: with_icons.then_some(icons::HOME), label: &home, msg: Press::Home };
        x += bar_button(ui, view, out, b, Anchor::Left(x), bar);
    } else {
        let title = view.t("app-title");
        let p = view.style.palette;
        let g = galley(ui, &title, view.style.sizes.bar, true, f32::INFINITY);
        let pos = pos2(x, bar.center().y - g.size().y / 2.0);
        x += g.size().x;
        // The hidden staff corner: five quick taps on the title open the PIN pad.
        // Not a button, not announced, not in the keypad order.
        let corner = Rect::from_min_max(bar.left_top(), pos2(x + MARGIN, bar.bottom()));
        if ui.interact(corner, ui.scope_id().with("staff-corner"), egui::Sense::CLICK).clicked() {
            out.msgs.push(StaffMsg::CornerTap.into());
        }
        paint_text(ui, &mut out.audit, ui.scope_id().with("app-title"), pos, g, bar, p.bar_text);
    }
    let call = view.t("call-staff");
    let right = bar.right() - MARGIN;
    // Call staff stays in the same place on every screen; the speech buttons
    // come before it, and are placed first so the keypad meets them in the
    // order they are seen.
    let call_w = button_width(ui, view, with_icons.then_some(icons::CALL_STAFF), &call);
    let pair = if speech { super::controls::speech_pair(view).into_iter().collect() } else { Vec::new() };
    let widths: Vec<f32> = pair.iter().map(|c| c.width(ui, view, with_icons)).collect();
    let start = right - call_w - widths.iter().map(|w| w + TARGET_GAP).sum::<f32>();
    if let Some(words) = words {
        let middle = Rect::from_min_max(pos2(x + TARGET_GAP, bar.top()), pos2(start - TARGET_GAP, bar.bottom()));
        super::controls::words_centered(ui, view, out, words, middle);
    }
    let mut at = start;
    let h = bar.height() - 2.0 * BAR_PADDING;
    for (c, w) in pair.iter().zip(widths) {
        c.place(ui, view, out, with_icons, Rect::from_min_size(pos2(at, bar.top() + BAR_PADDING), Vec2::new(w, h)));
        at += w + TARGET_GAP;
    }
    let b = BarButton { icon: with_icons.then_some(icons::CALL_STAFF), label: &call, msg: Press::CallStaff };
    bar_button(ui, view, out, b, Anchor::Right(right), bar);
}

fn button_width(ui: &Ui, view: &View, icon: Option<&'static str>, label: &str) -> f32 {
    BigButton { icon, label, kind: ButtonKind::Normal, selected: false }.natural_width(ui, view.style.sizes.bar)
}
