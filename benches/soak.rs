//! Soak: 100,000 random customer navigations through the real app — taps on
//! every kind of screen, pages, sizes, themes, languages, reading aloud, the
//! self-check, idle resets and live reloads of edited content. Reports memory
//! at start and end (PSS; at most 5 % growth), time per navigation at start and
//! end (drift), and panics (0). Exits non-zero when one of those fails.
//!
//! `cargo bench --bench soak` (about ten minutes on two cores; `SOAK_STEPS=n`
//! for another count). Under `cargo test` it runs 300 steps as a smoke test.

#[path = "../tests/support/mod.rs"]
mod support;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use kiosk::app::KioskApp;
use kiosk::kiosk::{Press, Screen, VoiceChange};
use kiosk::speech::{Engine, Event, Events, Speech, Utterance};
use kiosk::ui::sections::rights::{self, RightsPart};
use kiosk::ui::sections::{facilities, fraud};
use support::*;

/// Speech that finishes at once and keeps nothing (the tests' recorder keeps
/// every utterance, which would grow over 100,000 steps).
struct Forgetful(Option<Events>);

impl Engine for Forgetful {
    fn connect(&mut self, events: Events) {
        self.0 = Some(events);
    }
    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        if let Some(e) = &self.0 {
            e.push(Event::Done(u.id));
        }
        Ok(())
    }
    fn stop(&mut self) -> Result<(), String> {
        Ok(())
    }
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// Median time of one frame of a scam page (same page, same size, every time).
fn frame_time(h: &mut Harness<'static, KioskApp>) -> Duration {
    apply(h, Press::Home);
    apply(h, Press::Open(fraud::topic("safe-account")));
    let mut times: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            h.step();
            t.elapsed()
        })
        .collect();
    median(&mut times)
}

struct Soak {
    topics: Vec<String>,
    facilities: Vec<String>,
    content: tempfile::TempDir,
    reloads: usize,
}

impl Soak {
    /// One random navigation, as a customer (or the passing of time) makes it.
    fn step(&mut self, h: &mut Harness<'static, KioskApp>) {
        let pick = |v: &[String]| v[fastrand::usize(..v.len())].clone();
        let msg = match fastrand::u32(..100) {
            0..=14 => Press::Open(fraud::topic(&pick(&self.topics))),
            15..=24 => Press::Open(facilities::facility(&pick(&self.facilities))),
            25..=29 => Press::Open(RightsPart::ALL[fastrand::usize(..RightsPart::ALL.len())].screen()),
            30..=34 => Press::Open(match fastrand::u8(..3) {
                0 => Screen::List(fraud::ID),
                1 => Screen::List(facilities::ID),
                _ => Screen::List(rights::ID),
            }),
            35..=44 => Press::NextPage,
            45..=49 => Press::PreviousPage,
            50..=57 => Press::Back,
            58..=61 => Press::Home,
            62..=65 => Press::NextTextSize,
            66..=67 => Press::ToggleTheme,
            68..=71 => Press::SetLanguage(["zh-CN", "en-US", "zh-HK"][fastrand::usize(..3)].into()),
            72..=76 => Press::Read,
            77..=78 => Press::StopSpeech,
            79..=80 => Press::ToggleSoundPanel,
            81 => Press::Voice(VoiceChange::Slower),
            82 => Press::Voice(VoiceChange::Faster),
            83..=85 => Press::StartSelfCheck { situations: 14 },
            86..=88 => Press::Answer(fastrand::bool()),
            89..=90 => Press::NextSituation,
            91 => Press::CallStaff,
            92 => Press::CloseOverlay,
            93..=95 => Press::StartSpeechMode { title: None },
            96..=97 => Press::FocusNext { of: 6 },
            98 => {
                // Left alone long enough for the reset and the attract screen.
                pass_time(h, 200.0);
                return;
            }
            _ => Press::Home,
        };
        apply(h, msg);
    }

