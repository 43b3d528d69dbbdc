//! Content as a column of blocks, split into pages that fit the screen: no
//! scrolling, only big previous/next buttons. The split depends on the window
//! size and the text size, so it is recomputed every frame (layout is cached).

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Galley, Rect, Ui, Vec2, pos2};

use super::columns::{column_count, split_width};
use super::item::Role;
use super::paginate::paginate;
use super::theme::{COLUMN_GAP, CORNER, Sizes, TARGET_GAP};
use super::view::View;
use super::widgets::{BigButton, galley, paint_text};
use crate::i18n::FluentValue;
use crate::kiosk::TextSize;

pub use super::block::{Block, Choice, Tone};

/// Blocks cut to fit and measured for one column width, with their split
/// into columns; a page shows `columns` of them side by side.
struct Layout {
    pieces: Vec<Block>,
    heights: Vec<f32>,
    gaps: Vec<f32>,
    /// Each column's blocks, in reading order.
    columns: Vec<Range<usize>>,
    per_page: usize,
    column_width: f32,
    /// The title, spanning every column at the top of the first page (wide
    /// pages only): its height there.
    banner: Option<f32>,
}

impl Layout {
    fn pages(&self) -> usize {
        self.columns.len().div_ceil(self.per_page).max(1)
    }
}

fn layout(ui: &Ui, view: &View, blocks: &[Block], area: Rect) -> Layout {
    let per_page = column_count(view, blocks, area);
    let width = split_width(area.width(), per_page, COLUMN_GAP);
    let pieces: Vec<Block> = blocks.iter().flat_map(|b| split_to_fit(ui, view, b, width, area.height())).collect();
    let mut heights: Vec<f32> = pieces.iter().map(|b| measure(ui, view, b, width)).collect();
    let gaps: Vec<f32> = pieces.iter().map(|b| b.gap_before(view)).collect();
    let keep: Vec<bool> = pieces.iter().map(|b| matches!(b, Block::Title(_) | Block::Heading(_))).collect();
    let plain = paginate(&heights, &gaps, &keep, |_| area.height());
    // With columns, the title spans them, so it is not a column of its own,
    // unless what is left under it is too short to hold the first block.
    let banner = match pieces.first() {
        Some(title @ Block::Title(_)) if per_page > 1 => Some(measure(ui, view, title, area.width())),
        _ => None,
    };
    let Some(title_height) = banner else {
        return Layout { pieces, heights, gaps, columns: plain, per_page, column_width: width, banner };
    };
    let title_width_height = heights[0];
    heights[0] = 0.0;
    let below = title_height + gaps.get(1).copied().unwrap_or(0.0);
    let columns =
        paginate(&heights, &gaps, &keep, |n| if n < per_page { area.height() - below } else { area.height() });
    if columns.first().is_some_and(|c| c.len() < 2) {
        heights[0] = title_width_height;
        return Layout { pieces, heights, gaps, columns: plain, per_page, column_width: width, banner: None };
    }
    Layout { pieces, heights, gaps, columns, per_page, column_width: width, banner }
}

fn paint_page(ui: &mut Ui, view: &mut View, layout: &Layout, page: usize, area: Rect, centered: bool) {
    let page = page.min(layout.pages() - 1);
    let first = page * layout.per_page;
    let mut top = area.top();
    if let (0, Some(height)) = (page, layout.banner) {
        let rect = Rect::from_min_size(area.min, Vec2::new(area.width(), height));
        paint_block(ui, view, &layout.pieces[0], rect, 0);
        top += height + layout.gaps.get(1).copied().unwrap_or(0.0);
    }
    let shown = layout.columns.iter().skip(first).take(layout.per_page);
    for (c, range) in shown.enumerate() {
        // The banner's own (empty) slot is skipped in its column.
        let range = if layout.banner.is_some() && range.start == 0 { 1..range.end } else { range.clone() };
        let left = area.left() + c as f32 * (layout.column_width + COLUMN_GAP);
        let column = Rect::from_min_max(pos2(left, top), pos2(left + layout.column_width, area.bottom()));
        paint_column(ui, view, layout, range, column, centered);
    }
}

/// Paints one block and records it for read-aloud and the keypad.
fn paint_block(ui: &mut Ui, view: &mut View, block: &Block, rect: Rect, index: usize) {
    paint(ui, view, block, rect, index);
    if let Some((role, text)) = spoken(view, block) {
        let width = text_width(view, rect.width()).min(rect.width());
        view.item(Rect::from_min_size(rect.min, Vec2::new(width, rect.height())), role, text, None, true);
    }
}

