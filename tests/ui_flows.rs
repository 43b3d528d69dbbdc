//! A customer at the kiosk: taps by accessible name, checks what is shown.

mod support;

use egui::{Event, PointerButton, Pos2, Role};
use egui_kittest::kittest::NodeT;
use egui_kittest::kittest::Queryable;
use kiosk::kiosk::{Screen, TextSize};
use kiosk::ui::sections::{facilities, fraud};
use support::*;

fn screen(h: &egui_kittest::Harness<'static, kiosk::app::KioskApp>) -> Screen {
    h.state().session().screen().clone()
}

#[test]
fn home_offers_three_sections_call_staff_and_languages() {
    let h = harness(LANDSCAPE);
    for label in
        ["防骗提醒", "便民设施", "投诉维权", "呼叫工作人员", "文字大小：标准", "换成高对比度", "English", "中文"]
    {
        assert!(has_button(&h, label), "home has the button {label}");
    }
    assert!(shows(&h, "您好！示例银行幸福路支行"));
    // Home has no back or home button: there is nowhere to go back to.
    assert!(!has_button(&h, "返回") && !has_button(&h, "首页"));
}

/// The words of a zh-CN locale line, read from the file itself.
fn zh_cn(id: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/zh-CN/kiosk.ftl");
    let text = std::fs::read_to_string(path).expect("zh-CN locale");
    let line = text.lines().find(|l| l.starts_with(&format!("{id} = "))).unwrap_or_else(|| panic!("no {id}"));
    line[id.len() + 3..].trim().to_owned()
}

/// Every declared section has its tile on home, and the tile opens the
/// section's first screen (the self-check its first situation).
#[test]
fn every_declared_section_has_a_home_tile_that_opens_it() {
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("bundled content");
    let sections = kiosk::ui::sections::SECTIONS;
    assert_eq!(sections.len(), 5, "transfer check, fraud, facilities, rights, self-check");
    let mut h = harness(LANDSCAPE);
    for section in sections {
        let label = zh_cn(section.label);
        tap(&mut h, &label);
        let expected = (section.screens)(&content).first().cloned();
        let now = screen(&h);
        match expected {
            Some(first) => assert_eq!(now, first, "{}: its tile {label}", section.id.key),
            None => assert!(matches!(now, Screen::SelfCheck { step: 0, .. }), "{}: {now:?}", section.id.key),
        }
        tap(&mut h, "首页");
    }
}

#[test]
fn walk_every_section_at_every_text_size() {
    for (level, size_label) in [(0, "文字大小：标准"), (1, "文字大小：大"), (2, "文字大小：特大")] {
        let mut h = harness(LANDSCAPE);
        for _ in 0..level {
            let current = h.state().session().text_size;
            let label = match current {
                TextSize::Standard => "文字大小：标准",
                TextSize::Large => "文字大小：大",
                TextSize::ExtraLarge => "文字大小：特大",
            };
            tap(&mut h, label);
        }
        assert!(has_button(&h, size_label), "level {level}");

        tap(&mut h, "防骗提醒");
        assert_eq!(screen(&h), Screen::List(fraud::ID));
        assert!(shows_on_some_page(&mut h, "“安全账户”骗局", "下一页"));
        tap(&mut h, "“安全账户”骗局");
        assert!(shows(&h, "怎么识别"));
        assert!(shows_on_some_page(&mut h, "对方说您的账户或社保卡“有问题”。", "下一页"));
        tap(&mut h, "返回");
        assert_eq!(screen(&h), Screen::List(fraud::ID));
        tap(&mut h, "首页");
        assert_eq!(screen(&h), Screen::Home);

        tap(&mut h, "便民设施");
        assert!(shows_on_some_page(&mut h, "轮椅（示例）", "下一页"));
        tap(&mut h, "轮椅（示例）");
        assert!(shows_on_some_page(&mut h, "在哪里", "下一页"));
        assert!(shows_on_some_page(&mut h, "放在大门内左侧。", "下一页"));
        tap(&mut h, "首页");

        tap(&mut h, "投诉维权");
        tap(&mut h, "您的八项权利");
        assert!(shows(&h, "1. 财产安全权"));
        assert!(shows_on_some_page(&mut h, "8. 信息安全权", "下一页"));
        tap(&mut h, "返回");
        tap(&mut h, "谨防“代理维权”");
        assert!(shows_on_some_page(&mut h, "向银行投诉，不收任何费用。", "下一页"));
        tap(&mut h, "首页");
        assert_eq!(screen(&h), Screen::Home);
    }
}

