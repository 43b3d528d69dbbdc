//! The CPU renderer draws what the GPU renderers draw: the same screens through
//! wgpu (Mesa lavapipe, as the snapshots are) and through `kiosk::render`, pixel
//! by pixel. Text, pictures, rounded corners and the highlight of a pressed
//! button are all in these screens.

mod support;

use kiosk::kiosk::Press;
use kiosk::ui::sections::{facilities, fraud, rights::RightsPart};
use support::*;

/// Largest difference of one colour channel (0–255) anywhere on the screen, and
/// how many pixels differ by more than 2 levels (anti-aliasing of edges).
fn difference(a: &image::RgbaImage, b: &image::RgbaImage) -> (u8, usize) {
    assert_eq!(a.dimensions(), b.dimensions());
    let per_pixel = a.pixels().zip(b.pixels()).map(|(p, q)| (0..3).map(|i| p[i].abs_diff(q[i])).max().unwrap_or(0));
    per_pixel.fold((0, 0), |(max, over), d| (max.max(d), over + usize::from(d > 2)))
}

fn both(size: egui::Vec2, msgs: &[Press]) -> (image::RgbaImage, image::RgbaImage) {
    let mut gpu = harness_with(size, config(), true);
    let mut cpu = cpu_harness_with(size, config());
    for h in [&mut gpu, &mut cpu] {
        for msg in msgs {
            apply(h, msg.clone());
        }
    }
    (gpu.render().expect("wgpu renders"), cpu.render().expect("the CPU renderer renders"))
}

#[test]
fn cpu_and_gpu_draw_the_same_screens() {
    let topic = Press::Open(fraud::topic("safe-account"));
    let cases: [(&str, egui::Vec2, Vec<Press>); 5] = [
        ("home", LANDSCAPE, vec![]),
        ("scam, largest text", LANDSCAPE, vec![Press::NextTextSize, Press::NextTextSize, topic]),
        ("facility with its picture", LANDSCAPE, vec![Press::Open(facilities::facility("wheelchair"))]),
        (
            "complaint steps in English",
            PORTRAIT,
            vec![Press::SetLanguage("en-US".into()), Press::Open(RightsPart::Steps.screen())],
        ),
        ("sound panel over the dark theme", SMALL, vec![Press::ToggleTheme, Press::ToggleSoundPanel]),
    ];
    let mut wrong = Vec::new();
    for (name, size, msgs) in &cases {
        let (gpu, cpu) = both(*size, msgs);
        let (max, over) = difference(&gpu, &cpu);
        eprintln!("{name}: max {max}, {over} pixels over 2");
        // Budget, as the README says: no pixel more than 2 levels of 255 apart.
        if max > 2 {
            cpu.save(format!("target/cpu-{}.png", name.replace(' ', "-"))).ok();
            gpu.save(format!("target/gpu-{}.png", name.replace(' ', "-"))).ok();
            wrong.push(format!("{name}: max {max}, {over} pixels over 2 (images in target/)"));
        }
    }
    assert!(wrong.is_empty(), "the renderers differ: {wrong:#?}");
}
