//! The controls at the bottom of every screen: read-aloud (朗读, 暂停/继续,
//! 重复, 停止, 慢一点, 快一点, 音量) and page turning. Always in the same
//! place, packed into as few rows as the width allows so the page keeps as
//! much room as it can: icons are dropped before a row wraps, and on a wide
//! screen the page buttons share the row (the "page 2 of 3" words then move
//! to the top bar).

use egui::{Rect, Ui, Vec2, pos2};

use super::icons;
use super::item::Role;
use super::theme::{BAR_PADDING, MARGIN, TARGET_GAP};
use super::view::View;
use super::widgets::{BigButton, ButtonKind, galley, paint_text};
use crate::i18n::FluentValue;
use crate::kiosk::Intent;
use crate::speech::{Reading, Voice};

struct Control {
    icon: &'static str,
    label: String,
    intent: Intent,
}

/// Where everything goes, decided before the page is laid out (the page gets
/// whatever height is left).
pub struct Plan {
    speech: Vec<Control>,
    /// Speech controls per row (indices into `speech`).
    rows: Vec<Vec<usize>>,
    icons: bool,
    paging: Paging,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// One page: no page buttons.
    None,
    /// Previous/next at the ends of the last speech row; the words in the top bar.
    Shared,
    /// A row of their own: previous, the words, next.
    OwnRow,
}

fn speech_controls(view: &View, voice: Voice) -> Vec<Control> {
    let (play_icon, play) = match view.reading {
        Reading::Idle => (icons::READ, "speech-read"),
        Reading::Reading => (icons::PAUSE, "speech-pause"),
        Reading::Paused => (icons::RESUME, "speech-resume"),
    };
    let level = view.t(super::words::volume_word_id(voice));
    let volume = view.t_with("speech-volume", &[("level", FluentValue::from(level))]);
    vec![
        Control { icon: play_icon, label: view.t(play), intent: Intent::Read },
        Control { icon: icons::REPEAT, label: view.t("speech-repeat"), intent: Intent::RepeatSpeech },
        Control { icon: icons::STOP, label: view.t("speech-stop"), intent: Intent::StopSpeech },
        Control { icon: icons::SLOWER, label: view.t("speech-slower"), intent: Intent::Slower },
        Control { icon: icons::FASTER, label: view.t("speech-faster"), intent: Intent::Faster },
        Control { icon: icons::VOLUME, label: volume, intent: Intent::CycleVolume },
    ]
}

fn page_controls(view: &View) -> [Control; 2] {
    [
        Control { icon: icons::PREVIOUS, label: view.t("page-previous"), intent: Intent::PreviousPage },
        Control { icon: icons::NEXT, label: view.t("page-next"), intent: Intent::NextPage },
    ]
}

fn button(c: &Control, icon: bool) -> BigButton<'_> {
    BigButton { icon: icon.then_some(c.icon), label: &c.label, kind: ButtonKind::Normal, selected: false }
}

fn control_width(ui: &Ui, view: &View, c: &Control, icon: bool) -> f32 {
    button(c, icon).natural_width(ui, view.style.sizes.bar)
}

fn row_width(widths: &[f32]) -> f32 {
    widths.iter().sum::<f32>() + TARGET_GAP * widths.len().saturating_sub(1) as f32
}

/// Greedy rows of controls within `usable` width.
fn wrap(widths: &[f32], usable: f32) -> Vec<Vec<usize>> {
    let mut rows: Vec<(Vec<usize>, f32)> = Vec::new();
    for (i, w) in widths.iter().enumerate() {
        match rows.last_mut() {
            Some((row, used)) if *used + TARGET_GAP + w <= usable => {
                row.push(i);
                *used += TARGET_GAP + w;
            }
            _ => rows.push((vec![i], *w)),
        }
    }
    rows.into_iter().map(|(r, _)| r).collect()
}

/// `top_free` is the room the top bar has left for the "page 2 of 3" words.
pub fn plan(ui: &Ui, view: &View, width: f32, voice: Voice, paged: bool, top_free: f32) -> Plan {
    let usable = width - 2.0 * MARGIN;
    let speech = if view.speech_controls { speech_controls(view, voice) } else { Vec::new() };
    let with_icons: Vec<f32> = speech.iter().map(|c| control_width(ui, view, c, true)).collect();
    let icons = row_width(&with_icons) <= usable;
    let widths: Vec<f32> = speech.iter().map(|c| control_width(ui, view, c, icons)).collect();
    let rows = wrap(&widths, usable);
    let paging = if !paged {
        Paging::None
    } else {
        let page_w: f32 = page_controls(view).iter().map(|c| control_width(ui, view, c, true)).sum();
        let last = rows.last().map_or(0.0, |r| row_width(&r.iter().map(|i| widths[*i]).collect::<Vec<_>>()));
        let words = galley(ui, &page_words(view, 99, 99), view.style.sizes.bar, true, f32::INFINITY).size().x;
        if !rows.is_empty() && last + page_w + 2.0 * TARGET_GAP <= usable && words <= top_free {
            Paging::Shared
        } else {
            Paging::OwnRow
        }
    };
    Plan { speech, rows, icons, paging }
}

