//! One update check against head office's TUF repository: `tough` verifies the
//! metadata (signatures and threshold, expiry, versions that never go down —
//! kept in the datastore across restarts — and root key rotation) and each
//! target's hash and length while downloading it into a staging folder. The
//! staged content then passes the same checks as `kiosk check`; only then is
//! it installed (atomically, see `store.rs`). Anything wrong leaves the
//! current content on screen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tough::{Repository, RepositoryLoader};
use url::Url;

use super::failure::{Failure, Reason, chain};
use super::store::Store;
use super::{branch_merge, targets, transport, trusted_root};
use crate::content;

/// Where head office publishes, and what this kiosk trusts.
#[derive(Clone, Debug)]
pub struct Source {
    /// The repository's metadata (root.json, timestamp.json, …).
    pub metadata: Url,
    /// Its targets (the content files).
    pub targets: Url,
    /// The trusted root.json shipped with the install.
    pub root: PathBuf,
    /// Verified metadata kept between checks (rollback and freeze protection).
    pub datastore: PathBuf,
    /// A server that sends nothing for this long is given up; a slow one is not.
    pub idle_timeout: Duration,
    /// The most one version may take on disk, checked before downloading.
    pub max_bytes: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The kiosk already shows this version (or a newer one).
    UpToDate(u64),
    Installed(u64),
    /// Signed, but the content has errors: not installed; what `kiosk check` says.
    Refused {
        version: u64,
        problems: Vec<String>,
    },
    /// Staff rolled back from `held`; `signed` is not newer, so it stays off screen.
    Held {
        signed: u64,
        held: u64,
    },
}

/// A check that got as far as verified metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub outcome: Outcome,
    /// Lines of this branch's `branch.toml` that tried to change signed numbers.
    pub local_refused: Vec<String>,
    /// The phone ids of those lines.
    pub local_refused_ids: Vec<String>,
    /// Signed files not stored because of their names (`name: why`).
    pub files_refused: Vec<String>,
}

/// The default for `Source::idle_timeout`.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// Checks once, installing a newer version if there is one. `local_branch`:
/// this branch's own `branch.toml`, merged into the signed one.
pub fn check(
    source: &Source,
    store: &Store,
    local_branch: Option<&Path>,
    languages: &[String],
) -> Result<Outcome, String> {
    check_report(source, store, local_branch, languages).map(|r| r.outcome).map_err(|f| f.message)
}

/// `check`, with everything staff and head office are told.
pub fn check_report(
    source: &Source,
    store: &Store,
    local_branch: Option<&Path>,
    languages: &[String],
) -> Result<Report, Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(Reason::Other, format!("cannot start the update check: {e}")))?;
    runtime.block_on(check_async(source, store, local_branch, languages))
}

