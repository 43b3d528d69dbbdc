//! Content a bank can stand behind: sample phone numbers never reach a lobby
//! screen, numbers are written once (in the phone book), and the plain-language
//! rules are checked with file:line:column.

mod support;

use std::path::Path;
use std::process::Command;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kiosk::app::KioskApp;
use kiosk::content;
use kiosk::kiosk::{Press, Screen};
use kiosk::ui::sections::{facilities, fraud, rights::RightsPart};
use support::*;

const SAMPLE_NUMBERS: [&str; 2] = ["400-800-9558", "023-63661919"];

/// Every page of every customer screen, in this session's language.
fn every_page(h: &mut Harness<'static, KioskApp>, mut each: impl FnMut(&mut Harness<'static, KioskApp>, &Screen)) {
    let content = content::load(&kiosk::paths::content_dir(), &kiosk::paths::ui_languages()).content.expect("loads");
    for screen in kiosk::ui::catalogue::customer_screens(&content) {
        apply(h, Press::Home);
        apply(h, Press::Open(screen.clone()));
        for page in 0..h.state().last_pages() {
            if page > 0 {
                apply(h, Press::NextPage);
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
    open_staff_panel(&mut h);
    assert!(shows_containing(&h, "这些电话还是示例号码，顾客看不到：bank, mediation。"));
    assert!(shows_containing(&h, "项设施还是演示用的示例，顾客看不到：glasses, magnifier,"), "and which facilities");
}

#[test]
fn the_demo_shows_a_sample_number_marked_as_one() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Press::Open(RightsPart::Steps.screen()));
    assert!(shows_on_some_page(&mut h, "400-800-9558", "下一页"));
    assert!(shows_containing(&h, "示例号码，请勿拨打。"), "marked as a sample");
}

#[test]
fn a_phone_id_in_text_shows_the_number_from_the_phone_book() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Press::Open(fraud::topic("fake-police")));
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
    let at = |file: &str, needle: &str| line_of(dir.path(), file, needle);
    let expected = [
        format!(
            "fraud.toml:{}:10: warning: a sentence of 40 Chinese characters is hard to read at once (at most 30)",
            at("fraud.toml", "对方打电话说您的账户和社保卡")
        ),
        format!(
            "fraud.toml:{}:39: warning: the phone number 110 is written here; numbers belong in branch.toml",
            at("fraud.toml", "自己打 110 问清楚")
        ),
        format!(
            "fraud.toml:{}:88: error: {{polise}} names no phone in branch.toml — did you mean `police`?",
            at("fraud.toml", "{polise}")
        ),
        format!(
            "facilities.toml:{}:7: warning: a sentence of 24 words is hard to read at once (at most 20)",
            at("facilities.toml", "You can just take a pair of glasses")
        ),
    ];
    for e in expected {
        assert!(found.iter().any(|p| p.starts_with(&e)), "expected {e}\nfound:\n{}", found.join("\n"));
    }
}

/// The line (from 1) of `file` in `dir` where `needle` first stands.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).expect("read");
    text.lines().position(|l| l.contains(needle)).expect("in the file") + 1
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
    // Reported at the item's id.
    let line = line_of(dir.path(), "facilities.toml", "id = \"magnifier\"");
    let expected = format!(
        "facilities.toml:{line}:6: warning: facility \"magnifier\" has no zh-HK translation; Chinese is shown instead"
    );
    assert!(found.iter().any(|p| p.starts_with(&expected)), "{expected}\n{found:#?}");
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
    let line = line_of(&bundled, "branch.toml", "number = \"400-800-9558\"");
    let expected = format!(
        "branch.toml:{line}:10: error: \"400-800-9558\" (bank) is a sample number; a lobby kiosk must not show it"
    );
    assert!(stdout.contains(&expected), "{expected}\n{stdout}");
    assert!(stdout.contains("(mediation) is a sample number"), "{stdout}");
}

/// Labels drawn or exposed to a screen reader that hold a brace: a
/// `{phone-id}` that reached a customer unfilled.
fn raw_braces(h: &Harness<'static, KioskApp>, what: &str, out: &mut Vec<String>) {
    let drawn = h.state().last_audit().texts.iter().map(|(t, _, _)| ("drawn", t.clone())).collect::<Vec<_>>();
    let named = ["{", "}"]
        .into_iter()
        .flat_map(|b| {
            h.query_all_by_label_contains(b).map(|n| ("named", n.accesskit_node().label().unwrap_or_default()))
        })
        .collect::<Vec<_>>();
    for (kind, text) in drawn.into_iter().chain(named) {
        if text.contains('{') || text.contains('}') {
            out.push(format!("{what}: {kind} {text:?}"));
        }
    }
}

