//! `kiosk --bench-frames N`: draws N frames back to back, switching between home
//! and a full scam page every few frames, then prints start-up and frame times
//! and quits. Used by `scripts/measure.sh`; never active for customers.

use std::time::Instant;

use crate::kiosk::{Intent, Screen};

pub struct Bench {
    frames: usize,
    started: Instant,
    stamps: Vec<Instant>,
}

impl Bench {
    pub fn new(frames: usize, started: Instant) -> Self {
        Self { frames: frames.max(2), started, stamps: Vec::new() }
    }

    /// Called once per frame; returns a screen change to keep frames realistic.
    pub fn frame(&mut self, ctx: &egui::Context) -> Option<Intent> {
        self.stamps.push(Instant::now());
        let n = self.stamps.len();
        if n > self.frames {
            self.report();
            // A lobby kiosk refuses to close; a benchmark just ends.
            std::process::exit(0);
        }
        ctx.request_repaint();
        // Far enough apart not to count as an accidental double tap.
        match n % 60 {
            0 => Some(Intent::Home),
            30 => Some(Intent::Open(Screen::Topic("safe-account".into()))),
            _ => None,
        }
    }

    fn report(&self) {
        let first = self.stamps.first().map_or(0.0, |t| t.duration_since(self.started).as_secs_f64() * 1000.0);
        // Skip the start-up frames: eframe paints several before it settles.
        let mut deltas: Vec<f64> =
            self.stamps.windows(2).skip(10).map(|w| w[1].duration_since(w[0]).as_secs_f64() * 1000.0).collect();
        deltas.sort_by(f64::total_cmp);
        let pick = |q: f64| deltas.get(((deltas.len() as f64 - 1.0) * q) as usize).copied().unwrap_or(0.0);
        println!(
            "bench: start_to_first_frame_ms={first:.0} frames={} frame_ms_median={:.1} frame_ms_p95={:.1}",
            deltas.len(),
            pick(0.5),
            pick(0.95)
        );
    }
}
