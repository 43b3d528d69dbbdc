//! Design tokens: every size and colour the screens use, in one place. Sizes are
//! in pixels on a 1920×1080 panel (one egui point = one pixel).

use egui::Color32;

use crate::kiosk::{TextSize, ThemeKind};

/// Sizes for one text-size level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// Body text. The accessibility rules ask ≥ 40 px; the largest level ≥ 2× the smallest.
    pub body: f32,
    /// Page titles (≥ 60 px).
    pub heading: f32,
    /// Headings inside a page ("怎么识别"): bold, and 1.15 × body (46 / 64 / 92 px).
    pub section: f32,
    /// Phone numbers: the one thing that must be read from a step away.
    pub number: f32,
    /// Labels in the fixed top and bottom bars. They grow less than the body so
    /// the bars keep every button on screen.
    pub bar: f32,
}

impl Sizes {
    pub fn for_level(level: TextSize) -> Self {
        match level {
            TextSize::Standard => Self { body: 40.0, heading: 60.0, section: 46.0, number: 64.0, bar: 40.0 },
            TextSize::Large => Self { body: 56.0, heading: 72.0, section: 64.4, number: 80.0, bar: 40.0 },
            TextSize::ExtraLarge => Self { body: 80.0, heading: 96.0, section: 92.0, number: 104.0, bar: 40.0 },
        }
    }

    /// A text stepped down to keep a character off a line of its own never
    /// goes below this: above every minimum (body 40 px, titles 60 px).
    pub const SMALLEST_STEPPED_DOWN: f32 = 60.0;

    /// Line height as a multiple of the font size (≥ 1.5).
    pub const LINE_HEIGHT: f32 = 1.5;
    /// Extra space after a paragraph, in body sizes: with the 1.5 line height
    /// this makes the paragraph gap 1.5 × the line spacing.
    pub const PARAGRAPH_GAP: f32 = 0.75;
    /// Extra space between items of one list, and under a heading, in body sizes.
    pub const ITEM_GAP: f32 = 0.3;
    /// At most this many Chinese characters on one line.
    pub const MAX_CJK_PER_LINE: f32 = 40.0;

    pub fn line(&self, font_size: f32) -> f32 {
        font_size * Self::LINE_HEIGHT
    }

    pub fn paragraph_gap(&self) -> f32 {
        self.body * Self::PARAGRAPH_GAP
    }

    /// The widest a paragraph may be: 40 Chinese characters at body size.
    pub fn max_text_width(&self) -> f32 {
        self.body * Self::MAX_CJK_PER_LINE
    }

    /// Inside a button or tile, around its words; and between a phone's name
    /// and its number.
    pub fn button_pad(&self) -> f32 {
        self.body * 0.5
    }

    /// Between phone cards side by side.
    pub fn card_gap(&self) -> f32 {
        self.body * 0.6
    }

    /// Inside a phone card.
    pub fn card_pad(&self) -> f32 {
        self.body * 0.4
    }

    /// Inside a step card.
    pub fn step_pad(&self) -> f32 {
        self.body * 0.3
    }

    /// A step's number badge, round, beside its heading.
    pub fn badge_radius(&self) -> f32 {
        self.section * 0.6
    }

    /// Where a bullet's text starts, and its dot.
    pub fn bullet_indent(&self) -> f32 {
        self.body * 1.2
    }

    pub fn bullet_dot_radius(&self) -> f32 {
        self.body * 0.14
    }

    /// The dot's centre from the left, as a share of the indent.
    pub const BULLET_DOT_AT: f32 = 0.35;
    /// Space above an in-page heading, in paragraph gaps.
    pub const BEFORE_HEADING: f32 = 1.25;
    /// A text that would leave one character alone on its last line is first
    /// wrapped narrower, in steps of this share of its width (up to 8 steps),
    /// then set a step smaller: these shares of its size.
    pub const ORPHAN_NARROWING: f32 = 0.05;
    pub const ORPHAN_STEP_DOWN: [f32; 2] = [0.95, 0.9];
}

