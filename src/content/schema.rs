//! JSON Schemas for the content files, generated from the same serde types the
//! loader uses, so editors (Taplo / Even Better TOML) complete and check fields.

use super::model::{BRANCH, BranchFile};
use super::part::render;
use super::sections::PARTS;

/// (file name of the schema, schema text) for every content file.
pub fn all() -> Vec<(String, String)> {
    let branch = (BRANCH, render::<BranchFile>());
    let parts = PARTS.iter().map(|p| (p.file, (p.schema)()));
    std::iter::once(branch).chain(parts).map(|(file, schema)| (schema_name(file), schema)).collect()
}

/// "quiz.toml" → "quiz.schema.json".
fn schema_name(file: &str) -> String {
    format!("{}.schema.json", file.trim_end_matches(".toml"))
}
