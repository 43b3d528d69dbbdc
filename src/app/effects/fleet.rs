//! Wires the fleet into the app: with a repository in the settings, the kiosk
//! shows `current` from its version store (seeded with this PC's content) and
//! a thread keeps it up to date; the content watcher sees each switch like a
//! clerk's save. Also the `kiosk content` command for staff.

use std::process::ExitCode;
use std::time::Duration;

use url::Url;

use crate::app::config::AppConfig;
use crate::fleet::{Source, Status, Store, Sync};
use crate::staff::{SettingsFile, StaffFiles};

/// Where the versions live: `fleet/` in the kiosk's state folder.
fn store_root(files: &StaffFiles) -> std::path::PathBuf {
    files.state_dir.join("fleet")
}

/// Turns fleet mode on when the trust file (or, on a desk, the settings)
/// names a repository. Problems (a bad URL, no root.json, a trust file others
/// can write) are logged and the kiosk shows its own content.
pub fn follow(config: &mut AppConfig, files: &StaffFiles) {
    follow_with_trust(config, files, std::path::Path::new(crate::fleet::trust::TRUST_FILE));
}

/// `follow`, with the trust file at `trust_file` (tests).
pub fn follow_with_trust(config: &mut AppConfig, files: &StaffFiles, trust_file: &std::path::Path) {
    let settings = SettingsFile::load(&files.settings).settings.fleet;
    let (repository, root, max_mib) = match crate::fleet::trust::read(trust_file) {
        Ok(Some(trust)) => (trust.repository.clone(), trust.root_path(trust_file), trust.max_download_mib),
        Err(e) => return log::warn!("fleet: not following head office: {e}"),
        // A lobby kiosk trusts only what root configured; staff settings cannot name a repository.
        Ok(None) if config.kiosk_mode => {
            if settings.repository.is_some() {
                log::warn!("fleet: a lobby kiosk takes its repository only from {}", trust_file.display());
            }
            return;
        }
        Ok(None) => {
            let Some(repository) = settings.repository else { return };
            let root = settings.root.unwrap_or_else(|| files.settings.with_file_name("root.json"));
            (repository, root, None)
        }
    };
    let base = if repository.ends_with('/') { repository } else { format!("{repository}/") };
    let urls = Url::parse(&base).and_then(|b| Ok((b.join("metadata/")?, b.join("targets/")?)));
    let Ok((metadata, targets)) = urls.map_err(|e| log::warn!("fleet repository {base}: {e}")) else { return };
    let store = match Store::open(&store_root(files)) {
        Ok(s) => s,
        Err(e) => return log::warn!("fleet store: {e}; showing this PC's content"),
    };
    if let Err(e) = crate::fleet::sync::seed(&store, &config.content_dir) {
        return log::warn!("fleet store: cannot start from this PC's content: {e}");
    }
    let local_branch = Some(config.content_dir.join("branch.toml"));
    config.content_dir = store.current_link();
    config.watch_content = true;
    let source = Source {
        metadata,
        targets,
        root,
        datastore: store_root(files).join("datastore"),
        idle_timeout: crate::fleet::IDLE_TIMEOUT,
        max_bytes: max_mib.map_or(crate::fleet::MAX_BYTES, |m| m.saturating_mul(1024 * 1024)),
    };
    let every = Duration::from_secs(60 * u64::from(settings.check_minutes.max(1)));
    let metrics = config.metrics.clone();
    let on_check: crate::fleet::sync::OnCheck = Box::new(move |status, failed| metrics.fleet.checked(status, failed));
    let sync = Sync {
        source,
        store_root: store_root(files),
        local_branch,
        languages: Vec::new(),
        every,
        on_check: Some(on_check),
    };
    config.fleet_status = Some(sync.start());
}

/// `kiosk content status|rollback`.
pub fn command(files: &StaffFiles, action: &str) -> ExitCode {
    let root = store_root(files);
    let store = match Store::open(&root) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("no content store at {}: {e}", root.display());
            return ExitCode::from(1);
        }
    };
    if action == "rollback" {
        return match store.rollback() {
            Ok(back) => {
                println!("now showing version {} (the kiosk switches within a second)", back.version);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("no rollback: {e}");
                ExitCode::from(1)
            }
        };
    }
    let status = Status::load(&root);
    let repository = SettingsFile::load(&files.settings).settings.fleet.repository;
    println!("source: {}", repository.as_deref().unwrap_or("this PC only (no repository in the settings)"));
    let version = |i: Option<crate::fleet::Installed>| i.map_or("none".to_owned(), |i| i.version.to_string());
    println!("version on screen: {}", version(store.current()));
    println!("previous version: {}", version(store.previous()));
    println!("last check: {}", status.checked.as_deref().unwrap_or("never"));
    println!("last problem: {}", status.problem.as_deref().unwrap_or("none"));
    for p in &status.refused {
        println!("  {p}");
    }
    if let Some(held) = status.hold {
        println!("held: staff rolled back from version {held}; only a newer version is installed");
    }
    for p in status.local_refused.iter().chain(&status.files_refused) {
        println!("refused: {p}");
    }
    ExitCode::SUCCESS
}
