//! Facility pictures: decoded on the background worker within the content
//! limits and shrunk to screen size, then kept as textures. A missing or
//! broken picture just stays absent, and the screen shows the facility's icon.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use egui::{ColorImage, TextureHandle, TextureOptions};

use crate::content::Content;
use crate::content::images::ImageProblem;
use crate::kiosk::Screen;
use crate::worker::{Job, Worker};

#[derive(Default)]
pub struct Pictures {
    textures: HashMap<String, TextureHandle>,
    requested: HashSet<String>,
    /// Why a picture could not be shown, for staff.
    pub problems: HashMap<String, String>,
}

impl Pictures {
    pub fn textures(&self) -> &HashMap<String, TextureHandle> {
        &self.textures
    }

    /// Asks the worker to decode `relative` (inside `dir`) for `id`, once.
    pub fn request(&mut self, worker: &Worker, id: &str, dir: PathBuf, relative: String) {
        if self.requested.insert(id.to_owned()) {
            worker.send(Job::DecodePicture { id: id.to_owned(), dir, relative });
        }
    }

    /// Asks for the picture of the facility on screen, if it has one.
    pub fn want_for(&mut self, worker: &Worker, screen: &Screen, content: &Content) {
        if let Screen::Facility(id) = screen
            && let Some(image) = content.facility(id).and_then(|f| f.image.as_ref())
        {
            self.request(worker, id, content.dir.clone(), image.value.clone());
        }
    }

    /// A decode finished. One asked for before the content changed is dropped.
    pub fn decoded(&mut self, ctx: &egui::Context, id: String, result: Result<ColorImage, ImageProblem>) {
        if !self.requested.contains(&id) {
            return;
        }
        match result {
            Ok(image) => {
                let handle = ctx.load_texture(format!("facility-{id}"), image, TextureOptions::LINEAR);
                self.textures.insert(id, handle);
            }
            Err(problem) => {
                log::warn!("picture for {id}: {}", problem.message);
                self.problems.insert(id, problem.message);
            }
        }
    }

    /// New content: every picture is decoded again when next shown.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
