//! Item pictures (a facility's photo): decoded on the background worker
//! within the content limits and shrunk to screen size, then kept as textures
//! by the item screen's key. A missing or broken picture just stays absent,
//! and the screen shows the item's icon.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use egui::{ColorImage, TextureHandle, TextureOptions};

use crate::content::Content;
use crate::content::images::ImageProblem;
use crate::kiosk::Screen;
use crate::ui::sections;
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

    /// Asks for the picture of the item on screen, if it has one.
    pub fn want_for(&mut self, worker: &Worker, screen: &Screen, content: &Content) {
        if let Some((key, path)) = sections::picture(content, screen) {
            self.request(worker, &key, content.dir.clone(), path.to_owned());
        }
    }

    /// A decode finished. One asked for before the content changed is dropped.
    pub fn decoded(&mut self, ctx: &egui::Context, id: String, result: Result<ColorImage, ImageProblem>) {
        if !self.requested.contains(&id) {
            return;
        }
        match result {
            Ok(image) => {
                let handle = ctx.load_texture(format!("picture-{id}"), image, TextureOptions::LINEAR);
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
