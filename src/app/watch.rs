//! Watches the content folder so a clerk's save shows without a restart. The
//! folder is watched, not the files: editors save by writing a temp file and
//! renaming it. Our own reads (Access events) are ignored, or every reload
//! would trigger the next.

use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};

use super::config::AppConfig;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

/// Saves arriving within this time count as one change; keeps the on-screen
/// update well inside one second.
const SETTLE: Duration = Duration::from_millis(250);

pub struct ContentWatcher {
    _debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    changed: Receiver<()>,
}

impl ContentWatcher {
    /// Starts watching `dir`; `wake` is called on a change (to request a repaint).
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        let (tx, changed) = channel();
        let mut debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
            let relevant = match result {
                Ok(events) => events.iter().any(|e| !matches!(e.kind, EventKind::Access(_))),
                Err(errors) => {
                    log::warn!("content watcher: {errors:?}");
                    false
                }
            };
            if relevant && tx.send(()).is_ok() {
                wake();
            }
        })
        .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        debouncer.watch(dir, RecursiveMode::Recursive).map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        Ok(Self { _debouncer: debouncer, changed })
    }

    /// True if the folder changed since the last call.
    pub fn take_change(&self) -> bool {
        let mut any = false;
        while self.changed.try_recv().is_ok() {
            any = true;
        }
        any
    }
}

/// Watches the content folder if the config asks for it; a repaint follows a change.
pub fn start(ctx: &egui::Context, config: &AppConfig) -> Option<ContentWatcher> {
    if !config.watch_content {
        return None;
    }
    let repaint = ctx.clone();
    ContentWatcher::start(&config.content_dir, move || repaint.request_repaint())
        .map_err(|e| log::warn!("{e}; content changes need a restart"))
        .ok()
}
