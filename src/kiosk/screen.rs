//! Where a visit can be: the screens, the page of one, the dialog over it.

use super::choices::{TextSize, ThemeKind};
use crate::speech::Voice;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RightsPart {
    EightRights,
    Steps,
    Bring,
    Warning,
    /// Reporting a bank that broke the rules (not a step of a complaint).
    Report,
    /// What an older customer may ask for at the counter.
    Counter,
}

impl RightsPart {
    pub const ALL: [RightsPart; 6] = [
        RightsPart::EightRights,
        RightsPart::Steps,
        RightsPart::Bring,
        RightsPart::Warning,
        RightsPart::Report,
        RightsPart::Counter,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    FraudList,
    Topic(String),
    FacilityList,
    Facility(String),
    RightsMenu,
    /// The self-check: the `step`-th situation of this visit's order, and
    /// the answer given to it, if any.
    SelfCheck {
        step: usize,
        answer: Option<bool>,
    },
    Rights(RightsPart),
    /// Staff only: the PIN pad, then the staff panel.
    StaffPin,
    Staff,
}

impl Screen {
    pub fn is_staff(&self) -> bool {
        matches!(self, Screen::StaffPin | Screen::Staff)
    }

    /// A short name for alerts and logs: "home", "topic:safe-account", …
    pub fn key(&self) -> String {
        match self {
            Screen::Home => "home".into(),
            Screen::FraudList => "fraud".into(),
            Screen::Topic(id) => format!("topic:{id}"),
            Screen::FacilityList => "facilities".into(),
            Screen::Facility(id) => format!("facility:{id}"),
            Screen::RightsMenu => "rights".into(),
            Screen::SelfCheck { .. } => "self-check".into(),
            Screen::Rights(part) => format!("rights:{part:?}").to_lowercase(),
            Screen::StaffPin | Screen::Staff => "staff".into(),
        }
    }
}

/// A screen and the page of it being shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub page: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// "A staff member is coming."
    CallStaff,
}

/// What is on the screen, as a value: a new key means a new page to announce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey {
    pub shown: Shown,
    pub page: usize,
    pub pages: usize,
    pub language: String,
}

/// A screen, or a dialog covering it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    Screen(Screen),
    Attract,
    IdleWarning,
    CallStaff,
}

/// What every new visit starts with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDefaults {
    pub language: String,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    pub voice: Voice,
}
