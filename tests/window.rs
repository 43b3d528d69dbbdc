//! The real kiosk binary on a virtual 1080p screen, once per renderer (the CPU
//! renderer and eframe + OpenGL, here Mesa's llvmpipe): it fills the screen,
//! refuses a close request in the lobby, follows a tap to the next screen and a
//! key press, and draws nothing while nobody touches it.

mod support;

use std::time::{Duration, Instant};

use support::proc_stats::wake_ups;
use support::wait_for;
use support::x11::{NO_SPEECH, Screen};

fn lobby_kiosk_on(renderer: &str, metrics_port: u16) {
    let screen = Screen::start(1920, 1080);
    let blank = screen.look();
    let state = tempfile::tempdir().expect("temp dir");
    let settings = format!("[metrics]\nenabled = true\naddress = \"127.0.0.1:{metrics_port}\"\n");
    std::fs::write(state.path().join("settings.toml"), settings).expect("settings");
    let mut kiosk = screen.kiosk(state.path(), &["--renderer", renderer]).spawn().expect("the kiosk starts");
    let window = wait_for(Duration::from_secs(20), || screen.windows_titled("长辈版").first().copied())
        .unwrap_or_else(|| panic!("{renderer}: no kiosk window"));
    let full = wait_for(Duration::from_secs(30), || (screen.size_of(window) == Some((1920, 1080))).then_some(()));
    assert!(full.is_some(), "{renderer}: the window is {:?}, not the whole screen", screen.size_of(window));
    assert!(screen.steady(Duration::from_secs(2), Duration::from_secs(30)), "{renderer}: the screen never settled");
    let home = screen.look();

    // Head office can tell which renderer each kiosk uses.
    let scrape = ureq::get(&format!("http://127.0.0.1:{metrics_port}/metrics")).call();
    let text = scrape.ok().and_then(|mut r| r.body_mut().read_to_string().ok()).unwrap_or_default();
    let line = format!("kiosk_renderer_info{{renderer=\"{renderer}\"}} 1");
    assert!(text.lines().any(|l| l == line), "{renderer}: no `{line}` in /metrics:\n{text}");
    assert_ne!(home, blank, "{renderer}: nothing on screen");

    // In the lobby, Alt+F4 or the window manager's × does nothing. (Whether
    // the kiosk is still there is checked after the tap below took effect:
    // X delivers in order, so by then the close request was handled.)
    screen.ask_to_close(window);

    // Nobody there: no frames, no timers; the UI thread sleeps. (Start-up work
    // such as the speech engine's voice list wakes it for a while first.)
    let quiet = wait_for(Duration::from_secs(30), || {
        let before = wake_ups(kiosk.id());
        std::thread::sleep(Duration::from_secs(3));
        (wake_ups(kiosk.id()) - before <= 2).then_some(())
    });
    assert!(quiet.is_some(), "{renderer}: the idle UI thread never slept for 3 s");

    // The UI thread slept for 3 s: the close request has been handled.
    assert_eq!(screen.look(), home, "{renderer}: the screen changed on a close request");

    // A tap on the first card (防骗提醒) opens the list of scams.
    screen.tap(255, 527);
    // Generous: these are debug builds, several on two cores at once.
    let list = screen.changes_from(home, Duration::from_secs(30));
    let list = list.unwrap_or_else(|| panic!("{renderer}: a tap on 防骗提醒 changed nothing"));
    assert!(kiosk.try_wait().ok().flatten().is_none(), "{renderer}: the kiosk closed on request");

    // A keypad or keyboard works too: Tab starts speech mode and frames the title.
    screen.key(23);
    let framed = screen.changes_from(list, Duration::from_secs(30));
    assert!(framed.is_some(), "{renderer}: Tab changed nothing on screen");
    let _ = kiosk.kill();
    let _ = kiosk.wait();
}

/// On a desk the demo is an ordinary window: a close request ends it, cleanly.
#[test]
fn the_desktop_demo_closes_when_asked_on_both_renderers() {
    for renderer in ["cpu", "gl"] {
        let screen = Screen::start(1366, 768);
        let state = tempfile::tempdir().expect("temp dir");
        let mut demo = screen.demo(state.path(), &["--renderer", renderer]).spawn().expect("the demo starts");
        let window = wait_for(Duration::from_secs(20), || screen.windows_titled("长辈版 kiosk demo").first().copied());
        screen.ask_to_close(window.unwrap_or_else(|| panic!("{renderer}: no demo window")));
        let status = wait_for(Duration::from_secs(10), || demo.try_wait().ok().flatten());
        assert!(status.is_some_and(|s| s.success()), "{renderer}: the demo did not close cleanly: {status:?}");
    }
}

