//! Whom the kiosk trusts for content — the repository's address and the
//! root.json that signs it — is a decision for the PC's administrator, not
//! for staff or for the user the kiosk runs as. It lives in a root-owned file,
//! `/etc/elder-kiosk/fleet.toml`; that file, and the root.json it names, are
//! refused if the kiosk's own user (or any group or other user) could write
//! them: a kiosk that can change what it trusts trusts whoever controls it.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Where the installer puts the trust settings.
pub const TRUST_FILE: &str = "/etc/elder-kiosk/fleet.toml";

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trust {
    /// Head office's repository: metadata under `metadata/`, files under `targets/`.
    pub repository: String,
    /// The root.json shipped with the install (default: beside this file).
    pub root: Option<PathBuf>,
    /// The most one version may take on disk, in MiB (default 200).
    pub max_download_mib: Option<u64>,
}

impl Trust {
    /// The root.json to start from.
    pub fn root_path(&self, trust_file: &Path) -> PathBuf {
        self.root.clone().unwrap_or_else(|| trust_file.with_file_name("root.json"))
    }
}

/// Reads the trust file: `Ok(None)` when there is none; `Err` when there is
/// one that must not be used (and the kiosk then takes no updates at all).
pub fn read(path: &Path) -> Result<Option<Trust>, String> {
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    owner_problem(metadata.uid(), metadata.mode()).map_or(Ok(()), |p| Err(format!("{}: {p}", path.display())))?;
    let text = crate::content::read_text(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let trust: Trust = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let root = trust.root_path(path);
    let root_meta = std::fs::metadata(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    owner_problem(root_meta.uid(), root_meta.mode()).map_or(Ok(()), |p| Err(format!("{}: {p}", root.display())))?;
    Ok(Some(trust))
}

/// Why a trust file with this owner and mode must not be used, if it must
/// not: only root may be able to change it (the kiosk never runs as root).
pub fn owner_problem(owner: u32, mode: u32) -> Option<String> {
    if mode & 0o022 != 0 {
        return Some(format!(
            "other users can change this file (mode {:o}); run `chmod go-w` on it as root",
            mode & 0o777
        ));
    }
    if owner != 0 {
        return Some(format!("owned by user {owner}, not root; run `chown root:root` on it as root"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn only_root_may_decide_whom_the_kiosk_trusts() {
        assert_eq!(owner_problem(0, 0o100644), None);
        assert!(owner_problem(1000, 0o100644).is_some_and(|p| p.contains("not root")), "its own file");
        assert!(owner_problem(0, 0o100664).is_some_and(|p| p.contains("go-w")), "group-writable");
        assert!(owner_problem(0, 0o100646).is_some_and(|p| p.contains("go-w")), "world-writable");
    }

    #[test]
    fn a_writable_trust_file_is_refused_on_disk() {
        let dir = tempfile::tempdir().expect("temp");
        let file = dir.path().join("fleet.toml");
        std::fs::write(&file, "repository = \"https://evil.example/\"\n").expect("write");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).expect("chmod");
        let refused = read(&file).expect_err("a file anyone can write is not trusted");
        assert!(refused.contains("go-w"), "{refused}");
        assert_eq!(read(&dir.path().join("missing.toml")), Ok(None));
    }
}
