//! The disk fails under the kiosk: full, read-only, or the state folder gone.
//! The file on disk stays the old one (never torn, no leftovers), staff see
//! what went wrong, and the customer screen carries on.

mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};

use egui_kittest::kittest::Queryable;
use kiosk::staff::{AtomicDisk, Disk, SettingsFile};
use support::staff::*;
use support::*;

/// The file-size limit is per process: the tests here take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `f` with writes past `bytes` into any file failing (EFBIG), as on a
/// full disk; the limit is lifted again afterwards.
fn with_file_size_limit<T>(bytes: u64, f: impl FnOnce() -> T) -> T {
    let mut old = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: plain system calls on valid pointers; SIGXFSZ ignored so the
    // write returns an error instead of killing the process.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        assert_eq!(libc::getrlimit(libc::RLIMIT_FSIZE, &mut old), 0);
        let limited = libc::rlimit { rlim_cur: bytes, rlim_max: old.rlim_max };
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &limited), 0);
    }
    let out = f();
    // SAFETY: as above, restoring the limit read before.
    unsafe { assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &old), 0) };
    out
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).expect("dir").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn a_full_disk_keeps_the_old_settings_and_counts_and_leaves_nothing_behind() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("settings.toml");
    let mut file = SettingsFile::load(&path);
    file.settings.kiosk_id = "before".into();
    file.save().expect("first save");
    let counts = dir.path().join("counts.toml");
    AtomicDisk.write(&counts, b"[days]\n").expect("first counts");

    let (settings_result, counts_result) = with_file_size_limit(16 * 1024, || {
        // Each too big for what is left on the "disk".
        file.settings.kiosk_id = "after-".repeat(10_000);
        let settings = file.save();
        let counts_result = AtomicDisk.write(&counts, "x = 1\n".repeat(10_000).as_bytes());
        (settings, counts_result)
    });
    assert!(settings_result.is_err() && counts_result.is_err(), "the writes fail");
    assert_eq!(SettingsFile::load(&path).settings.kiosk_id, "before", "the old settings survive");
    assert_eq!(std::fs::read_to_string(&counts).expect("counts"), "[days]\n", "the old counts survive");
    assert_eq!(names_in(dir.path()), ["counts.toml", "settings.toml"], "no half-written temporary files");
}

#[test]
fn a_full_disk_during_a_content_download_keeps_the_content_on_screen() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().expect("temp");
    let store = kiosk::fleet::Store::open(dir.path()).expect("store");
    let first = store.staging().expect("staging");
    std::fs::write(first.join("fraud.toml"), "version 1").expect("write");
    store.install(&first, 1).expect("install");
    let staged = with_file_size_limit(16 * 1024, || {
        let next = store.staging()?;
        std::fs::write(next.join("fraud.toml"), "version 2\n".repeat(10_000))?;
        store.install(&next, 2)
    });
    assert!(staged.is_err(), "the download fails on the full disk");
    let reopened = kiosk::fleet::Store::open(dir.path()).expect("reopen");
    assert_eq!(reopened.current().map(|c| c.version), Some(1), "version 1 stays on screen");
    let text = std::fs::read_to_string(reopened.current_link().join("fraud.toml")).expect("read");
    assert_eq!(text, "version 1");
    assert_eq!(names_in(dir.path()), ["current", "versions"], "the half download is cleared");
}

/// A disk where every write fails with this OS error.
struct Failing(i32);

impl Disk for Failing {
    fn write(&self, _: &Path, _: &[u8]) -> std::io::Result<()> {
        Err(std::io::Error::from_raw_os_error(self.0))
    }
}

#[test]
fn with_a_full_or_read_only_disk_staff_are_told_and_customers_carry_on() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    for (errno, said) in [(libc::ENOSPC, "No space left on device"), (libc::EROFS, "Read-only file system")] {
        let dir = tempfile::tempdir().expect("temp");
        let files = staff_files(dir.path(), |s| s.idle_warning_seconds = 90);
        let before = std::fs::read_to_string(&files.settings).expect("settings");
        let mut cfg = config();
        cfg.staff_files = Some(files.clone());
        cfg.disk = Arc::new(Failing(errno));
        let mut h = harness_with(LANDSCAPE, cfg, false);

        // Customers: every tap is counted, none of it can be saved; the screens work.
        tap(&mut h, "防骗提醒");
        tap(&mut h, "冒充公检法");
        assert!(shows(&h, "怎么识别"), "{said}: the scam page shows");
        tap(&mut h, "首页");

        // Staff change a setting: it cannot be saved, and the panel says so.
        corner_taps(&mut h, 5);
        type_pin(&mut h, PIN);
        assert!(shows_on_some_page(&mut h, "无操作提醒：90 秒", "下一页"));
        tap(&mut h, "无操作提醒：90 秒");
        let told = h.query_all_by_label_contains("设置没有保存").next().is_some()
            && h.query_all_by_label_contains(said).next().is_some();
        assert!(told, "{said}: staff see that the settings were not saved, and why");
        assert_eq!(std::fs::read_to_string(&files.settings).expect("settings"), before, "{said}: the old file");
        tap(&mut h, "首页");
        tap(&mut h, "便民设施");
        assert!(has_button(&h, "老花镜（示例）"), "{said}: the customer screens still work");
    }
}

#[test]
fn the_state_folder_deleted_while_running_comes_back_with_the_next_save() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let mut h = kiosk_with(&files, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "冒充公检法");
    assert!(files.state_dir.is_dir(), "the counts are saved");
    std::fs::remove_dir_all(&files.state_dir).expect("delete the state folder");
    tap(&mut h, "返回");
    tap(&mut h, "冒充公检法");
    assert!(shows(&h, "怎么识别"), "the page shows");
    let counts = std::fs::read_dir(&files.state_dir).expect("the folder is back").count();
    assert!(counts >= 1, "the next count is saved in a new state folder");
}
