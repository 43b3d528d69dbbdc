//! Touch to hear: a customer who cannot read taps any text on a page and
//! hears that block alone, framed while it is read; a screen reader's click on
//! the text does the same. Heard through the recording engine.

mod support;

use egui::accesskit::Action;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kiosk::app::KioskApp;
use kiosk::speech::{Reading, RecordingEngine};
use support::*;

const SIGN: &str = "让您把钱转到一个“安全账户”。";
const TODO: &str = "马上挂电话，一分钱也不转。";

/// An engine that finishes an utterance only when the test says so.
fn talking() -> (Harness<'static, KioskApp>, RecordingEngine) {
    let (config, recorder) = config_with_engine(RecordingEngine::default());
    (harness_with(LANDSCAPE, config, false), recorder)
}

/// What was said from `from` on, without the engine's stops.
fn said_since(recorder: &RecordingEngine, from: usize) -> Vec<String> {
    recorder.said().split_off(from).into_iter().filter(|s| s != "stop").collect()
}

fn on_the_safe_account_page() -> (Harness<'static, KioskApp>, RecordingEngine) {
    let (mut h, recorder) = talking();
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    recorder.finish();
    settle(&mut h);
    (h, recorder)
}

/// The middle of a text's box on screen, found by its accessible name.
fn centre_of(h: &Harness<'static, KioskApp>, text: &str) -> egui::Pos2 {
    h.get_by_label(text).rect().center()
}

#[test]
fn a_tap_on_a_text_reads_that_block_alone_and_frames_it() {
    let (mut h, recorder) = on_the_safe_account_page();
    let start = recorder.said().len();
    let at = centre_of(&h, SIGN);
    touch_at(&mut h, at);
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), [format!("zh-CN: {SIGN}")]);
    assert_eq!(h.state().highlighted().map(|i| i.text.as_str()), Some(SIGN), "framed while read");
    recorder.finish();
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), [format!("zh-CN: {SIGN}")], "only that block, then silence");
    assert_eq!(h.state().reading(), Reading::Idle);
    assert!(h.state().highlighted().is_none(), "the frame goes when the block is done");
}

#[test]
fn a_tap_on_another_text_while_the_page_is_read_reads_that_one_instead() {
    let (mut h, recorder) = on_the_safe_account_page();
    tap(&mut h, "朗读");
    let start = recorder.said().len();
    let at = centre_of(&h, TODO);
    touch_at(&mut h, at);
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), [format!("zh-CN: {TODO}")]);
    assert_eq!(h.state().highlighted().map(|i| i.text.as_str()), Some(TODO));
    recorder.finish();
    settle(&mut h);
    assert_eq!(said_since(&recorder, start).len(), 1, "the page's reading does not go on from there");
    assert_eq!(h.state().reading(), Reading::Idle);
}

#[test]
fn screen_readers_can_click_a_text_to_hear_it() {
    let (mut h, recorder) = on_the_safe_account_page();
    let node = h.get_by_label(TODO);
    assert!(node.accesskit_node().data().supports_action(Action::Click), "the text offers a click");
    let start = recorder.said().len();
    node.click_accesskit();
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), [format!("zh-CN: {TODO}")]);
}

#[test]
fn a_tap_that_lands_right_after_opening_the_page_is_not_taken_for_touch_to_hear() {
    let (mut h, recorder) = talking();
    tap(&mut h, "防骗提醒");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "“安全账户”骗局").click();
    settle(&mut h);
    recorder.finish();
    settle(&mut h);
    let start = recorder.said().len();
    // The second tap of a double tap, on the text now under the finger.
    let at = centre_of(&h, SIGN);
    touch_at(&mut h, at);
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), Vec::<String>::new());
    // A second later it is a tap of its own.
    pass_time(&mut h, 1.0);
    touch_at(&mut h, at);
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), [format!("zh-CN: {SIGN}")]);
}

#[test]
fn the_text_of_a_dialog_can_be_touched_to_hear_it_too() {
    let (mut h, recorder) = on_the_safe_account_page();
    tap(&mut h, "呼叫工作人员");
    recorder.finish();
    settle(&mut h);
    let start = recorder.said().len();
    let body = "请在这里稍等，不用走开。";
    let at = centre_of(&h, body);
    touch_at(&mut h, at);
    settle(&mut h);
    assert_eq!(said_since(&recorder, start), [format!("zh-CN: {body}")]);
    assert_eq!(h.state().highlighted().map(|i| i.text.as_str()), Some(body));
}
