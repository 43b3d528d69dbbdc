//! `transfer-check.toml`, "有人让您转账吗？", and its checks: one to six questions (a customer under
//! pressure will not answer more), numbers that exist, a calm screen that
//! never names a scam (it may be read aloud with a scammer listening on the
//! phone), and the usual text rules.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::content::at::At;
use crate::content::diagnostic::Diagnostic;
use crate::content::document::Document;
use crate::content::model::*;
use crate::content::part::{Part, Shared};
use crate::content::validate::Checker;

const F: &str = "transfer-check.toml";

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

/// At most this many questions.
pub const MAX_QUESTIONS: usize = 6;

/// Words the calm screen must not say, in any language: it is read aloud.
const UNSAID: [&str; 6] = ["骗", "騙", "诈", "詐", "scam", "fraud"];

impl Part for TransferCheckFile {
    const FILE: &'static str = F;
    const OPTIONAL: bool = true;

    fn read(doc: &mut Document, d: &mut Vec<Diagnostic>) -> Option<Self> {
        let questions = doc.list("question", true, d);
        let stop = doc.section("stop", d);
        let all_clear = doc.section("all-clear", d);
        let ok = doc.finish(&["question", "stop", "all-clear"], d);
        ok.then_some(Self { questions, stop: stop?, all_clear: all_clear? })
    }

    fn check(&self, c: &mut Checker, shared: &Shared) {
        let phones = shared.phones;
        if self.questions.is_empty() {
            c.error(F, 0..0, "no questions".into(), "add one `[[question]]` per red flag, up to six");
        }
        if let Some(extra) = self.questions.get(MAX_QUESTIONS) {
            c.error(
                F,
                extra.id.span.clone(),
                format!("{} questions; at most {MAX_QUESTIONS}", self.questions.len()),
                "someone being pressed on the phone will not answer more: keep the six most telling red flags",
            );
        }
        c.ids(F, "question", self.questions.iter().map(|q| &q.id));
        let endings = [TransferCheckFile::STOP, TransferCheckFile::ALL_CLEAR];
        for q in self.questions.iter().filter(|q| endings.contains(&q.id.as_str())) {
            c.error(
                F,
                q.id.span.clone(),
                format!("a question may not be called \"{}\": that is the name of a screen", q.id.value),
                "give the question another id, e.g. what it asks about",
            );
        }
        for q in &self.questions {
            c.texts(F, "question", &q.id, &q.text, |c, text| c.line(F, &text.question));
        }
        for (name, notice) in [("stop", &self.stop), ("all-clear", &self.all_clear)] {
            call_notice(c, name, notice, phones);
        }
        never_names_a_scam(c, &self.stop);
    }
}

fn call_notice(c: &mut Checker, name: &str, notice: &CallNotice, phones: Option<&[&str]>) {
    c.calls(F, &notice.call, phones);
    let owner = At { value: name.to_owned(), span: notice.text.span.clone() };
    c.texts(F, name, &owner, &notice.text, |c, t| {
        c.title(F, &t.title);
        c.lines(F, &t.lines, "lines");
    });
}

fn never_names_a_scam(c: &mut Checker, stop: &CallNotice) {
    let said = |t: &ListText| std::iter::once(t.title.clone()).chain(t.lines.value.iter().cloned()).collect::<Vec<_>>();
    for line in stop.text.0.values().flat_map(said) {
        let lower = line.value.to_lowercase();
        if let Some(word) = UNSAID.iter().find(|w| lower.contains(*w)) {
            c.error(
                F,
                line.span.clone(),
                format!("the calm screen says \"{word}\"; it may be read aloud while a scammer listens on the phone"),
                "say what to do (don't transfer yet, a staff member is coming, hang up), not what you suspect",
            );
        }
    }
}
