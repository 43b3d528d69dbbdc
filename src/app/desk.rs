//! The staff side of the app: settings, the PIN pad, the staff panel's
//! actions, usage counts and the call-staff alert. Everything here that
//! touches a file or the network does it off the drawing code, in reaction to
//! an intent.

use std::path::PathBuf;

use super::{KioskApp, talk_context};
use crate::i18n::FluentValue;
use crate::kiosk::session::SessionDefaults;
use crate::kiosk::{Intent, Screen, StaffAction, TextSize, ThemeKind};
use crate::speech::{Status, Voice};
use crate::staff::alert::{Alerts, Delivery};
use crate::staff::pin::{self, Attempt, PinLock};
use crate::staff::stats::{self, Count, Stats};
use crate::staff::{Settings, SettingsFile};
use crate::ui::staff::StaffView;

/// Where staff files live (None in `AppConfig`: nothing is written).
#[derive(Clone, Debug)]
pub struct StaffFiles {
    pub settings: PathBuf,
    /// PIN lock and usage counts.
    pub state_dir: PathBuf,
}

impl StaffFiles {
    pub fn platform() -> Self {
        Self { settings: SettingsFile::default_path(), state_dir: SettingsFile::default_state_dir() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PinNote {
    Wrong { wait: u64 },
    Locked { wait: u64 },
    NoPin,
}

pub struct Desk {
    pub settings: SettingsFile,
    state_dir: Option<PathBuf>,
    pin: Option<PinLock>,
    stats: Option<Stats>,
    pub alerts: Alerts,
    pin_entry: String,
    pin_note: Option<PinNote>,
    /// The last staff action's result, for the panel.
    message: Option<String>,
    /// Staff chose to leave kiosk mode: the window may close.
    pub leaving: bool,
    /// The close has been asked for.
    pub left: bool,
}

impl Desk {
    pub fn open(files: Option<&StaffFiles>) -> Self {
        let settings = files.map_or_else(SettingsFile::in_memory, |f| SettingsFile::load(&f.settings));
        let state_dir = files.map(|f| f.state_dir.clone());
        let pin = state_dir.as_ref().map(|d| PinLock::load(&d.join("pin-lock.toml")));
        let stats = state_dir.as_ref().map(|d| Stats::load(&d.join("usage.toml")));
        let s = &settings.settings;
        let alerts = Alerts::new(s.call_staff.url.clone(), s.kiosk_id.clone());
        Self {
            settings,
            state_dir,
            pin,
            stats,
            alerts,
            pin_entry: String::new(),
            pin_note: None,
            message: None,
            leaving: false,
            left: false,
        }
    }

    pub fn count(&mut self, what: Count) {
        if let Some(stats) = &mut self.stats {
            stats.count(&stats::today(), what);
        }
    }
}

/// Seconds since 1970, for the PIN lock that must outlive a restart.
fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl KioskApp {
    /// Session defaults and timing as the settings say.
    pub(super) fn apply_settings(&mut self) {
        let s = &self.desk.settings.settings;
        self.policy.warn_after = f64::from(s.idle_warning_seconds);
        self.talk.set_auto_read(s.auto_read.unwrap_or(self.auto_read_default));
        let language =
            self.offered_languages().first().cloned().unwrap_or_else(|| crate::content::BASE_LANGUAGE.into());
        let defaults =
            SessionDefaults { language, text_size: s.text_size.into(), theme: s.theme.into(), voice: s.voice() };
        let pristine = self.session.is_pristine();
        self.session.set_defaults(defaults);
        if pristine {
            // Nobody is using the kiosk: show the new defaults at once.
            self.session.reset(self.clock.now());
        }
    }

    /// The content's languages that also have screen text.
    fn content_languages(&self) -> Vec<String> {
        self.store.content().languages().into_iter().filter(|l| self.i18n.has_language(l)).collect()
    }

    /// The content's languages that have screen text, as staff chose them;
    /// never none.
    pub(super) fn offered_languages(&self) -> Vec<String> {
        let all = self.content_languages();
        let chosen = &self.desk.settings.settings.languages;
        let offered: Vec<String> = all.iter().filter(|l| chosen.is_empty() || chosen.contains(l)).cloned().collect();
        if offered.is_empty() { all.into_iter().take(1).collect() } else { offered }
    }

    /// Reactions to an accepted intent that belong to staff work: counts, the
    /// alert, the PIN pad and the panel.
    pub(super) fn desk_intent(&mut self, intent: &Intent, now: f64) {
        match intent {
            Intent::Open(Screen::Topic(id)) => {
                self.desk.count(Count::Topic(id.clone()));
                self.desk.count(Count::Language(self.session.language.clone()));
            }
            Intent::Open(Screen::Facility(id)) => {
                self.desk.count(Count::Facility(id.clone()));
                self.desk.count(Count::Language(self.session.language.clone()));
            }
            Intent::CallStaff => {
                self.desk.count(Count::CallStaff);
                let screen = self.session.screen().key();
                if self.desk.alerts.call(&screen, now) && self.desk.settings.settings.call_staff.chime {
                    super::chime::play();
                }
            }
            Intent::PinDigit(d) if self.desk.pin_entry.len() < pin::MAX_DIGITS => {
                self.desk.pin_entry.push(char::from(b'0' + d));
            }
            Intent::PinErase => {
                self.desk.pin_entry.pop();
            }
            Intent::PinEnter => self.pin_enter(),
            Intent::Staff(action) => self.staff_action(*action, now),
            _ => {}
        }
    }

    fn pin_enter(&mut self) {
        let entry = std::mem::take(&mut self.desk.pin_entry);
        let hash = self.desk.settings.settings.pin_hash.clone();
        let attempt = match &mut self.desk.pin {
            Some(lock) => lock.attempt(hash.as_deref(), &entry, unix_now()),
            // No state folder (settings in memory only): no PIN can be set either.
            None => Attempt::NoPin,
        };
        self.desk.pin_note = match attempt {
            Attempt::Accepted => {
                self.session.open_staff_panel();
                self.desk.message = None;
                None
            }
            Attempt::Wrong { wait } => Some(PinNote::Wrong { wait }),
            Attempt::Locked { wait } => Some(PinNote::Locked { wait }),
            Attempt::NoPin => Some(PinNote::NoPin),
        };
    }

    fn staff_action(&mut self, action: StaffAction, now: f64) {
        if *self.session.screen() != Screen::Staff {
            return;
        }
        let cx = talk_context(&self.session, &self.i18n, &self.store);
        let s = &mut self.desk.settings.settings;
        match action {
            StaffAction::ReloadContent => {
                self.reload_content();
                let problems = self.store.diagnostics().len();
                self.desk.message = Some(self.i18n.text_with(
                    &self.session.language,
                    "staff-reloaded",
                    &[("count", FluentValue::from(problems))],
                ));
                return;
            }
            StaffAction::TestSpeech => {
                let sample = self.i18n.text(&self.session.language, "staff-test-speech-sample");
                self.talk.say_now(&cx, &sample, now);
                return;
            }
            StaffAction::SpeechHowTo => {
                let help = self.i18n.text(&self.session.language, "speech-mode-help");
                self.talk.say_now(&cx, &help, now);
                return;
            }
            StaffAction::ExportStats => {
                self.desk.message = Some(self.export_stats());
                return;
            }
            StaffAction::LeaveKiosk => {
                self.desk.leaving = true;
                return;
            }
            StaffAction::NextIdleTimeout => {
                const STEPS: [u32; 5] = [60, 90, 120, 180, 300];
                let next = STEPS.iter().find(|t| **t > s.idle_warning_seconds).unwrap_or(&STEPS[0]);
                s.idle_warning_seconds = *next;
            }
            StaffAction::NextDefaultSize => s.text_size = TextSize::from(s.text_size).next().into(),
            StaffAction::ToggleDefaultTheme => {
                let next =
                    if ThemeKind::from(s.theme) == ThemeKind::Calm { ThemeKind::HighContrast } else { ThemeKind::Calm };
                s.theme = next.into();
            }
            StaffAction::ToggleAutoRead => s.auto_read = Some(!s.auto_read.unwrap_or(self.auto_read_default)),
            StaffAction::NextDefaultRate => {
                s.speech_rate = if s.speech_rate >= Voice::MAX_RATE { Voice::MIN_RATE } else { s.speech_rate + 1 };
            }
            StaffAction::NextDefaultVolume => s.speech_volume = (s.speech_volume + 1) % (Voice::MAX_VOLUME + 1),
            StaffAction::ToggleLanguage(i) => self.toggle_language(i),
        }
        self.save_settings();
    }

    fn toggle_language(&mut self, i: usize) {
        let all = self.content_languages();
        let Some(lang) = all.get(i).cloned() else { return };
        let mut offered = self.offered_languages();
        if offered.contains(&lang) {
            // At least one language stays.
            if offered.len() > 1 {
                offered.retain(|l| *l != lang);
            }
        } else {
            offered.push(lang);
        }
        offered.sort_by_key(|l| all.iter().position(|a| a == l));
        self.desk.settings.settings.languages = if offered.len() == all.len() { Vec::new() } else { offered };
    }

    fn save_settings(&mut self) {
        self.desk.message = self.desk.settings.save().err();
        self.apply_settings();
    }

    fn export_stats(&self) -> String {
        let lang = &self.session.language;
        let (Some(stats), Some(dir)) = (&self.desk.stats, &self.desk.state_dir) else {
            return self.i18n.text(lang, "staff-export-nowhere");
        };
        let path = dir.join(format!("usage-{}.csv", stats::today()));
        match crate::staff::atomic::write(&path, stats.to_csv().as_bytes()) {
            Ok(()) => {
                self.i18n.text_with(lang, "staff-exported", &[("path", FluentValue::from(path.display().to_string()))])
            }
            Err(e) => format!("{}: {e}", path.display()),
        }
    }

    /// What the staff screens show (built only while one is open).
    pub(super) fn staff_view(&self) -> StaffView {
        if !self.session.screen().is_staff() {
            return StaffView::default();
        }
        let lang = &self.session.language;
        let t = |id: &str| self.i18n.text(lang, id);
        let tw = |id: &str, args: &[(&str, FluentValue<'_>)]| self.i18n.text_with(lang, id, args);
        let pin_note = self.desk.pin_note.map(|n| match n {
            PinNote::Wrong { wait: 0 } => t("staff-pin-wrong"),
            PinNote::Wrong { wait } | PinNote::Locked { wait } => {
                tw("staff-pin-wait", &[("seconds", FluentValue::from(wait))])
            }
            PinNote::NoPin => t("staff-pin-none"),
        });
        let mut problems: Vec<String> = self.store.diagnostics().iter().map(ToString::to_string).collect();
        problems.extend(self.pictures.problems.values().cloned());
        let speech = match self.talk.speech().status() {
            Status::Ready => t("staff-speech-ready"),
            Status::Starting => t("staff-speech-starting"),
            Status::Unavailable(reason) => tw("staff-speech-unavailable", &[("reason", FluentValue::from(reason))]),
        };
        let today = self.desk.stats.as_ref().map(|s| s.day(&stats::today())).unwrap_or_default();
        let sum = |m: &std::collections::BTreeMap<String, u32>| m.values().sum::<u32>();
        let mut today_lines = vec![
            tw("staff-today-topics", &[("count", FluentValue::from(sum(&today.topics)))]),
            tw("staff-today-facilities", &[("count", FluentValue::from(sum(&today.facilities)))]),
            tw("staff-today-calls", &[("count", FluentValue::from(today.call_staff))]),
        ];
        for (l, n) in &today.languages {
            let name = self.i18n.text(l, "language-name");
            today_lines.push(tw(
                "staff-today-language",
                &[("name", FluentValue::from(name)), ("count", FluentValue::from(*n))],
            ));
        }
        let offered = self.offered_languages();
        let languages = self
            .content_languages()
            .into_iter()
            .map(|l| {
                let on = offered.contains(&l);
                (l, on)
            })
            .collect();
        let mut notes: Vec<String> = self.desk.settings.note.iter().cloned().collect();
        match self.desk.alerts.delivery() {
            Delivery::Failed(e) => notes.push(tw("staff-alert-failed", &[("error", FluentValue::from(e))])),
            Delivery::Delivered => notes.push(t("staff-alert-delivered")),
            Delivery::Sending { .. } | Delivery::NotSent => {}
        }
        StaffView {
            pin_digits: self.desk.pin_entry.len(),
            pin_note,
            problems,
            speech,
            today: today_lines,
            settings: self.desk.settings.settings.clone(),
            languages,
            notes,
            message: self.desk.message.clone(),
            kiosk_mode: self.kiosk_mode,
            auto_read: self.desk.settings.settings.auto_read.unwrap_or(self.auto_read_default),
        }
    }

    /// Leaving the staff screens forgets any typed PIN digits and notes.
    pub(super) fn forget_pin_unless_on_pad(&mut self) {
        if *self.session.screen() != Screen::StaffPin {
            self.desk.pin_entry.clear();
            self.desk.pin_note = None;
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.desk.settings.settings
    }
}