#[test]
fn long_pages_split_with_previous_and_next() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "投诉维权");
    tap(&mut h, "怎样投诉");
    let pages = h.state().last_pages();
    assert!(pages >= 2, "the complaint path needs more than one page");
    assert!(shows(&h, &format!("第 1 页，共 {pages} 页")));
    assert!(!has_button(&h, "上一页"), "no previous page on page 1");
    assert!(shows(&h, "先向银行投诉"), "step 1 comes first");
    tap(&mut h, "下一页");
    assert!(shows(&h, &format!("第 2 页，共 {pages} 页")));
    assert!(!shows(&h, "先向银行投诉"), "page 1 is gone");
    let mut last_step_seen = false;
    for _ in 2..pages {
        last_step_seen |= shows_containing(&h, "别错过时限");
        tap(&mut h, "下一页");
    }
    last_step_seen |= shows_containing(&h, "别错过时限");
    assert!(!has_button(&h, "下一页"), "no next page on the last page");
    assert!(last_step_seen, "the last step comes last");
    tap(&mut h, "上一页");
    assert!(shows(&h, &format!("第 {} 页，共 {pages} 页", pages - 1)));
}

#[test]
fn paging_adapts_to_text_size() {
    let pages_at = |taps: usize| {
        let mut h = harness(LANDSCAPE);
        for label in ["文字大小：标准", "文字大小：大"].iter().take(taps) {
            tap(&mut h, label);
        }
        tap(&mut h, "防骗提醒");
        h.state().last_pages()
    };
    let (standard, extra_large) = (pages_at(0), pages_at(2));
    assert!(extra_large > standard, "larger text, more pages ({standard} → {extra_large})");
}

#[test]
fn a_dialog_keeps_the_page_underneath() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "投诉维权");
    tap(&mut h, "怎样投诉");
    tap(&mut h, "下一页");
    tap(&mut h, "呼叫工作人员");
    tap(&mut h, "好的");
    assert_eq!(h.state().session().place().page, 1, "still on page 2");
    assert!(h.query_by_label_contains("第 2 页，共").is_some());
}

#[test]
fn call_staff_from_any_screen_shows_help_is_coming() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "呼叫工作人员");
    assert!(shows(&h, "工作人员马上就来"));
    assert!(!has_button(&h, "返回"), "nothing underneath can be pressed");
    tap(&mut h, "好的");
    assert_eq!(screen(&h), Screen::List(fraud::ID), "the customer is back where they were");
}

#[test]
fn idle_warning_counts_down_and_more_time_keeps_the_session() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "文字大小：标准");
    tap(&mut h, "防骗提醒");
    // The last tap was one second ago.
    pass_time(&mut h, 88.0);
    assert!(!shows(&h, "还需要更多时间吗？"));
    pass_time(&mut h, 1.5);
    assert!(shows(&h, "还需要更多时间吗？"));
    assert!(shows(&h, "30 秒后回到首页，文字大小和颜色也会还原。"));
    pass_time(&mut h, 10.0);
    assert!(shows(&h, "20 秒后回到首页，文字大小和颜色也会还原。"));
    tap(&mut h, "需要");
    assert!(!shows(&h, "还需要更多时间吗？"));
    assert_eq!(screen(&h), Screen::List(fraud::ID));
    assert_eq!(h.state().session().text_size, TextSize::Large);
}

#[test]
fn idle_reset_returns_home_with_defaults_then_attract_and_wake() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "文字大小：标准");
    tap(&mut h, "换成高对比度");
    tap(&mut h, "English");
    tap(&mut h, "Scam warnings");
    pass_time(&mut h, 121.0);
    let s = h.state().session();
    assert_eq!(s.screen(), &Screen::Home);
    assert!(s.is_pristine(), "size, theme and language are back to the defaults");
    assert!(has_button(&h, "防骗提醒"), "back in Chinese");

    pass_time(&mut h, 61.0);
    assert!(h.state().session().attract);
    assert!(shows(&h, "请轻触屏幕开始"));
    let slogans = [
        "三不一多",
        "没有“安全账户”",
        "拿不准，打 96110",
        "声音像，不一定是本人",
        "ATM 转账，24 小时内能撤回",
        "装上“国家反诈中心”App",
        "收到 12381 的短信，先别转钱",
        "云闪付“一键查卡”",
    ];
    assert!(slogans.iter().any(|s| shows(&h, s)), "a slogan, its phone id written as the number");

    // A tap right where "防骗提醒" will appear only wakes the kiosk.
    let target = button_center(&mut h, "防骗提醒");
    press_release(&mut h, target, target);
    pass_time(&mut h, 1.0);
    assert!(!h.state().session().attract);
    assert_eq!(screen(&h), Screen::Home, "the waking tap pressed nothing");
}

fn button_center(h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>, label: &str) -> Pos2 {
    // Find it on a fresh harness showing home: the layout is the same.
    let fresh = harness(LANDSCAPE);
    let _ = h;
    fresh.get_by_role_and_label(Role::Button, label).rect().center()
}

fn press_release(h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>, down: Pos2, up: Pos2) {
    let m = egui::Modifiers::NONE;
    h.event(Event::PointerMoved(down));
    h.event(Event::PointerButton { pos: down, button: PointerButton::Primary, pressed: true, modifiers: m });
    h.step();
    h.event(Event::PointerMoved(up));
    h.event(Event::PointerButton { pos: up, button: PointerButton::Primary, pressed: false, modifiers: m });
    h.run();
}

