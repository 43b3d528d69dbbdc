//! How many columns a reading page gets, and how wide they are.

use egui::Rect;

use super::block::Block;
use super::theme::{COLUMN_GAP, COLUMNS_ASPECT, MIN_COLUMN_CJK};
use super::view::View;

/// How many columns a page of `blocks` gets in `area`: text pages on a wide
/// screen take two or three, each still wide enough to read comfortably;
/// menus and button grids keep one (they lay out their own rows).
pub fn column_count(view: &View, blocks: &[Block], area: Rect) -> usize {
    let text_only = blocks.iter().all(|b| !matches!(b, Block::Choices(_) | Block::Row(..) | Block::Tiles(_)));
    if !text_only || area.width() < area.height() * COLUMNS_ASPECT {
        return 1;
    }
    let min_width = view.style.sizes.body * MIN_COLUMN_CJK;
    // Step cards need room for their number and a time limit on one line.
    let most = if blocks.iter().any(|b| matches!(b, Block::Step(_))) { 2 } else { 3 };
    (1..=most).rev().find(|n| split_width(area.width(), *n, COLUMN_GAP) >= min_width).unwrap_or(1)
}

/// The width of each of `n` side-by-side parts of `width`, `gap` apart.
pub fn split_width(width: f32, n: usize, gap: f32) -> f32 {
    let n = n.max(1) as f32;
    (width - gap * (n - 1.0)) / n
}
