//! Icon glyphs from egui's bundled emoji fonts. Always drawn next to words.

use crate::content::Icon;

pub const BACK: &str = "⬅";
pub const HOME: &str = "🏠";
pub const CALL_STAFF: &str = "🔔";
pub const PREVIOUS: &str = "◀";
pub const NEXT: &str = "▶";
pub const FRAUD: &str = "🛡";
pub const FACILITIES: &str = "🏦";
pub const RIGHTS: &str = "⚖";
pub const TEXT_SIZE: &str = "🔠";
pub const CONTRAST: &str = "👓";
pub const LANGUAGE: &str = "🌐";
pub const OK: &str = "✋";
pub const SELF_CHECK: &str = "❓";
pub const WARNING: &str = "⚠";
pub const SAFE: &str = "✔";
pub const READ: &str = "🔊";
pub const PAUSE: &str = "⏸";
pub const RESUME: &str = "▶";
pub const REPEAT: &str = "🔁";
pub const STOP: &str = "⏹";
pub const SLOWER: &str = "🐢";
pub const FASTER: &str = "🐇";
pub const VOLUME: &str = "🔉";
pub const CLOCK: &str = "⏰";
pub const RELOAD: &str = "🔄";
pub const KEYPAD: &str = "⌨";
pub const EXPORT: &str = "💾";
pub const EXIT: &str = "🚪";
pub const PHONE: &str = "📞";
pub const EAR: &str = "👂";
pub const SEAT: &str = "💺";
pub const NO: &str = "✋";
/// 有人让您转账吗？: money leaving on a phone's say-so.
pub const TRANSFER: &str = "💸";

pub fn glyph(icon: Icon) -> &'static str {
    match icon {
        Icon::Shield => "🛡",
        Icon::Phone => "📞",
        Icon::Money | Icon::Loan => "💰",
        Icon::Chart => "📈",
        Icon::Cart | Icon::Parcel | Icon::Toolbox => "📦",
        Icon::Card => "💳",
        Icon::Person => "👤",
        Icon::Police => "👮",
        Icon::Heart | Icon::BloodPressure => "❤",
        Icon::Game => "🎮",
        Icon::Pill => "💊",
        Icon::House => "🏠",
        Icon::Lock => "🔒",
        Icon::Link => "🔗",
        Icon::Chat => "💬",
        Icon::Glasses => "👓",
        Icon::Magnifier => "🔍",
        Icon::Wheelchair | Icon::Ramp => "♿",
        Icon::FirstAid => "🚑",
        Icon::Seat => "💺",
        Icon::Counter => "🏦",
        Icon::Water => "💧",
        Icon::Charging => "🔋",
        Icon::Wifi => "📶",
        Icon::Restroom => "🚻",
        Icon::Books => "📚",
        Icon::Umbrella => "☂",
        Icon::HomeVisit => "🏡",
    }
}
