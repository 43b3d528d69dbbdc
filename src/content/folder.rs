//! A whole content folder once it loaded: the branch file every section
//! uses, and each section's own file.

use super::model::BranchFile;
use super::narration::Narration;
use super::part::{Part, Parts};

/// A whole, validated content folder. The app only ever holds one of these.
#[derive(Clone, Debug)]
pub struct Content {
    pub dir: std::path::PathBuf,
    pub branch: BranchFile,
    /// Each section's own file (`fraud.toml`, `quiz.toml`, …), by type: see
    /// `content::sections` for the list and `Content::part` to read one.
    pub parts: Parts,
    /// Recordings of texts, played instead of the voice (`narration/`).
    pub narration: Narration,
}

impl Content {
    /// A section's file: `None` if it is optional and this folder lacks it
    /// (a required one is always there once content loaded).
    pub fn part<P: Part>(&self) -> Option<&P> {
        self.parts.get::<P>()
    }
}
