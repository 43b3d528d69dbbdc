//! Every screen the kiosk can show for the content it has: one list for the
//! layout sweep, the content rules, the screenshots and the page counts,
//! instead of one written out by hand in each.

use super::sections::SECTIONS;
use crate::content::Content;
use crate::kiosk::Screen;

/// Every customer screen, in menu order: home, then each section's list and
/// its items. The self-check's screens depend on the visit (its order and the
/// answers given), so tests reach them by pressing through it.
pub fn customer_screens(content: &Content) -> Vec<Screen> {
    let sections = SECTIONS.iter().flat_map(|s| (s.screens)(content));
    std::iter::once(Screen::Home).chain(sections).collect()
}

/// The customer screens, then the staff ones (the PIN pad and the panel).
pub fn every_screen(content: &Content) -> Vec<Screen> {
    let mut screens = customer_screens(content);
    screens.extend([Screen::StaffPin, Screen::Staff]);
    screens
}

/// A new kind of screen stops the build here until a section lists it (or
/// this says why not).
const _LISTED: fn(&Screen) = |screen| match screen {
    Screen::Home | Screen::List(_) | Screen::Item(..) | Screen::StaffPin | Screen::Staff => {}
    // Reached by pressing through the self-check (see `customer_screens`).
    Screen::SelfCheck { .. } => {}
};
