use super::super::effect::PinEdit;
use super::super::message::{Press, StaffAction, StaffMsg};
use super::*;
use crate::kiosk::{Reason, SectionId, Tally, VoiceChange};
use crate::speech::Voice;

const TALLY: Tally = Tally { stats_key: "things", help: "things opened", staff_line: "things-today" };
/// A counted section and an uncounted one, as the UI declares its own.
const COUNTED: SectionId = SectionId { key: "counted", item: "thing", tally: Some(TALLY) };
const PLAIN: SectionId = SectionId { key: "plain", item: "part", tally: None };

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

fn apply(s: &mut Session, msg: impl Into<Msg>, now: f64) -> bool {
    s.apply(msg, now, &IdlePolicy::default()).accepted
}

#[test]
fn a_double_tap_counts_once() {
    let mut s = session();
    assert!(apply(&mut s, Press::Open(Screen::List(COUNTED)), 1.0));
    assert!(!apply(&mut s, Press::Open(Screen::Item(COUNTED, "x".into())), 1.2));
    assert_eq!(s.screen(), &Screen::List(COUNTED));
    assert!(apply(&mut s, Press::Back, 2.0));
    assert_eq!(s.screen(), &Screen::Home);
}

#[test]
fn idle_reset_restores_every_choice() {
    let policy = IdlePolicy::default();
    let mut s = session();
    apply(&mut s, Press::NextTextSize, 1.0);
    apply(&mut s, Press::ToggleTheme, 2.0);
    apply(&mut s, Press::SetLanguage("en-US".into()), 3.0);
    apply(&mut s, Press::Open(Screen::List(PLAIN)), 4.0);
    apply(&mut s, Press::Voice(VoiceChange::Faster), 5.0);
    apply(&mut s, Press::Voice(VoiceChange::Louder), 6.0);
    apply(&mut s, Press::StartSpeechMode { title: Some(0) }, 7.0);
    assert_eq!(s.voice, Voice { rate: 1, volume: 2 });
    assert!(s.speech_mode);
    assert!(matches!(s.idle_phase(110.0, &policy), IdlePhase::Warning { .. }));
    assert!(apply(&mut s, Observation::Tick, 130.0));
    assert!(s.is_pristine());
    assert_eq!((s.text_size, s.theme, s.language.as_str()), (TextSize::Standard, ThemeKind::Calm, "zh-CN"));
    assert_eq!((s.voice, s.speech_mode, s.focus), (Voice::DEFAULT, false, None), "speech is the visit's too");
    assert!(!s.attract);
    assert!(apply(&mut s, Observation::Tick, 130.0 + policy.attract_after));
    assert!(s.attract);
}

#[test]
fn the_keypad_focus_goes_round_and_a_new_page_starts_on_its_title() {
    let mut s = session();
    apply(&mut s, Press::StartSpeechMode { title: Some(1) }, 1.0);
    apply(&mut s, Press::FocusNext { of: 3 }, 2.0);
    assert_eq!(s.focus, Some(2));
    apply(&mut s, Press::FocusNext { of: 3 }, 3.0);
    assert_eq!(s.focus, Some(0), "after the last item comes the first");
    apply(&mut s, Press::FocusPrevious { of: 3 }, 4.0);
    assert_eq!(s.focus, Some(2));
    let key = |page| PageKey { shown: super::Shown::Screen(Screen::Home), page, pages: 2, language: "zh-CN".into() };
    assert!(apply(&mut s, Observation::PageShown { key: key(0), title: Some(0) }, 5.0));
    assert_eq!(s.focus, Some(0));
    apply(&mut s, Press::FocusNext { of: 3 }, 6.0);
    assert!(!apply(&mut s, Observation::PageShown { key: key(0), title: Some(0) }, 7.0), "the same page");
    assert_eq!(s.focus, Some(1), "the same page keeps the focus where it is");
}

fn effects(s: &mut Session, msg: impl Into<Msg>, now: f64) -> Vec<Effect> {
    s.apply(msg, now, &IdlePolicy::default()).effects
}

