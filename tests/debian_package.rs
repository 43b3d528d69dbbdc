//! The Debian package as a branch meets it: built with cargo-deb, rated by
//! lintian, then installed, upgraded and purged on a clean Debian 12 root by
//! `deploy/check-package.sh` (README "Setting up a lobby PC"). Needs root,
//! debootstrap and a Debian mirror, as CI has (`./x test` installs the tools).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{command:?} failed:\n{text}");
    text
}

/// Builds the package (the release build), and the same files again as a
/// newer version, for the upgrade.
fn packages() -> (PathBuf, PathBuf) {
    let dir = repo().join("target/debian-test");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("target/debian-test");
    // Each in a folder of its own: cargo-deb clears other packages from where it writes.
    let (old, new) = (dir.join("old/elder-kiosk.deb"), dir.join("new/elder-kiosk.deb"));
    for folder in ["old", "new"] {
        std::fs::create_dir_all(dir.join(folder)).expect("package folder");
    }
    run(Command::new("cargo").current_dir(repo()).args(["deb", "--locked", "--output"]).arg(&old));
    let version = run(Command::new("dpkg-deb").arg("-f").arg(&old).arg("Version"));
    let newer = format!("{}+upgrade", version.trim());
    run(Command::new("cargo")
        .current_dir(repo())
        .args(["deb", "--no-build", "--deb-version", &newer, "--output"])
        .arg(&new));
    (old, new)
}

#[test]
fn the_package_passes_lintian_and_installs_upgrades_and_purges_on_a_clean_debian() {
    let uid = run(Command::new("id").arg("-u"));
    assert_eq!(uid.trim(), "0", "installing on a debootstrap root needs root (CI runs as root)");
    let (old, new) = packages();
    let lintian = run(Command::new("lintian").args(["--fail-on", "error,warning", "--no-tag-display-limit"]).arg(&old));
    assert!(!lintian.contains("E: ") && !lintian.contains("W: "), "lintian:\n{lintian}");
    let check = run(Command::new("bash").arg(repo().join("deploy/check-package.sh")).arg(&old).arg(&new));
    assert!(check.contains("package check passed"), "{check}");
}
