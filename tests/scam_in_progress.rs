//! A customer being coached on the phone, on the real app: the transfer check
//! calls staff quietly with the red flag, to a real HTTP server; help is
//! offered to a customer who seems stuck; call-staff takes a reason.

mod support;

use std::time::Duration;

use egui_kittest::kittest::{NodeT, Queryable};
use kiosk::kiosk::{Press, Screen};
use kiosk::staff::StaffFiles;
use kiosk::ui::sections::{fraud, transfer_check};
use support::staff::{alert_server, kiosk_with, staff_files};
use support::*;

/// A lobby kiosk that chimes on calls, posting alerts to a local server.
fn lobby(dir: &std::path::Path, port: u16) -> (StaffFiles, egui_kittest::Harness<'static, kiosk::app::KioskApp>) {
    let files = staff_files(dir, |s| {
        s.kiosk_id = "lobby-1".into();
        s.call_staff.url = Some(format!("http://127.0.0.1:{port}/alert"));
        s.call_staff.chime = true;
    });
    let h = kiosk_with(&files, true);
    (files, h)
}

fn next_alert(bodies: &std::sync::mpsc::Receiver<String>) -> serde_json::Value {
    let body = bodies.recv_timeout(Duration::from_secs(20)).expect("the alert arrives");
    serde_json::from_str(&body).expect("JSON")
}

/// Every file the kiosk wrote, as text.
fn written(dir: &std::path::Path) -> String {
    let mut out = String::new();
    for entry in walkdir(dir) {
        out.push_str(&String::from_utf8_lossy(&std::fs::read(&entry).unwrap_or_default()));
    }
    out
}

fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .flat_map(|e| if e.path().is_dir() { walkdir(&e.path()) } else { vec![e.path()] })
        .collect()
}

#[test]
fn a_yes_calls_staff_quietly_with_the_flag_and_shows_the_calm_screen() {
    support::logs::capture();
    log::info!("the capture works");
    let (port, bodies) = alert_server(true);
    let dir = tempfile::tempdir().expect("temp");
    let (files, mut h) = lobby(dir.path(), port);
    tap(&mut h, "有人让您转账吗？");
    assert!(shows(&h, "第 1 个问题，共 6 个"));
    tap(&mut h, "没有");
    assert!(shows(&h, "有人让您把钱转到“安全账户”，或者不要告诉银行和家人吗？"));
    tap(&mut h, "有");
    // The calm screen: don't transfer yet, staff are coming, hang up, 96110.
    assert!(shows(&h, "先别转账"));
    assert!(shows(&h, "如果还在打电话，请先挂断。"));
    assert!(h.query_all_by_label_contains("96110").next().is_some(), "96110 on the calm screen");
    assert!(!shows(&h, "工作人员马上就来"), "no call-staff dialog covers it");
    let alert = next_alert(&bodies);
    assert_eq!(alert["reason"], "possible-scam");
    assert_eq!(alert["flag"], "safe-account-or-secret");
    assert_eq!(alert["kiosk_id"], "lobby-1");
    assert_eq!(h.state().chimes_played(), 0, "no chime: a scammer may be listening");
    // Nothing about the answers is kept: the day's count, and nothing else.
    let state = written(&files.state_dir);
    assert!(state.contains("possible-scam = 1"), "the day's count: {state}");
    assert!(!state.contains("safe-account-or-secret") && !state.contains("on-the-phone"), "{state}");
    let logged = support::logs::lines().join("\n");
    assert!(logged.contains("the capture works"), "{logged}");
    assert!(!logged.contains("safe-account") && !logged.contains("possible-scam"), "nothing in the log: {logged}");
    // Back leaves the check; the visit's end forgets where it was.
    tap(&mut h, "返回");
    assert_eq!(h.state().session().screen(), &Screen::Home);
    // The same kiosk does chime for a plain call (a minute later: one sooner
    // is the same call): the check above can fail.
    tap(&mut h, "防骗提醒");
    pass_time(&mut h, 61.0);
    tap(&mut h, "呼叫工作人员");
    assert_eq!(next_alert(&bodies)["reason"], "just-come");
    assert_eq!(h.state().chimes_played(), 1);
}

