//! The call-staff alert: an HTTP POST (JSON: kiosk id, time, screen, reason,
//! and for a possible scam the red flag) to the branch's lobby tablet or pager
//! gateway, sent on its own thread with a few retries, so a slow or dead
//! address never holds up the screen. A second plain press within a minute
//! does not send again; a reason always does (it tells staff more).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

/// Presses closer together than this are the same call.
pub const SAME_CALL_SECONDS: f64 = 60.0;
const TRIES: u32 = 3;
const TIMEOUT: Duration = Duration::from_secs(4);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    NotSent,
    Sending { attempt: u32 },
    Delivered,
    Failed(String),
}

#[derive(Serialize)]
struct Body<'a> {
    kiosk_id: &'a str,
    /// RFC 3339, local time with offset.
    time: String,
    /// Where the customer was: "home", "topic:safe-account", …
    screen: &'a str,
    /// Why: "just-come", "call-family", "possible-scam", … or, from the
    /// kiosk itself, e.g. "staff-pin-locked".
    reason: &'a str,
    /// Which red flag, for "possible-scam": the transfer check's question id.
    #[serde(skip_serializing_if = "Option::is_none")]
    flag: Option<&'a str>,
}

/// Told how each alert ended: its reason, and true when delivered.
pub type OutcomeHook = Arc<dyn Fn(&str, bool) + Send + Sync>;

pub struct Alerts {
    url: Option<String>,
    kiosk_id: String,
    last_call: Option<f64>,
    delivery: Arc<Mutex<Delivery>>,
    outcome: Option<OutcomeHook>,
}

impl Alerts {
    pub fn new(url: Option<String>, kiosk_id: String) -> Self {
        Self { url, kiosk_id, last_call: None, delivery: Arc::new(Mutex::new(Delivery::NotSent)), outcome: None }
    }

    /// Called from the sender thread when an alert is delivered or given up.
    pub fn on_outcome(&mut self, hook: OutcomeHook) {
        self.outcome = Some(hook);
    }

    pub fn configure(&mut self, url: Option<String>, kiosk_id: String) {
        self.url = url;
        self.kiosk_id = kiosk_id;
    }

    pub fn delivery(&self) -> Delivery {
        self.delivery.lock().map(|d| d.clone()).unwrap_or(Delivery::NotSent)
    }

    /// A customer's call at app time `now`, for `reason` (with its `flag`).
    /// Returns false when it is a plain press (`just-come`) repeating a call
    /// made less than a minute ago: nothing is sent again.
    pub fn call(&mut self, screen: &str, reason: &str, flag: Option<&str>, now: f64) -> bool {
        let plain = reason == "just-come";
        if plain && self.last_call.is_some_and(|t| now - t < SAME_CALL_SECONDS) {
            return false;
        }
        self.last_call = Some(now);
        self.send(screen, reason, flag);
        true
    }

    /// An alert the kiosk raises itself (`reason`, e.g. "staff-pin-locked"),
    /// sent at once: it is never a repeat of a customer's press.
    pub fn notify(&mut self, reason: &str) {
        self.send("staff", reason, None);
    }

    fn send(&mut self, screen: &str, reason: &str, flag: Option<&str>) {
        let Some(url) = self.url.clone() else { return };
        let time = jiff::Zoned::now().strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
        let body = Body { kiosk_id: &self.kiosk_id, time, screen, reason, flag };
        let json = serde_json::to_string(&body).unwrap_or_default();
        let delivery = self.delivery.clone();
        set(&delivery, Delivery::Sending { attempt: 1 });
        let outcome = self.outcome.clone();
        let reason = reason.to_owned();
        let spawned = std::thread::Builder::new().name("call-staff".into()).spawn(move || {
            let delivered = send(&url, &json, &delivery);
            if let Some(hook) = outcome {
                hook(&reason, delivered);
            }
        });
        if let Err(e) = spawned {
            log::warn!("cannot start the call-staff sender: {e}");
        }
    }
}

/// Returns true when delivered.
fn send(url: &str, json: &str, delivery: &Mutex<Delivery>) -> bool {
    let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(TIMEOUT)).build().into();
    let mut last_error = String::new();
    for attempt in 1..=TRIES {
        set(delivery, Delivery::Sending { attempt });
        match agent.post(url).header("Content-Type", "application/json").send(json) {
            Ok(_) => {
                set(delivery, Delivery::Delivered);
                return true;
            }
            Err(e) => {
                last_error = e.to_string();
                log::warn!("call-staff alert to {url}, try {attempt}: {e}");
            }
        }
        std::thread::sleep(Duration::from_secs(u64::from(attempt)));
    }
    set(delivery, Delivery::Failed(last_error));
    false
}

fn set(delivery: &Mutex<Delivery>, value: Delivery) {
    if let Ok(mut d) = delivery.lock() {
        *d = value;
    }
}
