//! Reference images of home and one page of each section, at the standard and
//! the largest text size, rendered in software (wgpu on Mesa lavapipe, no GPU),
//! and one screen drawn alone from fixture content through `ui::preview`.
//! Regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` on Debian 12.

mod support;

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions, SnapshotResults};
use kiosk::i18n::I18n;
use kiosk::kiosk::{Press, Screen, Shown};
use kiosk::ui::preview::Preview;
use kiosk::ui::sections::{
    facilities, fraud,
    rights::{self, RightsPart},
};
use support::*;

fn options() -> SnapshotOptions {
    // Rendered by the same Mesa as CI: a changed glyph, even one CJK word, is
    // hundreds of pixels; a few may differ by anti-aliasing alone.
    SnapshotOptions::new().threshold(2.0).max_failed_pixels(9)
}

#[test]
fn home_and_each_section_at_standard_and_largest_size() {
    let hong_kong = Press::SetLanguage("zh-HK".into());
    let cases: [(&str, Vec<Press>); 5] = [
        ("home", vec![]),
        ("fraud-topic", vec![Press::Open(Screen::List(fraud::ID)), Press::Open(fraud::topic("safe-account"))]),
        ("facility", vec![Press::Open(Screen::List(facilities::ID)), Press::Open(facilities::facility("wheelchair"))]),
        ("rights-steps", vec![Press::Open(Screen::List(rights::ID)), Press::Open(RightsPart::Steps.screen())]),
        // Hong Kong's Traditional Chinese, drawn in the Hong Kong face of Noto Sans CJK.
        ("zh-hk-topic", vec![hong_kong, Press::Open(fraud::topic("ai-clone"))]),
    ];
    // Every snapshot is taken; the failures are reported together at the end.
    let mut results = SnapshotResults::new();
    for (size_name, taps) in [("standard", 0), ("extra-large", 2)] {
        for (name, msgs) in &cases {
            let mut h = harness_with(LANDSCAPE, config(), true);
            for _ in 0..taps {
                apply(&mut h, Press::NextTextSize);
            }
            for msg in msgs {
                apply(&mut h, msg.clone());
            }
            results.add(h.try_snapshot_options(format!("{name}-{size_name}"), &options()));
        }
    }
}

#[test]
fn one_screen_drawn_alone_from_fixture_content() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let loaded = kiosk::content::load(&fixture, &kiosk::paths::ui_languages());
    let content = loaded.content.expect("the fixture content is valid");
    let i18n = I18n::load(&kiosk::paths::locales_dir());
    let preview = Preview::new(content, i18n, "zh-CN", fraud::topic("safe-account"));
    let fonts = kiosk::app::system_fonts();
    let mut h = Harness::builder()
        .with_size(LANDSCAPE)
        .with_context_setup(move |ctx| ctx.set_fonts(kiosk::ui::fonts::definitions(&fonts, "zh-CN")))
        .wgpu()
        .build_ui_state(|ui, preview: &mut Preview| preview.ui(ui), preview);
    h.run();
    let shown = h.state().shown.clone().expect("drawn");
    assert_eq!(shown.shown, Shown::Screen(fraud::topic("safe-account")));
    assert!(shows(&h, "安全账户"), "the fixture's title is on screen");
    h.get_by_role_and_label(egui::accesskit::Role::Button, "返回").click();
    h.run();
    assert!(h.state().taps.contains(&Press::Back.into()), "a tap on 返回 asks to go back: {:?}", h.state().taps);
    let mut results = SnapshotResults::new();
    results.add(h.try_snapshot_options("preview-fixture-topic", &options()));
}
