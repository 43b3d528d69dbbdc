//! A speech engine that writes down what it was asked to say, for tests.
//! Utterances finish only when the test says so (`finish`), unless it was made
//! with `finishing`, which finishes each one at once.

use std::sync::{Arc, Mutex};

use super::engine::{Engine, Utterance};
use super::events::{Event, Events};

#[derive(Clone, Default)]
pub struct RecordingEngine {
    log: Arc<Mutex<Vec<String>>>,
    spoken: Arc<Mutex<Vec<Utterance>>>,
    events: Arc<Mutex<Option<Events>>>,
    finish_at_once: bool,
}

impl RecordingEngine {
    /// Finishes every utterance the moment it is spoken.
    pub fn finishing() -> Self {
        Self { finish_at_once: true, ..Self::default() }
    }

    /// Everything said so far, as "lang: text" lines, and "stop".
    pub fn said(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Every utterance spoken, with its voice settings.
    pub fn utterances(&self) -> Vec<Utterance> {
        self.spoken.lock().map(|l| l.clone()).unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut l) = self.log.lock() {
            l.clear();
        }
    }

    /// Reports the last utterance as finished, as a real engine would.
    pub fn finish(&self) {
        let last = self.spoken.lock().ok().and_then(|s| s.last().map(|u| u.id));
        if let (Some(id), Ok(events)) = (last, self.events.lock())
            && let Some(events) = events.as_ref()
        {
            events.push(Event::Done(id));
        }
    }

    fn push(&self, line: String) {
        if let Ok(mut l) = self.log.lock() {
            l.push(line);
        }
    }
}

impl Engine for RecordingEngine {
    fn connect(&mut self, events: Events) {
        if let Ok(mut e) = self.events.lock() {
            *e = Some(events);
        }
    }

    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        match &u.recording {
            Some(sound) => self.push(format!("{}: play {}", u.lang, sound.path.display())),
            None => self.push(format!("{}: {}", u.lang, u.text)),
        }
        if let Ok(mut s) = self.spoken.lock() {
            s.push(u.clone());
        }
        if self.finish_at_once {
            self.finish();
        }
        Ok(())
    }

    fn stop(&mut self) -> Result<(), String> {
        self.push("stop".into());
        Ok(())
    }
}
