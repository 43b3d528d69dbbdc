//! The customer's controls besides back, home and call staff: one big
//! read-aloud button (朗读 → 暂停 → 继续) and 声音, which opens the sound row
//! (慢一点, 快一点, 音量, 重复, 停止); and page turning. They sit in the top
//! bar plus at most one bottom row, so the page keeps the screen: a bottom
//! row appears only when the page has more than one page or the sound row is
//! open. Six speech buttons in two rows used to take a third of a short screen.

use egui::{Rect, Ui, Vec2, pos2};

use super::icons;
use super::item::Role;
use super::theme::{BAR_PADDING, MARGIN, TARGET_GAP};
use super::view::{Output, View};
use super::widgets::{BigButton, ButtonKind, galley, paint_text};
use crate::i18n::FluentValue;
use crate::kiosk::{Msg, Press, VoiceChange};
use crate::speech::{Reading, Voice};

pub struct Control {
    icon: &'static str,
    label: String,
    msg: Msg,
    kind: ButtonKind,
    selected: bool,
}

impl Control {
    fn new(icon: &'static str, label: String, msg: impl Into<Msg>) -> Self {
        Self { icon, label, msg: msg.into(), kind: ButtonKind::Normal, selected: false }
    }

    fn button(&self, icon: bool) -> BigButton<'_> {
        BigButton { icon: icon.then_some(self.icon), label: &self.label, kind: self.kind, selected: self.selected }
    }

    pub fn width(&self, ui: &Ui, view: &View, icon: bool) -> f32 {
        self.button(icon).natural_width(ui, view.style.sizes.bar)
    }

    /// Draws the control in `rect` and records it for the keypad and the tests.
    pub fn place(&self, ui: &mut Ui, view: &View, out: &mut Output, icon: bool, rect: Rect) {
        let id = ui.scope_id().with(("control", self.label.as_str()));
        if self.button(icon).show(ui, &mut out.audit, id, rect, view.style.sizes.bar, &view.style.palette) {
            out.msgs.push(self.msg.clone());
        }
        out.item(rect, Role::Button, self.label.clone(), Some(self.msg.clone()), false);
    }
}

/// 朗读 (or 暂停 / 继续 while reading) and 声音, which is shown pressed while
/// its row is open.
pub fn speech_pair(view: &View) -> [Control; 2] {
    let (icon, id) = match view.reading {
        Reading::Idle => (icons::READ, "speech-read"),
        Reading::Reading => (icons::PAUSE, "speech-pause"),
        Reading::Paused => (icons::RESUME, "speech-resume"),
    };
    let play = Control::new(icon, view.t(id), Press::Read);
    let sound = Control {
        selected: view.sound_panel,
        ..Control::new(icons::VOLUME, view.t("speech-sound"), Press::ToggleSoundPanel)
    };
    [play, sound]
}

fn sound_row(view: &View, voice: Voice) -> Vec<Control> {
    let level = view.t(voice.volume_word_id());
    let volume = view.t_with("speech-volume", &[("level", FluentValue::from(level))]);
    vec![
        Control::new(icons::SLOWER, view.t("speech-slower"), Press::Voice(VoiceChange::Slower)),
        Control::new(icons::FASTER, view.t("speech-faster"), Press::Voice(VoiceChange::Faster)),
        Control::new(icons::VOLUME, volume, Press::Voice(VoiceChange::CycleVolume)),
        Control::new(icons::REPEAT, view.t("speech-repeat"), Press::RepeatSpeech),
        Control::new(icons::STOP, view.t("speech-stop"), Press::StopSpeech),
    ]
}

fn page_pair(view: &View) -> [Control; 2] {
    [
        Control::new(icons::PREVIOUS, view.t("page-previous"), Press::PreviousPage),
        Control::new(icons::NEXT, view.t("page-next"), Press::NextPage),
    ]
}

fn row_width(widths: &[f32]) -> f32 {
    widths.iter().sum::<f32>() + TARGET_GAP * widths.len().saturating_sub(1) as f32
}

/// Where everything goes, decided before the page is laid out (the page gets
/// whatever height is left).
pub struct Plan {
    /// 朗读 and 声音 sit in the top bar (else in the bottom row).
    pub speech_on_top: bool,
    /// The top bar's buttons show their icons (dropped on a narrow screen).
    pub top_icons: bool,
    /// The middle of the bottom row, between the page buttons.
    middle: Vec<Control>,
    icons: bool,
    paged: bool,
    /// "第 2 页，共 3 页" in the top bar, when the bottom row is full.
    pub words_on_top: bool,
    /// More than one bottom row: only on a screen too narrow for one (a
    /// small window), so nothing is ever cut off.
    rows: Vec<Vec<usize>>,
}

