//! Pictures named in content files: the path must stay inside the content folder
//! and the file must be a PNG or JPEG that decodes within fixed limits.

use std::path::{Component, Path, PathBuf};

use image::{ImageFormat, ImageReader, Limits, RgbaImage};

pub const MAX_IMAGE_FILE_BYTES: u64 = 8 * 1024 * 1024;
pub const MAX_IMAGE_SIDE: u32 = 4096;
const MAX_DECODE_BYTES: u64 = 80 * 1024 * 1024;

/// What is wrong with a picture, in the clerk's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageProblem {
    pub message: String,
    pub help: String,
}

fn problem(message: impl Into<String>, help: impl Into<String>) -> ImageProblem {
    ImageProblem { message: message.into(), help: help.into() }
}

/// Resolves `relative` inside `dir`, refusing anything that could leave it.
pub fn resolve(dir: &Path, relative: &str) -> Result<PathBuf, ImageProblem> {
    let keep_inside = "use a path inside the content folder, e.g. \"images/glasses.png\"";
    if relative.trim().is_empty() {
        return Err(problem("the image path is empty", keep_inside));
    }
    if relative.contains('\\') {
        return Err(problem("the image path uses `\\`", "write folders with `/`, e.g. \"images/glasses.png\""));
    }
    let path = Path::new(relative);
    for component in path.components() {
        match component {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => {
                return Err(problem("the image path uses `..` to leave the content folder", keep_inside));
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(problem("the image path is absolute", keep_inside));
            }
        }
    }
    let full = dir.join(path);
    let canonical = full.canonicalize().map_err(|_| {
        problem(
            format!("image file \"{relative}\" not found"),
            "copy the picture into the content folder, or fix the name (capital letters matter)",
        )
    })?;
    let root = dir
        .canonicalize()
        .map_err(|_| problem("the content folder cannot be read", "check the folder's permissions"))?;
    if !canonical.starts_with(&root) {
        return Err(problem(
            "the image is a link to a file outside the content folder",
            "copy the picture itself into the content folder",
        ));
    }
    Ok(canonical)
}

/// Decodes a PNG or JPEG with hard limits on file size, dimensions and memory.
pub fn decode(path: &Path) -> Result<RgbaImage, ImageProblem> {
    let resave = "save the picture again as PNG or JPEG, at most 4096×4096 pixels";
    let size = std::fs::metadata(path)
        .map_err(|e| problem(format!("cannot read the image: {e}"), "check the file's permissions"))?
        .len();
    if size > MAX_IMAGE_FILE_BYTES {
        return Err(problem(
            format!("the image file is too large ({} MB; the limit is 8 MB)", size / (1024 * 1024)),
            resave,
        ));
    }
    // Opened non-blocking and refused unless a regular file: a FIFO named like a picture would wait forever.
    let bytes = super::safe_file::read_regular(path, MAX_IMAGE_FILE_BYTES)
        .map_err(|e| problem(format!("cannot read the image: {e}"), "put the picture file itself here"))?;
    decode_bytes(&bytes)
}

/// Decodes a PNG or JPEG held in memory, with the same limits on dimensions
/// and memory (the picture fuzzer feeds this directly). A decoder that panics
/// on a malformed file (the fuzzer found one in `png` 0.18: a palette shorter
/// than its image needs) gives a problem for staff, not a dead worker thread.
pub fn decode_bytes(bytes: &[u8]) -> Result<RgbaImage, ImageProblem> {
    std::panic::catch_unwind(|| decode_unguarded(bytes)).unwrap_or_else(|_| {
        Err(problem(
            "the picture is damaged (its decoder gave up)",
            "save the picture again as PNG or JPEG, at most 4096×4096 pixels",
        ))
    })
}

fn decode_unguarded(bytes: &[u8]) -> Result<RgbaImage, ImageProblem> {
    let resave = "save the picture again as PNG or JPEG, at most 4096×4096 pixels";
    let mut reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| problem(format!("cannot read the image: {e}"), resave))?;
    match reader.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg) => {}
        _ => return Err(problem("the file is not a PNG or JPEG picture", resave)),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| problem(format!("the picture cannot be decoded ({e})"), resave))?;
    Ok(image.to_rgba8())
}
