//! Words older customers may not understand, per language, each with the plain
//! word to write instead. Staff extend the list in `avoid-terms.toml`, which
//! travels with the content. A folder without the file is not checked; a broken
//! file is a warning, never a reason to keep customers from the content.

use std::collections::BTreeMap;

use super::diagnostic::{Diagnostic, Severity, SourceFile};

pub const FILE: &str = "avoid-terms.toml";

/// language tag → (term, what to write instead), longest term first so that
/// "仲裁条款" is reported rather than a shorter term inside it.
#[derive(Clone, Debug, Default)]
pub struct AvoidTerms(BTreeMap<String, Vec<(String, String)>>);

impl AvoidTerms {
    /// Parses the file's text; problems become warnings in `diags`.
    pub fn parse(source: &SourceFile, diags: &mut Vec<Diagnostic>) -> Self {
        match toml::from_str::<BTreeMap<String, BTreeMap<String, String>>>(&source.text) {
            Ok(table) => Self(
                table
                    .into_iter()
                    .map(|(lang, terms)| {
                        let mut terms: Vec<(String, String)> =
                            terms.into_iter().filter(|(term, _)| !term.trim().is_empty()).collect();
                        terms.sort_by_key(|(term, _)| std::cmp::Reverse(term.chars().count()));
                        (lang, terms)
                    })
                    .collect(),
            ),
            Err(error) => {
                let message = error.message().trim().replace('\n', " ");
                diags.push(source.diagnostic(
                    error.span(),
                    Severity::Warning,
                    format!("the list of words to avoid cannot be read, so it is not checked: {message}"),
                    "write one `\"word\" = \"plain word\"` line under a `[zh-CN]`, `[en-US]` or `[zh-HK]` heading",
                ));
                Self::default()
            }
        }
    }

    /// The first term of `lang` found in `text`, with its byte offset and the
    /// suggested word. Terms inside a longer reported term are not repeated.
    pub fn find<'t>(&'t self, lang: &str, text: &str) -> Vec<(usize, &'t str, &'t str)> {
        let Some(terms) = self.0.get(lang) else { return Vec::new() };
        let mut found: Vec<(usize, &str, &str)> = Vec::new();
        for (term, instead) in terms {
            for (at, _) in text.match_indices(term.as_str()) {
                let inside = found.iter().any(|(start, t, _)| at >= *start && at < start + t.len());
                if !inside {
                    found.push((at, term, instead));
                }
            }
        }
        found.sort_by_key(|(at, _, _)| *at);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> (AvoidTerms, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let source = SourceFile { name: FILE.into(), text: text.into() };
        (AvoidTerms::parse(&source, &mut diags), diags)
    }

    #[test]
    fn longer_terms_win_and_each_place_is_reported_once() {
        let (t, diags) = terms("[zh-CN]\n\"仲裁\" = \"x\"\n\"仲裁条款\" = \"合同里写明找仲裁委员会\"\n");
        assert!(diags.is_empty());
        let found = t.find("zh-CN", "有仲裁条款的，申请仲裁。");
        let words: Vec<&str> = found.iter().map(|(_, term, _)| *term).collect();
        assert_eq!(words, ["仲裁条款", "仲裁"]);
        assert!(t.find("en-US", "有仲裁条款").is_empty());
    }

    #[test]
    fn a_broken_list_is_a_located_warning() {
        let (t, diags) = terms("[zh-CN]\n\"受理\" = \n");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].severity, Severity::Warning);
        assert_eq!(diags[0].line, 2);
        assert!(t.find("zh-CN", "受理").is_empty());
    }
}