fn paint_column(ui: &mut Ui, view: &mut View, layout: &Layout, range: Range<usize>, area: Rect, centered: bool) {
    let used: f32 = range.clone().map(|i| layout.heights[i]).sum::<f32>()
        + range.clone().skip(1).map(|i| layout.gaps[i]).sum::<f32>();
    let mut y = if centered { area.top() + ((area.height() - used) / 2.0).max(0.0) } else { area.top() };
    for (n, i) in range.enumerate() {
        if n > 0 {
            y += layout.gaps[i];
        }
        let rect = Rect::from_min_size(pos2(area.left(), y), Vec2::new(area.width(), layout.heights[i]));
        paint_block(ui, view, &layout.pieces[i], rect, i);
        y += layout.heights[i];
    }
}

/// How many pages `blocks` need in `area` (layout is cached, so this is cheap).
pub fn count_pages(ui: &Ui, view: &View, blocks: &[Block], area: Rect) -> usize {
    layout(ui, view, blocks, area).pages()
}

/// Lays out `blocks` in `area`, shows the page `page` of them, and returns the
/// number of pages.
pub fn show_paged(ui: &mut Ui, view: &mut View, blocks: &[Block], area: Rect, page: usize) -> usize {
    let layout = layout(ui, view, blocks, area);
    paint_page(ui, view, &layout, page, area, false);
    layout.pages()
}

/// For menus and dialogs, which must be seen whole: uses the customer's text
/// size if everything fits on one page, else the next smaller level that fits.
/// Reading pages are never shrunk; they page instead.
pub fn show_fitted(ui: &mut Ui, view: &mut View, blocks: &[Block], area: Rect, centered: bool) {
    let chosen = view.style.sizes;
    let levels = TextSize::ALL.into_iter().rev().filter(|l| Sizes::for_level(*l).body <= chosen.body);
    for level in levels {
        view.style.sizes = Sizes::for_level(level);
        let layout = layout(ui, view, blocks, area);
        if layout.pages() == 1 {
            paint_page(ui, view, &layout, 0, area, centered);
            view.style.sizes = chosen;
            return;
        }
    }
    // Still too tall at the smallest level (a short screen): the title steps
    // down to heading size, so every choice stays on the screen.
    let compact = with_title_as_heading(blocks);
    let layout = layout(ui, view, &compact, area);
    if layout.pages() > 1 {
        log::warn!("a menu does not fit the screen ({} pages)", layout.pages());
        let first = compact.first().and_then(|b| if let Block::Heading(t) = b { Some(t.clone()) } else { None });
        view.audit.cut_off.push(first.unwrap_or_default());
    }
    paint_page(ui, view, &layout, 0, area, centered);
    view.style.sizes = chosen;
}

/// The same blocks with the title stepped down to heading size (for short screens).
fn with_title_as_heading(blocks: &[Block]) -> Vec<Block> {
    blocks.iter().map(|b| if let Block::Title(t) = b { Block::Heading(t.clone()) } else { b.clone() }).collect()
}

/// Whether a menu can be shown whole in `area` (at some text level, or with
/// its title stepped down). A tiny window may not allow it; then it pages.
pub fn fits_whole(ui: &Ui, view: &mut View, blocks: &[Block], area: Rect) -> bool {
    let chosen = view.style.sizes;
    view.style.sizes = Sizes::for_level(TextSize::Standard);
    let compact = with_title_as_heading(blocks);
    let fits = layout(ui, view, &compact, area).pages() == 1;
    view.style.sizes = chosen;
    fits
}

fn text_width(view: &View, width: f32) -> f32 {
    width.min(view.style.sizes.max_text_width())
}

fn bullet_indent(view: &View) -> f32 {
    view.style.sizes.body * 1.2
}

