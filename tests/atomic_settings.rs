//! A power cut or a killed process in the middle of saving settings leaves the
//! old file or the new one, never a torn one. A child process saves settings
//! in a tight loop and is killed (SIGKILL) at varying moments, forty times.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use kiosk::staff::{Settings, SettingsFile};

const CHILD: &str = "KIOSK_TEST_SETTINGS_WRITER";

/// Not a test on its own: the writer the other test runs and kills.
#[test]
fn settings_writer_child() {
    let Some(path) = std::env::var_os(CHILD).map(PathBuf::from) else { return };
    let mut file = SettingsFile::load(&path);
    let mut n = 0u64;
    loop {
        // Big enough that a write takes a while; every value marks the round.
        file.settings.kiosk_id = format!("round-{n}-{}", "大堂".repeat(2000));
        file.settings.idle_warning_seconds = 30 + (n % 500) as u32;
        file.save().expect("save");
        n += 1;
    }
}

#[test]
fn settings_survive_being_killed_mid_write() {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("settings.toml");
    SettingsFile { path: Some(path.clone()), settings: Settings::default(), note: None }.save().expect("first save");
    let me = std::env::current_exe().expect("test binary");
    let mut rounds_seen = std::collections::BTreeSet::new();
    for round in 0..40u64 {
        let mut child = Command::new(&me)
            .args(["settings_writer_child", "--exact", "--nocapture"])
            .env(CHILD, &path)
            .spawn()
            .expect("child");
        std::thread::sleep(Duration::from_millis(20 + (round * 13) % 70));
        child.kill().expect("kill");
        let _ = child.wait();
        let loaded = SettingsFile::load(&path);
        assert_eq!(loaded.note, None, "round {round}: the file is torn or unreadable");
        let id = &loaded.settings.kiosk_id;
        assert!(id == "kiosk-1" || id.starts_with("round-"), "round {round}: {}", &id[..id.len().min(40)]);
        rounds_seen.insert(id.split('-').nth(1).map(str::to_owned));
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 1, "round {round}: only settings.toml remains");
    }
    assert!(rounds_seen.len() > 5, "the writer got far enough to be killed mid-write: {rounds_seen:?}");
}

/// Settings hold the PIN's hash and the alert address; state files hold the
/// PIN lock and counts. None is readable by other users, from the first write.
#[test]
fn settings_and_state_files_are_private_from_the_first_write() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp");
    let mode = |p: &std::path::Path| std::fs::metadata(p).expect("written").permissions().mode() & 0o777;
    let mut file = kiosk::staff::SettingsFile::load(&dir.path().join("settings.toml"));
    file.settings.pin_hash = Some(kiosk::staff::pin::hash("274915").expect("hash"));
    file.save().expect("save");
    assert_eq!(mode(&dir.path().join("settings.toml")), 0o600);
    let lock = dir.path().join("state/pin-lock.toml");
    kiosk::staff::atomic::write(&lock, b"failures = 1\n").expect("write");
    assert_eq!(mode(&lock), 0o600);
}
