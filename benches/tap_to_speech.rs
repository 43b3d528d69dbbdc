//! Tap → speech accepted: from the tap on 朗读 (read aloud) to the moment the
//! speech engine has taken the text (speech-dispatcher's `speak` returned).
//! Target ≤ 150 ms. Runs the real engine when one is installed, else says so
//! and measures the app's own share with the recording engine.
//!
//! `cargo bench --bench tap_to_speech`. Under `cargo test` it runs once, as a
//! smoke test.

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kiosk::speech::{Engine, Events, RecordingEngine, Speech, Status, TtsEngine, Utterance};
use support::*;

/// Notes when the inner engine has accepted each utterance.
struct Timed<E> {
    inner: E,
    accepted: Arc<Mutex<Vec<Instant>>>,
}

impl<E: Engine> Engine for Timed<E> {
    fn connect(&mut self, events: Events) {
        self.inner.connect(events);
    }
    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        let result = self.inner.speak(u);
        if let Ok(mut a) = self.accepted.lock() {
            a.push(Instant::now());
        }
        result
    }
    fn stop(&mut self) -> Result<(), String> {
        self.inner.stop()
    }
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let rounds = if bench { 30 } else { 1 };
    let accepted = Arc::new(Mutex::new(Vec::new()));
    let timed = accepted.clone();
    let real = bench && std::env::var_os("KIOSK_BENCH_NO_TTS").is_none();
    let speech = if real {
        Speech::start(move || {
            let inner = TtsEngine::new(kiosk::content::BASE_LANGUAGE)?;
            Ok(Box::new(Timed { inner, accepted: timed.clone() }) as Box<dyn Engine>)
        })
    } else {
        Speech::inline(Box::new(Timed { inner: RecordingEngine::default(), accepted: timed }))
    };
    let started = Instant::now();
    while speech.status() == Status::Starting && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let engine = match speech.status() {
        Status::Ready if real => "speech-dispatcher (tts crate)",
        Status::Ready => "recording engine (app only)",
        other => {
            // Nothing measured is a failure, not a pass: exit non-zero.
            eprintln!(
                "no speech engine ({other:?}); nothing was measured (KIOSK_BENCH_NO_TTS=1 measures the app alone)"
            );
            std::process::exit(1);
        }
    };
    let (mut config, _) = config_with_speech();
    config.speech = speech;
    config.auto_read = false;
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, "“安全账户”骗局");
    let mut samples = Vec::new();
    for _ in 0..rounds {
        let before = accepted.lock().map(|a| a.len()).unwrap_or(0);
        let t0 = Instant::now();
        h.get_by_role_and_label(egui::accesskit::Role::Button, "朗读").click();
        h.step();
        let deadline = t0 + Duration::from_secs(5);
        let at = loop {
            let got = accepted.lock().ok().and_then(|a| a.get(before).copied());
            match got {
                Some(at) => break Some(at),
                None if Instant::now() > deadline => break None,
                None => std::thread::sleep(Duration::from_micros(200)),
            }
        };
        let Some(at) = at else {
            eprintln!("the engine never took the text: nothing was measured");
            std::process::exit(1);
        };
        samples.push(at.duration_since(t0).as_secs_f64() * 1000.0);
        // Stop, and let the double-tap guard pass before the next tap.
        pass_time(&mut h, 1.0);
        apply(&mut h, kiosk::kiosk::Press::StopSpeech);
    }
    println!("tap_to_speech_accepted_ms engine=\"{engine}\" {} (target ≤ 150)", summary_ms(samples));
}
