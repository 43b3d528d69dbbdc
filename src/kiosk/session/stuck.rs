//! Noticing a customer who seems stuck, to offer help once a visit: they
//! touch the screen but no button takes and nothing new comes up for a while,
//! or they go back and forth between the same two pages three times. Never
//! while a page is being read aloud to them, and never under a finger: the
//! question waits until the last touch is a moment old.

use super::super::screen::Screen;

/// Going back and forth between the same two pages three times (A → B → A
/// three times over: five returns to the page just left in a row) is stuck.
pub const BOUNCES: usize = 5;

/// Input this soon after getting somewhere is the tap that got there (its
/// release, the finger lifting), not a new touch.
const TOUCH_GRACE: f64 = 1.0;

/// The question waits this long after the last touch, so it never appears
/// under a finger that is about to press something.
const AFTER_TOUCH: f64 = 2.0;

/// A page: a screen and its page number.
type At = (Screen, usize);

#[derive(Clone, Debug)]
pub struct Stuck {
    /// When the customer last got somewhere new.
    progress_at: f64,
    /// They touched the screen since.
    touched: bool,
    last_touch: f64,
    /// The page before the current one, and the current one.
    before: Option<At>,
    current: Option<At>,
    /// Back-and-forths in a row between the same two pages.
    bounces: usize,
    /// Speech goes on until this time.
    listening_until: f64,
    /// Asked already this visit.
    asked: bool,
}

impl Stuck {
    pub fn new(now: f64) -> Self {
        Self {
            progress_at: now,
            touched: false,
            last_touch: f64::NEG_INFINITY,
            before: None,
            current: None,
            bounces: 0,
            listening_until: f64::NEG_INFINITY,
            asked: false,
        }
    }

    pub fn touched(&mut self, now: f64) {
        self.touched |= now - self.progress_at > TOUCH_GRACE;
        self.last_touch = now;
    }

    /// A button took the press: the customer is doing something.
    pub fn pressed(&mut self, now: f64) {
        self.progress_at = self.progress_at.max(now);
        self.touched = false;
    }

    /// A page read aloud until `until`: listening is getting somewhere too,
    /// and nobody is asked while it lasts.
    pub fn listening_until(&mut self, until: f64) {
        self.listening_until = self.listening_until.max(until);
        self.progress_at = self.progress_at.max(until);
    }

    /// A page was drawn at time `now`. Another page is progress, unless it is
    /// the one just left (a back-and-forth).
    pub fn at(&mut self, page: At, now: f64) {
        if self.current.as_ref() == Some(&page) {
            return;
        }
        if self.before.as_ref() == Some(&page) {
            self.bounces += 1;
        } else {
            self.bounces = 0;
            self.progress_at = now;
            self.touched = false;
        }
        self.before = self.current.replace(page);
    }

    /// Whether to ask now (at most once): stuck, and not being read to.
    pub fn ask(&mut self, now: f64, after: Option<f64>) -> bool {
        let Some(after) = after else { return false };
        let stalled = self.touched && now - self.progress_at >= after && now - self.last_touch >= AFTER_TOUCH;
        let ask = !self.asked && (stalled || self.bounces >= BOUNCES) && now >= self.listening_until;
        self.asked |= ask;
        ask
    }

    /// Seconds until `ask` could say yes by time alone.
    pub fn next_ask_in(&self, now: f64, after: Option<f64>) -> Option<f64> {
        let after = after.filter(|_| self.touched && !self.asked)?;
        let at = (self.progress_at + after).max(self.listening_until).max(self.last_touch + AFTER_TOUCH);
        Some((at - now).max(0.05))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(n: usize) -> At {
        (Screen::Home, n)
    }

    #[test]
    fn a_touch_without_progress_for_the_time_asks_once() {
        let mut s = Stuck::new(0.0);
        s.at(page(0), 0.0);
        assert!(!s.ask(100.0, Some(60.0)), "no touch, no question: reading quietly is fine");
        s.touched(0.5);
        assert!(!s.ask(100.0, Some(60.0)), "the finger lifting after the tap is not a new touch");
        s.touched(5.0);
        assert!(!s.ask(59.0, Some(60.0)));
        assert!(s.ask(60.0, Some(60.0)));
        assert!(!s.ask(200.0, Some(60.0)), "once a visit");
    }

    #[test]
    fn never_under_a_finger_and_a_button_that_takes_is_progress() {
        let mut s = Stuck::new(0.0);
        s.touched(5.0);
        s.touched(61.0);
        assert!(!s.ask(61.0, Some(60.0)), "the touch may be the press of a button");
        s.pressed(61.0);
        assert!(!s.ask(63.0, Some(60.0)), "it was: progress");
        s.touched(70.0);
        assert!(!s.ask(120.0, Some(60.0)));
        assert!(s.ask(121.0, Some(60.0)), "a touch nothing took, and a minute since the press");
    }

    #[test]
    fn progress_restarts_the_time_and_listening_defers_the_question() {
        let mut s = Stuck::new(0.0);
        s.at(page(0), 0.0);
        s.touched(5.0);
        s.at(page(1), 50.0);
        assert!(!s.ask(100.0, Some(60.0)), "a new page at 50 s is progress");
        s.touched(60.0);
        s.listening_until(130.0);
        assert!(!s.ask(115.0, Some(60.0)), "never while a page is read aloud");
        assert_eq!(s.next_ask_in(115.0, Some(60.0)), Some(75.0), "listening is progress too");
        assert!(!s.ask(189.0, Some(60.0)));
        assert!(s.ask(190.0, Some(60.0)));
    }

    #[test]
    fn three_back_and_forths_between_two_pages_ask_but_browsing_does_not() {
        let mut s = Stuck::new(0.0);
        for (t, p) in [0, 1, 0, 2, 0, 3, 0].into_iter().enumerate() {
            s.at(page(p), t as f64);
        }
        assert!(!s.ask(7.0, Some(60.0)), "a menu and a different item each time is browsing");
        let mut s = Stuck::new(0.0);
        for (t, p) in [0, 1, 0, 1, 0, 1].into_iter().enumerate() {
            s.at(page(p), t as f64);
        }
        assert!(!s.ask(6.0, Some(60.0)), "there and back twice, and there again");
        s.at(page(0), 6.0);
        assert!(s.ask(7.0, Some(60.0)), "back the third time");
        assert!(!Stuck::new(0.0).ask(1000.0, None), "the setting can turn it off");
    }
}
