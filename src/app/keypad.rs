//! Speech mode without touch: a keyboard or a talking-ATM style keypad. The
//! keys are taken out of egui's input, so egui never acts on them as well.

use egui::{Event, Key, Modifiers};

use super::{KioskApp, talk_context};
use crate::kiosk::Intent;
use crate::ui::{Item, Role};

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

impl KioskApp {
    /// One key of speech mode. The first key only starts the mode and says how
    /// it works, so a blind customer never sets something off unheard.
    pub(super) fn key(&mut self, key: KeyAction, now: f64) {
        let cx = talk_context(&self.session, &self.i18n, &self.store);
        if !self.session.speech_mode {
            self.session.speech_mode = true;
            self.session.focus = self.items.iter().position(|i| i.on_page);
            self.talk.say_now(&cx, &self.i18n.text(&self.session.language, "speech-mode-help"), now);
            return;
        }
        let count = self.items.len();
        let focus = self.session.focus.filter(|f| *f < count);
        match key {
            KeyAction::Next | KeyAction::Previous if count > 0 => {
                let f = match (key, focus) {
                    (KeyAction::Next, Some(f)) => (f + 1) % count,
                    (KeyAction::Previous, Some(f)) => (f + count - 1) % count,
                    (KeyAction::Next, None) => 0,
                    _ => count - 1,
                };
                self.session.focus = Some(f);
                let text = self.spoken_item(&self.items[f]);
                self.talk.say_now(&cx, &text, now);
            }
            KeyAction::Activate => {
                if let Some(intent) = focus.and_then(|f| self.items[f].intent.clone()) {
                    self.apply_at(intent, now);
                } else if let Some(f) = focus {
                    // Not a button: say it again.
                    let text = self.spoken_item(&self.items[f]);
                    self.talk.say_now(&cx, &text, now);
                }
            }
            KeyAction::Home => self.apply_at(Intent::Home, now),
            KeyAction::Back => self.apply_at(Intent::Back, now),
            KeyAction::Repeat => self.apply_at(Intent::RepeatSpeech, now),
            KeyAction::Louder => self.apply_at(Intent::Louder, now),
            KeyAction::Quieter => self.apply_at(Intent::Quieter, now),
            KeyAction::Next | KeyAction::Previous => {}
        }
    }

    /// An item as the keypad focus says it: its words and what it is.
    fn spoken_item(&self, item: &Item) -> String {
        let lang = &self.session.language;
        let name = [("name", crate::i18n::FluentValue::from(item.text.as_str()))];
        match item.role {
            Role::Button => self.i18n.text_with(lang, "speech-button", &name),
            Role::Title => self.i18n.text_with(lang, "speech-title", &name),
            Role::Text => item.text.clone(),
        }
    }
}
