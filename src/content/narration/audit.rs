//! What is recorded, missing and stale in one language, against the texts the
//! kiosk reads aloud there (given by the caller: the UI knows them).

use super::catalogue::{Narration, fingerprint};

/// A text read aloud: the name its recording takes, and the text.
pub struct Wanted<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

impl Wanted<'_> {
    /// The file to record: `<name>.<language>.<fingerprint>.wav`.
    pub fn file_name(&self, lang: &str) -> String {
        format!("{}.{lang}.{}.wav", self.name, fingerprint(self.text))
    }
}

/// A recording no text matches any more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    /// As staff see it: `narration/<file>`.
    pub shown: String,
    /// The file to record instead, when a text of the same name is still read.
    pub replace_with: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Names of texts with a usable recording.
    pub recorded: Vec<String>,
    /// (file to record, its text) for texts without one.
    pub missing: Vec<(String, String)>,
    pub stale: Vec<Stale>,
}

/// Sorts `wanted` into recorded and missing, and finds stale recordings in `lang`.
pub fn audit(narration: &Narration, lang: &str, wanted: &[Wanted]) -> Report {
    let mut report = Report::default();
    for w in wanted {
        if narration.find(lang, w.text).is_some() {
            report.recorded.push(w.name.to_owned());
        } else {
            report.missing.push((w.file_name(lang), w.text.to_owned()));
        }
    }
    for file in narration.files().iter().filter(|f| f.lang == lang) {
        if wanted.iter().any(|w| fingerprint(w.text) == file.fingerprint) {
            continue;
        }
        let replace_with = wanted.iter().find(|w| w.name == file.name).map(|w| w.file_name(lang));
        report.stale.push(Stale { shown: file.shown.clone(), replace_with });
    }
    report
}
