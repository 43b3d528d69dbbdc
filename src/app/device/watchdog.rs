//! systemd integration for the lobby PC: "ready" after the first frame, and
//! "still alive" from the UI loop itself, so systemd restarts a kiosk whose
//! screen has frozen, not only one whose process has died. Without systemd
//! (the desktop demo) this does nothing.

use std::time::{Duration, Instant};

/// systemd's watchdog interval, if it is watching this process. Under cage the
/// watched main process is cage, our parent (the unit says NotifyAccess=all),
/// so the parent's pid counts as ours.
fn interval() -> Option<u64> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    let pid: Option<u32> = std::env::var("WATCHDOG_PID").ok().and_then(|p| p.parse().ok());
    let ours = |p: u32| p == std::process::id() || Some(p) == parent_pid();
    pid.is_none_or(ours).then_some(usec)
}

#[cfg(unix)]
fn parent_pid() -> Option<u32> {
    Some(std::os::unix::process::parent_id())
}

#[cfg(not(unix))]
fn parent_pid() -> Option<u32> {
    None
}

pub struct Watchdog {
    /// How often to say "alive" (a third of systemd's WatchdogSec), if asked to.
    every: Option<Duration>,
    last: Option<Instant>,
    ready_sent: bool,
}

impl Watchdog {
    pub fn from_env() -> Self {
        Self { every: interval().map(|usec| Duration::from_micros(usec / 3)), last: None, ready_sent: false }
    }

    /// Called once per frame. Returns when the next frame must come at the
    /// latest (the kiosk draws nothing while idle, but must still ping).
    pub fn frame(&mut self) -> Option<Duration> {
        if !self.ready_sent {
            self.ready_sent = true;
            if let Err(e) = sd_notify::notify(false, &[sd_notify::NotifyState::Ready]) {
                log::debug!("not under systemd: {e}");
            }
        }
        let every = self.every?;
        if self.last.is_none_or(|t| t.elapsed() >= every) {
            let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Watchdog]);
            self.last = Some(Instant::now());
        }
        Some(every)
    }
}
