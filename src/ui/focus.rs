//! How the reading highlight and the keypad focus are drawn on top of the screen.

use egui::{CornerRadius, Rect, Stroke, StrokeKind, Ui};

use super::theme::{
    CORNER, KEYPAD_FRAME, KEYPAD_FRAME_GAP, READING_BAR, READING_BAR_CORNER, READING_FRAME, READING_FRAME_GAP,
};
use super::view::{Output, View};

/// Draws the reading highlight and the keypad focus. Both are thick frames
/// around the item, so the text keeps its own colours and contrast.
pub fn paint(ui: &Ui, view: &View, out: &Output) {
    let p = view.style.palette;
    let painter = ui.painter();
    if let Some(item) = view.highlight.and_then(|h| out.items.iter().filter(|i| i.on_page).nth(h)) {
        let rect = item.rect.expand(READING_FRAME_GAP);
        painter.rect_stroke(
            rect,
            CornerRadius::same(CORNER),
            Stroke::new(READING_FRAME, p.reading),
            StrokeKind::Outside,
        );
        let marker = Rect::from_min_max(
            rect.left_top() - egui::vec2(READING_BAR.0, 0.0),
            rect.left_bottom() - egui::vec2(READING_BAR.1, 0.0),
        );
        painter.rect_filled(marker, CornerRadius::same(READING_BAR_CORNER), p.reading);
    }
    if let Some(item) = view.focus.and_then(|f| out.items.get(f)) {
        let rect = item.rect.expand(KEYPAD_FRAME_GAP);
        painter.rect_stroke(rect, CornerRadius::same(CORNER), Stroke::new(KEYPAD_FRAME, p.focus), StrokeKind::Outside);
    }
}
