//! One Chinese and one English sentence through a real speech engine:
//! espeak-ng, the engine speech-dispatcher drives on the lobby PC, writing a
//! WAV file instead of playing it. The words are the kiosk's own (screen text
//! and digit-by-digit phone numbers from `locales/`). `./x test` installs
//! espeak-ng 1.52 from bookworm-backports (1.51 reads Mandarin wrongly).

use std::path::Path;
use std::process::Command;

use kiosk::i18n::I18n;
use kiosk::speech::DigitWords;

fn spoken(i18n: &I18n, lang: &str, text: &str) -> String {
    let t = |id| i18n.text(lang, id);
    let words = DigitWords::new(&t("speech-digits"), &t("speech-digit-join"), &t("speech-number-pause"))
        .expect("ten digit words");
    words.spell_phone_numbers(text, &["96110".to_owned()])
}

/// (seconds, RMS of the 16-bit samples) of what espeak-ng said.
fn speak_to_wav(voice: &str, text: &str, out: &Path) -> (f64, f64) {
    let status = Command::new("espeak-ng")
        .args(["-v", voice, "-s", "140", "-w"])
        .arg(out)
        .arg(text)
        .status()
        .expect("espeak-ng runs (./x test installs it)");
    assert!(status.success(), "espeak-ng failed for {voice}");
    let mut reader = hound::WavReader::open(out).expect("a WAV file");
    let spec = reader.spec();
    let samples: Vec<i16> = reader.samples::<i16>().map(|s| s.expect("sample")).collect();
    let seconds = samples.len() as f64 / f64::from(spec.sample_rate) / f64::from(spec.channels);
    let rms = (samples.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>() / samples.len().max(1) as f64).sqrt();
    (seconds, rms)
}

#[test]
fn espeak_ng_is_new_enough_for_mandarin() {
    let out = Command::new("espeak-ng").arg("--version").output().expect("espeak-ng is installed (./x test)");
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text.split_whitespace().find(|w| w.starts_with(|c: char| c.is_ascii_digit())).unwrap_or("0");
    let parts: Vec<u32> = version.split('.').filter_map(|p| p.parse().ok()).collect();
    assert!(parts >= vec![1, 52], "espeak-ng {version} reads Mandarin wrongly; 1.52 or newer is needed");
}

#[test]
fn a_real_engine_speaks_chinese_and_english() {
    let i18n = I18n::load(&kiosk::paths::locales_dir());
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [("cmn", "zh-CN", "拿不准，打 96110。"), ("en-us", "en-US", "Not sure? Call 96110.")];
    for (voice, lang, text) in cases {
        let words = spoken(&i18n, lang, text);
        assert!(!words.contains("96110"), "the number is spelled out: {words}");
        let (seconds, rms) = speak_to_wav(voice, &words, &dir.path().join(format!("{lang}.wav")));
        // About three syllables a second at this speed: a few seconds, not a blip
        // and not a runaway.
        assert!((1.5..15.0).contains(&seconds), "{lang}: {seconds:.2} s of audio for {words:?}");
        assert!(rms > 300.0, "{lang}: the audio is silent (RMS {rms:.0})");
        eprintln!("{lang}: {words:?} → {seconds:.2} s, RMS {rms:.0}");
    }
}
