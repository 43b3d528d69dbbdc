//! A power cut or a killed process in the middle of saving settings leaves the
//! old file or the new one, never a torn one. A child process saves settings
//! in a tight loop and is killed (SIGKILL) at varying moments, forty times.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use kiosk::staff::{Settings, SettingsFile};

mod support;

const CHILD: &str = "KIOSK_TEST_SETTINGS_WRITER";

/// The writer the other test runs and kills. Ignored: it runs only as that child.
#[test]
#[ignore = "started by settings_survive_being_killed_mid_write as its own process"]
fn settings_writer_child() {
    let path = std::env::var_os(CHILD).map(PathBuf::from).expect("started by the parent test with the file's path");
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
    let mut mid_write = 0;
    for round in 0..40u64 {
        // Read as bytes: loading would tidy the child's temporary file away.
        let before = std::fs::read(&path).expect("settings");
        let mut child = Command::new(&me)
            .args(["settings_writer_child", "--exact", "--ignored"])
            .env(CHILD, &path)
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("child");
        // Killed only once it is writing (a save has landed), however slow the machine.
        let writing = support::wait_for(Duration::from_secs(60), || {
            (std::fs::read(&path).is_ok_and(|now| now != before)).then_some(())
        });
        assert!(writing.is_some(), "round {round}: the writer saves");
        std::thread::sleep(Duration::from_millis((round * 13) % 30));
        child.kill().expect("kill");
        let _ = child.wait();
        let saving = std::fs::read_dir(dir.path()).expect("dir").flatten();
        mid_write += saving.filter(|e| e.file_name().to_string_lossy().starts_with(".saving-")).count().min(1);
        let loaded = SettingsFile::load(&path);
        assert_eq!(loaded.note, None, "round {round}: the file is torn or unreadable");
        let id = &loaded.settings.kiosk_id;
        assert!(id == "kiosk-1" || id.starts_with("round-"), "round {round}: {}", &id[..id.len().min(40)]);
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 1, "round {round}: only settings.toml remains");
    }
    assert!(mid_write > 0, "some kills landed in the middle of a write ({mid_write} of 40)");
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
