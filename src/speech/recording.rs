//! A speech engine that writes down what it was asked to say, for tests.

use std::sync::{Arc, Mutex};

use super::{Engine, Utterance};

#[derive(Clone, Default)]
pub struct RecordingEngine {
    log: Arc<Mutex<Vec<String>>>,
}

impl RecordingEngine {
    /// Everything said so far, as "lang: text" lines, and "stop".
    pub fn said(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    pub fn clear(&self) {
        if let Ok(mut l) = self.log.lock() {
            l.clear();
        }
    }

    fn push(&self, line: String) {
        if let Ok(mut l) = self.log.lock() {
            l.push(line);
        }
    }
}

impl Engine for RecordingEngine {
    fn speak(&mut self, u: &Utterance) {
        self.push(format!("{}: {}", u.lang, u.text));
    }

    fn stop(&mut self) {
        self.push("stop".into());
    }
}
