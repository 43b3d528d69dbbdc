//! One block laid out at one width, once: measuring (its height), painting
//! (its parts at their offsets) and reading aloud (what is said, framed where
//! it was painted) use the same result, so they cannot disagree.

use std::sync::Arc;

use egui::{Color32, CornerRadius, Galley, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2, pos2, vec2};

use super::block::{Block, PhoneCard, StepCard, Tone};
use super::item::Role;
use super::theme::{CARD_STROKE, CORNER, Palette, Sizes};
use super::view::{Output, View};
use super::widgets::{galley, paint_text};
use crate::i18n::FluentValue;

/// What a laid-out block draws, relative to its top-left corner.
enum Part {
    Text {
        galley: Arc<Galley>,
        at: Vec2,
        color: Color32,
    },
    Dot {
        at: Vec2,
        radius: f32,
        color: Color32,
    },
    Frame {
        rect: Rect,
    },
    /// A step's number in a filled circle.
    Badge {
        center: Vec2,
        radius: f32,
        galley: Arc<Galley>,
    },
}

pub struct Laid {
    pub height: f32,
    parts: Vec<Part>,
    /// The width its text was set in (at most a line of 40 characters).
    text_width: f32,
}

/// Lays out a text block (title, heading, paragraph, bullet, phone cards, a
/// step); None for buttons and pictures, which `page` lays out itself.
pub fn lay(ui: &Ui, view: &View, block: &Block, width: f32) -> Option<Laid> {
    let s = view.style.sizes;
    let p = view.style.palette;
    let text_w = width.min(s.max_text_width());
    let tone = |t: Tone| if t == Tone::Warning { p.warning } else { p.text };
    let laid = match block {
        Block::Title(t) => text(galley(ui, t, s.heading, true, text_w), p.heading),
        Block::Heading(t) => text(galley(ui, t, heading_size(&s), true, text_w), p.heading),
        Block::Paragraph(t, t2) => text(galley(ui, t, s.body, false, text_w), tone(*t2)),
        Block::Bullet(t, t2) => bullet(ui, &s, t, tone(*t2), text_w),
        Block::Term(name, meaning) => {
            let name = galley(ui, name, s.body, true, text_w);
            let meaning = galley(ui, meaning, s.body, false, text_w);
            let below = vec2(0.0, name.size().y);
            let height = name.size().y + meaning.size().y;
            let parts = vec![
                Part::Text { galley: name, at: Vec2::ZERO, color: p.heading },
                Part::Text { galley: meaning, at: below, color: p.text },
            ];
            Laid { height, parts, text_width: 0.0 }
        }
        Block::Phones(cards) => phones(ui, &s, &p, cards, width),
        Block::Step(step) => step_card(ui, &s, &p, step, width),
        Block::PhoneLine(phone) => {
            let mut parts = Vec::new();
            let y = number_line(ui, &s, &p, &phone.name, &phone.number, text_w, Vec2::ZERO, &mut parts);
            let height = y + sample_note(ui, &s, &p, phone, text_w, y, &mut parts);
            Laid { height, parts, text_width: 0.0 }
        }
        Block::Choices(_) | Block::Row(..) | Block::Tiles(_) | Block::Picture { .. } => return None,
    };
    Some(Laid { text_width: text_w, ..laid })
}

pub fn heading_size(s: &Sizes) -> f32 {
    s.section
}

pub fn bullet_indent(s: &Sizes) -> f32 {
    s.bullet_indent()
}

fn text(galley: Arc<Galley>, color: Color32) -> Laid {
    Laid { height: galley.size().y, parts: vec![Part::Text { galley, at: Vec2::ZERO, color }], text_width: 0.0 }
}

fn bullet(ui: &Ui, s: &Sizes, t: &str, color: Color32, width: f32) -> Laid {
    let indent = bullet_indent(s);
    let g = galley(ui, t, s.body, false, width - indent);
    let dot = Part::Dot {
        at: vec2(indent * Sizes::BULLET_DOT_AT, s.line(s.body) / 2.0),
        radius: s.bullet_dot_radius(),
        color,
    };
    let height = g.size().y;
    let parts = vec![dot, Part::Text { galley: g, at: vec2(indent, 0.0), color }];
    Laid { height, parts, text_width: 0.0 }
}

