//! Wires the fleet into the app: with a repository in the settings, the kiosk
//! shows `current` from its version store (seeded with this PC's content) and
//! a thread keeps it up to date; the content watcher sees each switch like a
//! clerk's save. Also the `kiosk content` command for staff.

use std::process::ExitCode;
use std::time::Duration;

use url::Url;

use super::config::AppConfig;
use crate::fleet::{Source, Status, Store, Sync};
use crate::staff::{SettingsFile, StaffFiles};

/// Where the versions live: `fleet/` in the kiosk's state folder.
fn store_root(files: &StaffFiles) -> std::path::PathBuf {
    files.state_dir.join("fleet")
}

/// Turns fleet mode on when the settings name a repository. Problems (a bad
/// URL, no root.json) are logged and the kiosk shows its own content.
pub fn follow(config: &mut AppConfig, files: &StaffFiles) {
    let settings = SettingsFile::load(&files.settings).settings.fleet;
    let Some(repository) = settings.repository else { return };
    let base = if repository.ends_with('/') { repository } else { format!("{repository}/") };
    let urls = Url::parse(&base).and_then(|b| Ok((b.join("metadata/")?, b.join("targets/")?)));
    let Ok((metadata, targets)) = urls.map_err(|e| log::warn!("fleet repository {base}: {e}")) else { return };
    let root = settings.root.unwrap_or_else(|| files.settings.with_file_name("root.json"));
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
        timeout: crate::fleet::update::TIMEOUT,
    };
    let every = Duration::from_secs(60 * u64::from(settings.check_minutes.max(1)));
    let sync = Sync { source, store_root: store_root(files), local_branch, languages: Vec::new(), every };
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
    ExitCode::SUCCESS
}
