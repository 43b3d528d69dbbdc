//! Touch to hear: a customer who cannot read taps any text on a page and
//! hears that block. The texts stay plain labels (a button would promise an
//! action); the tap is read from the pointer, and screen readers get a
//! "click" action on each text node that does the same.

use egui::{Id, Rect, Ui};

/// Whether the block read aloud at `said` was touched this frame: a tap
/// inside it, or a screen reader's click on one of its `texts` (each text's
/// id and drawn box). Dialogs replace the page, so no tap is meant for
/// something drawn above the text.
pub fn touched(ui: &Ui, said: Rect, texts: &[(Id, Rect)]) -> bool {
    let inside: Vec<Id> = texts.iter().filter(|(_, r)| said.intersects(*r)).map(|(id, _)| *id).collect();
    for id in &inside {
        ui.ctx().accesskit_node_builder(*id, |node| node.add_action(egui::accesskit::Action::Click));
    }
    let by_reader =
        inside.iter().any(|id| ui.input(|i| i.has_accesskit_action_request(*id, egui::accesskit::Action::Click)));
    let tap = ui.input(|i| i.pointer.any_click().then(|| i.pointer.interact_pos()).flatten());
    by_reader || tap.is_some_and(|at| said.contains(at))
}
