//! Page layouts kept from frame to frame. A page is laid out again only when
//! what it holds, its area, the text size, the language or the screen's scale
//! changed: a frame that only moves a highlight, turns a page or changes a
//! button's look reuses the layout it had (egui keeps the shaped text itself).

use std::sync::Arc;

use egui::{Id, Rect, Ui};

use super::block::Block;
use super::theme::Sizes;
use crate::kiosk::TextSize;

/// What a layout depends on besides its blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub area: Rect,
    pub sizes: Sizes,
    pub text_size: TextSize,
    pub language: String,
    pub pixels_per_point: f32,
}

/// Enough for one frame's layouts (a count, the page with its controls, a
/// menu's compact fit) and the screen before.
const KEEP: usize = 8;

#[derive(Clone)]
struct Cache<T> {
    /// Most recently used last.
    entries: Vec<(Key, Arc<Vec<Block>>, T)>,
    /// Layouts computed so far (for the tests and the benchmark).
    computed: usize,
}

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Self { entries: Vec::new(), computed: 0 }
    }
}

fn id() -> Id {
    Id::unique("kiosk-page-layouts")
}

/// The layout for `blocks` under `key`: the kept one, or `compute`'s.
pub fn memoised<T>(ui: &Ui, key: Key, blocks: &[Block], compute: impl FnOnce() -> T) -> T
where
    T: Clone + Send + Sync + 'static,
{
    let kept = ui.ctx().data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache<T>>(id());
        let at = cache.entries.iter().position(|(k, b, _)| *k == key && b.as_slice() == blocks)?;
        let entry = cache.entries.remove(at);
        let layout = entry.2.clone();
        cache.entries.push(entry);
        Some(layout)
    });
    if let Some(layout) = kept {
        return layout;
    }
    let layout = compute();
    ui.ctx().data_mut(|d| {
        let cache = d.get_temp_mut_or_default::<Cache<T>>(id());
        cache.computed += 1;
        if cache.entries.len() >= KEEP {
            cache.entries.remove(0);
        }
        cache.entries.push((key, Arc::new(blocks.to_vec()), layout.clone()));
    });
    layout
}

/// How many layouts of type `T` were computed in this context so far.
pub fn computed<T: Clone + Send + Sync + 'static>(ctx: &egui::Context) -> usize {
    ctx.data_mut(|d| d.get_temp_mut_or_default::<Cache<T>>(id()).computed)
}
