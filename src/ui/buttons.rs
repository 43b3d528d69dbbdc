//! The blocks that are not text: rows of choice buttons, the big home tiles,
//! and pictures. Measured and painted here for `page`.

use egui::{Align2, CornerRadius, Rect, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo, pos2};

use super::block::{Block, Choice};
use super::columns::split_width;
use super::item::Role;
use super::theme::{
    BUTTON_STROKE, CORNER, MIN_CHOICE_SHARE, PICTURE_HEIGHT, PICTURE_ICON_SHARE, TARGET_GAP, TARGET_MIN, TILE_ICON,
    TILE_ICON_ROOM, TILE_MIN_WIDTH, TILE_TEXT,
};
use super::view::{Output, View};
use super::widgets::{BigButton, ButtonKind, balanced_galley, galley};

fn big(c: &Choice) -> BigButton<'_> {
    BigButton { icon: c.icon, label: &c.label, kind: c.kind, selected: c.selected }
}

pub fn measure(ui: &Ui, view: &View, block: &Block, width: f32) -> f32 {
    match block {
        Block::Choices(choices) => {
            let (_, w) = choice_columns(ui, view, choices, width);
            row_height(ui, view, choices, w)
        }
        Block::Row(row, cols) => row_height(ui, view, row, split_width(width, *cols, TARGET_GAP)),
        Block::Tiles(tiles) => {
            tile_rows(view, tiles, width).iter().map(|r| tile_height(ui, view, r, width)).sum::<f32>()
                + TARGET_GAP * (tile_rows(view, tiles, width).len().saturating_sub(1)) as f32
        }
        // Pictures stay one size at every text level: words grow, pictures need not.
        Block::Picture { .. } => PICTURE_HEIGHT,
        _ => 0.0,
    }
}

pub fn paint(ui: &mut Ui, view: &View, out: &mut Output, block: &Block, rect: Rect, id: egui::Id) {
    match block {
        Block::Choices(choices) => {
            let (cols, _) = choice_columns(ui, view, choices, rect.width());
            paint_row(ui, view, out, choices, cols, rect, id);
        }
        Block::Row(row, cols) => paint_row(ui, view, out, row, *cols, rect, id),
        Block::Tiles(tiles) => paint_tiles(ui, view, out, tiles, rect, id),
        Block::Picture { texture, icon, alt } => paint_picture(ui, view, texture.as_ref(), icon, alt, rect, id),
        _ => {}
    }
}

/// How many buttons per row: as many as fit with each at its natural width
/// (capped so a row never exceeds three), and their width. Fewer, too, when
/// a label would keep one character alone on its last line at that width
/// (four characters a line at 特大 in portrait).
pub fn choice_columns(ui: &Ui, view: &View, choices: &[Choice], width: f32) -> (usize, f32) {
    let size = view.style.sizes.body;
    let widest = choices.iter().map(|c| big(c).natural_width(ui, size)).fold(0.0_f32, f32::max);
    let mut cols = choices.len().clamp(1, 3);
    let orphans = |cols: usize| {
        let w = split_width(width, cols, TARGET_GAP);
        choices.iter().any(|c| big(c).orphaned(ui, size, w))
    };
    while cols > 1 && (split_width(width, cols, TARGET_GAP) < widest.min(width * MIN_CHOICE_SHARE) || orphans(cols)) {
        cols -= 1;
    }
    (cols, split_width(width, cols, TARGET_GAP))
}

pub fn row_height(ui: &Ui, view: &View, row: &[Choice], col_w: f32) -> f32 {
    let size = view.style.sizes.body;
    row.iter().map(|c| big(c).height(ui, size, col_w)).fold(0.0, f32::max)
}

fn paint_row(ui: &mut Ui, view: &View, out: &mut Output, row: &[Choice], cols: usize, rect: Rect, id: egui::Id) {
    let col_w = split_width(rect.width(), cols, TARGET_GAP);
    let h = row_height(ui, view, row, col_w);
    let size = view.style.sizes.body;
    let palette = view.style.palette;
    for (c, choice) in row.iter().enumerate() {
        let x = rect.left() + c as f32 * (col_w + TARGET_GAP);
        let button_rect = Rect::from_min_size(pos2(x, rect.top()), Vec2::new(col_w, h));
        if big(choice).show(ui, &mut out.audit, id.with(c), button_rect, size, &palette) {
            out.msgs.push(choice.msg.clone());
        }
        out.item(button_rect, Role::Button, choice.label.clone(), Some(choice.msg.clone()), true);
    }
}

/// All tiles in one row when each is still wide enough for its words, else
/// two by two (portrait).
/// As many tiles a row as are wide enough (at least two), then spread evenly
/// over the rows that takes: five tiles go 5, or 3 + 2, or 2 + 2 + 1.
fn tile_rows<'a>(view: &View, tiles: &'a [Choice], width: f32) -> Vec<&'a [Choice]> {
    let all = tiles.len().max(1);
    let wide_enough = |k: usize| split_width(width, k, TARGET_GAP) >= view.style.sizes.body * TILE_MIN_WIDTH;
    let most = (2..=all).rev().find(|k| wide_enough(*k)).unwrap_or(2).min(all);
    let rows = all.div_ceil(most);
    tiles.chunks(all.div_ceil(rows)).collect()
}