/// Millimetres a design pixel measures: a pixel of the reference panel
/// (21.5-inch 1920×1080), where 40 px body text makes 7 mm glyphs.
pub const REFERENCE_MM_PER_PX: f32 = 0.248;

/// Screen pixels per design pixel on a panel of this diagonal (mm) and
/// resolution, so that every size keeps its millimetres: 0.71 on a 21.5-inch
/// 1366×768 panel, 1.0 on the reference, 2.0 on a 21.5-inch 4K one.
pub fn physical_scale(diagonal_mm: f32, pixels: egui::Vec2) -> f32 {
    let mm_per_px = diagonal_mm / pixels.length().max(1.0);
    (REFERENCE_MM_PER_PX / mm_per_px).clamp(0.25, 8.0)
}

/// Touch targets: at least 96×96 px and 24 px apart.
pub const TARGET_MIN: f32 = 96.0;
pub const TARGET_GAP: f32 = 24.0;
/// Space around the screen edge, and between the bars and the page.
pub const MARGIN: f32 = 32.0;
pub const MARGIN_TOP_BOTTOM: f32 = 20.0;
pub const CORNER: u8 = 16;
/// Line widths: a phone or step card's frame, a button's border, the keypad focus.
pub const CARD_STROKE: f32 = 2.0;
pub const BUTTON_STROKE: f32 = 3.0;
pub const FOCUS_STROKE: f32 = 5.0;
/// The frame around what is being read aloud, and the keypad focus frame.
pub const READING_FRAME: f32 = 6.0;
pub const KEYPAD_FRAME: f32 = 8.0;
/// The home tiles' words, in body sizes (≥ 1.4 × body), and their icons.
pub const TILE_TEXT: f32 = 1.4;
pub const TILE_ICON: f32 = 2.0;
/// A tile in a row of four is at least this many body sizes wide.
pub const TILE_MIN_WIDTH: f32 = 6.5;
/// The home tiles fill at least this share of the page's height.
pub const TILE_SHARE: f32 = 0.5;
/// Space between two columns of a reading page.
pub const COLUMN_GAP: f32 = 64.0;
/// A column holds at least this many Chinese characters a line at body size;
/// narrower than that, a page keeps one column.
pub const MIN_COLUMN_CJK: f32 = 11.0;
/// Reading pages use columns only on screens at least this much wider than tall.
pub const COLUMNS_ASPECT: f32 = 1.3;
/// The idle poster, read across the lobby: its main line (≥ 120 px at 1080p,
/// about 30 mm, legible to older eyes from about 4 m), a hotline number larger
/// still, its other lines, and the space between them. A screen too small
/// for these steps them down together, never below the body and title minimums.
pub const POSTER_MAIN: f32 = 128.0;
pub const POSTER_NUMBER: f32 = 176.0;
pub const POSTER_LINE: f32 = 64.0;
pub const POSTER_GAP: f32 = 40.0;
pub const POSTER_STEPS: [f32; 6] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5];
/// Height of a facility picture (or its icon when it has none).
pub const PICTURE_HEIGHT: f32 = 240.0;
/// A facility without a picture shows its icon at this share of the picture's height.
pub const PICTURE_ICON_SHARE: f32 = 0.6;
/// Inside a button: padding, the icon's size (in text sizes), and the inset of
/// the ring that marks the chosen one (the language in use).
pub const BUTTON_PAD: f32 = 16.0;
pub const BUTTON_ICON: f32 = 1.1;
pub const SELECTED_INSET: f32 = 6.0;
/// A tile keeps this much height for its icon, in icon sizes.
pub const TILE_ICON_ROOM: f32 = 1.2;
/// Choices stay in several columns only while each is at least this share of
/// the page's width (or as wide as the widest label).
pub const MIN_CHOICE_SHARE: f32 = 0.45;
/// The green frame around what is read aloud stands this far off it, with a
/// bar on its left (width, gap); the keypad focus frame stands closer.
pub const READING_FRAME_GAP: f32 = 10.0;
pub const READING_BAR: (f32, f32) = (20.0, 8.0);
pub const READING_BAR_CORNER: u8 = 4;
pub const KEYPAD_FRAME_GAP: f32 = 6.0;
/// A phone card is at least this many Chinese characters wide (so cards sit
/// side by side only when each still reads well).
pub const MIN_CARD_CJK: f32 = 11.0;
/// On a page of columns, a title is a banner over them: a column under it has
/// the page's height less this many title heights.
pub const BANNER_ROOM: f32 = 1.5;
/// Paging: balancing never makes a column shorter than `MIN_BALANCED` of the
/// page, every page but the last stays at least `MIN_PAGE_FILL` full, and a
/// column may overrun by `LAYOUT_SLACK` px (rounding).
pub const MIN_BALANCED: f32 = 0.7;
pub const MIN_PAGE_FILL: f32 = 0.5;
pub const LAYOUT_SLACK: f32 = 0.5;
/// The bars' height fits one 96 px target plus its padding: two bars take
/// 208 px, under 20 % of a 1080 px screen.
pub const BAR_PADDING: f32 = 4.0;

