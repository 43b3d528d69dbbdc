//! Every screen the kiosk can show for the content it has: one list for the
//! layout sweep, the content rules, the screenshots and the page counts,
//! instead of one written out by hand in each.

use crate::content::Content;
use crate::kiosk::{RightsPart, Screen};

/// Every customer screen, in menu order: home, then each section's list and
/// its items. The self-check's screens depend on the visit (its order and the
/// answers given), so tests reach them by pressing through it.
pub fn customer_screens(content: &Content) -> Vec<Screen> {
    let mut screens = vec![Screen::Home, Screen::FraudList];
    screens.extend(content.fraud.topics.iter().map(|t| Screen::Topic(t.id.value.clone())));
    screens.push(Screen::FacilityList);
    screens.extend(content.facilities.facilities.iter().map(|f| Screen::Facility(f.id.value.clone())));
    screens.push(Screen::RightsMenu);
    screens.extend(RightsPart::ALL.map(Screen::Rights));
    screens
}

/// The customer screens, then the staff ones (the PIN pad and the panel).
pub fn every_screen(content: &Content) -> Vec<Screen> {
    let mut screens = customer_screens(content);
    screens.extend([Screen::StaffPin, Screen::Staff]);
    screens
}

/// A new kind of screen stops the build here until it is listed above (or
/// said why not).
const _LISTED: fn(&Screen) = |screen| match screen {
    Screen::Home
    | Screen::FraudList
    | Screen::Topic(_)
    | Screen::FacilityList
    | Screen::Facility(_)
    | Screen::RightsMenu
    | Screen::Rights(_)
    | Screen::StaffPin
    | Screen::Staff => {}
    // Reached by pressing through the self-check (see `customer_screens`).
    Screen::SelfCheck { .. } => {}
};
