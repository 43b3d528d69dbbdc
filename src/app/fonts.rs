//! Reads the Chinese fonts from disk for the UI (which does no I/O itself).

use std::sync::Arc;

use crate::ui::fonts::{FontFiles, NOTO_CJK_BOLD, NOTO_CJK_REGULAR, definitions, face_for};

/// The Noto CJK files, if they are installed.
pub fn system_fonts() -> FontFiles {
    let read = |path: &str| match std::fs::read(path) {
        Ok(bytes) => Some(Arc::new(bytes)),
        Err(e) => {
            log::warn!("Chinese font {path} not available ({e}); falling back to system fonts");
            None
        }
    };
    FontFiles { regular: read(NOTO_CJK_REGULAR), bold: read(NOTO_CJK_BOLD) }
}

/// The fonts installed in the egui context, following the language shown.
pub struct Fonts {
    files: FontFiles,
    face: Option<u32>,
}

impl Fonts {
    pub fn new(files: FontFiles) -> Self {
        Self { files, face: None }
    }

    /// Installs the Chinese face for `lang` when it differs from the one in use
    /// (it takes effect from the next frame, which is asked for).
    pub fn follow(&mut self, ctx: &egui::Context, lang: &str) {
        let face = face_for(lang);
        if self.face != Some(face) {
            self.face = Some(face);
            ctx.set_fonts(definitions(&self.files, lang));
            ctx.request_repaint();
        }
    }
}
