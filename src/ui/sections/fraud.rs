//! 防骗提醒: a menu of scams, and a page per scam (its signs, what to do,
//! whom to call).

use super::section::Section;
use crate::content::{Content, FraudFile, Topic};
use crate::kiosk::{Press, Screen, SectionId, Tally};
use crate::ui::cards::{choice, phone_cards};
use crate::ui::icons;
use crate::ui::page::{Block, Tone};
use crate::ui::view::View;

pub const ID: SectionId = SectionId {
    key: "fraud",
    item: "topic",
    tally: Some(Tally {
        stats_key: "topics",
        help: "Scam pages opened, by topic id",
        staff_line: "staff-today-topics",
    }),
};

pub const SECTION: Section = Section {
    id: ID,
    icon: icons::FRAUD,
    label: "section-fraud",
    whole: false,
    offered: |_| true,
    open: |_| Press::Open(Screen::List(ID)),
    screens: |c| {
        let topics = topics(c).iter().map(|t| topic(&t.id.value));
        std::iter::once(Screen::List(ID)).chain(topics).collect()
    },
    list,
    item,
    has_item: |c, id| find(c, id).is_some(),
    picture: |_, _| None,
};

fn topics(c: &Content) -> &[Topic] {
    c.part::<FraudFile>().map_or(&[], |f| &f.topics)
}

fn find<'c>(c: &'c Content, id: &str) -> Option<&'c Topic> {
    c.part::<FraudFile>()?.topic(id)
}

/// The page of one scam.
pub fn topic(id: &str) -> Screen {
    Screen::Item(ID, id.to_owned())
}

fn list(view: &View) -> Vec<Block> {
    let topics = topics(view.content).iter().filter_map(|t| {
        let text = t.text.get(view.lang)?;
        Some(choice(icons::glyph(t.icon.value), view.words(&text.title), Press::Open(topic(&t.id.value))))
    });
    vec![Block::Title(view.t("section-fraud")), Block::Choices(topics.collect())]
}

fn item(view: &View, id: &str) -> Vec<Block> {
    let Some((topic, text)) = find(view.content, id).and_then(|t| Some((t, t.text.get(view.lang)?))) else {
        return list(view);
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