#[test]
fn no_screen_shows_names_or_says_a_raw_brace_in_any_language() {
    let slogans = content::load(&kiosk::paths::content_dir(), &[])
        .content
        .expect("loads")
        .part::<kiosk::content::FraudFile>()
        .map_or(0, |f| f.slogans.len());
    let mut problems = Vec::new();
    let mut pages = 0;
    for kiosk_mode in [false, true] {
        for lang in ["zh-CN", "en-US", "zh-HK"] {
            let (mut cfg, recorder) = config_with_speech();
            cfg.kiosk_mode = kiosk_mode;
            let mut h = harness_with(LANDSCAPE, cfg, false);
            apply(&mut h, Press::SetLanguage(lang.into()));
            every_page(&mut h, |h, screen| {
                pages += 1;
                // Read aloud, as the 朗读 button does: every item of the page is spoken.
                apply(h, Press::Read);
                raw_braces(h, &format!("{lang} lobby={kiosk_mode} {screen:?}"), &mut problems);
            });
            // The self-check, asked and answered.
            apply(&mut h, Press::Home);
            let situations = content::load(&kiosk::paths::content_dir(), &[])
                .content
                .map_or(0, |c| c.part::<kiosk::content::QuizFile>().map_or(0, |q| q.situations.len()));
            apply(&mut h, Press::StartSelfCheck { situations });
            for n in 0..situations {
                raw_braces(&h, &format!("{lang} self-check {n}"), &mut problems);
                apply(&mut h, Press::Answer(true));
                raw_braces(&h, &format!("{lang} self-check {n} answered"), &mut problems);
                apply(&mut h, Press::NextSituation);
            }
            // The idle screen, through every slogan.
            // Idle: the warning, the reset, then the attract screen.
            apply(&mut h, Press::Home);
            pass_time(&mut h, 95.0);
            pass_time(&mut h, 30.0);
            pass_time(&mut h, 61.0);
            assert!(h.state().session().attract, "the attract screen is up");
            for n in 0..slogans {
                raw_braces(&h, &format!("{lang} slogan {n}"), &mut problems);
                pass_time(&mut h, 8.0);
            }
            let spoken = heard(&recorder);
            assert!(spoken.len() > 100, "{lang}: pages were read aloud ({} strings)", spoken.len());
            for text in spoken.iter().filter(|t| t.contains('{') || t.contains('}')) {
                problems.push(format!("{lang} lobby={kiosk_mode}: spoken {text:?}"));
            }
        }
    }
    assert!(pages > 300, "walked {pages} pages");
    assert!(problems.is_empty(), "{} raw braces:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn a_sample_facility_never_reaches_a_lobby_screen() {
    let mut cfg = config();
    cfg.kiosk_mode = true;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    // Opening a sample directly (an old link, a stale focus) lands on the list instead.
    apply(&mut h, Press::Open(facilities::facility("glasses")));
    assert!(!shows_containing(&h, "老花镜"), "the sample's page is not shown");
    assert!(shows(&h, "便民设施"), "the facility list is shown instead");
    assert!(shows(&h, "残损币兑换和零钱"), "a facility that is not a sample is listed");
    every_page(&mut h, |h, screen| {
        for sample in ["老花镜", "爱心窗口", "自动体外除颤器（AED）", "示例）"] {
            assert!(!shows_containing(h, sample), "{screen:?} shows the sample {sample}");
        }
    });
}

#[test]
fn the_demo_tags_each_sample_facility() {
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Press::Open(Screen::List(facilities::ID)));
    assert!(has_button(&h, "老花镜（示例）"), "the list button carries the tag");
    tap(&mut h, "老花镜（示例）");
    assert!(shows(&h, "老花镜（示例）"), "the page title carries the tag");
    apply(&mut h, Press::SetLanguage("en-US".into()));
    assert!(shows(&h, "Reading glasses (sample)"));
    // A facility that is not a sample carries no tag.
    apply(&mut h, Press::Open(facilities::facility("damaged-notes")));
    assert!(shows(&h, "Damaged notes and small change"));
    assert!(!shows_containing(&h, "(sample)"));
}

#[test]
fn check_for_a_lobby_kiosk_refuses_sample_facilities_where_they_are_marked() {
    let kiosk = env!("CARGO_BIN_EXE_kiosk");
    let out = Command::new(kiosk).args(["check", "--kiosk"]).arg(kiosk::paths::content_dir()).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let text = std::fs::read_to_string(kiosk::paths::content_dir().join("facilities.toml")).expect("read");
    // The first facility's `sample = true`, found by the test itself.
    let line = text.lines().position(|l| l == "sample = true").expect("a sample") + 1;
    let expected = format!(
        "facilities.toml:{line}:10: error: facility \"glasses\" is a sample from the demo; a lobby kiosk must not show it"
    );
    assert!(stdout.contains(&expected), "{expected}\n{stdout}");
    assert_eq!(stdout.matches("is a sample from the demo").count(), text.matches("\nsample = true").count());
}

