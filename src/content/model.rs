//! The content a branch shows, as staff write it in TOML. No egui here: the UI
//! reads these types, the checker validates them, the schema is generated from them.
//!
//! Rules that make hand editing safe: every item has a short `id`; a phone number
//! is written once in `branch.toml` and referred to by its id; text lives in one
//! block per language (`[topic.text.zh-CN]`), and a missing block falls back to
//! Simplified Chinese; items appear on screen in the order of the file.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::at::At;
pub use super::icon::Icon;

/// The language every item must have and every other language falls back to.
pub const BASE_LANGUAGE: &str = crate::lang::BASE;

/// Text in several languages: a map from language tag (`zh-CN`, `en-US`, `zh-HK`)
/// to that language's block.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Texts<T>(pub BTreeMap<String, T>);

impl<T> Texts<T> {
    /// The block for `lang`, else the Simplified Chinese one. `None` only for
    /// content that failed validation, which the app never receives.
    pub fn get(&self, lang: &str) -> Option<&T> {
        self.0.get(lang).or_else(|| self.0.get(BASE_LANGUAGE))
    }
}

/// A one-line text, located for error messages.
pub type Line = At<String>;

/// A list of short sentences, located as a whole too (to point at an empty list).
pub type Lines = At<Vec<Line>>;

// ---------------------------------------------------------------- branch.toml

/// The file every section uses: the branch and its phone book.
pub const BRANCH: &str = "branch.toml";

/// `branch.toml`: the branch itself and its phone book.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BranchFile {
    pub branch: Branch,
    /// The phone book. Other files refer to a number by its `id`.
    #[serde(rename = "phone")]
    pub phones: Vec<Phone>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// Languages this kiosk offers, in the order of the language buttons.
    /// The first one is the language a new customer sees. Example: ["zh-CN", "en-US"].
    pub languages: Vec<At<String>>,
    /// Languages in which every text read aloud should have a person's
    /// recording (in `narration/<language>/`): `kiosk check` then warns of the
    /// texts still without one. Example: ["zh-HK"]. Default: none asked for.
    #[serde(default)]
    pub narration: Vec<At<String>>,
    pub text: At<Texts<BranchText>>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BranchText {
    /// The branch name as customers know it.
    pub name: Line,
    pub address: Line,
    /// Opening hours, in one short line.
    pub hours: Line,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// Short id other files use, e.g. "police" or "bank".
    pub id: At<String>,
    /// The number to dial: digits, with "-" or spaces allowed. Example: "96110".
    pub number: At<String>,
    /// A made-up number for the demo, not yet replaced by the branch's real
    /// one. The demo marks it "示例号码"; the lobby kiosk never shows it, and
    /// `kiosk check --kiosk` reports it as an error.
    #[serde(default)]
    pub placeholder: bool,
    pub text: Texts<PhoneText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PhoneText {
    /// Who answers, e.g. "反诈专线".
    pub name: Line,
    /// When to call, in one short sentence.
    pub when: Line,
}

// ------------------------------------------------------------ shared by files

/// A titled list of short sentences with no id of its own.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub text: At<Texts<ListText>>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListText {
    pub title: Line,
    pub lines: Lines,
}
