//! One customer's visit: where they are, the text size, theme and language they
//! chose, the keypad focus. Nothing here outlives the visit: a reset puts every
//! field back. `apply` is the one place any of it changes.

use super::choices::{TextSize, ThemeKind};
use super::idle::{IdlePhase, IdlePolicy};
use super::intent::{Intent, Overlay, PageKey, Place, Screen, SessionDefaults};
use super::self_check::SelfCheck;
use super::voice::voice_after;

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
    }

    pub fn defaults(&self) -> &SessionDefaults {
        &self.defaults
    }

    /// Applies one intent. Returns false when nothing happened: a press
    /// ignored as a double tap, or an observation that changed nothing.
    pub fn apply(&mut self, intent: Intent, now: f64, policy: &IdlePolicy) -> bool {
        if intent.is_observation() {
            return self.observe(intent, now, policy);
        }
        self.last_input = now;
        // Quick taps are the point of the staff corner and the PIN pad.
        let quick = matches!(
            intent,
            Intent::MoreTime | Intent::StaffTap | Intent::PinDigit(_) | Intent::PinErase | Intent::PinEnter
        );
        // Moving the keypad focus is not a press: it is never a double tap
        // and does not make the next press one.
        let focus_only = matches!(
            intent,
            Intent::StartSpeechMode { .. }
                | Intent::FocusNext { .. }
                | Intent::FocusPrevious { .. }
                | Intent::SayFocused
        );
        if !focus_only {
            if !quick && now - self.last_accepted < DOUBLE_TAP_SECONDS {
                return false;
            }
            self.last_accepted = now;
        }
        if matches!(intent, Intent::Back | Intent::Home) && self.staff_open() {
            // Staff are done: the next customer gets a fresh visit with the
            // defaults just chosen.
            self.reset(now);
            self.last_accepted = now;
            return true;
        }
        self.press(intent, now);
        true
    }

    /// A customer's (or staff member's) accepted press.
    fn press(&mut self, intent: Intent, now: f64) {
        match intent {
            // The staff screens open only the staff way: the hidden corner
            // (`StaffTap`) for the PIN pad, and a PIN the app checked
            // (`StaffUnlocked`) for the panel.
            Intent::Open(screen) if !screen.is_staff() => {
                self.sound_panel = false;
                self.stack.push(Place { screen, page: 0 });
            }
            Intent::ToggleSoundPanel => self.sound_panel = !self.sound_panel,
            Intent::StartSelfCheck { situations } => {
                self.self_check = SelfCheck::shuffled(situations);
                self.stack.push(Place { screen: Screen::SelfCheck { step: 0, answer: None }, page: 0 });
            }
            Intent::Answer(_) | Intent::NextSituation => {
                if let Some(place) = self.stack.last_mut() {
                    super::self_check::press(place, &intent);
                }
            }
            Intent::Back if self.stack.len() > 1 => {
                self.sound_panel = false;
                self.stack.pop();
            }
            Intent::Home => {
                self.sound_panel = false;
                self.stack.truncate(1);
            }
            Intent::NextPage => self.turn_page(1),
            Intent::PreviousPage => self.turn_page(-1),
            Intent::NextTextSize => self.text_size = self.text_size.next(),
            Intent::ToggleTheme => self.theme = self.theme.other(),
            Intent::SetLanguage(lang) => self.language = lang,
            Intent::CallStaff => self.overlay = Some(Overlay::CallStaff),
            Intent::CloseOverlay => self.overlay = None,
            Intent::Slower | Intent::Faster | Intent::CycleVolume | Intent::Louder | Intent::Quieter => {
                self.voice = voice_after(self.voice, &intent);
            }
            Intent::StaffTap => self.staff_tap(now),
            Intent::StartSpeechMode { title } => {
                self.speech_mode = true;
                self.focus = title;
            }
            Intent::FocusNext { of } if of > 0 => {
                self.focus = Some(self.focus.filter(|f| *f < of).map_or(0, |f| (f + 1) % of));
            }
            Intent::FocusPrevious { of } if of > 0 => {
                self.focus = Some(self.focus.filter(|f| *f < of).map_or(of - 1, |f| (f + of - 1) % of));
            }
            // Speech, the PIN and staff actions are effects the app runs; the
            // session only counts the press.
            _ => {}
        }
    }

    fn turn_page(&mut self, by: isize) {
        if let Some(p) = self.stack.last_mut() {
            p.page = p.page.saturating_add_signed(by);
        }
    }

    fn staff_tap(&mut self, now: f64) {
        self.staff_taps.retain(|t| now - t < STAFF_TAP_SECONDS);
        self.staff_taps.push(now);
        if self.staff_taps.len() >= STAFF_TAPS && !self.screen().is_staff() {
            self.staff_taps.clear();
            self.stack.push(Place { screen: Screen::StaffPin, page: 0 });
        }
    }

    /// What the app observed. Returns true when the session changed (for a
    /// page: when it is a new one).
    fn observe(&mut self, intent: Intent, now: f64, policy: &IdlePolicy) -> bool {
        match intent {
            Intent::StillHere => self.last_input = now,
            Intent::ListeningUntil(until) => self.last_input = self.last_input.max(until),
            Intent::Wake => {
                self.attract = false;
                self.last_input = now;
                // The touch that woke us must not also press what appears beneath it.
                self.last_accepted = now;
            }
            Intent::Tick => return self.tick(now, policy),
            Intent::PageShown { key, title } => return self.page_shown(key, title),
            Intent::StaffUnlocked => {
                if let Some(place) = self.stack.last_mut().filter(|p| p.screen == Screen::StaffPin) {
                    *place = Place { screen: Screen::Staff, page: 0 };
                }
            }
            Intent::ScreensGone(gone) => {
                if let Some(cut) = self.stack.iter().position(|p| gone.contains(&p.screen)) {
                    self.stack.truncate(cut.max(1));
                }
            }
            Intent::NewDefaults(defaults) => {
                let pristine = self.is_pristine();
                self.defaults = defaults;
                if pristine {
                    // Nobody is using the kiosk: show the new defaults at once.
                    self.reset(now);
                }
            }
            _ => return false,
        }
        true
    }

    /// Keeps the page inside the pages the screen has now (the window, text
    /// size or language may have changed); a new page puts the keypad focus
    /// on its title.
    fn page_shown(&mut self, key: PageKey, title: Option<usize>) -> bool {
        if let (Some(place), super::intent::Shown::Screen(_)) = (self.stack.last_mut(), &key.shown) {
            place.page = place.page.min(key.pages.saturating_sub(1));
        }
        if self.shown.as_ref() == Some(&key) {
            return false;
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
            policy.phase(self.idle_for(now))
        }
    }

    fn staff_open(&self) -> bool {
        self.stack.iter().any(|p| p.screen.is_staff())
    }

    /// Runs the idle rules: resets an abandoned session, then shows the attract
    /// screen. Returns true when something changed.
    fn tick(&mut self, now: f64, policy: &IdlePolicy) -> bool {
        let staff_done = self.staff_open() && self.idle_for(now) >= STAFF_IDLE_SECONDS;
        if staff_done || self.idle_phase(now, policy) == IdlePhase::Reset {
            self.reset(now);
            return true;
        }
        if !self.attract && self.is_pristine() && self.idle_for(now) >= policy.attract_after {
            self.attract = true;
            return true;
        }
        false
    }

    /// Seconds until `tick` could change something.
    pub fn next_change_in(&self, now: f64, policy: &IdlePolicy) -> Option<f64> {
        if self.attract {
            return Some(policy.slogan_seconds);
        }
        if self.is_pristine() {
            return Some((policy.attract_after - self.idle_for(now)).max(0.05));
        }
        if self.staff_open() {
            return Some((STAFF_IDLE_SECONDS - self.idle_for(now)).max(0.05));
        }
        Some(policy.next_change_in(self.idle_for(now)))
    }

    /// Back to a fresh visit: home, default size, theme and language.
    fn reset(&mut self, now: f64) {
        let shown = self.shown.take();
        *self = Session::new(self.defaults.clone(), now);
        self.shown = shown;
    }
}

