//! A lobby PC's disk may be slow (an old SSD, a busy SD card). Saving counts,
//! the PIN lock and settings happens on the background worker: with a disk
//! that takes a whole second per write, every frame still ends in normal time,
//! and everything is on disk afterwards.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kiosk::app::KioskApp;
use kiosk::kiosk::Screen;
use kiosk::staff::{AtomicDisk, Disk, SettingsFile, StaffFiles};
use support::*;

/// Each write blocks for a second, then goes to the real disk.
struct SlowDisk;

impl Disk for SlowDisk {
    fn write(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::thread::sleep(Duration::from_secs(1));
        AtomicDisk.write(path, bytes)
    }
}

/// Far below the one second a write takes: a frame that waited for the disk
/// could not finish in it.
const FRAME_BUDGET: Duration = Duration::from_millis(400);

/// Clicks a widget and runs frames until the screen is still, timing each
/// frame; returns the slowest.
fn click_and_time(h: &mut Harness<'static, KioskApp>, label: &str) -> Duration {
    h.get_by_label(label).click();
    let mut slowest = Duration::ZERO;
    for _ in 0..6 {
        let started = Instant::now();
        h.step();
        slowest = slowest.max(started.elapsed());
    }
    h.state().clock().advance(1.0);
    slowest
}

fn wait_for_worker(h: &mut Harness<'static, KioskApp>) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while h.state().busy() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    settle(h);
}

#[test]
fn frames_end_in_normal_time_while_a_slow_disk_saves_counts_pin_and_settings() {
    let dir = tempfile::tempdir().expect("temp");
    let files = StaffFiles { settings: dir.path().join("settings.toml"), state_dir: dir.path().join("state") };
    let mut file = SettingsFile::load(&files.settings);
    file.settings.pin_hash = Some(kiosk::staff::pin::hash("274915").expect("hash"));
    file.save().expect("settings");
    let mut cfg = config();
    cfg.staff_files = Some(files.clone());
    cfg.disk = Arc::new(SlowDisk);
    let mut h = harness_with(LANDSCAPE, cfg, false);

    let mut slowest = Vec::new();
    // Counted taps: a scam page is opened twice.
    for label in ["防骗提醒", "冒充公检法", "返回", "冒充公检法"] {
        slowest.push((label, click_and_time(&mut h, label)));
    }
    slowest.push(("首页", click_and_time(&mut h, "首页")));
    // The staff corner, a wrong PIN (written to the lock file), then the right one.
    for _ in 0..5 {
        h.get_by_label("长辈版").click();
        h.run();
        h.state().clock().advance(0.3);
    }
    for digit in ["1", "1", "1", "1", "1", "1", "确定", "2", "7", "4", "9", "1", "5", "确定"] {
        slowest.push((digit, click_and_time(&mut h, digit)));
        if digit == "确定" {
            wait_for_worker(&mut h);
        }
    }
    assert_eq!(h.state().session().screen(), &Screen::Staff, "the right PIN opened the panel");
    // A setting: saved by the worker.
    assert!(shows_on_some_page(&mut h, "无操作提醒：90 秒", "下一页"));
    slowest.push(("setting", click_and_time(&mut h, "无操作提醒：90 秒")));

    let over: Vec<String> = slowest
        .iter()
        .filter(|(_, t)| *t > FRAME_BUDGET)
        .map(|(what, t)| format!("{what}: {} ms", t.as_millis()))
        .collect();
    assert!(over.is_empty(), "frames that waited for the disk: {over:?}");
    assert!(h.state().busy(), "the slow disk is still writing when the taps are done");

    wait_for_worker(&mut h);
    let usage = std::fs::read_to_string(files.usage()).expect("usage counts written");
    assert!(usage.contains("fake-police = 2"), "{usage}");
    let lock = std::fs::read_to_string(files.pin_lock()).expect("PIN lock written");
    assert!(lock.contains("failures = 0"), "the right PIN cleared the count: {lock}");
    let saved = SettingsFile::load(&files.settings);
    assert_eq!(saved.settings.idle_warning_seconds, 120, "the new setting is on disk");
}
