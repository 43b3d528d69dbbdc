//! The idle screen as a poster for the whole lobby: one message at a time,
//! centred, its main line large enough to read from a few metres, a hotline
//! number larger still, fading in slowly. A touch only wakes the kiosk.

use std::sync::Arc;

use egui::{Color32, Galley, Rect, Sense, Ui, WidgetInfo};

use super::theme::{MARGIN, POSTER_GAP, POSTER_LINE, POSTER_MAIN, POSTER_NUMBER, POSTER_STEPS, Sizes};
use super::view::{Output, View};
use super::widgets::{font, galley};
use crate::content::FraudFile;

/// One centred text of the poster.
struct Line {
    text: String,
    size: f32,
    bold: bool,
    color: Color32,
}

/// The message `slogan` (counted round the content's slogans), at opacity `fade`.
pub fn show(ui: &mut Ui, view: &View, out: &mut Output, screen: Rect, slogan: usize, fade: f32) {
    let lines = message(view, slogan);
    let area = screen.shrink(MARGIN);
    // The largest step at which the whole message fits the screen.
    let laid = POSTER_STEPS
        .iter()
        .map(|scale| lay(ui, &lines, *scale, area.width()))
        .find(|laid| height(laid) <= area.height())
        .unwrap_or_else(|| lay(ui, &lines, POSTER_STEPS[POSTER_STEPS.len() - 1], area.width()));
    let mut y = area.center().y - height(&laid) / 2.0;
    for (k, (line, rows)) in lines.iter().zip(laid).enumerate() {
        let top = y;
        for row in &rows {
            let at = egui::pos2(area.center().x - row.size().x / 2.0, y);
            out.audit.text(row, Rect::from_min_size(at, row.size()), screen);
            ui.painter().galley(at, row.clone(), line.color.gamma_multiply(fade));
            y += row.size().y;
        }
        let rect = Rect::from_min_max(egui::pos2(area.left(), top), egui::pos2(area.right(), y));
        let response = ui.interact(rect, ui.scope_id().with(("poster", k)), Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &line.text));
        y += POSTER_GAP;
    }
}

/// What the poster says: the slogan's main line, its hotline, its other
/// lines, and how to start.
fn message(view: &View, slogan: usize) -> Vec<Line> {
    let p = view.style.palette;
    let line = |text: String, size: f32, bold: bool, color: Color32| Line { text, size, bold, color };
    let slogans = view.content.part::<FraudFile>().map_or(&[][..], |f| &f.slogans);
    let Some((s, text)) = slogans.get(slogan % slogans.len().max(1)).and_then(|s| Some((s, s.text.get(view.lang)?)))
    else {
        return vec![line(view.t("app-title"), POSTER_MAIN, true, p.heading), touch(view)];
    };
    let mut out = vec![line(view.words(&text.title), POSTER_MAIN, true, p.heading)];
    let phone =
        s.phone.as_ref().and_then(|id| view.content.phone(id)).filter(|p| !p.placeholder || view.sample_numbers);
    if let Some(phone) = phone {
        out.push(line(phone.number.value.clone(), POSTER_NUMBER, true, p.number));
    }
    out.extend(text.lines.iter().map(|l| line(view.words(l), POSTER_LINE, false, p.text)));
    out.push(touch(view));
    out
}

fn touch(view: &View) -> Line {
    Line { text: view.t("attract-touch"), size: POSTER_LINE, bold: true, color: view.style.palette.primary }
}

/// Each line wrapped at `width` (no character left alone on a last row) and
/// cut into its rows, so each row can be centred.
fn lay(ui: &Ui, lines: &[Line], scale: f32, width: f32) -> Vec<Vec<Arc<Galley>>> {
    let minimum = |l: &Line| {
        if l.size >= POSTER_MAIN {
            Sizes::SMALLEST_STEPPED_DOWN
        } else {
            Sizes::for_level(crate::kiosk::TextSize::Standard).body
        }
    };
    lines
        .iter()
        .map(|l| {
            let size = (l.size * scale).max(minimum(l));
            let whole = galley(ui, &l.text, size, l.bold, width);
            whole
                .rows
                .iter()
                .map(|r| {
                    let text: String = r.row.glyphs.iter().map(|g| g.chr).collect();
                    row(ui, text.trim_end(), size, l.bold)
                })
                .collect()
        })
        .collect()
}

fn row(ui: &Ui, text: &str, size: f32, bold: bool) -> Arc<Galley> {
    let mut job = egui::text::LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat {
            font_id: font(size, bold),
            color: Color32::PLACEHOLDER,
            line_height: Some(size * Sizes::LINE_HEIGHT),
            ..Default::default()
        },
    );
    job.wrap.max_width = f32::INFINITY;
    ui.fonts_mut(|f| f.layout_job(job))
}

fn height(laid: &[Vec<Arc<Galley>>]) -> f32 {
    let text: f32 = laid.iter().flatten().map(|g| g.size().y).sum();
    text + POSTER_GAP * laid.len().saturating_sub(1) as f32
}
