//! Everything the kiosk says: page announcements, "read this page" with its
//! controls, and the keypad focus. Phone numbers are spelled out here, in the
//! language shown, just before the text goes to the engine.

use std::sync::Arc;

use crate::content::ContentStore;
use crate::content::narration::Narration;
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::{Session, VoiceChange};
use crate::metrics::{KioskMetrics, UtteranceResult};
use crate::speech::{DigitWords, Event, Reader, Reading, Sound, Speech, Utterance, Voice};
use crate::ui::{Item, Role};

/// How to say things right now: the language shown and the customer's voice.
pub struct Context<'a> {
    pub lang: String,
    pub voice: Voice,
    pub i18n: &'a I18n,
    /// The branch's phone numbers, read digit by digit wherever they appear.
    pub phones: Vec<String>,
    /// People's recordings of texts, played instead of the voice.
    pub narration: &'a Narration,
}

impl<'a> Context<'a> {
    /// The language shown, the customer's voice, the branch's phone numbers.
    pub fn new(session: &Session, i18n: &'a I18n, store: &'a ContentStore) -> Self {
        let content = store.content();
        Self {
            lang: session.language.clone(),
            voice: session.voice,
            i18n,
            phones: content.phone_numbers(),
            narration: &content.narration,
        }
    }

    fn t(&self, id: &str) -> String {
        self.i18n.text(&self.lang, id)
    }

    /// An item as the keypad focus says it: its words and what it is.
    pub fn spoken_item(&self, item: &Item) -> String {
        let name = [("name", FluentValue::from(item.text.as_str()))];
        match item.role {
            Role::Button => self.i18n.text_with(&self.lang, "speech-button", &name),
            Role::Title => self.i18n.text_with(&self.lang, "speech-title", &name),
            Role::Text => item.text.clone(),
        }
    }

    fn spell(&self, text: &str) -> String {
        let words =
            DigitWords::new(&self.t("speech-digits"), &self.t("speech-digit-join"), &self.t("speech-number-pause"));
        match words {
            Some(words) => words.spell_phone_numbers(text, &self.phones),
            None => text.to_owned(),
        }
    }
}

/// An utterance being spoken, and when to stop waiting for the engine to say
/// it is done (some engines never do).
struct Playing {
    id: u64,
    until: f64,
}

pub struct Talk {
    speech: Speech,
    reader: Reader,
    /// Speak each page's title and position when it opens.
    auto_read: bool,
    /// Read Hong Kong Chinese in Cantonese (else Mandarin).
    cantonese: bool,
    next_id: u64,
    playing: Option<Playing>,
    /// The last thing said, for "repeat" when nothing is being read.
    last_text: Option<String>,
    metrics: Arc<KioskMetrics>,
}

impl Talk {
    pub fn new(speech: Speech, auto_read: bool, metrics: Arc<KioskMetrics>) -> Self {
        let cantonese = true;
        Self {
            speech,
            reader: Reader::default(),
            auto_read,
            cantonese,
            next_id: 0,
            playing: None,
            last_text: None,
            metrics,
        }
    }

    pub fn set_auto_read(&mut self, on: bool) {
        self.auto_read = on;
    }

    pub fn set_cantonese(&mut self, on: bool) {
        self.cantonese = on;
    }

    pub fn speech(&self) -> &Speech {
        &self.speech
    }

    pub fn reading(&self) -> Reading {
        self.reader.state()
    }

    /// The page item being read (index among the page's items).
    pub fn highlight(&self) -> Option<usize> {
        self.reader.current()
    }

    /// While something is being said, the latest moment it should end: the
    /// idle timer must not run out under a listener.
    pub fn speaking_until(&self, now: f64) -> Option<f64> {
        self.playing.as_ref().map(|p| p.until).filter(|until| now < *until)
    }

    /// Seconds until the app must look again (to stop waiting for a silent engine).
    pub fn next_change_in(&self, now: f64) -> Option<f64> {
        self.playing.as_ref().map(|p| (p.until - now).max(0.05))
    }

    /// Handles what the engine reported. Returns true when anything changed.
    pub fn poll(&mut self, cx: &Context, now: f64) -> bool {
        // Speech is gone (speech-dispatcher stopped): reading ends, the buttons
        // go, and nothing waits for an end that will not be reported.
        if !self.speech.is_available() && (self.playing.is_some() || self.reader.state() != Reading::Idle) {
            self.reader.stop();
            self.playing = None;
            return true;
        }
        let mut changed = false;
        // A finishing engine may report the next item at once: bounded loop.
        for _ in 0..1000 {
            let mut done: Vec<u64> = self.speech.take_events().into_iter().map(|Event::Done(id)| id).collect();
            for _ in &done {
                self.metrics.utterance(UtteranceResult::Finished);
            }
            if let Some(p) = self.playing.as_ref().filter(|p| now >= p.until && !done.contains(&p.id)) {
                self.metrics.utterance(UtteranceResult::NoEndReported);
                done.push(p.id);
            }
            if done.is_empty() {
                break;
            }
            changed = true;
            for id in done {
                if self.playing.as_ref().is_some_and(|p| p.id == id) {
                    self.playing = None;
                }
                if let Some(next) = self.reader.done(id) {
                    let id = self.say(cx, &next, now);
                    self.reader.speaking(id);
                }
            }
        }
        changed
    }

