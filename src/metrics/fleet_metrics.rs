//! What head office's alerts need about signed content: when a check last
//! verified the repository (new content or not, so a quiet week is not
//! "stale"), failures by reason (a signature or expiry failure may be an
//! attack), the version shown, a staff hold, and local overrides refused.

use std::sync::atomic::AtomicU64;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use crate::fleet::{Reason, Status};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PhoneLabels {
    phone: String,
}

#[derive(Default)]
pub struct FleetMetrics {
    last_success: Gauge<f64, AtomicU64>,
    failures: Family<ReasonLabels, Counter>,
    version: Gauge,
    hold: Gauge,
    local_refused: Family<PhoneLabels, Gauge>,
    files_refused: Gauge,
}

impl FleetMetrics {
    pub fn register(&self, r: &mut Registry) {
        // Every reason from the start at 0, so `increase()` sees the first failure.
        for reason in Reason::ALL {
            let _ = self.failures.get_or_create(&ReasonLabels { reason: reason.label() });
        }
        r.register(
            "fleet_last_success_timestamp_seconds",
            "When a check last verified head office's signed metadata (Unix time), new content or not",
            self.last_success.clone(),
        );
        r.register(
            "fleet_check_failures",
            "Update checks that failed, by reason (signature, expired, rollback, download, disk, panic, other)",
            self.failures.clone(),
        );
        r.register("fleet_version", "The signed content version on screen", self.version.clone());
        r.register(
            "fleet_hold",
            "The version staff rolled back from (0: no hold); nothing up to it is installed",
            self.hold.clone(),
        );
        r.register(
            "fleet_local_overrides_refused",
            "Signed phones this branch's own branch.toml tried to change (refused), by phone id",
            self.local_refused.clone(),
        );
        r.register("fleet_files_refused", "Signed files not stored because of their names", self.files_refused.clone());
    }

    /// After each check.
    pub fn checked(&self, status: &Status, failed: Option<Reason>) {
        if let Some(reason) = failed {
            self.failures.get_or_create(&ReasonLabels { reason: reason.label() }).inc();
        }
        if let Some(at) = status.last_success {
            self.last_success.set(at as f64);
        }
        self.version.set(status.version.map_or(0, |v| i64::try_from(v).unwrap_or(i64::MAX)));
        self.hold.set(status.hold.map_or(0, |v| i64::try_from(v).unwrap_or(i64::MAX)));
        self.local_refused.clear();
        for id in &status.local_refused_ids {
            self.local_refused.get_or_create(&PhoneLabels { phone: id.clone() }).set(1);
        }
        self.files_refused.set(status.files_refused.len() as i64);
    }
}
