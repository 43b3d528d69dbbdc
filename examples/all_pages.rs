//! Every page of one screen as PNGs, for a person to look at:
//! `cargo run --example all_pages -- OUT 1920x1080 en-US 2 steps`
//! (screen: steps, eight, bring, warning, report, counter, selfcheck, or a scam or facility id).

#[path = "../tests/support/mod.rs"]
mod support;

use kiosk::kiosk::{Press, Screen};
use kiosk::ui::sections::{facilities, fraud, rights::RightsPart};
use support::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, out, res, lang, level, screen] = &args[..] else {
        eprintln!("usage: all_pages OUT WxH LANG LEVEL SCREEN");
        return;
    };
    let (w, h) = res.split_once('x').expect("WxH");
    let size = egui::vec2(w.parse().expect("width"), h.parse().expect("height"));
    let mut harness = harness_with(size, config(), true);
    apply(&mut harness, Press::SetLanguage(lang.clone()));
    for _ in 0..level.parse::<usize>().expect("level") {
        apply(&mut harness, Press::NextTextSize);
    }
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("content");
    let target = match screen.as_str() {
        "steps" => RightsPart::Steps.screen(),
        "eight" => RightsPart::EightRights.screen(),
        "bring" => RightsPart::Bring.screen(),
        "warning" => RightsPart::Warning.screen(),
        "report" => RightsPart::Report.screen(),
        "counter" => RightsPart::Counter.screen(),
        "fraud" => Screen::List(fraud::ID),
        "facilities" => Screen::List(facilities::ID),
        id if content.part::<kiosk::content::FraudFile>().and_then(|f| f.topic(id)).is_some() => fraud::topic(id),
        id => facilities::facility(id),
    };
    apply(&mut harness, Press::Open(target));
    std::fs::create_dir_all(out).expect("folder");
    for page in 0..harness.state().last_pages() {
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.run();
        let image = harness.render().expect("render");
        image.save(format!("{out}/{screen}-{res}-{lang}-s{level}-p{}.png", page + 1)).expect("save");
        println!("page {}: {:?}", page + 1, harness.state().last_audit().page_fill.get(page));
        apply(&mut harness, Press::NextPage);
    }
}
