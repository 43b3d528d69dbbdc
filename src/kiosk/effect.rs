//! What an accepted message sets off outside the session: speech, counts,
//! the call-staff alert, the PIN check, staff work. The session decides; the
//! app runs each one in a single exhaustive match.

use super::message::{StaffAction, VoiceChange};
use super::reason::Reason;
use super::screen::{SectionId, Tally};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    Speech(Speak),
    /// Something to count (metrics and the day's usage file; never who).
    Count(Counted),
    /// Tell the staff tablet a customer asked for help on this screen.
    /// Ask staff to come, saying why; a quiet reason makes no sound here.
    AlertStaff {
        screen: String,
        reason: Reason,
    },
    Pin(PinEdit),
    /// A staff panel action, after the PIN let staff in.
    Staff(StaffAction),
}

/// What to say, or to stop saying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speak {
    /// A new page: say its name and page number (if read-aloud is on).
    Announce,
    /// The read button: start reading the page, pause, or resume.
    ReadPage,
    /// Touch to hear: read the page's `n`-th readable block only.
    Block(usize),
    Repeat,
    Stop,
    /// The voice changed: go on in the new voice, or say what changed.
    VoiceChanged(VoiceChange),
    /// Speech mode started: how the keys work.
    SpeechModeHelp,
    /// The keypad focus moved (or the customer asked again): say that item.
    Focused,
    /// Any other button: stop reading; the next page announces itself.
    Interrupt,
    /// The visit ended or the kiosk fell asleep: silence everything.
    StopAll,
}

/// What the counters count: a tally, never a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Counted {
    VisitStarted,
    IdleReset,
    /// An item of a counted section was opened.
    ItemViewed {
        section: SectionId,
        tally: Tally,
        id: String,
        language: String,
    },
    CallStaffPressed,
    /// A call for staff, for a reason not yet called this visit: it waits
    /// for staff to answer at the kiosk.
    CallOpened {
        reason: &'static str,
    },
    /// Staff unlocked the panel at the kiosk while the call waited.
    CallAnswered {
        reason: &'static str,
    },
    /// The visit ended and nobody had answered the call at the kiosk.
    CallUnanswered {
        reason: &'static str,
    },
}

/// The PIN pad's keys: the digits live with the app (never in the session).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinEdit {
    Digit(u8),
    Erase,
    Check,
}
