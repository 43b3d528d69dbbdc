//! The real engine: the `tts` crate (speech-dispatcher on Linux, WinRT/SAPI on
//! Windows, AVFoundation on macOS), with one voice chosen per language.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use tts::{Tts, UtteranceId};

use super::engine::{Engine, Utterance, Voice};
use super::events::{Event, Events};
use super::module_voice::ModuleVoice;
use super::player::{Output, Player};

type Pending = Arc<Mutex<HashMap<UtteranceId, u64>>>;

pub struct TtsEngine {
    tts: Tts,
    voices: Vec<tts::Voice>,
    chosen: HashMap<String, Option<tts::Voice>>,
    current_lang: Option<String>,
    current_voice: Option<Voice>,
    /// The engine's ids of utterances still speaking, to report ours back.
    pending: Pending,
    /// Plays recordings instead of the voice where there is one.
    player: Player,
    events: Events,
    /// Voices by speech language from the settings (module names), opened on `connect`.
    wanted_voices: BTreeMap<String, String>,
    voices_by_lang: HashMap<String, ModuleVoice>,
}

impl TtsEngine {
    /// Slow (seconds on speech-dispatcher): call on the speech thread only.
    /// Sets up the voice for `lang` at once, so the first tap is not slow.
    pub fn new(lang: &str) -> Result<Self, String> {
        Self::with_player(lang, Output::Speakers)
    }

    /// As `new`, with recordings played to `output`.
    pub fn with_player(lang: &str, output: Output) -> Result<Self, String> {
        let tts = Tts::default().map_err(|e| format!("no speech engine: {e}"))?;
        let voices = tts.voices().unwrap_or_default();
        let mut engine = Self {
            tts,
            voices,
            chosen: HashMap::new(),
            current_lang: None,
            current_voice: None,
            pending: Pending::default(),
            player: Player::new(output),
            events: Events::default(),
            wanted_voices: BTreeMap::new(),
            voices_by_lang: HashMap::new(),
        };
        engine.prepare(lang, Voice::DEFAULT);
        Ok(engine)
    }

    /// Reads each language listed with the speech-dispatcher module named
    /// for it (the settings' `[voices]`), where speech-dispatcher has it.
    pub fn with_voices(mut self, voices: &BTreeMap<String, String>) -> Self {
        self.wanted_voices = voices.clone();
        self
    }

    /// The languages read by a module voice, for staff and tests.
    pub fn module_voice_languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self.voices_by_lang.keys().cloned().collect();
        langs.sort();
        langs
    }

    /// Voice and settings for `lang` (setting a voice takes ~2 s on speech-dispatcher).
    fn prepare(&mut self, lang: &str, voice: Voice) {
        if self.current_lang.as_deref() != Some(lang) {
            if let Some(v) = self.voice_for(lang) {
                let _ = self.tts.set_voice(&v);
            }
            self.current_lang = Some(lang.to_owned());
            // A new voice may come with its own rate and volume.
            self.current_voice = None;
        }
        if self.current_voice != Some(voice) {
            self.apply_voice(voice);
            self.current_voice = Some(voice);
        }
    }

    /// A voice for `lang`: same language and region, else same language
    /// (Mandarin voices are tagged `cmn` on espeak-ng).
    fn voice_for(&mut self, lang: &str) -> Option<tts::Voice> {
        let voices = &self.voices;
        self.chosen
            .entry(lang.to_owned())
            .or_insert_with(|| {
                let wanted = crate::lang::voice_tags(lang);
                let tag = |v: &tts::Voice| v.language().to_string().to_lowercase();
                voices
                    .iter()
                    .find(|v| tag(v) == lang.to_lowercase())
                    .or_else(|| voices.iter().find(|v| wanted.iter().any(|w| tag(v).starts_with(w))))
                    .cloned()
            })
            .clone()
    }

    /// The language tag of the voice `lang` is read with (for staff and tests).
    pub fn voice_language(&mut self, lang: &str) -> Option<String> {
        self.voice_for(lang).map(|v| v.language().to_string())
    }

    /// Maps the kiosk's steps onto this engine's ranges. Step 0 is a quarter of
    /// the way from normal towards the slowest, for older listeners.
    fn apply_voice(&mut self, voice: Voice) {
        let (min, normal, max) = (self.tts.min_rate(), self.tts.normal_rate(), self.tts.max_rate());
        let _ = self.tts.set_rate(rate_in(voice, min, normal, max));
        let _ = self.tts.set_volume(volume_in(voice, self.tts.min_volume(), self.tts.max_volume()));
    }
}

