//! The staff side of the app: settings, the PIN pad, the staff panel's
//! actions, usage counts and the call-staff alert. It carries out effects the
//! session asked for; anything slow (files, the PIN check) goes to the
//! background worker and comes back as a result.

use std::path::PathBuf;

use crate::content::ContentStore;
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::{Counted, PinEdit, Reason, Screen, Session, SessionDefaults, StaffAction};
use crate::staff::alert::Alerts;
use crate::staff::pin::{self, Attempt};
use crate::staff::setting_table::{self, Unset};
use crate::staff::stats::{self, Count, Stats};
use crate::staff::{Settings, SettingsFile, StaffFiles};
use crate::worker::{Job, Saved, Worker};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinNote {
    Wrong {
        wait: u64,
    },
    Locked {
        wait: u64,
    },
    /// 10 wrong in a row: only `kiosk set-pin` on the PC opens the pad again.
    HardLocked,
    NoPin,
}

/// Whether staff asked to leave kiosk mode (the only way out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Staying,
    Leaving,
    Left,
}

/// What the desk needs from the rest of the app to react.
pub struct DeskContext<'a> {
    pub session: &'a Session,
    pub i18n: &'a I18n,
    pub worker: &'a Worker,
    /// The content's languages that have screen text.
    pub languages: &'a [String],
}

/// What the desk asks the app to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeskEffect {
    Say(String),
    ReloadContent,
    SettingsChanged,
}

pub struct Desk {
    pub(super) settings: SettingsFile,
    pub(super) stats: Option<Stats>,
    state_dir: Option<PathBuf>,
    pub alerts: Alerts,
    pin_entry: String,
    pub(super) pin_note: Option<PinNote>,
    /// A PIN try is being checked (argon2, on the worker).
    pin_checking: bool,
    /// The last staff action's result, for the panel.
    pub(super) message: Option<String>,
    /// Why the last settings change did not reach the disk, for the panel.
    pub(super) settings_message: Option<String>,
    pub exit: Exit,
    /// Auto-read when the settings leave it unset.
    pub(super) auto_read_default: bool,
    /// Chimes played since start-up (tests check a quiet call plays none).
    pub chimes: u32,
    /// The calls this PIN answered (reasons), for the panel to confirm.
    pub(super) answered: Vec<&'static str>,
}

