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
}

impl Default for IdlePolicy {
    fn default() -> Self {
        Self { warn_after: 90.0, countdown: 30.0, attract_after: 60.0, slogan_seconds: 8.0 }
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
    fn warns_then_resets_with_at_least_twenty_seconds_to_answer() {
        let p = IdlePolicy::default();
        assert_eq!(p.phase(89.0), IdlePhase::Active);
        assert_eq!(p.phase(90.0), IdlePhase::Warning { seconds_left: 30 });
        assert_eq!(p.phase(119.5), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(p.phase(120.0), IdlePhase::Reset);
        assert!(p.countdown >= 20.0);
    }
}
