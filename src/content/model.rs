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

// ----------------------------------------------------------------- fraud.toml

/// `fraud.toml`: the scams, one `[[topic]]` each, and the slogans of the idle screen.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FraudFile {
    /// Short slogans shown large on the idle (attract) screen.
    #[serde(rename = "slogan", default)]
    pub slogans: Vec<Slogan>,
    #[serde(rename = "topic")]
    pub topics: Vec<Topic>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Slogan {
    pub id: At<String>,
    /// A number the idle poster shows largest of all, by its phone-book id
    /// (e.g. "anti-fraud" for 96110).
    #[serde(default)]
    pub phone: Option<At<String>>,
    pub text: Texts<SloganText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SloganText {
    pub title: Line,
    pub lines: Lines,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Short id, e.g. "safe-account".
    pub id: At<String>,
    pub icon: At<Icon>,
    /// Phone ids from branch.toml to show under "whom to call".
    pub call: Vec<At<String>>,
    pub text: Texts<TopicText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TopicText {
    /// The scam's name, short enough for a button.
    pub title: Line,
    /// How to spot it: 2 to 4 short sentences.
    pub signs: Lines,
    /// What to do: short sentences.
    pub todo: Lines,
}

// ------------------------------------------------------------ facilities.toml

/// `facilities.toml`: what the branch offers, one `[[facility]]` each.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FacilitiesFile {
    #[serde(rename = "facility")]
    pub facilities: Vec<Facility>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facility {
    pub id: At<String>,
    pub icon: At<Icon>,
    /// Optional photo, a PNG or JPEG inside the content folder, e.g. "images/glasses.png".
    #[serde(default)]
    pub image: Option<At<String>>,
    /// A made-up example from the demo (where it is, what it offers), not yet
    /// replaced by what this branch really has. The demo tags it "示例"; a lobby
    /// kiosk never shows it, and `kiosk check --kiosk` reports it as an error.
    #[serde(default)]
    pub sample: Option<At<bool>>,
    pub text: Texts<FacilityText>,
}

impl Facility {
    /// Written as a sample, so only the demo may show it.
    pub fn is_sample(&self) -> bool {
        self.sample.as_ref().is_some_and(|s| s.value)
    }
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FacilityText {
    pub name: Line,
    /// Where it is in the branch.
    #[serde(rename = "where")]
    pub location: Line,
    /// How to ask for it or use it.
    pub ask: Line,
}

// ---------------------------------------------------------------- rights.toml

/// `rights.toml`: the eight rights and how to complain.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightsFile {
    #[serde(rename = "right")]
    pub rights: Vec<Right>,
    /// The complaint path, in order.
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
    /// Reporting a bank that broke the rules to the regulator.
    pub regulator: Step,
    /// What to bring or say when complaining.
    pub bring: Notice,
    /// The warning about paid complaint "agents".
    pub warning: Notice,
    /// What an older customer may ask for at the counter (cash, passbooks,
    /// credit-record corrections, counterfeit and damaged notes). Optional:
    /// content folders written before it still load; the menu then leaves it out.
    #[serde(default)]
    pub counter: Option<Notice>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: At<String>,
    pub text: Texts<RightText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightText {
    pub name: Line,
    /// One or two short sentences.
    pub text: Line,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: At<String>,
    /// Phone ids from branch.toml that belong to this step.
    #[serde(default)]
    pub call: Vec<At<String>>,
    /// Time limits that apply to this step.
    #[serde(rename = "limit", default)]
    pub limits: Vec<Limit>,
    pub text: Texts<StepText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    pub title: Line,
    pub lines: Lines,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// The limit in days; the kiosk writes it as "15 天" / "15 days".
    pub days: At<u32>,
    /// True when the days come on top of an earlier limit ("再延长 30 天" /
    /// "up to 30 more days"), not counted from the start.
    #[serde(default)]
    pub extension: bool,
    pub text: Texts<LimitText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LimitText {
    /// What must happen within the limit, e.g. "银行给出答复".
    pub what: Line,
}

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

// ------------------------------------------------------------------- together

/// A whole, validated content folder. The app only ever holds one of these.
#[derive(Clone, Debug)]
pub struct Content {
    pub dir: std::path::PathBuf,
    pub branch: BranchFile,
    pub fraud: FraudFile,
    pub facilities: FacilitiesFile,
    pub rights: RightsFile,
    pub quiz: QuizFile,
    /// None for a folder written before the transfer check existed.
    pub transfer_check: Option<TransferCheckFile>,
}

// --------------------------------------------------------- transfer-check.toml

/// `transfer-check.toml`: "有人让您转账吗？", asked about the customer's own
/// situation right now. Any "yes" calls staff quietly and shows `stop`; all
/// "no" shows `all-clear`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferCheckFile {
    /// One red flag each, asked in this order; at most six.
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
    /// The calm screen after a "yes": don't transfer yet, staff are coming.
    /// It may be read aloud with a scammer listening: no word for "scam".
    pub stop: CallNotice,
    /// After every "no": reassurance (and an offer to have someone look).
    #[serde(rename = "all-clear")]
    pub all_clear: CallNotice,
}

impl TransferCheckFile {
    /// The screens' names for the two endings; no question may take them.
    pub const STOP: &str = "stop";
    pub const ALL_CLEAR: &str = "all-clear";
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Short id, sent to the staff tablet as the red flag, e.g. "on-the-phone".
    pub id: At<String>,
    pub text: Texts<QuestionText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    /// Asked so that "yes" (有) is the worrying answer.
    pub question: Line,
}

/// A titled list of short sentences, and the numbers to call.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CallNotice {
    /// Phone-book ids of the numbers shown.
    #[serde(default)]
    pub call: Vec<At<String>>,
    pub text: At<Texts<ListText>>,
}

/// `quiz.toml`: the "这是骗局吗？" self-check, one `[[situation]]` each.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    #[serde(rename = "situation")]
    pub situations: Vec<Situation>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Short id, e.g. "social-security-call".
    pub id: At<String>,
    /// true: this is a scam; false: it is not.
    pub scam: At<bool>,
    /// The scam page that explains it: a topic id from fraud.toml.
    #[serde(default)]
    pub topic: Option<At<String>>,
    pub text: Texts<SituationText>,
}

#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SituationText {
    /// What happens, in one or two short sentences.
    pub situation: Line,
    /// Why it is (or is not) a scam, and what to do.
    pub answer: Line,
}
