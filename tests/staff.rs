//! Staff operations through the real app: the hidden corner and PIN pad, the
//! back-off that survives a restart, the panel's settings (written to disk),
//! content errors shown to staff only, the call-staff alert over HTTP, and the
//! usage counts.

mod support;

use std::str::FromStr;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kiosk::app::KioskApp;
use kiosk::kiosk::Screen;
use kiosk::staff::{Settings, SettingsFile};
use kiosk::ui::sections::facilities;
use support::staff::*;
use support::*;

/// The PIN pad's one line holds the prompt (or why the PIN failed) and the dots.
fn pad_says(h: &Harness<'static, KioskApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn screen(h: &Harness<'static, KioskApp>) -> Screen {
    h.state().session().screen().clone()
}

#[test]
fn five_quick_taps_in_the_corner_and_the_pin_open_the_staff_panel() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let mut h = kiosk_with(&files, true);
    corner_taps(&mut h, 4);
    assert_eq!(screen(&h), Screen::Home, "four taps do nothing");
    pass_time(&mut h, 4.0);
    corner_taps(&mut h, 1);
    assert_eq!(screen(&h), Screen::Home, "the taps must come within three seconds");
    pass_time(&mut h, 4.0);
    corner_taps(&mut h, 5);
    assert_eq!(screen(&h), Screen::StaffPin);
    assert!(pad_says(&h, "工作人员登录：请输入密码  ○○○○"));
    type_pin(&mut h, PIN);
    assert_eq!(screen(&h), Screen::Staff);
    assert!(shows(&h, "工作人员面板"));
    for label in ["无操作提醒：90 秒", "重新载入内容", "试听语音", "导出使用统计", "退出亭机模式"]
    {
        assert!(shows_on_some_page(&mut h, label, "下一页"), "the panel lacks {label}");
    }
    // Left alone, the panel closes itself.
    pass_time(&mut h, 61.0);
    assert_eq!(screen(&h), Screen::Home);
}

#[test]
fn wrong_pins_bring_a_wait_that_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let mut h = kiosk_with(&files, true);
    corner_taps(&mut h, 5);
    type_pin(&mut h, "1111");
    assert!(pad_says(&h, "密码不对，请再试一次。"));
    type_pin(&mut h, "2222");
    type_pin(&mut h, "3333");
    assert!(pad_says(&h, "密码错误次数太多，请 30 秒后再试。"));
    type_pin(&mut h, PIN);
    assert_eq!(screen(&h), Screen::StaffPin, "even the right PIN waits");
    drop(h);
    // Restarted: still waiting, and the counter on disk says three.
    let mut h = kiosk_with(&files, true);
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert_eq!(screen(&h), Screen::StaffPin);
    assert!(pad_says(&h, "秒后再试"));
    let lock = std::fs::read_to_string(files.state_dir.join("pin-lock.toml")).expect("lock file");
    assert!(lock.contains("failures = 3"), "{lock}");
    assert!(!lock.contains(PIN) && !std::fs::read_to_string(&files.settings).expect("settings").contains(PIN));
}

#[test]
fn panel_settings_are_saved_and_used() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let mut h = kiosk_with(&files, true);
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(shows_on_some_page(&mut h, "无操作提醒：90 秒", "下一页"));
    tap(&mut h, "无操作提醒：90 秒");
    tap(&mut h, "默认文字：标准");
    assert!(shows(&h, "无操作提醒：120 秒") && shows(&h, "默认文字：大"));
    let saved = SettingsFile::load(&files.settings);
    assert_eq!(saved.note, None);
    assert_eq!((saved.settings.idle_warning_seconds, saved.settings.text_size), (120, kiosk::kiosk::TextSize::Large));
    tap(&mut h, "首页");
    // Leaving the panel starts a fresh visit, at the new default size.
    assert_eq!(h.state().session().text_size, kiosk::kiosk::TextSize::Large);
}

/// The words before `{ $value }` of a locale line, read from the file itself.
fn label_prefix(id: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/zh-CN/kiosk.ftl");
    let text = std::fs::read_to_string(path).expect("zh-CN locale");
    let line = text.lines().find(|l| l.starts_with(&format!("{id} = "))).unwrap_or_else(|| panic!("no {id}"));
    line[id.len() + 3..].split('{').next().unwrap_or_default().trim().to_owned()
}

fn button_starting(h: &Harness<'static, KioskApp>, prefix: &str) -> Option<String> {
    h.query_all_by_label_contains(prefix)
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .find(|l| l.starts_with(prefix))
}

