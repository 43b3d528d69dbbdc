//! Renders every screen at every size, theme, language and resolution into PNGs
//! for a person to look at: `cargo run --example screenshots -- /tmp/shots`.
//! (Software rendering through wgpu on Mesa; no GPU or X server needed.)
//! 1366×768 is drawn as a 21.5-inch panel, where sizes follow millimetres.

#[path = "../tests/support/mod.rs"]
mod support;

use kiosk::kiosk::{Intent, RightsPart, Screen};
use support::*;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "screenshots".into());
    let only = std::env::args().nth(2).unwrap_or_default();
    std::fs::create_dir_all(&out).expect("output folder");
    let screens: Vec<(&str, Vec<Intent>)> = vec![
        ("home", vec![]),
        ("fraud", vec![Intent::Open(Screen::FraudList)]),
        ("topic", vec![Intent::Open(Screen::FraudList), Intent::Open(Screen::Topic("safe-account".into()))]),
        ("facilities", vec![Intent::Open(Screen::FacilityList)]),
        ("facility", vec![Intent::Open(Screen::FacilityList), Intent::Open(Screen::Facility("glasses".into()))]),
        ("rights", vec![Intent::Open(Screen::RightsMenu)]),
        ("steps", vec![Intent::Open(Screen::RightsMenu), Intent::Open(Screen::Rights(RightsPart::Steps))]),
        (
            "steps_page2",
            vec![Intent::Open(Screen::RightsMenu), Intent::Open(Screen::Rights(RightsPart::Steps)), Intent::NextPage],
        ),
        (
            "steps_page3",
            vec![
                Intent::Open(Screen::RightsMenu),
                Intent::Open(Screen::Rights(RightsPart::Steps)),
                Intent::NextPage,
                Intent::NextPage,
            ],
        ),
        ("eight", vec![Intent::Open(Screen::RightsMenu), Intent::Open(Screen::Rights(RightsPart::EightRights))]),
        ("warning", vec![Intent::Open(Screen::RightsMenu), Intent::Open(Screen::Rights(RightsPart::Warning))]),
        ("selfcheck", vec![Intent::StartSelfCheck { situations: 14 }]),
        ("selfcheck_answer", vec![Intent::StartSelfCheck { situations: 14 }, Intent::Answer(false)]),
        // The sound row open under a scam page.
        (
            "sound",
            vec![
                Intent::Open(Screen::FraudList),
                Intent::Open(Screen::Topic("safe-account".into())),
                Intent::ToggleSoundPanel,
            ],
        ),
        ("staff", vec![Intent::CallStaff]),
        // Read aloud: the item being read is framed.
        (
            "reading",
            vec![Intent::Open(Screen::FacilityList), Intent::Open(Screen::Facility("glasses".into())), Intent::Read],
        ),
        // Speech mode: the keypad focus (keys pressed below).
        ("keypad", vec![Intent::Open(Screen::FraudList)]),
        // Staff only: the PIN pad and the panel.
        // (Opened the staff way: five taps on the hidden corner; the panel as after a good PIN.)
        ("pinpad", vec![Intent::StaffTap; 5]),
        ("panel", [vec![Intent::StaffTap; 5], vec![Intent::StaffUnlocked]].concat()),
    ];
    for (res_name, res) in [("1920x1080", LANDSCAPE), ("1080x1920", PORTRAIT), ("1366x768", SMALL)] {
        for (lang, lang_intent) in [
            ("zh", None),
            ("en", Some(Intent::SetLanguage("en-US".into()))),
            ("hk", Some(Intent::SetLanguage("zh-HK".into()))),
        ] {
            for size in 0..3 {
                for theme in 0..2 {
                    for (name, intents) in &screens {
                        let file = format!("{out}/{name}-{res_name}-{lang}-s{size}-t{theme}.png");
                        if !file.contains(&only) {
                            continue;
                        }
                        // Reading needs an engine that is still talking when the picture is taken.
                        let engine = kiosk::speech::RecordingEngine::default();
                        let cfg = if *name == "reading" { config_with_engine(engine).0 } else { config() };
                        // 1366×768 as a 21.5-inch lobby panel: sizes in millimetres.
                        let mut h = if res == SMALL {
                            panel_harness(res, PANEL_INCHES, cfg, true)
                        } else {
                            harness_with(res, cfg, true)
                        };
                        for _ in 0..size {
                            apply(&mut h, Intent::NextTextSize);
                        }
                        if theme == 1 {
                            apply(&mut h, Intent::ToggleTheme);
                        }
                        if let Some(i) = &lang_intent {
                            apply(&mut h, i.clone());
                        }
                        for i in intents {
                            apply(&mut h, i.clone());
                        }
                        if *name == "keypad" {
                            for _ in 0..3 {
                                h.key_press(egui::Key::Num8);
                                h.run();
                            }
                        }
                        // Give pictures time to decode on their thread.
                        std::thread::sleep(std::time::Duration::from_millis(50));
                        h.run();
                        match h.render() {
                            Ok(image) => image.save(&file).expect("save png"),
                            Err(e) => eprintln!("{file}: {e}"),
                        }
                    }
                }
            }
        }
    }
}
