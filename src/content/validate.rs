//! Checks that span items and files: ids, phone references, languages, text
//! length for the large-print layout, and pictures. Parsing already checked types.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use super::at::At;
use super::diagnostic::{Diagnostic, Severity, SourceFile};
use super::model::*;
use super::wording::did_you_mean;

/// Display width in half-width columns (a Chinese character counts 2). A title
/// must fit a big button; a line must fit about three lines at the largest size.
pub const TITLE_MAX_COLUMNS: usize = 40;
pub const LINE_MAX_COLUMNS: usize = 140;
pub const ID_MAX_CHARS: usize = 32;

pub struct Checker<'a> {
    pub sources: &'a HashMap<&'static str, SourceFile>,
    pub diags: &'a mut Vec<Diagnostic>,
    /// Languages the kiosk has screen text for (from `locales/`); empty = unchecked.
    pub ui_languages: &'a [String],
    offered: Vec<String>,
    /// The language of the text being checked.
    pub(super) lang: String,
    /// The phone book, once `branch.toml` parsed.
    pub(super) phone_numbers: Vec<String>,
    pub(super) phone_ids: Vec<String>,
    /// Checking for the lobby: placeholder numbers are errors.
    pub kiosk: bool,
    /// Words customers may not understand, per language (`avoid-terms.toml`).
    pub avoid: super::avoid_terms::AvoidTerms,
}

impl<'a> Checker<'a> {
    pub fn new(
        sources: &'a HashMap<&'static str, SourceFile>,
        diags: &'a mut Vec<Diagnostic>,
        ui_languages: &'a [String],
    ) -> Self {
        Self {
            sources,
            diags,
            ui_languages,
            offered: Vec::new(),
            lang: BASE_LANGUAGE.to_owned(),
            phone_numbers: Vec::new(),
            phone_ids: Vec::new(),
            kiosk: false,
            avoid: Default::default(),
        }
    }

    pub(super) fn push(&mut self, file: &str, span: Range<usize>, severity: Severity, message: String, help: String) {
        let diagnostic = match self.sources.get(file) {
            Some(source) => source.diagnostic(Some(span), severity, message, help),
            None => super::diagnostic::file_problem(file, message, help),
        };
        self.diags.push(diagnostic);
    }

    pub(super) fn error(&mut self, file: &str, span: Range<usize>, message: String, help: impl Into<String>) {
        self.push(file, span, Severity::Error, message, help.into());
    }

    pub(super) fn warning(&mut self, file: &str, span: Range<usize>, message: String, help: impl Into<String>) {
        self.push(file, span, Severity::Warning, message, help.into());
    }

    /// Checks `branch.toml` and keeps its phone book for the other files' checks.
    pub fn branch_file(&mut self, b: &BranchFile) {
        self.phone_numbers = b.phones.iter().map(|p| p.number.value.clone()).collect();
        self.phone_ids = b.phones.iter().map(|p| p.id.value.clone()).collect();
        self.languages(&b.branch);
        self.branch(b);
    }

    fn languages(&mut self, branch: &Branch) {
        const F: &str = BRANCH;
        if branch.languages.is_empty() {
            self.error(
                F,
                0..0,
                "no language is offered".into(),
                "write `languages = [\"zh-CN\", \"en-US\"]` under [branch]",
            );
        }
        let mut seen = HashSet::new();
        for lang in &branch.languages {
            if !seen.insert(lang.value.clone()) {
                self.error(
                    F,
                    lang.span.clone(),
                    format!("language \"{}\" is listed twice", lang.value),
                    "remove one of them",
                );
            } else if !self.ui_languages.is_empty() && !self.ui_languages.contains(&lang.value) {
                let known = self.ui_languages.iter().map(String::as_str);
                let help = did_you_mean(&lang.value, known);
                self.error(
                    F,
                    lang.span.clone(),
                    format!("the kiosk has no screen text for language \"{}\"", lang.value),
                    help,
                );
            }
            self.offered.push(lang.value.clone());
        }
        for lang in &branch.narration {
            if !branch.languages.iter().any(|l| l.value == lang.value) {
                let offered = branch.languages.iter().map(|l| l.value.as_str());
                let help = did_you_mean(&lang.value, offered);
                self.warning(
                    F,
                    lang.span.clone(),
                    format!("recordings asked for \"{}\", which is not offered", lang.value),
                    help,
                );
            }
        }
    }

