//! Content: the model staff edit, how it is read and validated, and the store
//! that keeps the last good version. Knows nothing about the UI.

mod at;
pub mod avoid_terms;
mod copy_rules;
mod diagnostic;
mod document;
mod folder;
mod icon;
pub mod images;
mod load;
mod lookup;
mod model;
pub mod narration;
mod part;
mod safe_file;
pub mod schema;
pub mod sections;
mod source;
mod store;
mod validate;
mod wording;

pub use at::At;
pub use diagnostic::{Diagnostic, Severity, SourceFile};
pub use folder::Content;
pub use load::{Loaded, files, load, load_for, load_with};
pub use model::*;
pub use part::{Part, Parts};
pub use safe_file::read_text;
pub use sections::*;
pub use store::{ContentStore, Reload};