impl Desk {
    /// Reads the settings and counts (start-up only).
    pub fn open(files: Option<&StaffFiles>, auto_read_default: bool) -> Self {
        let settings = files.map_or_else(SettingsFile::in_memory, |f| SettingsFile::load(&f.settings));
        let stats = files.map(|f| Stats::load(&f.usage()));
        let s = &settings.settings;
        let alerts = Alerts::new(s.call_staff.url.clone(), s.kiosk_id.clone());
        Self {
            settings,
            stats,
            state_dir: files.map(|f| f.state_dir.clone()),
            alerts,
            pin_entry: String::new(),
            pin_note: None,
            pin_checking: false,
            message: None,
            settings_message: None,
            exit: Exit::Staying,
            auto_read_default,
            chimes: 0,
            answered: Vec::new(),
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings.settings
    }

    /// Seconds before the idle warning, where no settings file says (tests).
    pub fn set_idle_warning(&mut self, seconds: u32) {
        self.settings.settings.idle_warning_seconds = seconds;
    }

    pub fn auto_read(&self) -> bool {
        self.settings.settings.auto_read.unwrap_or(self.auto_read_default)
    }

    /// What the kiosk decides where the settings say nothing.
    pub fn unset(&self) -> Unset {
        Unset { auto_read: self.auto_read_default }
    }

    pub fn pin_digits(&self) -> usize {
        self.pin_entry.len()
    }

    /// What a new visit starts with, as the settings say.
    pub fn defaults(&self, all_languages: &[String]) -> SessionDefaults {
        let s = &self.settings.settings;
        let language = self.offered(all_languages).first().cloned().unwrap_or_else(|| crate::lang::BASE.into());
        SessionDefaults { language, text_size: s.text_size, theme: s.theme, voice: s.voice() }
    }

    /// The languages offered to customers, as staff chose them; never none.
    pub fn offered(&self, all: &[String]) -> Vec<String> {
        let chosen = &self.settings.settings.languages;
        let offered: Vec<String> = all.iter().filter(|l| chosen.is_empty() || chosen.contains(l)).cloned().collect();
        if offered.is_empty() { all.iter().take(1).cloned().collect() } else { offered }
    }

    /// Staff chose "leave kiosk mode": the only way out; customers cannot close it.
    pub fn window_rules(&mut self, ctx: &egui::Context, kiosk_mode: bool) {
        match self.exit {
            Exit::Leaving => {
                // Once: the window closes after this frame.
                self.exit = Exit::Left;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Exit::Left => {}
            Exit::Staying if kiosk_mode && ctx.input(|i| i.viewport().close_requested()) => {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
            Exit::Staying => {}
        }
    }

    /// Counts a visit's page or call in the day's usage file (never who).
    pub fn count(&mut self, counted: &Counted, worker: &Worker) {
        match counted {
            Counted::ItemViewed { tally, id, language, .. } => {
                self.count_one(Count::Item { list: tally.stats_key, id: id.clone() }, worker);
                self.count_one(Count::Language(language.clone()), worker);
            }
            Counted::CallStaffPressed => self.count_one(Count::CallStaff, worker),
            Counted::CallUnanswered { reason } => self.count_one(Count::Missed(reason), worker),
            Counted::CallAnswered { reason } => self.answered.push(reason),
            // A new visit: the panel that confirmed them is closed.
            Counted::VisitStarted | Counted::IdleReset => self.answered.clear(),
            // Calls waiting are for the metrics only.
            Counted::CallOpened { .. } => {}
        }
    }

    /// Staff are asked to come to this screen: tell the staff tablet, count
    /// the reason for the day, and chime if the branch wants one — never for
    /// a quiet reason (a scammer may be listening on the customer's phone).
    pub fn call_staff(&mut self, screen: &str, reason: &Reason, now: f64, worker: &Worker) {
        if !self.alerts.call(screen, reason.key(), reason.flag(), now) {
            return;
        }
        self.count_one(Count::Alert(reason.key()), worker);
        if !reason.quiet() && self.settings.settings.call_staff.chime {
            self.chimes += 1;
            super::chime::play();
        }
    }

    /// A key of the PIN pad. The check runs on the worker (argon2 is slow).
    pub fn edit_pin(&mut self, edit: PinEdit, worker: &Worker) {
        match edit {
            PinEdit::Digit(d) => {
                if self.pin_entry.len() < pin::MAX_DIGITS {
                    self.pin_entry.push(char::from(b'0' + d.min(9)));
                }
            }
            PinEdit::Erase => {
                self.pin_entry.pop();
            }
            PinEdit::Check => {
                if !self.pin_checking {
                    let entry = std::mem::take(&mut self.pin_entry);
                    let hash = self.settings.settings.pin_hash.clone();
                    self.pin_checking = true;
                    worker.send(Job::CheckPin { hash, entry, unix_now: unix_now() });
                }
            }
        }
    }

    /// The worker checked a PIN try. Returns true when the panel may open.
    pub fn pin_checked(&mut self, attempt: Attempt) -> bool {
        self.pin_checking = false;
        self.pin_note = match attempt {
            Attempt::Accepted => {
                self.message = None;
                return true;
            }
            Attempt::Wrong { wait } => Some(PinNote::Wrong { wait }),
            Attempt::Locked { wait } => Some(PinNote::Locked { wait }),
            Attempt::HardLocked { now } => {
                if now {
                    // Someone is guessing: tell the branch (the reason, never who).
                    self.alerts.notify("staff-pin-locked");
                }
                Some(PinNote::HardLocked)
            }
            Attempt::NoPin => Some(PinNote::NoPin),
        };
        false
    }

    /// The worker saved (or failed to save) a file.
    pub fn saved(&mut self, what: Saved, path: PathBuf, result: Result<(), String>, i18n: &I18n, lang: &str) {
        self.message = match (what, result) {
            (Saved::Counts, Err(e)) => {
                log::warn!("usage counts not saved: {e}");
                return;
            }
            (Saved::Counts, Ok(())) => return,
            (Saved::Settings, Ok(())) => {
                self.settings_message = None;
                return;
            }
            // Disk full, read-only or gone: the file on disk is the old one.
            (Saved::Settings, Err(e)) => {
                let text = i18n.text_with(lang, "staff-not-saved", &[("problem", FluentValue::from(e))]);
                self.settings_message = Some(text);
                return;
            }
            (Saved::Export, Ok(())) => {
                Some(i18n.text_with(lang, "staff-exported", &[("path", FluentValue::from(path.display().to_string()))]))
            }
            (Saved::Export, Err(e)) => Some(e),
        };
    }

    /// Staff asked for a reload and it is done.
    pub fn reloaded(&mut self, problems: usize, i18n: &I18n, lang: &str) {
        self.message = Some(i18n.text_with(lang, "staff-reloaded", &[("count", FluentValue::from(problems))]));
    }

    /// Leaving the PIN pad forgets any typed digits and notes.
    pub fn forget_pin_unless_on(&mut self, screen: &Screen) {
        if *screen != Screen::StaffPin {
            self.pin_entry.clear();
            self.pin_note = None;
        }
    }

    /// Counts in memory; the worker writes the file (a burst of taps once).
    fn count_one(&mut self, what: Count, worker: &Worker) {
        let Some(stats) = &mut self.stats else { return };
        stats.count(&stats::today(), what);
        match stats.file_text() {
            Ok(text) => worker.send(Job::Save { path: stats.path().to_owned(), text, what: Saved::Counts }),
            Err(e) => log::warn!("{e}"),
        }
    }

    /// A staff panel action (the session let it through: the panel is open).
    pub fn staff_action(&mut self, action: &StaffAction, cx: &DeskContext) -> Option<DeskEffect> {
        let lang = &cx.session.language;
        match action {
            StaffAction::ReloadContent => return Some(DeskEffect::ReloadContent),
            StaffAction::TestSpeech => return Some(DeskEffect::Say(cx.i18n.text(lang, "staff-test-speech-sample"))),
            StaffAction::SpeechHowTo => return Some(DeskEffect::Say(cx.i18n.text(lang, "speech-mode-help"))),
            StaffAction::ExportStats => {
                self.export_stats(cx);
                return None;
            }
            StaffAction::LeaveKiosk => {
                self.exit = Exit::Leaving;
                return None;
            }
            StaffAction::Setting(key) => {
                let entry = setting_table::entry(key)?;
                let unset = self.unset();
                (entry.step)(&mut self.settings.settings, unset);
            }
            StaffAction::ToggleLanguage(lang) => self.toggle_language(lang, cx.languages),
        }
        self.save_settings(cx.worker);
        Some(DeskEffect::SettingsChanged)
    }

    fn toggle_language(&mut self, lang: &str, all: &[String]) {
        if !all.iter().any(|l| l == lang) {
            return;
        }
        let mut offered = self.offered(all);
        if offered.iter().any(|l| l == lang) {
            // At least one language stays.
            if offered.len() > 1 {
                offered.retain(|l| l != lang);
            }
        } else {
            offered.push(lang.to_owned());
        }
        offered.sort_by_key(|l| all.iter().position(|a| a == l));
        self.settings.settings.languages = if offered.len() == all.len() { Vec::new() } else { offered };
    }

    fn save_settings(&mut self, worker: &Worker) {
        self.message = None;
        let Some(path) = self.settings.path.clone() else { return };
        match self.settings.file_text() {
            Ok(text) => worker.send(Job::Save { path, text, what: Saved::Settings }),
            Err(e) => self.message = Some(e),
        }
    }

    fn export_stats(&mut self, cx: &DeskContext) {
        let (Some(stats), Some(dir)) = (&self.stats, &self.state_dir) else {
            self.message = Some(cx.i18n.text(&cx.session.language, "staff-export-nowhere"));
            return;
        };
        let path = dir.join(format!("usage-{}.csv", stats::today()));
        cx.worker.send(Job::Save {
            path,
            text: stats.to_csv(&crate::ui::sections::usage_kinds()),
            what: Saved::Export,
        });
    }
}

/// Seconds since 1970, for the PIN lock that must outlive a restart.
fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The content's languages that also have screen text.
pub fn content_languages(store: &ContentStore, i18n: &I18n) -> Vec<String> {
    store.content().languages().into_iter().filter(|l| i18n.has_language(l)).collect()
}
