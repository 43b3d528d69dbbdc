//! One customer's visit: where they are, the text size, theme and language they
//! chose, the keypad focus. Nothing here outlives the visit: a reset puts every
//! field back. `apply` is the one place any of it changes.

use super::choices::{TextSize, ThemeKind};
use super::effect::{Counted, Effect, Speak};
use super::idle::{IdlePhase, IdlePolicy};
use super::message::{Msg, Observation};
use super::screen::{Overlay, PageKey, Place, Screen, SessionDefaults, Shown};
use super::self_check::SelfCheck;
use calls::Calls;
use press::Gate;
use stuck::Stuck;

mod calls;
mod press;
mod stuck;

/// Taps on the hidden corner that open the PIN pad, and the time they must fit in.
pub const STAFF_TAPS: usize = 5;
pub const STAFF_TAP_SECONDS: f64 = 3.0;
/// The staff screens close themselves after this long without a touch.
pub const STAFF_IDLE_SECONDS: f64 = 60.0;

/// A second tap this soon after an accepted one is an accidental double tap.
pub const DOUBLE_TAP_SECONDS: f64 = 0.6;

#[derive(Clone, Debug)]
pub struct Session {
    stack: Vec<Place>,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    pub language: String,
    pub overlay: Option<Overlay>,
    /// The idle attract screen is up; the next touch only wakes the kiosk.
    pub attract: bool,
    /// Speech rate and volume the customer chose.
    pub voice: crate::speech::Voice,
    /// Keys, not touch: a focus moves over the screen and is spoken.
    pub speech_mode: bool,
    /// The row of sound controls (slower, faster, volume, repeat, stop) is open.
    pub sound_panel: bool,
    /// The order the self-check's situations come in this visit.
    pub self_check: SelfCheck,
    /// Which of the screen's items has the keypad focus (in screen order).
    pub focus: Option<usize>,
    staff_taps: Vec<f64>,
    defaults: SessionDefaults,
    last_input: f64,
    last_accepted: f64,
    /// The page last drawn (a screen fact, not the customer's: kept on reset).
    shown: Option<PageKey>,
    /// Whether this customer seems stuck (and was asked once).
    stuck: Stuck,
    /// Calls for staff this visit that nobody has answered yet.
    calls: Calls,
}

impl Session {
    pub fn new(defaults: SessionDefaults, now: f64) -> Self {
        Self {
            stack: vec![Place { screen: Screen::Home, page: 0 }],
            text_size: defaults.text_size,
            theme: defaults.theme,
            language: defaults.language.clone(),
            overlay: None,
            attract: false,
            voice: defaults.voice,
            speech_mode: false,
            sound_panel: false,
            self_check: SelfCheck::default(),
            focus: None,
            staff_taps: Vec::new(),
            defaults,
            last_input: now,
            last_accepted: f64::NEG_INFINITY,
            shown: None,
            stuck: Stuck::new(now),
            calls: Calls::default(),
        }
    }

    pub fn place(&self) -> &Place {
        self.stack.last().unwrap_or(&HOME)
    }

    pub fn screen(&self) -> &Screen {
        &self.place().screen
    }

    /// Every screen on the way back, the current one last.
    pub fn screens(&self) -> impl Iterator<Item = &Screen> {
        self.stack.iter().map(|p| &p.screen)
    }

    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    pub fn idle_for(&self, now: f64) -> f64 {
        (now - self.last_input).max(0.0)
    }

    /// True when nothing differs from a fresh session: no need to warn or reset.
    pub fn is_pristine(&self) -> bool {
        self.stack.len() == 1
            && self.overlay.is_none()
            && self.text_size == self.defaults.text_size
            && self.theme == self.defaults.theme
            && self.language == self.defaults.language
            && self.voice == self.defaults.voice
            && !self.speech_mode
            && !self.sound_panel
            && self.calls.is_empty()
    }

    pub fn defaults(&self) -> &SessionDefaults {
        &self.defaults
    }

