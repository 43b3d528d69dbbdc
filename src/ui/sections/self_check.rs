//! The self-check screen: one situation in large type with two huge answers;
//! once answered, the truth and why, a link to the scam's page, and the next.

use super::fraud;
use super::section::Section;
use crate::content::{FraudFile, QuizFile};
use crate::kiosk::{Press, SectionId};
use crate::ui::icons;
use crate::ui::page::{Block, Choice, Tone};
use crate::ui::view::View;
use crate::ui::widgets::ButtonKind;

pub const ID: SectionId = SectionId { key: "self-check", item: "self-check", tally: None };

/// A walk through situations in this visit's order (`Screen::SelfCheck`), not
/// a menu of items: it has no menu or item screens of its own.
pub const SECTION: Section = Section {
    id: ID,
    icon: icons::SELF_CHECK,
    label: "section-self-check",
    whole: false,
    offered: |_| true,
    open: |c| Press::StartSelfCheck { situations: c.part::<QuizFile>().map_or(0, |q| q.situations.len()) },
    screens: |_| Vec::new(),
    list: |_| Vec::new(),
    item: |_, _| Vec::new(),
    has_item: |_, _| false,
    picture: |_, _| None,
};

/// The `step`-th situation of this visit, and its answer once given.
pub fn blocks(view: &View, step: usize, answer: Option<bool>) -> Vec<Block> {
    let quiz = view.content.part::<QuizFile>();
    let situation = view.self_check.situation(step).and_then(|i| quiz?.situations.get(i));
    let Some((situation, text)) = situation.and_then(|s| Some((s, s.text.get(view.lang)?))) else {
        return vec![Block::Title(view.t("section-self-check"))];
    };
    let tile = |icon, id: &str, press: Press| Choice {
        icon: Some(icon),
        label: view.t(id),
        msg: press.into(),
        kind: ButtonKind::Primary,
        selected: false,
    };
    let Some(given) = answer else {
        return vec![
            Block::Heading(view.t("self-check-question")),
            Block::Title(view.words(&text.situation)),
            Block::Tiles(vec![
                tile(icons::WARNING, "self-check-yes", Press::Answer(true)),
                tile(icons::SAFE, "self-check-no", Press::Answer(false)),
            ]),
        ];
    };
    let scam = *situation.scam;
    let verdict = match (given == scam, scam) {
        (true, true) => "self-check-right-scam",
        (true, false) => "self-check-right-safe",
        (false, true) => "self-check-wrong-scam",
        (false, false) => "self-check-wrong-safe",
    };
    let tone = if scam { Tone::Warning } else { Tone::Normal };
    let mut next = Vec::new();
    if let Some(topic) =
        situation.topic.as_ref().filter(|t| view.content.part::<FraudFile>().and_then(|f| f.topic(t)).is_some())
    {
        let open = Press::Open(fraud::topic(&topic.value));
        next.push(Choice { kind: ButtonKind::Normal, ..tile(icons::FRAUD, "self-check-see-topic", open) });
    }
    next.push(tile(icons::NEXT, "self-check-next", Press::NextSituation));
    vec![
        Block::Heading(view.words(&text.situation)),
        Block::Title(view.t(verdict)),
        Block::Paragraph(view.words(&text.answer), tone),
        Block::Choices(next),
    ]
}