    fn branch(&mut self, b: &BranchFile) {
        const F: &str = BRANCH;
        let owner = At { value: "branch".to_owned(), span: b.branch.text.span.clone() };
        self.texts(F, "branch", &owner, &b.branch.text, |c, t| {
            c.title(F, &t.name);
            c.line(F, &t.address);
            c.line(F, &t.hours);
        });
        self.ids(F, "phone", b.phones.iter().map(|p| &p.id));
        for phone in &b.phones {
            let n = &phone.number;
            let ok = !n.trim().is_empty() && n.chars().all(|ch| ch.is_ascii_digit() || ch == '-' || ch == ' ');
            if !ok {
                self.error(
                    F,
                    n.span.clone(),
                    format!("\"{}\" is not a phone number", n.value),
                    "use only digits, with `-` or spaces between groups, e.g. \"023-63661919\"",
                );
            }
            if phone.placeholder && self.kiosk {
                self.error(
                    F,
                    n.span.clone(),
                    format!("\"{}\" ({}) is a sample number; a lobby kiosk must not show it", n.value, phone.id.value),
                    "write this branch's real number and remove `placeholder = true`",
                );
            }
            self.texts(F, "phone", &phone.id, &phone.text, |c, t| {
                if t.name.contains('{') {
                    // A phone's name stands in for its sample number: it cannot name another phone.
                    c.error(
                        F,
                        t.name.span.clone(),
                        "a phone's name cannot hold a {phone-id}".into(),
                        "write the name in plain words, e.g. \"反诈专线\"",
                    );
                }
                c.title(F, &t.name);
                c.line(F, &t.when);
            });
        }
    }

    /// Ids: short, readable, unique within their kind.
    pub(super) fn ids<'i>(&mut self, file: &str, kind: &str, ids: impl Iterator<Item = &'i At<String>>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let readable = !id.is_empty()
                && id.chars().count() <= ID_MAX_CHARS
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !readable {
                self.error(
                    file,
                    id.span.clone(),
                    format!("id \"{}\" is not a short readable word", id.value),
                    "use small letters, digits and `-`, at most 32, e.g. \"safe-account\"",
                );
            }
            if let Some(first_line) = seen.get(id.as_str()) {
                self.error(
                    file,
                    id.span.clone(),
                    format!("{kind} id \"{}\" is used twice (first on line {first_line})", id.value),
                    "give each item its own id",
                );
            } else {
                let line = self.sources.get(file).map_or(1, |s| s.line_col(id.span.start).0);
                seen.insert(id.as_str(), line);
            }
        }
    }

    pub(super) fn calls(&mut self, file: &str, calls: &[At<String>], phones: Option<&[&str]>) {
        let Some(phones) = phones else { return };
        for call in calls {
            if !phones.contains(&call.as_str()) {
                let help = did_you_mean(call, phones.iter().copied());
                self.error(
                    file,
                    call.span.clone(),
                    format!("no phone with id \"{}\" in branch.toml", call.value),
                    help,
                );
            }
        }
    }

    /// Per-language blocks: Simplified Chinese is required; offered languages
    /// without a block fall back to it (a warning); unknown tags are typos.
    pub(super) fn texts<T>(
        &mut self,
        file: &str,
        kind: &str,
        owner: &At<String>,
        texts: &Texts<T>,
        mut each: impl FnMut(&mut Self, &T),
    ) {
        if !texts.0.contains_key(BASE_LANGUAGE) {
            self.error(
                file,
                owner.span.clone(),
                format!("{kind} \"{}\" has no Simplified Chinese text", owner.value),
                format!("add a `text.{BASE_LANGUAGE}` block with the Chinese text"),
            );
        }
        for lang in self.offered.clone() {
            if lang != BASE_LANGUAGE && !texts.0.contains_key(&lang) {
                self.warning(
                    file,
                    owner.span.clone(),
                    format!("{kind} \"{}\" has no {lang} translation; Chinese is shown instead", owner.value),
                    format!("add a `text.{lang}` block"),
                );
            }
        }
        for (lang, block) in &texts.0 {
            if lang != BASE_LANGUAGE && !self.offered.contains(lang) {
                let offered = self.offered.clone();
                let help = did_you_mean(lang, offered.iter().map(String::as_str));
                self.warning(
                    file,
                    owner.span.clone(),
                    format!("{kind} \"{}\" has text for \"{lang}\", which this branch does not offer", owner.value),
                    help,
                );
            }
            self.lang = lang.clone();
            each(self, block);
        }
        self.lang = BASE_LANGUAGE.to_owned();
    }

    pub(super) fn title(&mut self, file: &str, text: &Line) {
        self.text(file, text, TITLE_MAX_COLUMNS, "a title or name");
    }

    pub(super) fn line(&mut self, file: &str, text: &Line) {
        self.text(file, text, LINE_MAX_COLUMNS, "a line");
    }

    pub(super) fn lines(&mut self, file: &str, lines: &Lines, field: &str) {
        if lines.is_empty() {
            self.error(
                file,
                lines.span.clone(),
                format!("`{field}` is an empty list"),
                format!("write at least one sentence in `{field}`"),
            );
        }
        for line in lines.iter() {
            self.line(file, line);
        }
    }

    fn text(&mut self, file: &str, text: &Line, max: usize, what: &str) {
        let width = text.trim().width();
        if width == 0 {
            self.error(
                file,
                text.span.clone(),
                "empty text".into(),
                "write the text between the quotes, or remove the line",
            );
        } else if width > max {
            self.error(
                file,
                text.span.clone(),
                format!("text too long for the large-print screen ({width} columns; {what} may have {max}, a Chinese character counts 2)"),
                "shorten it, or split it into two sentences",
            );
        } else {
            self.copy_rules(file, text);
        }
    }
}
