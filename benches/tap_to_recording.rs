//! Tap → first sound of a recording: from the tap on 朗读 (read aloud), on a
//! page whose first text has a person's recording, to the first non-silent
//! sample SoX has written. SoX writes to a file here (no sound card); to a
//! sound card it starts the same way. The voice's texts are not spoken: only
//! recordings are played, so this measures the recording path alone.
//!
//! `cargo bench --bench tap_to_recording`. Under `cargo test` it runs once.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use kiosk::app::AppConfig;
use kiosk::content::narration::fingerprint;
use kiosk::speech::{Engine, Event, Events, Output, Player, Speech, Utterance};
use support::sound::write_voice_like;
use support::*;

const TITLE: &str = "“安全账户”骗局";

/// Plays recordings; reports every other text done at once.
struct RecordingsOnly {
    player: Player,
    events: Events,
}

impl Engine for RecordingsOnly {
    fn connect(&mut self, events: Events) {
        self.events = events;
    }
    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        match &u.recording {
            Some(sound) => self.player.play(u.id, sound, u.voice, &self.events),
            None => {
                self.events.push(Event::Done(u.id));
                Ok(())
            }
        }
    }
    fn stop(&mut self) -> Result<(), String> {
        self.player.stop();
        Ok(())
    }
}

/// The moment a WAV file in `dir` first holds a sample louder than silence.
fn first_sound(dir: &Path, deadline: Instant) -> Option<Instant> {
    while Instant::now() < deadline {
        for entry in std::fs::read_dir(dir).ok()?.filter_map(Result::ok) {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let loud = bytes
                .get(44..)
                .unwrap_or_default()
                .chunks_exact(2)
                .any(|s| i16::from_le_bytes([s[0], s[1]]).abs() > 300);
            if loud {
                return Some(Instant::now());
            }
        }
        std::thread::sleep(Duration::from_micros(500));
    }
    None
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let rounds = if bench { 30 } else { 1 };
    let content = content_copy();
    write_voice_like(&content.path().join(format!("narration/title.zh-CN.{}.wav", fingerprint(TITLE))), 2.0, 0.2);
    let played = tempfile::tempdir().expect("temp");
    let engine =
        RecordingsOnly { player: Player::new(Output::Files(played.path().to_path_buf())), events: Events::default() };
    let speech = Speech::inline(Box::new(engine));
    let config = AppConfig { content_dir: content.path().to_path_buf(), speech, auto_read: false, ..config() };
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "防骗提醒");
    tap(&mut h, TITLE);
    let mut samples = Vec::new();
    for _ in 0..rounds {
        for entry in std::fs::read_dir(played.path()).expect("dir").filter_map(Result::ok) {
            let _ = std::fs::remove_file(entry.path());
        }
        let t0 = Instant::now();
        h.get_by_role_and_label(egui::accesskit::Role::Button, "朗读").click();
        h.step();
        let Some(at) = first_sound(played.path(), t0 + Duration::from_secs(5)) else {
            eprintln!("no recording was played: nothing was measured");
            std::process::exit(1);
        };
        samples.push(at.duration_since(t0).as_secs_f64() * 1000.0);
        // Stop, and let the double-tap guard pass before the next tap.
        apply(&mut h, kiosk::kiosk::Press::StopSpeech);
        pass_time(&mut h, 1.0);
    }
    println!("tap_to_recording_first_sound_ms {} (target ≤ 150)", summary_ms(samples));
}
