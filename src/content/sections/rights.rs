//! `rights.toml`: the eight rights and how to complain (投诉维权).

use schemars::JsonSchema;
use serde::Deserialize;

use crate::content::at::At;
use crate::content::diagnostic::Diagnostic;
use crate::content::document::Document;
use crate::content::model::*;
use crate::content::part::{Part, Shared};
use crate::content::validate::Checker;

const F: &str = "rights.toml";

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

impl Part for RightsFile {
    const FILE: &'static str = F;

    fn read(doc: &mut Document, d: &mut Vec<Diagnostic>) -> Option<Self> {
        let rights = doc.list("right", true, d);
        let steps = doc.list("step", true, d);
        let regulator = doc.section("regulator", d);
        let bring = doc.section("bring", d);
        let warning = doc.section("warning", d);
        let counter = doc.optional_section("counter", d);
        let ok = doc.finish(&["right", "step", "regulator", "bring", "warning", "counter"], d);
        ok.then_some(Self { rights, steps, regulator: regulator?, bring: bring?, warning: warning?, counter })
    }

    fn check(&self, c: &mut Checker, shared: &Shared) {
        let phones = shared.phones;
        c.ids(F, "right", self.rights.iter().map(|x| &x.id));
        if self.rights.len() != 8 {
            let span = self.rights.first().map_or(0..0, |x| x.id.span.clone());
            c.warning(
                F,
                span,
                format!("{} rights are listed; the rules name eight", self.rights.len()),
                "list all eight rights of financial consumers, one `[[right]]` each",
            );
        }
        for right in &self.rights {
            c.texts(F, "right", &right.id, &right.text, |c, t| {
                c.title(F, &t.name);
                c.line(F, &t.text);
            });
        }
        c.ids(F, "step", self.steps.iter().chain([&self.regulator]).map(|s| &s.id));
        for step in self.steps.iter().chain([&self.regulator]) {
            c.calls(F, &step.call, phones);
            c.texts(F, "step", &step.id, &step.text, |c, t| {
                c.title(F, &t.title);
                c.lines(F, &t.lines, "lines");
            });
            for limit in &step.limits {
                if *limit.days == 0 {
                    c.error(
                        F,
                        limit.days.span.clone(),
                        "a time limit of 0 days".into(),
                        "write the number of days the rule gives, e.g. `days = 15`",
                    );
                }
                c.texts(F, "limit", &step.id, &limit.text, |c, t| c.line(F, &t.what));
            }
        }
        let notices =
            [("bring", Some(&self.bring)), ("warning", Some(&self.warning)), ("counter", self.counter.as_ref())];
        for (name, notice) in notices.into_iter().filter_map(|(n, x)| Some((n, x?))) {
            let owner = At { value: name.to_owned(), span: notice.text.span.clone() };
            c.texts(F, name, &owner, &notice.text, |c, t| {
                c.title(F, &t.title);
                c.lines(F, &t.lines, "lines");
            });
        }
    }
}
