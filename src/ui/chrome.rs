//! The bars that stay put on every screen: back and home top left, call staff
//! top right; page buttons at the bottom.

use egui::{Rect, Ui, Vec2, pos2};

use super::View;
use super::icons;
use super::theme::{BAR_PADDING, MARGIN, TARGET_GAP};
use super::widgets::{BigButton, ButtonKind, galley, paint_text};
use crate::i18n::FluentValue;
use crate::kiosk::Intent;

/// Where a bar button is anchored: its left edge, or its right edge.
#[derive(Clone, Copy)]
enum Anchor {
    Left(f32),
    Right(f32),
}

fn bar_button(
    ui: &mut Ui,
    view: &mut View,
    icon: &'static str,
    label: &str,
    at: Anchor,
    bar: Rect,
    intent: Intent,
) -> f32 {
    let size = view.style.sizes.bar;
    let button = BigButton { icon: Some(icon), label, kind: ButtonKind::Normal, selected: false };
    let w = button.natural_width(ui, size);
    let h = bar.height() - 2.0 * BAR_PADDING;
    let left = match at {
        Anchor::Left(x) => x,
        Anchor::Right(x) => x - w,
    };
    let rect = Rect::from_min_size(pos2(left, bar.top() + BAR_PADDING), Vec2::new(w, h));
    if button.show(ui, &mut view.audit, ui.scope_id().with(("bar", label.to_owned())), rect, size, &view.style.palette)
    {
        view.intents.push(intent);
    }
    w
}

pub fn top_bar(ui: &mut Ui, view: &mut View, bar: Rect, can_go_back: bool) {
    ui.painter().rect_filled(bar, 0.0, view.style.palette.bar);
    let mut x = bar.left() + MARGIN;
    if can_go_back {
        let back = view.t("nav-back");
        x += bar_button(ui, view, icons::BACK, &back, Anchor::Left(x), bar, Intent::Back) + TARGET_GAP;
        let home = view.t("nav-home");
        bar_button(ui, view, icons::HOME, &home, Anchor::Left(x), bar, Intent::Home);
    } else {
        let title = view.t("app-title");
        let p = view.style.palette;
        let g = galley(ui, &title, view.style.sizes.bar, true, f32::INFINITY);
        let pos = pos2(x, bar.center().y - g.size().y / 2.0);
        paint_text(ui, &mut view.audit, ui.scope_id().with("app-title"), pos, g, bar, p.bar_text);
    }
    let call = view.t("call-staff");
    bar_button(ui, view, icons::CALL_STAFF, &call, Anchor::Right(bar.right() - MARGIN), bar, Intent::CallStaff);
}

pub fn bottom_bar(ui: &mut Ui, view: &mut View, bar: Rect, page: usize, pages: usize) {
    ui.painter().rect_filled(bar, 0.0, view.style.palette.bar);
    if pages <= 1 {
        return;
    }
    let p = view.style.palette;
    let label = view.t_with("page-of", &[("page", FluentValue::from(page + 1)), ("pages", FluentValue::from(pages))]);
    let g = galley(ui, &label, view.style.sizes.bar, true, bar.width());
    let pos = pos2(bar.center().x - g.size().x / 2.0, bar.center().y - g.size().y / 2.0);
    paint_text(ui, &mut view.audit, ui.scope_id().with("page-of"), pos, g, bar, p.bar_text);
    if page > 0 {
        let prev = view.t("page-previous");
        bar_button(ui, view, icons::PREVIOUS, &prev, Anchor::Left(bar.left() + MARGIN), bar, Intent::PreviousPage);
    }
    if page + 1 < pages {
        let next = view.t("page-next");
        bar_button(ui, view, icons::NEXT, &next, Anchor::Right(bar.right() - MARGIN), bar, Intent::NextPage);
    }
}
