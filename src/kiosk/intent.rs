//! What can happen to a visit: the screens, and the intents the UI, the keypad
//! and the app send. Only `Session::apply` acts on them.

use super::choices::{TextSize, ThemeKind};
use crate::speech::Voice;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RightsPart {
    EightRights,
    Steps,
    Bring,
    Warning,
    /// Reporting a bank that broke the rules (not a step of a complaint).
    Report,
    /// What an older customer may ask for at the counter.
    Counter,
}

impl RightsPart {
    pub const ALL: [RightsPart; 6] = [
        RightsPart::EightRights,
        RightsPart::Steps,
        RightsPart::Bring,
        RightsPart::Warning,
        RightsPart::Report,
        RightsPart::Counter,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    FraudList,
    Topic(String),
    FacilityList,
    Facility(String),
    RightsMenu,
    /// The self-check: the `step`-th situation of this visit's order, and
    /// the answer given to it, if any.
    SelfCheck {
        step: usize,
        answer: Option<bool>,
    },
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
            Screen::SelfCheck { .. } => "self-check".into(),
            Screen::Rights(part) => format!("rights:{part:?}").to_lowercase(),
            Screen::StaffPin | Screen::Staff => "staff".into(),
        }
    }
}

/// What staff can do in the staff panel.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// Offer or stop offering this language (a code such as "en-US").
    ToggleLanguage(String),
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
#[derive(Clone, Debug, PartialEq)]
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
    /// The 声音 button: show or hide the row of sound controls.
    ToggleSoundPanel,
    /// Open the "这是骗局吗？" self-check over this many situations.
    StartSelfCheck {
        situations: usize,
    },
    /// The customer's answer: "it is a scam" (true) or "it is not".
    Answer(bool),
    /// The next situation of the self-check.
    NextSituation,
    Louder,
    Quieter,
    /// A tap on the hidden staff corner (five within three seconds open the PIN pad).
    StaffTap,
    PinDigit(u8),
    PinErase,
    PinEnter,
    Staff(StaffAction),

    // Keypad speech mode (keys, no touch).
    /// The first key: speech mode starts with the focus on the page title.
    StartSpeechMode {
        title: Option<usize>,
    },
    /// Move the keypad focus among the `of` items on screen.
    FocusNext {
        of: usize,
    },
    FocusPrevious {
        of: usize,
    },
    /// Say the focused item again (it is not a button).
    SayFocused,

    // Not a customer's tap: what the app observed.
    /// A touch, pointer move or key: the customer is still here.
    StillHere,
    /// Speech goes on until this time: nobody walks off mid-sentence.
    ListeningUntil(f64),
    /// A touch on the attract screen or the idle warning: it only wakes.
    Wake,
    /// Time passed: the idle rules may warn, reset or show the attract screen.
    Tick,
    /// A page was drawn. A new key is a new page: it is announced and the
    /// keypad focus starts on its title.
    PageShown {
        key: PageKey,
        title: Option<usize>,
    },
    /// The right PIN was entered: the PIN pad gives way to the staff panel.
    StaffUnlocked,
    /// New content: these screens on the way back no longer exist.
    ScreensGone(Vec<Screen>),
    /// New defaults from the staff panel (shown at once if nobody is here).
    NewDefaults(SessionDefaults),
}

impl Intent {
    /// Intents that are the app's observations, not a customer's press: they
    /// are never taken for a double tap and do not interrupt speech.
    pub fn is_observation(&self) -> bool {
        matches!(
            self,
            Intent::StillHere
                | Intent::ListeningUntil(_)
                | Intent::Wake
                | Intent::Tick
                | Intent::PageShown { .. }
                | Intent::StaffUnlocked
                | Intent::ScreensGone(_)
                | Intent::NewDefaults(_)
        )
    }
}

/// What is on the screen, as a value: a new key means a new page to announce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageKey {
    pub shown: Shown,
    pub page: usize,
    pub pages: usize,
    pub language: String,
}

/// A screen, or a dialog covering it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    Screen(Screen),
    Attract,
    IdleWarning,
    CallStaff,
}

/// What every new visit starts with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDefaults {
    pub language: String,
    pub text_size: TextSize,
    pub theme: ThemeKind,
    pub voice: Voice,
}