#[test]
fn a_tap_that_drifts_a_little_still_counts() {
    let mut h = harness(LANDSCAPE);
    let c = h.get_by_role_and_label(Role::Button, "便民设施").rect().center();
    press_release(&mut h, c, c + egui::vec2(14.0, 9.0));
    assert_eq!(screen(&h), Screen::List(facilities::ID));
}

#[test]
fn an_accidental_double_tap_acts_once() {
    let mut h = harness(LANDSCAPE);
    let c = h.get_by_role_and_label(Role::Button, "防骗提醒").rect().center();
    press_release(&mut h, c, c);
    assert_eq!(screen(&h), Screen::List(fraud::ID));
    // The second tap lands on whatever is now under the finger: a scam button.
    let under: Vec<String> = h
        .query_all_by_role(Role::Button)
        .filter(|b| b.rect().contains(c))
        .filter_map(|b| b.accesskit_node().label())
        .collect();
    assert!(!under.is_empty(), "a scam button is under the second tap");
    press_release(&mut h, c, c);
    assert_eq!(screen(&h), Screen::List(fraud::ID), "the second tap did not open {under:?}");
}

fn close_is_refused(kiosk_mode: bool) -> bool {
    let mut config = config();
    config.kiosk_mode = kiosk_mode;
    let mut h = harness_with(LANDSCAPE, config, false);
    let root = egui::ViewportId::ROOT;
    h.input_mut().viewports.entry(root).or_default().events.push(egui::ViewportEvent::Close);
    h.step();
    let out = &h.output().viewport_output[&root];
    out.commands.contains(&egui::ViewportCommand::CancelClose)
}

#[test]
fn lobby_kiosk_refuses_to_close_but_the_demo_window_closes() {
    assert!(close_is_refused(true), "customers cannot close the lobby kiosk");
    assert!(!close_is_refused(false), "the desktop demo closes normally");
}

#[test]
fn the_kiosk_works_without_any_speech_engine() {
    let mut cfg = config();
    cfg.speech = kiosk::speech::Speech::start(|| Err("no speech-dispatcher on this PC".into()));
    let mut h = harness_with(LANDSCAPE, cfg, false);
    tap(&mut h, "防骗提醒");
    assert_eq!(screen(&h), Screen::List(fraud::ID));
    // However slow the machine: wait (up to 20 s) for the engine to say it is not there.
    let settled = support::wait_for(std::time::Duration::from_secs(20), || {
        (!matches!(h.state().speech().status(), kiosk::speech::Status::Starting)).then_some(())
    });
    assert!(settled.is_some(), "the speech engine's start ended");
    assert_eq!(
        h.state().speech().status(),
        kiosk::speech::Status::Unavailable("no speech-dispatcher on this PC".into()),
        "the reason is kept for staff"
    );
    assert!(!shows(&h, "no speech-dispatcher on this PC"), "customers never see it");
    pass_time(&mut h, 1.0);
    assert!(!has_button(&h, "朗读") && !has_button(&h, "慢一点"), "no speech buttons that do nothing");
    tap(&mut h, "返回");
    assert_eq!(screen(&h), Screen::Home);
    // The keypad still moves the focus (for sighted keyboard users) without speech.
    h.key_press(egui::Key::Num8);
    h.run();
    assert!(h.state().session().speech_mode);
}

/// Steps frames until `done`, for up to 20 s; the caller asserts what it waited for.
fn wait_for(
    h: &mut egui_kittest::Harness<'static, kiosk::app::KioskApp>,
    done: impl Fn(&kiosk::app::KioskApp) -> bool,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        h.step();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn a_facility_shows_its_picture_and_a_broken_picture_shows_the_icon() {
    let dir = content_copy();
    let mut cfg = config();
    cfg.content_dir = dir.path().to_path_buf();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    tap(&mut h, "便民设施");
    tap(&mut h, "老花镜（示例）");
    wait_for(&mut h, |app| app.picture_shown("glasses"));
    assert!(h.state().picture_shown("glasses"), "decoded off the UI thread and shown");
    assert!(h.query_by_role_and_label(Role::Image, "老花镜（示例）").is_some(), "the picture has an accessible name");

    // The file is damaged after the content was checked and loaded: the page
    // still works, with the icon in the picture's place.
    let dir = content_copy();
    let mut cfg = config();
    cfg.content_dir = dir.path().to_path_buf();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    std::fs::write(dir.path().join("images/glasses.png"), b"not a picture").expect("write");
    tap(&mut h, "便民设施");
    tap(&mut h, "老花镜（示例）");
    wait_for(&mut h, |app| app.picture_problem("glasses").is_some());
    assert!(!h.state().picture_shown("glasses"));
    assert!(
        h.query_by_role_and_label(Role::Image, "老花镜（示例）").is_some(),
        "the icon stands in, with the same name"
    );
    assert!(shows(&h, "每个柜台上都有，度数从 100 度到 400 度。"));
}
