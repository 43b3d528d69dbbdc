//! The speech thread: builds the engine, serves the app's commands, and when a
//! working engine is lost (speech-dispatcher killed or restarted) builds a new
//! one — at once, then every few seconds — so speech comes back without a
//! restart. While it is gone the status says so and the app hides its buttons.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::command::{Command, Status};
use super::engine::Engine;
use super::events::Events;

/// How often to try again while a lost engine cannot be rebuilt.
pub const RETRY: Duration = Duration::from_secs(3);

pub type Make = Box<dyn Fn() -> Result<Box<dyn Engine>, String> + Send>;

pub struct Worker {
    pub make: Make,
    pub status: Arc<Mutex<Status>>,
    pub events: Events,
}

impl Worker {
    pub fn run(self, commands: Receiver<Command>) {
        // No engine at all at start (none installed): nothing to come back.
        let Some(mut engine) = self.connect() else { return };
        loop {
            let Ok(command) = commands.recv() else { return };
            let result = match &command {
                Command::Say(u) => engine.speak(u),
                Command::Stop => engine.stop(),
            };
            let Err(reason) = result else { continue };
            log::warn!("speech engine lost ({reason}); starting a new one");
            drop(engine);
            engine = match self.connect() {
                Some(e) => e,
                None => match self.wait_for_engine(&commands) {
                    Some(e) => e,
                    None => return,
                },
            };
            // A restarted speech-dispatcher answers at once: say what was asked.
            if let Command::Say(u) = &command
                && engine.speak(u).is_err()
            {
                log::warn!("speech engine lost again at once");
            }
        }
    }

    /// Tries every `RETRY` until an engine can be built; commands meanwhile
    /// are dropped (the app shows no speech buttons). The tries keep their
    /// own clock: a customer tapping (each tap sends a stop) must not put
    /// them off, or speech never comes back while people use the kiosk.
    /// None: the app has quit.
    fn wait_for_engine(&self, commands: &Receiver<Command>) -> Option<Box<dyn Engine>> {
        let mut next_try = Instant::now() + RETRY;
        loop {
            match commands.recv_timeout(next_try.saturating_duration_since(Instant::now())) {
                Ok(_) if Instant::now() < next_try => continue,
                Ok(_) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return None,
            }
            if let Some(engine) = self.connect() {
                return Some(engine);
            }
            next_try = Instant::now() + RETRY;
        }
    }

    fn connect(&self) -> Option<Box<dyn Engine>> {
        let (engine, status) = match (self.make)() {
            Ok(mut engine) => {
                engine.connect(self.events.clone());
                (Some(engine), Status::Ready)
            }
            Err(reason) => (None, Status::Unavailable(reason)),
        };
        let changed = self.status.lock().map(|mut s| std::mem::replace(&mut *s, status.clone()) != status);
        if changed.unwrap_or(true) {
            if let Status::Unavailable(reason) = &status {
                log::warn!("speech unavailable: {reason}");
            }
            self.events.wake();
        }
        engine
    }
}
