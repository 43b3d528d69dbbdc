//! The kiosk's side of the fleet, running on its own thread: on start and then
//! every few minutes (with a random share added, so hundreds of kiosks do not
//! ask at once) it checks head office's repository and installs what is new.
//! What happened last is kept in `status.toml` beside the versions, for staff
//! (`kiosk content status`) and the panel.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::failure::{Failure, Reason};
use super::store::Store;
use super::update::{Outcome, Report, Source, check_report};

/// The last check, as staff see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Status {
    /// The version on screen (0: this PC's own content, before any update).
    pub version: Option<u64>,
    /// When the last check ended, local time.
    pub checked: Option<String>,
    /// When a check last verified head office's metadata (Unix seconds), new
    /// content or not: head office alerts when this grows old.
    pub last_success: Option<u64>,
    /// Why the last check changed nothing, if it failed or was refused.
    pub problem: Option<String>,
    /// A refused version's content problems (file:line:col).
    pub refused: Vec<String>,
    /// Lines of this branch's `branch.toml` that tried to change signed numbers.
    pub local_refused: Vec<String>,
    /// The phone ids of those lines.
    pub local_refused_ids: Vec<String>,
    /// Signed files not stored because of their names.
    pub files_refused: Vec<String>,
    /// Staff rolled back from this version; it is not installed again.
    pub hold: Option<u64>,
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

/// Fault injection for tests: the next check panics inside, as a bug in a
/// library would, to prove the thread survives it.
#[doc(hidden)]
pub static PANIC_NEXT_CHECK: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Called after every check with its status and, if it failed, why.
pub type OnCheck = Box<dyn Fn(&Status, Option<Reason>) + Send>;

pub struct Sync {
    pub source: Source,
    pub store_root: PathBuf,
    pub local_branch: Option<PathBuf>,
    pub languages: Vec<String>,
    pub every: Duration,
    pub on_check: Option<OnCheck>,
}

impl Sync {
    /// Starts the checking thread; the returned status follows each check.
    pub fn start(self) -> Arc<Mutex<Status>> {
        let status = Arc::new(Mutex::new(Status::load(&self.store_root)));
        let shared = status.clone();
        let spawned = std::thread::Builder::new().name("fleet".into()).spawn(move || {
            loop {
                let (now, failed) = self.check_guarded();
                if let Some(report) = &self.on_check {
                    report(&now, failed);
                }
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

    /// One check that cannot take the thread down: a panic inside it (a bug
    /// in a library, a corrupt datastore) is reported like any failure, and
    /// the next check runs on time.
    pub fn check_guarded(&self) -> (Status, Option<Reason>) {
        let run = std::panic::AssertUnwindSafe(|| self.check_once());
        std::panic::catch_unwind(run).unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            let mut status = Status::load(&self.store_root);
            status.checked = Some(now_local());
            status.problem =
                Some(format!("the update check failed inside the kiosk ({what}); it runs again at the next check"));
            self.save(&status);
            (status, Some(Reason::Panic))
        })
    }

    fn check_once(&self) -> (Status, Option<Reason>) {
        if PANIC_NEXT_CHECK.swap(false, std::sync::atomic::Ordering::SeqCst) {
            panic!("a fault injected by a test");
        }
        let mut status = Status::load(&self.store_root);
        status.checked = Some(now_local());
        (status.problem, status.refused) = (None, Vec::new());
        let mut failed = None;
        match Store::open(&self.store_root) {
            Ok(store) => {
                match check_report(&self.source, &store, self.local_branch.as_deref(), &self.languages) {
                    Ok(report) => record(&mut status, report),
                    Err(Failure { reason, message }) => {
                        status.problem = Some(message);
                        failed = Some(reason);
                    }
                }
                status.version = store.current().map(|c| c.version);
                status.hold = store.hold();
            }
            Err(e) => {
                status.problem = Some(format!("{}: {e}", self.store_root.display()));
                failed = Some(Reason::Disk);
            }
        }
        if let Some(p) = &status.problem {
            log::warn!("content update: {p}");
        }
        self.save(&status);
        (status, failed)
    }

    fn save(&self, status: &Status) {
        if let Ok(text) = toml::to_string(status) {
            let _ = crate::staff::atomic::write(&Status::path(&self.store_root), text.as_bytes());
        }
    }
}

/// What a check that verified head office's metadata tells staff.
fn record(status: &mut Status, report: Report) {
    status.last_success = Some(jiff::Timestamp::now().as_second().max(0).unsigned_abs());
    // Kept from the last install when nothing was downloaded this time.
    let downloaded = !matches!(report.outcome, Outcome::UpToDate(_) | Outcome::Held { .. });
    match report.outcome {
        Outcome::UpToDate(_) | Outcome::Installed(_) => {}
        Outcome::Held { signed, held } => {
            status.problem = Some(format!(
                "staff rolled back from version {held}; version {signed} is not installed until head office publishes a newer one"
            ));
        }
        Outcome::Refused { version, problems } => {
            status.problem = Some(format!("version {version} has content errors; not installed"));
            status.refused = problems;
        }
    }
    if downloaded {
        status.local_refused = report.local_refused;
        status.local_refused_ids = report.local_refused_ids;
        status.files_refused = report.files_refused;
    }
}

fn now_local() -> String {
    jiff::Zoned::now().strftime("%Y-%m-%d %H:%M").to_string()
}
