//! `/metrics` under attack from the branch network, all at once: a 512 MiB
//! header, 5,000 idle connections, and connections that pipeline requests and
//! never read the answers. The server runs in a child process (this test
//! binary, started for the ignored `metrics_server_child`), so its memory and
//! threads are measured alone; a normal scrape must answer within 1 s
//! throughout, and with a token, only with the token.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TOKEN: &str = "test-token-6f1d2c";

/// The server under attack. Ignored: it only runs when the test below starts it.
#[test]
#[ignore = "started by the attack test as its own process"]
fn metrics_server_child() {
    let metrics = Arc::new(kiosk::metrics::KioskMetrics::new(&kiosk::ui::sections::item_metrics()));
    let access = kiosk::metrics::Access { token: Some(TOKEN.into()), ..Default::default() };
    let server = kiosk::metrics::MetricsServer::start("127.0.0.1:0", access, metrics).expect("serve");
    println!("ADDRESS {}", server.address());
    // Until the parent closes our stdin.
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

fn start_server() -> (Child, SocketAddr) {
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["metrics_server_child", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("child");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let address = lines
        .find_map(|l| l.ok().and_then(|l| l.split("ADDRESS ").nth(1).map(str::to_owned)))
        .expect("the child says where it listens");
    // Keep reading, so the child's test harness can still write its report.
    std::thread::spawn(move || lines.for_each(drop));
    (child, address.parse().expect("address"))
}

/// VmRSS and thread count of `pid`, from /proc.
fn rss_and_threads(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .expect("field")
    };
    (field("VmRSS:"), field("Threads:"))
}

/// One scrape as Prometheus makes it; the status and how long it took.
fn scrape(address: SocketAddr, token: Option<&str>) -> Result<(u16, Duration), String> {
    let start = Instant::now();
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(1)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(1))).map_err(|e| e.to_string())?;
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let request = format!("GET /metrics HTTP/1.1\r\nHost: kiosk\r\n{auth}Connection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).map_err(|e| format!("after {:?}: {e}", start.elapsed()))?;
    let text = String::from_utf8_lossy(&answer);
    let status = text.get(9..12).and_then(|s| s.parse().ok()).ok_or_else(|| format!("no status in {text:?}"))?;
    if status == 200 && !text.contains("kiosk_build_info") {
        return Err("a 200 without the metrics".into());
    }
    Ok((status, start.elapsed()))
}

fn raise_file_limit() {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: plain system calls on a local struct.
    unsafe {
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
        limit.rlim_cur = limit.rlim_max.min(20_000);
        libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
    }
    assert!(limit.rlim_cur >= 6_000, "the test needs 6,000 open files, the limit is {}", limit.rlim_cur);
}

#[test]
fn metrics_survive_a_crowd_of_bad_clients() {
    raise_file_limit();
    let (mut child, address) = start_server();
    assert_eq!(scrape(address, Some(TOKEN)).map(|r| r.0), Ok(200));
    assert_eq!(scrape(address, None).map(|r| r.0), Ok(401), "no token, no metrics");
    assert_eq!(scrape(address, Some("guess")).map(|r| r.0), Ok(401));
    let (rss_before, threads_before) = rss_and_threads(child.id());

    // A header that never ends: 512 MiB, or until the server hangs up.
    let huge = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(address).expect("connect");
        let _ = stream.write_all(b"GET /metrics HTTP/1.1\r\nX-Endless: ");
        let chunk = vec![b'a'; 64 * 1024];
        let mut sent = 0usize;
        while sent < 512 * 1024 * 1024 && stream.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
        sent
    });
    // 5,000 connections that say nothing.
    let idle = std::thread::spawn(move || {
        (0..5_000).filter_map(|_| TcpStream::connect_timeout(&address, Duration::from_secs(2)).ok()).collect::<Vec<_>>()
    });
    // 50 connections that pipeline 1,000 requests each and never read an answer.
    let pipelined: Vec<_> = (0..50)
        .map(|_| {
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(address).ok()?;
                let requests = "GET /metrics HTTP/1.1\r\nHost: kiosk\r\n\r\n".repeat(1_000);
                let _ = stream.write_all(requests.as_bytes());
                Some(stream)
            })
        })
        .collect();

    // Prometheus goes on scraping the whole time.
    let mut slowest = Duration::ZERO;
    let mut peak = (rss_before, threads_before);
    let start = Instant::now();
    let mut scrapes = 0;
    while start.elapsed() < Duration::from_secs(15) {
        let (status, took) = scrape(address, Some(TOKEN)).unwrap_or_else(|e| panic!("scrape {scrapes} failed: {e}"));
        assert_eq!(status, 200);
        slowest = slowest.max(took);
        scrapes += 1;
        let (rss, threads) = rss_and_threads(child.id());
        peak = (peak.0.max(rss), peak.1.max(threads));
        std::thread::sleep(Duration::from_millis(100));
    }
    let header_bytes = huge.join().expect("header thread");
    let held = idle.join().expect("idle thread");
    let _pipes: Vec<_> = pipelined.into_iter().map(|t| t.join().expect("pipeline thread")).collect();

    assert!(held.len() > 4_000, "the crowd got in: {} connections", held.len());
    assert!(header_bytes < 64 * 1024 * 1024, "the endless header was cut off (after {header_bytes} bytes)");
    assert!(scrapes > 50, "{scrapes} scrapes");
    assert!(slowest < Duration::from_secs(1), "slowest scrape {slowest:?}");
    let grown_kib = peak.0.saturating_sub(rss_before);
    assert!(grown_kib < 10 * 1024, "memory grew {grown_kib} KiB ({rss_before} KiB before)");
    assert!(peak.1 <= threads_before + 1, "threads {threads_before} → {}", peak.1);
    println!(
        "{scrapes} scrapes, slowest {slowest:?}; RSS {rss_before} → {} KiB; threads {threads_before} → {}; header cut at {} KiB",
        peak.0,
        peak.1,
        header_bytes / 1024
    );
    drop(child.stdin.take());
    let _ = child.kill();
    let _ = child.wait();
}