#[test]
fn a_replaced_sample_is_no_longer_refused() {
    let dir = content_copy();
    let path = dir.path().join("facilities.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("sample = true\n", "")).expect("write");
    let loaded = content::load_for(dir.path(), &kiosk::paths::ui_languages(), true);
    let samples: Vec<String> =
        loaded.diagnostics.iter().map(ToString::to_string).filter(|d| d.contains("sample from the demo")).collect();
    assert!(samples.is_empty(), "{samples:#?}");
}

#[test]
fn braces_that_cannot_show_a_number_are_refused_with_their_place() {
    let dir = content_copy();
    replace(dir.path(), "fraud.toml", "title = \"冒充公检法\"", "title = \"冒充公检法 {police\"");
    replace(dir.path(), "branch.toml", "name = \"报警电话\"", "name = \"报警电话 {anti-fraud}\"");
    let found = problems(dir.path());
    let fraud = std::fs::read_to_string(dir.path().join("fraud.toml")).expect("read");
    let line = fraud.lines().position(|l| l.contains("冒充公检法 {police")).expect("edited") + 1;
    let expected = [
        format!("fraud.toml:{line}:16: error: a brace `{{` or `}}` that is not around a phone id"),
        "error: a phone's name cannot hold a {phone-id}".to_owned(),
    ];
    for e in expected {
        assert!(found.iter().any(|p| p.contains(&e)), "expected {e}\nfound:\n{}", found.join("\n"));
    }
}

#[test]
fn words_to_avoid_are_warned_with_their_place_and_the_plain_word() {
    let dir = content_copy();
    replace(dir.path(), "fraud.toml", "“安全账户”骗局", "“安全账户”骗局，不受理");
    replace(dir.path(), "fraud.toml", "「安全戶口」騙局", "「安全賬戶」騙局");
    replace(dir.path(), "fraud.toml", "Hang up. Do not move any money.", "Tap no links. Hang up.");
    let found = problems(dir.path());
    let fraud = std::fs::read_to_string(dir.path().join("fraud.toml")).expect("read");
    let line_of = |needle: &str| fraud.lines().position(|l| l.contains(needle)).expect("edited") + 1;
    let expected = [
        format!(
            "fraud.toml:{}:20: warning: \"受理\" is on the list of words to avoid in zh-CN — write \"接手处理\" instead",
            line_of("骗局，不受理")
        ),
        format!(
            "fraud.toml:{}:13: warning: \"賬戶\" is on the list of words to avoid in zh-HK — write \"戶口\" instead",
            line_of("「安全賬戶」騙局")
        ),
        format!("fraud.toml:{}:", line_of("Tap no links. Hang up.")),
    ];
    for e in &expected {
        assert!(found.iter().any(|p| p.starts_with(e)), "expected {e}\nfound:\n{}", found.join("\n"));
    }
    assert!(found.iter().any(|p| p.contains("\"Tap no links\"") && p.contains("avoid in en-US")), "{found:#?}");
    // Staff extend the list: their own word is warned too.
    let terms = dir.path().join("avoid-terms.toml");
    let mut list = std::fs::read_to_string(&terms).expect("read");
    list = list.replacen("[zh-CN]\n", "[zh-CN]\n\"一分钱\" = \"任何钱\"\n", 1);
    std::fs::write(&terms, list).expect("write");
    assert!(
        problems(dir.path()).iter().any(|p| p.contains("\"一分钱\" is on the list")),
        "a staff-added word is checked"
    );
}

#[test]
fn the_bundled_content_and_screen_text_use_none_of_the_words_to_avoid() {
    let found = problems(&kiosk::paths::content_dir());
    let avoided: Vec<&String> = found.iter().filter(|p| p.contains("words to avoid")).collect();
    assert!(avoided.is_empty(), "{avoided:#?}");
    // The screen text in locales/ too, against the same list.
    let source = std::fs::read_to_string(kiosk::paths::content_dir().join("avoid-terms.toml")).expect("read");
    let list: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> =
        toml::from_str(&source).expect("parses");
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut bad = Vec::new();
    for (lang, terms) in &list {
        let ftl = std::fs::read_to_string(locales.join(lang).join("kiosk.ftl")).expect("locale");
        for (n, line) in ftl.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
            for term in terms.keys().filter(|t| line.contains(t.as_str())) {
                bad.push(format!("locales/{lang}/kiosk.ftl:{}: {term}", n + 1));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}
