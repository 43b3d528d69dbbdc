//! The kiosk's side of the fleet, running on its own thread: on start and then
//! every few minutes (with a random share added, so hundreds of kiosks do not
//! ask at once) it checks head office's repository and installs what is new.
//! What happened last is kept in `status.toml` beside the versions, for staff
//! (`kiosk content status`) and the panel.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::store::Store;
use super::update::{Outcome, Source, check};

/// The last check, as staff see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Status {
    /// The version on screen (0: this PC's own content, before any update).
    pub version: Option<u64>,
    /// When the last check ended, local time.
    pub checked: Option<String>,
    /// Why the last check changed nothing, if it failed or was refused.
    pub problem: Option<String>,
    /// A refused version's content problems (file:line:col).
    pub refused: Vec<String>,
}

impl Status {
    pub fn path(store_root: &Path) -> PathBuf {
        store_root.join("status.toml")
    }

    pub fn load(store_root: &Path) -> Self {
        std::fs::read_to_string(Self::path(store_root)).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
    }
}

/// Puts this PC's own content in the store as version 0 when the store is
/// empty, so the kiosk always shows `current`.
pub fn seed(store: &Store, local: &Path) -> std::io::Result<()> {
    if store.current().is_some() {
        return Ok(());
    }
    let staging = store.staging()?;
    copy_tree(local, &staging)?;
    store.install(&staging, 0).map(|_| ())
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

pub struct Sync {
    pub source: Source,
    pub store_root: PathBuf,
    pub local_branch: Option<PathBuf>,
    pub languages: Vec<String>,
    pub every: Duration,
}

impl Sync {
    /// Starts the checking thread; the returned status follows each check.
    pub fn start(self) -> Arc<Mutex<Status>> {
        let status = Arc::new(Mutex::new(Status::load(&self.store_root)));
        let shared = status.clone();
        let spawned = std::thread::Builder::new().name("fleet".into()).spawn(move || {
            loop {
                let now = self.check_once();
                if let Ok(mut s) = shared.lock() {
                    *s = now;
                }
                let jitter = self.every.mul_f64(fastrand::f64() * 0.2);
                std::thread::sleep(self.every + jitter);
            }
        });
        if let Err(e) = spawned {
            log::warn!("cannot start the content update thread: {e}");
        }
        status
    }

    fn check_once(&self) -> Status {
        let mut status = Status::load(&self.store_root);
        status.checked = Some(jiff::Zoned::now().strftime("%Y-%m-%d %H:%M").to_string());
        (status.problem, status.refused) = (None, Vec::new());
        match Store::open(&self.store_root) {
            Ok(store) => {
                match check(&self.source, &store, self.local_branch.as_deref(), &self.languages) {
                    Ok(Outcome::UpToDate(_) | Outcome::Installed(_)) => {}
                    Ok(Outcome::Refused { version, problems }) => {
                        status.problem = Some(format!("version {version} has content errors; not installed"));
                        status.refused = problems;
                    }
                    Err(e) => status.problem = Some(e),
                }
                status.version = store.current().map(|c| c.version);
            }
            Err(e) => status.problem = Some(format!("{}: {e}", self.store_root.display())),
        }
        if let Some(p) = &status.problem {
            log::warn!("content update: {p}");
        }
        if let Ok(text) = toml::to_string(&status) {
            let _ = crate::staff::atomic::write(&Status::path(&self.store_root), text.as_bytes());
        }
        status
    }
}
