//! Reads the Chinese fonts from disk for the UI (which does no I/O itself).

use std::sync::Arc;

use egui::epaint::text::Blob;

use crate::ui::fonts::{FontFiles, NOTO_CJK_BOLD, NOTO_CJK_REGULAR, definitions, face_for};

/// The Noto CJK files, if they are installed.
pub fn system_fonts() -> FontFiles {
    FontFiles { regular: map(NOTO_CJK_REGULAR), bold: map(NOTO_CJK_BOLD) }
}

/// Maps a font file instead of reading it: each collection is ~19 MB, of which
/// a screen of text touches a few pages; only those take memory.
fn map(path: &str) -> Option<Blob> {
    let mapped = std::fs::File::open(path).and_then(|file| {
        // SAFETY: a system font, owned by root and replaced (never rewritten in
        // place) by the package manager, so the mapped bytes do not change.
        unsafe { memmap2::Mmap::map(&file) }
    });
    match mapped {
        Ok(map) => Some(Arc::new(map)),
        Err(e) => {
            log::warn!("Chinese font {path} not available ({e}); falling back to system fonts");
            None
        }
    }
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
