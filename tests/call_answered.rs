//! Whether anyone came: a call for staff is answered when staff unlock the
//! panel at that kiosk, and left unanswered when the visit ends first; the real
//! app, its real metrics server and its day's counts. (A test binary of its own:
//! its HTTP client logs what it scrapes, and `scam_in_progress` checks that
//! nothing about the answers reaches the log.)

mod support;

use std::time::Duration;

use egui_kittest::kittest::Queryable;
use kiosk::kiosk::Screen;
use kiosk::staff::StaffFiles;
use support::staff::{kiosk_with, staff_files};
use support::*;

/// A touch that gets nowhere: on the empty middle of the top bar.
fn touch_nothing(h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>) {
    let at = egui::pos2(LANDSCAPE.x / 2.0, 30.0);
    assert!(h.query_all_by_role(egui::Role::Button).all(|b| !b.rect().contains(at)), "no button there");
    touch_at(h, at);
}

/// `/metrics` from the kiosk's own server.
fn scrape(h: &egui_kittest::Harness<'static, kiosk::app::KioskApp>) -> String {
    let address = h.state().metrics_address().expect("metrics are served");
    let mut response = ureq::get(&format!("http://{address}/metrics")).call().expect("scrape");
    response.body_mut().read_to_string().expect("text")
}

fn sample(text: &str, name: &str) -> Option<f64> {
    text.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
}

const WAITING: &str = "kiosk_call_staff_waiting{reason=\"possible-scam\"}";
const ANSWERED: &str = "kiosk_call_staff_calls_total{reason=\"possible-scam\",result=\"answered\"}";
const UNANSWERED: &str = "kiosk_call_staff_calls_total{reason=\"possible-scam\",result=\"unanswered\"}";

/// A lobby kiosk serving metrics, with a customer who answered "有".
fn flagged(dir: &std::path::Path) -> (StaffFiles, egui_kittest::Harness<'static, kiosk::app::KioskApp>) {
    let files = staff_files(dir, |s| {
        s.metrics.enabled = true;
        s.metrics.address = Some("127.0.0.1:0".into());
    });
    let mut h = kiosk_with(&files, true);
    tap(&mut h, "有人让您转账吗？");
    tap(&mut h, "有");
    assert!(shows(&h, "先别转账"));
    let text = scrape(&h);
    assert_eq!(sample(&text, WAITING), Some(1.0), "the call waits for staff: {text}");
    (files, h)
}

#[test]
fn staff_answer_a_possible_scam_by_unlocking_the_panel_at_the_kiosk() {
    let dir = tempfile::tempdir().expect("temp");
    let (_files, mut h) = flagged(dir.path());
    tap(&mut h, "返回");
    support::staff::corner_taps(&mut h, 5);
    support::staff::type_pin(&mut h, support::staff::PIN);
    let unlocked = wait_until(&mut h, Duration::from_secs(30), |h| h.state().session().screen() == &Screen::Staff);
    assert!(unlocked, "the PIN opens the panel");
    assert!(shows(&h, "已记下有人到场：这台机器上等待的呼叫（possible-scam）已应答。"), "the panel confirms it");
    let text = scrape(&h);
    assert_eq!((sample(&text, WAITING), sample(&text, ANSWERED)), (Some(0.0), Some(1.0)), "{text}");
    assert_eq!(sample(&text, UNANSWERED), None, "{text}");
    // Staff leave; next time nothing waits, and the panel says nothing of it.
    tap(&mut h, "首页");
    support::staff::corner_taps(&mut h, 5);
    support::staff::type_pin(&mut h, support::staff::PIN);
    assert!(wait_until(&mut h, Duration::from_secs(30), |h| h.state().session().screen() == &Screen::Staff));
    assert!(!shows_containing(&h, "已记下有人到场"), "no call waited this time");
    assert_eq!(sample(&scrape(&h), ANSWERED), Some(1.0));
}

#[test]
fn a_visit_that_ends_before_staff_come_leaves_the_call_unanswered_for_head_office() {
    let dir = tempfile::tempdir().expect("temp");
    let (files, mut h) = flagged(dir.path());
    // The calm screen stays while the customer waits for someone…
    pass_time(&mut h, 5.0);
    touch_nothing(&mut h);
    pass_time(&mut h, 300.0);
    assert!(shows(&h, "先别转账"), "still there after five minutes");
    assert!(!shows(&h, "还需要更多时间吗？"));
    assert!(!shows(&h, "要请工作人员过来帮您吗？"), "staff were called already");
    // …but not for ever.
    pass_time(&mut h, 600.0);
    assert!(h.state().session().is_pristine(), "the visit ended");
    let text = scrape(&h);
    assert_eq!((sample(&text, WAITING), sample(&text, UNANSWERED)), (Some(0.0), Some(1.0)), "{text}");
    // The day's counts say so too, by reason only.
    let counted = wait_for(Duration::from_secs(30), || {
        let usage = std::fs::read_to_string(files.state_dir.join("usage.toml")).ok()?;
        usage.contains(".missed]\npossible-scam = 1\n").then_some(usage)
    });
    let usage = counted.expect("usage.toml counts the missed call");
    assert!(!usage.contains("safe-account"), "the reason, never the flag: {usage}");
}
