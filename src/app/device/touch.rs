//! Touch rules for the kiosk's egui context.

/// Input rules for unsteady hands: a tap may drift and last a while and still
/// count as a tap.
pub fn configure(ctx: &egui::Context) {
    ctx.options_mut(|o| {
        o.input_options.max_click_dist = 30.0;
        o.input_options.max_click_duration = 2.0;
    });
    ctx.set_pixels_per_point(1.0);
}
