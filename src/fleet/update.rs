//! One update check against head office's TUF repository: `tough` verifies the
//! metadata (signatures and threshold, expiry, versions that never go down —
//! kept in the datastore across restarts — and root key rotation) and each
//! target's hash and length while downloading it into a staging folder. The
//! staged content then passes the same checks as `kiosk check`; only then is
//! it installed (atomically, see `store.rs`). Anything wrong leaves the
//! current content on screen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tough::{HttpTransportBuilder, Prefix, RepositoryLoader};
use url::Url;

use super::store::Store;
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
    /// A slow or hanging server is given up after this; the next check tries again.
    pub timeout: Duration,
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
}

/// The default for `Source::timeout`.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Checks once, installing a newer version if there is one. `local_branch`:
/// this branch's own `branch.toml`, which replaces the bundle's.
pub fn check(
    source: &Source,
    store: &Store,
    local_branch: Option<&Path>,
    languages: &[String],
) -> Result<Outcome, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the update check: {e}"))?;
    runtime.block_on(check_async(source, store, local_branch, languages))
}

async fn check_async(
    source: &Source,
    store: &Store,
    local_branch: Option<&Path>,
    languages: &[String],
) -> Result<Outcome, String> {
    let root = std::fs::read(&source.root).map_err(|e| format!("cannot read {}: {e}", source.root.display()))?;
    std::fs::create_dir_all(&source.datastore).map_err(|e| format!("{}: {e}", source.datastore.display()))?;
    let transport =
        HttpTransportBuilder::new().timeout(source.timeout).connect_timeout(source.timeout).tries(1).build();
    let repo = RepositoryLoader::new(&root, source.metadata.clone(), source.targets.clone())
        .transport(transport)
        .datastore(&source.datastore)
        .load()
        .await
        .map_err(|e| format!("the update was refused: {}", chain(&e)))?;
    // targets.json's version: signed, and never lower than one seen before.
    let version = repo.targets().signed.version.get();
    if store.current().is_some_and(|c| c.version >= version) {
        return Ok(Outcome::UpToDate(version));
    }
    let staging = store.staging().map_err(|e| format!("cannot make a staging folder: {e}"))?;
    let result = download(&repo, &staging).await.and_then(|()| local_wins(&staging, local_branch));
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    let loaded = content::load_for(&staging, languages, true);
    if loaded.error_count() > 0 {
        let _ = std::fs::remove_dir_all(&staging);
        let problems = loaded.diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
        return Ok(Outcome::Refused { version, problems });
    }
    store.install(&staging, version).map_err(|e| format!("cannot install version {version}: {e}"))?;
    Ok(Outcome::Installed(version))
}

async fn download(repo: &tough::Repository, staging: &Path) -> Result<(), String> {
    let pictures = staging.join("images");
    std::fs::create_dir_all(&pictures).map_err(|e| format!("{}: {e}", pictures.display()))?;
    for (name, _) in repo.all_targets() {
        // `tuftool --add-targets` names files without their folder: a picture
        // named on its own goes where the content files expect it, images/.
        let flat_picture = !name.resolved().contains('/') && is_picture(name.resolved());
        let dir = if flat_picture { pictures.as_path() } else { staging };
        // tough checks hash and length, and keeps paths inside `dir`.
        repo.save_target(name, dir, Prefix::None)
            .await
            .map_err(|e| format!("{} was refused: {}", name.raw(), chain(&e)))?;
    }
    Ok(())
}

fn is_picture(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg"].iter().any(|ext| lower.ends_with(ext))
}

/// This branch's `branch.toml` (its address, hours, numbers) replaces the bundle's.
fn local_wins(staging: &Path, local_branch: Option<&Path>) -> Result<(), String> {
    let Some(local) = local_branch.filter(|p| p.is_file()) else { return Ok(()) };
    std::fs::copy(local, staging.join("branch.toml")).map(|_| ()).map_err(|e| format!("{}: {e}", local.display()))
}

/// An error with its causes, on one line, for staff.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}