fn row_height(view: &View) -> f32 {
    view.style.bar_height() - 2.0 * BAR_PADDING
}

impl Plan {
    pub fn height(&self, view: &View) -> f32 {
        // Shared paging sits in the last speech row, so it adds no row.
        let n = (self.rows.len() + usize::from(self.paging == Paging::OwnRow)) as f32;
        if n == 0.0 {
            return 0.0;
        }
        n * row_height(view) + (n - 1.0) * TARGET_GAP + 2.0 * BAR_PADDING
    }

    /// Whether the "page 2 of 3" words go in the top bar.
    pub fn words_on_top(&self) -> bool {
        self.paging == Paging::Shared
    }

    pub fn show(&self, ui: &mut Ui, view: &mut View, bar: Rect, page: usize, pages: usize) {
        if self.height(view) == 0.0 {
            return;
        }
        ui.painter().rect_filled(bar, 0.0, view.style.palette.bar);
        let h = row_height(view);
        let mut y = bar.top() + BAR_PADDING;
        let [prev, next] = page_controls(view);
        for (r, row) in self.rows.iter().enumerate() {
            let shared = self.paging == Paging::Shared && r + 1 == self.rows.len();
            let widths: Vec<f32> = row.iter().map(|i| control_width(ui, view, &self.speech[*i], self.icons)).collect();
            let mut x = bar.center().x - row_width(&widths) / 2.0;
            for (i, w) in row.iter().zip(widths) {
                place(ui, view, &self.speech[*i], self.icons, Rect::from_min_size(pos2(x, y), Vec2::new(w, h)));
                x += w + TARGET_GAP;
            }
            if shared {
                page_buttons(ui, view, [&prev, &next], bar, y, page, pages);
            }
            y += h + TARGET_GAP;
        }
        if self.paging == Paging::OwnRow {
            page_buttons(ui, view, [&prev, &next], bar, y, page, pages);
            let words = page_words(view, page + 1, pages);
            let row = Rect::from_min_size(pos2(bar.left(), y), Vec2::new(bar.width(), h));
            words_centered(ui, view, &words, row);
        }
    }
}

/// Previous at the left end, next at the right end (each only when it leads somewhere).
fn page_buttons(
    ui: &mut Ui,
    view: &mut View,
    [prev, next]: [&Control; 2],
    bar: Rect,
    y: f32,
    page: usize,
    pages: usize,
) {
    let h = row_height(view);
    if page > 0 {
        let w = control_width(ui, view, prev, true);
        place(ui, view, prev, true, Rect::from_min_size(pos2(bar.left() + MARGIN, y), Vec2::new(w, h)));
    }
    if page + 1 < pages {
        let w = control_width(ui, view, next, true);
        place(ui, view, next, true, Rect::from_min_size(pos2(bar.right() - MARGIN - w, y), Vec2::new(w, h)));
    }
}

fn place(ui: &mut Ui, view: &mut View, c: &Control, icon: bool, rect: Rect) {
    let id = ui.scope_id().with(("control", c.label.as_str()));
    if button(c, icon).show(ui, &mut view.audit, id, rect, view.style.sizes.bar, &view.style.palette) {
        view.intents.push(c.intent.clone());
    }
    view.item(rect, Role::Button, c.label.clone(), Some(c.intent.clone()), false);
}

pub fn page_words(view: &View, page: usize, pages: usize) -> String {
    view.t_with("page-of", &[("page", FluentValue::from(page)), ("pages", FluentValue::from(pages))])
}

/// The "page 2 of 3" words centred in `area` (a bar row, or the top bar).
pub fn words_centered(ui: &Ui, view: &mut View, words: &str, area: Rect) {
    let g = galley(ui, words, view.style.sizes.bar, true, area.width());
    let pos = pos2(area.center().x - g.size().x / 2.0, area.center().y - g.size().y / 2.0);
    let color = view.style.palette.bar_text;
    paint_text(ui, &mut view.audit, ui.scope_id().with("page-of"), pos, g, area, color);
}