/// A paragraph taller than a whole page is cut into pieces of whole lines.
fn split_to_fit(ui: &Ui, view: &View, block: &Block, width: f32, page_height: f32) -> Vec<Block> {
    if let Block::Choices(choices) = block {
        let (mut cols, _) = columns(ui, view, choices, width);
        // Narrow columns wrap labels onto more lines; a row must still fit a page.
        let too_tall = |cols: usize| {
            choices.chunks(cols).any(|row| row_height(ui, view, row, column_width(width, cols)) > page_height)
        };
        while cols > 1 && too_tall(cols) {
            cols -= 1;
        }
        return choices.chunks(cols).map(|row| Block::Row(row.to_vec(), cols)).collect();
    }
    let (text, tone, bullet) = match block {
        Block::Paragraph(t, tone) => (t, *tone, false),
        Block::Bullet(t, tone) => (t, *tone, true),
        // A long name at the largest size: the name goes above as text, so the
        // number's box needs only the number.
        Block::Phone { name, number } if !name.is_empty() && measure(ui, view, block, width) > page_height => {
            let number_only = Block::Phone { name: String::new(), number: number.clone() };
            let mut out = split_to_fit(ui, view, &Block::Paragraph(name.clone(), Tone::Normal), width, page_height);
            out.push(number_only);
            return out;
        }
        _ => return vec![block.clone()],
    };
    let size = view.style.sizes.body;
    let w = text_width(view, width) - if bullet { bullet_indent(view) } else { 0.0 };
    let g = galley(ui, text, size, false, w);
    if g.size().y <= page_height {
        return vec![block.clone()];
    }
    let rows_per_page = ((page_height / view.style.sizes.line(size)).floor() as usize).max(1);
    let chars: Vec<char> = text.chars().collect();
    let mut pieces = Vec::new();
    let mut at = 0;
    for rows in g.rows.chunks(rows_per_page) {
        let count: usize = rows.iter().map(|r| r.char_count_including_newline().0).sum();
        let piece: String = chars[at.min(chars.len())..(at + count).min(chars.len())].iter().collect();
        at += count;
        let first = pieces.is_empty();
        pieces.push(match (bullet && first, bullet) {
            (true, _) => Block::Bullet(piece, tone),
            _ => Block::Paragraph(piece, tone),
        });
    }
    pieces
}

fn measure(ui: &Ui, view: &View, block: &Block, width: f32) -> f32 {
    let s = view.style.sizes;
    match block {
        Block::Title(t) => galley(ui, t, s.heading, true, text_width(view, width)).size().y,
        Block::Heading(t) => galley(ui, t, s.body * 1.15, true, text_width(view, width)).size().y,
        Block::Paragraph(t, _) => galley(ui, t, s.body, false, text_width(view, width)).size().y,
        Block::Bullet(t, _) => galley(ui, t, s.body, false, text_width(view, width) - bullet_indent(view)).size().y,
        Block::Phone { name, number } => phone_layout(ui, view, name, number, width).2,
        Block::Choices(choices) => {
            let (cols, _) = columns(ui, view, choices, width);
            row_height(ui, view, choices, column_width(width, cols))
        }
        Block::Row(row, cols) => row_height(ui, view, row, column_width(width, *cols)),
        Block::Picture { .. } => picture_height(),
    }
}

/// Pictures stay one size at every text level: words grow, pictures need not.
fn picture_height() -> f32 {
    super::theme::PICTURE_HEIGHT
}

/// How many buttons per row: as many as fit with each at its natural width
/// (capped so a row never exceeds three).
fn columns(ui: &Ui, view: &View, choices: &[Choice], width: f32) -> (usize, f32) {
    let size = view.style.sizes.body;
    let widest = choices
        .iter()
        .map(|c| {
            BigButton { icon: c.icon, label: &c.label, kind: c.kind, selected: c.selected }.natural_width(ui, size)
        })
        .fold(0.0_f32, f32::max);
    let mut cols = choices.len().clamp(1, 3);
    while cols > 1 && (width - TARGET_GAP * (cols - 1) as f32) / (cols as f32) < widest.min(width * 0.45) {
        cols -= 1;
    }
    (cols, column_width(width, cols))
}

fn column_width(width: f32, cols: usize) -> f32 {
    split_width(width, cols, TARGET_GAP)
}

fn row_height(ui: &Ui, view: &View, row: &[Choice], col_w: f32) -> f32 {
    let size = view.style.sizes.body;
    row.iter()
        .map(|c| {
            BigButton { icon: c.icon, label: &c.label, kind: c.kind, selected: c.selected }.height(ui, size, col_w)
        })
        .fold(0.0, f32::max)
}

/// (name galley, number galley, total height) of a phone card.
fn phone_layout(ui: &Ui, view: &View, name: &str, number: &str, width: f32) -> (Arc<Galley>, Arc<Galley>, f32) {
    let s = view.style.sizes;
    let pad = s.body * 0.5;
    let inner = text_width(view, width - 2.0 * pad);
    let name_g = galley(ui, name, s.body, true, inner);
    let number_g = galley(ui, number, s.number, true, inner);
    // No name (it stands above, as text): the box holds the number alone.
    let name_h = if name.is_empty() { 0.0 } else { name_g.size().y };
    let h = name_h + number_g.size().y + 2.0 * pad;
    (name_g, number_g, h)
}

