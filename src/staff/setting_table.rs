//! The settings on the staff panel, declared once. The panel draws one button
//! per entry and a press steps it; the settings file keeps it by its field in
//! `Settings` (serde). A new setting is a field there plus an entry here and
//! its locale line — the panel, the desk and the messages need no change.

use super::settings::Settings;
use crate::speech::Voice;

/// What the kiosk itself decides where a setting is left unset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unset {
    /// Auto-read is on in lobby mode unless staff turn it off.
    pub auto_read: bool,
}

/// How a press changes a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// On, off, on: the button shows whether it is on.
    Toggle,
    /// Through its values and back to the first.
    Cycle,
}

/// A setting's value as the panel shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Number(i64),
    /// A locale message id, such as `size-large`.
    Word(&'static str),
    On(bool),
}

/// One setting on the staff panel.
pub struct Entry {
    /// Stable name: what the panel's button sends and tests refer to.
    pub key: &'static str,
    /// Locale message id of the button; it gets the value as `$value`.
    pub label: &'static str,
    /// An icon glyph from the bundled emoji font, drawn before the label.
    pub icon: &'static str,
    pub kind: Kind,
    pub get: fn(&Settings, Unset) -> Shown,
    /// One press: the next value (a toggle flips).
    pub step: fn(&mut Settings, Unset),
    /// Back to what a new install has.
    pub reset: fn(&mut Settings),
}

const IDLE_STEPS: [u32; 5] = [60, 90, 120, 180, 300];
/// Offering help: after this many seconds stuck, or never (0).
const OFFER_HELP_STEPS: [u32; 5] = [45, 60, 90, 120, 0];

pub static ENTRIES: &[Entry] = &[
    Entry {
        key: "idle-warning",
        label: "staff-idle",
        icon: "⏰",
        kind: Kind::Cycle,
        get: |s, _| Shown::Number(i64::from(s.idle_warning_seconds)),
        step: |s, _| {
            let next = IDLE_STEPS.iter().find(|t| **t > s.idle_warning_seconds);
            s.idle_warning_seconds = *next.unwrap_or(&IDLE_STEPS[0]);
        },
        reset: |s| s.idle_warning_seconds = Settings::default().idle_warning_seconds,
    },
    Entry {
        key: "offer-help",
        label: "staff-offer-help",
        icon: "🙋",
        kind: Kind::Cycle,
        // 0 is "never": the locale line says so.
        get: |s, _| Shown::Number(i64::from(s.offer_help_seconds)),
        step: |s, _| {
            let at = OFFER_HELP_STEPS.iter().position(|t| *t == s.offer_help_seconds);
            s.offer_help_seconds = OFFER_HELP_STEPS[at.map_or(0, |i| (i + 1) % OFFER_HELP_STEPS.len())];
        },
        reset: |s| s.offer_help_seconds = Settings::default().offer_help_seconds,
    },
    Entry {
        key: "text-size",
        label: "staff-default-size",
        icon: "🔠",
        kind: Kind::Cycle,
        get: |s, _| Shown::Word(s.text_size.word_id()),
        step: |s, _| s.text_size = s.text_size.next(),
        reset: |s| s.text_size = Settings::default().text_size,
    },
    Entry {
        key: "theme",
        label: "staff-default-theme",
        icon: "👓",
        kind: Kind::Cycle,
        get: |s, _| Shown::Word(s.theme.word_id()),
        step: |s, _| s.theme = s.theme.other(),
        reset: |s| s.theme = Settings::default().theme,
    },
    Entry {
        key: "auto-read",
        label: "staff-auto-read",
        icon: "🔊",
        kind: Kind::Toggle,
        get: |s, unset| Shown::On(s.auto_read.unwrap_or(unset.auto_read)),
        step: |s, unset| s.auto_read = Some(!s.auto_read.unwrap_or(unset.auto_read)),
        reset: |s| s.auto_read = Settings::default().auto_read,
    },
    Entry {
        key: "hong-kong-voice",
        label: "staff-hong-kong-voice",
        icon: "💬",
        kind: Kind::Toggle,
        get: |s, _| Shown::On(s.cantonese_for_hong_kong),
        step: |s, _| s.cantonese_for_hong_kong = !s.cantonese_for_hong_kong,
        reset: |s| s.cantonese_for_hong_kong = Settings::default().cantonese_for_hong_kong,
    },
    Entry {
        key: "speech-rate",
        label: "staff-default-rate",
        icon: "🐢",
        kind: Kind::Cycle,
        get: |s, _| Shown::Number(i64::from(s.voice().rate)),
        step: |s, _| {
            s.speech_rate = if s.speech_rate >= Voice::MAX_RATE { Voice::MIN_RATE } else { s.speech_rate + 1 };
        },
        reset: |s| s.speech_rate = Settings::default().speech_rate,
    },
    Entry {
        key: "speech-volume",
        label: "staff-default-volume",
        icon: "🔉",
        kind: Kind::Cycle,
        get: |s, _| Shown::Word(s.voice().volume_word_id()),
        step: |s, _| s.speech_volume = (s.speech_volume + 1) % (Voice::MAX_VOLUME + 1),
        reset: |s| s.speech_volume = Settings::default().speech_volume,
    },
];

/// The entry a panel button named, if there is one.
pub fn entry(key: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|e| e.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOBBY: Unset = Unset { auto_read: true };

    #[test]
    fn every_entry_comes_back_round_and_resets_to_a_new_install() {
        for e in ENTRIES {
            let mut s = Settings::default();
            let first = (e.get)(&s, LOBBY);
            let mut seen = vec![first];
            for _ in 0..10 {
                (e.step)(&mut s, LOBBY);
                let now = (e.get)(&s, LOBBY);
                if now == first {
                    break;
                }
                assert!(!seen.contains(&now), "{}: {now:?} came twice before the first came back", e.key);
                seen.push(now);
            }
            assert_eq!((e.get)(&s, LOBBY), first, "{}: never came back to {first:?}", e.key);
            assert!(seen.len() >= 2, "{}: a press changed nothing", e.key);
            assert_eq!(matches!(first, Shown::On(_)), e.kind == Kind::Toggle, "{}: a toggle shows on or off", e.key);
            (e.step)(&mut s, LOBBY);
            (e.reset)(&mut s);
            assert_eq!(s, Settings::default(), "{}: reset", e.key);
        }
    }

    #[test]
    fn keys_are_unique_and_found() {
        for e in ENTRIES {
            assert!(std::ptr::eq(entry(e.key).map_or(std::ptr::null(), |f| f), e), "{}", e.key);
        }
        assert!(entry("no-such-setting").is_none());
    }
}
