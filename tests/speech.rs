//! Read-aloud and speech mode, heard through the recording engine: what is
//! said, in which order, in which language, and what the screen shows meanwhile.

mod support;

use egui::Key;
use kiosk::kiosk::{IdlePolicy, Screen};
use kiosk::speech::{Reading, RecordingEngine, Voice};
use kiosk::ui::sections::fraud;
use support::*;

/// An engine that finishes an utterance only when the test says so, like a
/// real one still talking.
fn talking() -> (egui_kittest::Harness<'static, kiosk::app::KioskApp>, RecordingEngine) {
    let (config, recorder) = config_with_engine(RecordingEngine::default());
    (harness_with(LANDSCAPE, config, false), recorder)
}

/// Lets the engine finish what it is saying, and the app react.
fn finish(h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>, recorder: &RecordingEngine) {
    recorder.finish();
    h.run();
}

fn since(recorder: &RecordingEngine, from: usize) -> Vec<String> {
    recorder.said().split_off(from)
}

fn press(h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>, key: Key) {
    h.key_press(key);
    h.run();
    pass_time(h, 1.0);
}

#[test]
fn read_aloud_reads_the_page_in_screen_order_and_highlights_each_item() {
    let (mut h, recorder) = talking();
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    let start = recorder.said().len();
    tap(&mut h, "朗读");
    assert_eq!(since(&recorder, start), ["zh-CN: “安全账户”骗局"]);
    assert_eq!(h.state().highlighted().map(|i| i.text.as_str()), Some("“安全账户”骗局"));
    assert!(has_button(&h, "暂停"), "while reading, the same button pauses");
    finish(&mut h, &recorder);
    finish(&mut h, &recorder);
    assert_eq!(
        since(&recorder, start),
        ["zh-CN: “安全账户”骗局", "zh-CN: 怎么识别", "zh-CN: 对方说您的账户或社保卡“有问题”。"]
    );
    assert_eq!(h.state().highlighted().map(|i| i.text.as_str()), Some("对方说您的账户或社保卡“有问题”。"));
    // Everything on the page, in the order it is drawn — written out here from
    // fraud.toml, branch.toml and the locale, not taken from the app — with
    // phone numbers digit by digit, then silence.
    let page = [
        "“安全账户”骗局",
        "怎么识别",
        "对方说您的账户或社保卡“有问题”。",
        "让您把钱转到一个“安全账户”。",
        "要您保密，不许告诉家人和银行。",
        "怎么办",
        "世上没有“安全账户”。",
        "马上挂电话，一分钱也不转。",
        "拿不准就问家人，或问银行工作人员。",
        "打这些电话",
        "报警电话，一一零",
        "钱已经被骗走了，马上打。",
        "反诈专线，九六一一零",
        "拿不准是不是骗局，先打这个电话问。",
    ];
    // Three were heard above; one more `finish` than the page has items.
    for _ in 3..=page.len() {
        finish(&mut h, &recorder);
    }
    let expected: Vec<String> = page.iter().map(|t| format!("zh-CN: {t}")).collect();
    assert_eq!(since(&recorder, start), expected, "the page in the order drawn, and nothing after it");
    assert_eq!(h.state().reading(), Reading::Idle);
    assert!(h.state().highlighted().is_none());
    assert!(has_button(&h, "朗读"));
}

#[test]
fn phone_numbers_are_read_digit_by_digit_in_both_languages() {
    let (config, recorder) = config_with_speech();
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    assert!(shows_on_some_page(&mut h, "96110", "下一页"));
    tap(&mut h, "朗读");
    let said = recorder.said();
    assert!(said.contains(&"zh-CN: 反诈专线，九六一一零".to_owned()), "{said:#?}");
    assert!(!said.iter().any(|s| s.contains("96110")), "no number is left for the engine to read as an amount");
    tap(&mut h, "首页");
    tap(&mut h, "English");
    tap(&mut h, "Scam warnings");
    tap(&mut h, "The \"safe account\" trick");
    assert!(shows_on_some_page(&mut h, "96110", "Next"));
    recorder.clear();
    tap(&mut h, "Read");
    let said = recorder.said();
    assert!(said.iter().any(|s| s.starts_with("en-US: ") && s.ends_with("nine six one one zero")), "{said:#?}");
}

