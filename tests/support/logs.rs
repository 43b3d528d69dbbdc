//! Every log line the app writes in a test binary, to show that nothing
//! about a customer reaches the log.

use std::sync::Mutex;

static LOGGED: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        if let Ok(mut lines) = LOGGED.lock() {
            lines.push(format!("{} {}: {}", record.level(), record.target(), record.args()));
        }
    }
    fn flush(&self) {}
}

/// Starts capturing (once per test binary; later calls keep the capture).
pub fn capture() {
    if log::set_logger(&Capture).is_ok() {
        log::set_max_level(log::LevelFilter::Trace);
    }
}

/// The lines captured so far.
pub fn lines() -> Vec<String> {
    LOGGED.lock().map(|l| l.clone()).unwrap_or_default()
}

pub fn clear() {
    if let Ok(mut l) = LOGGED.lock() {
        l.clear();
    }
}