/// Colours of one theme. Every text colour is checked against every background
/// it is drawn on for a contrast of at least 7:1 (see `contrast_pairs`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: Color32,
    pub text: Color32,
    pub heading: Color32,
    /// Warnings (the "agents are a scam" notice, signs of a scam).
    pub warning: Color32,
    pub bar: Color32,
    pub bar_text: Color32,
    pub button: Color32,
    pub button_text: Color32,
    pub button_border: Color32,
    /// Main actions (the three sections, "I need more time").
    pub primary: Color32,
    pub primary_text: Color32,
    pub card: Color32,
    pub number: Color32,
    pub focus: Color32,
    /// Frame around the item being read aloud.
    pub reading: Color32,
    pub dim: Color32,
}

impl Palette {
    pub fn for_theme(theme: ThemeKind) -> Self {
        match theme {
            ThemeKind::Calm => Self {
                background: Color32::from_rgb(0xFB, 0xF6, 0xEC),
                text: Color32::from_rgb(0x1C, 0x1C, 0x1C),
                heading: Color32::from_rgb(0x0B, 0x3A, 0x6E),
                warning: Color32::from_rgb(0x8A, 0x10, 0x10),
                bar: Color32::from_rgb(0x0B, 0x3A, 0x6E),
                bar_text: Color32::WHITE,
                button: Color32::WHITE,
                button_text: Color32::from_rgb(0x1C, 0x1C, 0x1C),
                button_border: Color32::from_rgb(0x0B, 0x3A, 0x6E),
                primary: Color32::from_rgb(0x0B, 0x3A, 0x6E),
                primary_text: Color32::WHITE,
                card: Color32::WHITE,
                number: Color32::from_rgb(0x0B, 0x3A, 0x6E),
                focus: Color32::from_rgb(0xC2, 0x41, 0x0C),
                reading: Color32::from_rgb(0x0E, 0x7C, 0x3A),
                dim: Color32::from_rgba_unmultiplied(0, 0, 0, 170),
            },
            ThemeKind::HighContrast => Self {
                background: Color32::BLACK,
                text: Color32::WHITE,
                heading: Color32::from_rgb(0xFF, 0xE0, 0x33),
                warning: Color32::from_rgb(0xFF, 0xB0, 0xA0),
                bar: Color32::from_rgb(0x1A, 0x1A, 0x1A),
                bar_text: Color32::WHITE,
                button: Color32::BLACK,
                button_text: Color32::WHITE,
                button_border: Color32::from_rgb(0xFF, 0xE0, 0x33),
                primary: Color32::from_rgb(0xFF, 0xE0, 0x33),
                primary_text: Color32::BLACK,
                card: Color32::from_rgb(0x12, 0x12, 0x12),
                number: Color32::from_rgb(0xFF, 0xE0, 0x33),
                focus: Color32::from_rgb(0x33, 0xCC, 0xFF),
                reading: Color32::from_rgb(0x66, 0xFF, 0x66),
                dim: Color32::from_rgba_unmultiplied(0, 0, 0, 200),
            },
        }
    }

