//! Loads a content folder: read every file, parse every item, validate across
//! files, and hand out the content only if there is no error at all.

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::avoid_terms::{self, AvoidTerms};
use super::diagnostic::{Diagnostic, SourceFile};
use super::document::Document;
use super::folder::Content;
use super::model::*;
use super::part::{Parts, Shared};
use super::sections::PARTS;
use super::source::{decode_text, read_source};
use super::validate::Checker;

/// The files of a content folder, in the order problems are reported.
pub fn files() -> Vec<&'static str> {
    std::iter::once(BRANCH).chain(PARTS.iter().map(|p| p.file)).collect()
}

/// Result of loading: the content when there is no error, and every problem found.
pub struct Loaded {
    pub content: Option<Content>,
    pub diagnostics: Vec<Diagnostic>,
    /// A short digest of the files' text: equal on every kiosk showing the same content.
    pub version: String,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// `ui_languages` are the languages the kiosk has screen text for; a branch
/// may only offer those. Pass an empty slice to skip that check.
pub fn load(dir: &Path, ui_languages: &[String]) -> Loaded {
    load_for(dir, ui_languages, false)
}

/// `for_kiosk`: checked for a lobby kiosk, where sample (placeholder) phone
/// numbers are errors; the demo may show them, marked.
pub fn load_for(dir: &Path, ui_languages: &[String], for_kiosk: bool) -> Loaded {
    load_with(dir, &[], ui_languages, for_kiosk)
}

/// As `load_for`, with the text of some files given as bytes instead of read
/// from `dir` (the fuzzers and the mutation test feed edited files this way;
/// pictures are still read from `dir`).
pub fn load_with(dir: &Path, given: &[(&str, &[u8])], ui_languages: &[String], for_kiosk: bool) -> Loaded {
    let mut diagnostics = Vec::new();
    let sources = read_sources(dir, given, &mut diagnostics);

    let branch = parse(&sources, BRANCH, &mut diagnostics, |doc, d| {
        let branch = doc.section("branch", d);
        let phones = doc.list("phone", true, d);
        doc.finish(&["branch", "phone"], d).then_some(BranchFile { branch: branch?, phones })
    });
    let mut parts = Parts::default();
    // A required file must parse; an optional one that is there must too.
    let mut all_read = true;
    for kind in PARTS {
        let Some(source) = sources.get(kind.file) else {
            all_read &= kind.optional && !dir.join(kind.file).exists() && !given.iter().any(|(n, _)| *n == kind.file);
            continue;
        };
        match (kind.read)(source, &mut diagnostics) {
            Some(part) => parts.insert(kind.file, part),
            None => all_read = false,
        }
    }

    let avoid = avoid_terms(dir, given, &mut diagnostics);
    let mut checker = Checker::new(&sources, &mut diagnostics, ui_languages);
    checker.kiosk = for_kiosk;
    checker.avoid = avoid;
    if let Some(b) = &branch {
        checker.branch_file(b);
    }
    let phones = branch.as_ref().map(|b| b.phones.iter().map(|p| p.id.as_str()).collect::<Vec<_>>());
    let shared = Shared { dir, phones: phones.as_deref(), parts: &parts };
    for kind in PARTS {
        if let Some(part) = parts.erased(kind.file) {
            (kind.check)(part, &mut checker, &shared);
        }
    }
    let narration = super::narration::Narration::scan(dir, &mut diagnostics);
    let content =
        branch.filter(|_| all_read).map(|branch| Content { dir: dir.to_path_buf(), branch, parts, narration });
    sort(&mut diagnostics);
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    let version = version(files().iter().filter_map(|f| sources.get(f)).map(|s| s.text.as_str()));
    Loaded { content: content.filter(|_| !has_errors), diagnostics, version }
}

fn missing_optional(name: &str) -> Diagnostic {
    let d = super::diagnostic::file_problem(
        name,
        "file is missing; the screens it holds are left out",
        format!("copy `{name}` from the bundled content (assets/content) and adapt it"),
    );
    Diagnostic { severity: super::diagnostic::Severity::Warning, ..d }
}

/// The optional list of words to avoid: absent means no check.
fn avoid_terms(dir: &Path, given: &[(&str, &[u8])], diags: &mut Vec<Diagnostic>) -> AvoidTerms {
    let source = match given.iter().find(|(n, _)| *n == avoid_terms::FILE) {
        Some((_, bytes)) => decode_text(avoid_terms::FILE, bytes.to_vec()),
        None if !dir.join(avoid_terms::FILE).exists() => return AvoidTerms::default(),
        None => read_source(dir, avoid_terms::FILE),
    };
    match source {
        Ok(source) => AvoidTerms::parse(&source, diags),
        Err(d) => {
            // Customers' content does not depend on this list: say so, and go on.
            diags.push(Diagnostic { severity: super::diagnostic::Severity::Warning, ..d });
            AvoidTerms::default()
        }
    }
}

/// Every file's text (given, or read from `dir`); a missing optional file is
/// a warning, any other problem an error.
fn read_sources(
    dir: &Path,
    given: &[(&str, &[u8])],
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<&'static str, SourceFile> {
    let mut sources: HashMap<&'static str, SourceFile> = HashMap::new();
    for name in files() {
        let optional = PARTS.iter().any(|p| p.file == name && p.optional);
        let source = match given.iter().find(|(n, _)| *n == name) {
            Some((_, bytes)) => decode_text(name, bytes.to_vec()),
            None if optional && !dir.join(name).exists() => {
                diagnostics.push(missing_optional(name));
                continue;
            }
            None => read_source(dir, name),
        };
        match source {
            Ok(source) => {
                sources.insert(name, source);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    sources
}

/// FNV-1a (64 bit) over the files in order: stable across builds and
/// machines, which a fleet needs to compare versions.
fn version<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        for byte in text.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn parse<T>(
    sources: &HashMap<&'static str, SourceFile>,
    name: &str,
    diags: &mut Vec<Diagnostic>,
    build: impl FnOnce(&mut Document, &mut Vec<Diagnostic>) -> Option<T>,
) -> Option<T>
where
    T: DeserializeOwned,
{
    let source = sources.get(name)?;
    let mut doc = Document::parse(source, diags)?;
    build(&mut doc, diags)
}

/// File order first, then position, so staff can fix problems top to bottom.
fn sort(diags: &mut [Diagnostic]) {
    let files = files();
    let rank = |file: &str| files.iter().position(|f| *f == file).unwrap_or(files.len());
    diags.sort_by_key(|d| (rank(&d.file), d.line, d.column));
}
