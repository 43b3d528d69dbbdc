//! The kiosk's metrics, one typed method per event, so the app never deals in
//! metric names or labels.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use prometheus_client::encoding::{EncodeLabelSet, EncodeLabelValue, LabelValueEncoder};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

type FloatGauge = Gauge<f64, AtomicU64>;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct VersionLabels {
    version: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RendererLabels {
    renderer: RendererKind,
}

/// Who draws the screen.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum RendererKind {
    /// The kiosk's own CPU renderer (no GPU).
    Cpu,
    /// eframe with OpenGL.
    Gl,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ContentLabels {
    version: String,
    source: ContentSource,
}

/// Where the content on screen came from.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum ContentSource {
    /// Files edited on this PC.
    Local,
    /// A signed bundle from head office.
    Fleet,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SeverityLabels {
    severity: Severity,
}

#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct UtteranceLabels {
    result: UtteranceResult,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AlertLabels {
    /// Why staff were called ("just-come", "possible-scam", …; never who).
    reason: String,
    result: AlertResult,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ClosedLabels {
    reason: String,
    result: CallResult,
}

/// How a call for staff ended.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum CallResult {
    Answered,
    Unanswered,
}

/// How an utterance ended.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum UtteranceResult {
    /// Handed to the engine.
    Sent,
    /// The engine said it finished.
    Finished,
    /// The engine never said it finished; the kiosk stopped waiting.
    NoEndReported,
}

/// How a call-staff alert ended.
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
pub enum AlertResult {
    Delivered,
    Failed,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct IdLabels {
    id: String,
}

/// Label values in Prometheus' snake_case.
macro_rules! label_values {
    ($($t:ty { $($v:ident => $name:literal),+ $(,)? })+) => {$(
        impl EncodeLabelValue for $t {
            fn encode(&self, encoder: &mut LabelValueEncoder) -> Result<(), std::fmt::Error> {
                use std::fmt::Write;
                encoder.write_str(match self { $(Self::$v => $name),+ })
            }
        }
    )+};
}

label_values! {
    ContentSource { Local => "local", Fleet => "fleet" }
    RendererKind { Cpu => "cpu", Gl => "gl" }
    Severity { Error => "error", Warning => "warning" }
    UtteranceResult { Sent => "sent", Finished => "finished", NoEndReported => "no_end_reported" }
    AlertResult { Delivered => "delivered", Failed => "failed" }
    CallResult { Answered => "answered", Unanswered => "unanswered" }
}

pub struct KioskMetrics {
    registry: Registry,
    content_info: Family<ContentLabels, Gauge>,
    renderer_info: Family<RendererLabels, Gauge>,
    content_problems: Family<SeverityLabels, Gauge>,
    content_last_check: FloatGauge,
    content_last_update: FloatGauge,
    content_failures: Family<ReasonLabels, Counter>,
    speech_up: Gauge,
    utterances: Family<UtteranceLabels, Counter>,
    frame_age: FloatGauge,
    frames: Counter,
    idle_resets: Counter,
    visits: Counter,
    /// Items opened, by section (what its items are called) then item id.
    item_views: BTreeMap<&'static str, Family<IdLabels, Counter>>,
    call_staff: Counter,
    alerts: Family<AlertLabels, Counter>,
    /// Calls of this visit waiting for staff to answer at the kiosk, by reason.
    calls_waiting: Family<ReasonLabels, Gauge>,
    calls_closed: Family<ClosedLabels, Counter>,
    pin_failures: Counter,
    pin_lockouts: Counter,
    pin_locked: Gauge,
    /// Signed content from head office.
    pub fleet: super::fleet_metrics::FleetMetrics,
    /// When the last frame was drawn (monotonic: a clock change is not a stuck UI).
    last_frame: Mutex<Option<Instant>>,
}

impl KioskMetrics {
    /// The kiosk's metrics, with an `<item>_views` counter for each counted
    /// section (`items`: what its items are called, and the help text).
    pub fn new(items: &[(&'static str, &'static str)]) -> Self {
        let mut m = Self {
            registry: Registry::with_prefix("kiosk"),
            content_info: Family::default(),
            renderer_info: Family::default(),
            content_problems: Family::default(),
            content_last_check: FloatGauge::default(),
            content_last_update: FloatGauge::default(),
            content_failures: Family::default(),
            speech_up: Gauge::default(),
            utterances: Family::default(),
            frame_age: FloatGauge::default(),
            frames: Counter::default(),
            idle_resets: Counter::default(),
            visits: Counter::default(),
            item_views: items.iter().map(|(item, _)| (*item, Family::default())).collect(),
            call_staff: Counter::default(),
            alerts: Family::default(),
            calls_waiting: Family::default(),
            calls_closed: Family::default(),
            pin_failures: Counter::default(),
            pin_lockouts: Counter::default(),
            pin_locked: Gauge::default(),
            fleet: Default::default(),
            last_frame: Mutex::new(None),
        };
        m.register(items);
        m
    }

