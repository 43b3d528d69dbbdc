//! Content versions from head office, on disk so that a power cut or `kill -9`
//! at any moment leaves the old content or the new, never a mix:
//!
//! ```text
//! <root>/versions/<N>/   one complete content folder per installed version
//! <root>/current         symlink to the version on screen (replaced by rename)
//! <root>/previous        symlink to the one before, for `kiosk content rollback`
//! <root>/staging-…/      a download in progress; removed when the store opens
//! <root>/hold            after a staff rollback: the version rolled back from;
//!                        nothing up to it is installed again
//! <root>/root-version    the root.json version of the last successful check
//! ```
//!
//! A version folder is written in staging, flushed, and renamed into place
//! whole; the `current` link is replaced by renaming a new link over it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub struct Store {
    root: PathBuf,
}

/// The content on screen: its version and its folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Installed {
    pub version: u64,
    pub dir: PathBuf,
}

impl Store {
    /// Opens (or creates) the store and clears downloads a killed run left.
    pub fn open(root: &Path) -> io::Result<Self> {
        fs::create_dir_all(root.join("versions"))?;
        for entry in fs::read_dir(root)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("staging-") || name.starts_with(".link-") {
                let _ = fs::remove_dir_all(entry.path()).or_else(|_| fs::remove_file(entry.path()));
            }
        }
        Ok(Self { root: root.to_path_buf() })
    }

    /// The folder the kiosk shows: `current`, followed by the file system.
    pub fn current_link(&self) -> PathBuf {
        self.root.join("current")
    }

    pub fn current(&self) -> Option<Installed> {
        self.installed("current")
    }

    pub fn previous(&self) -> Option<Installed> {
        self.installed("previous")
    }

    fn installed(&self, link: &str) -> Option<Installed> {
        let target = fs::read_link(self.root.join(link)).ok()?;
        let version = target.file_name()?.to_str()?.parse().ok()?;
        let dir = self.root.join("versions").join(version_name(version));
        dir.is_dir().then_some(Installed { version, dir })
    }

    /// A fresh, empty folder to download a version into.
    pub fn staging(&self) -> io::Result<PathBuf> {
        let dir = self.root.join(format!("staging-{}-{}", std::process::id(), fastrand::u64(..)));
        fs::create_dir(&dir)?;
        Ok(dir)
    }

    /// Puts a complete, checked version on screen: the staged folder becomes
    /// `versions/<version>`, the old current becomes `previous`.
    pub fn install(&self, staged: &Path, version: u64) -> io::Result<Installed> {
        sync_tree(staged)?;
        let dir = self.root.join("versions").join(version_name(version));
        if dir.exists() {
            // Already here (installed before, then rolled back): it is whole.
            fs::remove_dir_all(staged)?;
        } else {
            fs::rename(staged, &dir)?;
            sync_dir(&self.root.join("versions"))?;
        }
        if let Some(old) = self.current().filter(|c| c.version != version) {
            self.point("previous", old.version)?;
        }
        self.point("current", version)?;
        self.prune();
        Ok(Installed { version, dir })
    }

    /// Swaps current and previous (staff: `kiosk content rollback`), and holds
    /// there: the next check must not put back what staff just took off
    /// screen, only a version head office publishes after it.
    pub fn rollback(&self) -> io::Result<Installed> {
        let (Some(current), Some(previous)) = (self.current(), self.previous()) else {
            return Err(io::Error::new(io::ErrorKind::NotFound, "there is no previous version to go back to"));
        };
        if current.version > previous.version {
            let held = self.hold().map_or(current.version, |h| h.max(current.version));
            self.write_number("hold", held)?;
        }
        self.point("previous", current.version)?;
        self.point("current", previous.version)?;
        Ok(previous)
    }

    /// The version rolled back from, while staff's rollback holds.
    pub fn hold(&self) -> Option<u64> {
        self.read_number("hold")
    }

    /// A version newer than the hold was published: the hold has done its job.
    pub fn clear_hold(&self) -> io::Result<()> {
        match fs::remove_file(self.root.join("hold")) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// The root.json version this kiosk trusted at its last successful check.
    pub fn root_version(&self) -> Option<u64> {
        self.read_number("root-version")
    }

    pub fn set_root_version(&self, version: u64) -> io::Result<()> {
        if self.root_version() == Some(version) {
            return Ok(());
        }
        self.write_number("root-version", version)
    }

    fn read_number(&self, name: &str) -> Option<u64> {
        fs::read_to_string(self.root.join(name)).ok()?.trim().parse().ok()
    }

    fn write_number(&self, name: &str, value: u64) -> io::Result<()> {
        crate::staff::atomic::write(&self.root.join(name), format!("{value}\n").as_bytes())
    }

    /// Makes `link` point at `versions/<version>`: a new link renamed over the old.
    fn point(&self, link: &str, version: u64) -> io::Result<()> {
        let tmp = self.root.join(format!(".link-{}-{}", std::process::id(), fastrand::u64(..)));
        symlink(&Path::new("versions").join(version_name(version)), &tmp)?;
        fs::rename(&tmp, self.root.join(link))?;
        sync_dir(&self.root)
    }

    /// Removes versions that are neither current nor previous.
    fn prune(&self) {
        let keep: Vec<u64> = [self.current(), self.previous()].into_iter().flatten().map(|i| i.version).collect();
        let Ok(entries) = fs::read_dir(self.root.join("versions")) else { return };
        for entry in entries.flatten() {
            let version: Option<u64> = entry.file_name().to_str().and_then(|n| n.parse().ok());
            if version.is_some_and(|v| !keep.contains(&v)) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Zero-padded, so folders sort in version order.
fn version_name(version: u64) -> String {
    format!("{version:012}")
}

/// Flushes every file of a staged folder, then the folder itself.
fn sync_tree(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sync_tree(&path)?;
        } else {
            fs::File::open(&path)?.sync_all()?;
        }
    }
    sync_dir(dir)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

#[cfg(not(unix))]
fn symlink(_target: &Path, _link: &Path) -> io::Result<()> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "content updates from head office need Linux"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staged(store: &Store, marker: &str) -> PathBuf {
        let dir = store.staging().expect("staging");
        fs::write(dir.join("fraud.toml"), marker).expect("write");
        dir
    }

    #[test]
    fn install_keeps_the_previous_version_and_rollback_swaps_them() {
        let root = tempfile::tempdir().expect("temp");
        let store = Store::open(root.path()).expect("open");
        assert_eq!(store.current(), None);
        store.install(&staged(&store, "v1"), 1).expect("install 1");
        store.install(&staged(&store, "v2"), 2).expect("install 2");
        store.install(&staged(&store, "v3"), 3).expect("install 3");
        let read = |s: &Store| fs::read_to_string(s.current_link().join("fraud.toml")).expect("read");
        assert_eq!((store.current().map(|c| c.version), store.previous().map(|p| p.version)), (Some(3), Some(2)));
        assert_eq!(read(&store), "v3");
        let names: Vec<String> = fs::read_dir(root.path().join("versions"))
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "only current and previous are kept: {names:?}");
        assert_eq!(store.rollback().expect("rollback").version, 2);
        assert_eq!(read(&store), "v2");
        assert_eq!(store.previous().map(|p| p.version), Some(3), "and forward again is one more rollback");
        // A download a killed run left behind is cleared on opening.
        let left = store.staging().expect("staging");
        let reopened = Store::open(root.path()).expect("reopen");
        assert!(!left.exists());
        assert_eq!(read(&reopened), "v2");
    }
}