/// `top_free` is the width the top bar has between back/home and call staff,
/// with its buttons' icons and without.
pub fn plan(ui: &Ui, view: &View, width: f32, voice: Voice, paged: bool, top_free: [f32; 2]) -> Plan {
    let usable = width - 2.0 * MARGIN;
    let speech = view.speech_controls;
    let pair = speech_pair(view);
    let pair_width = |icons| row_width(&pair.iter().map(|c| c.width(ui, view, icons)).collect::<Vec<_>>());
    // 朗读 and 声音 go in the top bar, dropping the bar's icons if that makes room.
    let fits_on_top = |icons: bool| pair_width(icons) + 2.0 * TARGET_GAP <= top_free[usize::from(!icons)];
    let top_icons = !speech || fits_on_top(true) || !fits_on_top(false);
    let speech_on_top = speech && fits_on_top(top_icons);
    let pair_w = pair_width(top_icons);
    let top_free = top_free[usize::from(!top_icons)];
    // The open sound row takes the bottom row; paging waits until it closes.
    let paged_row = paged && !(speech && view.sound_panel);
    let mut middle = Vec::new();
    if speech && !speech_on_top {
        middle.extend(pair);
    }
    if speech && view.sound_panel {
        middle.extend(sound_row(view, voice));
    }
    let ends: f32 =
        if paged_row { page_pair(view).iter().map(|c| c.width(ui, view, true) + TARGET_GAP).sum() } else { 0.0 };
    let words_w = galley(ui, &page_words(view, 99, 99), view.style.sizes.bar, true, f32::INFINITY).size().x;
    let fits = |icons: bool| {
        let w = row_width(&middle.iter().map(|c| c.width(ui, view, icons)).collect::<Vec<_>>());
        let w = if middle.is_empty() && paged_row { words_w } else { w };
        w + ends <= usable
    };
    let icons = fits(true);
    let one_row = icons || fits(false);
    let free_on_top = top_free - if speech_on_top { pair_w + TARGET_GAP } else { 0.0 };
    let words_on_top = paged && !middle.is_empty() && words_w + 2.0 * TARGET_GAP <= free_on_top;
    let rows = if one_row {
        vec![(0..middle.len()).collect()]
    } else {
        let widths: Vec<f32> = middle.iter().map(|c| c.width(ui, view, false)).collect();
        wrap(&widths, usable - ends)
    };
    Plan { speech_on_top, top_icons, middle, icons, paged: paged_row, words_on_top, rows }
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

fn row_height(view: &View) -> f32 {
    view.style.bar_height() - 2.0 * BAR_PADDING
}

impl Plan {
    /// Height of the bottom bar (0 when there is none).
    pub fn height(&self, view: &View) -> f32 {
        if self.middle.is_empty() && !self.paged {
            return 0.0;
        }
        let n = self.rows.len().max(1) as f32;
        n * row_height(view) + (n - 1.0) * TARGET_GAP + 2.0 * BAR_PADDING
    }

    pub fn show(&self, ui: &mut Ui, view: &View, out: &mut Output, bar: Rect, page: usize, pages: usize) {
        if self.height(view) == 0.0 {
            return;
        }
        ui.painter().rect_filled(bar, 0.0, view.style.palette.bar);
        out.audit.bars.push(bar);
        let h = row_height(view);
        let y = bar.top() + BAR_PADDING;
        if self.paged {
            page_buttons(ui, view, out, bar, y, page, pages);
        }
        if self.middle.is_empty() {
            let row = Rect::from_min_size(pos2(bar.left(), y), Vec2::new(bar.width(), h));
            words_centered(ui, view, out, &page_words(view, page + 1, pages), row);
            return;
        }
        for (r, row) in self.rows.iter().enumerate() {
            let y = y + r as f32 * (h + TARGET_GAP);
            let widths: Vec<f32> = row.iter().map(|i| self.middle[*i].width(ui, view, self.icons)).collect();
            let mut x = bar.center().x - row_width(&widths) / 2.0;
            for (i, w) in row.iter().zip(widths) {
                self.middle[*i].place(ui, view, out, self.icons, Rect::from_min_size(pos2(x, y), Vec2::new(w, h)));
                x += w + TARGET_GAP;
            }
        }
    }
}

/// Previous at the left end, next at the right end (each only when it leads somewhere).
fn page_buttons(ui: &mut Ui, view: &View, out: &mut Output, bar: Rect, y: f32, page: usize, pages: usize) {
    let h = row_height(view);
    let [prev, next] = page_pair(view);
    if page > 0 {
        let w = prev.width(ui, view, true);
        prev.place(ui, view, out, true, Rect::from_min_size(pos2(bar.left() + MARGIN, y), Vec2::new(w, h)));
    }
    if page + 1 < pages {
        let w = next.width(ui, view, true);
        next.place(ui, view, out, true, Rect::from_min_size(pos2(bar.right() - MARGIN - w, y), Vec2::new(w, h)));
    }
}

pub fn page_words(view: &View, page: usize, pages: usize) -> String {
    view.t_with("page-of", &[("page", FluentValue::from(page)), ("pages", FluentValue::from(pages))])
}

/// The "page 2 of 3" words centred in `area` (a bar row, or the top bar).
pub fn words_centered(ui: &Ui, view: &View, out: &mut Output, words: &str, area: Rect) {
    let g = galley(ui, words, view.style.sizes.bar, true, area.width());
    let pos = pos2(area.center().x - g.size().x / 2.0, area.center().y - g.size().y / 2.0);
    let color = view.style.palette.bar_text;
    paint_text(ui, &mut out.audit, ui.scope_id().with("page-of"), pos, g, area, color);
}