    fn register(&mut self, items: &[(&'static str, &'static str)]) {
        let build = Family::<VersionLabels, Gauge>::default();
        build.get_or_create(&VersionLabels { version: env!("CARGO_PKG_VERSION").into() }).set(1);
        let r = &mut self.registry;
        r.register("build_info", "The kiosk program's version", build);
        r.register("renderer_info", "Who draws the screen: cpu (no GPU) or gl", self.renderer_info.clone());
        r.register(
            "content_info",
            "The content on screen: its version and where it came from",
            self.content_info.clone(),
        );
        r.register(
            "content_problems",
            "Problems found in the content by the last check",
            self.content_problems.clone(),
        );
        r.register(
            "content_last_check_timestamp_seconds",
            "When the content was last read and checked (Unix time)",
            self.content_last_check.clone(),
        );
        r.register(
            "content_last_update_timestamp_seconds",
            "When new content was last taken into use (Unix time)",
            self.content_last_update.clone(),
        );
        r.register(
            "content_update_failures",
            "Content loads that were refused, by reason",
            self.content_failures.clone(),
        );
        r.register("speech_up", "1 when the speech engine works, else 0", self.speech_up.clone());
        r.register("speech_utterances", "Things said, by how they ended", self.utterances.clone());
        r.register(
            "ui_frame_age_seconds",
            "Seconds since the UI last drew a frame (it draws at least every 15 s while metrics are served)",
            self.frame_age.clone(),
        );
        r.register("ui_frames", "Frames drawn", self.frames.clone());
        r.register("idle_resets", "Visits ended by the idle timer", self.idle_resets.clone());
        r.register("visits", "Visits: a customer's first press after a fresh start", self.visits.clone());
        for (item, help) in items {
            if let Some(family) = self.item_views.get(item) {
                r.register(format!("{item}_views"), *help, family.clone());
            }
        }
        r.register("call_staff_presses", "Presses of the call-staff button", self.call_staff.clone());
        r.register("call_staff_alerts", "Call-staff alerts sent, by reason and result", self.alerts.clone());
        r.register(
            "call_staff_waiting",
            "Calls of the current visit that no staff member has answered at the kiosk yet, by reason",
            self.calls_waiting.clone(),
        );
        r.register(
            "call_staff_calls",
            "Calls that ended: answered (staff unlocked the panel at the kiosk) or unanswered (the visit ended first)",
            self.calls_closed.clone(),
        );
        r.register("staff_pin_failures", "Wrong staff PINs", self.pin_failures.clone());
        r.register("staff_pin_lockouts", "Times wrong PINs locked the staff pad", self.pin_lockouts.clone());
        r.register(
            "staff_pin_locked",
            "1 while the staff pad is locked after too many wrong PINs, until `kiosk set-pin` on the PC",
            self.pin_locked.clone(),
        );
        self.fleet.register(r);
    }