/// Cards side by side, each `(width - gaps) / n` wide, as tall as the tallest.
fn phones(ui: &Ui, s: &Sizes, p: &Palette, cards: &[PhoneCard], width: f32) -> Laid {
    let gap = s.card_gap();
    let n = cards.len().max(1);
    let card_w = (width - gap * (n - 1) as f32) / n as f32;
    let laid: Vec<Laid> = cards.iter().map(|c| phone(ui, s, p, c, card_w)).collect();
    let height = laid.iter().map(|l| l.height).fold(0.0, f32::max);
    let mut parts = Vec::new();
    for (i, card) in laid.into_iter().enumerate() {
        let x = i as f32 * (card_w + gap);
        parts.push(Part::Frame { rect: Rect::from_min_size(pos2(x, 0.0), vec2(card_w, height)) });
        parts.extend(card.parts.into_iter().map(|part| part.shifted(vec2(x, 0.0))));
    }
    Laid { height, parts, text_width: 0.0 }
}

/// One card: name and number on one line when they fit (else the name above),
/// then when to call.
fn phone(ui: &Ui, s: &Sizes, p: &Palette, card: &PhoneCard, width: f32) -> Laid {
    let pad = s.card_pad();
    let inner = (width - 2.0 * pad).min(s.max_text_width());
    let mut parts = Vec::new();
    let y = number_line(ui, s, p, &card.name, &card.number, inner, vec2(pad, pad), &mut parts);
    // A card whose note follows it as a paragraph has no empty line for it.
    if card.when.is_empty() {
        return Laid { height: y + pad, parts, text_width: 0.0 };
    }
    let color = if card.tone == Tone::Warning { p.warning } else { p.text };
    let when = galley(ui, &card.when, s.body, false, inner);
    let height = y + when.size().y + pad;
    parts.push(Part::Text { galley: when, at: vec2(pad, y), color });
    Laid { height, parts, text_width: 0.0 }
}

/// "报警电话 110": the name, then the number large; the name goes above when
/// both do not fit on one line. Returns the y under them.
#[allow(clippy::too_many_arguments)]
fn number_line(
    ui: &Ui,
    s: &Sizes,
    p: &Palette,
    name: &str,
    number: &str,
    width: f32,
    at: Vec2,
    parts: &mut Vec<Part>,
) -> f32 {
    let number_g = galley(ui, number, s.number, true, width);
    if name.is_empty() {
        let h = number_g.size().y;
        parts.push(Part::Text { galley: number_g, at, color: p.number });
        return at.y + h;
    }
    let name_g = galley(ui, name, s.body, true, width);
    let space = s.button_pad();
    let one_line = name_g.rows.len() == 1 && name_g.size().x + space + number_g.size().x <= width;
    if one_line {
        let h = name_g.size().y.max(number_g.size().y);
        let name_y = at.y + (h - name_g.size().y) / 2.0;
        let number_at = vec2(at.x + name_g.size().x + space, at.y + (h - number_g.size().y) / 2.0);
        parts.push(Part::Text { galley: name_g, at: vec2(at.x, name_y), color: p.text });
        parts.push(Part::Text { galley: number_g, at: number_at, color: p.number });
        at.y + h
    } else {
        let name_h = name_g.size().y;
        let number_h = number_g.size().y;
        parts.push(Part::Text { galley: name_g, at, color: p.text });
        parts.push(Part::Text { galley: number_g, at: vec2(at.x, at.y + name_h), color: p.number });
        at.y + name_h + number_h
    }
}

