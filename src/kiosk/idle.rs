//! When an unattended session warns, resets and shows the attract screen.

/// Times in seconds. Defaults follow the accessibility rules: warn after 90 s,
/// give at least 20 s to answer, then an attract screen after a further wait.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdlePolicy {
    pub warn_after: f64,
    pub countdown: f64,
    pub attract_after: f64,
    /// How long each slogan stays on the attract screen.
    pub slogan_seconds: f64,
    /// A new slogan fades in over this long (no motion faster than a slow fade).
    pub poster_fade: f64,
    /// A customer who touched the screen but made no progress for this long
    /// is asked whether to call staff (once a visit). None: never asked.
    pub stuck_after: Option<f64>,
    /// A customer told that staff are coming waits for them: while a call
    /// waits, the idle warning comes this much later.
    pub staff_wait: f64,
}

/// Frames a second while a poster message fades in: enough for a smooth
/// fade, few enough for a slow CPU.
const FADE_FRAMES_PER_SECOND: f64 = 12.0;

impl Default for IdlePolicy {
    fn default() -> Self {
        Self {
            warn_after: 90.0,
            countdown: 30.0,
            attract_after: 60.0,
            slogan_seconds: 8.0,
            poster_fade: 1.5,
            stuck_after: Some(60.0),
            staff_wait: 600.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdlePhase {
    Active,
    /// Asking "do you need more time?"; seconds left before the reset.
    Warning {
        seconds_left: u32,
    },
    /// Time is up: reset the session now.
    Reset,
}

impl IdlePolicy {
    pub fn phase(&self, idle_for: f64) -> IdlePhase {
        if idle_for < self.warn_after {
            IdlePhase::Active
        } else if idle_for < self.warn_after + self.countdown {
            let left = self.warn_after + self.countdown - idle_for;
            IdlePhase::Warning { seconds_left: left.ceil() as u32 }
        } else {
            IdlePhase::Reset
        }
    }

    /// Which poster message shows at app time `now`, and its opacity (0 → 1
    /// over the fade at the start of each message).
    pub fn poster(&self, now: f64) -> (usize, f32) {
        let slot = (now / self.slogan_seconds).max(0.0);
        let age = slot.fract() * self.slogan_seconds;
        (slot as usize, (age / self.poster_fade).clamp(0.0, 1.0) as f32)
    }

    /// Seconds until the poster next changes: the next step of a fade, or
    /// the next message. Between fades nothing is drawn.
    pub fn poster_next_change(&self, now: f64) -> f64 {
        let age = (now / self.slogan_seconds).max(0.0).fract() * self.slogan_seconds;
        if age < self.poster_fade { 1.0 / FADE_FRAMES_PER_SECOND } else { self.slogan_seconds - age }.max(0.01)
    }

    /// Seconds until something on screen must change, to schedule the next repaint
    /// instead of repainting continuously.
    pub fn next_change_in(&self, idle_for: f64) -> f64 {
        match self.phase(idle_for) {
            IdlePhase::Active => self.warn_after - idle_for,
            // The countdown shows whole seconds.
            IdlePhase::Warning { .. } => 1.0 - (idle_for - self.warn_after).fract(),
            IdlePhase::Reset => 0.0,
        }
        .max(0.05)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_poster_message_fades_in_slowly_then_nothing_is_drawn_until_the_next() {
        let p = IdlePolicy::default();
        assert_eq!(p.poster(16.0), (2, 0.0), "the third message, just starting");
        assert_eq!(p.poster(16.75), (2, 0.5), "half faded in after half the fade");
        assert_eq!(p.poster(20.0), (2, 1.0));
        assert!((p.poster_next_change(16.2) - 1.0 / FADE_FRAMES_PER_SECOND).abs() < 1e-9, "frames while fading");
        assert!((p.poster_next_change(20.0) - 4.0).abs() < 1e-9, "then none until the next message");
    }

    #[test]
    fn warns_then_resets_with_at_least_twenty_seconds_to_answer() {
        let p = IdlePolicy::default();
        assert_eq!(p.phase(89.0), IdlePhase::Active);
        assert_eq!(p.phase(90.0), IdlePhase::Warning { seconds_left: 30 });
        assert_eq!(p.phase(119.5), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(p.phase(120.0), IdlePhase::Reset);
        assert!(p.countdown >= 20.0);
    }
}