#[test]
fn only_a_counted_sections_items_are_counted_and_keys_name_the_item() {
    let mut s = session();
    // The visit's first press is counted as a visit; then neither a menu nor
    // an item of an uncounted section counts anything.
    assert!(effects(&mut s, Press::Open(Screen::List(PLAIN)), 1.0).contains(&Effect::Count(Counted::VisitStarted)));
    let interrupt_only = vec![Effect::Speech(Speak::Interrupt)];
    assert_eq!(effects(&mut s, Press::Open(Screen::Item(PLAIN, "steps".into())), 2.0), interrupt_only);
    assert_eq!(effects(&mut s, Press::Open(Screen::List(COUNTED)), 3.0), interrupt_only);
    assert_eq!(Screen::Item(PLAIN, "steps".into()).key(), "part:steps");
    assert_eq!(Screen::Item(COUNTED, "t1".into()).key(), "thing:t1");
}

#[test]
fn call_staff_stops_speech_counts_and_alerts_with_the_screen() {
    let mut s = session();
    apply(&mut s, Press::Open(Screen::List(COUNTED)), 1.0);
    assert_eq!(
        effects(&mut s, Press::CallStaff, 2.0),
        vec![
            Effect::Speech(Speak::Interrupt),
            Effect::Count(Counted::CallStaffPressed),
            Effect::AlertStaff { screen: "counted".into(), reason: Reason::JustCome },
            Effect::Count(Counted::CallOpened { reason: "just-come" }),
        ]
    );
    assert_eq!(s.overlay, Some(Overlay::CallStaff { picked: None }));
    // A reason picked then goes with another alert, and is marked.
    assert_eq!(
        effects(&mut s, Press::CallStaffBecause(Reason::NeedSeat), 3.0),
        vec![
            Effect::Speech(Speak::Interrupt),
            Effect::AlertStaff { screen: "counted".into(), reason: Reason::NeedSeat },
            Effect::Count(Counted::CallOpened { reason: "need-seat" }),
        ]
    );
    assert_eq!(s.overlay, Some(Overlay::CallStaff { picked: Some("need-seat") }));
    // The same reason again is the same call: nothing more waits.
    let again = effects(&mut s, Press::CallStaffBecause(Reason::NeedSeat), 4.0);
    assert!(!again.iter().any(|e| matches!(e, Effect::Count(Counted::CallOpened { .. }))), "{again:?}");
}

#[test]
fn staff_unlocking_the_panel_answers_the_calls_and_a_visit_that_ends_first_leaves_them_unanswered() {
    let policy = IdlePolicy::default();
    let flag = |s: &mut Session, now| {
        let stop = Screen::Item(PLAIN, "stop".into());
        apply(s, Press::Open(Screen::Item(PLAIN, "q1".into())), now);
        effects(s, Press::RedFlag { flag: "q1".into(), stop }, now + 1.0);
    };
    // Answered: staff came and unlocked the panel here.
    let mut s = session();
    flag(&mut s, 1.0);
    apply(&mut s, Press::Home, 3.0);
    assert!(!s.is_pristine(), "a call waits: the visit is not over");
    for t in 0..STAFF_TAPS {
        apply(&mut s, StaffMsg::CornerTap, 4.0 + t as f64 * 0.1);
    }
    let unlocked = s.apply(Observation::StaffUnlocked, 5.0, &policy).effects;
    assert_eq!(unlocked, vec![Effect::Count(Counted::CallAnswered { reason: "possible-scam" })]);
    let left = effects(&mut s, Press::Back, 6.0);
    assert!(!left.iter().any(|e| matches!(e, Effect::Count(Counted::CallUnanswered { .. }))), "{left:?}");
    // Unanswered: the visit timed out first (even from the home screen),
    // though later than usual: the customer was told someone is coming.
    let mut s = session();
    flag(&mut s, 1.0);
    apply(&mut s, Press::Home, 3.0);
    let usual = 3.0 + policy.warn_after + policy.countdown + 1.0;
    assert_eq!(s.idle_phase(usual, &policy), IdlePhase::Active, "waiting for staff is not idling");
    assert!(matches!(s.idle_phase(usual + policy.staff_wait - 20.0, &policy), IdlePhase::Warning { .. }));
    let ended = s.apply(Observation::Tick, usual + policy.staff_wait, &policy).effects;
    assert!(ended.contains(&Effect::Count(Counted::CallUnanswered { reason: "possible-scam" })), "{ended:?}");
    assert!(s.is_pristine());
    let later = s.apply(Observation::Tick, 10_000.0, &policy).effects;
    assert!(!later.iter().any(|e| matches!(e, Effect::Count(Counted::CallUnanswered { .. }))), "counted once");
}

