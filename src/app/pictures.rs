//! Facility pictures, decoded off the UI thread within the content limits and
//! shrunk to screen size. A missing or broken picture just stays absent, and
//! the screen shows the facility's icon instead.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{ColorImage, TextureHandle, TextureOptions};

use crate::content::images;

/// Pictures never need more pixels than this on the longest side.
const DISPLAY_MAX_SIDE: u32 = 1024;

type Decoded = (String, Result<ColorImage, images::ImageProblem>);

pub struct Pictures {
    textures: HashMap<String, TextureHandle>,
    requested: HashSet<String>,
    /// Why a picture could not be shown, for staff.
    pub problems: HashMap<String, String>,
    tx: Sender<Decoded>,
    rx: Receiver<Decoded>,
}

impl Default for Pictures {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self { textures: HashMap::new(), requested: HashSet::new(), problems: HashMap::new(), tx, rx }
    }
}

impl Pictures {
    pub fn textures(&self) -> &HashMap<String, TextureHandle> {
        &self.textures
    }

    /// Starts decoding `relative` (inside `dir`) for `id`, once.
    pub fn request(&mut self, ctx: &egui::Context, id: &str, dir: PathBuf, relative: String) {
        if !self.requested.insert(id.to_owned()) {
            return;
        }
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let id = id.to_owned();
        std::thread::spawn(move || {
            let decoded = images::resolve(&dir, &relative).and_then(|path| images::decode(&path)).map(|rgba| {
                let rgba = if rgba.width().max(rgba.height()) > DISPLAY_MAX_SIDE {
                    image::imageops::thumbnail(
                        &rgba,
                        DISPLAY_MAX_SIDE.min(rgba.width()),
                        DISPLAY_MAX_SIDE.min(rgba.height()),
                    )
                } else {
                    rgba
                };
                let size = [rgba.width() as usize, rgba.height() as usize];
                ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
            });
            // The app may be gone by now; nothing to do then.
            let _ = tx.send((id, decoded));
            ctx.request_repaint();
        });
    }

    /// Takes finished decodes; returns true if a picture arrived.
    pub fn poll(&mut self, ctx: &egui::Context) -> bool {
        let mut changed = false;
        while let Ok((id, result)) = self.rx.try_recv() {
            match result {
                Ok(image) => {
                    let handle = ctx.load_texture(format!("facility-{id}"), image, TextureOptions::LINEAR);
                    self.textures.insert(id, handle);
                    changed = true;
                }
                Err(problem) => {
                    log::warn!("picture for {id}: {}", problem.message);
                    self.problems.insert(id, problem.message);
                }
            }
        }
        changed
    }
}
