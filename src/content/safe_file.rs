//! Opening a file that staff (or anyone with write access to the folder) put
//! there, without trusting what it is. Opening a FIFO for reading waits until
//! someone writes to it — forever, and the kiosk's single worker with it — so
//! files are opened non-blocking and refused unless they are regular files;
//! a link that leads out of the content folder is refused too.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// Content files are short text; anything bigger is a wrong file.
pub const MAX_TEXT_BYTES: u64 = 1024 * 1024;

/// Opens `path` for reading if it is a regular file (links followed).
pub fn open_regular(path: &Path) -> io::Result<(File, Metadata)> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        // Does not wait for a writer on a FIFO; no effect on a regular file.
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)?;
    let metadata = file.metadata()?;
    if let Some(kind) = not_a_file(&metadata) {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("this is {kind}, not a file")));
    }
    Ok((file, metadata))
}

/// What a non-regular file is, in words, or `None` for a regular file.
fn not_a_file(metadata: &Metadata) -> Option<&'static str> {
    let t = metadata.file_type();
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some("a folder")
    } else if t.is_fifo() {
        Some("a pipe (FIFO)")
    } else if t.is_socket() {
        Some("a socket")
    } else if t.is_block_device() || t.is_char_device() {
        Some("a device")
    } else {
        Some("a special file")
    }
}

/// Reads at most `max` bytes (one more tells the caller it was too long).
pub fn read_regular(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let (file, _) = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether `path`, links followed, is inside `dir`.
pub fn is_inside(dir: &Path, path: &Path) -> bool {
    match (dir.canonicalize(), path.canonicalize()) {
        (Ok(dir), Ok(path)) => path.starts_with(dir),
        _ => false,
    }
}

/// A short text file (a branch's own `branch.toml`), refused if it is not a
/// regular UTF-8 file of at most 1 MiB.
pub fn read_text(path: &Path) -> io::Result<String> {
    let bytes = read_regular(path, MAX_TEXT_BYTES)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "the file is larger than 1 MiB"));
    }
    String::from_utf8(bytes).map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "the file is not UTF-8 text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().expect("temp");
        let fifo = dir.path().join("glasses.png");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, rustix::fs::Mode::from_raw_mode(0o600)).expect("mkfifo");
        // Without O_NONBLOCK this open never returns (the test would hang, not fail).
        let error = read_regular(&fifo, 10).expect_err("a FIFO is not a file");
        assert!(error.to_string().contains("FIFO"), "{error}");
        let text = read_text(&fifo).expect_err("nor a text file");
        assert!(text.to_string().contains("FIFO"), "{text}");
    }
}
