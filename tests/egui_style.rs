//! Any plain egui widget drawn in the kiosk follows its tokens: text at the
//! body size of the chosen level, touch targets of at least 96 px, and colours
//! of the chosen theme with 7:1 contrast — not egui's 14 px grey defaults.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kiosk::kiosk::{TextSize, ThemeKind};
use kiosk::ui::Style;
use kiosk::ui::theme::{TARGET_MIN, contrast_ratio};

fn drawn(level: TextSize, theme: ThemeKind) -> (Harness<'static>, Style) {
    let tokens = Style::new(level, theme);
    let harness = Harness::builder().with_size(egui::vec2(1200.0, 800.0)).build_ui(move |ui| {
        kiosk::ui::egui_style::install(ui, &tokens);
        ui.label("Plain label");
        let _ = ui.button("Plain button");
    });
    (harness, tokens)
}

#[test]
fn plain_egui_widgets_take_the_kiosk_sizes() {
    for level in TextSize::ALL {
        let (h, tokens) = drawn(level, ThemeKind::Calm);
        let label = h.get_by_label("Plain label").rect();
        let button = h.get_by_label("Plain button").rect();
        assert!(
            label.height() >= tokens.sizes.body,
            "{level:?}: a plain label is {} px high, body text is {} px",
            label.height(),
            tokens.sizes.body
        );
        assert!(tokens.sizes.body >= 40.0, "the rule: body text at least 40 px");
        assert!(button.height() >= TARGET_MIN && button.width() >= TARGET_MIN, "{level:?}: button {button:?}");
    }
}

#[test]
fn plain_egui_widgets_take_the_theme_colours() {
    for theme in [ThemeKind::Calm, ThemeKind::HighContrast] {
        let (h, tokens) = drawn(TextSize::Standard, theme);
        let style = h.ctx.global_style();
        let v = &style.visuals;
        let p = tokens.palette;
        assert_eq!(v.panel_fill, p.background, "{theme:?}: the page behind egui panels");
        let pairs = [
            ("text on the page", v.text_color(), v.panel_fill),
            ("button text on a button", v.widgets.inactive.text_color(), v.widgets.inactive.bg_fill),
            ("pressed button text", v.widgets.active.text_color(), v.widgets.active.bg_fill),
            ("window text", v.text_color(), v.window_fill),
        ];
        for (what, fg, bg) in pairs {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= 7.0, "{theme:?}: {what} is {ratio:.1}:1");
        }
    }
}
