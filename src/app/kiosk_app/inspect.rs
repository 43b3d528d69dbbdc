//! Read-only views of the app for tests, benchmarks and the staff tools.

use super::KioskApp;
use crate::content::Diagnostic;
use crate::kiosk::{Clock, Session};
use crate::speech::Speech;
use crate::ui::sections::facilities;
use crate::ui::{Audit, Item};

/// Read-only views for tests, benchmarks and the staff tools.
impl KioskApp {
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// What the last frame drew (for the layout tests).
    pub fn last_audit(&self) -> &Audit {
        &self.drawn.audit
    }

    pub fn last_pages(&self) -> usize {
        self.drawn.pages
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// What the last frame showed that can be read aloud or focused.
    pub fn items(&self) -> &[Item] {
        &self.drawn.items
    }

    /// True while the background worker has files to write or content to read.
    pub fn busy(&self) -> bool {
        self.worker.busy()
    }

    /// Problems of the last content load, for staff (never shown to customers).
    /// The content on screen.
    pub fn content(&self) -> &crate::content::Content {
        self.store.content()
    }

    pub fn content_problems(&self) -> &[Diagnostic] {
        self.store.diagnostics()
    }

    /// Whether a facility's picture is decoded and shown (false while loading,
    /// or when it is broken and the icon stands in).
    pub fn picture_shown(&self, facility: &str) -> bool {
        self.pictures.textures().contains_key(&facilities::facility(facility).key())
    }

    /// Why a facility's picture could not be shown, for staff.
    pub fn picture_problem(&self, facility: &str) -> Option<&String> {
        self.pictures.problems.get(&facilities::facility(facility).key())
    }

    /// How many times the call-staff chime was played.
    pub fn chimes_played(&self) -> u32 {
        self.desk.chimes
    }

    pub fn speech(&self) -> &Speech {
        self.talk.speech()
    }

    /// How the last call-staff alert is getting on.
    pub fn alert_delivery(&self) -> crate::staff::alert::Delivery {
        self.desk.alerts.delivery()
    }

    /// Where "read this page" is.
    pub fn reading(&self) -> crate::speech::Reading {
        self.talk.reading()
    }

    /// The page item being read aloud and highlighted, if any.
    pub fn highlighted(&self) -> Option<&Item> {
        let at = self.talk.highlight()?;
        self.drawn.items.iter().filter(|i| i.on_page).nth(at)
    }

    /// Where `/metrics` is served, if staff turned it on.
    pub fn metrics_address(&self) -> Option<std::net::SocketAddr> {
        self.telemetry.address()
    }

    pub fn settings(&self) -> &crate::staff::Settings {
        self.desk.settings()
    }
}
