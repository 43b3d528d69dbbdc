//! New content from the worker: good content replaces what is shown (the
//! customer stays on the same item if it still exists); a broken save changes
//! nothing on screen and its problems are kept for staff.

use super::pictures::Pictures;
use crate::content::{ContentStore, Loaded, Reload};
use crate::kiosk::{Observation, Session};
use crate::ui::sections;

/// Returns which screens on the customer's way back no longer exist.
pub fn accept(
    store: &mut ContentStore,
    pictures: &mut Pictures,
    session: &Session,
    loaded: Loaded,
) -> Option<Observation> {
    match store.accept(loaded) {
        Reload::Updated => {
            pictures.clear();
            let content = store.content();
            let gone = session.screens().filter(|screen| !sections::still_there(content, screen));
            Some(Observation::ScreensGone(gone.cloned().collect()))
        }
        Reload::KeptPrevious => {
            for d in store.diagnostics() {
                log::warn!("content not reloaded: {d}");
            }
            None
        }
    }
}
