//! Content as a column of blocks, split into pages that fit the screen: no
//! scrolling, only big previous/next buttons. The split depends on the window
//! size and the text size, so it is recomputed every frame (layout is cached).

use std::ops::Range;

use egui::{Rect, Ui, Vec2, pos2};

use super::buttons::{self, choice_columns, row_height};
use super::columns::{column_count, split_width};
use super::laid::{bullet_indent, lay};
use super::layout_cache;
use super::paginate::{Flow, balanced, strands_heading};
use super::theme::{BANNER_ROOM, COLUMN_GAP, MIN_CARD_CJK, Sizes, Style, TILE_SHARE};
use super::touch_to_hear;
use super::view::{Output, View};
use super::widgets::galley;
use crate::i18n::FluentValue;
use crate::kiosk::{Press, TextSize};

pub use super::block::{Block, Choice, PhoneCard, StepCard, Tone};

/// Blocks cut to fit and measured for one column width, with their split
/// into columns; a page shows `per_page` of them side by side.
#[derive(Clone)]
pub struct Layout {
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
    /// Each column's height.
    pub height: f32,
}

impl Layout {
    pub fn pages(&self) -> usize {
        self.columns.len().div_ceil(self.per_page).max(1)
    }

    /// How full each page is (0–1): the height its columns use over what
    /// they have; and whether it ends on a heading whose text is overleaf.
    pub fn page_fill(&self) -> Vec<(f32, bool)> {
        let used = |r: &Range<usize>| {
            r.clone().map(|i| self.heights[i]).sum::<f32>() + r.clone().skip(1).map(|i| self.gaps[i]).sum::<f32>()
        };
        let banner = self.banner.map_or(0.0, |h| h + self.gaps.get(1).copied().unwrap_or(0.0));
        self.columns
            .chunks(self.per_page)
            .enumerate()
            .map(|(n, cols)| {
                let top = if n == 0 { banner } else { 0.0 };
                let fill = cols.iter().map(|c| used(c) + top).sum::<f32>() / (self.per_page as f32 * self.height);
                // The page ends on a heading: what it introduces is overleaf.
                let last = cols.iter().rev().find(|c| c.end > c.start);
                let lone = last.is_some_and(|c| self.pieces[c.end - 1].keeps_with_next() && c.end < self.pieces.len());
                (fill, lone)
            })
            .collect()
    }
}

/// The pages `blocks` make in `area`: laid out once, then kept while nothing
/// it depends on changes (see `layout_cache`).
pub fn layout(ui: &Ui, view: &View, blocks: &[Block], area: Rect) -> Layout {
    let key = layout_cache::Key {
        area,
        sizes: view.style.sizes,
        text_size: view.text_size,
        language: view.lang.to_owned(),
        pixels_per_point: ui.ctx().pixels_per_point(),
    };
    layout_cache::memoised(ui, key, blocks, || compute(ui, view, blocks, area))
}

