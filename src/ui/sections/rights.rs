//! 投诉维权: a customer's rights, how to complain and by when, what to bring,
//! how to report a bank, and what an older customer may ask for at the counter.

use super::section::Section;
use crate::content::RightsFile;
use crate::i18n::FluentValue;
use crate::kiosk::{Press, Screen, SectionId};
use crate::ui::cards::{choice, step_card};
use crate::ui::icons;
use crate::ui::page::{Block, StepCard, Tone};
use crate::ui::view::View;

pub const ID: SectionId = SectionId { key: "rights", item: "rights", tally: None };

pub const SECTION: Section = Section {
    id: ID,
    icon: icons::RIGHTS,
    label: "section-rights",
    whole: false,
    offered: |_| true,
    open: |_| Press::Open(Screen::List(ID)),
    screens: |_| std::iter::once(Screen::List(ID)).chain(RightsPart::ALL.map(RightsPart::screen)).collect(),
    list,
    item: |view, id| RightsPart::from_id(id).map(|part| page(view, part)).unwrap_or_else(|| list(view)),
    has_item: |_, id| RightsPart::from_id(id).is_some(),
    picture: |_, _| None,
};

/// The pages of the rights section: fixed parts, each drawn from its part of
/// `rights.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RightsPart {
    EightRights,
    Steps,
    Bring,
    Warning,
    /// Reporting a bank that broke the rules (not a step of a complaint).
    Report,
    /// What an older customer may ask for at the counter.
    Counter,
}

impl RightsPart {
    pub const ALL: [RightsPart; 6] = [
        RightsPart::EightRights,
        RightsPart::Steps,
        RightsPart::Bring,
        RightsPart::Warning,
        RightsPart::Report,
        RightsPart::Counter,
    ];

    /// Its id in the screen's key ("rights:steps").
    pub fn id(self) -> &'static str {
        match self {
            RightsPart::EightRights => "eight-rights",
            RightsPart::Steps => "steps",
            RightsPart::Bring => "bring",
            RightsPart::Warning => "warning",
            RightsPart::Report => "report",
            RightsPart::Counter => "counter",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }

    pub fn screen(self) -> Screen {
        Screen::Item(ID, self.id().to_owned())
    }
}

fn list(view: &View) -> Vec<Block> {
    let part = |icon, id: &str, part: RightsPart| choice(icon, view.t(id), Press::Open(part.screen()));
    let mut parts = vec![
        part(icons::RIGHTS, "rights-eight", RightsPart::EightRights),
        part("📝", "rights-steps", RightsPart::Steps),
        part("📋", "rights-bring", RightsPart::Bring),
        part("⚠", "rights-warning", RightsPart::Warning),
        part("📣", "rights-report", RightsPart::Report),
    ];
    if view.content.part::<RightsFile>().is_some_and(|r| r.counter.is_some()) {
        parts.push(part(icons::glyph(crate::content::Icon::Money), "rights-counter", RightsPart::Counter));
    }
    vec![Block::Title(view.t("section-rights")), Block::Choices(parts)]
}

fn page(view: &View, part: RightsPart) -> Vec<Block> {
    let Some(r) = view.content.part::<RightsFile>() else { return list(view) };
    let lang = view.lang;
    match part {
        RightsPart::EightRights => {
            let mut out = vec![Block::Title(view.t("rights-eight"))];
            for (n, right) in r.rights.iter().enumerate() {
                if let Some(t) = right.text.get(lang) {
                    let name = view.t_with(
                        "numbered",
                        &[("n", FluentValue::from(n + 1)), ("text", FluentValue::from(view.words(&t.name)))],
                    );
                    out.push(Block::Term(name, view.words(&t.text)));
                }
            }
            out
        }
        RightsPart::Steps => {
            let mut out = vec![Block::Title(view.t("rights-steps"))];
            out.extend(r.steps.iter().enumerate().filter_map(|(n, step)| step_card(view, step, Some(n + 1))));
            out
        }
        RightsPart::Report => {
            let Some(t) = r.regulator.text.get(lang) else {
                return Vec::new();
            };
            // The page's title is the step's: the card goes without.
            let mut out = vec![Block::Title(view.words(&t.title))];
            out.extend(step_card(view, &r.regulator, None).map(|b| match b {
                Block::Step(card) => Block::Step(StepCard { title: String::new(), ..card }),
                other => other,
            }));
            out
        }
        RightsPart::Bring | RightsPart::Warning | RightsPart::Counter => {
            let (notice, tone) = match part {
                RightsPart::Warning => (Some(&r.warning), Tone::Warning),
                RightsPart::Counter => (r.counter.as_ref(), Tone::Normal),
                _ => (Some(&r.bring), Tone::Normal),
            };
            let Some(t) = notice.and_then(|n| n.text.get(lang)) else {
                return list(view);
            };
            let mut out = vec![Block::Title(view.words(&t.title))];
            out.extend(t.lines.iter().map(|l| Block::Bullet(view.words(l), tone)));
            out
        }
    }
}
