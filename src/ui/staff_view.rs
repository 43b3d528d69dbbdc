//! What the staff screens show, as plain values the app fills in (no file
//! paths, no PIN hash: the UI never sees either).

use crate::kiosk::StaffAction;

/// One setting's button on the staff panel, already in words.
#[derive(Clone, Debug)]
pub struct SettingButton {
    pub icon: &'static str,
    /// The setting's name and value, e.g. "默认文字：大".
    pub label: String,
    /// For an on/off setting: whether it is on (the button shows it selected).
    pub on: Option<bool>,
    /// What a press sends.
    pub action: StaffAction,
}

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
    /// The settings staff can step, in the panel's order.
    pub settings: Vec<SettingButton>,
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
}
