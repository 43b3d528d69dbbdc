//! The home screen's sections, declared once: each has its tile (icon, name,
//! what a press does) and the screens it makes for the content. The home
//! screen draws a tile per entry and `catalogue` lists every screen from them,
//! so a new section is an entry here plus its screens, content and words.

use super::icons;
use crate::content::Content;
use crate::kiosk::{Press, RightsPart, Screen};

pub struct Section {
    /// Stable name, for tests and counts.
    pub key: &'static str,
    pub icon: &'static str,
    /// Locale message id of its home tile (and its list's title).
    pub label: &'static str,
    /// What pressing its home tile does.
    pub open: fn(&Content) -> Press,
    /// Every screen it makes for this content, its menu first. The self-check's
    /// depend on the visit (its order, the answers), so it lists none.
    pub screens: fn(&Content) -> Vec<Screen>,
}

pub static SECTIONS: &[Section] = &[
    Section {
        key: "fraud",
        icon: icons::FRAUD,
        label: "section-fraud",
        open: |_| Press::Open(Screen::FraudList),
        screens: |c| {
            let topics = c.fraud.topics.iter().map(|t| Screen::Topic(t.id.value.clone()));
            std::iter::once(Screen::FraudList).chain(topics).collect()
        },
    },
    Section {
        key: "facilities",
        icon: icons::FACILITIES,
        label: "section-facilities",
        open: |_| Press::Open(Screen::FacilityList),
        screens: |c| {
            let items = c.facilities.facilities.iter().map(|f| Screen::Facility(f.id.value.clone()));
            std::iter::once(Screen::FacilityList).chain(items).collect()
        },
    },
    Section {
        key: "rights",
        icon: icons::RIGHTS,
        label: "section-rights",
        open: |_| Press::Open(Screen::RightsMenu),
        screens: |_| std::iter::once(Screen::RightsMenu).chain(RightsPart::ALL.map(Screen::Rights)).collect(),
    },
    Section {
        key: "self-check",
        icon: icons::SELF_CHECK,
        label: "section-self-check",
        open: |c| Press::StartSelfCheck { situations: c.quiz.situations.len() },
        screens: |_| Vec::new(),
    },
];
