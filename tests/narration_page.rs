//! "Read this page" on the real app with the real engines: speech-dispatcher
//! (espeak-ng) reads the texts and SoX plays the one text that has a person's
//! recording, in screen order, each starting when the one before has finished.
//! A thin wrapper notes what the real engine was asked, in order.

mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kiosk::app::AppConfig;
use kiosk::content::narration::fingerprint;
use kiosk::speech::{Engine, Events, Output, Speech, Status, TtsEngine, Utterance};
use support::sound::write_voice_like;
use support::speechd::headless_speech_dispatcher;
use support::*;

const SIGN: &str = "让您把钱转到一个“安全账户”。";

/// The real engine, with a note of each utterance it is given.
struct Noting {
    inner: TtsEngine,
    notes: Arc<Mutex<Vec<String>>>,
}

impl Engine for Noting {
    fn connect(&mut self, events: Events) {
        self.inner.connect(events);
    }

    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        let note = match &u.recording {
            Some(_) => "recording".to_owned(),
            None => u.text.clone(),
        };
        if let Ok(mut notes) = self.notes.lock() {
            notes.push(note);
        }
        self.inner.speak(u)
    }

    fn stop(&mut self) -> Result<(), String> {
        self.inner.stop()
    }
}

#[test]
fn a_page_is_read_by_the_voice_and_a_recording_in_turn() {
    let home = tempfile::tempdir().expect("temp home");
    headless_speech_dispatcher(home.path());
    let content = content_copy();
    write_voice_like(&content.path().join(format!("narration/sign.zh-CN.{}.wav", fingerprint(SIGN))), 1.5, 0.2);
    let played = tempfile::tempdir().expect("played");
    let (out, notes) = (played.path().to_path_buf(), Arc::new(Mutex::new(Vec::new())));
    let noted = notes.clone();
    let speech = Speech::start(move || {
        let inner = TtsEngine::with_player("zh-CN", Output::Files(out.clone()))?;
        Ok(Box::new(Noting { inner, notes: noted.clone() }) as Box<dyn Engine>)
    });
    let ready = wait_for(Duration::from_secs(30), || Some(speech.status()).filter(|s| *s != Status::Starting));
    assert_eq!(ready, Some(Status::Ready), "speech-dispatcher did not start");
    let config = AppConfig { content_dir: content.path().to_path_buf(), speech, auto_read: false, ..config() };
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    let page: Vec<String> = h.state().items().iter().filter(|i| i.on_page).map(|i| i.text.clone()).collect();
    assert!(page.contains(&SIGN.to_owned()), "{page:#?}");

    tap(&mut h, "朗读");
    let deadline = Instant::now() + Duration::from_secs(180);
    while h.state().reading() != kiosk::speech::Reading::Idle && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
    assert_eq!(h.state().reading(), kiosk::speech::Reading::Idle, "the page was read to its end in time");
    // Phone numbers go to the voice digit by digit, in the words of zh-CN's `speech-digits`.
    let spelled = |t: &String| {
        t.chars()
            .map(|c| c.to_digit(10).map_or(c, |d| "零一二三四五六七八九".chars().nth(d as usize).unwrap_or(c)))
            .collect()
    };
    let expected: Vec<String> =
        page.iter().map(|t| if t == SIGN { "recording".to_owned() } else { spelled(t) }).collect();
    let heard = notes.lock().map(|n| n.clone()).unwrap_or_default();
    assert_eq!(heard, expected, "in screen order, the recording in its text's place");
    let files = std::fs::read_dir(played.path()).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files, 1, "one recording was played");
}