fn tile_sizes(view: &View) -> (f32, f32) {
    let body = view.style.sizes.body;
    (body * TILE_TEXT, body * TILE_ICON)
}

/// A tile's icon above its words, both large.
fn tile_height(ui: &Ui, view: &View, row: &[Choice], width: f32) -> f32 {
    let (text, icon) = tile_sizes(view);
    let col_w = split_width(width, row.len(), TARGET_GAP);
    let pad = view.style.sizes.button_pad();
    row.iter()
        .map(|c| {
            let words = balanced_galley(ui, &c.label, text, true, col_w - 2.0 * pad).size().y;
            (c.icon.map_or(0.0, |_| icon * TILE_ICON_ROOM) + words + 2.0 * pad).max(TARGET_MIN)
        })
        .fold(0.0, f32::max)
}

/// Each row gets the height its words and icon need, and an equal share of
/// what is left (a row whose words take two lines is not squeezed).
fn paint_tiles(ui: &mut Ui, view: &View, out: &mut Output, tiles: &[Choice], rect: Rect, id: egui::Id) {
    let rows = tile_rows(view, tiles, rect.width());
    let needed: Vec<f32> = rows.iter().map(|row| tile_height(ui, view, row, rect.width())).collect();
    let gaps = TARGET_GAP * (rows.len().saturating_sub(1)) as f32;
    let share = ((rect.height() - gaps - needed.iter().sum::<f32>()) / rows.len().max(1) as f32).max(0.0);
    let mut top = rect.top();
    for (r, (row, need)) in rows.iter().zip(needed).enumerate() {
        let col_w = split_width(rect.width(), row.len(), TARGET_GAP);
        let row_h = need + share;
        for (c, tile) in row.iter().enumerate() {
            let at = pos2(rect.left() + c as f32 * (col_w + TARGET_GAP), top);
            let tile_rect = Rect::from_min_size(at, Vec2::new(col_w, row_h));
            paint_tile(ui, view, out, tile, tile_rect, id.with((r, c)));
        }
        top += row_h + TARGET_GAP;
    }
}

fn paint_tile(ui: &mut Ui, view: &View, out: &mut Output, tile: &Choice, rect: Rect, id: egui::Id) {
    let p = view.style.palette;
    let (text_size, icon_size) = tile_sizes(view);
    let response = ui.interact(rect, id, Sense::CLICK);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &tile.label));
    let (fill, color) =
        if tile.kind == ButtonKind::Primary { (p.primary, p.primary_text) } else { (p.button, p.button_text) };
    let fill =
        if response.is_pointer_button_down_on() { fill.gamma_multiply(super::theme::PRESSED_SHADE) } else { fill };
    let stroke = Stroke::new(BUTTON_STROKE, p.button_border);
    ui.painter().rect(rect, CornerRadius::same(CORNER), fill, stroke, StrokeKind::Inside);
    let pad = view.style.sizes.button_pad();
    let words = balanced_galley(ui, &tile.label, text_size, true, rect.width() - 2.0 * pad);
    let icon = tile.icon.map(|i| galley(ui, i, icon_size, false, f32::INFINITY));
    let icon_h = icon.as_ref().map_or(0.0, |g| g.size().y);
    let total = Vec2::new(words.size().x, icon_h + words.size().y);
    let top = Align2::CENTER_CENTER.align_size_within_rect(total, rect).top();
    if let Some(icon) = icon {
        ui.painter().galley(pos2(rect.center().x - icon.size().x / 2.0, top), icon, color);
    }
    let text_pos = pos2(rect.center().x - words.size().x / 2.0, top + icon_h);
    out.audit.text(&words, Rect::from_min_size(text_pos, words.size()), rect);
    ui.painter().galley(text_pos, words, color);
    out.audit.targets.push((tile.label.clone(), rect));
    if response.clicked() {
        out.msgs.push(tile.msg.clone());
    }
    out.item(rect, Role::Button, tile.label.clone(), Some(tile.msg.clone()), true);
}

fn paint_picture(
    ui: &mut Ui,
    view: &View,
    texture: Option<&egui::TextureHandle>,
    icon: &str,
    alt: &str,
    rect: Rect,
    id: egui::Id,
) {
    let p = view.style.palette;
    match texture {
        Some(tex) => {
            let size = tex.size_vec2();
            let scale = (rect.height() / size.y).min(rect.width() / size.x);
            let r = Rect::from_min_size(rect.min, size * scale);
            let response = ui.interact(r, id, Sense::hover());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, alt));
            ui.painter().image(
                tex.id(),
                r,
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                super::theme::PICTURE_TINT,
            );
        }
        None => {
            let g = galley(ui, icon, rect.height() * PICTURE_ICON_SHARE, false, f32::INFINITY);
            let response = ui.interact(Rect::from_min_size(rect.min, g.size()), id, Sense::hover());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, alt));
            ui.painter().galley(rect.min, g, p.heading);
        }
    }
}
