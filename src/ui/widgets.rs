//! The few drawing primitives every screen uses: wrapped text and big buttons.
//! Each one records what it drew in the `Audit`, so tests can check every text
//! and every touch target of every screen, not chosen examples.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{
    Align2, Color32, CornerRadius, FontFamily, FontId, Galley, Rect, Role, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo,
};

use super::theme::{BUTTON_ICON, BUTTON_PAD, BUTTON_STROKE, CORNER, FOCUS_STROKE, SELECTED_INSET, Sizes, TARGET_MIN};

/// What one frame drew, for the layout tests.
#[derive(Clone, Debug, Default)]
pub struct Audit {
    /// (the text, where its glyphs are, the box it must stay in)
    pub texts: Vec<(String, Rect, Rect)>,
    /// (label, rect) of every touch target.
    pub targets: Vec<(String, Rect)>,
    /// Screens that must be seen whole but did not fit (a layout bug).
    pub cut_off: Vec<String>,
    /// The bars holding the customer's controls (≤ 20 % of the screen height).
    pub bars: Vec<Rect>,
    /// For a reading page: how full each page of it is (0–1), and whether it
    /// ends a column on a heading with nothing under it.
    pub page_fill: Vec<(f32, bool)>,
    /// Texts drawn with one character alone on their last line.
    pub orphans: Vec<String>,
    /// (the text, its size in px, bold) as drawn.
    pub fonts: Vec<(String, f32, bool)>,
}

impl Audit {
    /// Records a text drawn at `rect` (inside `bounds`), noting an orphan.
    pub fn text(&mut self, galley: &Galley, rect: Rect, bounds: Rect) {
        if is_orphaned(galley) {
            self.orphans.push(galley.text().to_owned());
        }
        if let Some(section) = galley.job.sections.first() {
            let font = &section.format.font_id;
            let bold = font.family == FontFamily::Name(BOLD.into());
            self.fonts.push((galley.text().to_owned(), font.size, bold));
        }
        self.texts.push((galley.text().to_owned(), rect, bounds));
    }
}

pub const BOLD: &str = "bold";

pub fn font(size: f32, bold: bool) -> FontId {
    let family = if bold { FontFamily::Name(BOLD.into()) } else { FontFamily::Proportional };
    FontId::new(size, family)
}

/// Lays out text wrapped at `width`, with the 1.5 line height the rules ask for.
/// The galley has no colour of its own: the painter gives it one, so the same
/// layout serves measuring and drawing.
pub fn galley(ui: &Ui, text: &str, size: f32, bold: bool, width: f32) -> Arc<Galley> {
    let laid = layout(ui, text, size, bold, width);
    if !is_orphaned(&laid) {
        return laid;
    }
    // Chinese wraps anywhere, so a tile can end "投訴與權 / 益". First narrower
    // widths (a character moves down to keep it company), with no more lines
    // than before, or one more at most; then, where lines hold only a few
    // characters (特大 in portrait), the text a step smaller: 95 % or 90 %.
    let rows = laid.rows.len();
    let fits = |g: &Arc<Galley>, extra: usize| !is_orphaned(g) && g.rows.len() <= rows + extra;
    let narrower: Vec<Arc<Galley>> =
        (1..=8).map(|k| layout(ui, text, size, bold, width * (1.0 - Sizes::ORPHAN_NARROWING * k as f32))).collect();
    // Never below 60 px: above every minimum (body 40 px, titles 60 px).
    let smaller = || {
        let sizes =
            Sizes::ORPHAN_STEP_DOWN.into_iter().map(|f| size * f).filter(|s| *s >= Sizes::SMALLEST_STEPPED_DOWN);
        sizes.map(|s| layout(ui, text, s, bold, width)).find(|g| fits(g, 0))
    };
    let best = narrower.iter().find(|g| fits(g, 0)).or_else(|| narrower.iter().find(|g| fits(g, 1))).cloned();
    best.or_else(smaller).unwrap_or(laid)
}

/// As `galley`, with the lines balanced: the narrowest width that keeps the
/// same number of lines, so a tile reads "有人让您 / 转账吗？" rather than
/// "有人让您转 / 账吗？". For short texts (tiles); a paragraph keeps its full lines.
pub fn balanced_galley(ui: &Ui, text: &str, size: f32, bold: bool, width: f32) -> Arc<Galley> {
    let full = galley(ui, text, size, bold, width);
    let rows = full.rows.len();
    if rows < 2 {
        return full;
    }
    let (mut narrow, mut wide) = (width / rows as f32, width);
    for _ in 0..8 {
        let mid = (narrow + wide) / 2.0;
        let g = galley(ui, text, size, bold, mid);
        if g.rows.len() == rows && g.size().x <= mid { wide = mid } else { narrow = mid }
    }
    let balanced = galley(ui, text, size, bold, wide);
    if balanced.rows.len() == rows { balanced } else { full }
}

