//! Each screen as a column of blocks, built from the content and the session's
//! language. Paging and drawing are done by `page`.

use super::icons;
use super::page::{Block, Choice, PhoneCard, StepCard, Tone};
use super::sections::{SECTIONS, Section};
use super::view::View;
use super::widgets::ButtonKind;
use crate::content::{Facility, FacilityText, Phone, Step};
use crate::i18n::FluentValue;
use crate::kiosk::{Msg, Press, RightsPart, Screen, ThemeKind};

pub fn blocks(view: &View, screen: &Screen) -> Vec<Block> {
    match screen {
        Screen::Home => home(view),
        Screen::FraudList => fraud_list(view),
        Screen::Topic(id) => topic(view, id),
        Screen::FacilityList => facility_list(view),
        Screen::Facility(id) => facility(view, id),
        Screen::RightsMenu => rights_menu(view),
        Screen::SelfCheck { step, answer } => super::self_check::blocks(view, *step, *answer),
        Screen::Rights(part) => rights(view, *part),
        Screen::StaffPin => super::staff::pin_pad(view, view.staff),
        Screen::Staff => super::staff::panel(view, view.staff),
    }
}

fn choice(icon: &'static str, label: String, msg: impl Into<Msg>) -> Choice {
    Choice { icon: Some(icon), label, msg: msg.into(), kind: ButtonKind::Normal, selected: false }
}

fn primary(icon: &'static str, label: String, msg: impl Into<Msg>) -> Choice {
    Choice { kind: ButtonKind::Primary, ..choice(icon, label, msg) }
}

fn home(view: &View) -> Vec<Block> {
    let lang = view.lang;
    // The greeting names the branch; it must fit with every button on one
    // screen, so hours and address stay off the home screen.
    let name = view.content.branch.branch.text.get(lang).map(|b| view.words(&b.name)).unwrap_or_default();
    let mut out = vec![Block::Title(view.t_with("home-title", &[("name", FluentValue::from(name))]))];
    let tile = |s: &Section| primary(s.icon, view.t(s.label), (s.open)(view.content));
    out.push(Block::Tiles(SECTIONS.iter().map(tile).collect()));
    out.push(Block::Choices(vec![
        choice(icons::TEXT_SIZE, text_size_label(view), Press::NextTextSize),
        choice(icons::CONTRAST, theme_label(view), Press::ToggleTheme),
    ]));
    let languages: Vec<Choice> = view
        .languages
        .iter()
        .cloned()
        .map(|l| Choice {
            icon: Some(icons::LANGUAGE),
            label: view.i18n.text(&l, "language-name"),
            selected: l == lang,
            msg: Press::SetLanguage(l).into(),
            kind: ButtonKind::Normal,
        })
        .collect();
    if languages.len() > 1 {
        out.push(Block::Choices(languages));
    }
    out
}

fn fraud_list(view: &View) -> Vec<Block> {
    let topics = view.content.fraud.topics.iter().filter_map(|t| {
        let text = t.text.get(view.lang)?;
        Some(choice(
            icons::glyph(t.icon.value),
            view.words(&text.title),
            Press::Open(Screen::Topic(t.id.value.clone())),
        ))
    });
    vec![Block::Title(view.t("section-fraud")), Block::Choices(topics.collect())]
}

