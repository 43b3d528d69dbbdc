//! One customer's visit: where they are, the text size, theme and language they
//! chose. Nothing here outlives the visit: a reset puts every field back.

use super::idle::{IdlePhase, IdlePolicy};
use crate::speech::Voice;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    ExtraLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::ExtraLarge];

    pub fn next(self) -> Self {
        match self {
            Self::Standard => Self::Large,
            Self::Large => Self::ExtraLarge,
            Self::ExtraLarge => Self::Standard,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeKind {
    #[default]
    Calm,
    HighContrast,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RightsPart {
    EightRights,
    Steps,
    Bring,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    FraudList,
    Topic(String),
    FacilityList,
    Facility(String),
    RightsMenu,
    Rights(RightsPart),
    /// Staff only: the PIN pad, then the staff panel.
    StaffPin,
    Staff,
}

impl Screen {
    pub fn is_staff(&self) -> bool {
        matches!(self, Screen::StaffPin | Screen::Staff)
    }

    /// A short name for alerts and logs: "home", "topic:safe-account", …
    pub fn key(&self) -> String {
        match self {
            Screen::Home => "home".into(),
            Screen::FraudList => "fraud".into(),
            Screen::Topic(id) => format!("topic:{id}"),
            Screen::FacilityList => "facilities".into(),
            Screen::Facility(id) => format!("facility:{id}"),
            Screen::RightsMenu => "rights".into(),
            Screen::Rights(part) => format!("rights:{part:?}").to_lowercase(),
            Screen::StaffPin | Screen::Staff => "staff".into(),
        }
    }
}

/// What staff can do in the staff panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffAction {
    ReloadContent,
    TestSpeech,
    SpeechHowTo,
    ExportStats,
    LeaveKiosk,
    NextIdleTimeout,
    NextDefaultSize,
    ToggleDefaultTheme,
    ToggleAutoRead,
    NextDefaultRate,
    NextDefaultVolume,
    /// Offer or stop offering the n-th of the content's languages.
    ToggleLanguage(usize),
}

/// A screen and the page of it being shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub page: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// "A staff member is coming."
    CallStaff,
}

/// What the customer asked for. The UI only emits these; the session applies them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    Open(Screen),
    Back,
    Home,
    NextPage,
    PreviousPage,
    NextTextSize,
    ToggleTheme,
    SetLanguage(String),
    CallStaff,
    CloseOverlay,
    MoreTime,
    /// Read this page; pause or resume while reading.
    Read,
    /// Say the current (or last) sentence again.
    RepeatSpeech,
    StopSpeech,
    Slower,
    Faster,
    /// The volume button: quiet → medium → loud → quiet.
    CycleVolume,
    Louder,
    Quieter,
    /// A tap on the hidden staff corner (five within three seconds open the PIN pad).
    StaffTap,
    PinDigit(u8),
    PinErase,
    PinEnter,
    Staff(StaffAction),
}

/// Taps on the hidden corner that open the PIN pad, and the time they must fit in.
pub const STAFF_TAPS: usize = 5;
pub const STAFF_TAP_SECONDS: f64 = 3.0;
/// The staff screens close themselves after this long without a touch.
pub const STAFF_IDLE_SECONDS: f64 = 60.0;