/// A framed step: its number in a circle before the title; under them what
/// to do, each time limit (⏰) and whom to call, across the card's width.
fn step_card(ui: &Ui, s: &Sizes, p: &Palette, step: &StepCard, width: f32) -> Laid {
    let pad = s.step_pad();
    let radius = s.badge_radius();
    let badge = if step.number.is_some() { 2.0 * radius + pad } else { 0.0 };
    let inner = (width - 2.0 * pad).min(s.max_text_width());
    let left = pad;
    // The lines of one card are one list: line spacing alone parts them.
    let gap = 0.0;
    let mut parts = vec![Part::Frame { rect: Rect::ZERO }];
    // A step shown on a page of its own has the page's title instead.
    let mut y = pad;
    let mut first_line = s.line(heading_size(s));
    if !step.title.is_empty() {
        let title = galley(ui, &step.title, heading_size(s), true, inner - badge);
        y += title.size().y;
        first_line = title.rows.first().map_or(title.size().y, |r| r.height());
        parts.push(Part::Text { galley: title, at: vec2(left + badge, pad), color: p.heading });
    }
    if let Some(n) = step.number {
        let digits = galley(ui, &n.to_string(), heading_size(s), true, f32::INFINITY);
        parts.push(Part::Badge { center: vec2(pad + radius, pad + first_line / 2.0), radius, galley: digits });
    }
    for line in &step.lines {
        let g = galley(ui, line, s.body, false, inner);
        parts.push(Part::Text { at: vec2(left, y + gap), galley: g.clone(), color: p.text });
        y += gap + g.size().y;
    }
    for limit in &step.limits {
        let g = galley(ui, &format!("{} {limit}", super::icons::CLOCK), s.body, true, inner);
        parts.push(Part::Text { at: vec2(left, y + gap), galley: g.clone(), color: p.text });
        y += gap + g.size().y;
    }
    for phone in &step.phones {
        y = number_line(ui, s, p, &phone.name, &phone.number, inner, vec2(left, y + gap), &mut parts);
        let before = parts.len();
        y += sample_note(ui, s, p, phone, inner, y, &mut parts);
        for part in &mut parts[before..] {
            if let Part::Text { at, .. } = part {
                at.x += left;
            }
        }
    }
    let height = y + pad;
    parts[0] = Part::Frame { rect: Rect::from_min_size(Pos2::ZERO, vec2(width, height)) };
    Laid { height, parts, text_width: 0.0 }
}

/// The demo's sample number says so, under it; returns the height added.
fn sample_note(ui: &Ui, s: &Sizes, p: &Palette, phone: &PhoneCard, width: f32, y: f32, parts: &mut Vec<Part>) -> f32 {
    if phone.tone != Tone::Warning || phone.when.is_empty() {
        return 0.0;
    }
    let g = galley(ui, &phone.when, s.body, false, width);
    let h = g.size().y;
    parts.push(Part::Text { at: vec2(0.0, y), galley: g, color: p.warning });
    h
}

impl Part {
    fn shifted(self, by: Vec2) -> Part {
        match self {
            Part::Text { galley, at, color } => Part::Text { galley, at: at + by, color },
            Part::Dot { at, radius, color } => Part::Dot { at: at + by, radius, color },
            Part::Frame { rect } => Part::Frame { rect: rect.translate(by) },
            Part::Badge { center, radius, galley } => Part::Badge { center: center + by, radius, galley },
        }
    }
}

impl Laid {
    /// What reading `block` aloud says, and where, relative to its top-left
    /// corner: a text over the width it was set in, each phone card and each
    /// step within the frame painted around it.
    pub fn said(&self, view: &View, block: &Block) -> Vec<(Rect, Role, String)> {
        let whole = Rect::from_min_size(Pos2::ZERO, vec2(self.text_width, self.height));
        let mut frames = self.parts.iter().filter_map(|part| match part {
            Part::Frame { rect } => Some(*rect),
            Part::Text { .. } | Part::Dot { .. } | Part::Badge { .. } => None,
        });
        let texts = said_texts(view, block).into_iter();
        match block {
            Block::Title(_) => texts.map(|t| (whole, Role::Title, t)).collect(),
            // Each card in its frame: its number, then when to call.
            Block::Phones(cards) => frames
                .by_ref()
                .zip(cards)
                .flat_map(|(r, c)| card_said(view, c).into_iter().map(move |t| (r, Role::Text, t)))
                .collect(),
            Block::Step(_) => frames.next().map(|r| texts.map(|t| (r, Role::Text, t)).collect()).unwrap_or_default(),
            Block::Heading(_)
            | Block::Paragraph(..)
            | Block::Bullet(..)
            | Block::Term(..)
            | Block::PhoneLine(_)
            | Block::Picture { .. }
            | Block::Choices(_)
            | Block::Row(..)
            | Block::Tiles(_) => texts.map(|t| (whole, Role::Text, t)).collect(),
        }
    }