fn phone_cards(view: &View, ids: &[crate::content::At<String>]) -> Vec<PhoneCard> {
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

fn topic(view: &View, id: &str) -> Vec<Block> {
    let Some(topic) = view.content.topic(id) else {
        return fraud_list(view);
    };
    let Some(text) = topic.text.get(view.lang) else {
        return fraud_list(view);
    };
    let mut out = vec![Block::Title(view.words(&text.title)), Block::Heading(view.t("topic-signs"))];
    out.extend(text.signs.iter().map(|s| Block::Bullet(view.words(s), Tone::Warning)));
    out.push(Block::Heading(view.t("topic-todo")));
    out.extend(text.todo.iter().map(|s| Block::Bullet(view.words(s), Tone::Normal)));
    let cards = phone_cards(view, &topic.call);
    if !cards.is_empty() {
        out.push(Block::Heading(view.t("topic-call")));
        out.push(Block::Phones(cards));
    }
    out
}

/// The facilities customers may see: a sample only in the demo.
fn shown_facilities<'v>(view: &View<'v>) -> impl Iterator<Item = &'v Facility> {
    let show_samples = view.sample_numbers;
    view.content.facilities.facilities.iter().filter(move |f| show_samples || !f.is_sample())
}

/// A facility's name, tagged "示例" when it is a sample (only the demo shows one).
fn facility_name(view: &View, f: &Facility, text: &FacilityText) -> String {
    let name = view.words(&text.name);
    if f.is_sample() { view.t_with("sample-tag", &[("name", FluentValue::from(name))]) } else { name }
}

fn facility_list(view: &View) -> Vec<Block> {
    let items = shown_facilities(view).filter_map(|f| {
        let text = f.text.get(view.lang)?;
        Some(choice(
            icons::glyph(f.icon.value),
            facility_name(view, f, text),
            Press::Open(Screen::Facility(f.id.value.clone())),
        ))
    });
    vec![Block::Title(view.t("section-facilities")), Block::Choices(items.collect())]
}

fn facility(view: &View, id: &str) -> Vec<Block> {
    let Some(f) = shown_facilities(view).find(|f| f.id.value == id) else {
        return facility_list(view);
    };
    let Some(text) = f.text.get(view.lang) else {
        return facility_list(view);
    };
    let name = facility_name(view, f, text);
    vec![
        Block::Title(name.clone()),
        Block::Picture { texture: view.pictures.get(id).cloned(), icon: icons::glyph(f.icon.value), alt: name },
        Block::Heading(view.t("facility-where")),
        Block::Paragraph(view.words(&text.location), Tone::Normal),
        Block::Heading(view.t("facility-ask")),
        Block::Paragraph(view.words(&text.ask), Tone::Normal),
    ]
}

fn rights_menu(view: &View) -> Vec<Block> {
    let part = |icon, id: &str, part| choice(icon, view.t(id), Press::Open(Screen::Rights(part)));
    let mut parts = vec![
        part(icons::RIGHTS, "rights-eight", RightsPart::EightRights),
        part("📝", "rights-steps", RightsPart::Steps),
        part("📋", "rights-bring", RightsPart::Bring),
        part("⚠", "rights-warning", RightsPart::Warning),
        part("📣", "rights-report", RightsPart::Report),
    ];
    if view.content.rights.counter.is_some() {
        parts.push(part(icons::glyph(crate::content::Icon::Money), "rights-counter", RightsPart::Counter));
    }
    vec![Block::Title(view.t("section-rights")), Block::Choices(parts)]
}

fn rights(view: &View, part: RightsPart) -> Vec<Block> {
    let r = &view.content.rights;
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
                return rights_menu(view);
            };
            let mut out = vec![Block::Title(view.words(&t.title))];
            out.extend(t.lines.iter().map(|l| Block::Bullet(view.words(l), tone)));
            out
        }
    }
}

/// A complaint step: what to do, its time limits, whom to call.
fn step_card(view: &View, step: &Step, number: Option<usize>) -> Option<Block> {
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

/// "文字大小：标准": the button says what the size is now; a tap moves to the next.
fn text_size_label(view: &View) -> String {
    let level = view.t(view.text_size.word_id());
    view.t_with("text-size-button", &[("level", FluentValue::from(level))])
}

/// Names the colours a tap switches to.
fn theme_label(view: &View) -> String {
    view.t(match view.theme {
        ThemeKind::Calm => "theme-to-high-contrast",
        ThemeKind::HighContrast => "theme-to-calm",
    })
}
