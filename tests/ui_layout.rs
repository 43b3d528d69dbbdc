//! Every screen, every page, every text size, both languages, three resolutions:
//! no text outside its box or the screen, no overlapping text, every touch
//! target at least 96×96 px and 24 px from the next.

#[path = "ui_layout/budget.rs"]
mod super_budget;
mod support;

use egui::{Rect, Role, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kiosk::app::KioskApp;
use kiosk::kiosk::{Press, Screen};
use kiosk::ui::sections::fraud;
use kiosk::ui::sections::rights::RightsPart;
use support::*;

const TOLERANCE: f32 = 0.5;

fn all_screens() -> Vec<Screen> {
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("bundled content");
    // The staff screens too (empty counts, no problems: the sweep checks layout).
    let screens = kiosk::ui::catalogue::every_screen(&content);
    assert!(screens.len() > 20 && screens.contains(&RightsPart::Counter.screen()), "{screens:?}");
    screens
}

/// Leaving a staff screen starts a fresh visit: put language and size back.
fn restore(h: &mut Harness<'static, KioskApp>, lang: &str, level: usize) {
    if h.state().session().language != lang {
        apply(h, Press::SetLanguage(lang.into()));
    }
    while kiosk::kiosk::TextSize::ALL.iter().position(|l| *l == h.state().session().text_size) != Some(level) {
        apply(h, Press::NextTextSize);
    }
}

fn separation(a: Rect, b: Rect) -> f32 {
    let dx = (a.left() - b.right()).max(b.left() - a.right());
    let dy = (a.top() - b.bottom()).max(b.top() - a.bottom());
    dx.max(dy)
}

fn check_frame(h: &Harness<'static, KioskApp>, size: Vec2, what: &str, problems: &mut Vec<String>) {
    let screen = Rect::from_min_size(egui::Pos2::ZERO, size).expand(TOLERANCE);
    let audit = h.state().last_audit();
    for menu in &audit.cut_off {
        problems.push(format!("{what}: {menu:?} must be seen whole but does not fit"));
    }
    for text in &audit.orphans {
        problems.push(format!("{what}: {text:?} ends with one character alone on its last line"));
    }
    for (text, rect, bounds) in &audit.texts {
        if !bounds.expand(TOLERANCE).contains_rect(*rect) {
            problems.push(format!("{what}: text {text:?} at {rect:?} leaves its box {bounds:?}"));
        }
        if !screen.contains_rect(*rect) {
            problems.push(format!("{what}: text {text:?} at {rect:?} is off screen"));
        }
    }
    for (i, (a, ra, _)) in audit.texts.iter().enumerate() {
        for (b, rb, _) in &audit.texts[i + 1..] {
            if ra.shrink(TOLERANCE).intersects(rb.shrink(TOLERANCE)) {
                problems.push(format!("{what}: texts {a:?} and {b:?} overlap"));
            }
        }
    }
    for (i, (a, ra)) in audit.targets.iter().enumerate() {
        if ra.width() < 96.0 - TOLERANCE || ra.height() < 96.0 - TOLERANCE {
            problems.push(format!("{what}: button {a:?} is only {:?}", ra.size()));
        }
        for (b, rb) in &audit.targets[i + 1..] {
            if separation(*ra, *rb) < 24.0 - TOLERANCE {
                problems.push(format!("{what}: buttons {a:?} and {b:?} are closer than 24 px"));
            }
        }
    }
    // The same rule seen from the accessibility tree: every button there.
    for node in h.query_all_by_role(Role::Button) {
        let r = node.rect();
        let label = node.accesskit_node().label().unwrap_or_default();
        if r.width() < 96.0 - TOLERANCE || r.height() < 96.0 - TOLERANCE || !screen.contains_rect(r) {
            problems.push(format!("{what}: accessible button {label:?} at {r:?}"));
        }
    }
    if audit.targets.is_empty() && audit.texts.is_empty() {
        problems.push(format!("{what}: nothing drawn"));
    }
}

/// Where a sweep runs: a screen of `pixels`, on a panel of known diagonal
/// (sizes then follow millimetres) or of unknown size.
#[derive(Clone, Copy)]
struct Panel {
    pixels: Vec2,
    inches: Option<f32>,
}

impl Panel {
    fn plain(pixels: Vec2) -> Self {
        Self { pixels, inches: None }
    }

    fn lobby(pixels: Vec2) -> Self {
        Self { pixels, inches: Some(PANEL_INCHES) }
    }

    fn harness(self) -> Harness<'static, KioskApp> {
        match self.inches {
            Some(i) => harness_on_panel(self.pixels, i),
            None => harness(self.pixels),
        }
    }

    /// The screen in design pixels (what the layout sees).
    fn size(self) -> Vec2 {
        match self.inches {
            Some(i) => self.pixels / kiosk::ui::theme::physical_scale(i * 25.4, self.pixels),
            None => self.pixels,
        }
    }
}

