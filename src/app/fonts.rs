//! Reads the Chinese fonts from disk for the UI (which does no I/O itself).

use std::sync::Arc;

use crate::ui::fonts::{FontFiles, NOTO_CJK_BOLD, NOTO_CJK_REGULAR};

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
