//! JSON Schemas for the content files, generated from the same serde types the
//! loader uses, so editors (Taplo / Even Better TOML) complete and check fields.

use schemars::{JsonSchema, generate::SchemaSettings};

use super::model::{BranchFile, FacilitiesFile, FraudFile, QuizFile, RightsFile, TransferCheckFile};

/// (file name of the schema, schema text) for every content file.
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("branch.schema.json", render::<BranchFile>()),
        ("fraud.schema.json", render::<FraudFile>()),
        ("facilities.schema.json", render::<FacilitiesFile>()),
        ("rights.schema.json", render::<RightsFile>()),
        ("quiz.schema.json", render::<QuizFile>()),
        ("transfer-check.schema.json", render::<TransferCheckFile>()),
    ]
}

fn render<T: JsonSchema>() -> String {
    let schema = SchemaSettings::draft07().into_generator().into_root_schema_for::<T>();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
