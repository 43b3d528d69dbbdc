//! What an engine reports back: an utterance has finished (or was cut off).

use std::sync::{Arc, Mutex};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The utterance with this id has finished or was stopped.
    Done(u64),
}

type Waker = Box<dyn Fn() + Send>;

/// A queue shared between the engine (which may call from any thread) and the
/// app, which drains it each frame.
#[derive(Clone, Default)]
pub struct Events {
    queue: Arc<Mutex<Vec<Event>>>,
    waker: Arc<Mutex<Option<Waker>>>,
}

impl Events {
    pub fn push(&self, event: Event) {
        if let Ok(mut q) = self.queue.lock() {
            q.push(event);
        }
        self.wake();
    }

    /// Asks the app to look again (speech came or went).
    pub fn wake(&self) {
        if let Ok(w) = self.waker.lock()
            && let Some(wake) = w.as_ref()
        {
            wake();
        }
    }

    pub fn take(&self) -> Vec<Event> {
        self.queue.lock().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default()
    }

    pub fn set_waker(&self, waker: impl Fn() + Send + 'static) {
        if let Ok(mut w) = self.waker.lock() {
            *w = Some(Box::new(waker));
        }
    }
}
