//! The recordings in a content folder: found, measured, and looked up by text.

use std::path::{Path, PathBuf};

use super::loudness::measure;

use crate::content::diagnostic::{Diagnostic, Severity, file_problem};
use crate::content::safe_file::read_regular;

/// The folder in the content folder that holds every recording.
pub const FOLDER: &str = "narration";
/// Every recording is played at this loudness, so no item is suddenly louder
/// than the next: about what the voice gives (espeak-ng measured -18.5 LUFS
/// reading Mandarin, -20.1 English, at its default amplitude).
pub const TARGET_LUFS: f64 = -18.0;
/// Quieter than this, lifting it to the target lifts the room's noise too.
const TOO_QUIET_LUFS: f64 = -38.0;
/// Louder than this, the recording was overdriven.
const TOO_LOUD_LUFS: f64 = -8.0;
/// After the gain, peaks stay below this (dBTP).
const MAX_PEAK_DB: f64 = -1.0;
/// A share of samples at full scale this high means audible clipping.
const CLIPPED_SHARE: f64 = 0.0005;
/// A minute of 48 kHz stereo 24-bit sound is 17 MB; nothing read aloud is longer.
const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// The fingerprint of the text a recording reads: 8 hex digits of its SHA-256.
pub fn fingerprint(text: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, text.trim().as_bytes());
    digest.as_ref().iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// A usable recording and how to play it.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    pub path: PathBuf,
    /// Brings it to `TARGET_LUFS` (never past `MAX_PEAK_DB`).
    pub gain_db: f32,
    /// How much louder still it may be played before its peaks reach `MAX_PEAK_DB`.
    pub headroom_db: f32,
    pub seconds: f32,
}

/// One file in `narration/`, named `<name>.<language>.<fingerprint>.wav`.
#[derive(Clone, Debug)]
pub struct RecordingFile {
    pub lang: String,
    pub name: String,
    pub fingerprint: String,
    /// Relative to the content folder, as staff see it: `narration/<file>`.
    pub shown: String,
    pub recording: Option<Recording>,
}

/// Every recording in a content folder.
#[derive(Clone, Debug, Default)]
pub struct Narration {
    files: Vec<RecordingFile>,
}

impl Narration {
    /// Reads and measures `dir/narration/*.wav`; problems are warnings (the
    /// voice reads what has no usable recording).
    pub fn scan(dir: &Path, diags: &mut Vec<Diagnostic>) -> Self {
        let mut files = Vec::new();
        for path in sorted_entries(&dir.join(FOLDER)) {
            let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let shown = format!("{FOLDER}/{file_name}");
            match split_name(&file_name) {
                // Head office's signed updates carry files by name alone: a folder would be lost.
                _ if path.is_dir() => diags.push(warning(
                    &shown,
                    "a folder: recordings in it are never played",
                    format!("put the recordings directly in `{FOLDER}/`; the language is in each file's name"),
                )),
                Some((name, lang, fingerprint)) => {
                    let recording = examine(&path, &shown, diags);
                    files.push(RecordingFile { lang, name, fingerprint, shown, recording });
                }
                None => diags.push(warning(
                    &shown,
                    "not named like a recording, so it is never played",
                    "name it `<name>.<language>.<fingerprint>.wav` as `kiosk narration` lists it",
                )),
            }
        }
        Self { files }
    }

    /// The recording of `text` in `lang`, if there is a usable one.
    pub fn find(&self, lang: &str, text: &str) -> Option<&Recording> {
        let wanted = fingerprint(text);
        self.files.iter().filter(|f| f.lang == lang && f.fingerprint == wanted).find_map(|f| f.recording.as_ref())
    }

    pub fn files(&self) -> &[RecordingFile] {
        &self.files
    }
}

/// `"topic-safe-account-4.zh-HK.3fa92c1b.wav"` → ("topic-safe-account-4", "zh-HK", "3fa92c1b").
fn split_name(file_name: &str) -> Option<(String, String, String)> {
    let stem = file_name.strip_suffix(".wav").or_else(|| file_name.strip_suffix(".WAV"))?;
    let (rest, fingerprint) = stem.rsplit_once('.')?;
    let (name, lang) = rest.rsplit_once('.')?;
    let hex = fingerprint.len() == 8 && fingerprint.chars().all(|c| c.is_ascii_hexdigit());
    let tag = !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (hex && tag && !name.is_empty()).then(|| (name.to_owned(), lang.to_owned(), fingerprint.to_ascii_lowercase()))
}

/// Reads and measures one recording; says what is wrong with it.
fn examine(path: &Path, shown: &str, diags: &mut Vec<Diagnostic>) -> Option<Recording> {
    let measured = read_regular(path, MAX_BYTES).map_err(|e| format!("cannot be read ({e})")).and_then(|b| measure(&b));
    let m = match measured {
        Ok(m) => m,
        Err(problem) => {
            diags.push(warning(shown, format!("{problem}; it is not played"), "record it again as a WAV file"));
            return None;
        }
    };
    let again = "record it again, about a hand's width from the phone, in a quiet room";
    if !m.lufs.is_finite() || m.lufs < TOO_QUIET_LUFS {
        diags.push(warning(shown, format!("too quiet ({:.0} LUFS): lifting it lifts the noise too", m.lufs), again));
    } else if m.lufs > TOO_LOUD_LUFS {
        diags.push(warning(shown, format!("too loud ({:.0} LUFS): it was overdriven", m.lufs), again));
    }
    if m.clipped > CLIPPED_SHARE {
        diags.push(warning(shown, "clipped: the voice was too loud for the recorder and crackles", again));
    }
    let gain = if m.lufs.is_finite() { (TARGET_LUFS - m.lufs).min(MAX_PEAK_DB - m.peak_db) } else { 0.0 };
    let headroom = (MAX_PEAK_DB - m.peak_db - gain).max(0.0);
    Some(Recording {
        path: path.to_path_buf(),
        gain_db: gain as f32,
        headroom_db: headroom as f32,
        seconds: m.seconds as f32,
    })
}

fn warning(shown: &str, message: impl Into<String>, help: impl Into<String>) -> Diagnostic {
    Diagnostic { severity: Severity::Warning, ..file_problem(shown, message, help) }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::{fingerprint, split_name};

    #[test]
    fn a_recording_is_named_by_its_text() {
        assert_eq!(fingerprint("拿不准，打 96110。"), fingerprint("  拿不准，打 96110。\n"));
        assert_ne!(fingerprint("拿不准，打 96110。"), fingerprint("拿不准，打 110。"));
        assert_eq!(fingerprint("x").len(), 8);
        let parts = |n: &str, l: &str, f: &str| Some((n.to_owned(), l.to_owned(), f.to_owned()));
        assert_eq!(split_name("home-1.zh-HK.0a1B2c3d.wav"), parts("home-1", "zh-HK", "0a1b2c3d"));
        assert_eq!(split_name("home-1.0a1b2c3d.wav"), None, "no language");
        assert_eq!(split_name(".zh-CN.0a1b2c3d.wav"), None);
        assert_eq!(split_name("home-1.zh-CN.0a1b2c3d.mp3"), None);
    }
}
