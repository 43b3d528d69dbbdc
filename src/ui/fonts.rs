//! Fonts: egui's own fonts have no Chinese. The app installs the face of Noto
//! Sans CJK for the language shown first (Simplified Chinese, or Hong Kong's
//! Traditional forms), so Chinese and Latin text share one clear sans-serif,
//! with egui's emoji after it.

use std::sync::Arc;

use egui::epaint::text::Blob;
use egui::{FontData, FontDefinitions, FontFamily};

use super::widgets::BOLD;

/// Debian's fonts-noto-cjk. Face 2 of each collection is Simplified Chinese;
/// face 3 Traditional Chinese (Taiwan), face 4 Hong Kong.
pub const NOTO_CJK_REGULAR: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
pub const NOTO_CJK_BOLD: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
pub const SIMPLIFIED_CHINESE_FACE: u32 = 2;
pub const TRADITIONAL_CHINESE_FACE: u32 = 3;
pub const HONG_KONG_FACE: u32 = 4;

/// The face of the collection that draws `lang` the way its readers write:
/// the same character has different shapes in Beijing, Taipei and Hong Kong.
pub fn face_for(lang: &str) -> u32 {
    match lang {
        "zh-HK" | "zh-MO" => HONG_KONG_FACE,
        "zh-TW" => TRADITIONAL_CHINESE_FACE,
        _ => SIMPLIFIED_CHINESE_FACE,
    }
}

/// Font file contents, read (or mapped) by the app (the UI does no I/O).
pub struct FontFiles {
    pub regular: Option<Blob>,
    pub bold: Option<Blob>,
}

/// Fonts for text in `lang`: its Chinese face first, then egui's own.
pub fn definitions(files: &FontFiles, lang: &str) -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    let index = face_for(lang);
    let face = |bytes: &Blob| Arc::new(FontData::from_blob(bytes.clone(), index));
    if let Some(bytes) = &files.regular {
        defs.font_data.insert("cjk".into(), face(bytes));
        if let Some(list) = defs.families.get_mut(&FontFamily::Proportional) {
            list.insert(0, "cjk".into());
        }
    }
    let mut bold = defs.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    if let Some(bytes) = &files.bold {
        defs.font_data.insert("cjk-bold".into(), face(bytes));
        bold.insert(0, "cjk-bold".into());
    }
    defs.families.insert(FontFamily::Name(BOLD.into()), bold);
    defs
}
