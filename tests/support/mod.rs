//! Builds the real app for kittest: bundled content, the system Chinese font, a
//! clock the test moves by hand.

#![allow(dead_code)]

use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kiosk::app::{AppConfig, KioskApp};
use kiosk::kiosk::{Clock, IdlePolicy, Msg, Observation, StaffMsg};
use kiosk::speech::{RecordingEngine, Speech};

pub const LANDSCAPE: Vec2 = Vec2::new(1920.0, 1080.0);
pub const PORTRAIT: Vec2 = Vec2::new(1080.0, 1920.0);
pub const SMALL: Vec2 = Vec2::new(1366.0, 768.0);
pub const RESOLUTIONS: [Vec2; 3] = [LANDSCAPE, PORTRAIT, SMALL];

pub fn config() -> AppConfig {
    config_with_speech().0
}

/// A config whose speech goes to a recorder that finishes each utterance at
/// once, with pages announced on opening.
pub fn config_with_speech() -> (AppConfig, RecordingEngine) {
    config_with_engine(RecordingEngine::finishing())
}

/// A config whose speech goes to this recorder (finishing, or finished by hand).
pub fn config_with_engine(recorder: RecordingEngine) -> (AppConfig, RecordingEngine) {
    let engine = recorder.clone();
    let config = AppConfig {
        clock: Clock::manual(),
        policy: IdlePolicy::default(),
        fonts: kiosk::app::system_fonts(),
        speech: Speech::inline(Box::new(engine)),
        auto_read: true,
        // Tests that watch files turn this on with a content copy of their own.
        watch_content: false,
        // Nothing written to this machine's settings; staff tests give their own.
        staff_files: None,
        ..AppConfig::bundled(false)
    };
    (config, recorder)
}

/// What the recorder heard (speech runs inline in tests: nothing to wait for).
pub fn heard(recorder: &RecordingEngine) -> Vec<String> {
    recorder.said()
}

pub fn harness(size: Vec2) -> Harness<'static, KioskApp> {
    harness_with(size, config(), false)
}

/// A 21.5-inch panel of `pixels`: the app sizes by millimetres, so the
/// harness works in design pixels (`pixels / scale`) drawn `scale` screen
/// pixels each, as eframe's zoom does on the real panel.
pub fn harness_on_panel(pixels: Vec2, inches: f32) -> Harness<'static, KioskApp> {
    panel_harness(pixels, inches, config(), false)
}

pub fn panel_harness(pixels: Vec2, inches: f32, mut config: AppConfig, render: bool) -> Harness<'static, KioskApp> {
    config.monitor_diagonal_inches = Some(inches);
    let scale = kiosk::ui::theme::physical_scale(inches * 25.4, pixels);
    build(pixels / scale, scale, config, render)
}

/// The lobby panel the issues measure on: 21.5 inches.
pub const PANEL_INCHES: f32 = 21.5;

pub fn harness_with(size: Vec2, config: AppConfig, render: bool) -> Harness<'static, KioskApp> {
    build(size, 1.0, config, render)
}

/// The same harness, drawn by the kiosk's CPU renderer instead of wgpu.
pub fn cpu_harness_with(size: Vec2, config: AppConfig) -> Harness<'static, KioskApp> {
    let builder = Harness::builder().with_size(size).with_max_steps(8).renderer(cpu::CpuTestRenderer::default());
    build_from(builder, config)
}

fn build(size: Vec2, scale: f32, config: AppConfig, render: bool) -> Harness<'static, KioskApp> {
    let builder = Harness::builder().with_size(size).with_pixels_per_point(scale).with_max_steps(8);
    build_from(if render { builder.wgpu() } else { builder }, config)
}

fn build_from(builder: egui_kittest::HarnessBuilder<KioskApp>, config: AppConfig) -> Harness<'static, KioskApp> {
    assert!(config.fonts.regular.is_some(), "tests need fonts-noto-cjk (run ./x test)");
    let mut harness =
        builder.build_eframe(move |cc| KioskApp::new(&cc.egui_ctx, config).expect("bundled content loads"));
    settle(&mut harness);
    harness
}

/// Runs frames until the app is settled: no repaint pending and nothing left
/// on its background worker (files written, PIN checked, content read).
pub fn settle(harness: &mut Harness<'static, KioskApp>) {
    harness.run();
    for _ in 0..2000 {
        if !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
        harness.run();
    }
    // The worker's last results are in; draw what they changed.
    harness.run();
}

/// Taps a button found by its accessible name, and lets time pass so the next
/// tap is not taken for an accidental double tap.
pub fn tap(harness: &mut Harness<'static, KioskApp>, label: &str) {
    harness.get_by_role_and_label(egui::accesskit::Role::Button, label).click();
    settle(harness);
    pass_time(harness, 1.0);
}

pub fn pass_time(harness: &mut Harness<'static, KioskApp>, seconds: f64) {
    harness.state().clock().advance(seconds);
    settle(harness);
}

/// A touch (press and release) at `at`, not aimed at any button.
pub fn touch_at(harness: &mut Harness<'static, KioskApp>, at: egui::Pos2) {
    let m = egui::Modifiers::NONE;
    harness.event(egui::Event::PointerMoved(at));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: m,
        });
    }
    harness.run();
}

