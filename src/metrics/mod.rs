//! What head office sees of this kiosk, in the Prometheus text format: counts
//! of what customers opened (by content id, never by person), whether the UI,
//! speech and content are healthy. Collected in memory by the app at the cost
//! of an atomic add; served on request by its own thread (`server`), never by
//! the UI. Nothing about a person, no customer text, no time of a visit.

mod fleet_metrics;
mod kiosk_metrics;
pub mod server;

pub use kiosk_metrics::{AlertResult, ContentSource, KioskMetrics, RendererKind, UtteranceResult};
pub use server::{Access, MetricsServer, ServeError, tls_config};
