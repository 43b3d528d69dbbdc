//! Reads one TOML content file section by section and list item by list item, so
//! one run reports every broken item instead of stopping at the first.

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::diagnostic::{Diagnostic, Severity, SourceFile};
use super::wording;

type Spanned<T> = toml::Spanned<T>;

pub struct Document<'a> {
    source: &'a SourceFile,
    table: DeTable<'a>,
    /// Set when any part failed; the file's model is then not built.
    pub failed: bool,
}

impl<'a> Document<'a> {
    /// Parses the file's syntax. On syntax errors every one found is reported and
    /// `None` is returned: a half-parsed file must never reach the screen.
    pub fn parse(source: &'a SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Self> {
        let (table, errors) = DeTable::parse_recoverable(&source.text);
        if !errors.is_empty() {
            for error in errors {
                diags.push(wording::syntax_error(source, &error));
            }
            return None;
        }
        Some(Self { source, table: table.into_inner(), failed: false })
    }

    /// A required table or value, e.g. `[branch]`.
    pub fn section<T: DeserializeOwned>(&mut self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<T> {
        let Some(value) = self.table.remove(key) else {
            self.failed = true;
            diags.push(self.source.diagnostic(
                None,
                Severity::Error,
                format!("missing section `[{key}]`"),
                format!("add a `[{key}]` table to this file"),
            ));
            return None;
        };
        self.decode(value, diags)
    }

    /// An optional table: absent is fine (older content folders lack it), broken is not.
    pub fn optional_section<T: DeserializeOwned>(&mut self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<T> {
        let value = self.table.remove(key)?;
        self.decode(value, diags)
    }

    /// A list written as `[[key]]` tables. Each item is decoded on its own so that
    /// every broken item is reported. `required` lists must have at least one item.
    pub fn list<T: DeserializeOwned>(&mut self, key: &str, required: bool, diags: &mut Vec<Diagnostic>) -> Vec<T> {
        let Some(value) = self.table.remove(key) else {
            if required {
                self.failed = true;
                diags.push(self.source.diagnostic(
                    None,
                    Severity::Error,
                    format!("no `[[{key}]]` items in this file"),
                    format!("add at least one `[[{key}]]` item"),
                ));
            }
            return Vec::new();
        };
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) => items.into_iter().filter_map(|item| self.decode(item, diags)).collect(),
            other => {
                self.failed = true;
                diags.push(self.source.diagnostic(
                    Some(span),
                    Severity::Error,
                    format!("`{key}` should be a list of items, found {}", other.type_str()),
                    format!("write each item under its own `[[{key}]]` line"),
                ));
                Vec::new()
            }
        }
    }

    /// Reports top-level keys that no section claimed.
    pub fn finish(&mut self, known: &[&str], diags: &mut Vec<Diagnostic>) -> bool {
        let mut failed = self.failed;
        for (key, _) in self.table.iter() {
            failed = true;
            let name: &str = key.get_ref();
            diags.push(self.source.diagnostic(
                Some(key.span()),
                Severity::Error,
                format!("unknown section `{name}`"),
                wording::did_you_mean(name, known.iter().copied()),
            ));
        }
        !failed
    }

    fn decode<T: DeserializeOwned>(&mut self, value: Spanned<DeValue<'a>>, diags: &mut Vec<Diagnostic>) -> Option<T> {
        let item_span = value.span();
        match T::deserialize(ValueDeserializer::from(value)) {
            Ok(v) => Some(v),
            Err(error) => {
                self.failed = true;
                diags.push(wording::data_error(self.source, &error, item_span));
                None
            }
        }
    }
}
