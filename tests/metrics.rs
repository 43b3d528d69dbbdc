//! What head office reads at `/metrics`: each metric means what its name says,
//! counts are counts only, and the endpoint is off unless staff turn it on.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use kiosk::app::KioskApp;
use kiosk::metrics::{Access, KioskMetrics, MetricsServer, ServeError};
use kiosk::staff::{SettingsFile, StaffFiles};
use support::*;

/// The value of the sample `name` (with its labels, as written), if present.
fn sample(text: &str, name: &str) -> Option<f64> {
    text.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
}

fn get(address: std::net::SocketAddr, path: &str) -> (u16, String) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(5)))
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent.get(format!("http://{address}{path}")).call().expect("the metrics server answers");
    let status = response.status().as_u16();
    (status, response.body_mut().read_to_string().unwrap_or_default())
}

/// A kiosk whose settings turn metrics on at a free loopback port.
fn kiosk_with_metrics(dir: &Path, edit: impl FnOnce(&mut kiosk::staff::Settings)) -> Harness<'static, KioskApp> {
    let files = StaffFiles { settings: dir.join("settings.toml"), state_dir: dir.join("state") };
    let mut file = SettingsFile::load(&files.settings);
    file.settings.metrics.enabled = true;
    file.settings.metrics.address = Some("127.0.0.1:0".into());
    edit(&mut file.settings);
    file.save().expect("settings");
    let mut cfg = config();
    cfg.staff_files = Some(files);
    harness_with(LANDSCAPE, cfg, false)
}

fn scrape(h: &Harness<'static, KioskApp>) -> String {
    let address = h.state().metrics_address().expect("metrics are served");
    let (status, body) = get(address, "/metrics");
    assert_eq!(status, 200);
    body
}

#[test]
fn a_stuck_ui_raises_the_frame_age() {
    let metrics = KioskMetrics::new(&kiosk::ui::sections::item_metrics());
    let t0 = Instant::now();
    metrics.frame_drawn_at(t0);
    assert_eq!(sample(&metrics.encode_at(t0 + Duration::from_secs(2)), "kiosk_ui_frame_age_seconds"), Some(2.0));
    let stuck = metrics.encode_at(t0 + Duration::from_secs(90));
    assert_eq!(sample(&stuck, "kiosk_ui_frame_age_seconds"), Some(90.0), "{stuck}");
    metrics.frame_drawn_at(t0 + Duration::from_secs(90));
    assert_eq!(sample(&metrics.encode_at(t0 + Duration::from_secs(90)), "kiosk_ui_frame_age_seconds"), Some(0.0));
    assert_eq!(sample(&stuck, "kiosk_ui_frames_total"), Some(1.0));
}

#[test]
fn metrics_are_off_unless_staff_turn_them_on_and_stay_on_loopback() {
    let dir = tempfile::tempdir().expect("temp");
    let mut cfg = config();
    cfg.staff_files = Some(StaffFiles { settings: dir.path().join("settings.toml"), state_dir: dir.path().join("s") });
    let h = harness_with(LANDSCAPE, cfg, false);
    assert_eq!(h.state().metrics_address(), None, "off by default");
    let metrics = Arc::new(KioskMetrics::new(&kiosk::ui::sections::item_metrics()));
    let local = || Access::default();
    assert!(matches!(MetricsServer::start("0.0.0.0:0", local(), metrics.clone()), Err(ServeError::NotLoopback(_))));
    // Reachable from the branch network only with a bearer token.
    let remote = Access { allow_remote: true, ..Access::default() };
    assert!(matches!(MetricsServer::start("0.0.0.0:0", remote, metrics.clone()), Err(ServeError::NoToken(_))));
    assert!(matches!(MetricsServer::start("lobby", local(), metrics.clone()), Err(ServeError::BadAddress(_))));
    let server = MetricsServer::start("127.0.0.1:0", local(), metrics).expect("loopback is fine");
    assert!(server.address().ip().is_loopback() && server.address().port() != 0);
    assert_eq!(get(server.address(), "/").0, 404, "only /metrics is served");
}

#[test]
fn a_refused_address_is_told_to_staff() {
    let dir = tempfile::tempdir().expect("temp");
    let mut h = kiosk_with_metrics(dir.path(), |s| s.metrics.address = Some("0.0.0.0:9477".into()));
    assert_eq!(h.state().metrics_address(), None);
    // The staff panel shows why (reached the way staff reach it: the corner, the PIN).
    open_staff_panel(&mut h);
    settle(&mut h);
    assert!(shows_containing(&h, "allow_remote"), "the panel says how to allow it");
}

