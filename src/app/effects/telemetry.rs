//! What the app tells head office: turns counted effects, frames, PIN tries
//! and content checks into metric updates, and serves them if staff turned
//! metrics on.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::content::{ContentStore, Severity};
use crate::kiosk::Counted;
use crate::metrics::{AlertResult, ContentSource, KioskMetrics, MetricsServer, server};
use crate::staff::alert::Alerts;
use crate::staff::pin::Attempt;
use crate::staff::settings::MetricsSetting;

/// While metrics are served the UI draws at least this often, so a frame age
/// above it means the UI is stuck (the alert rule allows 60 s).
pub const HEARTBEAT: Duration = Duration::from_secs(15);

pub struct Telemetry {
    pub metrics: Arc<KioskMetrics>,
    server: Option<MetricsServer>,
    /// Why metrics are not served although staff asked for them.
    pub problem: Option<String>,
    /// The content comes from head office (the `source` label).
    pub fleet: bool,
}

impl Telemetry {
    pub fn start(metrics: Arc<KioskMetrics>, setting: &MetricsSetting) -> Self {
        if !setting.enabled {
            return Self { metrics, server: None, problem: None, fleet: false };
        }
        let address = setting.address.as_deref().unwrap_or(server::DEFAULT_ADDRESS);
        let token = match setting.token_file.as_deref().map(crate::content::read_text).transpose() {
            Ok(token) => token.map(|t| t.trim().to_owned()),
            Err(e) => return Self::not_served(metrics, format!("metrics token file: {e}")),
        };
        let tls = match (&setting.tls_certificate, &setting.tls_key) {
            (Some(certificate), Some(key)) => match server::tls_config(certificate, key) {
                Ok(config) => Some(config),
                Err(e) => return Self::not_served(metrics, format!("metrics TLS: {e}")),
            },
            (None, None) => None,
            _ => return Self::not_served(metrics, "metrics TLS needs both tls_certificate and tls_key".into()),
        };
        let access = server::Access { allow_remote: setting.allow_remote, token, tls };
        match MetricsServer::start(address, access, metrics.clone()) {
            Ok(server) => Self { metrics, server: Some(server), problem: None, fleet: false },
            Err(e) => {
                log::warn!("{e}");
                Self { metrics, server: None, problem: Some(e.to_string()), fleet: false }
            }
        }
    }

    /// Staff asked for metrics, and `problem` stops them being served.
    fn not_served(metrics: Arc<KioskMetrics>, problem: String) -> Self {
        log::warn!("{problem}");
        Self { metrics, server: None, problem: Some(problem), fleet: false }
    }

    /// Where `/metrics` is served, if it is.
    pub fn address(&self) -> Option<SocketAddr> {
        self.server.as_ref().map(MetricsServer::address)
    }

    /// When the next frame must come at the latest.
    pub fn heartbeat(&self) -> Option<Duration> {
        self.server.as_ref().map(|_| HEARTBEAT)
    }

    /// Alerts report how they ended, from their own thread.
    pub fn watch_alerts(&self, alerts: &mut Alerts) {
        let metrics = self.metrics.clone();
        alerts.on_outcome(Arc::new(move |reason, delivered| {
            metrics.alert_ended(reason, if delivered { AlertResult::Delivered } else { AlertResult::Failed });
        }));
    }

    pub fn frame(&self, speech_up: bool) {
        self.metrics.frame_drawn();
        self.metrics.speech_available(speech_up);
    }

    /// Something the session counted.
    pub fn count(&self, counted: &Counted) {
        let m = &self.metrics;
        match counted {
            Counted::VisitStarted => m.visit_started(),
            Counted::IdleReset => m.idle_reset(),
            Counted::ItemViewed { section, id, .. } => m.item_viewed(section.item, id),
            Counted::CallStaffPressed => m.call_staff_pressed(),
            Counted::CallOpened { reason } => m.call_opened(reason),
            Counted::CallAnswered { reason } => m.call_closed(reason, true),
            Counted::CallUnanswered { reason } => m.call_closed(reason, false),
        }
    }

    pub fn pin_tried(&self, attempt: &Attempt) {
        match attempt {
            Attempt::Wrong { wait } => self.metrics.pin_failed(*wait > 0),
            Attempt::HardLocked { now } => {
                if *now {
                    self.metrics.pin_failed(true);
                }
                self.metrics.pin_hard_locked(true);
            }
            Attempt::Accepted => self.metrics.pin_hard_locked(false),
            Attempt::Locked { .. } | Attempt::NoPin => {}
        }
    }

    /// The content was read and checked; `taken` when it is now on screen.
    pub fn content_checked(&self, store: &ContentStore, taken: bool) {
        let count = |s| store.diagnostics().iter().filter(|d| d.severity == s).count();
        let source = if self.fleet { ContentSource::Fleet } else { ContentSource::Local };
        let version = taken.then(|| (store.version().to_owned(), source));
        self.metrics.content_checked(count(Severity::Error), count(Severity::Warning), version);
    }
}
