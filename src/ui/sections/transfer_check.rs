//! 有人让您转账吗？: a check of the customer's own situation, right now. One
//! question at a time with two huge answers; any "yes" calls staff quietly
//! and shows the calm screen; all "no" reassures and offers someone anyway.
//! Nothing about the answers is kept: the screens hold no state but where the
//! customer is, and a visit's end clears that.

use super::section::Section;
use crate::content::{CallNotice, Content, Question, TransferCheckFile};
use crate::i18n::FluentValue;
use crate::kiosk::{Press, Reason, Screen, SectionId};
use crate::ui::cards::phone_cards;
use crate::ui::icons;
use crate::ui::page::{Block, Choice, PhoneCard, Tone};
use crate::ui::view::View;
use crate::ui::widgets::ButtonKind;

/// Never counted per question: a count of the alert (by reason) is all.
pub const ID: SectionId = SectionId { key: "transfer-check", item: "transfer-check", tally: None };

/// Item ids of the two endings (the content check keeps questions off them).
pub const STOP: &str = TransferCheckFile::STOP;
pub const ALL_CLEAR: &str = TransferCheckFile::ALL_CLEAR;

pub const SECTION: Section = Section {
    id: ID,
    icon: icons::TRANSFER,
    label: "section-transfer-check",
    whole: true,
    offered: |c| c.part::<TransferCheckFile>().is_some(),
    open: |_| Press::Open(Screen::List(ID)),
    screens: |c| {
        let Some(check) = c.part::<TransferCheckFile>() else { return Vec::new() };
        let questions = check.questions.iter().skip(1).map(|q| item(&q.id.value));
        let ends = [item(STOP), item(ALL_CLEAR)];
        std::iter::once(Screen::List(ID)).chain(questions).chain(ends).collect()
    },
    list: |view| question(view, 0),
    item: |view, id| {
        let Some(check) = view.content.part::<TransferCheckFile>() else { return Vec::new() };
        match id {
            STOP => ending(view, &check.stop, false),
            ALL_CLEAR => ending(view, &check.all_clear, true),
            id => position(view.content, id).map_or_else(|| question(view, 0), |n| question(view, n)),
        }
    },
    has_item: |c, id| {
        c.part::<TransferCheckFile>().is_some() && (id == STOP || id == ALL_CLEAR || position(c, id).is_some())
    },
    picture: |_, _| None,
};

pub fn item(id: &str) -> Screen {
    Screen::Item(ID, id.to_owned())
}

fn position(content: &Content, id: &str) -> Option<usize> {
    content.part::<TransferCheckFile>()?.questions.iter().position(|q| q.id.value == id)
}

fn questions<'v>(view: &View<'v>) -> &'v [Question] {
    view.content.part::<TransferCheckFile>().map_or(&[], |c| &c.questions)
}

/// The `n`-th question: "question n of m", the question, and 有 / 没有.
fn question(view: &View, n: usize) -> Vec<Block> {
    let all = questions(view);
    let Some((q, text)) = all.get(n).and_then(|q| Some((q, q.text.get(view.lang)?))) else {
        return Vec::new();
    };
    let next = all.get(n + 1).map_or(ALL_CLEAR, |q| q.id.value.as_str());
    let answer = |icon, label: &str, press: Press| Choice {
        icon: Some(icon),
        label: view.t(label),
        msg: press.into(),
        kind: ButtonKind::Primary,
        selected: false,
    };
    let yes = Press::RedFlag { flag: q.id.value.clone(), stop: item(STOP) };
    let progress = view
        .t_with("transfer-check-progress", &[("n", FluentValue::from(n + 1)), ("of", FluentValue::from(all.len()))]);
    vec![
        Block::Heading(progress),
        Block::Title(view.words(&text.question)),
        Block::Tiles(vec![
            answer(icons::WARNING, "transfer-check-yes", yes),
            answer(icons::SAFE, "transfer-check-no", Press::Open(item(next))),
        ]),
    ]
}

/// The calm screen after a "yes", or the reassurance after all "no" (with
/// one tap to have a staff member look anyway).
fn ending(view: &View, notice: &CallNotice, offer_staff: bool) -> Vec<Block> {
    let Some(text) = notice.text.get(view.lang) else { return Vec::new() };
    let mut out = vec![Block::Title(view.words(&text.title))];
    out.extend(text.lines.iter().map(|l| Block::Bullet(view.words(l), Tone::Normal)));
    // Numbers without their notes: a note may name a scam, and this screen
    // may be read aloud with a scammer listening. A sample still says so.
    let cards: Vec<PhoneCard> = phone_cards(view, &notice.call)
        .into_iter()
        .map(|p| PhoneCard { when: if p.tone == Tone::Warning { p.when } else { String::new() }, ..p })
        .collect();
    if !cards.is_empty() {
        out.push(Block::Phones(cards));
    }
    if offer_staff {
        out.push(Block::Choices(vec![Choice {
            icon: Some(icons::CALL_STAFF),
            label: view.t("transfer-check-ask-staff"),
            msg: Press::CallStaffBecause(Reason::DoubleCheck).into(),
            kind: ButtonKind::Primary,
            selected: false,
        }]));
    }
    out
}