#[test]
fn what_customers_open_is_counted_by_content_id_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp");
    let mut h = kiosk_with_metrics(dir.path(), |_| {});
    let before = scrape(&h);
    assert_eq!(sample(&before, "kiosk_build_info{version=\"0.1.0\"}"), Some(1.0));
    assert_eq!(sample(&before, "kiosk_speech_up"), Some(1.0), "the recording engine works");
    assert_eq!(sample(&before, "kiosk_content_problems{severity=\"error\"}"), Some(0.0));
    assert!(before.lines().any(|l| l.starts_with("kiosk_content_info{") && l.contains("source=\"local\"")));
    assert_eq!(sample(&before, "kiosk_visits_total"), Some(0.0));
    tap(&mut h, "防骗提醒");
    tap(&mut h, "冒充公检法");
    tap(&mut h, "返回");
    tap(&mut h, "冒充公检法");
    let after = scrape(&h);
    assert_eq!(sample(&after, "kiosk_topic_views_total{id=\"fake-police\"}"), Some(2.0), "{after}");
    assert_eq!(sample(&after, "kiosk_visits_total"), Some(1.0), "one visit, however many taps");
    assert!(sample(&after, "kiosk_ui_frames_total").is_some_and(|n| n > 0.0));
    // The idle timer ends the visit.
    pass_time(&mut h, 200.0);
    let reset = scrape(&h);
    assert_eq!(sample(&reset, "kiosk_idle_resets_total"), Some(1.0), "{reset}");
    // Labels are content ids, results and versions: never a time or a person.
    let labels: std::collections::BTreeSet<String> = reset
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('{').map(|(_, rest)| rest.to_owned()))
        .flat_map(|rest| {
            rest.split(',').filter_map(|kv| kv.split_once('=').map(|(k, _)| k.to_owned())).collect::<Vec<_>>()
        })
        .collect();
    // `reason`: why an update failed; `phone`: the id of a signed phone a local file tried to change.
    let allowed = ["id", "phone", "reason", "result", "severity", "source", "version"];
    assert!(labels.iter().all(|l| allowed.contains(&l.as_str())), "labels: {labels:?}");
}

#[test]
fn a_failed_alert_counts_as_failed_and_wrong_pins_count() {
    let dir = tempfile::tempdir().expect("temp");
    // Nothing listens there: every try is refused.
    let nobody = refused_address();
    let mut h = kiosk_with_metrics(dir.path(), |s| {
        s.call_staff.url = Some(format!("http://{nobody}/alert"));
        s.call_staff.chime = false;
        s.pin_hash = Some(kiosk::staff::pin::hash("274915").expect("hash"));
    });
    tap(&mut h, "呼叫工作人员");
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut text = scrape(&h);
    while sample(&text, "kiosk_call_staff_alerts_total{reason=\"just-come\",result=\"failed\"}").is_none()
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(200));
        text = scrape(&h);
    }
    assert_eq!(
        sample(&text, "kiosk_call_staff_alerts_total{reason=\"just-come\",result=\"failed\"}"),
        Some(1.0),
        "{text}"
    );
    assert_eq!(sample(&text, "kiosk_call_staff_alerts_total{reason=\"just-come\",result=\"delivered\"}"), None);
    assert_eq!(sample(&text, "kiosk_call_staff_presses_total"), Some(1.0));
    tap(&mut h, "好的");
    h.state_mut().apply(kiosk::kiosk::Press::Home);
    settle(&mut h);
    for _ in 0..5 {
        h.state().clock().advance(0.3);
        h.state_mut().apply(kiosk::kiosk::StaffMsg::CornerTap);
    }
    settle(&mut h);
    for _ in 0..3 {
        for d in [1, 1, 1, 1, 1, 1] {
            h.state_mut().apply(kiosk::kiosk::StaffMsg::PinDigit(d));
        }
        h.state().clock().advance(1.0);
        h.state_mut().apply(kiosk::kiosk::StaffMsg::PinEnter);
        settle(&mut h);
    }
    let text = scrape(&h);
    assert_eq!(sample(&text, "kiosk_staff_pin_failures_total"), Some(3.0), "{text}");
    assert_eq!(sample(&text, "kiosk_staff_pin_lockouts_total"), Some(1.0), "the third wrong PIN starts a wait");
}