#[test]
fn a_red_flag_calls_staff_quietly_and_leaves_the_questions_for_the_calm_screen() {
    let mut s = session();
    apply(&mut s, Press::Open(Screen::List(COUNTED)), 1.0);
    apply(&mut s, Press::Open(Screen::List(PLAIN)), 2.0);
    apply(&mut s, Press::Open(Screen::Item(PLAIN, "q2".into())), 3.0);
    let stop = Screen::Item(PLAIN, "stop".into());
    let flagged = effects(&mut s, Press::RedFlag { flag: "q2".into(), stop: stop.clone() }, 4.0);
    assert_eq!(
        flagged,
        vec![
            Effect::Speech(Speak::Interrupt),
            Effect::AlertStaff { screen: "part:q2".into(), reason: Reason::PossibleScam { flag: "q2".into() } },
            Effect::Count(Counted::CallOpened { reason: "possible-scam" }),
        ],
        "no chime is an effect of its own; the call is counted by its reason, never its flag"
    );
    assert_eq!(s.screen(), &stop);
    assert_eq!(s.overlay, None, "nothing covers the calm screen");
    apply(&mut s, Press::Back, 5.0);
    assert_eq!(s.screen(), &Screen::List(COUNTED), "Back leaves the check");
}

#[test]
fn the_first_press_of_a_visit_is_counted_and_a_reset_ends_it() {
    let policy = IdlePolicy::default();
    let mut s = session();
    let opened = effects(&mut s, Press::Open(Screen::Item(COUNTED, "t1".into())), 1.0);
    assert_eq!(
        opened,
        vec![
            Effect::Speech(Speak::Interrupt),
            Effect::Count(Counted::ItemViewed {
                section: COUNTED,
                tally: TALLY,
                id: "t1".into(),
                language: "zh-CN".into()
            }),
            Effect::Count(Counted::VisitStarted),
        ]
    );
    assert!(!effects(&mut s, Press::Back, 2.0).contains(&Effect::Count(Counted::VisitStarted)));
    apply(&mut s, Press::NextTextSize, 3.0);
    let reset = s.apply(Observation::Tick, 3.0 + policy.warn_after + policy.countdown + 1.0, &policy).effects;
    assert_eq!(reset, vec![Effect::Speech(Speak::StopAll), Effect::Count(Counted::IdleReset)]);
    assert!(s.is_pristine());
}

#[test]
fn staff_screens_open_only_the_staff_way() {
    let mut s = session();
    assert_eq!(effects(&mut s, Press::Open(Screen::Staff), 1.0), vec![Effect::Speech(Speak::Interrupt)]);
    assert_eq!(s.screen(), &Screen::Home, "no PIN, no panel");
    assert_eq!(
        effects(&mut s, StaffAction::LeaveKiosk, 2.0),
        vec![Effect::Speech(Speak::Interrupt)],
        "a staff action off the panel does nothing"
    );
    for t in 0..STAFF_TAPS {
        apply(&mut s, StaffMsg::CornerTap, 3.0 + t as f64 * 0.1);
    }
    assert_eq!(s.screen(), &Screen::StaffPin);
    assert_eq!(
        effects(&mut s, StaffMsg::PinEnter, 4.0),
        vec![Effect::Speech(Speak::Interrupt), Effect::Pin(PinEdit::Check)]
    );
    assert_eq!(s.screen(), &Screen::StaffPin, "the worker checks the PIN, not the session");
    apply(&mut s, Observation::StaffUnlocked, 5.0);
    assert_eq!(s.screen(), &Screen::Staff);
    assert_eq!(
        effects(&mut s, StaffAction::LeaveKiosk, 6.0),
        vec![Effect::Speech(Speak::Interrupt), Effect::Staff(StaffAction::LeaveKiosk)]
    );
}