fn compute(ui: &Ui, view: &View, blocks: &[Block], area: Rect) -> Layout {
    let per_page = column_count(view, blocks, area);
    let width = split_width(area.width(), per_page, COLUMN_GAP);
    // A block taller than a column under the title is cut, or it would
    // leave that column empty.
    let under_title = match blocks.first() {
        Some(title @ Block::Title(_)) if per_page > 1 => {
            area.height() - measure(ui, view, title, area.width()) * BANNER_ROOM
        }
        _ => area.height(),
    };
    let mut pieces = Vec::new();
    let mut breaks = Vec::new();
    // At the large sizes each complaint step after the first starts a page:
    // a step read whole, one page each, beats steps cut across pages.
    let step_pages = view.text_size != TextSize::Standard;
    let mut steps = 0;
    for block in blocks {
        let cut = split_to_fit(ui, view, block, width, area.height(), under_title);
        let is_step = matches!(block, Block::Step(_));
        steps += usize::from(is_step);
        breaks.extend((0..cut.len()).map(|k| k == 0 && is_step && step_pages && steps > 1));
        pieces.extend(cut);
    }
    let mut heights: Vec<f32> = pieces.iter().map(|b| measure(ui, view, b, width)).collect();
    let s = view.style.sizes;
    let gaps: Vec<f32> =
        (0..pieces.len()).map(|i| if i == 0 { 0.0 } else { pieces[i].gap_after(&pieces[i - 1], &s) }).collect();
    let keep: Vec<bool> = pieces.iter().map(Block::keeps_with_next).collect();
    let h = area.height();
    let plain = balanced(&Flow { heights: &heights, gaps: &gaps, keep: &keep, breaks: &breaks, per_page }, h, |_| 0.0);
    // With columns, the title spans them, so it is not a column of its own,
    // unless what is left under it is too short to hold the first block, or
    // it would cost a page.
    // Pages that break per step keep the title in the first column: the
    // first step then has the whole second column.
    let banner = match pieces.first() {
        Some(title @ Block::Title(_)) if per_page > 1 && !breaks.contains(&true) => {
            Some(measure(ui, view, title, area.width()))
        }
        _ => None,
    };
    let (columns, banner) = match banner {
        Some(title_height) => {
            let full = std::mem::replace(&mut heights[0], 0.0);
            let below = title_height + gaps.get(1).copied().unwrap_or(0.0);
            // The gap under the banner is in `below`; the first block of the
            // first column must not count it again.
            let mut column_gaps = gaps.clone();
            if let Some(g) = column_gaps.get_mut(1) {
                *g = 0.0;
            }
            let flow = Flow { heights: &heights, gaps: &column_gaps, keep: &keep, breaks: &breaks, per_page };
            let columns = balanced(&flow, h, |n| if n < per_page { below } else { 0.0 });
            // The banner costs both columns its height: not worth a page more.
            let pages = |c: &[Range<usize>]| c.len().div_ceil(per_page);
            let stranded = strands_heading(&columns, &keep) && !strands_heading(&plain, &keep);
            if columns.first().is_some_and(|c| c.len() < 2) || pages(&columns) > pages(&plain) || stranded {
                heights[0] = full;
                (plain, None)
            } else {
                (columns, banner)
            }
        }
        None => (plain, None),
    };
    Layout { pieces, heights, gaps, columns, per_page, column_width: width, banner, height: h }
}

fn paint_page(ui: &mut Ui, view: &View, out: &mut Output, layout: &Layout, page: usize, area: Rect, centered: bool) {
    let page = page.min(layout.pages() - 1);
    let first = page * layout.per_page;
    let mut top = area.top();
    if let (0, Some(height)) = (page, layout.banner) {
        let rect = Rect::from_min_size(area.min, Vec2::new(area.width(), height));
        paint_block(ui, view, out, &layout.pieces[0], rect, 0);
        top += height + layout.gaps.get(1).copied().unwrap_or(0.0);
    }
    let shown = layout.columns.iter().skip(first).take(layout.per_page);
    for (c, range) in shown.enumerate() {
        // The banner's own (empty) slot is skipped in its column.
        let range = if layout.banner.is_some() && range.start == 0 { 1..range.end } else { range.clone() };
        let left = area.left() + c as f32 * (layout.column_width + COLUMN_GAP);
        let column = Rect::from_min_max(pos2(left, top), pos2(left + layout.column_width, area.bottom()));
        paint_column(ui, view, out, layout, range, column, centered);
    }
}

/// Paints one block and records it for read-aloud and the keypad.
fn paint_block(ui: &mut Ui, view: &View, out: &mut Output, block: &Block, rect: Rect, index: usize) {
    let id = ui.scope_id().with(("block", index));
    match lay(ui, view, block, rect.width()) {
        Some(laid) => {
            // Read aloud where it is painted: both come from this layout.
            let said = laid.said(view, block);
            let texts = laid.paint(ui, view, out, rect, id);
            for (at, role, text) in said {
                let at = at.translate(rect.min.to_vec2());
                let nth = out.items.iter().filter(|i| i.on_page).count();
                if touch_to_hear::touched(ui, at, &texts) {
                    out.msgs.push(Press::Hear(nth).into());
                }
                out.item(at, role, text, None, true);
            }
        }
        None => buttons::paint(ui, view, out, block, rect, id),
    }
}