static HOME: Place = Place { screen: Screen::Home, page: 0 };

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::Voice;

    fn session() -> Session {
        Session::new(
            SessionDefaults {
                language: "zh-CN".into(),
                text_size: TextSize::Standard,
                theme: ThemeKind::Calm,
                voice: Voice::DEFAULT,
            },
            0.0,
        )
    }

    fn apply(s: &mut Session, intent: Intent, now: f64) -> bool {
        s.apply(intent, now, &IdlePolicy::default())
    }

    #[test]
    fn a_double_tap_counts_once() {
        let mut s = session();
        assert!(apply(&mut s, Intent::Open(Screen::FraudList), 1.0));
        assert!(!apply(&mut s, Intent::Open(Screen::Topic("x".into())), 1.2));
        assert_eq!(s.screen(), &Screen::FraudList);
        assert!(apply(&mut s, Intent::Back, 2.0));
        assert_eq!(s.screen(), &Screen::Home);
    }

    #[test]
    fn idle_reset_restores_every_choice() {
        let policy = IdlePolicy::default();
        let mut s = session();
        apply(&mut s, Intent::NextTextSize, 1.0);
        apply(&mut s, Intent::ToggleTheme, 2.0);
        apply(&mut s, Intent::SetLanguage("en-US".into()), 3.0);
        apply(&mut s, Intent::Open(Screen::RightsMenu), 4.0);
        apply(&mut s, Intent::Faster, 5.0);
        apply(&mut s, Intent::Louder, 6.0);
        apply(&mut s, Intent::StartSpeechMode { title: Some(0) }, 7.0);
        assert_eq!(s.voice, Voice { rate: 1, volume: 2 });
        assert!(s.speech_mode);
        assert!(matches!(s.idle_phase(110.0, &policy), IdlePhase::Warning { .. }));
        assert!(apply(&mut s, Intent::Tick, 130.0));
        assert!(s.is_pristine());
        assert_eq!((s.text_size, s.theme, s.language.as_str()), (TextSize::Standard, ThemeKind::Calm, "zh-CN"));
        assert_eq!((s.voice, s.speech_mode, s.focus), (Voice::DEFAULT, false, None), "speech is the visit's too");
        assert!(!s.attract);
        assert!(apply(&mut s, Intent::Tick, 130.0 + policy.attract_after));
        assert!(s.attract);
    }

    #[test]
    fn the_keypad_focus_goes_round_and_a_new_page_starts_on_its_title() {
        let mut s = session();
        apply(&mut s, Intent::StartSpeechMode { title: Some(1) }, 1.0);
        apply(&mut s, Intent::FocusNext { of: 3 }, 2.0);
        assert_eq!(s.focus, Some(2));
        apply(&mut s, Intent::FocusNext { of: 3 }, 3.0);
        assert_eq!(s.focus, Some(0), "after the last item comes the first");
        apply(&mut s, Intent::FocusPrevious { of: 3 }, 4.0);
        assert_eq!(s.focus, Some(2));
        let key = |page| PageKey {
            shown: super::super::intent::Shown::Screen(Screen::Home),
            page,
            pages: 2,
            language: "zh-CN".into(),
        };
        assert!(apply(&mut s, Intent::PageShown { key: key(0), title: Some(0) }, 5.0));
        assert_eq!(s.focus, Some(0));
        apply(&mut s, Intent::FocusNext { of: 3 }, 6.0);
        assert!(!apply(&mut s, Intent::PageShown { key: key(0), title: Some(0) }, 7.0), "the same page");
        assert_eq!(s.focus, Some(1), "the same page keeps the focus where it is");
    }
}
