//! Pieces several screens share: a menu choice, a home tile, phone cards
//! and a complaint step's card.

use super::page::{Block, Choice, PhoneCard, StepCard, Tone};
use super::view::View;
use super::widgets::ButtonKind;
use crate::content::{At, Phone, Step};
use crate::i18n::FluentValue;
use crate::kiosk::Msg;

pub fn choice(icon: &'static str, label: String, msg: impl Into<Msg>) -> Choice {
    Choice { icon: Some(icon), label, msg: msg.into(), kind: ButtonKind::Normal, selected: false }
}

pub fn primary(icon: &'static str, label: String, msg: impl Into<Msg>) -> Choice {
    Choice { kind: ButtonKind::Primary, ..choice(icon, label, msg) }
}

pub fn phone_cards(view: &View, ids: &[At<String>]) -> Vec<PhoneCard> {
    ids.iter().filter_map(|id| view.content.phone(id)).filter_map(|p| phone_card(view, p)).collect()
}

/// A phone-book entry: name, number, when to call. A sample number is marked
/// as one in the demo and never shown in the lobby.
fn phone_card(view: &View, phone: &Phone) -> Option<PhoneCard> {
    let text = phone.text.get(view.lang)?;
    // What a sample number is for does not matter until it is a real one: the
    // card says only that it is a sample, and stays short enough to sit under
    // its heading at the largest size.
    let (when, tone) = match (phone.placeholder, view.sample_numbers) {
        (false, _) => (view.words(&text.when), Tone::Normal),
        (true, true) => (view.t("phone-sample-short"), Tone::Warning),
        (true, false) => return None,
    };
    Some(PhoneCard { name: text.name.value.clone(), number: phone.number.value.clone(), when, tone })
}

/// A complaint step: what to do, its time limits, whom to call.
pub fn step_card(view: &View, step: &Step, number: Option<usize>) -> Option<Block> {
    let t = step.text.get(view.lang)?;
    let limits =
        step.limits.iter().filter_map(|limit| {
            let lt = limit.text.get(view.lang)?;
            let days = view.t_with("days", &[("days", FluentValue::from(*limit.days))]);
            let message = if limit.extension { "time-limit-more" } else { "time-limit" };
            Some(view.t_with(
                message,
                &[("what", FluentValue::from(view.words(&lt.what))), ("days", FluentValue::from(days))],
            ))
        });
    Some(Block::Step(StepCard {
        number,
        title: view.words(&t.title),
        lines: t.lines.iter().map(|l| view.words(l)).collect(),
        limits: limits.collect(),
        // Whom to call, without the phone book's note: a step says when.
        // A sample number still says it is one.
        phones: phone_cards(view, &step.call)
            .into_iter()
            .map(|p| PhoneCard {
                when: if p.tone == Tone::Warning { view.t("phone-sample-short") } else { String::new() },
                ..p
            })
            .collect(),
    }))
}