fn paint_column(
    ui: &mut Ui,
    view: &View,
    out: &mut Output,
    layout: &Layout,
    range: Range<usize>,
    area: Rect,
    centered: bool,
) {
    let used: f32 = range.clone().map(|i| layout.heights[i]).sum::<f32>()
        + range.clone().skip(1).map(|i| layout.gaps[i]).sum::<f32>();
    let free = (area.height() - used).max(0.0);
    // Home tiles grow into the free height, so the sections fill the screen.
    let tiles = range.clone().filter(|i| matches!(layout.pieces[*i], Block::Tiles(_))).count();
    let grow = if tiles > 0 && layout.pages() == 1 { free / tiles as f32 } else { 0.0 };
    let mut y = if centered && tiles == 0 { area.top() + free / 2.0 } else { area.top() };
    for (n, i) in range.enumerate() {
        if n > 0 {
            y += layout.gaps[i];
        }
        let extra = if matches!(layout.pieces[i], Block::Tiles(_)) { grow } else { 0.0 };
        let rect = Rect::from_min_size(pos2(area.left(), y), Vec2::new(area.width(), layout.heights[i] + extra));
        paint_block(ui, view, out, &layout.pieces[i], rect, i);
        y += layout.heights[i] + extra;
    }
}

/// How many pages `blocks` need in `area` (layout is cached, so this is cheap).
pub fn count_pages(ui: &Ui, view: &View, blocks: &[Block], area: Rect) -> usize {
    layout(ui, view, blocks, area).pages()
}

/// Shows the page `page` of a layout made for `area`.
pub fn show_page(ui: &mut Ui, view: &View, out: &mut Output, layout: &Layout, page: usize, area: Rect) {
    paint_page(ui, view, out, layout, page, area, false);
}

/// For menus and dialogs, which must be seen whole: uses the customer's text
/// size if everything fits on one page, else the next smaller level that fits.
/// Reading pages are never shrunk; they page instead.
pub fn show_fitted(ui: &mut Ui, view: &View, out: &mut Output, blocks: &[Block], area: Rect, centered: bool) {
    let chosen = view.style.sizes;
    let levels = TextSize::ALL.into_iter().rev().filter(|l| Sizes::for_level(*l).body <= chosen.body);
    for level in levels {
        let at_level = view.styled(Style { sizes: Sizes::for_level(level), ..view.style });
        let layout = layout(ui, &at_level, blocks, area);
        if layout.pages() == 1 {
            paint_page(ui, &at_level, out, &layout, 0, area, centered);
            return;
        }
    }
    let smallest = view.styled(Style { sizes: Sizes::for_level(TextSize::Standard), ..view.style });
    let view = &smallest;
    // Still too tall at the smallest level (a short screen): the title steps
    // down to heading size, so every choice stays on the screen.
    let compact = with_title_as_heading(blocks);
    let layout = layout(ui, view, &compact, area);
    if layout.pages() > 1 {
        log::warn!("a menu does not fit the screen ({} pages)", layout.pages());
        let first = compact.first().and_then(|b| if let Block::Heading(t) = b { Some(t.clone()) } else { None });
        out.audit.cut_off.push(first.unwrap_or_default());
    }
    paint_page(ui, view, out, &layout, 0, area, centered);
}

/// The same blocks with the title stepped down to heading size and the home
/// tiles as one row of ordinary big buttons, without icons (for short screens).
fn with_title_as_heading(blocks: &[Block]) -> Vec<Block> {
    let compact = |b: &Block| match b {
        Block::Title(t) => Block::Heading(t.clone()),
        Block::Tiles(tiles) => {
            Block::Row(tiles.iter().map(|t| Choice { icon: None, ..t.clone() }).collect(), tiles.len().max(1))
        }
        _ => b.clone(),
    };
    blocks.iter().map(compact).collect()
}

/// Whether a menu can be shown whole in `area` (at some text level, or with
/// its title stepped down). A tiny window may not allow it; then it pages.
pub fn fits_whole(ui: &Ui, view: &View, blocks: &[Block], area: Rect) -> bool {
    let smallest = view.styled(Style { sizes: Sizes::for_level(TextSize::Standard), ..view.style });
    let compact = with_title_as_heading(blocks);
    layout(ui, &smallest, &compact, area).pages() == 1
}

