//! What a home section declares: one value per section, read by the home
//! screen, the screen dispatch, the catalogue, reloads, pictures and counts.

use crate::content::Content;
use crate::kiosk::{Press, Screen, SectionId};
use crate::ui::page::Block;
use crate::ui::view::View;

pub struct Section {
    pub id: SectionId,
    pub icon: &'static str,
    /// Locale message id of its home tile (and its menu's title).
    pub label: &'static str,
    /// Its screens are shown whole, never paged (the text steps down to fit):
    /// a question with its answers must be seen at once.
    pub whole: bool,
    /// Whether this content has the section (its file may be optional).
    pub offered: fn(&Content) -> bool,
    /// What pressing its home tile does.
    pub open: fn(&Content) -> Press,
    /// Every screen it makes for this content, its menu first. The self-check's
    /// depend on the visit (its order, the answers), so it lists none.
    pub screens: fn(&Content) -> Vec<Screen>,
    /// Its menu.
    pub list: fn(&View) -> Vec<Block>,
    /// One of its items (its menu when the item is gone).
    pub item: fn(&View, &str) -> Vec<Block>,
    /// Whether an item is still there in this content (after a reload).
    pub has_item: fn(&Content, &str) -> bool,
    /// An item's picture, a path inside the content folder.
    pub picture: for<'c> fn(&'c Content, &str) -> Option<&'c str>,
}
