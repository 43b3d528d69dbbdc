//! A section's content file as one unit: its name, how it is read, its checks
//! and its schema. The loader, the schema writer and `kiosk check` go through
//! the list in `content::sections`, so a new section's file is a module there
//! and one line in that list, and nothing in the loader changes.

use std::any::Any;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use schemars::{JsonSchema, generate::SchemaSettings};

use super::diagnostic::{Diagnostic, SourceFile};
use super::document::Document;
use super::validate::Checker;

/// A section's file, read into `Self`.
pub trait Part: Any + Send + Sync + JsonSchema + Sized {
    /// The file's name in the content folder, e.g. "quiz.toml".
    const FILE: &'static str;
    /// Folders written before the section existed may lack the file: they
    /// still load (with a warning) and the section is left out.
    const OPTIONAL: bool = false;
    /// Takes the file's top-level tables and lists from `doc`; `None` when
    /// any of them is broken (each problem is already in `diags`).
    fn read(doc: &mut Document, diags: &mut Vec<Diagnostic>) -> Option<Self>;
    /// Checks beyond types: ids, references, text rules.
    fn check(&self, checker: &mut Checker, shared: &Shared);
}

/// What one file's checks may look at in the others.
pub struct Shared<'a> {
    pub dir: &'a Path,
    /// The phone book's ids, when `branch.toml` parsed.
    pub phones: Option<&'a [&'a str]>,
    /// The other sections' files that parsed.
    pub parts: &'a Parts,
}

type Erased = Arc<dyn Any + Send + Sync>;

/// A `Part` with its type erased, for the list of sections.
pub struct PartKind {
    pub file: &'static str,
    pub optional: bool,
    pub(super) read: fn(&SourceFile, &mut Vec<Diagnostic>) -> Option<Erased>,
    pub(super) check: fn(&Erased, &mut Checker, &Shared),
    /// The JSON Schema of the file, for editors.
    pub schema: fn() -> String,
}

impl PartKind {
    pub const fn of<P: Part>() -> Self {
        Self { file: P::FILE, optional: P::OPTIONAL, read: read::<P>, check: check::<P>, schema: render::<P> }
    }
}

fn read<P: Part>(source: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Erased> {
    let mut doc = Document::parse(source, diags)?;
    let part = P::read(&mut doc, diags)?;
    Some(Arc::new(part))
}

fn check<P: Part>(part: &Erased, checker: &mut Checker, shared: &Shared) {
    if let Some(part) = part.downcast_ref::<P>() {
        part.check(checker, shared);
    }
}

/// The sections' files that loaded, shared cheaply between copies of the content.
#[derive(Clone, Default)]
pub struct Parts(Vec<(&'static str, Erased)>);

impl Parts {
    pub fn get<P: Part>(&self) -> Option<&P> {
        self.0.iter().find_map(|(_, part)| part.downcast_ref::<P>())
    }

    pub(super) fn insert(&mut self, file: &'static str, part: Erased) {
        self.0.push((file, part));
    }

    pub(super) fn erased(&self, file: &str) -> Option<&Erased> {
        self.0.iter().find(|(f, _)| *f == file).map(|(_, part)| part)
    }
}

impl fmt::Debug for Parts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|(file, _)| file)).finish()
    }
}

/// The JSON Schema (draft 7) of a file's type, as editors read it.
pub(super) fn render<T: JsonSchema>() -> String {
    let schema = SchemaSettings::draft07().into_generator().into_root_schema_for::<T>();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
