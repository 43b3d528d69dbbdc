//! What the worker does, one job at a time.

use std::path::PathBuf;
use std::sync::Arc;

use egui::ColorImage;

use crate::content::{self, Loaded, images};
use crate::staff::Disk;
use crate::staff::pin::{Attempt, PinLock};

/// Pictures never need more pixels than this on the longest side.
const DISPLAY_MAX_SIDE: u32 = 1024;

pub enum Job {
    /// Replace a file's content (atomically). A later save of the same file
    /// in the same batch makes an earlier one unnecessary.
    Save { path: PathBuf, text: String, what: Saved },
    /// Check a PIN try and record it in the lock file.
    CheckPin { hash: Option<String>, entry: String, unix_now: u64 },
    /// Read and check the content folder.
    LoadContent { dir: PathBuf, ui_languages: Vec<String>, asked_by_staff: bool },
    /// Decode a facility picture, shrunk to screen size.
    DecodePicture { id: String, dir: PathBuf, relative: String },
}

/// Whose file a save was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Settings,
    Counts,
    /// The usage counts exported as CSV for staff.
    Export,
}

pub enum Done {
    Saved { what: Saved, path: PathBuf, result: Result<(), String> },
    Pin(Attempt),
    Content { loaded: Box<Loaded>, asked_by_staff: bool },
    Picture { id: String, result: Result<ColorImage, images::ImageProblem> },
}

pub(super) struct Runner {
    pub disk: Arc<dyn Disk>,
    pub pin: Option<PinLock>,
}

impl Runner {
    pub fn run_batch(&mut self, batch: Vec<Job>) -> Vec<Done> {
        let last_save_of =
            |path: &PathBuf| batch.iter().rposition(|j| matches!(j, Job::Save { path: p, .. } if p == path));
        let keep: Vec<bool> = batch
            .iter()
            .enumerate()
            .map(|(i, job)| match job {
                Job::Save { path, .. } => last_save_of(path) == Some(i),
                _ => true,
            })
            .collect();
        batch.into_iter().zip(keep).filter(|(_, keep)| *keep).map(|(job, _)| self.run(job)).collect()
    }

    fn run(&mut self, job: Job) -> Done {
        match job {
            Job::Save { path, text, what } => {
                let result = self.disk.write(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()));
                if let Err(e) = &result {
                    log::warn!("cannot save: {e}");
                }
                Done::Saved { what, path, result }
            }
            Job::CheckPin { hash, entry, unix_now } => Done::Pin(self.check_pin(hash.as_deref(), &entry, unix_now)),
            Job::LoadContent { dir, ui_languages, asked_by_staff } => {
                Done::Content { loaded: Box::new(content::load(&dir, &ui_languages)), asked_by_staff }
            }
            Job::DecodePicture { id, dir, relative } => Done::Picture { id, result: decode_picture(&dir, &relative) },
        }
    }

    fn check_pin(&mut self, hash: Option<&str>, entry: &str, unix_now: u64) -> Attempt {
        // No state folder (settings in memory only): no PIN can be set either.
        let Some(lock) = &mut self.pin else { return Attempt::NoPin };
        let before = lock.file_text();
        let attempt = lock.attempt(hash, entry, unix_now);
        if lock.file_text() != before
            && let Err(e) = self.disk.write(lock.path(), lock.file_text().as_bytes())
        {
            log::warn!("cannot save the PIN lock to {}: {e}", lock.path().display());
        }
        attempt
    }
}

fn decode_picture(dir: &std::path::Path, relative: &str) -> Result<ColorImage, images::ImageProblem> {
    let rgba = images::resolve(dir, relative).and_then(|path| images::decode(&path))?;
    let rgba = if rgba.width().max(rgba.height()) > DISPLAY_MAX_SIDE {
        image::imageops::thumbnail(&rgba, DISPLAY_MAX_SIDE.min(rgba.width()), DISPLAY_MAX_SIDE.min(rgba.height()))
    } else {
        rgba
    };
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}