#[test]
fn a_yes_says_nothing_of_a_scam_aloud() {
    let (mut config, recorder) = config_with_speech();
    config.auto_read = true;
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "有人让您转账吗？");
    let before = heard(&recorder).len();
    tap(&mut h, "有");
    assert!(shows(&h, "先别转账"));
    let after: Vec<String> = heard(&recorder).split_off(before);
    assert!(after.iter().any(|s| s.contains("先别转账")), "the calm screen is announced: {after:?}");
    assert!(after.iter().all(|s| !s.contains('骗') && !s.contains('诈')), "{after:?}");
}

#[test]
fn all_no_reassures_and_one_tap_brings_someone_anyway() {
    let (port, bodies) = alert_server(true);
    let dir = tempfile::tempdir().expect("temp");
    let (_files, mut h) = lobby(dir.path(), port);
    tap(&mut h, "有人让您转账吗？");
    for n in 1..=6 {
        assert!(shows(&h, &format!("第 {n} 个问题，共 6 个")));
        tap(&mut h, "没有");
    }
    assert!(shows(&h, "暂时没有看到危险信号"));
    tap(&mut h, "请工作人员帮我看看");
    // Alerts go out in order: had any "no" called staff, that would come first.
    assert_eq!(next_alert(&bodies)["reason"], "double-check", "all no: nobody is called unasked");
    assert!(shows(&h, "工作人员马上就来"));
}

#[test]
fn call_staff_takes_a_reason_in_one_tap() {
    let (port, bodies) = alert_server(true);
    let dir = tempfile::tempdir().expect("temp");
    let (_files, mut h) = lobby(dir.path(), port);
    tap(&mut h, "呼叫工作人员");
    let first = next_alert(&bodies);
    assert_eq!((first["reason"].as_str(), first.get("flag")), (Some("just-come"), None));
    for (label, reason) in
        [("我需要坐下", "need-seat"), ("我听不清，请来当面说", "cannot-hear"), ("请帮我给家人打电话", "call-family")]
    {
        tap(&mut h, label);
        assert_eq!(next_alert(&bodies)["reason"], reason, "{label}");
        let picked = h.get_by_label(label);
        let toggled = picked.accesskit_node().toggled();
        assert_eq!(toggled, Some(egui::accesskit::Toggled::True), "{label} is marked as told");
    }
    tap(&mut h, "好的");
    assert_eq!(h.state().session().screen(), &Screen::Home);
}

/// A touch that gets nowhere: on the empty middle of the top bar.
fn touch_nothing(h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>) {
    let at = egui::pos2(LANDSCAPE.x / 2.0, 30.0);
    assert!(h.query_all_by_role(egui::Role::Button).all(|b| !b.rect().contains(at)), "no button there");
    touch_at(h, at);
}

#[test]
fn a_customer_touching_without_getting_anywhere_is_offered_help_once() {
    let (port, bodies) = alert_server(true);
    let dir = tempfile::tempdir().expect("temp");
    let (_files, mut h) = lobby(dir.path(), port);
    tap(&mut h, "防骗提醒");
    pass_time(&mut h, 5.0);
    touch_nothing(&mut h);
    pass_time(&mut h, 50.0);
    assert!(!shows(&h, "要请工作人员过来帮您吗？"), "not before the minute is up");
    pass_time(&mut h, 10.0);
    assert!(shows(&h, "要请工作人员过来帮您吗？"));
    tap(&mut h, "要");
    assert_eq!(next_alert(&bodies)["reason"], "stuck");
    tap(&mut h, "好的");
    // Once a visit: stuck again, not asked again.
    touch_nothing(&mut h);
    pass_time(&mut h, 70.0);
    assert!(!shows(&h, "要请工作人员过来帮您吗？"));
}

