//! What the staff screens show, as plain values the app fills in (no file
//! paths, no PIN hash: the UI never sees either).

use crate::kiosk::{TextSize, ThemeKind};
use crate::speech::Voice;

/// What the staff screens show, gathered by the app.
#[derive(Clone, Debug, Default)]
pub struct StaffView {
    /// How many PIN digits are typed (the digits themselves never reach the UI).
    pub pin_digits: usize,
    /// Why the PIN pad said no, already in words.
    pub pin_note: Option<String>,
    /// Every current content problem, as file:line:column lines.
    pub problems: Vec<String>,
    pub speech: String,
    /// Today's counts, one line each.
    pub today: Vec<String>,
    /// Seconds before the idle warning.
    pub idle_seconds: u32,
    /// What each new visit starts with.
    pub default_size: TextSize,
    pub default_theme: ThemeKind,
    pub default_voice: Voice,
    /// (language tag, offered to customers)
    pub languages: Vec<(String, bool)>,
    /// Notes for staff: a broken settings file, the last alert.
    pub notes: Vec<String>,
    /// What the last action did, shown under the action buttons.
    pub message: Option<String>,
    /// A settings change that could not be saved: shown above the settings.
    pub settings_message: Option<String>,
    /// Kiosk mode: the panel can leave it.
    pub kiosk_mode: bool,
    /// Whether pages speak their title when they open.
    pub auto_read: bool,
}
