//! Content a bank can stand behind: sample phone numbers never reach a lobby
//! screen, numbers are written once (in the phone book), and the plain-language
//! rules are checked with file:line:column.

mod support;

use std::path::Path;
use std::process::Command;

use egui_kittest::Harness;
use kiosk::app::KioskApp;
use kiosk::content;
use kiosk::kiosk::{Intent, RightsPart, Screen};
use support::*;

const SAMPLE_NUMBERS: [&str; 2] = ["400-800-9558", "023-63661919"];

/// Every page of every customer screen, in this session's language.
fn every_page(h: &mut Harness<'static, KioskApp>, mut each: impl FnMut(&Harness<'static, KioskApp>, &Screen)) {
    let content = content::load(&kiosk::paths::content_dir(), &kiosk::paths::ui_languages()).content.expect("loads");
    let mut screens = vec![Screen::FraudList, Screen::FacilityList, Screen::RightsMenu];
    screens.extend(content.fraud.topics.iter().map(|t| Screen::Topic(t.id.value.clone())));
    screens.extend(content.facilities.facilities.iter().map(|f| Screen::Facility(f.id.value.clone())));
    for part in RightsPart::ALL {
        screens.push(Screen::Rights(part));
    }
    for screen in screens {
        apply(h, Intent::Home);
        apply(h, Intent::Open(screen.clone()));
        for page in 0..h.state().last_pages() {
            if page > 0 {
                apply(h, Intent::NextPage);
            }
            each(h, &screen);
        }
    }
}

#[test]
fn a_sample_number_never_reaches_a_lobby_screen() {
    let mut cfg = config();
    cfg.kiosk_mode = true;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    let mut pages = 0;
    let mut police_seen = false;
    every_page(&mut h, |h, screen| {
        pages += 1;
        for number in SAMPLE_NUMBERS {
            assert!(!shows_containing(h, number), "{screen:?} shows the sample number {number}");
        }
        police_seen |= shows(h, "110");
    });
    assert!(pages > 50, "walked {pages} pages");
    assert!(police_seen, "real numbers are shown");
}

#[test]
fn staff_are_told_which_numbers_are_still_samples() {
    let mut cfg = config();
    cfg.kiosk_mode = true;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    apply(&mut h, Intent::Open(Screen::Staff));
    assert!(shows_containing(&h, "这些电话还是示例号码，顾客看不到：bank, mediation。"));
}

#[test]
fn the_demo_shows_a_sample_number_marked_as_one() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Intent::Open(Screen::Rights(RightsPart::Steps)));
    assert!(shows_on_some_page(&mut h, "400-800-9558", "下一页"));
    assert!(shows_containing(&h, "示例号码，请勿拨打。"), "marked as a sample");
}

#[test]
fn a_phone_id_in_text_shows_the_number_from_the_phone_book() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Intent::Open(Screen::Topic("fake-police".into())));
    // fraud.toml says "挂掉电话，自己打 {police} 问清楚。"
    assert!(shows_on_some_page(&mut h, "挂掉电话，自己打 110 问清楚。", "下一页"));
}

fn replace(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{from} is in {file}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn problems(dir: &Path) -> Vec<String> {
    content::load(dir, &kiosk::paths::ui_languages()).diagnostics.iter().map(ToString::to_string).collect()
}

#[test]
fn copy_rules_warn_with_file_line_and_column() {
    let dir = content_copy();
    // A long sentence, a number written into the text, a phone id that does not exist.
    replace(
        dir.path(),
        "fraud.toml",
        "signs = [\"对方说您的账户或社保卡“有问题”。\"",
        "signs = [\"对方打电话说您的账户和社保卡都有问题所以必须马上配合他们把全部存款转到指定账户里\"",
    );
    replace(dir.path(), "fraud.toml", "挂掉电话，自己打 {police} 问清楚。", "挂掉电话，自己打 110 问清楚。");
    replace(dir.path(), "fraud.toml", "Hang up and call {police} yourself.", "Hang up and call {polise} yourself.");
    replace(
        dir.path(),
        "facilities.toml",
        "Just take a pair. Put it back when done.",
        "You can just take a pair of glasses from the counter and you do not need to ask anyone at all before you do.",
    );
    let found = problems(dir.path());
    let expected = [
        "fraud.toml:60:10: warning: a sentence of 40 Chinese characters is hard to read at once (at most 30)",
        "fraud.toml:78:39: warning: the phone number 110 is written here; numbers belong in branch.toml",
        "fraud.toml:82:76: error: {polise} names no phone in branch.toml — did you mean `police`?",
        "facilities.toml:17:7: warning: a sentence of 24 words is hard to read at once (at most 20)",
    ];
    for e in expected {
        assert!(found.iter().any(|p| p.starts_with(e)), "expected {e}\nfound:\n{}", found.join("\n"));
    }
}

#[test]
fn an_item_missing_an_offered_language_is_reported() {
    let dir = content_copy();
    replace(
        dir.path(),
        "facilities.toml",
        "[facility.text.zh-HK]\nname = \"放大鏡\"\nwhere = \"每個櫃位上，和老花眼鏡放在一起。\"\nask = \"直接拿來用，看不清就請職員幫忙讀。\"\n",
        "",
    );
    let found = problems(dir.path());
    assert!(
        found.iter().any(|p| p.starts_with(
            "facilities.toml:24:6: warning: facility \"magnifier\" has no zh-HK translation; Chinese is shown instead"
        )),
        "{found:#?}"
    );
}

#[test]
fn check_for_a_lobby_kiosk_refuses_sample_numbers() {
    let kiosk = env!("CARGO_BIN_EXE_kiosk");
    let bundled = kiosk::paths::content_dir();
    let demo = Command::new(kiosk).arg("check").arg(&bundled).output().expect("runs");
    assert_eq!(demo.status.code(), Some(0), "the demo may use sample numbers");
    let out = Command::new(kiosk).args(["check", "--kiosk"]).arg(&bundled).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "branch.toml:56:10: error: \"400-800-9558\" (bank) is a sample number; a lobby kiosk must not show it"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("(mediation) is a sample number"), "{stdout}");
}
