//! Where a visit can be: the screens, the page of one, the dialog over it.

use super::choices::{TextSize, ThemeKind};
use crate::speech::Voice;

/// Which home section a screen belongs to. Each section declares its own
/// (in `ui::sections`); the policy layer only needs its names and whether its
/// items are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SectionId {
    /// Its menu's name in alerts and logs: "fraud".
    pub key: &'static str,
    /// What one of its items is called: "topic", as in "topic:safe-account"
    /// (alerts, logs) and the `kind` column of the usage CSV.
    pub item: &'static str,
    /// How opening one of its items is counted, if it is.
    pub tally: Option<Tally>,
}

/// How a section's items are counted: a metric (`kiosk_<item>_views_total`,
/// by item id), a key in the day's usage counts, and a line on the staff
/// panel. Counts only, never who.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tally {
    /// The usage file's key for the day's counts: "topics".
    pub stats_key: &'static str,
    /// The metric's help text.
    pub help: &'static str,
    /// Locale message id of the staff panel's "opened today" line.
    pub staff_line: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    /// A section's menu.
    List(SectionId),
    /// One item of a section, by its id in the content.
    Item(SectionId, String),
    /// The self-check: the `step`-th situation of this visit's order, and
    /// the answer given to it, if any.
    SelfCheck {
        step: usize,
        answer: Option<bool>,
    },
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
            Screen::List(section) => section.key.into(),
            Screen::Item(section, id) => format!("{}:{id}", section.item),
            Screen::SelfCheck { .. } => "self-check".into(),
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
    /// "A staff member is coming", with reasons to pick; the one picked, by
    /// its key, is marked.
    CallStaff { picked: Option<&'static str> },
    /// "要请工作人员过来帮您吗？", asked once a visit of a customer who seems stuck.
    OfferHelp,
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
    OfferHelp,
}

/// What every new visit starts with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDefaults {
    pub language: String,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    pub voice: Voice,
}