async fn check_async(
    source: &Source,
    store: &Store,
    local_branch: Option<&Path>,
    languages: &[String],
) -> Result<Report, Failure> {
    let repo = load_recovering(source, store).await?;
    // targets.json's version: signed, and never lower than one seen before.
    let version = repo.targets().signed.version.get();
    let root_version = repo.root().signed.version.get();
    // Head office rotated its keys since the last good check: TUF's recovery
    // from a fast-forward attack — the newly signed version wins even if lower.
    let rotated = store.root_version().is_some_and(|v| root_version > v);
    let mut report = Report {
        outcome: Outcome::UpToDate(version),
        local_refused: Vec::new(),
        local_refused_ids: Vec::new(),
        files_refused: Vec::new(),
    };
    let disk = |e: std::io::Error| Failure::new(Reason::Disk, format!("cannot record the check: {e}"));
    if let Some(held) = store.hold().filter(|&h| version <= h && !rotated) {
        store.set_root_version(root_version).map_err(disk)?;
        report.outcome = Outcome::Held { signed: version, held };
        return Ok(report);
    }
    let current = store.current().map(|c| c.version);
    if current == Some(version) || (current > Some(version) && !rotated) {
        store.set_root_version(root_version).map_err(disk)?;
        report.outcome = Outcome::UpToDate(current.unwrap_or(version));
        return Ok(report);
    }
    let (planned, files_refused) = targets::plan(&repo);
    report.files_refused = files_refused;
    let staging =
        store.staging().map_err(|e| Failure::new(Reason::Disk, format!("cannot make a staging folder: {e}")))?;
    // Free space where the files will really be written: the store's disk.
    let budget = targets::check_budget(&planned, source.max_bytes, &staging);
    let staged = match budget {
        Ok(()) => stage(&repo, &planned, &staging, local_branch, &mut report).await,
        Err(e) => Err(e),
    };
    if let Err(e) = staged {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    let loaded = content::load_for(&staging, languages, true);
    if loaded.error_count() > 0 {
        let _ = std::fs::remove_dir_all(&staging);
        let problems = loaded.diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
        report.outcome = Outcome::Refused { version, problems };
        return Ok(report);
    }
    store
        .install(&staging, version)
        .map_err(|e| Failure::new(Reason::Disk, format!("cannot install version {version}: {e}")))?;
    store.clear_hold().and_then(|()| store.set_root_version(root_version)).map_err(disk)?;
    report.outcome = Outcome::Installed(version);
    Ok(report)
}

/// Loads and verifies the metadata. After a key rotation tough has already
/// stored the new root; if the old timestamp or snapshot (fast-forwarded by
/// an attacker, or by a typo) now blocks the newly signed ones, they are
/// forgotten and the load tried once more — only ever after a rotation,
/// which takes head office's root keys.
async fn load_recovering(source: &Source, store: &Store) -> Result<Repository, Failure> {
    match load(source).await {
        Err(f) if f.reason == Reason::Rollback && newer_root_stored(source, store) => {
            for name in ["timestamp.json", "snapshot.json", "targets.json"] {
                let _ = std::fs::remove_file(source.datastore.join(name));
            }
            load(source).await
        }
        other => other,
    }
}

fn newer_root_stored(source: &Source, store: &Store) -> bool {
    let stored = std::fs::read(source.datastore.join("root.json")).ok().and_then(|b| trusted_root::version(&b));
    matches!((stored, store.root_version()), (Some(now), Some(before)) if now > before)
}

async fn load(source: &Source) -> Result<Repository, Failure> {
    let root = trusted_root::newest(&source.root, &source.datastore)?;
    std::fs::create_dir_all(&source.datastore)
        .map_err(|e| Failure::new(Reason::Disk, format!("{}: {e}", source.datastore.display())))?;
    RepositoryLoader::new(&root, source.metadata.clone(), source.targets.clone())
        .transport(transport::IdleLimited::new(source.idle_timeout))
        .datastore(&source.datastore)
        .load()
        .await
        .map_err(|e| Failure::new(Reason::of(&e), format!("the update was refused: {}", chain(&e))))
}

/// Downloads into `staging` and merges this branch's own `branch.toml`.
async fn stage(
    repo: &Repository,
    planned: &[targets::Planned],
    staging: &Path,
    local_branch: Option<&Path>,
    report: &mut Report,
) -> Result<(), Failure> {
    targets::save_all(repo, planned, staging).await?;
    let Some(local) = local_branch.filter(|p| p.is_file()) else { return Ok(()) };
    let local_text =
        content::read_text(local).map_err(|e| Failure::new(Reason::Other, format!("{}: {e}", local.display())))?;
    let signed_path = staging.join("branch.toml");
    let signed = std::fs::read_to_string(&signed_path).unwrap_or_default();
    let merged = branch_merge::merge(&signed, &local_text);
    report.local_refused = merged.refused.iter().map(ToString::to_string).collect();
    report.local_refused_ids = merged.refused_ids;
    std::fs::write(&signed_path, merged.text)
        .map_err(|e| Failure::new(Reason::Disk, format!("{}: {e}", signed_path.display())))
}