/// A speed step on an engine's scale: step 0 is a quarter of the way from
/// normal towards the slowest, for older listeners.
fn rate_in(voice: Voice, min: f32, normal: f32, max: f32) -> f32 {
    let base = normal - (normal - min) * 0.25;
    let step = f32::from(voice.rate);
    let rate = if step < 0.0 { base + (base - min) * 0.3 * step } else { base + (max - base) * 0.12 * step };
    rate.clamp(min, max)
}

fn volume_in(voice: Voice, min: f32, max: f32) -> f32 {
    let share = [0.55, 0.8, 1.0][usize::from(voice.volume.min(Voice::MAX_VOLUME))];
    min + (max - min) * share
}

impl Engine for TtsEngine {
    fn connect(&mut self, events: Events) {
        self.events = events.clone();
        for (lang, module) in &self.wanted_voices {
            match ModuleVoice::open(module, lang, &events) {
                Ok(voice) => drop(self.voices_by_lang.insert(lang.clone(), voice)),
                Err(e) => log::warn!("{e}; espeak-ng reads {lang}"),
            }
        }
        for stopped in [false, true] {
            let (pending, events) = (self.pending.clone(), events.clone());
            // Runs on the engine's own thread: only hand the news over.
            let report = Box::new(move |id: UtteranceId| {
                let ours = pending.lock().ok().and_then(|mut p| p.remove(&id));
                if let Some(ours) = ours {
                    events.push(Event::Done(ours));
                }
            });
            let result = if stopped {
                self.tts.on_utterance_stop(Some(report))
            } else {
                self.tts.on_utterance_end(Some(report))
            };
            if let Err(e) = result {
                log::info!("speech engine does not report finished utterances ({e}); the app estimates");
            }
        }
    }

    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        if let Some(sound) = &u.recording {
            // The voice falls silent for the person; a dead daemon shows on the next text.
            let _ = self.tts.stop();
            match self.player.play(u.id, sound, u.voice, &self.events) {
                Ok(()) => return Ok(()),
                Err(e) => log::warn!("{e}; the voice reads it instead"),
            }
        }
        self.player.stop();
        if let Some(voice) = self.voices_by_lang.get_mut(&u.lang) {
            let _ = self.tts.stop();
            let (rate, volume) = (rate_in(u.voice, -100.0, 0.0, 100.0), volume_in(u.voice, -100.0, 100.0));
            return voice.speak(u.id, &u.text, rate as i32, volume as i32);
        }
        for voice in self.voices_by_lang.values_mut() {
            voice.stop();
        }
        self.prepare(&u.lang, u.voice);
        // speech-dispatcher gone: `say` fails (the socket is closed).
        let id = self.tts.speak(u.text.clone(), true).map_err(|e| format!("speech failed: {e}"))?;
        if let (Some(id), Ok(mut p)) = (id, self.pending.lock()) {
            p.insert(id, u.id);
        }
        Ok(())
    }

    fn stop(&mut self) -> Result<(), String> {
        self.player.stop();
        for voice in self.voices_by_lang.values_mut() {
            voice.stop();
        }
        self.tts.stop().map(|_| ()).map_err(|e| format!("speech stop failed: {e}"))
    }
}
