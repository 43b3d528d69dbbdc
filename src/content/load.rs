//! Loads a content folder: read every file, parse every item, validate across
//! files, and hand out the content only if there is no error at all.

use std::collections::HashMap;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::avoid_terms::{self, AvoidTerms};
use super::diagnostic::{Diagnostic, SourceFile};
use super::document::Document;
use super::model::*;
use super::source::{decode_text, read_source};
use super::validate::Checker;

/// The files of a content folder, in the order problems are reported.
pub const FILES: [&str; 6] =
    ["branch.toml", "fraud.toml", "facilities.toml", "rights.toml", "quiz.toml", "transfer-check.toml"];

/// Files a folder may lack: content written before they existed still
/// loads, and the part they hold is left out (with a warning saying so).
pub const OPTIONAL: [&str; 1] = ["transfer-check.toml"];

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

    let branch = parse(&sources, "branch.toml", &mut diagnostics, |doc, d| {
        let branch = doc.section("branch", d);
        let phones = doc.list("phone", true, d);
        doc.finish(&["branch", "phone"], d).then_some(BranchFile { branch: branch?, phones })
    });
    let fraud = parse(&sources, "fraud.toml", &mut diagnostics, |doc, d| {
        let slogans = doc.list("slogan", false, d);
        let topics = doc.list("topic", true, d);
        doc.finish(&["slogan", "topic"], d).then_some(FraudFile { slogans, topics })
    });
    let facilities = parse(&sources, "facilities.toml", &mut diagnostics, |doc, d| {
        let facilities = doc.list("facility", true, d);
        doc.finish(&["facility"], d).then_some(FacilitiesFile { facilities })
    });
    let rights = parse(&sources, "rights.toml", &mut diagnostics, |doc, d| {
        let rights = doc.list("right", true, d);
        let steps = doc.list("step", true, d);
        let regulator = doc.section("regulator", d);
        let bring = doc.section("bring", d);
        let warning = doc.section("warning", d);
        let counter = doc.optional_section("counter", d);
        let ok = doc.finish(&["right", "step", "regulator", "bring", "warning", "counter"], d);
        ok.then_some(RightsFile { rights, steps, regulator: regulator?, bring: bring?, warning: warning?, counter })
    });

    let quiz = parse(&sources, "quiz.toml", &mut diagnostics, |doc, d| {
        let situations = doc.list("situation", true, d);
        doc.finish(&["situation"], d).then_some(QuizFile { situations })
    });

    let transfer_check = parse(&sources, "transfer-check.toml", &mut diagnostics, |doc, d| {
        let questions = doc.list("question", true, d);
        let stop = doc.section("stop", d);
        let all_clear = doc.section("all-clear", d);
        let ok = doc.finish(&["question", "stop", "all-clear"], d);
        ok.then_some(TransferCheckFile { questions, stop: stop?, all_clear: all_clear? })
    });
    let avoid = avoid_terms(dir, given, &mut diagnostics);
    let mut checker = Checker::new(&sources, &mut diagnostics, ui_languages);
    checker.kiosk = for_kiosk;
    checker.avoid = avoid;
    checker.files(dir, branch.as_ref(), fraud.as_ref(), facilities.as_ref(), rights.as_ref());
    if let Some(q) = &quiz {
        let topics: Option<Vec<&str>> = fraud.as_ref().map(|f| f.topics.iter().map(|t| t.id.as_str()).collect());
        checker.quiz(q, topics.as_deref());
    }
    if let Some(t) = &transfer_check {
        let phones = branch.as_ref().map(|b| b.phones.iter().map(|p| p.id.as_str()).collect::<Vec<_>>());
        checker.transfer_check(t, phones.as_deref());
    }
    // An optional file that is there must be right: broken, it blocks the load.
    let optional_ok = |name: &str, parsed: bool| parsed || !sources.contains_key(name);
    let transfer_ok = optional_ok("transfer-check.toml", transfer_check.is_some());
    let content = match (branch, fraud, facilities, rights, quiz) {
        (Some(branch), Some(fraud), Some(facilities), Some(rights), Some(quiz)) if transfer_ok => {
            Some(Content { dir: dir.to_path_buf(), branch, fraud, facilities, rights, quiz, transfer_check })
        }
        _ => None,
    };
    sort(&mut diagnostics);
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    let version = version(FILES.iter().filter_map(|f| sources.get(f)).map(|s| s.text.as_str()));
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
    for name in FILES {
        let source = match given.iter().find(|(n, _)| *n == name) {
            Some((_, bytes)) => decode_text(name, bytes.to_vec()),
            None if OPTIONAL.contains(&name) && !dir.join(name).exists() => {
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
    let rank = |file: &str| FILES.iter().position(|f| *f == file).unwrap_or(FILES.len());
    diags.sort_by_key(|d| (rank(&d.file), d.line, d.column));
}
