//! The home screen's sections, each declared once in its own file: its id and
//! how it is counted, its tile (icon, name, what a press does), the screens it
//! makes for the content, how its menu and items are drawn, whether an item
//! still exists after new content, and an item's picture. The home screen,
//! the screen dispatch, the catalogue, reloads, pictures and counts all read
//! this table, so a new section is a file here plus its content and words.

pub mod facilities;
pub mod fraud;
pub mod rights;
mod section;
pub mod self_check;
pub mod transfer_check;

pub use section::Section;

use crate::content::Content;
use crate::kiosk::{Screen, SectionId};

/// The home screen's sections, in the order of its tiles.
pub static SECTIONS: &[Section] =
    &[transfer_check::SECTION, fraud::SECTION, facilities::SECTION, rights::SECTION, self_check::SECTION];

/// The section a screen belongs to.
pub fn find(id: SectionId) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.id == id)
}

/// Whether a screen still exists in this content: an item whose section no
/// longer has it is gone; anything else stays.
pub fn still_there(content: &Content, screen: &Screen) -> bool {
    match screen {
        Screen::Item(id, item) => find(*id).is_some_and(|s| (s.has_item)(content, item)),
        Screen::Home | Screen::List(_) | Screen::SelfCheck { .. } | Screen::StaffPin | Screen::Staff => true,
    }
}

/// The picture the screen shows, if it is an item with one: its key (the
/// screen's) and its path inside the content folder.
pub fn picture<'c>(content: &'c Content, screen: &Screen) -> Option<(String, &'c str)> {
    let Screen::Item(id, item) = screen else { return None };
    let path = (find(*id)?.picture)(content, item)?;
    Some((screen.key(), path))
}

/// The counted sections: each one's key in the usage file, and what its items
/// are called ("topics" → "topic"), in menu order.
pub fn usage_kinds() -> Vec<(&'static str, &'static str)> {
    SECTIONS.iter().filter_map(|s| Some((s.id.tally?.stats_key, s.id.item))).collect()
}

/// The counted sections' metrics: what their items are called (the metric is
/// `kiosk_<item>_views_total`) and its help text.
pub fn item_metrics() -> Vec<(&'static str, &'static str)> {
    SECTIONS.iter().filter_map(|s| Some((s.id.item, s.id.tally?.help))).collect()
}