    pub fn frame_drawn(&self) {
        self.frame_drawn_at(Instant::now());
    }

    pub fn frame_drawn_at(&self, at: Instant) {
        self.frames.inc();
        if let Ok(mut last) = self.last_frame.lock() {
            *last = Some(at);
        }
    }

    /// An item was opened; `item` says what its section's items are called.
    /// A section without a counter (not given to `new`) is not counted.
    pub fn item_viewed(&self, item: &str, id: &str) {
        if let Some(family) = self.item_views.get(item) {
            family.get_or_create(&IdLabels { id: id.to_owned() }).inc();
        }
    }

    pub fn visit_started(&self) {
        self.visits.inc();
    }

    pub fn idle_reset(&self) {
        self.idle_resets.inc();
    }

    pub fn call_staff_pressed(&self) {
        self.call_staff.inc();
    }

    pub fn alert_ended(&self, reason: &str, result: AlertResult) {
        self.alerts.get_or_create(&AlertLabels { reason: reason.to_owned(), result }).inc();
    }

    /// A wrong PIN; `locked` when it started a wait.
    /// A call for `reason` waits for staff at the kiosk.
    pub fn call_opened(&self, reason: &str) {
        self.calls_waiting.get_or_create(&ReasonLabels { reason: reason.to_owned() }).set(1);
    }

    /// The call for `reason` ended: answered by staff at the kiosk, or not.
    pub fn call_closed(&self, reason: &str, answered: bool) {
        self.calls_waiting.get_or_create(&ReasonLabels { reason: reason.to_owned() }).set(0);
        let result = if answered { CallResult::Answered } else { CallResult::Unanswered };
        self.calls_closed.get_or_create(&ClosedLabels { reason: reason.to_owned(), result }).inc();
    }

    pub fn pin_failed(&self, locked: bool) {
        self.pin_failures.inc();
        if locked {
            self.pin_lockouts.inc();
        }
    }

    /// The staff pad is locked for good (until `kiosk set-pin`), or not.
    pub fn pin_hard_locked(&self, locked: bool) {
        self.pin_locked.set(i64::from(locked));
    }

    pub fn speech_available(&self, up: bool) {
        self.speech_up.set(i64::from(up));
    }

    pub fn renderer_chosen(&self, renderer: RendererKind) {
        self.renderer_info.clear();
        self.renderer_info.get_or_create(&RendererLabels { renderer }).set(1);
    }

    pub fn utterance(&self, result: UtteranceResult) {
        self.utterances.get_or_create(&UtteranceLabels { result }).inc();
    }

    /// A content check: the problems it found and, when the content was taken
    /// into use, its version and source.
    pub fn content_checked(&self, errors: usize, warnings: usize, taken: Option<(String, ContentSource)>) {
        let now = unix_now();
        self.content_last_check.set(now);
        self.content_problems.get_or_create(&SeverityLabels { severity: Severity::Error }).set(errors as i64);
        self.content_problems.get_or_create(&SeverityLabels { severity: Severity::Warning }).set(warnings as i64);
        match taken {
            Some((version, source)) => {
                self.content_last_update.set(now);
                self.content_info.clear();
                self.content_info.get_or_create(&ContentLabels { version, source }).set(1);
            }
            None => {
                self.content_failures.get_or_create(&ReasonLabels { reason: "invalid".into() }).inc();
            }
        }
    }

    /// The text format, as of now.
    pub fn encode(&self) -> String {
        self.encode_at(Instant::now())
    }

    pub fn encode_at(&self, now: Instant) -> String {
        let age = self
            .last_frame
            .lock()
            .ok()
            .and_then(|l| *l)
            .map_or(0.0, |t| now.saturating_duration_since(t).as_secs_f64());
        self.frame_age.set(age);
        let mut out = String::new();
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            log::warn!("metrics not encoded: {e}");
        }
        out
    }
}

fn unix_now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}
