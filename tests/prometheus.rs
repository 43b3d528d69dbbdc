//! A real Prometheus (Debian's package, installed by `./x test`) scrapes a
//! kiosk started here, on loopback; its HTTP API then says the kiosk is up and
//! how often a topic was opened. The files in `deploy/prometheus/` pass
//! `promtool`'s checks and rule tests.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kiosk::staff::{SettingsFile, StaffFiles};
use support::*;

fn deploy() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/prometheus")
}

fn promtool(args: &[&str]) -> String {
    let out = Command::new("promtool")
        .args(args)
        .current_dir(deploy())
        .output()
        .expect("promtool runs (Debian package prometheus; ./x test installs it)");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "promtool {args:?} failed:\n{text}");
    text
}

#[test]
fn the_deploy_files_pass_promtool() {
    // promtool wants the token file to exist: check a copy that names one made here.
    let dir = tempfile::tempdir().expect("temp");
    let token = dir.path().join("kiosk-metrics-token");
    std::fs::write(&token, "a-test-token\n").expect("token");
    let shipped = std::fs::read_to_string(deploy().join("prometheus.yml")).expect("read");
    assert!(shipped.contains("credentials_file: /etc/prometheus/kiosk-metrics-token"), "scrapes send the token");
    let copy = dir.path().join("prometheus.yml");
    let with_token = shipped.replace("/etc/prometheus/kiosk-metrics-token", &token.display().to_string());
    std::fs::write(&copy, with_token).expect("write");
    std::fs::copy(deploy().join("kiosk-alerts.yml"), dir.path().join("kiosk-alerts.yml")).expect("rules");
    assert!(promtool(&["check", "config", &copy.display().to_string()]).contains("SUCCESS"));
    assert!(promtool(&["check", "rules", "kiosk-alerts.yml"]).contains("13 rules found"));
    // The rule tests: a kiosk that stops answering, a frozen screen, failing alerts.
    assert!(promtool(&["test", "rules", "kiosk-alerts.test.yml"]).contains("SUCCESS"));
}

/// Stops Prometheus when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// The value of the first result of an instant query, once it has one.
fn query(port: u16, promql: &str) -> Option<f64> {
    let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(3))).build().into();
    let url = format!("http://127.0.0.1:{port}/api/v1/query");
    let body = agent.get(url).query("query", promql).call().ok()?.body_mut().read_to_string().ok()?;
    let json: serde_json::Value = serde_json::from_str(&body).ok()?;
    json["data"]["result"][0]["value"][1].as_str()?.parse().ok()
}

fn wait_for(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !ok() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(250));
    }
}

#[test]
fn a_real_prometheus_scrapes_the_kiosk() {
    let dir = tempfile::tempdir().expect("temp");
    let files = StaffFiles { settings: dir.path().join("settings.toml"), state_dir: dir.path().join("state") };
    let mut file = SettingsFile::load(&files.settings);
    file.settings.metrics.enabled = true;
    file.settings.metrics.address = Some("127.0.0.1:0".into());
    // Scraped as head office does it: with the bearer token.
    let token = dir.path().join("metrics-token");
    std::fs::write(&token, "lobby-token-3e7a\n").expect("token");
    file.settings.metrics.token_file = Some(token.clone());
    file.save().expect("settings");
    let mut cfg = config();
    cfg.staff_files = Some(files);
    let mut h = harness_with(LANDSCAPE, cfg, false);
    let kiosk = h.state().metrics_address().expect("metrics served");

    let port = free_port();
    let config = dir.path().join("prometheus.yml");
    let scrape = format!(
        "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: kiosk\n    authorization:\n      type: Bearer\n      credentials_file: {}\n    static_configs:\n      - targets: [\"{kiosk}\"]\n        labels:\n          kiosk_id: test-lobby\n",
        token.display()
    );
    std::fs::write(&config, scrape).expect("config");
    let child = Command::new("prometheus")
        .arg(format!("--config.file={}", config.display()))
        .arg(format!("--storage.tsdb.path={}", dir.path().join("data").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("prometheus starts (Debian package prometheus; ./x test installs it)");
    let _server = Server(child);

    wait_for("the kiosk to be up in Prometheus", Duration::from_secs(60), || {
        query(port, "up{job=\"kiosk\"}") == Some(1.0)
    });
    tap(&mut h, "防骗提醒");
    tap(&mut h, "冒充公检法");
    tap(&mut h, "返回");
    tap(&mut h, "冒充公检法");
    tap(&mut h, "返回");
    tap(&mut h, "“安全账户”骗局");
    wait_for("the topic counts in Prometheus", Duration::from_secs(30), || {
        query(port, "kiosk_topic_views_total{id=\"fake-police\",kiosk_id=\"test-lobby\"}") == Some(2.0)
    });
    assert_eq!(query(port, "kiosk_topic_views_total{id=\"safe-account\"}"), Some(1.0));
    assert_eq!(query(port, "kiosk_speech_up"), Some(1.0));
    let age = query(port, "kiosk_ui_frame_age_seconds").expect("the frame age is scraped");
    assert!(age < 60.0, "the screen is drawing: {age} s since the last frame");
}
