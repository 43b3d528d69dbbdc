//! `quiz.toml`: the "这是骗局吗？" self-check. Enough situations, both answers
//! represented, each link to a scam page that exists (a warning only, so
//! removing a scam from fraud.toml does not block an update).

use schemars::JsonSchema;
use serde::Deserialize;

use crate::content::at::At;
use crate::content::diagnostic::Diagnostic;
use crate::content::document::Document;
use crate::content::model::*;
use crate::content::part::{Part, Shared};
use crate::content::validate::Checker;
use crate::content::wording::did_you_mean;

use super::fraud::FraudFile;

const F: &str = "quiz.toml";

/// The self-check draws from at least this many situations.
pub const MIN_SITUATIONS: usize = 12;

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

impl Part for QuizFile {
    const FILE: &'static str = F;

    fn read(doc: &mut Document, d: &mut Vec<Diagnostic>) -> Option<Self> {
        let situations = doc.list("situation", true, d);
        doc.finish(&["situation"], d).then_some(Self { situations })
    }

    fn check(&self, c: &mut Checker, shared: &Shared) {
        let topics: Option<Vec<&str>> =
            shared.parts.get::<FraudFile>().map(|f| f.topics.iter().map(|t| t.id.value.as_str()).collect());
        let topics = topics.as_deref();
        if self.situations.len() < MIN_SITUATIONS {
            c.warning(
                F,
                0..0,
                format!("only {} situations; the self-check needs at least {MIN_SITUATIONS}", self.situations.len()),
                "add more [[situation]] blocks, scams and safe ones",
            );
        }
        if !self.situations.is_empty() && self.situations.iter().all(|s| *s.scam) {
            c.warning(F, 0..0, "every situation is a scam".into(), "add some with `scam = false`: safe ones teach too");
        }
        c.ids(F, "situation", self.situations.iter().map(|s| &s.id));
        for situation in &self.situations {
            if let (Some(topic), Some(topics)) = (&situation.topic, topics)
                && !topics.contains(&topic.as_str())
            {
                // A warning: the situation still works, without its link,
                // so removing a scam from fraud.toml does not block an update.
                let help = did_you_mean(topic, topics.iter().copied());
                let message = format!("no scam with id \"{}\" in fraud.toml; the link is left out", topic.value);
                c.warning(F, topic.span.clone(), message, help);
            }
            c.texts(F, "situation", &situation.id, &situation.text, |c, t| {
                c.line(F, &t.situation);
                c.line(F, &t.answer);
            });
        }
    }
}
