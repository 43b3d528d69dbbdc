//! Reference images of home and one page of each section, at the standard and
//! the largest text size, rendered in software (wgpu on Mesa lavapipe, no GPU).
//! Regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` on Debian 12.

mod support;

use egui_kittest::SnapshotOptions;
use kiosk::kiosk::{Intent, RightsPart, Screen};
use support::*;

fn options() -> SnapshotOptions {
    // Small tolerance for anti-aliasing differences between Mesa builds.
    SnapshotOptions::new().threshold(2.0).max_failed_pixels(2_000)
}

#[test]
fn home_and_each_section_at_standard_and_largest_size() {
    let cases: [(&str, Vec<Intent>); 4] = [
        ("home", vec![]),
        ("fraud-topic", vec![Intent::Open(Screen::FraudList), Intent::Open(Screen::Topic("safe-account".into()))]),
        ("facility", vec![Intent::Open(Screen::FacilityList), Intent::Open(Screen::Facility("wheelchair".into()))]),
        ("rights-steps", vec![Intent::Open(Screen::RightsMenu), Intent::Open(Screen::Rights(RightsPart::Steps))]),
    ];
    let mut failures = Vec::new();
    for (size_name, taps) in [("standard", 0), ("extra-large", 2)] {
        for (name, intents) in &cases {
            let mut h = harness_with(LANDSCAPE, config(), true);
            for _ in 0..taps {
                apply(&mut h, Intent::NextTextSize);
            }
            for intent in intents {
                apply(&mut h, intent.clone());
            }
            if let Err(e) = h.try_snapshot_options(format!("{name}-{size_name}"), &options()) {
                failures.push(e.to_string());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
