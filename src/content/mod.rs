//! Content: the model staff edit, how it is read and validated, and the store
//! that keeps the last good version. Knows nothing about the UI.

mod at;
pub mod avoid_terms;
mod copy_rules;
mod diagnostic;
mod document;
mod facility_check;
mod icon;
pub mod images;
mod load;
mod lookup;
mod model;
mod quiz_check;
mod safe_file;
pub mod schema;
mod source;
mod store;
mod transfer_check;
mod validate;
mod wording;

pub use at::At;
pub use diagnostic::{Diagnostic, Severity, SourceFile};
pub use load::{FILES, Loaded, load, load_for, load_with};
pub use model::*;
pub use safe_file::read_text;
pub use store::{ContentStore, Reload};
