//! The real engine: the `tts` crate (speech-dispatcher on Linux, WinRT/SAPI on
//! Windows, AVFoundation on macOS), with one voice chosen per language.

use std::collections::HashMap;

use tts::{Tts, Voice};

use super::{Engine, Utterance};

pub struct TtsEngine {
    tts: Tts,
    voices: Vec<Voice>,
    chosen: HashMap<String, Option<Voice>>,
    current: Option<String>,
}

impl TtsEngine {
    /// Slow (seconds on speech-dispatcher): call on the speech thread only.
    pub fn new() -> Result<Self, String> {
        let mut tts = Tts::default().map_err(|e| format!("no speech engine: {e}"))?;
        // Slower than the engine's normal speed, for older listeners.
        let rate = tts.normal_rate() - (tts.normal_rate() - tts.min_rate()) * 0.25;
        let _ = tts.set_rate(rate);
        let voices = tts.voices().unwrap_or_default();
        Ok(Self { tts, voices, chosen: HashMap::new(), current: None })
    }

    /// A voice for `lang`: same language and region, else same language
    /// (Mandarin voices are tagged `cmn` on espeak-ng).
    fn voice_for(&mut self, lang: &str) -> Option<Voice> {
        let voices = &self.voices;
        self.chosen
            .entry(lang.to_owned())
            .or_insert_with(|| {
                let primary = lang.split('-').next().unwrap_or(lang);
                let wanted: &[&str] = if primary == "zh" { &["zh", "cmn", "yue"] } else { &[primary] };
                let tag = |v: &Voice| v.language().to_string().to_lowercase();
                voices
                    .iter()
                    .find(|v| tag(v) == lang.to_lowercase())
                    .or_else(|| voices.iter().find(|v| wanted.iter().any(|w| tag(v).starts_with(w))))
                    .cloned()
            })
            .clone()
    }
}

impl Engine for TtsEngine {
    fn speak(&mut self, u: &Utterance) {
        if self.current.as_deref() != Some(u.lang.as_str()) {
            if let Some(voice) = self.voice_for(&u.lang) {
                let _ = self.tts.set_voice(&voice);
            }
            self.current = Some(u.lang.clone());
        }
        if let Err(e) = self.tts.speak(u.text.clone(), true) {
            log::warn!("speech failed: {e}");
        }
    }

    fn stop(&mut self) {
        let _ = self.tts.stop();
    }
}
