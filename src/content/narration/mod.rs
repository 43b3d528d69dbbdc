//! Recorded narration: a person reading a text, per language, kept in the
//! content folder as `narration/<name>.<language>.<fingerprint>.wav`. The
//! fingerprint is taken from the exact text the recording reads, so a
//! recording is played only while that text is unchanged; once the text is
//! edited the voice reads it again and `kiosk check` calls the recording stale.
//! Every recording is measured here (EBU R128) and played at one loudness.

mod audit;
mod catalogue;
mod loudness;

pub use audit::{Report, Stale, Wanted, audit};
pub use catalogue::{FOLDER, Narration, Recording, RecordingFile, TARGET_LUFS, fingerprint};
pub use loudness::{Loudness, measure};
