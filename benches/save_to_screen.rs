//! A clerk's save → the edit on screen: the real watcher, the real loader, the
//! real app (release build), over a page a customer is reading. The README
//! promises "within a second"; this prints the median and 95th percentile and
//! exits non-zero if an edit never shows.
//!
//! `cargo bench --bench save_to_screen` (20 saves). Under `cargo test`: 3.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use support::*;

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let saves = if bench { 20 } else { 3 };
    let content = content_copy();
    let mut h = watching(content.path());
    let path = content.path().join("fraud.toml");
    let original = std::fs::read_to_string(&path).expect("fraud.toml");
    let mut took = Vec::new();
    for n in 0..saves {
        let title = format!("当心“安全账户”{n}");
        let edited = original.replacen("title = \"“安全账户”骗局\"", &format!("title = \"{title}\""), 1);
        // As most editors save: a temporary file renamed over the old one.
        let tmp = content.path().join(".fraud.toml.swp");
        std::fs::write(&tmp, edited).expect("write");
        let saved = Instant::now();
        std::fs::rename(&tmp, &path).expect("rename");
        let shown = wait_until(&mut h, Duration::from_secs(30), |h| shows(h, &title));
        if !shown {
            eprintln!("save {n}: the edit never showed");
            std::process::exit(1);
        }
        took.push(saved.elapsed().as_secs_f64() * 1000.0);
        // Let the watcher settle before the next save.
        pass_time(&mut h, 1.0);
    }
    println!("save → on screen, {saves} saves: {}", summary_ms(took));
}
