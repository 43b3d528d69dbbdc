//! `kiosk --bench-frames N`: draws 3 × N frames back to back and prints start-up
//! and frame times, then quits. Used by `benches/renderers.rs` and
//! `scripts/measure.sh`; never active for customers. Three phases:
//! 1. full: a scam page redrawn from scratch every frame (the renderer forgets
//!    what is on screen), the cost of a whole new screen;
//! 2. button: the keypad focus frame moves between two buttons of home every
//!    frame, what a tap that changes one control costs;
//! 3. screens: home and a full scam page, switched every 30 frames.

use std::time::Instant;

use crate::kiosk::Press;
use crate::ui::sections::fraud;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Full,
    Button,
    Screens,
}

const PHASES: [Phase; 3] = [Phase::Full, Phase::Button, Phase::Screens];

pub struct Bench {
    frames: usize,
    started: Instant,
    stamps: Vec<Instant>,
}

impl Bench {
    pub fn new(frames: usize, started: Instant) -> Self {
        Self { frames: frames.max(20), started, stamps: Vec::new() }
    }

    fn phase(&self) -> Option<Phase> {
        PHASES.get(self.stamps.len() / self.frames).copied()
    }

    /// True while every frame is to be drawn from scratch.
    pub fn full_redraw(&self) -> bool {
        self.phase() == Some(Phase::Full)
    }

    /// Called once per frame; returns a change to keep frames realistic.
    pub fn frame(&mut self, ctx: &egui::Context) -> Option<Press> {
        self.stamps.push(Instant::now());
        let n = self.stamps.len() % self.frames;
        ctx.request_repaint();
        match self.phase() {
            None => {
                self.report();
                // A lobby kiosk refuses to close; a benchmark just ends.
                std::process::exit(0);
            }
            Some(Phase::Full) if n == 1 => Some(Press::Open(fraud::topic("safe-account"))),
            Some(Phase::Full) => None,
            Some(Phase::Button) if n == 0 => Some(Press::Home),
            // The keypad focus is drawn in speech mode (a customer with headphones).
            Some(Phase::Button) if n == 1 => Some(Press::StartSpeechMode { title: None }),
            Some(Phase::Button) if n.is_multiple_of(2) => Some(Press::FocusNext { of: 4 }),
            Some(Phase::Button) => Some(Press::FocusPrevious { of: 4 }),
            // Far enough apart not to count as an accidental double tap.
            Some(Phase::Screens) if n.is_multiple_of(60) => Some(Press::Home),
            Some(Phase::Screens) if n % 60 == 30 => Some(Press::Open(fraud::topic("safe-account"))),
            Some(Phase::Screens) => None,
        }
    }

    fn report(&self) {
        let first = self.stamps.first().map_or(0.0, |t| t.duration_since(self.started).as_secs_f64() * 1000.0);
        let mut line = format!("bench: start_to_first_frame_ms={first:.0} frames_per_phase={}", self.frames);
        for (i, phase) in PHASES.iter().enumerate() {
            // The first frames of a phase settle the new screen; skip them.
            let stamps = &self.stamps[i * self.frames..(i + 1) * self.frames];
            let mut ms: Vec<f64> =
                stamps.windows(2).skip(4).map(|w| w[1].duration_since(w[0]).as_secs_f64() * 1000.0).collect();
            ms.sort_by(f64::total_cmp);
            let pick = |q: f64| ms.get(((ms.len() as f64 - 1.0) * q) as usize).copied().unwrap_or(0.0);
            let name = format!("{phase:?}").to_lowercase();
            line += &format!(" {name}_ms_median={:.1} {name}_ms_p95={:.1}", pick(0.5), pick(0.95));
        }
        println!("{line}");
    }
}
