//! `cargo bench --bench renderers`: the CPU renderer and eframe + OpenGL (here
//! Mesa's llvmpipe: no GPU) on the same virtual 1920×1080 screen, measured on
//! the release binary the way a customer meets it. Prints a Markdown table.
//! Needs Xvfb and matchbox-window-manager (`./x test` installs both).
//!
//! - frame times: `kiosk --bench-frames` (whole frames; one button changing);
//! - start → final screen and tap → next screen: from outside, by watching the
//!   screen's pixels (GetImage) after starting the process or a synthetic tap;
//! - memory (PSS) and CPU of a kiosk left alone, and how often its UI thread wakes.
//!
//! `KIOSK_CPUS=0 cargo bench --bench renderers` pins the kiosk to one core.

#[path = "../tests/support/mod.rs"]
mod support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use support::proc_stats::{cpu_ticks, pss_kib, wake_ups};
use support::wait_for;
use support::x11::Screen;

#[derive(Default)]
struct Figures {
    frames: String,
    start_ms: f64,
    tap_ms: Vec<f64>,
    pss_mib: f64,
    idle_cpu_percent: f64,
    idle_wakes: u64,
}

/// How much to measure: all of it under `cargo bench`; under `cargo test` once
/// through, briefly, to show the benchmark still works.
struct Amount {
    frames: &'static str,
    taps: usize,
    idle: Duration,
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let amount = if full {
        Amount { frames: "300", taps: 6, idle: Duration::from_secs(10) }
    } else {
        Amount { frames: "20", taps: 2, idle: Duration::from_secs(1) }
    };
    let screen = Screen::start(1920, 1080);
    let cpu = measure(&screen, "cpu", &amount);
    if !full {
        assert!(cpu.frames.contains("full_ms_median=") && !cpu.tap_ms.is_empty(), "the benchmark measured nothing");
        println!("renderers: smoke run (cargo bench --bench renderers measures)");
        return;
    }
    let gl = measure(&screen, "gl", &amount);
    let cores = std::env::var("KIOSK_CPUS").map_or_else(|_| "all cores".to_owned(), |c| format!("kiosk on core {c}"));
    println!("| 1920×1080, no GPU, {cores} | CPU renderer | eframe + glow (llvmpipe) |");
    println!("|---|---|---|");
    for (name, value) in rows(&cpu).into_iter().zip(rows(&gl)).map(|((n, a), (_, b))| (n, (a, b))) {
        println!("| {name} | {} | {} |", value.0, value.1);
    }
}

fn rows(f: &Figures) -> Vec<(&'static str, String)> {
    let field = |key: &str| {
        f.frames.split_whitespace().find_map(|kv| kv.strip_prefix(&format!("{key}="))).unwrap_or("?").to_owned()
    };
    vec![
        ("full frame, ms (median / p95)", format!("{} / {}", field("full_ms_median"), field("full_ms_p95"))),
        (
            "one button changes, ms (median / p95)",
            format!("{} / {}", field("button_ms_median"), field("button_ms_p95")),
        ),
        ("tap → next screen on display, ms (median of 6)", format!("{:.0}", median(&f.tap_ms))),
        ("start → final screen, ms", format!("{:.0}", f.start_ms)),
        ("memory (PSS), MiB", format!("{:.1}", f.pss_mib)),
        ("idle CPU, % of one core over 10 s", format!("{:.2}", f.idle_cpu_percent)),
        ("idle UI-thread wake-ups in 10 s", f.idle_wakes.to_string()),
    ]
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn measure(screen: &Screen, renderer: &str, amount: &Amount) -> Figures {
    let state = tempfile::tempdir().expect("temp dir");
    let mut figures = Figures::default();
    let bench = screen
        .kiosk(state.path(), &["--renderer", renderer, "--bench-frames", amount.frames])
        .stdout(Stdio::piped())
        .output();
    let out = bench.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    figures.frames = out.lines().find(|l| l.starts_with("bench:")).unwrap_or_default().to_owned();

    let started = Instant::now();
    let mut kiosk = screen.kiosk(state.path(), &["--renderer", renderer]).spawn().expect("the kiosk starts");
    let (start, _) = screen.settles(started, Duration::from_secs(4));
    figures.start_ms = start.map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0);

    // The first card (防骗提醒), then 首页 in the top bar, and again.
    for (x, y) in [(255, 527), (315, 52)].iter().cycle().take(amount.taps) {
        let tapped = Instant::now();
        screen.tap(*x, *y);
        let (took, _) = screen.settles(tapped, Duration::from_millis(1500));
        figures.tap_ms.extend(took.map(|d| d.as_secs_f64() * 1000.0));
    }

    let pid = kiosk.id();
    // Start-up work (the speech engine's voices) first; then nobody there.
    let quiet = |w: u64| {
        std::thread::sleep(Duration::from_secs(2));
        (wake_ups(pid) == w).then_some(())
    };
    wait_for(Duration::from_secs(30), || quiet(wake_ups(pid)));
    let (ticks, wakes) = (cpu_ticks(pid), wake_ups(pid));
    std::thread::sleep(amount.idle);
    // Clock ticks are hundredths of a second: ticks per second is percent.
    figures.idle_cpu_percent = (cpu_ticks(pid) - ticks) as f64 / amount.idle.as_secs_f64();
    figures.idle_wakes = wake_ups(pid) - wakes;
    figures.pss_mib = pss_kib(pid) as f64 / 1024.0;
    let _ = kiosk.kill();
    let _ = kiosk.wait();
    figures
}