#[test]
fn progress_or_listening_means_no_offer_and_no_means_no() {
    let (mut config, recorder) = config_with_engine(kiosk::speech::RecordingEngine::default());
    config.auto_read = false;
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    pass_time(&mut h, 40.0);
    touch_nothing(&mut h);
    tap(&mut h, "“安全账户”骗局");
    pass_time(&mut h, 40.0);
    assert!(!shows(&h, "要请工作人员过来帮您吗？"), "a new page is progress: 40 s since");
    // Listening: the page is being read (the engine has not finished).
    tap(&mut h, "朗读");
    pass_time(&mut h, 5.0);
    touch_nothing(&mut h);
    pass_time(&mut h, 70.0);
    assert!(!recorder.said().is_empty(), "reading");
    assert!(!shows(&h, "要请工作人员过来帮您吗？"), "never while a page is read aloud");
    // Back and forth three times between a list and a page: stuck.
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "防骗提醒");
    for _ in 0..3 {
        tap(&mut h, "“安全账户”骗局");
        tap(&mut h, "返回");
    }
    assert!(shows(&h, "要请工作人员过来帮您吗？"));
    tap(&mut h, "不用");
    assert_eq!(h.state().session().screen(), &Screen::List(fraud::ID), "no means the page stays");
    tap(&mut h, "“安全账户”骗局");
    tap(&mut h, "返回");
    assert!(!shows(&h, "要请工作人员过来帮您吗？"), "once a visit");
}

#[test]
fn the_check_is_on_home_and_every_screen_of_it_is_swept() {
    // Its tile is as big as a section's, at every resolution and text size.
    for size in [LANDSCAPE, PORTRAIT, SMALL] {
        let mut h = harness(size);
        for _ in 0..3 {
            let check = h.get_by_role_and_label(egui::Role::Button, "有人让您转账吗？").rect();
            let fraud = h.get_by_role_and_label(egui::Role::Button, "防骗提醒").rect();
            let (text_size, (a, b)) = (h.state().session().text_size, (check.size(), fraud.size()));
            assert!(a.x >= b.x - 1.0 && a.y >= b.y - 1.0, "{size:?} {text_size:?}: {a:?} smaller than {b:?}");
            apply(&mut h, Press::NextTextSize);
        }
    }
    let h = harness(LANDSCAPE);
    assert!(has_button(&h, "有人让您转账吗？"));
    let screens = kiosk::ui::catalogue::customer_screens(h.state().content());
    let stop = transfer_check::item(transfer_check::STOP);
    assert!(screens.contains(&stop) && screens.contains(&Screen::List(transfer_check::ID)), "swept: {screens:?}");
}

/// A branch folder written before the check existed: the kiosk shows the
/// rest, without the tile, and nothing of the check can be reached.
#[test]
fn a_content_folder_without_the_check_shows_the_rest() {
    let content = content_copy();
    std::fs::remove_file(content.path().join("transfer-check.toml")).expect("rm");
    let mut cfg = config();
    cfg.content_dir = content.path().to_path_buf();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    assert!(h.state().content().part::<kiosk::content::TransferCheckFile>().is_none(), "loaded without it");
    assert!(!has_button(&h, "有人让您转账吗？"), "no tile for it");
    assert!(has_button(&h, "防骗提醒") && has_button(&h, "这是骗局吗？"), "the other four are there");
    let screens = kiosk::ui::catalogue::customer_screens(h.state().content());
    assert!(screens.iter().all(|s| !matches!(s, Screen::List(id) | Screen::Item(id, _) if *id == transfer_check::ID)));
    // A stale screen of it (from before a reload) shows home, not a blank page.
    h.state_mut().apply(Press::Open(transfer_check::item(transfer_check::STOP)));
    h.run();
    assert!(has_button(&h, "防骗提醒"), "home is shown instead");
}