/// Home as each renderer puts it on the screen, after it has settled.
fn home_on_screen(renderer: &str) -> Vec<u8> {
    let screen = Screen::start(1920, 1080);
    let state = tempfile::tempdir().expect("temp dir");
    let mut kiosk = screen
        .kiosk(state.path(), &["--renderer", renderer])
        .env(NO_SPEECH.0, NO_SPEECH.1)
        .spawn()
        .expect("the kiosk starts");
    assert!(screen.steady(Duration::from_secs(2), Duration::from_secs(30)), "{renderer}: the screen never settled");
    let image = screen.image();
    let _ = kiosk.kill();
    let _ = kiosk.wait();
    image
}

/// The same pixels on the real screen: the CPU renderer against eframe + glow.
#[test]
fn cpu_and_opengl_put_the_same_pixels_on_screen() {
    let (cpu, gl) = (home_on_screen("cpu"), home_on_screen("gl"));
    assert_eq!(cpu.len(), 1920 * 1080 * 4, "a whole screen");
    let channel_differences = cpu.chunks(4).zip(gl.chunks(4)).map(|(a, b)| (0..3).map(|i| a[i].abs_diff(b[i])).max());
    let (max, over) = channel_differences.flatten().fold((0, 0), |(m, o), d| (m.max(d), o + usize::from(d > 2)));
    // As the README says: no pixel more than 2 levels of 255 apart (glow dithers by one).
    eprintln!("cpu against gl on screen: max difference {max}, {over} pixels over 2 levels");
    assert!(max <= 2, "max difference {max}, {over} pixels over 2 levels");
}

/// Under systemd the UI loop says "alive" on both renderers, and stops when frozen.
#[test]
fn the_watchdog_hears_from_the_ui_loop_on_both_renderers() {
    for renderer in ["cpu", "gl"] {
        let screen = Screen::start(1920, 1080);
        let state = tempfile::tempdir().expect("temp dir");
        let socket_path = state.path().join("notify");
        let socket = std::os::unix::net::UnixDatagram::bind(&socket_path).expect("notify socket");
        socket.set_read_timeout(Some(Duration::from_millis(100))).expect("timeout");
        let mut kiosk = screen
            .kiosk(state.path(), &["--renderer", renderer])
            .env("NOTIFY_SOCKET", &socket_path)
            .env("WATCHDOG_USEC", "900000")
            .spawn()
            .expect("the kiosk starts");
        let pings = |period: Duration| {
            let (start, mut heard) = (Instant::now(), Vec::new());
            let mut buf = [0_u8; 256];
            while start.elapsed() < period {
                if let Ok(n) = socket.recv(&mut buf) {
                    heard.push(String::from_utf8_lossy(&buf[..n]).into_owned());
                }
            }
            heard
        };
        let ready = wait_for(Duration::from_secs(20), || {
            pings(Duration::from_millis(200)).iter().any(|m| m.contains("READY=1")).then_some(())
        });
        assert!(ready.is_some(), "{renderer}: never said ready");
        let alive = pings(Duration::from_secs(3)).iter().filter(|m| m.contains("WATCHDOG=1")).count();
        // Every 300 ms (a third of WATCHDOG_USEC): about ten in 3 s.
        assert!(alive >= 6, "{renderer}: {alive} watchdog pings in 3 s");
        // SAFETY: signals to the child this test started.
        unsafe { libc::kill(kiosk.id() as i32, libc::SIGSTOP) };
        let frozen = pings(Duration::from_secs(1)).len();
        unsafe { libc::kill(kiosk.id() as i32, libc::SIGCONT) };
        assert_eq!(frozen, 0, "{renderer}: pings while frozen");
        let _ = kiosk.kill();
        let _ = kiosk.wait();
    }
}

#[test]
fn the_cpu_renderer_runs_the_lobby_kiosk() {
    lobby_kiosk_on("cpu", 19491);
}

#[test]
fn the_opengl_renderer_runs_the_lobby_kiosk() {
    lobby_kiosk_on("gl", 19492);
}
