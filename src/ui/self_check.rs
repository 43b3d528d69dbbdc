//! The self-check screen: one situation in large type with two huge answers;
//! once answered, the truth and why, a link to the scam's page, and the next.

use super::icons;
use super::page::{Block, Choice, Tone};
use super::view::View;
use super::widgets::ButtonKind;
use crate::kiosk::{Press, Screen};

pub fn blocks(view: &View, step: usize, answer: Option<bool>) -> Vec<Block> {
    let quiz = &view.content.quiz;
    let situation = view.self_check.situation(step).and_then(|i| quiz.situations.get(i));
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
    if let Some(topic) = situation.topic.as_ref().filter(|t| view.content.topic(t).is_some()) {
        let open = Press::Open(Screen::Topic(topic.value.clone()));
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