/// Every entry of the settings table has a button on the panel; a press shows
/// the new value and writes it to the settings file.
#[test]
fn every_declared_setting_is_on_the_panel_and_saved() {
    use kiosk::staff::setting_table::ENTRIES;
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let mut h = kiosk_with(&files, true);
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(ENTRIES.len() >= 6, "the panel's six settings are in the table");
    for entry in ENTRIES {
        let prefix = label_prefix(entry.label);
        let before_file = SettingsFile::load(&files.settings).settings;
        while button_starting(&h, &prefix).is_none() && has_button(&h, "下一页") {
            tap(&mut h, "下一页");
        }
        if button_starting(&h, &prefix).is_none() {
            while has_button(&h, "上一页") {
                tap(&mut h, "上一页");
            }
            while button_starting(&h, &prefix).is_none() && has_button(&h, "下一页") {
                tap(&mut h, "下一页");
            }
        }
        let before = button_starting(&h, &prefix).unwrap_or_else(|| panic!("{}: no button {prefix}…", entry.key));
        tap(&mut h, &before);
        let after = button_starting(&h, &prefix).unwrap_or_else(|| panic!("{}: button gone", entry.key));
        assert_ne!(before, after, "{}: the button shows the new value", entry.key);
        let saved = wait_for(Duration::from_secs(20), || {
            settle(&mut h);
            let now = SettingsFile::load(&files.settings).settings;
            (now != before_file).then_some(now)
        });
        assert!(saved.is_some(), "{}: the press reached the settings file", entry.key);
    }
}

#[test]
fn a_broken_settings_file_means_defaults_and_a_note_for_staff() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let text = std::fs::read_to_string(&files.settings).expect("settings");
    std::fs::write(&files.settings, text.replace("idle_warning_seconds = 90", "idle_warning_seconds = \"soon\""))
        .expect("w");
    let loaded = SettingsFile::load(&files.settings);
    assert_eq!(loaded.settings, Settings::default());
    let note = loaded.note.expect("a note for staff");
    assert!(note.contains("settings.toml") && note.contains("using defaults"), "{note}");
    // No PIN in the defaults: the pad says how to set one, and the kiosk runs on.
    let mut h = kiosk_with(&files, true);
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(pad_says(&h, "还没有设置密码。请在电脑上运行 kiosk set-pin。"));
}

#[test]
fn content_errors_show_in_the_panel_and_never_to_customers() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let content = content_copy();
    let mut cfg = config();
    cfg.staff_files = Some(files.clone());
    cfg.content_dir = content.path().to_owned();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    let fraud = content.path().join("fraud.toml");
    let text = std::fs::read_to_string(&fraud).expect("read");
    std::fs::write(&fraud, text.replacen("title = ", "titel = ", 1)).expect("write");
    h.state_mut().reload_content();
    h.run();
    assert!(h.query_all_by_label_contains("fraud.toml").next().is_none(), "customers see nothing");
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(shows(&h, "内容文件有 1 个问题。顾客看到的是上一次正确的内容。"));
    assert!(h.query_all_by_label_contains("fraud.toml:").next().is_some());
}

#[test]
fn call_staff_posts_the_alert_once_a_minute() {
    let (port, bodies) = alert_server(true);
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |s| {
        s.kiosk_id = "幸福路-大堂1".into();
        s.call_staff.url = Some(format!("http://127.0.0.1:{port}/alert"));
        s.call_staff.chime = false;
    });
    let mut h = kiosk_with(&files, true);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "呼叫工作人员");
    assert!(shows(&h, "工作人员马上就来"));
    let body = bodies.recv_timeout(Duration::from_secs(10)).expect("the alert arrives");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(json["kiosk_id"], "幸福路-大堂1");
    assert_eq!(json["screen"], "fraud");
    let time = json["time"].as_str().expect("time");
    assert!(time.starts_with(&kiosk::staff::stats::today()), "{time}");
    assert!(jiff::Timestamp::from_str(time).is_ok(), "RFC 3339: {time}");
    tap(&mut h, "好的");
    tap(&mut h, "呼叫工作人员");
    assert!(shows(&h, "工作人员马上就来"), "the customer still sees help is coming");
    // A minute later, from another screen: the next alert to arrive is that
    // one, so the second press sent nothing (alerts go out in order).
    tap(&mut h, "好的");
    tap(&mut h, "首页");
    tap(&mut h, "便民设施");
    pass_time(&mut h, 61.0);
    tap(&mut h, "呼叫工作人员");
    let body = bodies.recv_timeout(Duration::from_secs(30)).expect("the third press's alert arrives");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(json["screen"], "facilities", "a second press within a minute sends nothing");
}

