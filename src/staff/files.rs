//! Where this kiosk keeps its staff files: the settings file, and the state
//! folder for the PIN lock and the usage counts.

use std::path::PathBuf;

use super::settings::SettingsFile;

#[derive(Clone, Debug)]
pub struct StaffFiles {
    pub settings: PathBuf,
    /// PIN lock and usage counts.
    pub state_dir: PathBuf,
}

impl StaffFiles {
    /// The platform's places (`~/.config/elder-kiosk/settings.toml` and
    /// `~/.local/share/elder-kiosk/` on Linux).
    pub fn platform() -> Self {
        Self { settings: SettingsFile::default_path(), state_dir: SettingsFile::default_state_dir() }
    }

    pub fn pin_lock(&self) -> PathBuf {
        self.state_dir.join("pin-lock.toml")
    }

    pub fn usage(&self) -> PathBuf {
        self.state_dir.join("usage.toml")
    }
}