fn sweep(size: Vec2, lang: &str) -> Vec<String> {
    sweep_panel(Panel::plain(size), lang)
}

fn sweep_panel(panel: Panel, lang: &str) -> Vec<String> {
    let size = panel.size();
    let mut problems = Vec::new();
    let screens = all_screens();
    for level in 0..3 {
        let mut h = panel.harness();
        if lang != "zh-CN" {
            apply(&mut h, Press::SetLanguage(lang.into()));
        }
        for _ in 0..level {
            apply(&mut h, Press::NextTextSize);
        }
        for screen in &screens {
            apply(&mut h, Press::Home);
            restore(&mut h, lang, level);
            if *screen != Screen::Home {
                apply(&mut h, Press::Open(screen.clone()));
            }
            let pages = h.state().last_pages();
            let what = format!("{:?} {lang} level {level} {screen:?}", panel.pixels);
            super_budget::check(&h, panel, level, screen, &what, &mut problems);
            for page in 0..pages {
                check_frame(&h, size, &format!("{what} page {}", page + 1), &mut problems);
                apply(&mut h, Press::NextPage);
            }
            // With the sound row open: still one bottom row, nothing cut off.
            apply(&mut h, Press::ToggleSoundPanel);
            check_frame(&h, size, &format!("{what} sound row"), &mut problems);
            super_budget::bars(&h, panel, &format!("{what} sound row"), &mut problems);
            apply(&mut h, Press::ToggleSoundPanel);
        }
        // The self-check: every situation, asked and answered.
        apply(&mut h, Press::Home);
        restore(&mut h, lang, level);
        let situations = kiosk::content::load(&kiosk::paths::content_dir(), &[])
            .content
            .map_or(0, |c| c.part::<kiosk::content::QuizFile>().map_or(0, |q| q.situations.len()));
        apply(&mut h, Press::StartSelfCheck { situations });
        for n in 0..situations {
            check_frame(&h, size, &format!("{size:?} {lang} level {level} self-check {n}"), &mut problems);
            apply(&mut h, Press::Answer(n % 2 == 0));
            check_frame(&h, size, &format!("{size:?} {lang} level {level} self-check {n} answered"), &mut problems);
            apply(&mut h, Press::NextSituation);
        }
        apply(&mut h, Press::Home);
        restore(&mut h, lang, level);
        // Somewhere other than home, so the idle warning has a visit to keep.
        apply(&mut h, Press::Open(Screen::List(fraud::ID)));
        // Back and forth three times: the offer of help.
        for _ in 0..4 {
            apply(&mut h, Press::Open(fraud::topic("safe-account")));
            apply(&mut h, Press::Back);
        }
        assert!(h.state().session().overlay.is_some(), "{size:?} {lang} level {level}: help is offered");
        check_frame(&h, size, &format!("{size:?} {lang} level {level} offer help"), &mut problems);
        apply(&mut h, Press::CloseOverlay);
        pass_time(&mut h, 95.0);
        let question = match lang {
            "zh-CN" => "还需要更多时间吗？",
            "zh-HK" => "還需要更多時間嗎？",
            _ => "Do you need more time?",
        };
        assert!(shows(&h, question));
        check_frame(&h, size, &format!("{size:?} {lang} level {level} idle warning"), &mut problems);
        apply(&mut h, Press::CallStaff);
        check_frame(&h, size, &format!("{size:?} {lang} level {level} call staff"), &mut problems);
        apply(&mut h, Press::CloseOverlay);
        // Waiting for staff keeps the visit longer; then the warning and the reset.
        pass_time(&mut h, kiosk::kiosk::IdlePolicy::default().staff_wait + 95.0);
        assert!(shows(&h, question));
        pass_time(&mut h, 30.0); // the session resets
        pass_time(&mut h, 61.0); // then the attract screen comes up
        assert!(h.state().session().attract);
        check_frame(&h, size, &format!("{size:?} {lang} level {level} attract"), &mut problems);
    }
    problems
}

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{} layout problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn landscape_1920x1080_chinese() {
    assert_clean(sweep(LANDSCAPE, "zh-CN"));
}