#[test]
fn a_dead_alert_address_does_not_hold_up_the_screen() {
    let (port, bodies) = alert_server(false);
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |s| {
        s.call_staff.url = Some(format!("http://127.0.0.1:{port}/alert"));
        s.call_staff.chime = false;
    });
    let mut h = kiosk_with(&files, true);
    tap(&mut h, "呼叫工作人员");
    let _ = bodies.recv_timeout(Duration::from_secs(10)).expect("the request is on its way");
    // The server has not answered, and the screen goes on regardless.
    assert!(shows(&h, "工作人员马上就来"));
    tap(&mut h, "好的");
    tap(&mut h, "便民设施");
    assert_eq!(screen(&h), Screen::List(facilities::ID));
    assert!(matches!(h.state().alert_delivery(), kiosk::staff::alert::Delivery::Sending { .. }));
}

#[test]
fn usage_counts_are_counts_only() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |s| s.call_staff.chime = false);
    let mut h = kiosk_with(&files, true);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    tap(&mut h, "返回");
    tap(&mut h, "“安全账户”骗局");
    tap(&mut h, "首页");
    tap(&mut h, "English");
    tap(&mut h, "Facilities");
    // A lobby kiosk shows no demo samples: the one real facility of the bundle.
    tap(&mut h, "Damaged notes and small change");
    tap(&mut h, "Call staff");
    let today = kiosk::staff::stats::today();
    let csv = std::process::Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args(["stats", "--csv", "--state"])
        .arg(&files.state_dir)
        .output()
        .expect("kiosk stats");
    let csv = String::from_utf8(csv.stdout).expect("utf-8");
    let expected = format!(
        "date,kind,item,count\n\
         {today},topic,safe-account,2\n\
         {today},facility,damaged-notes,1\n\
         {today},language,en-US,1\n\
         {today},language,zh-CN,2\n\
         {today},alert,just-come,1\n\
         {today},call_staff,,1\n"
    );
    assert_eq!(csv, expected);
}

#[test]
fn the_panel_exports_counts_and_is_the_only_way_out_of_kiosk_mode() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |s| s.call_staff.chime = false);
    let mut h = kiosk_with(&files, true);
    tap(&mut h, "便民设施");
    tap(&mut h, "残损币兑换和零钱");
    tap(&mut h, "首页");
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(shows_on_some_page(&mut h, "导出使用统计", "下一页"));
    tap(&mut h, "导出使用统计");
    let csv_path = files.state_dir.join(format!("usage-{}.csv", kiosk::staff::stats::today()));
    let csv = std::fs::read_to_string(&csv_path).expect("exported");
    assert!(csv.contains(",facility,damaged-notes,1\n"), "{csv}");
    assert!(pad_says(&h, "已保存到"), "the panel says where it went");
    let root = egui::ViewportId::ROOT;
    h.get_by_role_and_label(egui::accesskit::Role::Button, "退出亭机模式").click();
    let mut commands = Vec::new();
    for _ in 0..4 {
        h.step();
        commands.extend(h.output().viewport_output[&root].commands.iter().cloned());
    }
    assert!(commands.contains(&egui::ViewportCommand::Close), "{commands:?}");
    assert!(!commands.contains(&egui::ViewportCommand::CancelClose));
}

#[test]
fn the_panel_tests_speech_and_plays_the_speech_mode_how_to() {
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |_| {});
    let (mut cfg, recorder) = config_with_speech();
    cfg.staff_files = Some(files);
    let mut h = harness_with(LANDSCAPE, cfg, false);
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(shows_on_some_page(&mut h, "试听语音", "下一页"));
    tap(&mut h, "试听语音");
    assert_eq!(
        recorder.said().last().map(String::as_str),
        Some("zh-CN: 这是语音测试。接到可疑电话，请拨打 九六一一零。")
    );
    tap(&mut h, "播放语音模式说明");
    let last = recorder.said().last().cloned().unwrap_or_default();
    assert!(last.starts_with("zh-CN: 语音模式已打开。按 8 或向下键"), "{last}");
}

/// Nothing opens the staff screens but the corner and a checked PIN: a stray
/// `Open` (a UI bug, a crafted event) leaves the customer where they were.
#[test]
fn the_staff_screens_open_only_the_staff_way() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, kiosk::kiosk::Press::Open(Screen::Staff));
    assert_eq!(screen(&h), Screen::Home, "no panel without a PIN");
    apply(&mut h, kiosk::kiosk::Press::Open(Screen::StaffPin));
    assert_eq!(screen(&h), Screen::Home, "no PIN pad without the corner");
    h.state_mut().apply(kiosk::kiosk::Observation::StaffUnlocked);
    assert_eq!(screen(&h), Screen::Home, "an unlock without the PIN pad open does nothing");
}
