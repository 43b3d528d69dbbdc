//! `fraud.toml`: the scams (防骗提醒) and the idle poster's slogans.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::content::at::At;
use crate::content::diagnostic::Diagnostic;
use crate::content::document::Document;
use crate::content::model::*;
use crate::content::part::{Part, Shared};
use crate::content::validate::Checker;

const F: &str = "fraud.toml";

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

impl FraudFile {
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id.value == id)
    }
}

impl Part for FraudFile {
    const FILE: &'static str = F;

    fn read(doc: &mut Document, d: &mut Vec<Diagnostic>) -> Option<Self> {
        let slogans = doc.list("slogan", false, d);
        let topics = doc.list("topic", true, d);
        doc.finish(&["slogan", "topic"], d).then_some(Self { slogans, topics })
    }

    fn check(&self, c: &mut Checker, shared: &Shared) {
        let phones = shared.phones;
        c.ids(F, "slogan", self.slogans.iter().map(|s| &s.id));
        for slogan in &self.slogans {
            c.calls(F, slogan.phone.as_slice(), phones);
            c.texts(F, "slogan", &slogan.id, &slogan.text, |c, t| {
                c.title(F, &t.title);
                c.lines(F, &t.lines, "lines");
            });
        }
        c.ids(F, "topic", self.topics.iter().map(|t| &t.id));
        for topic in &self.topics {
            c.calls(F, &topic.call, phones);
            c.texts(F, "topic", &topic.id, &topic.text, |c, t| {
                c.title(F, &t.title);
                c.lines(F, &t.signs, "signs");
                c.lines(F, &t.todo, "todo");
            });
        }
    }
}
