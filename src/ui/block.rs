//! What a page is made of: titles, paragraphs, bullets, phone cards, complaint
//! steps, rows of buttons, pictures. Plain values; `laid` lays each one out
//! and `page` splits them into pages.

use super::theme::{Sizes, TARGET_GAP};
use super::widgets::ButtonKind;
use crate::kiosk::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Warning,
}

/// A button in a row of choices.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub icon: Option<&'static str>,
    pub label: String,
    pub msg: Msg,
    pub kind: ButtonKind,
    pub selected: bool,
}

/// A phone-book entry: who answers, the number large, and when to call.
#[derive(Clone, Debug, PartialEq)]
pub struct PhoneCard {
    pub name: String,
    pub number: String,
    pub when: String,
    pub tone: Tone,
}

/// One step of a complaint: its number, what to do, the time limits, whom to call.
#[derive(Clone, Debug, PartialEq)]
pub struct StepCard {
    pub number: Option<usize>,
    pub title: String,
    pub lines: Vec<String>,
    pub limits: Vec<String>,
    pub phones: Vec<PhoneCard>,
}

impl StepCard {
    /// The step as plain blocks, for a step too tall for one page.
    pub fn to_blocks(&self, numbered_title: String) -> Vec<Block> {
        // The lines as a list: they sit closer than paragraphs.
        let mut out: Vec<Block> =
            (!self.title.is_empty()).then_some(Block::Heading(numbered_title)).into_iter().collect();
        out.extend(self.lines.iter().map(|l| Block::Bullet(l.clone(), Tone::Normal)));
        out.extend(self.limits.iter().map(|l| Block::Bullet(l.clone(), Tone::Normal)));
        // As on the card: name and number on a line, no frame.
        out.extend(self.phones.iter().cloned().map(Block::PhoneLine));
        out
    }
}

#[derive(Clone, PartialEq)]
pub enum Block {
    /// The page's title.
    Title(String),
    Heading(String),
    Paragraph(String, Tone),
    Bullet(String, Tone),
    /// A named item and what it means, the name in bold on its own line
    /// right above (one of the eight rights).
    Term(String, String),
    /// Phone cards side by side (as many as fit; split into rows before layout).
    Phones(Vec<PhoneCard>),
    /// A phone as a line of a complaint step: name, number, and a note only
    /// for a sample number.
    PhoneLine(PhoneCard),
    /// A numbered complaint step, framed, read at a glance.
    Step(StepCard),
    /// Buttons side by side; as many columns as fit, at least one. Split into
    /// `Row`s before layout, so a long list pages row by row.
    Choices(Vec<Choice>),
    /// One row of buttons laid out in `columns` equal columns.
    Row(Vec<Choice>, usize),
    /// The big home tiles: they share the height the page leaves free.
    Tiles(Vec<Choice>),
    /// A picture (texture) with its description, or its icon if there is none.
    Picture {
        texture: Option<egui::TextureHandle>,
        icon: &'static str,
        alt: String,
    },
}

impl Block {
    /// Space between `before` and this block. A heading sits close to what
    /// it introduces and far from what went before; items of one list sit
    /// closer than paragraphs (browsers put none between list items).
    pub fn gap_after(&self, before: &Block, sizes: &Sizes) -> f32 {
        let paragraph = sizes.paragraph_gap();
        match (before, self) {
            (_, Block::Choices(_) | Block::Row(..) | Block::Tiles(_)) => TARGET_GAP,
            (Block::Heading(_), _) => sizes.body * Sizes::ITEM_GAP,
            (Block::Bullet(..), Block::Bullet(..)) => sizes.body * Sizes::ITEM_GAP,
            (_, Block::Heading(_)) => paragraph * Sizes::BEFORE_HEADING,
            _ => paragraph,
        }
    }

    /// A heading or title must not end a page: it goes with what follows.
    pub fn keeps_with_next(&self) -> bool {
        matches!(self, Block::Title(_) | Block::Heading(_))
    }
}
