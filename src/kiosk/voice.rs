//! How the read-aloud voice changes when the customer presses slower, faster
//! or volume.

use super::intent::Intent;

/// The voice after a slower / faster / volume press.
pub fn voice_after(mut voice: crate::speech::Voice, intent: &Intent) -> crate::speech::Voice {
    use crate::speech::Voice;
    match intent {
        Intent::Slower => voice.rate = (voice.rate - 1).max(Voice::MIN_RATE),
        Intent::Faster => voice.rate = (voice.rate + 1).min(Voice::MAX_RATE),
        Intent::CycleVolume => voice.volume = (voice.volume + 1) % (Voice::MAX_VOLUME + 1),
        Intent::Louder => voice.volume = (voice.volume + 1).min(Voice::MAX_VOLUME),
        Intent::Quieter => voice.volume = voice.volume.saturating_sub(1),
        _ => {}
    }
    voice
}
