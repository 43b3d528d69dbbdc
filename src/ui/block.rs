//! What a page is made of: titles, paragraphs, bullets, phone cards, rows of
//! buttons, pictures. Plain values; `page` measures, pages and paints them.

use super::theme::TARGET_GAP;
use super::view::View;
use super::widgets::ButtonKind;
use crate::kiosk::Intent;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Warning,
}

/// A button in a row of choices.
#[derive(Clone, Debug)]
pub struct Choice {
    pub icon: Option<&'static str>,
    pub label: String,
    pub intent: Intent,
    pub kind: ButtonKind,
    pub selected: bool,
}

#[derive(Clone)]
pub enum Block {
    /// The page's title.
    Title(String),
    Heading(String),
    Paragraph(String, Tone),
    Bullet(String, Tone),
    /// A phone-book entry: who answers, and the number large. When to call
    /// follows as its own paragraph, so a card always fits a page.
    Phone {
        name: String,
        number: String,
    },
    /// Buttons side by side; as many columns as fit, at least one. Split into
    /// `Row`s before layout, so a long list pages row by row.
    Choices(Vec<Choice>),
    /// One row of buttons laid out in `columns` equal columns.
    Row(Vec<Choice>, usize),
    /// A picture (texture) with its description, or its icon if there is none.
    Picture {
        texture: Option<egui::TextureHandle>,
        icon: &'static str,
        alt: String,
    },
}

impl Block {
    /// Extra space before this block.
    pub fn gap_before(&self, view: &View) -> f32 {
        match self {
            Block::Heading(_) => view.style.sizes.paragraph_gap() * 1.5,
            Block::Choices(_) | Block::Row(..) => TARGET_GAP,
            _ => view.style.sizes.paragraph_gap(),
        }
    }
}
