//! Read-aloud. One thread owns the speech engine (the `tts` crate is not really
//! thread-safe and its set-up is slow); the app talks to it through a channel,
//! so the UI never waits for speech. Tests use the recording engine.

mod recording;
mod tts_engine;

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

pub use recording::RecordingEngine;
pub use tts_engine::TtsEngine;

/// One thing to say, in the language it is written in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utterance {
    pub lang: String,
    pub text: String,
}

/// What a speech engine must do. `speak` interrupts whatever is being said.
pub trait Engine: Send {
    fn speak(&mut self, utterance: &Utterance);
    fn stop(&mut self);
}

enum Command {
    Say(Utterance),
    Stop,
}

/// Whether speech works, and if not why (for staff; customers never see it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Starting,
    Ready,
    Unavailable(String),
}

/// The app's handle on speech. Cheap to call from the UI thread.
pub struct Speech {
    tx: Option<Sender<Command>>,
    status: Arc<Mutex<Status>>,
}

impl Speech {
    /// Starts a worker thread that builds the engine with `make` (slow: voice
    /// look-up takes seconds) and then serves commands.
    pub fn start<F>(make: F) -> Self
    where
        F: FnOnce() -> Result<Box<dyn Engine>, String> + Send + 'static,
    {
        let (tx, rx) = channel::<Command>();
        let status = Arc::new(Mutex::new(Status::Starting));
        let shared = status.clone();
        let spawned = std::thread::Builder::new().name("speech".into()).spawn(move || {
            let mut engine = match make() {
                Ok(engine) => {
                    set(&shared, Status::Ready);
                    engine
                }
                Err(reason) => {
                    log::warn!("speech unavailable: {reason}");
                    set(&shared, Status::Unavailable(reason));
                    return;
                }
            };
            for command in rx {
                match command {
                    Command::Say(u) => engine.speak(&u),
                    Command::Stop => engine.stop(),
                }
            }
        });
        match spawned {
            Ok(_) => Self { tx: Some(tx), status },
            Err(e) => Self::unavailable(format!("cannot start the speech thread: {e}")),
        }
    }

    /// No speech at all (no engine installed, or switched off).
    pub fn unavailable(reason: String) -> Self {
        Self { tx: None, status: Arc::new(Mutex::new(Status::Unavailable(reason))) }
    }

    pub fn status(&self) -> Status {
        self.status.lock().map(|s| s.clone()).unwrap_or(Status::Unavailable("speech state lost".into()))
    }

    pub fn is_available(&self) -> bool {
        !matches!(self.status(), Status::Unavailable(_))
    }

    pub fn say(&self, lang: &str, text: String) {
        self.send(Command::Say(Utterance { lang: lang.to_owned(), text }));
    }

    pub fn stop(&self) {
        self.send(Command::Stop);
    }

    fn send(&self, command: Command) {
        if let Some(tx) = &self.tx {
            // A dead speech thread means no speech; the kiosk carries on.
            let _ = tx.send(command);
        }
    }
}

fn set(status: &Mutex<Status>, value: Status) {
    if let Ok(mut s) = status.lock() {
        *s = value;
    }
}
