//! The call-staff server misbehaves: it answers 500, resets the connection, or
//! sends an endless body. Each alert ends (delivered or failed, with the
//! reason for staff) within its tries, and the customer screen goes on.

mod support;

use std::io::Write;
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kiosk::kiosk::Screen;
use kiosk::staff::alert::{Alerts, Delivery};
use kiosk::ui::sections::facilities;
use support::staff::*;
use support::*;

#[derive(Clone, Copy)]
enum Misbehaviour {
    ServerError,
    Reset,
    EndlessBody,
}

/// A server on 127.0.0.1 that misbehaves on every request; counts requests.
fn server(how: Misbehaviour) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/alert", listener.local_addr().expect("addr"));
    let requests = Arc::new(AtomicUsize::new(0));
    let seen = requests.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            seen.fetch_add(1, Ordering::SeqCst);
            let mut stream = stream;
            match how {
                Misbehaviour::ServerError => {
                    let _ = read_request_body(&stream);
                    let _ = stream.write_all(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n\r\noops!");
                }
                // Closed with unread data pending: the kernel answers with a reset.
                Misbehaviour::Reset => drop(stream),
                Misbehaviour::EndlessBody => {
                    let _ = read_request_body(&stream);
                    let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100000000000\r\n\r\n");
                    let chunk = vec![b'x'; 64 * 1024];
                    std::thread::spawn(move || while stream.write_all(&chunk).is_ok() {});
                }
            }
        }
    });
    (url, requests)
}

/// Calls once and waits for the alert to end.
fn call_and_wait(url: &str) -> (Delivery, Duration) {
    let mut alerts = Alerts::new(Some(url.to_owned()), "lobby-1".into());
    let ended = Arc::new(Mutex::new(None));
    let flag = ended.clone();
    alerts.on_outcome(Arc::new(move |_, _| {
        if let Ok(mut f) = flag.lock() {
            *f = Some(Instant::now());
        }
    }));
    let start = Instant::now();
    assert!(alerts.call("home", "just-come", None, 0.0));
    while ended.lock().map(|e| e.is_none()).unwrap_or(false) && start.elapsed() < Duration::from_secs(40) {
        std::thread::sleep(Duration::from_millis(20));
    }
    (alerts.delivery(), start.elapsed())
}

#[test]
fn a_500_or_a_reset_fails_after_three_tries_with_the_reason() {
    // A reset shows as "Connection reset", as "Broken pipe" when it comes while the request
    // is still being written, or as "Peer disconnected" when the close is seen before the
    // reset: each is the reason staff need.
    let cases: [(Misbehaviour, &[&str]); 2] =
        [(Misbehaviour::ServerError, &["500"]), (Misbehaviour::Reset, &["reset", "Broken pipe", "Peer disconnected"])];
    let runs: Vec<_> = cases
        .into_iter()
        .map(|(how, reason)| {
            std::thread::spawn(move || {
                let (url, requests) = server(how);
                let (delivery, took) = call_and_wait(&url);
                (delivery, took, requests.load(Ordering::SeqCst), reason)
            })
        })
        .collect();
    for run in runs {
        let (delivery, took, requests, reason) = run.join().expect("run");
        let Delivery::Failed(why) = &delivery else { panic!("the alert fails, not {delivery:?}") };
        assert!(reason.iter().any(|r| why.contains(r)), "the reason is kept for staff: {why}");
        assert_eq!(requests, 3, "three tries, then it gives up ({why})");
        assert!(took < Duration::from_secs(30), "it ends: {took:?}");
    }
}

#[test]
fn an_endless_answer_is_not_read_into_memory() {
    let (url, requests) = server(Misbehaviour::EndlessBody);
    let (delivery, took) = call_and_wait(&url);
    assert_eq!(delivery, Delivery::Delivered, "a 200 is delivered; its body is not wanted");
    assert_eq!(requests.load(Ordering::SeqCst), 1);
    assert!(took < Duration::from_secs(5), "no waiting for 100 GB: {took:?}");
}

#[test]
fn customers_carry_on_while_the_alert_server_fails() {
    let (url, _) = server(Misbehaviour::ServerError);
    let dir = tempfile::tempdir().expect("temp");
    let files = staff_files(dir.path(), |s| {
        s.call_staff.url = Some(url);
        s.call_staff.chime = false;
    });
    let mut h = kiosk_with(&files, true);
    tap(&mut h, "呼叫工作人员");
    assert!(shows(&h, "工作人员马上就来"), "the customer is told help is coming");
    tap(&mut h, "好的");
    tap(&mut h, "便民设施");
    assert_eq!(h.state().session().screen(), &Screen::List(facilities::ID));
    let start = Instant::now();
    while !matches!(h.state().alert_delivery(), Delivery::Failed(_)) && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    assert!(matches!(h.state().alert_delivery(), Delivery::Failed(_)), "the failure is known");
    tap(&mut h, "首页");
    corner_taps(&mut h, 5);
    type_pin(&mut h, PIN);
    assert!(shows_containing(&h, "500"), "staff see why the alert did not arrive");
}
