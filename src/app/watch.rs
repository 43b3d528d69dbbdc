//! Watches the content folder so a clerk's save shows without a restart. The
//! folder is watched, not the files: editors save by writing a temp file and
//! renaming it. Our own reads (Access events) are ignored, or every reload
//! would trigger the next.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify::{EventKind, RecursiveMode};

use super::config::AppConfig;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

/// Saves arriving within this time count as one change; keeps the on-screen
/// update well inside one second.
const SETTLE: Duration = Duration::from_millis(250);

pub struct ContentWatcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    changed: Receiver<()>,
    dir: PathBuf,
}

impl ContentWatcher {
    /// Starts watching `dir`; `wake` is called on a change (to request a repaint).
    /// The parent folder is watched too (not recursively): a content folder
    /// that is deleted and put back is noticed, and watched again.
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        let (tx, changed) = channel();
        let inside = dir.to_path_buf();
        let mut debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
            let relevant = match result {
                Ok(events) => events
                    .iter()
                    .any(|e| !matches!(e.kind, EventKind::Access(_)) && e.paths.iter().any(|p| p.starts_with(&inside))),
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
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            // Best effort: without it, a folder put back needs a staff reload.
            let _ = debouncer.watch(parent, RecursiveMode::NonRecursive);
        }
        Ok(Self { debouncer, changed, dir: dir.to_path_buf() })
    }

    /// True if the folder changed since the last call.
    pub fn take_change(&mut self) -> bool {
        let mut any = false;
        while self.changed.try_recv().is_ok() {
            any = true;
        }
        if any && self.dir.is_dir() {
            // A folder deleted and made again is a new folder: watch it anew.
            let _ = self.debouncer.watch(&self.dir, RecursiveMode::Recursive);
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