    /// Paints the parts with the block's top-left at `rect.min`; texts must
    /// stay inside `rect` (the audit checks it).
    /// Paints the block at `rect`; returns each text's id (its node in the
    /// accessibility tree) and where it was drawn.
    pub fn paint(self, ui: &Ui, view: &View, out: &mut Output, rect: Rect, id: egui::Id) -> Vec<(egui::Id, Rect)> {
        let p = view.style.palette;
        let origin = rect.min.to_vec2();
        let mut texts = Vec::new();
        for (k, part) in self.parts.into_iter().enumerate() {
            match part {
                Part::Text { galley, at, color } => {
                    let pos = (at + origin).to_pos2();
                    texts.push((id.with(k), Rect::from_min_size(pos, galley.size())));
                    paint_text(ui, &mut out.audit, id.with(k), pos, galley, rect, color);
                }
                Part::Dot { at, radius, color } => {
                    ui.painter().circle_filled((at + origin).to_pos2(), radius, color);
                }
                Part::Frame { rect: r } => {
                    let stroke = Stroke::new(CARD_STROKE, p.button_border);
                    let r = r.translate(origin);
                    ui.painter().rect(r, CornerRadius::same(CORNER), p.card, stroke, StrokeKind::Inside);
                }
                Part::Badge { center, radius, galley } => {
                    let c = (center + origin).to_pos2();
                    ui.painter().circle_filled(c, radius, p.primary);
                    let at = c - galley.size() / 2.0;
                    ui.painter().galley(at, galley, p.primary_text);
                }
            }
        }
        texts
    }
}

/// What reading `block` aloud says, in order, wherever it is laid out: the
/// page reader and the list of texts to record (`ui::narration`) share it.
pub fn said_texts(view: &View, block: &Block) -> Vec<String> {
    match block {
        Block::Title(t) | Block::Heading(t) | Block::Paragraph(t, _) | Block::Bullet(t, _) => vec![t.clone()],
        Block::Term(name, meaning) => vec![format!("{name} {meaning}")],
        Block::PhoneLine(p) => vec![phone_line_said(view, p)],
        Block::Phones(cards) => cards.iter().flat_map(|c| card_said(view, c)).collect(),
        Block::Step(step) => {
            let mut parts = vec![numbered(view, step)];
            parts.extend(step.lines.iter().chain(&step.limits).cloned());
            parts.extend(step.phones.iter().map(|p| phone_line_said(view, p)));
            parts.retain(|p| !p.is_empty());
            vec![parts.join(" ")]
        }
        // Not laid out here; buttons speak for themselves.
        Block::Picture { .. } | Block::Choices(_) | Block::Row(..) | Block::Tiles(_) => Vec::new(),
    }
}

/// A phone card: its number, then when to call.
fn card_said(view: &View, c: &PhoneCard) -> Vec<String> {
    std::iter::once(phone_said(view, c)).chain((!c.when.is_empty()).then(|| c.when.clone())).collect()
}

fn phone_said(view: &View, p: &PhoneCard) -> String {
    view.t_with(
        "speech-phone",
        &[("name", FluentValue::from(p.name.as_str())), ("number", FluentValue::from(p.number.as_str()))],
    )
}

/// A phone as a line of a step, with the demo's note under a sample number
/// (painted by `sample_note`, so said too).
fn phone_line_said(view: &View, p: &PhoneCard) -> String {
    let said = phone_said(view, p);
    if p.tone == Tone::Warning && !p.when.is_empty() { format!("{said} {}", p.when) } else { said }
}

/// "1. 先向银行投诉" (the regulator's step has no number).
fn numbered(view: &View, step: &StepCard) -> String {
    match step.number {
        Some(n) => {
            view.t_with("numbered", &[("n", FluentValue::from(n)), ("text", FluentValue::from(step.title.as_str()))])
        }
        None => step.title.clone(),
    }
}
