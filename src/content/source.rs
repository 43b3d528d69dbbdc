//! Reading a content file from disk without trusting it: size cap, byte-order
//! marks, Windows encodings and binary files all get a message, never a panic.

use std::path::Path;

use super::diagnostic::{Diagnostic, Severity, SourceFile, file_problem};

/// Content files are short text; anything bigger is a wrong file.
pub const MAX_FILE_BYTES: u64 = super::safe_file::MAX_TEXT_BYTES;

pub fn read_source(dir: &Path, name: &str) -> Result<SourceFile, Diagnostic> {
    let path = dir.join(name);
    let metadata = std::fs::metadata(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => file_problem(
            name,
            "file is missing",
            format!("restore `{name}` from the bundled content or from your backup"),
        ),
        _ => file_problem(name, format!("cannot open the file: {e}"), "check the file's permissions"),
    })?;
    if metadata.is_dir() {
        return Err(file_problem(name, "this is a folder, not a file", format!("put a file named `{name}` here")));
    }
    if !super::safe_file::is_inside(dir, &path) {
        return Err(file_problem(
            name,
            "the file is a link to a file outside the content folder",
            format!("copy the file itself into the content folder as `{name}`"),
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(file_problem(
            name,
            format!("file is too large ({} KB; the limit is {} KB)", metadata.len() / 1024, MAX_FILE_BYTES / 1024),
            "content files are short text files; check that you saved the right file here",
        ));
    }
    // Not opened blocking: a FIFO here would stall the worker (and PIN checks behind it) forever.
    let bytes = super::safe_file::read_regular(&path, MAX_FILE_BYTES).map_err(|e| {
        file_problem(name, format!("cannot read the file: {e}"), format!("put a plain text file named `{name}` here"))
    })?;
    decode_text(name, bytes)
}

pub fn decode_text(name: &str, mut bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    // Windows Notepad writes a UTF-8 byte-order mark; it is harmless, drop it.
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(file_problem(
            name,
            "file is saved as UTF-16 (\"Unicode\")",
            "open it in Notepad, choose File > Save As, and pick the encoding \"UTF-8\"",
        ));
    }
    if bytes.contains(&0) {
        return Err(file_problem(
            name,
            "file contains binary data, not text",
            "restore the file from the bundled content or your backup",
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile { name: name.to_owned(), text }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(located(
                name,
                e.as_bytes(),
                at,
                "text is not UTF-8 (it looks like GBK/ANSI, as older Windows Notepad saves it)",
                "open it in Notepad, choose File > Save As, and pick the encoding \"UTF-8\"",
            ))
        }
    }
}

/// A diagnostic at the first bad byte, positioned using the valid text before it.
fn located(name: &str, bytes: &[u8], at: usize, message: &str, help: &str) -> Diagnostic {
    // Everything before `at` is valid UTF-8, so positions are exact.
    let prefix = String::from_utf8_lossy(&bytes[..at]).into_owned();
    let source = SourceFile { name: name.to_owned(), text: prefix };
    source.diagnostic(Some(at..at), Severity::Error, message, help)
}
