//! Speech mode without touch: a keyboard or a talking-ATM style keypad. The
//! keys are taken out of egui's input, so egui never acts on them as well.

use egui::{Event, Key, Modifiers};

use crate::kiosk::{Msg, Press, Session, VoiceChange};
use crate::ui::Item;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    Next,
    Previous,
    Activate,
    Home,
    Back,
    Repeat,
    Louder,
    Quieter,
}

/// Phone-style keypad (2 above 8), arrows and Tab for a keyboard.
fn action(key: Key, modifiers: Modifiers) -> Option<KeyAction> {
    use KeyAction::*;
    Some(match key {
        Key::Tab if modifiers.shift => Previous,
        Key::ArrowDown | Key::ArrowRight | Key::Tab | Key::Num8 => Next,
        Key::ArrowUp | Key::ArrowLeft | Key::Num2 => Previous,
        Key::Enter | Key::Space | Key::Num5 => Activate,
        Key::Num0 | Key::Home => Home,
        Key::Backspace | Key::Escape => Back,
        Key::Period | Key::Delete | Key::R => Repeat,
        Key::Plus | Key::Equals => Louder,
        Key::Minus => Quieter,
        _ => return None,
    })
}

/// Removes the keys the kiosk understands from this frame's input and
/// returns what they ask for. Held-down repeats are ignored.
pub fn take(ctx: &egui::Context) -> Vec<KeyAction> {
    ctx.input_mut(|input| {
        let mut actions = Vec::new();
        input.events.retain(|event| match event {
            Event::Key { key, pressed, repeat, modifiers, .. } => match action(*key, *modifiers) {
                Some(a) => {
                    if *pressed && !*repeat {
                        actions.push(a);
                    }
                    false
                }
                None => true,
            },
            _ => true,
        });
        actions
    })
}

/// What a key asks for, given the screen's items (last drawn) and the
/// keypad focus. The first key only starts speech mode and says how it works,
/// so a blind customer never sets something off unheard.
pub fn msg_for(key: KeyAction, session: &Session, items: &[Item]) -> Option<Msg> {
    if !session.speech_mode {
        return Some(Press::StartSpeechMode { title: items.iter().position(|i| i.on_page) }.into());
    }
    let of = items.len();
    let focus = session.focus.filter(|f| *f < of);
    let press = match key {
        KeyAction::Next if of > 0 => Press::FocusNext { of },
        KeyAction::Previous if of > 0 => Press::FocusPrevious { of },
        // A button does what a tap would; anything else is said again.
        KeyAction::Activate => return focus.map(|f| items[f].msg.clone().unwrap_or(Press::SayFocused.into())),
        KeyAction::Home => Press::Home,
        KeyAction::Back => Press::Back,
        KeyAction::Repeat => Press::RepeatSpeech,
        KeyAction::Louder => Press::Voice(VoiceChange::Louder),
        KeyAction::Quieter => Press::Voice(VoiceChange::Quieter),
        KeyAction::Next | KeyAction::Previous => return None,
    };
    Some(press.into())
}
