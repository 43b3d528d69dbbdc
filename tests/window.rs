//! The real kiosk binary on a virtual 1080p screen, once per renderer (the CPU
//! renderer and eframe + OpenGL, here Mesa's llvmpipe): it fills the screen,
//! refuses a close request in the lobby, follows a tap to the next screen, and
//! draws nothing while nobody touches it.

mod support;

use std::time::{Duration, Instant};

use support::wait_for;
use support::x11::Screen;

/// Context switches of the kiosk's UI thread so far: each is one wake-up.
fn wake_ups(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/status")).unwrap_or_default();
    let count = |key: &str| {
        status.lines().find_map(|l| l.strip_prefix(key)).and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(0)
    };
    count("voluntary_ctxt_switches:") + count("nonvoluntary_ctxt_switches:")
}

fn lobby_kiosk_on(renderer: &str) {
    let screen = Screen::start(1920, 1080);
    let blank = screen.look();
    let state = tempfile::tempdir().expect("temp dir");
    let mut kiosk = screen.kiosk(state.path(), &["--renderer", renderer]).spawn().expect("the kiosk starts");
    let window = wait_for(Duration::from_secs(20), || screen.windows_titled("长辈版").first().copied())
        .unwrap_or_else(|| panic!("{renderer}: no kiosk window"));
    let full = wait_for(Duration::from_secs(5), || (screen.size_of(window) == Some((1920, 1080))).then_some(()));
    assert!(full.is_some(), "{renderer}: the window is {:?}, not the whole screen", screen.size_of(window));
    let (_, home) = screen.settles(Instant::now(), Duration::from_secs(3));
    assert_ne!(home, blank, "{renderer}: nothing on screen");

    // In the lobby, Alt+F4 or the window manager's × does nothing.
    screen.ask_to_close(window);
    std::thread::sleep(Duration::from_millis(800));
    assert!(kiosk.try_wait().ok().flatten().is_none(), "{renderer}: the kiosk closed on request");
    assert_eq!(screen.look(), home, "{renderer}: the screen changed on a close request");

    // Nobody there: no frames, no timers; the UI thread sleeps. (Start-up work
    // such as the speech engine's voice list wakes it for a while first.)
    let quiet = wait_for(Duration::from_secs(30), || {
        let before = wake_ups(kiosk.id());
        std::thread::sleep(Duration::from_secs(3));
        (wake_ups(kiosk.id()) - before <= 2).then_some(())
    });
    assert!(quiet.is_some(), "{renderer}: the idle UI thread never slept for 3 s");

    // A tap on the first card (防骗提醒) opens the list of scams.
    screen.tap(255, 527);
    let (took, list) = screen.settles(Instant::now(), Duration::from_millis(1500));
    assert!(took.is_some() && list != home, "{renderer}: a tap on 防骗提醒 changed nothing");
    let _ = kiosk.kill();
    let _ = kiosk.wait();
}

#[test]
fn the_cpu_renderer_runs_the_lobby_kiosk() {
    lobby_kiosk_on("cpu");
}

#[test]
fn the_opengl_renderer_runs_the_lobby_kiosk() {
    lobby_kiosk_on("gl");
}