#[test]
fn landscape_1920x1080_english() {
    assert_clean(sweep(LANDSCAPE, "en-US"));
}

#[test]
fn portrait_1080x1920_chinese() {
    assert_clean(sweep(PORTRAIT, "zh-CN"));
}

#[test]
fn portrait_1080x1920_english() {
    assert_clean(sweep(PORTRAIT, "en-US"));
}

#[test]
fn small_1366x768_chinese() {
    assert_clean(sweep(SMALL, "zh-CN"));
}

#[test]
fn small_1366x768_english() {
    assert_clean(sweep(SMALL, "en-US"));
}

#[test]
fn small_1366x768_on_a_21_5_inch_panel_chinese() {
    assert_clean(sweep_panel(Panel::lobby(SMALL), "zh-CN"));
}

#[test]
fn small_1366x768_on_a_21_5_inch_panel_english() {
    assert_clean(sweep_panel(Panel::lobby(SMALL), "en-US"));
}

#[test]
fn text_sizes_meet_the_rules_at_1080p() {
    // Body ≥ 40 px, headings ≥ 60 px, largest body ≥ 2× the smallest, line ≥ 1.5.
    use kiosk::kiosk::TextSize;
    use kiosk::ui::theme::Sizes;
    let standard = Sizes::for_level(TextSize::Standard);
    let largest = Sizes::for_level(TextSize::ExtraLarge);
    assert!(standard.body >= 40.0 && standard.heading >= 60.0);
    assert!(largest.body >= 2.0 * standard.body);
    // Measured on screen: the body text of a scam page at standard size.
    let mut h = harness(LANDSCAPE);
    apply(&mut h, Press::Open(fraud::topic("safe-account")));
    let line = h.state().last_audit().texts.iter().find(|(t, _, _)| t == "世上没有“安全账户”。").map(|(_, r, _)| *r);
    let line = line.expect("the first 'what to do' line is on page 1");
    assert!(line.height() >= 40.0 * 1.5 - TOLERANCE, "one line with 1.5 line height: {line:?}");
}

#[test]
fn traditional_chinese_at_all_three_resolutions() {
    for size in RESOLUTIONS {
        assert_clean(sweep(size, "zh-HK"));
    }
}

#[test]
fn home_shows_every_choice_on_one_screen_at_every_size_and_resolution() {
    for size in RESOLUTIONS {
        for lang in ["zh-CN", "en-US", "zh-HK"] {
            for level in 0..3 {
                let mut h = harness(size);
                apply(&mut h, Press::SetLanguage(lang.into()));
                for _ in 0..level {
                    apply(&mut h, Press::NextTextSize);
                }
                let buttons = |on_page: bool| {
                    h.state().items().iter().filter(|i| i.on_page == on_page && i.msg.is_some()).count()
                };
                // Five sections, text size, colours, three languages.
                assert_eq!(buttons(true), 10, "{size:?} {lang} level {level}: home lost a choice");
                // Read aloud, sound and call staff.
                assert_eq!(buttons(false), 3, "{size:?} {lang} level {level}: a control is missing");
                assert!(has_button(&h, "English") && has_button(&h, "中文") && has_button(&h, "繁體中文"));
            }
        }
    }
}

