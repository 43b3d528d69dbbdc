//! Recorded narration in the app: a page is read with a person's recording
//! where there is one and the voice for the rest, in screen order, and the
//! customer's controls (pause, resume, repeat, slower, stop) work on a
//! recording as on the voice. A recording whose text changed is not played.
//! Heard through the recording engine; `narration_sound.rs` plays for real.

mod support;

use std::path::Path;

use egui_kittest::Harness;
use kiosk::app::{AppConfig, KioskApp};
use kiosk::content::narration::fingerprint;
use kiosk::speech::{Reading, RecordingEngine};
use support::sound::write_voice_like;
use support::*;

const SIGN: &str = "让您把钱转到一个“安全账户”。";

fn app_on(content: &Path) -> (Harness<'static, KioskApp>, RecordingEngine) {
    let (config, recorder) = config_with_engine(RecordingEngine::default());
    let config = AppConfig { content_dir: content.to_path_buf(), ..config };
    (harness_with(LANDSCAPE, config, false), recorder)
}

/// The safe-account page read from the start to its end, one item at a time.
fn read_whole_page(h: &mut Harness<'static, KioskApp>, recorder: &RecordingEngine) -> Vec<String> {
    tap(h, "防骗提醒");
    tap(h, "“安全账户”骗局");
    recorder.finish();
    settle(h);
    let start = recorder.said().len();
    tap(h, "朗读");
    for _ in 0..50 {
        if h.state().reading() == Reading::Idle {
            break;
        }
        recorder.finish();
        settle(h);
    }
    assert_eq!(h.state().reading(), Reading::Idle, "the page was read to its end");
    recorder.said().split_off(start).into_iter().filter(|s| s != "stop").collect()
}

#[test]
fn a_page_is_read_with_the_recording_where_there_is_one_and_the_voice_for_the_rest() {
    let plain = content_copy();
    let (mut h, recorder) = app_on(plain.path());
    let by_voice = read_whole_page(&mut h, &recorder);
    assert!(by_voice.contains(&format!("zh-CN: {SIGN}")), "{by_voice:#?}");

    let recorded = content_copy();
    let file = recorded.path().join(format!("narration/topic-safe-account-4.zh-CN.{}.wav", fingerprint(SIGN)));
    write_voice_like(&file, 1.5, 0.2);
    let (mut h, recorder) = app_on(recorded.path());
    let with_recording = read_whole_page(&mut h, &recorder);
    let expected: Vec<String> = by_voice
        .iter()
        .map(|s| if *s == format!("zh-CN: {SIGN}") { format!("zh-CN: play {}", file.display()) } else { s.clone() })
        .collect();
    assert_eq!(with_recording, expected, "the same order, the recording in its text's place");
}

#[test]
fn pause_resume_repeat_slower_and_stop_work_on_a_recording() {
    let recorded = content_copy();
    let file = recorded.path().join(format!("narration/topic-safe-account-4.zh-CN.{}.wav", fingerprint(SIGN)));
    write_voice_like(&file, 1.5, 0.2);
    let play = format!("zh-CN: play {}", file.display());
    let (mut h, recorder) = app_on(recorded.path());
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    recorder.finish();
    settle(&mut h);
    tap(&mut h, "朗读");
    for _ in 0..20 {
        if h.state().highlighted().is_some_and(|i| i.text == SIGN) {
            break;
        }
        recorder.finish();
        settle(&mut h);
    }
    assert_eq!(recorder.said().last(), Some(&play), "the recording is playing");
    assert_eq!(h.state().highlighted().map(|i| i.text.as_str()), Some(SIGN), "framed while it plays");

    let start = recorder.said().len();
    tap(&mut h, "暂停");
    assert_eq!(h.state().reading(), Reading::Paused);
    tap(&mut h, "继续");
    assert_eq!(recorder.said().split_off(start), ["stop".to_owned(), play.clone()], "resumes the recording");
    tap(&mut h, "声音");
    tap(&mut h, "重复");
    assert_eq!(recorder.said().last(), Some(&play), "repeat plays it again");
    tap(&mut h, "慢一点");
    let last = recorder.utterances().pop().expect("played again");
    assert!(last.recording.is_some() && last.voice.rate == -1, "played again, slower: {last:?}");
    tap(&mut h, "停止");
    assert_eq!(recorder.said().last().map(String::as_str), Some("stop"));
    assert_eq!(h.state().reading(), Reading::Idle);
}

#[test]
fn a_recording_of_a_text_that_changed_is_not_played() {
    let recorded = content_copy();
    // Recorded when the sign read differently.
    let old = "让您把钱转到“安全账户”。";
    let file = recorded.path().join(format!("narration/topic-safe-account-4.zh-CN.{}.wav", fingerprint(old)));
    write_voice_like(&file, 1.5, 0.2);
    let (mut h, recorder) = app_on(recorded.path());
    let said = read_whole_page(&mut h, &recorder);
    assert!(said.contains(&format!("zh-CN: {SIGN}")), "the voice reads the new text: {said:#?}");
    assert!(!said.iter().any(|s| s.contains(" play ")), "{said:#?}");
}
