//! The background worker: everything slow — writing files with fsync, the
//! PIN's argon2 check, reading and checking content, decoding pictures — runs
//! on one thread here, never in a frame. The app sends `Job`s; results come
//! back as `Done` and wake the UI for a repaint.

mod jobs;

pub use jobs::{Done, Job, Saved};

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use crate::staff::Disk;
use crate::staff::pin::PinLock;

type Waker = Arc<Mutex<Option<Box<dyn Fn() + Send>>>>;

pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
    /// Jobs sent and not yet finished.
    pending: Arc<AtomicUsize>,
    waker: Waker,
}

impl Worker {
    /// Starts the thread. It owns the PIN lock (if there is a state folder),
    /// so tries are checked one after another, in order.
    pub fn start(disk: Arc<dyn Disk>, pin: Option<PinLock>) -> Self {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel::<Done>();
        let pending = Arc::new(AtomicUsize::new(0));
        let waker: Waker = Arc::new(Mutex::new(None));
        let mut runner = jobs::Runner { disk, pin };
        let (count, wake) = (pending.clone(), waker.clone());
        let spawned = std::thread::Builder::new().name("worker".into()).spawn(move || {
            while let Ok(first) = inbox.recv() {
                // Everything queued meanwhile goes in one batch, so a burst of
                // taps writes the counts once.
                let batch: Vec<Job> = std::iter::once(first).chain(inbox.try_iter()).collect();
                let n = batch.len();
                for done in runner.run_batch(batch) {
                    // The app may be gone; nothing to tell then.
                    let _ = outbox.send(done);
                }
                count.fetch_sub(n, Ordering::SeqCst);
                if let Ok(w) = wake.lock()
                    && let Some(w) = w.as_ref()
                {
                    w();
                }
            }
        });
        if let Err(e) = spawned {
            log::error!("cannot start the background worker: {e}; files will not be saved");
        }
        Self { jobs, done, pending, waker }
    }

    /// Called when results are ready (the app asks for a repaint).
    pub fn set_waker(&self, waker: impl Fn() + Send + 'static) {
        if let Ok(mut w) = self.waker.lock() {
            *w = Some(Box::new(waker));
        }
    }

    pub fn send(&self, job: Job) {
        self.pending.fetch_add(1, Ordering::SeqCst);
        if self.jobs.send(job).is_err() {
            self.pending.fetch_sub(1, Ordering::SeqCst);
            log::warn!("background worker gone: a job was dropped");
        }
    }

    /// Results that arrived since the last call.
    pub fn take(&self) -> Vec<Done> {
        self.done.try_iter().collect()
    }

    /// True while a job is queued or running.
    pub fn busy(&self) -> bool {
        self.pending.load(Ordering::SeqCst) > 0
    }
}
