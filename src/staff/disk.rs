//! How staff files reach the disk. The app writes through this trait on its
//! background worker, so a test can put a slow or failing disk in its place.

use std::path::Path;

pub trait Disk: Send + Sync {
    /// Replaces the file at `path` with `bytes`: the old or the new content,
    /// never a torn mix.
    fn write(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()>;
}

/// The real disk, written atomically (temp file, fsync, rename, folder fsync).
pub struct AtomicDisk;

impl Disk for AtomicDisk {
    fn write(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        super::atomic::write(path, bytes)
    }
}
