//! What a press does: a customer's on the screens, a staff member's on the
//! hidden corner, the PIN pad and the panel.

use super::super::effect::{Counted, Effect, PinEdit, Speak};
use super::super::message::{Press, StaffMsg};
use super::super::reason::Reason;
use super::super::screen::{Overlay, Place, Screen};
use super::super::self_check::{self, SelfCheck};
use super::super::voice::voice_after;
use super::{STAFF_TAP_SECONDS, STAFF_TAPS, Session};

impl Session {
    /// A customer's accepted press.
    pub(super) fn press(&mut self, press: Press, now: f64) -> Vec<Effect> {
        let interrupt = Effect::Speech(Speak::Interrupt);
        match press {
            Press::Back | Press::Home if self.staff_open() => {
                // Staff are done: the next customer gets a fresh visit with
                // the defaults just chosen. (From the PIN pad, before a
                // PIN: a call still waiting ends unanswered.)
                let ended = self.reset(now);
                self.last_accepted = now;
                return [interrupt].into_iter().chain(ended).collect();
            }
            // The staff screens open only the staff way: the hidden corner
            // for the PIN pad, and a PIN the worker checked for the panel.
            Press::Open(screen) if screen.is_staff() => {}
            Press::Open(screen) => return self.open(screen),
            Press::StartSelfCheck { situations } => {
                self.self_check = SelfCheck::shuffled(situations);
                self.stack.push(Place { screen: Screen::SelfCheck { step: 0, answer: None }, page: 0 });
            }
            Press::Answer(answer) => self.on_self_check(|place| self_check::answer(place, answer)),
            Press::NextSituation => self.on_self_check(self_check::next),
            Press::Back => {
                if self.stack.len() > 1 {
                    self.sound_panel = false;
                    self.stack.pop();
                }
            }
            Press::Home => {
                self.sound_panel = false;
                self.stack.truncate(1);
            }
            Press::NextPage => self.turn_page(1),
            Press::PreviousPage => self.turn_page(-1),
            Press::NextTextSize => self.text_size = self.text_size.next(),
            Press::ToggleTheme => self.theme = self.theme.other(),
            Press::SetLanguage(lang) => self.language = lang,
            Press::CallStaff => {
                self.overlay = Some(Overlay::CallStaff { picked: None });
                let alert = self.alert(Reason::JustCome);
                return vec![interrupt, Effect::Count(Counted::CallStaffPressed), alert];
            }
            Press::CallStaffBecause(reason) => {
                let picked = Reason::PICKABLE.iter().find(|r| **r == reason).map(Reason::key);
                self.overlay = Some(Overlay::CallStaff { picked });
                return vec![interrupt, self.alert(reason)];
            }
            Press::RedFlag { flag, stop } => return self.red_flag(flag, stop),
            Press::CloseOverlay => self.overlay = None,
            // The press itself is the point: it counts as the customer still here.
            Press::MoreTime => {}
            Press::Read
            | Press::Hear(_)
            | Press::RepeatSpeech
            | Press::StopSpeech
            | Press::Voice(_)
            | Press::ToggleSoundPanel
            | Press::StartSpeechMode { .. }
            | Press::FocusNext { .. }
            | Press::FocusPrevious { .. }
            | Press::SayFocused => return self.sound(press),
        }
        vec![interrupt]
    }

    /// Opens a screen; an item of a counted section is counted.
    fn open(&mut self, screen: Screen) -> Vec<Effect> {
        self.sound_panel = false;
        let language = self.language.clone();
        let counted = match &screen {
            Screen::Item(section, id) => {
                section.tally.map(|tally| Counted::ItemViewed { section: *section, tally, id: id.clone(), language })
            }
            Screen::Home | Screen::List(_) | Screen::SelfCheck { .. } | Screen::StaffPin | Screen::Staff => None,
        };
        self.stack.push(Place { screen, page: 0 });
        [Effect::Speech(Speak::Interrupt)].into_iter().chain(counted.map(Effect::Count)).collect()
    }

