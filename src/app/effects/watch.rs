//! Watches the content folder so a clerk's save shows without a restart. The
//! folder is watched, not the files: editors save by writing a temp file and
//! renaming it. Our own reads (Access events) are ignored, or every reload
//! would trigger the next.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::app::config::AppConfig;

/// Saves arriving within this time count as one change; keeps the on-screen
/// update well inside one second.
const SETTLE: Duration = Duration::from_millis(250);

pub struct ContentWatcher {
    watcher: RecommendedWatcher,
    changed: Receiver<()>,
    dir: PathBuf,
}

impl ContentWatcher {
    /// Starts watching `dir`; `wake` is called on a change (to request a repaint).
    /// The parent folder is watched too (not recursively): a content folder
    /// that is deleted and put back is noticed, and watched again.
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Result<Self, String> {
        let (events, raw) = channel();
        let (tx, changed) = channel();
        let inside = dir.to_path_buf();
        let cannot = |e: notify::Error| format!("cannot watch {}: {e}", dir.display());
        let mut watcher = notify::recommended_watcher(move |result: notify::Result<Event>| match result {
            Ok(event)
                if !matches!(event.kind, EventKind::Access(_))
                    && event.paths.iter().any(|p| p.starts_with(&inside)) =>
            {
                let _ = events.send(());
            }
            Ok(_) => {}
            Err(e) => log::warn!("content watcher: {e}"),
        })
        .map_err(cannot)?;
        watcher.watch(dir, RecursiveMode::Recursive).map_err(cannot)?;
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            // Best effort: without it, a folder put back needs a staff reload.
            let _ = watcher.watch(parent, RecursiveMode::NonRecursive);
        }
        std::thread::Builder::new()
            .name("content-settle".into())
            .spawn(move || settle(&raw, &tx, wake))
            .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        Ok(Self { watcher, changed, dir: dir.to_path_buf() })
    }

    /// True if the folder changed since the last call.
    pub fn take_change(&mut self) -> bool {
        let mut any = false;
        while self.changed.try_recv().is_ok() {
            any = true;
        }
        if any && self.dir.is_dir() {
            // A folder deleted and made again is a new folder: watch it anew.
            let _ = self.watcher.watch(&self.dir, RecursiveMode::Recursive);
        }
        any
    }
}

/// One change per burst of file events, once they have been quiet for
/// `SETTLE`. Blocks while nothing happens: no timer wakes a lobby kiosk that
/// nobody edits (the debouncer crates tick several times a second).
fn settle(raw: &Receiver<()>, changed: &Sender<()>, wake: impl Fn()) {
    while raw.recv().is_ok() {
        loop {
            match raw.recv_timeout(SETTLE) {
                Ok(()) => continue,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if changed.send(()).is_err() {
            return;
        }
        wake();
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