    /// A clerk saves an edit: the title of the first scam changes.
    fn reload(&mut self) {
        let path = self.content.path().join("fraud.toml");
        let Ok(text) = std::fs::read_to_string(&path) else { return };
        self.reloads += 1;
        let edited = text.replacen("title = \"“安全账户”", &format!("title = \"{}“安全账户”", self.reloads % 2), 1);
        let tmp = self.content.path().join(".fraud.toml.swp");
        if std::fs::write(&tmp, edited).is_ok() {
            let _ = std::fs::rename(&tmp, &path);
        }
    }
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let steps: usize =
        std::env::var("SOAK_STEPS").ok().and_then(|s| s.parse().ok()).unwrap_or(if bench { 100_000 } else { 300 });
    fastrand::seed(16);
    let content = content_copy();
    let loaded = kiosk::content::load(content.path(), &[]).content.expect("bundled content");
    let topics = loaded
        .part::<kiosk::content::FraudFile>()
        .into_iter()
        .flat_map(|f| &f.topics)
        .map(|t| t.id.value.clone())
        .collect();
    let facilities = loaded
        .part::<kiosk::content::FacilitiesFile>()
        .into_iter()
        .flat_map(|f| &f.facilities)
        .map(|f| f.id.value.clone())
        .collect();
    let mut cfg = config();
    cfg.speech = Speech::inline(Box::new(Forgetful(None)));
    cfg.content_dir = content.path().to_path_buf();
    cfg.watch_content = true;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    let mut soak = Soak { topics, facilities, content, reloads: 0 };

    // Warm up (every glyph in the font atlas, layouts cached), then measure.
    for _ in 0..(steps / 20).max(100) {
        soak.step(&mut h);
    }
    let frame_before = frame_time(&mut h);
    let started = Instant::now();
    // PSS a hundred times over the run: one reading is noisy (allocator arenas
    // of the worker threads), the trend is not.
    let mut samples = vec![support::proc_stats::pss_kib(std::process::id())];
    let mut times = Vec::with_capacity(steps);
    let mut panics = 0;
    for n in 0..steps {
        let t = Instant::now();
        // A clerk's edit now and then: the screen reloads under the customer.
        if n % (steps / 100).max(10) == 0 {
            soak.reload();
        }
        if catch_unwind(AssertUnwindSafe(|| soak.step(&mut h))).is_err() {
            panics += 1;
        }
        times.push(t.elapsed());
        if (n + 1) % (steps / 100).max(1) == 0 {
            samples.push(support::proc_stats::pss_kib(std::process::id()));
        }
    }
    let frame_after = frame_time(&mut h);
    let average = |v: &[u64]| v.iter().sum::<u64>() as f64 / v.len().max(1) as f64;
    let tenth_of_samples = (samples.len() / 10).max(1);
    let start_pss = average(&samples[..tenth_of_samples]);
    let end_pss = average(&samples[samples.len() - tenth_of_samples..]);
    let peak = samples.iter().max().copied().unwrap_or(0) as f64;
    let tenth = (steps / 10).max(1);
    let first = median(&mut times[..tenth].to_vec());
    let last = median(&mut times[steps - tenth..].to_vec());
    let growth = (end_pss - start_pss) / start_pss.max(1.0) * 100.0;
    println!("| soak | value |\n|---|---|");
    println!("| navigations | {steps} (with {} live reloads) |", soak.reloads);
    println!("| wall time | {:.0} s |", started.elapsed().as_secs_f64());
    let mib = |kib: f64| kib / 1024.0;
    println!(
        "| PSS, first → last tenth of the run | {:.1} → {:.1} MiB ({growth:+.1} %; peak {:.1}) |",
        mib(start_pss),
        mib(end_pss),
        mib(peak)
    );
    if std::env::var_os("SOAK_SAMPLES").is_some() {
        eprintln!("PSS samples (KiB): {samples:?}");
    }
    println!("| median per navigation, first → last tenth | {first:.2?} → {last:.2?} |");
    println!("| one frame of a scam page, before → after | {frame_before:.2?} → {frame_after:.2?} |");
    println!("| panics | {panics} |");
    // Flat: no more than 5 % growth (shrinking, as caches settle, is fine).
    let flat = !bench || growth <= 5.0;
    if panics > 0 || !flat {
        eprintln!("soak failed: {panics} panics, memory {growth:+.1} %");
        std::process::exit(1);
    }
}
