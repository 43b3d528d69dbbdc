//! Which screen-text message names a setting's value. One mapping each, used
//! by the screens, the staff panel and the spoken feedback.

use crate::kiosk::{TextSize, ThemeKind};
use crate::speech::Voice;

/// "标准" / "standard" …
pub fn size_word_id(size: TextSize) -> &'static str {
    match size {
        TextSize::Standard => "text-size-standard",
        TextSize::Large => "text-size-large",
        TextSize::ExtraLarge => "text-size-extra-large",
    }
}

/// "小" / "low" …
pub fn volume_word_id(voice: Voice) -> &'static str {
    match voice.volume {
        0 => "speech-volume-low",
        1 => "speech-volume-medium",
        _ => "speech-volume-high",
    }
}

/// The staff panel's name for a colour theme.
pub fn theme_word_id(theme: ThemeKind) -> &'static str {
    match theme {
        ThemeKind::Calm => "staff-theme-calm",
        ThemeKind::HighContrast => "staff-theme-high-contrast",
    }
}
