//! The files of a signed version, before and while they are written: names
//! this PC can store (one bad name is refused on its own, with its reason),
//! and a size budget checked before the first byte is downloaded, so a signed
//! but enormous version cannot fill the kiosk's disk.

use std::path::Path;

use tough::{Prefix, Repository, TargetName};

use super::failure::{Failure, Reason};

/// The default for the total size of one version (`fleet.max_download_mib`).
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// A file that will be written, and where.
pub struct Planned {
    pub name: TargetName,
    pub length: u64,
    /// The folder it goes into: `images/` for a picture and `narration/` for a
    /// recording published by its name alone (as tuftool names them), else the top folder.
    pub folder: Option<&'static str>,
}

/// Where files published by their name alone belong, by how their names end.
const FOLDERS: [(&str, &[&str]); 2] = [("images", &[".png", ".jpg", ".jpeg"]), ("narration", &[".wav"])];

/// The files to fetch, and the ones refused for their names (`name: why`).
pub fn plan(repo: &Repository) -> (Vec<Planned>, Vec<String>) {
    let all: Vec<(&TargetName, u64)> = repo.all_targets().map(|(n, t)| (n, t.length)).collect();
    let mut planned = Vec::new();
    let mut refused = Vec::new();
    for &(name, length) in &all {
        let raw = name.raw();
        match name_problem(raw, all.iter().map(|(n, _)| n.raw())) {
            Some(why) => refused.push(format!("{raw}: {why}")),
            None => planned.push(Planned { name: name.clone(), length, folder: folder_of(raw) }),
        }
    }
    (planned, refused)
}

/// Why a target's name cannot be stored, if it cannot.
pub fn name_problem<'a>(raw: &str, all: impl Iterator<Item = &'a str>) -> Option<String> {
    if raw.starts_with('/') {
        return Some("an absolute name; names must be inside the content folder".into());
    }
    let parts: Vec<&str> = raw.split('/').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Some("an empty folder name (\"//\" or a trailing \"/\")".into());
    }
    if parts.iter().any(|p| *p == ".." || *p == ".") {
        return Some("\"..\" or \".\" in the name; names must not climb out of their folder".into());
    }
    if let Some(long) = parts.iter().find(|p| p.len() > 255) {
        return Some(format!("a part of {} bytes; the file system allows 255", long.len()));
    }
    // "images" as a file, or "fraud.toml/x" beside a file "fraud.toml": one would replace the other.
    let as_folder = format!("{raw}/");
    let is_folder = FOLDERS.iter().any(|(folder, _)| raw == *folder);
    let clashes = |other: &str| other.starts_with(&as_folder) || (is_folder && other != raw);
    if all.into_iter().any(clashes) {
        return Some("the same name is also a folder; one would replace the other".into());
    }
    None
}

fn folder_of(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let ends = |endings: &[&str]| endings.iter().any(|e| lower.ends_with(e));
    FOLDERS.iter().find(|(_, endings)| !name.contains('/') && ends(endings)).map(|(folder, _)| *folder)
}

/// Refuses a version larger than `max_bytes`, or one the disk under `dir`
/// cannot hold twice over (the old version stays until the new one is whole).
pub fn check_budget(planned: &[Planned], max_bytes: u64, dir: &Path) -> Result<(), Failure> {
    let total = planned.iter().fold(0u64, |sum, p| sum.saturating_add(p.length));
    let mib = |b: u64| b.div_ceil(1024 * 1024);
    if total > max_bytes {
        return Err(Failure::new(
            Reason::Disk,
            format!(
                "this version is {} MiB; this kiosk takes at most {} MiB (max_download_mib in /etc/elder-kiosk/fleet.toml); nothing was downloaded",
                mib(total),
                mib(max_bytes)
            ),
        ));
    }
    let free = free_bytes(dir).map_err(|e| Failure::new(Reason::Disk, format!("cannot see free disk space: {e}")))?;
    if free < total.saturating_mul(2) {
        return Err(Failure::new(
            Reason::Disk,
            format!("this version is {} MiB and the disk has {} MiB free; it needs twice that", mib(total), mib(free)),
        ));
    }
    Ok(())
}

fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    let stat = rustix::fs::statvfs(dir)?;
    Ok(stat.f_bavail.saturating_mul(stat.f_frsize))
}

/// Downloads every planned file into `staging`; tough checks each one's
/// length and hash as it arrives and keeps it inside the folder.
pub async fn save_all(repo: &Repository, planned: &[Planned], staging: &Path) -> Result<(), Failure> {
    for (folder, _) in FOLDERS {
        let dir = staging.join(folder);
        std::fs::create_dir_all(&dir).map_err(|e| Failure::new(Reason::Disk, format!("{}: {e}", dir.display())))?;
    }
    for p in planned {
        let dir = p.folder.map_or_else(|| staging.to_path_buf(), |folder| staging.join(folder));
        repo.save_target(&p.name, &dir, Prefix::None).await.map_err(|e| {
            let reason = Reason::of(&e);
            Failure::new(reason, format!("{} was refused: {}", p.name.raw(), super::failure::chain(&e)))
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{folder_of, name_problem};

    #[test]
    fn pictures_and_recordings_published_by_name_go_where_content_looks_for_them() {
        assert_eq!(folder_of("glasses.PNG"), Some("images"));
        assert_eq!(folder_of("home-1.zh-HK.0a1b2c3d.wav"), Some("narration"));
        assert_eq!(folder_of("fraud.toml"), None);
        assert_eq!(folder_of("images/glasses.png"), None, "a name with its folder keeps it");
    }

    #[test]
    fn unusable_names_are_named_with_their_reason() {
        let all = ["fraud.toml", "fraud.toml/x", "images", "images/a.png", "narration"];
        let problem = |n: &str| name_problem(n, all.iter().copied());
        assert!(problem("/etc/passwd").is_some_and(|p| p.contains("absolute")));
        assert!(problem("a/../b.toml").is_some_and(|p| p.contains("..")));
        assert!(problem("a//b.toml").is_some_and(|p| p.contains("empty")));
        assert!(problem(&"x".repeat(256)).is_some_and(|p| p.contains("255")));
        assert!(problem("fraud.toml").is_some_and(|p| p.contains("folder")));
        assert!(problem("images").is_some_and(|p| p.contains("folder")));
        assert!(problem("narration").is_some_and(|p| p.contains("folder")));
        assert_eq!(problem("images/a.png"), None);
        assert_eq!(problem(&"x".repeat(255)), None);
    }
}
