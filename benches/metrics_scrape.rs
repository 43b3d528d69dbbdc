//! `cargo bench --bench metrics_scrape`: what a Prometheus scrape costs the UI.
//! The scrape is encoded on the metrics thread; the UI thread only pays when it
//! updates a metric while a scrape holds that metric's lock. Measured: the
//! encode itself (the longest the UI could wait), and the UI's per-frame metric
//! updates with and without a scraper hammering the endpoint in a loop.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use kiosk::metrics::{KioskMetrics, MetricsServer, UtteranceResult};

fn percentiles(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
    format!("median {:.4} ms, p95 {:.4} ms, p99 {:.4} ms, max {:.4} ms", at(0.5), at(0.95), at(0.99), at(1.0))
}

/// A kiosk's metrics after a busy day: every topic and facility opened.
fn busy_metrics() -> Arc<KioskMetrics> {
    let m = Arc::new(KioskMetrics::new(&kiosk::ui::sections::item_metrics()));
    for i in 0..30 {
        for _ in 0..50 {
            m.item_viewed("topic", &format!("topic-{i}"));
            m.item_viewed("facility", &format!("facility-{i}"));
        }
    }
    m
}

/// What the UI thread does for metrics in one frame with a tap in it.
fn ui_frame(m: &KioskMetrics, i: usize) {
    m.frame_drawn();
    m.speech_available(true);
    m.item_viewed("topic", &format!("topic-{}", i % 30));
    m.utterance(UtteranceResult::Sent);
}

fn main() {
    let m = busy_metrics();
    let encodes: Vec<Duration> = (0..2000)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(m.encode());
            t.elapsed()
        })
        .collect();
    let text = m.encode();
    assert!(text.contains("kiosk_topic_views_total"), "the registry encodes what was counted");
    println!("encode (on the metrics thread, {} bytes): {}", text.len(), percentiles(encodes));

    let quiet: Vec<Duration> = (0..20_000)
        .map(|i| {
            let t = Instant::now();
            ui_frame(&m, i);
            t.elapsed()
        })
        .collect();
    println!("UI-thread metric updates per frame, no scrape: {}", percentiles(quiet));

    // A scraper over real HTTP on loopback, as fast as it can, for the whole run.
    let server = MetricsServer::start("127.0.0.1:0", kiosk::metrics::Access::default(), m.clone()).expect("serve");
    let url = format!("http://{}/metrics", server.address());
    let stop = Arc::new(AtomicBool::new(false));
    let scrapes = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (stop2, scrapes2) = (stop.clone(), scrapes.clone());
    let scraper = std::thread::spawn(move || {
        let agent: ureq::Agent =
            ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(2))).build().into();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !stop2.load(Ordering::Relaxed) && Instant::now() < deadline {
            if agent.get(&url).call().is_ok() {
                scrapes2.fetch_add(1, Ordering::Relaxed);
            }
        }
    });
    std::thread::sleep(Duration::from_millis(100));
    let busy: Vec<Duration> = (0..20_000)
        .map(|i| {
            let t = Instant::now();
            ui_frame(&m, i);
            let took = t.elapsed();
            // Frames are spread out in life; let the scraper run in between.
            std::thread::sleep(Duration::from_micros(200));
            took
        })
        .collect();
    stop.store(true, Ordering::Relaxed);
    let _ = scraper.join();
    // The figure is "during scrapes": without any, nothing was measured.
    assert!(scrapes.load(Ordering::Relaxed) > 0, "the scraper got no answer");
    println!(
        "UI-thread metric updates per frame, during {} scrapes: {}",
        scrapes.load(Ordering::Relaxed),
        percentiles(busy)
    );
}