/// Cuts what cannot stay whole: a row of choices into rows, phone cards into
/// rows of as many as fit, a step taller than a page into its parts, and a
/// paragraph taller than a page into pieces of whole lines.
fn split_to_fit(ui: &Ui, view: &View, block: &Block, width: f32, page_height: f32, card_height: f32) -> Vec<Block> {
    match block {
        Block::Choices(choices) => {
            let (mut cols, _) = choice_columns(ui, view, choices, width);
            // Narrow columns wrap labels onto more lines; a row must still fit a page.
            let too_tall = |cols: usize| {
                choices.chunks(cols).any(|row| {
                    row_height(ui, view, row, split_width(width, cols, super::theme::TARGET_GAP)) > page_height
                })
            };
            while cols > 1 && too_tall(cols) {
                cols -= 1;
            }
            choices.chunks(cols).map(|row| Block::Row(row.to_vec(), cols)).collect()
        }
        Block::Phones(cards) => {
            let min = view.style.sizes.body * MIN_CARD_CJK;
            let per_row =
                (((width + view.style.sizes.card_gap()) / (min + view.style.sizes.card_gap())) as usize).clamp(1, 3);
            let rows = cards.chunks(per_row).map(|row| Block::Phones(row.to_vec()));
            // A card taller than a page (a long name and note at the largest
            // size): the note follows it as a paragraph.
            rows.flat_map(|row| match &row {
                Block::Phones(one) if one.len() == 1 && measure(ui, view, &row, width) > page_height => {
                    let card = PhoneCard { when: String::new(), ..one[0].clone() };
                    let mut out = vec![Block::Phones(vec![card])];
                    out.extend(split_lines(ui, view, &one[0].when, one[0].tone, false, width, page_height));
                    out
                }
                _ => vec![row],
            })
            .collect()
        }
        Block::Step(step) if measure(ui, view, block, width) > card_height => {
            let title = match step.number {
                Some(n) => view.t_with(
                    "numbered",
                    &[("n", FluentValue::from(n)), ("text", FluentValue::from(step.title.as_str()))],
                ),
                None => step.title.clone(),
            };
            step.to_blocks(title)
                .iter()
                .flat_map(|b| split_to_fit(ui, view, b, width, page_height, card_height))
                .collect()
        }
        Block::Paragraph(t, tone) => split_lines(ui, view, t, *tone, false, width, page_height),
        Block::Bullet(t, tone) => split_lines(ui, view, t, *tone, true, width, page_height),
        _ => vec![block.clone()],
    }
}

fn split_lines(ui: &Ui, view: &View, text: &str, tone: Tone, bullet: bool, width: f32, page_height: f32) -> Vec<Block> {
    let s = view.style.sizes;
    let w = width.min(s.max_text_width()) - if bullet { bullet_indent(&s) } else { 0.0 };
    let g = galley(ui, text, s.body, false, w);
    let whole = if bullet { Block::Bullet(text.to_owned(), tone) } else { Block::Paragraph(text.to_owned(), tone) };
    if g.size().y <= page_height {
        return vec![whole];
    }
    let rows_per_page = ((page_height / s.line(s.body)).floor() as usize).max(1);
    let chars: Vec<char> = text.chars().collect();
    let mut pieces = Vec::new();
    let mut at = 0;
    for rows in g.rows.chunks(rows_per_page) {
        let count: usize = rows.iter().map(|r| r.char_count_including_newline().0).sum();
        let piece: String = chars[at.min(chars.len())..(at + count).min(chars.len())].iter().collect();
        at += count;
        let first = pieces.is_empty();
        pieces.push(if bullet && first { Block::Bullet(piece, tone) } else { Block::Paragraph(piece, tone) });
    }
    pieces
}

fn measure(ui: &Ui, view: &View, block: &Block, width: f32) -> f32 {
    match lay(ui, view, block, width) {
        Some(laid) => laid.height,
        None => buttons::measure(ui, view, block, width),
    }
}

/// The height home tiles need at least: their share of the page.
pub fn tile_min_height(area: Rect) -> f32 {
    area.height() * TILE_SHARE
}