    /// Speaks a new page's announcement ("防骗提醒，第 1 页，共 3 页").
    /// Leaving a page stops whatever was being read on it.
    pub fn announce(&mut self, cx: &Context, announce: Option<&str>, speech_mode: bool, now: f64) {
        self.reader.stop();
        match announce {
            Some(text) if self.auto_read || speech_mode => {
                self.say(cx, text, now);
            }
            // The attract screen stays silent.
            _ => self.silence(),
        }
    }

    /// The read button: start reading the page (`page`, in screen order),
    /// pause, or resume.
    pub fn read_page(&mut self, cx: &Context, page: impl FnOnce() -> Vec<String>, now: f64) {
        match self.reader.state() {
            Reading::Idle => {
                if let Some(first) = self.reader.start(page()) {
                    let id = self.say(cx, &first, now);
                    self.reader.speaking(id);
                }
            }
            Reading::Reading => {
                self.reader.pause();
                self.silence();
            }
            Reading::Paused => self.continue_reading(cx, Reader::resume, now),
        }
    }

    /// Touch to hear: read the page's block `at` alone (`page` in screen
    /// order, as for the read button), interrupting whatever was said.
    pub fn hear(&mut self, cx: &Context, page: Vec<String>, at: usize, now: f64) {
        self.silence();
        if let Some(text) = self.reader.start_one(page, at) {
            let id = self.say(cx, &text, now);
            self.reader.speaking(id);
        }
    }

    /// Say the sentence being read (or the last thing said) again.
    pub fn repeat(&mut self, cx: &Context, now: f64) {
        if self.reader.state() == Reading::Idle {
            if let Some(last) = self.last_text.clone() {
                self.say(cx, &last, now);
            }
        } else {
            self.continue_reading(cx, Reader::repeat, now);
        }
    }

    /// The customer changed the voice: reading goes on in the new voice;
    /// otherwise the change is said, in the new voice.
    pub fn voice_changed(&mut self, cx: &Context, change: VoiceChange, now: f64) {
        if self.reader.state() == Reading::Reading {
            self.continue_reading(cx, Reader::repeat, now);
            return;
        }
        let feedback = match change {
            VoiceChange::Slower => cx.t("speech-slower"),
            VoiceChange::Faster => cx.t("speech-faster"),
            VoiceChange::CycleVolume | VoiceChange::Louder | VoiceChange::Quieter => cx.i18n.text_with(
                &cx.lang,
                "speech-volume",
                &[("level", FluentValue::from(cx.t(cx.voice.volume_word_id())))],
            ),
        };
        self.say(cx, &feedback, now);
    }

    /// Says one thing now (a focused item, the how-to), interrupting reading.
    pub fn say_now(&mut self, cx: &Context, text: &str, now: f64) {
        self.reader.stop();
        self.say(cx, text, now);
    }

    /// Stops all speech and reading (session reset, staff leaving).
    pub fn stop_all(&mut self) {
        self.reader.stop();
        self.silence();
    }

    fn continue_reading(&mut self, cx: &Context, step: fn(&mut Reader) -> Option<String>, now: f64) {
        if let Some(text) = step(&mut self.reader) {
            let id = self.say(cx, &text, now);
            self.reader.speaking(id);
        }
    }

    fn say(&mut self, cx: &Context, text: &str, now: f64) -> u64 {
        self.next_id += 1;
        let id = self.next_id;
        let spoken = cx.spell(text);
        // A recording is of the text as shown, in the language shown.
        let recorded = cx.narration.find(&cx.lang, text);
        // Generous: slow Mandarin is about three characters a second; a
        // recording lasts what it lasts, at the customer's speed.
        let until = now
            + 3.0
            + match recorded {
                Some(r) => 1.5 * f64::from(r.seconds),
                None => 0.5 * spoken.chars().count() as f64,
            };
        self.metrics.utterance(UtteranceResult::Sent);
        let lang = crate::lang::speech_language(&cx.lang, self.cantonese).to_owned();
        let recording =
            recorded.map(|r| Sound { path: r.path.clone(), gain_db: r.gain_db, headroom_db: r.headroom_db });
        self.speech.say(Utterance { id, lang, text: spoken, voice: cx.voice, recording });
        self.playing = Some(Playing { id, until });
        self.last_text = Some(text.to_owned());
        id
    }

    fn silence(&mut self) {
        self.speech.stop();
        self.playing = None;
    }
}