    /// Every (name, text colour, background colour) pair the screens draw.
    pub fn contrast_pairs(&self) -> Vec<(&'static str, Color32, Color32)> {
        vec![
            ("text on background", self.text, self.background),
            ("heading on background", self.heading, self.background),
            ("warning on background", self.warning, self.background),
            ("number on background", self.number, self.background),
            ("text on card", self.text, self.card),
            ("heading on card", self.heading, self.card),
            ("warning on card", self.warning, self.card),
            ("number on card", self.number, self.card),
            ("bar text on bar", self.bar_text, self.bar),
            ("button text on button", self.button_text, self.button),
            ("primary text on primary", self.primary_text, self.primary),
        ]
    }
}

/// A pressed button is drawn this much darker (egui's gamma multiply).
pub const PRESSED_SHADE: f32 = 0.85;
/// Pictures are drawn as they are: a white tint changes nothing.
pub const PICTURE_TINT: Color32 = Color32::WHITE;

impl Palette {
    /// Light text on a dark page (the high-contrast theme).
    pub fn is_dark(&self) -> bool {
        luminance(self.background) < luminance(self.text)
    }
}

/// WCAG 2 relative luminance of an opaque colour.
fn luminance(c: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = c as f32 / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    }
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG 2 contrast ratio between two opaque colours.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The tokens a view needs for one frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub sizes: Sizes,
    pub palette: Palette,
}

impl Style {
    pub fn new(level: TextSize, theme: ThemeKind) -> Self {
        Self { sizes: Sizes::for_level(level), palette: Palette::for_theme(theme) }
    }

    pub fn bar_height(&self) -> f32 {
        (self.sizes.bar * Sizes::LINE_HEIGHT).max(TARGET_MIN) + 2.0 * BAR_PADDING
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_pair_of_both_themes_reaches_seven_to_one() {
        for theme in [ThemeKind::Calm, ThemeKind::HighContrast] {
            for (name, fg, bg) in Palette::for_theme(theme).contrast_pairs() {
                let ratio = contrast_ratio(fg, bg);
                assert!(ratio >= 7.0, "{theme:?}: {name} is {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn physical_scale_keeps_millimetres() {
        let inch = 25.4;
        let reference = physical_scale(21.5 * inch, egui::vec2(1920.0, 1080.0));
        assert!((reference - 1.0).abs() < 0.01, "{reference}");
        let small = physical_scale(21.5 * inch, egui::vec2(1366.0, 768.0));
        assert!((small - 1366.0 / 1920.0).abs() < 0.01, "{small}");
        // A 96 px target stays 96 × 0.248 mm ≈ 23.8 mm on the small panel.
        let mm = 96.0 * small * (21.5 * inch / egui::vec2(1366.0, 768.0).length());
        assert!((mm - 96.0 * REFERENCE_MM_PER_PX).abs() < 0.1, "{mm}");
    }

    #[test]
    fn size_levels_follow_the_rules() {
        let s = Sizes::for_level(TextSize::Standard);
        let xl = Sizes::for_level(TextSize::ExtraLarge);
        assert!(s.body >= 40.0 && s.heading >= 60.0);
        assert!(xl.body >= 2.0 * s.body && xl.body >= 80.0);
        const { assert!(Sizes::LINE_HEIGHT >= 1.5) };
        for level in TextSize::ALL {
            let sz = Sizes::for_level(level);
            assert!(sz.heading >= 60.0 && sz.body >= 40.0);
        }
    }
}
