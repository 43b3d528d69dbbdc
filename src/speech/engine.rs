//! What the app asks of a speech engine, and the voice settings it passes.

use std::path::PathBuf;

use super::events::Events;

/// How fast and loud to speak, as steps around the kiosk's defaults. The
/// engine maps steps onto its own ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Voice {
    /// -2 (slowest) ..= 2; 0 is already slower than the engine's normal.
    pub rate: i8,
    /// 0 (quiet) ..= 2 (loud).
    pub volume: u8,
}

impl Voice {
    pub const MIN_RATE: i8 = -2;
    pub const MAX_RATE: i8 = 2;
    pub const MAX_VOLUME: u8 = 2;
    pub const DEFAULT: Voice = Voice { rate: 0, volume: 1 };

    /// The screen-text message naming the volume: "小" / "low" …
    pub fn volume_word_id(self) -> &'static str {
        match self.volume {
            0 => "speech-volume-low",
            1 => "speech-volume-medium",
            _ => "speech-volume-high",
        }
    }
}

/// A person's recording of the text, played instead of the voice.
#[derive(Clone, Debug, PartialEq)]
pub struct Sound {
    pub path: PathBuf,
    /// Brings the recording to the kiosk's one loudness (measured when content loaded).
    pub gain_db: f32,
    /// How much louder the customer's volume may make it before it clips.
    pub headroom_db: f32,
}

/// One thing to say, in the language it is written in.
#[derive(Clone, Debug, PartialEq)]
pub struct Utterance {
    /// Chosen by the app; the engine reports it back when done.
    pub id: u64,
    pub lang: String,
    pub text: String,
    pub voice: Voice,
    /// Played instead of reading `text`, where there is one.
    pub recording: Option<Sound>,
}

impl Utterance {
    /// The text read by the voice.
    pub fn spoken(id: u64, lang: &str, text: &str, voice: Voice) -> Self {
        Self { id, lang: lang.to_owned(), text: text.to_owned(), voice, recording: None }
    }
}

/// What a speech engine must do. `speak` interrupts whatever is being said.
/// An error means the engine is gone (speech-dispatcher stopped): the speech
/// thread then builds a new one.
pub trait Engine: Send {
    /// Called once before the first `speak`: where to report finished utterances.
    fn connect(&mut self, events: Events);
    fn speak(&mut self, utterance: &Utterance) -> Result<(), String>;
    fn stop(&mut self) -> Result<(), String>;
}