/// What reading a text block aloud says (buttons register themselves).
fn spoken(view: &View, block: &Block) -> Option<(Role, String)> {
    match block {
        Block::Title(t) => Some((Role::Title, t.clone())),
        Block::Heading(t) | Block::Paragraph(t, _) | Block::Bullet(t, _) => Some((Role::Text, t.clone())),
        Block::Phone { name, number } if name.is_empty() => Some((Role::Text, number.clone())),
        Block::Phone { name, number } => Some((
            Role::Text,
            view.t_with(
                "speech-phone",
                &[("name", FluentValue::from(name.as_str())), ("number", FluentValue::from(number.as_str()))],
            ),
        )),
        // The picture's description repeats the title; buttons speak for themselves.
        Block::Picture { .. } | Block::Choices(_) | Block::Row(..) => None,
    }
}

fn paint(ui: &mut Ui, view: &mut View, block: &Block, rect: Rect, index: usize) {
    let s = view.style.sizes;
    let p = view.style.palette;
    let id = ui.scope_id().with(("block", index));
    let width = text_width(view, rect.width());
    let tone_color = |tone: Tone| {
        if tone == Tone::Warning { p.warning } else { p.text }
    };
    match block {
        Block::Title(t) => {
            let g = galley(ui, t, s.heading, true, width);
            paint_text(ui, &mut view.audit, id, rect.min, g, rect, p.heading);
        }
        Block::Heading(t) => {
            let g = galley(ui, t, s.body * 1.15, true, width);
            paint_text(ui, &mut view.audit, id, rect.min, g, rect, p.heading);
        }
        Block::Paragraph(t, tone) => {
            let g = galley(ui, t, s.body, false, width);
            paint_text(ui, &mut view.audit, id, rect.min, g, rect, tone_color(*tone));
        }
        Block::Bullet(t, tone) => {
            let indent = bullet_indent(view);
            let dot = rect.min + Vec2::new(indent * 0.35, s.line(s.body) / 2.0);
            ui.painter().circle_filled(dot, s.body * 0.14, tone_color(*tone));
            let g = galley(ui, t, s.body, false, width - indent);
            paint_text(ui, &mut view.audit, id, rect.min + Vec2::new(indent, 0.0), g, rect, tone_color(*tone));
        }
        Block::Phone { name, number } => {
            let (name_g, number_g, _) = phone_layout(ui, view, name, number, rect.width());
            ui.painter().rect(
                rect,
                egui::CornerRadius::same(CORNER),
                p.card,
                egui::Stroke::new(2.0, p.button_border),
                egui::StrokeKind::Inside,
            );
            let pad = s.body * 0.5;
            let mut y = rect.top() + pad;
            let shown = [(name_g, p.text), (number_g, p.number)].into_iter().skip(usize::from(name.is_empty()));
            for (i, (g, color)) in shown.enumerate() {
                let h = g.size().y;
                paint_text(ui, &mut view.audit, id.with(i), pos2(rect.left() + pad, y), g, rect, color);
                y += h;
            }
        }
        Block::Choices(choices) => {
            let (cols, _) = columns(ui, view, choices, rect.width());
            paint_row(ui, view, choices, cols, rect, id);
        }
        Block::Row(row, cols) => paint_row(ui, view, row, *cols, rect, id),
        Block::Picture { texture, icon, alt } => match texture {
            Some(tex) => {
                let size = tex.size_vec2();
                let scale = (rect.height() / size.y).min(rect.width() / size.x);
                let r = Rect::from_min_size(rect.min, size * scale);
                let response = ui.interact(r, id, egui::Sense::hover());
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
                ui.painter().image(tex.id(), r, Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)), Color32::WHITE);
            }
            None => {
                let g = galley(ui, icon, rect.height() * 0.6, false, f32::INFINITY);
                let response = ui.interact(Rect::from_min_size(rect.min, g.size()), id, egui::Sense::hover());
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
                ui.painter().galley(rect.min, g, p.heading);
            }
        },
    }
}

fn paint_row(ui: &mut Ui, view: &mut View, row: &[Choice], cols: usize, rect: Rect, id: egui::Id) {
    let col_w = column_width(rect.width(), cols);
    let h = row_height(ui, view, row, col_w);
    let size = view.style.sizes.body;
    let palette = view.style.palette;
    for (c, choice) in row.iter().enumerate() {
        let x = rect.left() + c as f32 * (col_w + TARGET_GAP);
        let button_rect = Rect::from_min_size(pos2(x, rect.top()), Vec2::new(col_w, h));
        let button =
            BigButton { icon: choice.icon, label: &choice.label, kind: choice.kind, selected: choice.selected };
        if button.show(ui, &mut view.audit, id.with(c), button_rect, size, &palette) {
            view.intents.push(choice.intent.clone());
        }
        view.item(button_rect, Role::Button, choice.label.clone(), Some(choice.intent.clone()), true);
    }
}