    /// The presses about speech: what is read, how, and the keypad focus.
    /// None of them interrupts the reading by itself.
    fn sound(&mut self, press: Press) -> Vec<Effect> {
        let speak = match press {
            Press::Read => Speak::ReadPage,
            // Whatever was being read gives way to the block touched.
            Press::Hear(n) => Speak::Block(n),
            Press::RepeatSpeech => Speak::Repeat,
            Press::StopSpeech => Speak::Stop,
            Press::Voice(change) => {
                self.voice = voice_after(self.voice, change);
                Speak::VoiceChanged(change)
            }
            // Opening the sound row to change the voice must not stop the reading.
            Press::ToggleSoundPanel => {
                self.sound_panel = !self.sound_panel;
                return Vec::new();
            }
            Press::StartSpeechMode { title } => {
                self.speech_mode = true;
                self.focus = title;
                Speak::SpeechModeHelp
            }
            Press::FocusNext { of } => {
                if of > 0 {
                    self.focus = Some(self.focus.filter(|f| *f < of).map_or(0, |f| (f + 1) % of));
                }
                Speak::Focused
            }
            Press::FocusPrevious { of } => {
                if of > 0 {
                    self.focus = Some(self.focus.filter(|f| *f < of).map_or(of - 1, |f| (f + of - 1) % of));
                }
                Speak::Focused
            }
            Press::SayFocused => Speak::Focused,
            // The rest are screen presses, handled by `press`.
            Press::Open(_)
            | Press::Back
            | Press::Home
            | Press::NextPage
            | Press::PreviousPage
            | Press::NextTextSize
            | Press::ToggleTheme
            | Press::SetLanguage(_)
            | Press::CallStaff
            | Press::CallStaffBecause(_)
            | Press::RedFlag { .. }
            | Press::CloseOverlay
            | Press::MoreTime
            | Press::StartSelfCheck { .. }
            | Press::Answer(_)
            | Press::NextSituation => return Vec::new(),
        };
        vec![Effect::Speech(speak)]
    }

    /// A staff member's accepted press: the corner, the PIN pad, the panel.
    pub(super) fn staff(&mut self, staff: StaffMsg, now: f64) -> Vec<Effect> {
        let effect = match staff {
            StaffMsg::CornerTap => {
                self.staff_tap(now);
                None
            }
            StaffMsg::PinDigit(d) => Some(Effect::Pin(PinEdit::Digit(d))),
            StaffMsg::PinErase => Some(Effect::Pin(PinEdit::Erase)),
            StaffMsg::PinEnter => Some(Effect::Pin(PinEdit::Check)),
            // Only the panel a PIN opened acts on staff actions.
            StaffMsg::Action(action) => (*self.screen() == Screen::Staff).then_some(Effect::Staff(action)),
        };
        [Effect::Speech(Speak::Interrupt)].into_iter().chain(effect).collect()
    }

    /// The alert for staff, from the screen the customer is on.
    fn alert(&self, reason: Reason) -> Effect {
        Effect::AlertStaff { screen: self.screen().key(), reason }
    }

    /// A red flag in the transfer check: its questions give way to the calm
    /// `stop` screen (Back then leaves the check), and staff are called
    /// quietly from the question's screen. Speech stops; nothing is said of
    /// a scam, and no overlay covers the calm screen.
    fn red_flag(&mut self, flag: String, stop: Screen) -> Vec<Effect> {
        let alert = self.alert(Reason::PossibleScam { flag });
        let section = |s: &Screen| match s {
            Screen::List(id) | Screen::Item(id, _) => Some(*id),
            Screen::Home | Screen::SelfCheck { .. } | Screen::StaffPin | Screen::Staff => None,
        };
        let in_check = |p: &Place| section(&p.screen).is_some() && section(&p.screen) == section(&stop);
        while self.stack.len() > 1 && self.stack.last().is_some_and(in_check) {
            self.stack.pop();
        }
        self.sound_panel = false;
        self.stack.push(Place { screen: stop, page: 0 });
        vec![Effect::Speech(Speak::Interrupt), alert]
    }

    fn on_self_check(&mut self, change: impl FnOnce(&mut Place)) {
        if let Some(place) = self.stack.last_mut() {
            change(place);
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
}

/// How a press meets the double-tap rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gate {
    Normal,
    /// Meant to come in quick succession (more time, the PIN pad).
    Quick,
    /// Moves the keypad focus only.
    FocusOnly,
}

impl Gate {
    pub(super) fn of(press: &Press) -> Gate {
        match press {
            Press::MoreTime => Gate::Quick,
            Press::StartSpeechMode { .. }
            | Press::FocusNext { .. }
            | Press::FocusPrevious { .. }
            | Press::SayFocused => Gate::FocusOnly,
            Press::Open(_)
            | Press::Back
            | Press::Home
            | Press::NextPage
            | Press::PreviousPage
            | Press::NextTextSize
            | Press::ToggleTheme
            | Press::SetLanguage(_)
            | Press::CallStaff
            | Press::CallStaffBecause(_)
            | Press::RedFlag { .. }
            | Press::CloseOverlay
            | Press::Read
            | Press::Hear(_)
            | Press::RepeatSpeech
            | Press::StopSpeech
            | Press::Voice(_)
            | Press::ToggleSoundPanel
            | Press::StartSelfCheck { .. }
            | Press::Answer(_)
            | Press::NextSituation => Gate::Normal,
        }
    }
}
