//! Switching language at the kiosk, and content that is only half translated.

mod support;

use std::path::Path;

use egui_kittest::kittest::Queryable;
use kiosk::kiosk::Screen;
use support::*;

fn content_copy_with(change: impl Fn(&Path)) -> tempfile::TempDir {
    let dir = content_copy();
    change(dir.path());
    dir
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(dir.join(file)).expect("read");
    assert!(text.contains(from), "{file} has {from:?}");
    std::fs::write(dir.join(file), text.replacen(from, to, 1)).expect("write");
}

#[test]
fn one_tap_switches_every_screen_to_english_and_back() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "English");
    assert_eq!(h.state().session().screen(), &Screen::Home, "the screen stays");
    assert!(has_button(&h, "Scam warnings") && has_button(&h, "Call staff") && has_button(&h, "中文"));
    tap(&mut h, "Scam warnings");
    tap(&mut h, "The \"safe account\" trick");
    assert!(shows(&h, "How to spot it"));
    assert!(shows(&h, "A caller says your account has a problem."));
    tap(&mut h, "Home");
    tap(&mut h, "Your rights");
    tap(&mut h, "How to complain");
    assert!(shows_containing(&h, "A simple complaint: within 15 days"));
    assert!(h.query_by_label_contains("Page 1 of ").is_some(), "page numbers in English");
    tap(&mut h, "Home");
    tap(&mut h, "中文");
    assert!(has_button(&h, "防骗提醒") && has_button(&h, "呼叫工作人员"));
}

#[test]
fn an_item_without_english_shows_its_chinese_and_the_rest_stay_english() {
    let dir = content_copy_with(|d| {
        edit(
            d,
            "facilities.toml",
            "[facility.text.en-US]\nname = \"Wheelchair\"\nwhere = \"Just inside the main door, on the left.\"\nask = \"Ask our staff. They will bring it to you.\"\n",
            "",
        )
    });
    let mut cfg = config();
    cfg.content_dir = dir.path().to_path_buf();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    tap(&mut h, "English");
    tap(&mut h, "Facilities");
    assert!(has_button(&h, "轮椅 (sample)"), "the untranslated item is still there, in Chinese");
    assert!(has_button(&h, "Reading glasses (sample)"), "translated items stay English");
    tap(&mut h, "轮椅 (sample)");
    assert!(shows(&h, "Where it is"), "screen text stays English");
    assert!(shows(&h, "放在大门内左侧。"));
}

#[test]
fn hong_kong_readers_get_traditional_chinese_content_in_the_hong_kong_face() {
    let mut h = harness(LANDSCAPE);
    // Each language button is labelled in its own language and script.
    for label in ["中文", "English", "繁體中文"] {
        assert!(has_button(&h, label), "{label}");
    }
    tap(&mut h, "繁體中文");
    assert!(has_button(&h, "防騙提醒") && has_button(&h, "呼叫職員"));
    tap(&mut h, "投訴與權益");
    tap(&mut h, "怎樣投訴");
    assert!(shows(&h, "先向銀行投訴"), "the content itself is in Traditional Chinese");
    assert!(!shows(&h, "先向银行投诉"));
    assert!(h.query_by_label_contains("第 1 頁，共").is_some(), "page numbers in Traditional Chinese");
    assert!(has_button(&h, "下一頁"));
    // The glyphs are Hong Kong's: face 4 of Noto Sans CJK, not the Simplified face 2.
    let fonts = h.ctx.fonts(|f| f.definitions().font_data.get("cjk").map(|d| d.index));
    assert_eq!(fonts, Some(kiosk::ui::fonts::HONG_KONG_FACE));
    tap(&mut h, "首頁");
    tap(&mut h, "中文");
    let fonts = h.ctx.fonts(|f| f.definitions().font_data.get("cjk").map(|d| d.index));
    assert_eq!(fonts, Some(kiosk::ui::fonts::SIMPLIFIED_CHINESE_FACE), "back to the Simplified face");
}

#[test]
fn each_language_gets_its_own_chinese_face() {
    let files = kiosk::app::system_fonts();
    let face = |lang| kiosk::ui::fonts::definitions(&files, lang).font_data.get("cjk").map(|d| d.index);
    assert_eq!(face("zh-CN"), Some(2));
    assert_eq!(face("en-US"), Some(2), "English text with Chinese names stays Simplified");
    assert_eq!(face("zh-HK"), Some(4));
}

#[test]
fn speech_follows_the_language_shown() {
    let (cfg, recorder) = config_with_speech();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    assert_eq!(heard(&recorder), ["zh-CN: 您好！示例银行幸福路支行"]);
    recorder.clear();
    tap(&mut h, "English");
    tap(&mut h, "Scam warnings");
    // Each tap first stops what was being said ("stop"); then the new page speaks.
    let said: Vec<String> = heard(&recorder).into_iter().filter(|s| s != "stop").collect();
    assert_eq!(said[0], "en-US: Welcome to Demo Bank, Xingfu Road Branch");
    assert!(said[1].starts_with("en-US: Scam warnings. Page 1 of "), "{said:?}");
    recorder.clear();
    tap(&mut h, "Home");
    tap(&mut h, "中文");
    tap(&mut h, "防骗提醒");
    let said: Vec<String> = heard(&recorder).into_iter().filter(|s| s != "stop").collect();
    assert_eq!(said[1], "zh-CN: 您好！示例银行幸福路支行");
    // The list of scams takes three pages: the title and where you are are announced.
    assert_eq!(said[2], "zh-CN: 防骗提醒，第 1 页，共 3 页");
}
