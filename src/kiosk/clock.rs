//! Seconds since start. Real in the app; set by hand in tests, so idle rules can
//! be tested without waiting.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

#[derive(Clone)]
pub enum Clock {
    Real(Instant),
    Manual(Arc<AtomicU64>),
}

impl Clock {
    pub fn real() -> Self {
        Self::Real(Instant::now())
    }

    pub fn manual() -> Self {
        Self::Manual(Arc::new(AtomicU64::new(0)))
    }

    pub fn now(&self) -> f64 {
        match self {
            Self::Real(start) => start.elapsed().as_secs_f64(),
            Self::Manual(ms) => ms.load(Ordering::Relaxed) as f64 / 1000.0,
        }
    }

    /// Moves a manual clock forward (no effect on a real one).
    pub fn advance(&self, seconds: f64) {
        if let Self::Manual(ms) = self {
            ms.fetch_add((seconds * 1000.0) as u64, Ordering::Relaxed);
        }
    }
}
