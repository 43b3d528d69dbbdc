//! How the read-aloud voice changes when the customer presses slower, faster
//! or volume.

use super::message::VoiceChange;
use crate::speech::Voice;

/// The voice after a slower / faster / volume press.
pub fn voice_after(mut voice: Voice, change: VoiceChange) -> Voice {
    match change {
        VoiceChange::Slower => voice.rate = (voice.rate - 1).max(Voice::MIN_RATE),
        VoiceChange::Faster => voice.rate = (voice.rate + 1).min(Voice::MAX_RATE),
        VoiceChange::CycleVolume => voice.volume = (voice.volume + 1) % (Voice::MAX_VOLUME + 1),
        VoiceChange::Louder => voice.volume = (voice.volume + 1).min(Voice::MAX_VOLUME),
        VoiceChange::Quieter => voice.volume = voice.volume.saturating_sub(1),
    }
    voice
}