#[test]
fn the_tenth_wrong_pin_locks_the_pad_until_set_pin_and_tells_the_branch() {
    let dir = tempfile::tempdir().expect("temp");
    let tablet = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/alert", tablet.local_addr().expect("addr"));
    // Nine wrong PINs on record: the lock file outlives restarts, so a guesser cannot reset it.
    std::fs::create_dir_all(dir.path().join("state")).expect("mkdir");
    std::fs::write(dir.path().join("state/pin-lock.toml"), "failures = 9\nlocked_until = 0\n").expect("lock");
    let mut h = kiosk_with_metrics(dir.path(), |s| {
        s.call_staff.url = Some(url);
        s.call_staff.chime = false;
        s.pin_hash = Some(kiosk::staff::pin::hash("274915").expect("hash"));
    });
    let enter = |h: &mut Harness<'static, KioskApp>, pin: &str| {
        for d in pin.bytes() {
            h.state_mut().apply(kiosk::kiosk::StaffMsg::PinDigit(d - b'0'));
        }
        h.state_mut().apply(kiosk::kiosk::StaffMsg::PinEnter);
    };
    for _ in 0..5 {
        h.state().clock().advance(0.3);
        h.state_mut().apply(kiosk::kiosk::StaffMsg::CornerTap);
    }
    settle(&mut h);
    enter(&mut h, "111111");
    assert!(wait_until(&mut h, Duration::from_secs(20), |h| shows_containing(h, "连续错了 10 次")), "staff are told");
    // The branch's tablet gets an alert with the reason, never who.
    tablet.set_nonblocking(false).expect("blocking");
    let (stream, _) = tablet.accept().expect("the alert arrives");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let body = read_request_body(&stream);
    let _ = std::io::Write::write_all(&mut &stream, b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n");
    assert!(body.contains("\"reason\":\"staff-pin-locked\""), "{body}");
    assert_eq!(sample(&scrape(&h), "kiosk_staff_pin_locked"), Some(1.0));
    // Even the right PIN does not open it now.
    h.state().clock().advance(1.0);
    enter(&mut h, "274915");
    assert!(wait_until(&mut h, Duration::from_secs(20), |h| shows_containing(h, "连续错了 10 次")));
    assert_ne!(h.state().session().screen(), &kiosk::kiosk::Screen::Staff);
    // `kiosk set-pin` on the PC is the way out.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args(["set-pin", "--settings"])
        .arg(dir.path().join("settings.toml"))
        .arg("--state")
        .arg(dir.path().join("state"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), b"603817\n").expect("write");
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.path().join("state/pin-lock.toml").exists(), "set-pin clears the lock");
}

/// HTTPS where the bank's network wants it: curl, trusting only this
/// certificate, gets the metrics with the token and a 401 without.
#[test]
fn metrics_can_be_served_over_tls() {
    let dir = tempfile::tempdir().expect("temp");
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    let made = std::process::Command::new("openssl")
        .args(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2"])
        .args(["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl runs");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let tls = kiosk::metrics::tls_config(&cert, &key).expect("certificate and key");
    let access = Access { token: Some("tls-token".into()), tls: Some(tls), ..Access::default() };
    let server =
        MetricsServer::start("127.0.0.1:0", access, Arc::new(KioskMetrics::new(&kiosk::ui::sections::item_metrics())))
            .expect("serve");
    let curl = |auth: &[&str]| {
        let out = std::process::Command::new("curl")
            .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", "--cacert"])
            .arg(&cert)
            .args(["--resolve", &format!("localhost:{}:127.0.0.1", server.address().port())])
            .args(auth)
            .arg(format!("https://localhost:{}/metrics", server.address().port()))
            .output()
            .expect("curl runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(curl(&["-H", "Authorization: Bearer tls-token"]), "200");
    assert_eq!(curl(&[]), "401");
    // Plain HTTP on the TLS port gets nothing.
    let plain = std::process::Command::new("curl")
        .args(["-s", "--max-time", "5"])
        .arg(format!("http://127.0.0.1:{}/metrics", server.address().port()))
        .output()
        .expect("curl runs");
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("kiosk_build_info"));
}
