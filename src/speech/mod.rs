//! Read-aloud. One thread owns the speech engine (the `tts` crate is not really
//! thread-safe and its set-up is slow); the app talks to it through a channel,
//! so the UI never waits for speech. Tests run a recording engine inline.

mod command;
mod engine;
mod events;
mod module_voice;
mod numbers;
mod player;
mod reader;
mod recording;
mod tts_engine;
mod worker;

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

use command::Command;
pub use command::Status;
pub use engine::{Engine, Sound, Utterance, Voice};
pub use events::{Event, Events};
pub use module_voice::ModuleVoice;
pub use numbers::DigitWords;
pub use player::{Output, Player};
pub use reader::{Reader, Reading};
pub use recording::RecordingEngine;
pub use tts_engine::TtsEngine;

enum Backend {
    None,
    Thread(Sender<Command>),
    /// Runs on the caller's thread: deterministic, for tests.
    Inline(Mutex<Box<dyn Engine>>),
}

/// The app's handle on speech. Cheap to call from the UI thread.
pub struct Speech {
    backend: Backend,
    status: Arc<Mutex<Status>>,
    events: Events,
}

impl Speech {
    /// Starts a worker thread that builds the engine with `make` (slow: voice
    /// look-up takes seconds) and then serves commands; `make` is called again
    /// to replace an engine that was lost.
    pub fn start<F>(make: F) -> Self
    where
        F: Fn() -> Result<Box<dyn Engine>, String> + Send + 'static,
    {
        let (tx, rx) = channel::<Command>();
        let status = Arc::new(Mutex::new(Status::Starting));
        let events = Events::default();
        let worker = worker::Worker { make: Box::new(make), status: status.clone(), events: events.clone() };
        let spawned = std::thread::Builder::new().name("speech".into()).spawn(move || worker.run(rx));
        match spawned {
            Ok(_) => Self { backend: Backend::Thread(tx), status, events },
            Err(e) => Self::unavailable(format!("cannot start the speech thread: {e}")),
        }
    }

    /// An engine driven on the caller's thread (tests: what is said is known
    /// the moment `say` returns).
    pub fn inline(mut engine: Box<dyn Engine>) -> Self {
        let events = Events::default();
        engine.connect(events.clone());
        Self { backend: Backend::Inline(Mutex::new(engine)), status: Arc::new(Mutex::new(Status::Ready)), events }
    }

    /// No speech at all (no engine installed, or switched off).
    pub fn unavailable(reason: String) -> Self {
        Self {
            backend: Backend::None,
            status: Arc::new(Mutex::new(Status::Unavailable(reason))),
            events: Events::default(),
        }
    }

    pub fn status(&self) -> Status {
        self.status.lock().map(|s| s.clone()).unwrap_or(Status::Unavailable("speech state lost".into()))
    }

    pub fn is_available(&self) -> bool {
        !matches!(self.status(), Status::Unavailable(_))
    }

    /// Called whenever the engine reports something (the app asks for a repaint).
    pub fn set_waker(&self, waker: impl Fn() + Send + 'static) {
        self.events.set_waker(waker);
    }

    /// What the engine reported since the last call.
    pub fn take_events(&self) -> Vec<Event> {
        self.events.take()
    }

    pub fn say(&self, utterance: Utterance) {
        self.send(Command::Say(utterance));
    }

    pub fn stop(&self) {
        self.send(Command::Stop);
    }

    fn send(&self, command: Command) {
        match &self.backend {
            Backend::None => {}
            // A dead speech thread means no speech; the kiosk carries on.
            Backend::Thread(tx) => drop(tx.send(command)),
            Backend::Inline(engine) => {
                if let Ok(mut engine) = engine.lock() {
                    // Tests' engines do not fail; a failure is only logged here.
                    let result = match command {
                        Command::Say(u) => engine.speak(&u),
                        Command::Stop => engine.stop(),
                    };
                    if let Err(e) = result {
                        log::warn!("{e}");
                    }
                }
            }
        }
    }
}