    /// Applies one message: the new state, and what it sets off outside.
    /// A press within a double tap of the last one, or an observation that
    /// changed nothing, is not accepted and sets off nothing.
    pub fn apply(&mut self, msg: impl Into<Msg>, now: f64, policy: &IdlePolicy) -> Outcome {
        let was_pristine = self.is_pristine();
        let mut out = match msg.into() {
            Msg::Observed(seen) => self.observe(seen, now, policy),
            Msg::Customer(press) => {
                let gate = Gate::of(&press);
                self.pressed(gate, now, |s| s.press(press, now))
            }
            Msg::Staff(staff) => self.pressed(Gate::Quick, now, |s| s.staff(staff, now)),
        };
        let opened = self.calls.made(&out.effects);
        out.effects.extend(opened);
        if out.accepted && was_pristine != self.is_pristine() {
            let counted = if was_pristine { Counted::VisitStarted } else { Counted::IdleReset };
            out.effects.push(Effect::Count(counted));
        }
        out
    }

    /// A press (by a customer or staff): the double-tap rule, then the press.
    fn pressed(&mut self, gate: Gate, now: f64, press: impl FnOnce(&mut Self) -> Vec<Effect>) -> Outcome {
        self.last_input = now;
        match gate {
            // Moving the keypad focus is not a press: it is never a double
            // tap and does not make the next press one.
            Gate::FocusOnly => {}
            // Quick taps are the point of the staff corner and the PIN pad.
            Gate::Quick => self.last_accepted = now,
            Gate::Normal if now - self.last_accepted < DOUBLE_TAP_SECONDS => return Outcome::default(),
            Gate::Normal => self.last_accepted = now,
        }
        self.stuck.pressed(now);
        Outcome { accepted: true, redraw: true, effects: press(self) }
    }

    /// What the app observed. Accepted when the session changed (for a page:
    /// when it is a new one).
    fn observe(&mut self, seen: Observation, now: f64, policy: &IdlePolicy) -> Outcome {
        let mut effects = Vec::new();
        let mut redraw = false;
        let accepted = match seen {
            Observation::StillHere => {
                self.last_input = now;
                self.stuck.touched(now);
                true
            }
            Observation::ListeningUntil(until) => {
                self.last_input = self.last_input.max(until);
                self.stuck.listening_until(until);
                true
            }
            Observation::Wake => {
                self.attract = false;
                self.last_input = now;
                // The touch that woke us must not also press what appears beneath it.
                self.last_accepted = now;
                true
            }
            Observation::Tick => match self.tick(now, policy) {
                Some(ended) => {
                    // A reset, or the kiosk falling asleep: silence.
                    effects.push(Effect::Speech(Speak::StopAll));
                    effects.extend(ended);
                    true
                }
                None => false,
            },
            Observation::PageShown { key, title } => {
                let new = self.page_shown(key, title, now);
                if new {
                    effects.push(Effect::Speech(Speak::Announce));
                    // Another frame, only to draw the keypad focus.
                    redraw = self.speech_mode;
                }
                new
            }
            Observation::StaffUnlocked => {
                if let Some(place) = self.stack.last_mut().filter(|p| p.screen == Screen::StaffPin) {
                    *place = Place { screen: Screen::Staff, page: 0 };
                }
                // Whoever knows the PIN is here: the calls are answered.
                effects.extend(self.calls.answered());
                true
            }
            Observation::ScreensGone(gone) => {
                if let Some(cut) = self.stack.iter().position(|p| gone.contains(&p.screen)) {
                    self.stack.truncate(cut.max(1));
                }
                true
            }
            Observation::NewDefaults(defaults) => {
                let pristine = self.is_pristine();
                self.defaults = defaults;
                if pristine {
                    // Nobody is using the kiosk (no call waits either): show
                    // the new defaults at once.
                    effects.extend(self.reset(now));
                }
                true
            }
        };
        Outcome { accepted, redraw, effects }
    }