fn layout(ui: &Ui, text: &str, size: f32, bold: bool, width: f32) -> Arc<Galley> {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        TextFormat {
            font_id: font(size, bold),
            color: Color32::PLACEHOLDER,
            line_height: Some(size * Sizes::LINE_HEIGHT),
            ..Default::default()
        },
    );
    job.wrap.max_width = width.max(size);
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Whether the last of several lines holds a single character (punctuation
/// aside): an orphan, which older readers may read as a separate word.
pub fn is_orphaned(galley: &Galley) -> bool {
    let rows = &galley.rows;
    rows.len() >= 2 && rows.last().is_some_and(|r| r.row.glyphs.iter().filter(|g| g.chr.is_alphanumeric()).count() == 1)
}

/// Paints a laid-out text at `pos` (top-left), exposes it to screen readers, and
/// records it with the box it must fit in.
pub fn paint_text(
    ui: &Ui,
    audit: &mut Audit,
    id: egui::Id,
    pos: egui::Pos2,
    galley: Arc<Galley>,
    bounds: Rect,
    color: Color32,
) {
    let rect = Rect::from_min_size(pos, galley.size());
    let text = galley.text().to_owned();
    let response = ui.interact(rect, id, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &text));
    audit.text(&galley, rect, bounds);
    ui.painter().galley(pos, galley, color);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ButtonKind {
    Primary,
    Normal,
}

/// A labelled button: icon (optional) above or beside its words, never alone.
pub struct BigButton<'a> {
    pub icon: Option<&'a str>,
    pub label: &'a str,
    pub kind: ButtonKind,
    pub selected: bool,
}

impl BigButton<'_> {
    fn colors(&self, p: &super::theme::Palette) -> (Color32, Color32) {
        match self.kind {
            ButtonKind::Primary => (p.primary, p.primary_text),
            ButtonKind::Normal => (p.button, p.button_text),
        }
    }

    /// The text as laid out inside a button of `width`.
    fn layout(&self, ui: &Ui, size: f32, width: f32) -> (Option<Arc<Galley>>, Arc<Galley>) {
        let icon = self.icon.map(|i| galley(ui, i, size * BUTTON_ICON, false, f32::INFINITY));
        let icon_w = icon.as_ref().map_or(0.0, |g| g.size().x + BUTTON_PAD);
        let text = galley(ui, self.label, size, true, width - 2.0 * BUTTON_PAD - icon_w);
        (icon, text)
    }

    /// Height this button needs at `width` (at least the 96 px target size).
    pub fn height(&self, ui: &Ui, size: f32, width: f32) -> f32 {
        let (icon, text) = self.layout(ui, size, width);
        let h = text.size().y.max(icon.map_or(0.0, |g| g.size().y));
        (h + 2.0 * BUTTON_PAD).max(TARGET_MIN)
    }

    /// Whether its words would end with one character alone at `width`.
    pub fn orphaned(&self, ui: &Ui, size: f32, width: f32) -> bool {
        is_orphaned(&self.layout(ui, size, width).1)
    }

    /// Width this button needs on one line.
    pub fn natural_width(&self, ui: &Ui, size: f32) -> f32 {
        let (icon, text) = self.layout(ui, size, f32::INFINITY);
        let icon_w = icon.map_or(0.0, |g| g.size().x + BUTTON_PAD);
        (text.size().x + icon_w + 2.0 * BUTTON_PAD).max(TARGET_MIN)
    }

    /// Draws the button in `rect`; returns true when it was tapped (or activated
    /// from the keyboard).
    pub fn show(
        self,
        ui: &mut Ui,
        audit: &mut Audit,
        id: egui::Id,
        rect: Rect,
        size: f32,
        palette: &super::theme::Palette,
    ) -> bool {
        ui.put(rect, Placed { button: self, audit, id, size, palette }).clicked()
    }
}

/// A big button placed in a rect, as an `egui::Widget`: it records what it
/// drew in the audit, for the layout tests.
pub struct Placed<'a> {
    pub button: BigButton<'a>,
    pub audit: &'a mut Audit,
    pub id: egui::Id,
    pub size: f32,
    pub palette: &'a super::theme::Palette,
}

impl egui::Widget for Placed<'_> {
    fn ui(self, ui: &mut Ui) -> egui::Response {
        let Placed { button, audit, id, size, palette } = self;
        let rect = ui.max_rect();
        // Clickable but not egui-focusable: the kiosk's own keypad focus (which
        // speaks) owns Tab and Enter, so egui must not act on them too.
        let response = ui.interact(rect, id, Sense::CLICK);
        let label = button.label.to_owned();
        let selected = button.selected;
        response.widget_info(|| {
            if selected {
                WidgetInfo::selected(Role::Button, true, true, &label)
            } else {
                WidgetInfo::labeled(Role::Button, true, &label)
            }
        });
        let (fill, text_color) = button.colors(palette);
        let painter = ui.painter();
        let pressed = response.is_pointer_button_down_on();
        let fill = if pressed { fill.gamma_multiply(super::theme::PRESSED_SHADE) } else { fill };
        painter.rect(
            rect,
            CornerRadius::same(CORNER),
            fill,
            Stroke::new(BUTTON_STROKE, palette.button_border),
            StrokeKind::Inside,
        );
        if button.selected {
            painter.rect_stroke(
                rect.shrink(SELECTED_INSET),
                CornerRadius::same(CORNER),
                Stroke::new(FOCUS_STROKE, palette.focus),
                StrokeKind::Inside,
            );
        }
        let (icon, text) = button.layout(ui, size, rect.width());
        let icon_w = icon.as_ref().map_or(0.0, |g| g.size().x + BUTTON_PAD);
        let total = Vec2::new(icon_w + text.size().x, text.size().y.max(icon.as_ref().map_or(0.0, |g| g.size().y)));
        let start = Align2::CENTER_CENTER.align_size_within_rect(total, rect).min;
        if let Some(icon) = icon {
            let y = rect.center().y - icon.size().y / 2.0;
            ui.painter().galley(egui::pos2(start.x, y), icon, text_color);
        }
        let text_pos = egui::pos2(start.x + icon_w, rect.center().y - text.size().y / 2.0);
        audit.text(&text, Rect::from_min_size(text_pos, text.size()), rect);
        ui.painter().galley(text_pos, text, text_color);
        audit.targets.push((button.label.to_owned(), rect));
        response
    }
}
