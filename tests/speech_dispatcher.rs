//! The kiosk's own speech service on the real engine: speech-dispatcher through
//! the `tts` crate, voice chosen on the speech thread, and the engine's
//! "finished" callback coming back as an event (which moves "read this page"
//! on to the next item). Sound goes to libao's null driver, so this runs on a
//! machine without audio; the daemon is a private one with its own settings.
//! Killed mid-sentence, it comes back and speech goes on without a restart.

mod support;

use std::time::Duration;

use kiosk::speech::{Engine, Event, Speech, Status, TtsEngine, Utterance, Voice};
use support::speechd::headless_speech_dispatcher;
use support::wait_for;

#[test]
fn speech_dispatcher_speaks_and_reports_each_utterance_finished() {
    let home = tempfile::tempdir().expect("temp home");
    headless_speech_dispatcher(home.path());
    let speech = Speech::start(|| TtsEngine::new("zh-CN").map(|e| Box::new(e) as Box<dyn Engine>));
    let status = wait_for(Duration::from_secs(30), || Some(speech.status()).filter(|s| *s != Status::Starting));
    assert_eq!(status, Some(Status::Ready), "speech-dispatcher did not start");
    for (id, lang, text) in [
        (1, "zh-CN", "拿不准，打九六一一零。"),
        (2, "en-US", "Not sure? Call nine six one one zero."),
        (5, "yue", "不肯定，打九六一一零。"),
    ] {
        speech.say(Utterance { id, lang: lang.into(), text: text.into(), voice: Voice::DEFAULT, recording: None });
        let done =
            wait_for(Duration::from_secs(30), || speech.take_events().into_iter().find(|e| *e == Event::Done(id)));
        assert_eq!(done, Some(Event::Done(id)), "{lang}: the engine never said it had finished");
    }

    // speech-dispatcher killed mid-sentence: the next utterance finds the old
    // connection dead, the speech thread builds a new engine (libspeechd starts
    // a new daemon), and speech goes on without restarting the kiosk.
    let long = "请注意，这是一句很长的话，用来在朗读的中途停掉语音服务。".repeat(4);
    speech.say(Utterance { id: 3, lang: "zh-CN".into(), text: long, voice: Voice::DEFAULT, recording: None });
    // Not a wait for a result: the sentence gets going (whether it has or not,
    // the next utterance meets a dead connection).
    std::thread::sleep(Duration::from_millis(300));
    let pid_file = home.path().join("run/speech-dispatcher/pid/speech-dispatcher.pid");
    let pid = std::fs::read_to_string(&pid_file).expect("the daemon's pid file");
    let daemon: i32 = pid.trim().parse().expect("a pid");
    // SAFETY: a plain system call; the pid is our private daemon's.
    let killed = unsafe { libc::kill(daemon, libc::SIGKILL) };
    assert_eq!(killed, 0, "speech-dispatcher {daemon} killed");
    let gone = wait_for(Duration::from_secs(30), || {
        let state = std::fs::read_to_string(format!("/proc/{daemon}/stat")).unwrap_or_default();
        let state = state.rsplit(')').next().unwrap_or_default().trim_start().chars().next();
        matches!(state, None | Some('Z' | 'X')).then_some(())
    });
    assert!(gone.is_some(), "speech-dispatcher {daemon} is gone");
    let _ = speech.take_events();
    speech.say(Utterance {
        id: 4,
        lang: "zh-CN".into(),
        text: "又可以朗读了。".into(),
        voice: Voice::DEFAULT,
        recording: None,
    });
    let done = wait_for(Duration::from_secs(40), || speech.take_events().into_iter().find(|e| *e == Event::Done(4)));
    assert_eq!(done, Some(Event::Done(4)), "speech came back after the daemon was killed");
    assert_eq!(speech.status(), Status::Ready);

    // Hong Kong Chinese is read by a Cantonese voice (espeak-ng `yue`), and
    // Simplified Chinese by a Mandarin one.
    let mut engine = TtsEngine::new("zh-CN").expect("a second connection");
    let cantonese = engine.voice_language("yue").unwrap_or_default().to_lowercase();
    assert!(cantonese.starts_with("yue") || cantonese.starts_with("zh-yue"), "Cantonese voice: {cantonese:?}");
    let mandarin = engine.voice_language("zh-CN").unwrap_or_default().to_lowercase();
    assert!(!mandarin.contains("yue") && !mandarin.is_empty(), "Mandarin voice: {mandarin:?}");
    let new_pid = std::fs::read_to_string(&pid_file).expect("a new daemon");
    assert_ne!(new_pid.trim(), pid.trim(), "a new speech-dispatcher runs");
}
