//! What happens to a visit, as messages of three kinds: what a customer does,
//! what staff do, and what the app observed (time, speech, worker results).
//! Only `Session::apply` acts on them; it answers with effects (`effect.rs`).

use super::reason::Reason;
use super::screen::{PageKey, Screen, SessionDefaults};

/// Any message the session takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Customer(Press),
    Staff(StaffMsg),
    Observed(Observation),
}

/// What a customer did: a tap on a button, or a key of the speech keypad.
#[derive(Clone, Debug, PartialEq)]
pub enum Press {
    Open(Screen),
    Back,
    Home,
    NextPage,
    PreviousPage,
    NextTextSize,
    ToggleTheme,
    SetLanguage(String),
    CallStaff,
    /// Ask staff to come for this reason: one picked after call-staff, a yes
    /// to "shall I get someone?", or "have someone look anyway".
    CallStaffBecause(Reason),
    /// A "yes" in the transfer check: staff are called quietly with the
    /// question's flag, and the check gives way to `stop`, its calm screen.
    RedFlag {
        flag: String,
        stop: Screen,
    },
    /// "不用": no help wanted now.
    CloseOverlay,
    MoreTime,
    /// Read this page; pause or resume while reading.
    Read,
    /// Touch to hear: read the `n`-th readable block of the page (in
    /// reading order) that the customer touched, framed while it is read.
    Hear(usize),
    /// Say the current (or last) sentence again.
    RepeatSpeech,
    StopSpeech,
    /// Slower, faster, louder, quieter.
    Voice(VoiceChange),
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
}

/// How a customer changed the read-aloud voice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceChange {
    Slower,
    Faster,
    /// The volume button: quiet → medium → loud → quiet.
    CycleVolume,
    Louder,
    Quieter,
}

/// What staff did: the hidden corner, the PIN pad and the staff panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffMsg {
    /// A tap on the hidden staff corner (five within three seconds open the PIN pad).
    CornerTap,
    PinDigit(u8),
    PinErase,
    PinEnter,
    Action(StaffAction),
}

/// What staff can do in the staff panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffAction {
    ReloadContent,
    TestSpeech,
    SpeechHowTo,
    ExportStats,
    LeaveKiosk,
    /// Step one of the panel's settings (by its key in the staff settings table).
    Setting(&'static str),
    /// Offer or stop offering this language (a code such as "en-US").
    ToggleLanguage(String),
}

/// Not anybody's press: what the app observed.
#[derive(Clone, Debug, PartialEq)]
pub enum Observation {
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
    PageShown { key: PageKey, title: Option<usize> },
    /// The worker found the PIN right: the PIN pad gives way to the staff panel.
    StaffUnlocked,
    /// New content: these screens on the way back no longer exist.
    ScreensGone(Vec<Screen>),
    /// New defaults from the staff panel (shown at once if nobody is here).
    NewDefaults(SessionDefaults),
}

impl From<Press> for Msg {
    fn from(press: Press) -> Self {
        Msg::Customer(press)
    }
}

impl From<StaffMsg> for Msg {
    fn from(staff: StaffMsg) -> Self {
        Msg::Staff(staff)
    }
}

impl From<StaffAction> for Msg {
    fn from(action: StaffAction) -> Self {
        Msg::Staff(StaffMsg::Action(action))
    }
}

impl From<Observation> for Msg {
    fn from(seen: Observation) -> Self {
        Msg::Observed(seen)
    }
}