#[test]
fn pause_resume_and_repeat() {
    let (mut h, recorder) = talking();
    tap(&mut h, "便民设施");
    tap(&mut h, "老花镜（示例）");
    tap(&mut h, "朗读");
    finish(&mut h, &recorder);
    let start = recorder.said().len();
    tap(&mut h, "暂停");
    assert_eq!(since(&recorder, start), ["stop"]);
    assert_eq!(h.state().reading(), Reading::Paused);
    finish(&mut h, &recorder);
    assert_eq!(since(&recorder, start), ["stop"], "a paused page does not go on by itself");
    tap(&mut h, "继续");
    assert_eq!(since(&recorder, start), ["stop", "zh-CN: 在哪里"], "resumes at the item it paused on");
    // Opening the sound row does not interrupt the reading.
    assert!(!has_button(&h, "重复"), "repeat waits behind the sound button");
    tap(&mut h, "声音");
    assert_eq!(since(&recorder, start), ["stop", "zh-CN: 在哪里"]);
    assert_eq!(h.state().reading(), Reading::Reading);
    tap(&mut h, "重复");
    assert_eq!(since(&recorder, start), ["stop", "zh-CN: 在哪里", "zh-CN: 在哪里"]);
    finish(&mut h, &recorder);
    assert_eq!(
        since(&recorder, start).last().map(String::as_str),
        Some("zh-CN: 每个柜台上都有，度数从 100 度到 400 度。")
    );
    tap(&mut h, "停止");
    assert_eq!(h.state().reading(), Reading::Idle);
    // With nothing being read, repeat says the last sentence again.
    let start = recorder.said().len();
    tap(&mut h, "重复");
    assert_eq!(since(&recorder, start), ["zh-CN: 每个柜台上都有，度数从 100 度到 400 度。"]);
}

#[test]
fn navigating_interrupts_reading_and_announces_the_new_page() {
    let (mut h, recorder) = talking();
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    tap(&mut h, "朗读");
    let start = recorder.said().len();
    tap(&mut h, "返回");
    assert_eq!(since(&recorder, start), ["stop", "zh-CN: 防骗提醒，第 1 页，共 3 页"]);
    assert_eq!(h.state().reading(), Reading::Idle);
    assert!(h.state().highlighted().is_none());
}

#[test]
fn pages_announce_their_title_and_place_in_the_language_shown() {
    let (config, recorder) = config_with_speech();
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "投诉维权");
    tap(&mut h, "怎样投诉");
    let pages = h.state().last_pages();
    assert!(pages > 1, "the steps take more than one page here");
    tap(&mut h, "下一页");
    let said = recorder.said();
    let tail: Vec<&str> = said.iter().rev().take(5).rev().map(String::as_str).collect();
    // Each button first stops what was being said.
    let place = |page: usize| format!("zh-CN: 怎样投诉，第 {page} 页，共 {pages} 页");
    assert_eq!(tail, ["zh-CN: 投诉维权", "stop", place(1).as_str(), "stop", place(2).as_str()]);
    tap(&mut h, "首页");
    tap(&mut h, "English");
    tap(&mut h, "Your rights");
    assert_eq!(recorder.said().last().map(String::as_str), Some("en-US: Your rights"));
}

#[test]
fn slower_faster_and_volume_change_the_voice_and_a_reset_restores_it() {
    let (config, recorder) = config_with_speech();
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "声音");
    tap(&mut h, "慢一点");
    tap(&mut h, "慢一点");
    let last = recorder.utterances().pop().expect("feedback is spoken");
    assert_eq!((last.text.as_str(), last.voice.rate), ("慢一点", -2), "heard at the new speed");
    tap(&mut h, "快一点");
    tap(&mut h, "音量：中");
    assert!(has_button(&h, "音量：大"));
    let last = recorder.utterances().pop().expect("spoken");
    assert_eq!(last.voice, Voice { rate: -1, volume: 2 });
    // Left alone: warning, then the reset puts the voice back and stops speech.
    let before_reset = recorder.said().len();
    pass_time(&mut h, IdlePolicy::default().warn_after + 1.0);
    pass_time(&mut h, IdlePolicy::default().countdown + 1.0);
    let since = recorder.said()[before_reset..].to_vec();
    assert_eq!(h.state().session().screen(), &Screen::Home);
    assert_eq!(h.state().session().voice, Voice::DEFAULT);
    assert!(!h.state().session().sound_panel && !has_button(&h, "慢一点"), "the sound row closes with the visit");
    tap(&mut h, "声音");
    assert!(has_button(&h, "音量：中"));
    assert!(since.contains(&"stop".to_owned()), "the reset stopped speech: {since:?}");
}

#[test]
fn the_idle_timer_waits_while_the_kiosk_is_speaking() {
    let (mut config, recorder) = config_with_engine(RecordingEngine::default());
    config.policy = IdlePolicy { warn_after: 10.0, ..IdlePolicy::default() };
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    tap(&mut h, "朗读");
    // Thirty seconds of reading, one item every five seconds: no warning.
    for _ in 0..6 {
        pass_time(&mut h, 5.0);
        finish(&mut h, &recorder);
        assert!(!shows(&h, "还需要更多时间吗？"), "warned while the kiosk was still reading");
    }
    tap(&mut h, "声音");
    tap(&mut h, "停止");
    pass_time(&mut h, 11.0);
    assert!(shows(&h, "还需要更多时间吗？"), "once quiet, the usual idle rules apply");
}