/// A second tap this soon after an accepted one is an accidental double tap.
pub const DOUBLE_TAP_SECONDS: f64 = 0.6;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDefaults {
    pub language: String,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    pub voice: Voice,
}

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
    pub voice: Voice,
    /// Keys, not touch: a focus moves over the screen and is spoken.
    pub speech_mode: bool,
    /// Which of the screen's items has the keypad focus (in screen order).
    pub focus: Option<usize>,
    staff_taps: Vec<f64>,
    defaults: SessionDefaults,
    last_input: f64,
    last_accepted: f64,
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
            focus: None,
            staff_taps: Vec::new(),
            defaults,
            last_input: now,
            last_accepted: f64::NEG_INFINITY,
        }
    }

    pub fn place(&self) -> &Place {
        self.stack.last().unwrap_or(&HOME)
    }

    pub fn screen(&self) -> &Screen {
        &self.place().screen
    }

    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// Keeps the page index inside the number of pages the screen has now (the
    /// window, text size or language may have changed).
    pub fn clamp_page(&mut self, pages: usize) {
        if let Some(place) = self.stack.last_mut() {
            place.page = place.page.min(pages.saturating_sub(1));
        }
    }

    /// After new content: drops screens whose item no longer exists (the
    /// customer lands on the list it was in), keeps everything else.
    pub fn keep_only(&mut self, exists: impl Fn(&Screen) -> bool) {
        if let Some(cut) = self.stack.iter().position(|p| !exists(&p.screen)) {
            self.stack.truncate(cut.max(1));
        }
    }

    /// Any touch or key: the customer is still here.
    pub fn input(&mut self, now: f64) {
        self.last_input = now;
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
    }

    /// Wakes the kiosk from the attract screen or answers the idle warning.
    /// The touch does nothing else, whatever lies beneath it.
    pub fn wake(&mut self, now: f64) {
        self.attract = false;
        self.last_input = now;
        // The touch that woke us must not also press what appears beneath it.
        self.last_accepted = now;
    }

    /// Applies one intent. Returns false when it was ignored as a double tap.
    pub fn apply(&mut self, intent: Intent, now: f64) -> bool {
        self.last_input = now;
        // Quick taps are the point of the staff corner and the PIN pad.
        let quick = matches!(
            intent,
            Intent::MoreTime | Intent::StaffTap | Intent::PinDigit(_) | Intent::PinErase | Intent::PinEnter
        );
        if !quick && now - self.last_accepted < DOUBLE_TAP_SECONDS {
            return false;
        }
        self.last_accepted = now;
        if matches!(intent, Intent::Back | Intent::Home) && self.staff_open() {
            // Staff are done: the next customer gets a fresh visit with the
            // defaults just chosen.
            self.reset(now);
            self.last_accepted = now;
            return true;
        }
        match intent {
            Intent::Open(screen) => self.stack.push(Place { screen, page: 0 }),
            Intent::Back => {
                if self.stack.len() > 1 {
                    self.stack.pop();
                }
            }
            Intent::Home => self.stack.truncate(1),
            Intent::NextPage => {
                if let Some(p) = self.stack.last_mut() {
                    p.page += 1;
                }
            }
            Intent::PreviousPage => {
                if let Some(p) = self.stack.last_mut() {
                    p.page = p.page.saturating_sub(1);
                }
            }
            Intent::NextTextSize => self.text_size = self.text_size.next(),
            Intent::ToggleTheme => {
                self.theme = match self.theme {
                    ThemeKind::Calm => ThemeKind::HighContrast,
                    ThemeKind::HighContrast => ThemeKind::Calm,
                }
            }
            Intent::SetLanguage(lang) => self.language = lang,
            Intent::CallStaff => self.overlay = Some(Overlay::CallStaff),
            Intent::CloseOverlay => self.overlay = None,
            Intent::Slower => self.voice.rate = (self.voice.rate - 1).max(Voice::MIN_RATE),
            Intent::Faster => self.voice.rate = (self.voice.rate + 1).min(Voice::MAX_RATE),
            Intent::CycleVolume => self.voice.volume = (self.voice.volume + 1) % (Voice::MAX_VOLUME + 1),
            Intent::Louder => self.voice.volume = (self.voice.volume + 1).min(Voice::MAX_VOLUME),
            Intent::Quieter => self.voice.volume = self.voice.volume.saturating_sub(1),
            Intent::StaffTap => {
                self.staff_taps.retain(|t| now - t < STAFF_TAP_SECONDS);
                self.staff_taps.push(now);
                if self.staff_taps.len() >= STAFF_TAPS && !self.screen().is_staff() {
                    self.staff_taps.clear();
                    self.stack.push(Place { screen: Screen::StaffPin, page: 0 });
                }
            }
            // Speech, the PIN and staff actions are the app's business; the
            // session only counts the tap.
            Intent::MoreTime
            | Intent::Read
            | Intent::RepeatSpeech
            | Intent::StopSpeech
            | Intent::PinDigit(_)
            | Intent::PinErase
            | Intent::PinEnter
            | Intent::Staff(_) => {}
        }

        true
    }

    /// The right PIN was entered: the PIN pad gives way to the staff panel.
    pub fn open_staff_panel(&mut self) {
        if let Some(place) = self.stack.last_mut().filter(|p| p.screen == Screen::StaffPin) {
            *place = Place { screen: Screen::Staff, page: 0 };
        }
    }

    /// New defaults from the staff panel: they apply from the next visit.
    pub fn set_defaults(&mut self, defaults: SessionDefaults) {
        self.defaults = defaults;
    }

    pub fn defaults(&self) -> &SessionDefaults {
        &self.defaults
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
    pub fn tick(&mut self, now: f64, policy: &IdlePolicy) -> bool {
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
    pub fn reset(&mut self, now: f64) {
        *self = Session::new(self.defaults.clone(), now);
    }
}

static HOME: Place = Place { screen: Screen::Home, page: 0 };

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_double_tap_counts_once() {
        let mut s = session();
        assert!(s.apply(Intent::Open(Screen::FraudList), 1.0));
        assert!(!s.apply(Intent::Open(Screen::Topic("x".into())), 1.2));
        assert_eq!(s.screen(), &Screen::FraudList);
        assert!(s.apply(Intent::Back, 2.0));
        assert_eq!(s.screen(), &Screen::Home);
    }

    #[test]
    fn idle_reset_restores_every_choice() {
        let policy = IdlePolicy::default();
        let mut s = session();
        s.apply(Intent::NextTextSize, 1.0);
        s.apply(Intent::ToggleTheme, 2.0);
        s.apply(Intent::SetLanguage("en-US".into()), 3.0);
        s.apply(Intent::Open(Screen::RightsMenu), 4.0);
        s.apply(Intent::Faster, 5.0);
        s.apply(Intent::Louder, 6.0);
        s.speech_mode = true;
        assert_eq!(s.voice, Voice { rate: 1, volume: 2 });
        assert!(matches!(s.idle_phase(110.0, &policy), IdlePhase::Warning { .. }));
        assert!(s.tick(130.0, &policy));
        assert!(s.is_pristine());
        assert_eq!((s.text_size, s.theme, s.language.as_str()), (TextSize::Standard, ThemeKind::Calm, "zh-CN"));
        assert_eq!((s.voice, s.speech_mode), (Voice::DEFAULT, false), "speech settings are the visit's too");
        assert!(!s.attract);
        assert!(s.tick(130.0 + policy.attract_after, &policy));
        assert!(s.attract);
    }
}