#[test]
fn a_long_phone_name_at_the_largest_size_still_fits_its_page() {
    let dir = content_copy();
    let branch = dir.path().join("branch.toml");
    let text = std::fs::read_to_string(&branch).expect("read");
    // 40 columns: the longest name the content check allows.
    let long = "name = \"Consumer finance dispute mediation desk\"";
    std::fs::write(&branch, text.replacen("name = \"Mediation center\"", long, 1)).expect("write");
    let mut cfg = config();
    cfg.content_dir = dir.path().to_path_buf();
    let mut h = harness_with(SMALL, cfg, false);
    apply(&mut h, Press::SetLanguage("en-US".into()));
    apply(&mut h, Press::NextTextSize);
    apply(&mut h, Press::NextTextSize);
    apply(&mut h, Press::Open(RightsPart::Steps.screen()));
    let mut problems = Vec::new();
    let mut seen = false;
    for page in 0..h.state().last_pages() {
        if page > 0 {
            apply(&mut h, Press::NextPage);
        }
        seen |= shows(&h, "023-63661919");
        check_frame(&h, SMALL, &format!("steps page {page}"), &mut problems);
    }
    assert!(seen, "the number is on a page");
    assert_clean(problems);
}

#[test]
fn a_panel_of_known_size_is_zoomed_so_sizes_keep_their_millimetres() {
    // A 21.5-inch 1366×768 panel has bigger pixels than the reference: one
    // design pixel becomes 0.71 screen pixels, so 40 px text stays 9.9 mm.
    let mut cfg = config();
    cfg.monitor_diagonal_inches = Some(PANEL_INCHES);
    let mut h = harness_with(SMALL, cfg, false);
    h.run();
    let zoom = h.ctx.zoom_factor();
    assert!((zoom - 1366.0 / 1920.0).abs() < 0.01, "zoom {zoom}");
    // Unknown size: one design pixel is one screen pixel (never smaller).
    let h = harness(SMALL);
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

#[test]
fn staff_see_the_screen_size_and_how_to_set_it() {
    let mut h = harness(LANDSCAPE);
    open_staff_panel(&mut h);
    assert!(shows_containing(&h, "不知道屏幕尺寸，文字按像素显示。"), "unknown size: staff learn the setting");
    let mut cfg = config();
    cfg.monitor_diagonal_inches = Some(PANEL_INCHES);
    let mut h = harness_with(LANDSCAPE, cfg, false);
    open_staff_panel(&mut h);
    assert!(shows_containing(&h, "屏幕：21.5 英寸（显示器报告）"));
}

/// The heading rule, on what is drawn: at every text size a page title is
/// at least 60 px and bold, a heading inside the page is bold and at least
/// 1.15 × the body text, and the body text at least 40 px.
#[test]
fn titles_and_in_page_headings_are_drawn_as_the_rules_say() {
    for taps in 0..3 {
        let mut h = harness(LANDSCAPE);
        for _ in 0..taps {
            apply(&mut h, Press::NextTextSize);
        }
        apply(&mut h, Press::Open(Screen::List(fraud::ID)));
        apply(&mut h, Press::Open(fraud::topic("safe-account")));
        let fonts = h.state().last_audit().fonts.clone();
        let drawn = |text: &str| {
            fonts.iter().find(|(t, _, _)| t == text).map(|(_, size, bold)| (*size, *bold)).unwrap_or_else(|| {
                panic!(
                    "{text:?} is not drawn at size step {taps}: {:?}",
                    fonts.iter().map(|f| &f.0).collect::<Vec<_>>()
                )
            })
        };
        let (title, title_bold) = drawn("“安全账户”骗局");
        let (heading, heading_bold) = drawn("怎么识别");
        let (body, _) = drawn("对方说您的账户或社保卡“有问题”。");
        assert!(title >= 60.0 && title_bold, "step {taps}: title {title} px, bold {title_bold}");
        assert!(heading_bold && heading >= 1.15 * body - 0.01, "step {taps}: heading {heading} px on body {body} px");
        assert!(body >= 40.0, "step {taps}: body {body} px");
    }
}