/// Presses `key` until the focus says `wanted` (at most `limit` presses).
fn focus_until(
    h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>,
    recorder: &RecordingEngine,
    key: Key,
    wanted: &str,
    limit: usize,
) {
    for _ in 0..limit {
        press(h, key);
        if recorder.said().last().map(String::as_str) == Some(wanted) {
            return;
        }
    }
    panic!("focus never reached {wanted:?}; heard {:#?}", recorder.said());
}

fn keypad_walk(lang: &str, labels: [&str; 6]) {
    let [help, fraud_button, fraud_where, scam_button, scam_where, back_button] = labels;
    let (config, recorder) = config_with_speech();
    let mut h = harness_with(PORTRAIT, config, false);
    if lang == "en-US" {
        h.state_mut().apply(kiosk::kiosk::Press::SetLanguage(lang.into()));
        h.run();
        pass_time(&mut h, 1.0);
    }
    recorder.clear();
    // No touch from here on. The first key starts speech mode and explains it.
    press(&mut h, Key::Num5);
    assert_eq!(recorder.said().last().map(String::as_str), Some(help));
    assert!(h.state().session().speech_mode);
    assert_eq!(h.state().session().screen(), &Screen::Home, "the first key presses nothing");
    focus_until(&mut h, &recorder, Key::Num8, fraud_button, 10);
    press(&mut h, Key::Num5);
    assert_eq!(h.state().session().screen(), &Screen::List(fraud::ID));
    assert_eq!(recorder.said().last().map(String::as_str), Some(fraud_where), "entering a page says where you are");
    focus_until(&mut h, &recorder, Key::ArrowDown, scam_button, 10);
    press(&mut h, Key::Enter);
    assert!(matches!(h.state().session().screen(), Screen::Item(fraud::ID, _)));
    assert_eq!(recorder.said().last().map(String::as_str), Some(scam_where));
    // The focus starts on the title; back is above it, in the top bar.
    focus_until(&mut h, &recorder, Key::Num2, back_button, 5);
    press(&mut h, Key::Num5);
    assert_eq!(h.state().session().screen(), &Screen::List(fraud::ID));
    press(&mut h, Key::Num0);
    assert_eq!(h.state().session().screen(), &Screen::Home);
    // The repeat key says the last thing again; + makes it louder.
    let (last, before) = (recorder.said().last().cloned().expect("something was said"), recorder.said().len());
    press(&mut h, Key::Period);
    let again = recorder.said()[before..].to_vec();
    assert!(again.contains(&last), "the repeat key said {last:?} again: {again:?}");
    press(&mut h, Key::Plus);
    assert_eq!(h.state().session().voice.volume, 2);
    assert!(recorder.said().iter().all(|s| s == "stop" || s.starts_with(&format!("{lang}: "))), "{lang} only");
}

#[test]
fn keypad_alone_walks_home_to_a_scam_and_back_in_chinese() {
    keypad_walk(
        "zh-CN",
        [
            "zh-CN: 语音模式已打开。按 8 或向下键，到下一项。按 2 或向上键，回上一项。按 5 或回车键，选择。按 0，回首页。按小数点键，再听一遍。按加号或减号，调节音量。",
            "zh-CN: 防骗提醒，按钮",
            "zh-CN: 防骗提醒，第 1 页，共 2 页",
            "zh-CN: 冒充公检法，按钮",
            "zh-CN: 冒充公检法",
            "zh-CN: 返回，按钮",
        ],
    );
}

#[test]
fn keypad_alone_walks_home_to_a_scam_and_back_in_english() {
    keypad_walk(
        "en-US",
        [
            "en-US: Speech mode is on. Press 8 or the down arrow for the next item. Press 2 or the up arrow for the one before. Press 5 or Enter to choose. Press 0 for the start page. Press the dot key to hear it again. Press plus or minus to change the volume.",
            "en-US: Scam warnings, button",
            "en-US: Scam warnings. Page 1 of 3.",
            "en-US: Fake police, prosecutors or courts, button",
            "en-US: Fake police, prosecutors or courts",
            "en-US: Back, button",
        ],
    );
}

/// Hong Kong Chinese is read in Cantonese (numbers too, digit by digit), and
/// in Mandarin where the branch says its readers prefer it.
#[test]
fn hong_kong_chinese_is_read_in_cantonese_or_as_the_branch_chooses() {
    for (cantonese, expected) in [(true, "yue: "), (false, "zh-CN: ")] {
        let dir = tempfile::tempdir().expect("temp");
        let files = support::staff::staff_files(dir.path(), |s| s.cantonese_for_hong_kong = cantonese);
        let (mut config, recorder) = config_with_speech();
        config.staff_files = Some(files);
        let mut h = harness_with(LANDSCAPE, config, false);
        tap(&mut h, "繁體中文");
        tap(&mut h, "防騙提醒");
        recorder.clear();
        tap(&mut h, "朗讀");
        let said = recorder.said();
        let spoken: Vec<&String> = said.iter().filter(|s| *s != "stop").collect();
        assert!(!spoken.is_empty() && spoken.iter().all(|s| s.starts_with(expected)), "{said:#?}");
    }
}