/// Applies an msg directly (used to reach every screen in the layout sweep).
pub fn apply(harness: &mut Harness<'static, KioskApp>, msg: impl Into<Msg>) {
    harness.state().clock().advance(1.0);
    harness.state_mut().apply(msg);
    settle(harness);
}

/// True when some widget (text or button) carries exactly this label.
pub fn shows<T>(harness: &Harness<'_, T>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// True when some widget's label contains `text`.
pub fn shows_containing<T>(harness: &Harness<'_, T>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

pub fn has_button(harness: &Harness<'static, KioskApp>, label: &str) -> bool {
    harness.query_by_role_and_label(egui::accesskit::Role::Button, label).is_some()
}

/// True when `text` is on any page of the current screen (leaves the screen on
/// the page where it was found).
pub fn shows_on_some_page(harness: &mut Harness<'static, KioskApp>, text: &str, next_label: &str) -> bool {
    loop {
        if shows(harness, text) {
            return true;
        }
        if !has_button(harness, next_label) {
            return false;
        }
        tap(harness, next_label);
    }
}

/// A kiosk watching `content` for edits, with a customer reading the
/// "safe account" scam page (the page the edits change).
pub fn watching(content: &std::path::Path) -> Harness<'static, KioskApp> {
    let mut cfg = config();
    cfg.content_dir = content.to_path_buf();
    cfg.watch_content = true;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    apply(&mut h, kiosk::kiosk::Press::Open(kiosk::kiosk::Screen::List(kiosk::ui::sections::fraud::ID)));
    apply(&mut h, kiosk::kiosk::Press::Open(kiosk::ui::sections::fraud::topic("safe-account")));
    h
}

/// A private copy of the bundled content that a test may edit.
pub fn content_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp");
    let src = kiosk::paths::content_dir();
    for file in kiosk::content::files().iter().chain(&[kiosk::content::avoid_terms::FILE]) {
        std::fs::copy(src.join(file), dir.path().join(file)).expect("copy");
    }
    std::fs::create_dir_all(dir.path().join("images")).expect("mkdir");
    std::fs::copy(src.join("images/glasses.png"), dir.path().join("images/glasses.png")).expect("copy");
    dir
}
/// Runs frames, a little apart, until `done` or `limit`: for what arrives from
/// other threads (the file watcher, the speech thread). False on time-out.
/// Waits up to `limit` for `ready` to give a value (a process, a file, a window).
pub fn wait_for<T>(limit: std::time::Duration, mut ready: impl FnMut() -> Option<T>) -> Option<T> {
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        if let Some(v) = ready() {
            return Some(v);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    None
}

pub fn wait_until(
    harness: &mut Harness<'static, KioskApp>,
    limit: std::time::Duration,
    done: impl Fn(&Harness<'static, KioskApp>) -> bool,
) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        harness.step();
        if done(harness) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    false
}

/// Reads one HTTP request from `stream` (headers, then a Content-Length body)
/// and returns the body, for the tests' small servers.
pub fn read_request_body(stream: &std::net::TcpStream) -> String {
    use std::io::{BufRead, Read};
    let mut reader = std::io::BufReader::new(stream);
    let mut length = 0;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        if let Some(v) = line.to_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        line.clear();
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    String::from_utf8_lossy(&body).into_owned()
}

/// A list of messages of any kind: `msgs![Press::Home, StaffMsg::CornerTap]`.
#[macro_export]
macro_rules! msgs {
    ($($m:expr),* $(,)?) => { vec![$(kiosk::kiosk::Msg::from($m)),*] };
}

/// Five quick taps on the hidden corner: the PIN pad.
pub fn open_pin_pad(h: &mut Harness<'static, KioskApp>) {
    for _ in 0..5 {
        h.state().clock().advance(0.3);
        h.state_mut().apply(StaffMsg::CornerTap);
    }
    settle(h);
    assert_eq!(h.state().session().screen(), &kiosk::kiosk::Screen::StaffPin, "the PIN pad opened");
}

/// Opens the staff panel the staff way — five taps on the hidden corner, then
/// what the app sends once a PIN is accepted — without a PIN file. For tests
/// of the panel itself; the PIN flow has its own tests (`tests/staff.rs`).
pub fn open_staff_panel(h: &mut Harness<'static, KioskApp>) {
    open_pin_pad(h);
    h.state_mut().apply(Observation::StaffUnlocked);
    settle(h);
    assert_eq!(h.state().session().screen(), &kiosk::kiosk::Screen::Staff, "the staff panel opened");
}

/// A loopback address where nothing listens (a port the system just handed
/// out and took back): every connection to it is refused.
pub fn refused_address() -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

pub mod atspi;
pub mod cpu;
pub mod logs;
pub mod proc_stats;
pub mod sound;
pub mod speechd;
pub mod staff;
pub mod x11;

/// "rounds=N median=… p95=… max=…" of a benchmark's times in milliseconds.
pub fn summary_ms(mut samples: Vec<f64>) -> String {
    samples.sort_by(f64::total_cmp);
    let pct = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    format!("rounds={} median={:.1} p95={:.1} max={:.1}", samples.len(), pct(0.5), pct(0.95), pct(1.0))
}
