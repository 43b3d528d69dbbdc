//! What a customer can choose for their visit: text size and colours. Staff
//! choose a new visit's defaults from the same values (the settings file
//! writes them in kebab-case: `extra-large`, `high-contrast`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

    /// The screen-text message naming this size: "标准" / "standard" …
    pub fn word_id(self) -> &'static str {
        match self {
            Self::Standard => "text-size-standard",
            Self::Large => "text-size-large",
            Self::ExtraLarge => "text-size-extra-large",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeKind {
    #[default]
    Calm,
    HighContrast,
}

impl ThemeKind {
    pub fn other(self) -> Self {
        match self {
            Self::Calm => Self::HighContrast,
            Self::HighContrast => Self::Calm,
        }
    }

    /// The staff panel's name for this theme.
    pub fn word_id(self) -> &'static str {
        match self {
            Self::Calm => "staff-theme-calm",
            Self::HighContrast => "staff-theme-high-contrast",
        }
    }
}
