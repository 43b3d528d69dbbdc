//! Renders every screen at every size, theme, language and resolution into PNGs
//! for a person to look at: `cargo run --example screenshots -- /tmp/shots`.
//! (Software rendering through wgpu on Mesa; no GPU or X server needed.)
//! 1366×768 is drawn as a 21.5-inch panel, where sizes follow millimetres.

#[path = "../tests/support/mod.rs"]
mod support;

use kiosk::kiosk::{Msg, Press, Screen};
use kiosk::ui::sections::{
    facilities, fraud,
    rights::{self, RightsPart},
    transfer_check,
};
use support::*;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "screenshots".into());
    let only = std::env::args().nth(2).unwrap_or_default();
    if out.starts_with('-') {
        // A flag is not a folder: "--help" once filled a folder of that name.
        eprintln!("usage: cargo run --example screenshots -- [OUTPUT-FOLDER] [NAME-FILTER]");
        std::process::exit(2);
    }
    std::fs::create_dir_all(&out).expect("output folder");
    let screens: Vec<(&str, Vec<Msg>)> = vec![
        ("home", vec![]),
        ("fraud", msgs![Press::Open(Screen::List(fraud::ID))]),
        ("topic", msgs![Press::Open(Screen::List(fraud::ID)), Press::Open(fraud::topic("safe-account"))]),
        ("facilities", msgs![Press::Open(Screen::List(facilities::ID))]),
        ("facility", msgs![Press::Open(Screen::List(facilities::ID)), Press::Open(facilities::facility("glasses"))]),
        ("rights", msgs![Press::Open(Screen::List(rights::ID))]),
        ("steps", msgs![Press::Open(Screen::List(rights::ID)), Press::Open(RightsPart::Steps.screen())]),
        (
            "steps_page2",
            msgs![Press::Open(Screen::List(rights::ID)), Press::Open(RightsPart::Steps.screen()), Press::NextPage],
        ),
        (
            "steps_page3",
            msgs![
                Press::Open(Screen::List(rights::ID)),
                Press::Open(RightsPart::Steps.screen()),
                Press::NextPage,
                Press::NextPage,
            ],
        ),
        ("eight", msgs![Press::Open(Screen::List(rights::ID)), Press::Open(RightsPart::EightRights.screen())]),
        ("warning", msgs![Press::Open(Screen::List(rights::ID)), Press::Open(RightsPart::Warning.screen())]),
        ("selfcheck", msgs![Press::StartSelfCheck { situations: 14 }]),
        ("selfcheck_answer", msgs![Press::StartSelfCheck { situations: 14 }, Press::Answer(false)]),
        // The sound row open under a scam page.
        (
            "sound",
            msgs![
                Press::Open(Screen::List(fraud::ID)),
                Press::Open(fraud::topic("safe-account")),
                Press::ToggleSoundPanel,
            ],
        ),
        ("staff", msgs![Press::CallStaff]),
        ("staff_reason", msgs![Press::CallStaff, Press::CallStaffBecause(kiosk::kiosk::Reason::CannotHear)]),
        ("transfer_q1", msgs![Press::Open(Screen::List(transfer_check::ID))]),
        ("transfer_q2", msgs![Press::Open(transfer_check::item("safe-account-or-secret"))]),
        (
            "transfer_stop",
            msgs![Press::RedFlag { flag: "on-the-phone".into(), stop: transfer_check::item(transfer_check::STOP) }],
        ),
        ("transfer_clear", msgs![Press::Open(transfer_check::item(transfer_check::ALL_CLEAR))]),
        // Back and forth three times: the kiosk offers help.
        (
            "offer_help",
            msgs![
                Press::Open(Screen::List(fraud::ID)),
                Press::Back,
                Press::Open(Screen::List(fraud::ID)),
                Press::Back,
                Press::Open(Screen::List(fraud::ID)),
                Press::Back,
                Press::Open(Screen::List(fraud::ID)),
                Press::Back,
            ],
        ),
        // The idle poster: each slogan in turn (taken once faded in).
        ("poster0", vec![]),
        ("poster1", vec![]),
        ("poster2", vec![]),
        ("poster3", vec![]),
        // Read aloud: the item being read is framed.
        (
            "reading",
            msgs![Press::Open(Screen::List(facilities::ID)), Press::Open(facilities::facility("glasses")), Press::Read],
        ),
        // Speech mode: the keypad focus (keys pressed below).
        ("keypad", msgs![Press::Open(Screen::List(fraud::ID))]),
        // Staff only: the PIN pad and the panel, opened the staff way below
        // (five quick taps on the hidden corner; the panel as after a good PIN).
        ("pinpad", vec![]),
        ("panel", vec![]),
        ("panel_settings", vec![]),
        // Staff came to a possible scam: the panel confirms the call is answered.
        (
            "panel_answered",
            msgs![
                Press::Open(Screen::List(transfer_check::ID)),
                Press::RedFlag { flag: "on-the-phone".into(), stop: transfer_check::item(transfer_check::STOP) },
            ],
        ),
    ];
    for (res_name, res) in [("1920x1080", LANDSCAPE), ("1080x1920", PORTRAIT), ("1366x768", SMALL)] {
        for (lang, lang_msg) in [
            ("zh", None),
            ("en", Some(Press::SetLanguage("en-US".into()))),
            ("hk", Some(Press::SetLanguage("zh-HK".into()))),
        ] {
            for size in 0..3 {
                for theme in 0..2 {
                    for (name, msgs) in &screens {
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
                            apply(&mut h, Press::NextTextSize);
                        }
                        if theme == 1 {
                            apply(&mut h, Press::ToggleTheme);
                        }
                        if let Some(i) = &lang_msg {
                            apply(&mut h, i.clone());
                        }
                        for i in msgs {
                            apply(&mut h, i.clone());
                        }
                        match *name {
                            "pinpad" => open_pin_pad(&mut h),
                            "panel" | "panel_answered" => open_staff_panel(&mut h),
                            "panel_settings" => {
                                open_staff_panel(&mut h);
                                apply(&mut h, Press::NextPage);
                            }
                            poster if poster.starts_with("poster") => {
                                let want: usize = poster["poster".len()..].parse().unwrap_or(0);
                                // A visit in another language or size first ends (the
                                // poster is always in the branch's default language).
                                while !h.state().session().attract {
                                    pass_time(&mut h, 30.0);
                                }
                                let policy = kiosk::kiosk::IdlePolicy::default();
                                let slogans = h
                                    .state()
                                    .content()
                                    .part::<kiosk::content::FraudFile>()
                                    .map_or(0, |f| f.slogans.len())
                                    .max(1);
                                let shown = |(slot, fade): (usize, f32)| (slot % slogans, fade);
                                while shown(policy.poster(h.state().clock().now())) != (want, 1.0) {
                                    pass_time(&mut h, 0.5);
                                }
                            }
                            _ => {}
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
