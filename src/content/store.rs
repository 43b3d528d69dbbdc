//! The content the app shows. A reload that fails keeps the previous content in
//! use and remembers the problems for the staff panel.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::diagnostic::Diagnostic;
use super::folder::Content;
use super::load::{Loaded, load};

pub struct ContentStore {
    dir: PathBuf,
    ui_languages: Vec<String>,
    current: Arc<Content>,
    /// Problems of the most recent load (warnings after a good one, errors after a bad one).
    diagnostics: Vec<Diagnostic>,
    /// Goes up on every successful reload, so views can notice new content.
    generation: u64,
    /// Digest of the files shown (see `Loaded::version`).
    version: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Reload {
    Updated,
    /// The files had errors; the previous content is still shown.
    KeptPrevious,
}

impl ContentStore {
    /// First load. With errors there is nothing to show yet, so they are returned.
    pub fn open(dir: &Path, ui_languages: Vec<String>) -> Result<Self, Vec<Diagnostic>> {
        let loaded = load(dir, &ui_languages);
        match loaded.content {
            Some(content) => Ok(Self {
                dir: dir.to_path_buf(),
                ui_languages,
                current: Arc::new(content),
                diagnostics: loaded.diagnostics,
                generation: 0,
                version: loaded.version,
            }),
            None => Err(loaded.diagnostics),
        }
    }

    /// Reads the folder again, here and now (the app does this on its
    /// background worker and hands the result to `accept`).
    pub fn reload(&mut self) -> Reload {
        let loaded = load(&self.dir, &self.ui_languages);
        self.accept(loaded)
    }

    /// Takes a fresh load of this store's folder: good content replaces the
    /// current one; with errors the current one stays.
    pub fn accept(&mut self, loaded: Loaded) -> Reload {
        self.diagnostics = loaded.diagnostics;
        match loaded.content {
            Some(content) => {
                self.current = Arc::new(content);
                self.version = loaded.version;
                self.generation += 1;
                Reload::Updated
            }
            None => Reload::KeptPrevious,
        }
    }

    pub fn content(&self) -> &Arc<Content> {
        &self.current
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn ui_languages(&self) -> &[String] {
        &self.ui_languages
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}
