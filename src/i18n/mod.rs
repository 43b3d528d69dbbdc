//! Screen text from Fluent files in `locales/<lang>/*.ftl`. Adding a language is
//! adding a folder. Every language falls back to Simplified Chinese per message.

use std::collections::BTreeMap;
use std::path::Path;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent::FluentValue;

use crate::lang::BASE as BASE_LANGUAGE;

pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Problems found while loading (bad syntax, duplicate ids), for staff.
    pub problems: Vec<String>,
}

impl I18n {
    /// Loads every language folder under `dir`. Never fails: a broken file is
    /// reported in `problems` and its good messages are still used.
    pub fn load(dir: &Path) -> Self {
        let mut bundles = BTreeMap::new();
        let mut problems = Vec::new();
        let mut folders: Vec<_> = std::fs::read_dir(dir)
            .map(|it| it.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect())
            .unwrap_or_default();
        folders.sort();
        for folder in folders {
            let Some(tag) = folder.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            let lang: LanguageIdentifier = match tag.parse() {
                Ok(l) => l,
                Err(_) => {
                    problems.push(format!("{}: not a language tag", folder.display()));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Unicode isolation marks would end up in labels and in speech.
            bundle.set_use_isolating(false);
            let mut files: Vec<_> = std::fs::read_dir(&folder)
                .map(|it| it.filter_map(Result::ok).map(|e| e.path()).collect())
                .unwrap_or_default();
            files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
            files.sort();
            for file in files {
                let text = match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => {
                        problems.push(format!("{}: {e}", file.display()));
                        continue;
                    }
                };
                let resource = match FluentResource::try_new(text) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(format!("{}: {e:?}", file.display()));
                        }
                        r
                    }
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        problems.push(format!("{}: {e}", file.display()));
                    }
                }
            }
            bundles.insert(tag, bundle);
        }
        Self { bundles, problems }
    }

    pub fn languages(&self) -> Vec<String> {
        self.bundles.keys().cloned().collect()
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The text of message `id` in `lang`, else in Simplified Chinese, else the id
    /// itself (visible to testers, never a crash).
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None)
    }

    pub fn text_with(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, Some(&fluent_args))
    }

    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for tag in [lang, BASE_LANGUAGE] {
            let Some(bundle) = self.bundles.get(tag) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("message {id} in {tag}: {errors:?}");
            }
            return text.into_owned();
        }
        log::warn!("message {id} missing in {lang} and {BASE_LANGUAGE}");
        id.to_owned()
    }
}