    /// Keeps the page inside the pages the screen has now (the window, text
    /// size or language may have changed); a new page puts the keypad focus
    /// on its title.
    fn page_shown(&mut self, key: PageKey, title: Option<usize>, now: f64) -> bool {
        if let (Some(place), Shown::Screen(_)) = (self.stack.last_mut(), &key.shown) {
            place.page = place.page.min(key.pages.saturating_sub(1));
        }
        if self.shown.as_ref() == Some(&key) {
            return false;
        }
        if let Shown::Screen(screen) = &key.shown {
            self.stuck.at((screen.clone(), key.page), now);
        }
        self.shown = Some(key);
        if self.speech_mode {
            self.focus = title;
        }
        true
    }

    /// What the idle rules say now. A pristine session never warns; the staff
    /// screens do not ask customers' questions, they just close (see `tick`).
    pub fn idle_phase(&self, now: f64, policy: &IdlePolicy) -> IdlePhase {
        if self.is_pristine() || self.attract || self.staff_open() {
            IdlePhase::Active
        } else {
            policy.phase(self.idle_clock(now, policy))
        }
    }

    /// Idle time as the warning counts it: a customer told that staff are
    /// coming is waiting for them, not gone.
    fn idle_clock(&self, now: f64, policy: &IdlePolicy) -> f64 {
        let idle = self.idle_for(now);
        if self.calls.is_empty() { idle } else { idle - policy.staff_wait }
    }

    fn staff_open(&self) -> bool {
        self.stack.iter().any(|p| p.screen.is_staff())
    }

    /// Runs the idle rules: resets an abandoned session, then shows the attract
    /// screen. Returns what a change set off (calls left unanswered), or None
    /// when nothing changed.
    fn tick(&mut self, now: f64, policy: &IdlePolicy) -> Option<Vec<Effect>> {
        let staff_done = self.staff_open() && self.idle_for(now) >= STAFF_IDLE_SECONDS;
        if staff_done || self.idle_phase(now, policy) == IdlePhase::Reset {
            return Some(self.reset(now));
        }
        if !self.attract && self.is_pristine() && self.idle_for(now) >= policy.attract_after {
            self.attract = true;
            return Some(Vec::new());
        }
        // Someone already called staff: nobody needs asking whether to.
        let asking = self.overlay.is_none()
            && !self.staff_open()
            && self.calls.is_empty()
            && self.idle_phase(now, policy) == IdlePhase::Active;
        if asking && !self.is_pristine() && self.stuck.ask(now, policy.stuck_after) {
            self.overlay = Some(Overlay::OfferHelp);
        }
        None
    }

    /// Seconds until `tick` could change something.
    pub fn next_change_in(&self, now: f64, policy: &IdlePolicy) -> Option<f64> {
        if self.attract {
            return Some(policy.poster_next_change(now));
        }
        if self.is_pristine() {
            return Some((policy.attract_after - self.idle_for(now)).max(0.05));
        }
        if self.staff_open() {
            return Some((STAFF_IDLE_SECONDS - self.idle_for(now)).max(0.05));
        }
        let idle = policy.next_change_in(self.idle_clock(now, policy));
        let stuck = self.stuck.next_ask_in(now, policy.stuck_after);
        Some(stuck.map_or(idle, |s| s.min(idle)))
    }

    /// Back to a fresh visit: home, default size, theme and language. Calls
    /// still waiting end unanswered.
    fn reset(&mut self, now: f64) -> Vec<Effect> {
        let unanswered = self.calls.unanswered();
        let shown = self.shown.take();
        *self = Session::new(self.defaults.clone(), now);
        self.shown = shown;
        unanswered
    }
}

/// What applying a message did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Outcome {
    /// The message changed the session (a press was not a double tap; an
    /// observation mattered).
    pub accepted: bool,
    /// Another frame is due at once.
    pub redraw: bool,
    /// What the app is to do now, in order.
    pub effects: Vec<Effect>,
}

static HOME: Place = Place { screen: Screen::Home, page: 0 };

#[cfg(test)]
mod tests;
