//! The kiosk's tokens installed into egui's own `Style`, so that any egui
//! widget drawn in the kiosk (a plain label, a button, a scroll bar, a text
//! field one day) takes the theme's colours, the text size's sizes and the
//! target size for touch — never egui's grey defaults at 14 px.

use egui::{CornerRadius, FontFamily, FontId, Stroke, TextStyle};

use super::theme::{BUTTON_STROKE, CORNER, FOCUS_STROKE, Palette, Style, TARGET_GAP, TARGET_MIN};

/// egui's style for these tokens, built on `base` (egui's fonts and options).
pub fn egui_style(tokens: &Style, base: &egui::Style) -> egui::Style {
    let mut style = base.clone();
    let sizes = tokens.sizes;
    let proportional = |size: f32| FontId::new(size, FontFamily::Proportional);
    style.text_styles = [
        (TextStyle::Small, proportional(sizes.body)),
        (TextStyle::Body, proportional(sizes.body)),
        (TextStyle::Button, proportional(sizes.body)),
        (TextStyle::Heading, proportional(sizes.heading)),
        (TextStyle::Monospace, FontId::new(sizes.body, FontFamily::Monospace)),
    ]
    .into();
    style.spacing.interact_size = egui::vec2(TARGET_MIN, TARGET_MIN);
    style.spacing.item_spacing = egui::vec2(TARGET_GAP, TARGET_GAP);
    style.spacing.button_padding = egui::vec2(sizes.button_pad(), sizes.button_pad() / 2.0);
    style.visuals = visuals(&tokens.palette, base.visuals.clone());
    style
}

fn visuals(p: &Palette, mut v: egui::Visuals) -> egui::Visuals {
    v.dark_mode = p.is_dark();
    v.override_text_color = Some(p.text);
    v.weak_text_color = Some(p.text);
    v.hyperlink_color = p.heading;
    v.warn_fg_color = p.warning;
    v.error_fg_color = p.warning;
    v.panel_fill = p.background;
    v.window_fill = p.background;
    v.extreme_bg_color = p.background;
    v.faint_bg_color = p.card;
    v.code_bg_color = p.card;
    v.window_stroke = Stroke::new(BUTTON_STROKE, p.button_border);
    v.selection.bg_fill = p.focus;
    v.selection.stroke = Stroke::new(FOCUS_STROKE, p.focus);
    let radius = CornerRadius::same(CORNER);
    let widget = |fill, border: Stroke, text| egui::style::WidgetVisuals {
        bg_fill: fill,
        weak_bg_fill: fill,
        bg_stroke: border,
        corner_radius: radius,
        fg_stroke: Stroke::new(BUTTON_STROKE, text),
        expansion: 0.0,
    };
    let border = Stroke::new(BUTTON_STROKE, p.button_border);
    let focus = Stroke::new(FOCUS_STROKE, p.focus);
    v.widgets.noninteractive = widget(p.background, Stroke::NONE, p.text);
    v.widgets.inactive = widget(p.button, border, p.button_text);
    v.widgets.hovered = widget(p.button, border, p.button_text);
    v.widgets.active = widget(p.button, focus, p.button_text);
    v.widgets.open = widget(p.button, focus, p.button_text);
    v
}

/// Installs the tokens for both of egui's themes (the kiosk chooses its own,
/// whatever the desktop prefers), and into `ui` for the pass under way.
/// Builds egui's style only when the tokens changed (a new text size or
/// theme), not every frame.
pub fn install(ui: &mut egui::Ui, tokens: &Style) {
    let ctx = ui.ctx().clone();
    let id = egui::Id::unique("kiosk-installed-tokens");
    let installed = ctx.data(|d| d.get_temp::<Style>(id));
    if installed.as_ref() != Some(tokens) {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let wanted = egui_style(tokens, &ctx.style_of(theme));
            ctx.set_style_of(theme, wanted);
        }
        ctx.data_mut(|d| d.insert_temp(id, *tokens));
        ui.set_style(ctx.global_style());
    }
}
