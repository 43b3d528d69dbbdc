//! What a customer can choose for their visit: text size and colours.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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
}
