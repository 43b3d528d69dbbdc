//! The staff PIN: stored only as an argon2 hash; wrong tries bring a growing
//! wait that is written to disk, so restarting the kiosk does not reset it,
//! and 10 wrong in a row lock the pad until `kiosk set-pin` on the PC.

use std::path::{Path, PathBuf};

use argon2::password_hash::{SaltString, rand_core::OsRng};
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use serde::{Deserialize, Serialize};

pub use super::pin_policy::MIN_DIGITS;
pub const MAX_DIGITS: usize = 12;
/// Wrong PINs in a row after which only `kiosk set-pin` opens the pad again:
/// with waits alone, a patient guesser gets ~100 tries a day.
pub const HARD_LOCK_AFTER: u32 = 10;
/// Tries allowed before the first wait.
const FREE_TRIES: u32 = 3;
const FIRST_WAIT: u64 = 30;
const LONGEST_WAIT: u64 = 15 * 60;

/// Checks a new PIN: 6 to 12 digits, and not one that is easy to guess.
pub fn check_form(pin: &str) -> Result<(), String> {
    if pin.len() < MIN_DIGITS || pin.len() > MAX_DIGITS || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0–9), nothing else"));
    }
    if let Some(why) = super::pin_policy::weakness(pin) {
        return Err(format!("this PIN is easy to guess ({why}); choose another"));
    }
    Ok(())
}

pub fn hash(pin: &str) -> Result<String, String> {
    check_form(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(pin.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

fn verify(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(pin.as_bytes(), &h).is_ok())
}

/// Seconds to wait after `failures` wrong PINs in a row.
pub fn wait_after(failures: u32) -> u64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(10);
    (FIRST_WAIT << doublings).min(LONGEST_WAIT)
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct LockState {
    failures: u32,
    /// Unix time (seconds) before which no PIN is checked.
    locked_until: u64,
}

impl LockState {
    fn hard_locked(&self) -> bool {
        self.failures >= HARD_LOCK_AFTER
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attempt {
    Accepted,
    /// Wrong; the next try is possible after this many seconds (0: now).
    Wrong {
        wait: u64,
    },
    /// Still waiting from earlier wrong tries: the PIN was not even checked.
    Locked {
        wait: u64,
    },
    /// Too many wrong PINs in a row: nothing is checked until `kiosk set-pin`.
    /// `now`: this try made the lock (alert staff once).
    HardLocked {
        now: bool,
    },
    /// No PIN has been set (`kiosk set-pin`): the panel stays shut.
    NoPin,
}

pub struct PinLock {
    path: PathBuf,
    state: LockState,
}

impl PinLock {
    /// `pin-lock.toml` in the kiosk's state folder.
    pub fn load(path: &Path) -> Self {
        let state = std::fs::read_to_string(path).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default();
        Self { path: path.to_owned(), state }
    }

    /// Seconds until a PIN may be tried (0: now). Never more than the
    /// failures call for: the lock is kept in wall-clock time (it must outlast
    /// a restart), and a clock set back by hours (NTP, a flat CMOS battery)
    /// must not lock staff out for those hours.
    pub fn wait(&self, now: u64) -> u64 {
        self.state.locked_until.saturating_sub(now).min(wait_after(self.state.failures))
    }

    pub fn failures(&self) -> u32 {
        self.state.failures
    }

    pub fn hard_locked(&self) -> bool {
        self.state.hard_locked()
    }

    /// Checks `pin` against `hash` at unix time `now`, and records the outcome
    /// in memory; the caller then writes `file_text` to `path` (off the UI thread).
    pub fn attempt(&mut self, hash: Option<&str>, pin: &str, now: u64) -> Attempt {
        let Some(hash) = hash else { return Attempt::NoPin };
        if self.state.hard_locked() {
            return Attempt::HardLocked { now: false };
        }
        let wait = self.wait(now);
        if wait > 0 {
            return Attempt::Locked { wait };
        }
        if verify(hash, pin) {
            self.state = LockState::default();
            return Attempt::Accepted;
        }
        self.state.failures += 1;
        if self.state.hard_locked() {
            return Attempt::HardLocked { now: true };
        }
        let wait = wait_after(self.state.failures);
        self.state.locked_until = now + wait;
        Attempt::Wrong { wait }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the lock file holds now.
    pub fn file_text(&self) -> String {
        toml::to_string(&self.state).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_stop_growing() {
        assert_eq!((wait_after(1), wait_after(2)), (0, 0));
        assert_eq!((wait_after(3), wait_after(4), wait_after(5)), (30, 60, 120));
        assert_eq!(wait_after(40), LONGEST_WAIT);
    }

    #[test]
    fn a_clock_that_jumps_neither_lengthens_nor_keeps_the_wait() {
        let dir = tempfile::tempdir().expect("temp");
        let hash = hash("274915").expect("hash");
        let mut lock = PinLock::load(&dir.path().join("pin-lock.toml"));
        let now = 1_800_000_000;
        for _ in 0..3 {
            let _ = lock.attempt(Some(&hash), "0000", now);
        }
        assert_eq!(lock.wait(now), 30, "three wrong PINs: half a minute");
        assert_eq!(lock.wait(now - 3 * 3600), 30, "set back three hours: still 30 s, not three hours");
        assert_eq!(lock.wait(now + 3 * 3600), 0, "set forward: the wait is over");
        assert_eq!(lock.attempt(Some(&hash), "274915", now - 3 * 3600), Attempt::Locked { wait: 30 });
        // A lock file edited to last a year is held to the same limit.
        lock.state.locked_until = now + 365 * 86_400;
        assert_eq!(lock.wait(now), 30);
    }

    #[test]
    fn pins_are_six_digits_or_more_and_not_common() {
        assert!(check_form("274915").is_ok());
        assert!(check_form("2468").is_err(), "4 digits are too few");
        assert!(check_form("27491a").is_err() && check_form(&"2749153".repeat(2)).is_err());
        assert!(check_form("123456").is_err_and(|e| e.contains("easy to guess")));
    }

    #[test]
    fn ten_wrong_pins_lock_until_set_pin() {
        let dir = tempfile::tempdir().expect("temp");
        let hash = hash("274915").expect("hash");
        let mut lock = PinLock::load(&dir.path().join("pin-lock.toml"));
        let mut now = 1_800_000_000;
        for _ in 1..HARD_LOCK_AFTER {
            now += LONGEST_WAIT; // each try after its wait
            assert!(matches!(lock.attempt(Some(&hash), "000000", now), Attempt::Wrong { .. }));
        }
        now += LONGEST_WAIT;
        assert_eq!(lock.attempt(Some(&hash), "000000", now), Attempt::HardLocked { now: true });
        now += 365 * 86_400;
        assert_eq!(lock.attempt(Some(&hash), "274915", now), Attempt::HardLocked { now: false }, "even the right PIN");
        // What the file says survives a restart.
        std::fs::write(lock.path(), lock.file_text()).expect("write");
        let reloaded = PinLock::load(lock.path());
        assert!(reloaded.hard_locked());
    }
}
