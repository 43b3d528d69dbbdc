//! A screen reader sees the same kiosk whichever renderer draws it: the real
//! binary on a virtual screen with AT-SPI on (as Orca turns it on), its tree
//! read over D-Bus node by node, for the CPU renderer and for eframe + OpenGL.

mod support;

use std::time::Duration;

use support::atspi::AccessibilityBus;
use support::wait_for;
use support::x11::Screen;

/// The kiosk's tree on home, once it shows the four section buttons.
fn tree_with(renderer: &str) -> Vec<String> {
    let bus = AccessibilityBus::start();
    let screen = Screen::start(1920, 1080);
    let state = tempfile::tempdir().expect("temp dir");
    let mut kiosk = bus.kiosk(&screen, state.path(), renderer);
    let home = || {
        let trees = bus.applications().into_iter().map(|(name, path)| bus.tree(&name, path.as_str()));
        trees.into_iter().find(|t| t.iter().any(|line| line.ends_with("button: 投诉维权")))
    };
    // The same tree twice, a second apart: start-up is over.
    let tree = wait_for(Duration::from_secs(40), || {
        let first = home()?;
        std::thread::sleep(Duration::from_secs(1));
        home().filter(|again| *again == first)
    });
    let _ = kiosk.kill();
    let _ = kiosk.wait();
    tree.unwrap_or_else(|| panic!("{renderer}: no accessible tree with the home buttons"))
}

#[test]
fn a_screen_reader_sees_the_same_tree_on_both_renderers() {
    let cpu = tree_with("cpu");
    for button in ["防骗提醒", "便民设施", "投诉维权", "呼叫工作人员", "English"] {
        assert!(
            cpu.iter().any(|line| line.trim_start() == format!("button: {button}")),
            "no button named {button} in\n{}",
            cpu.join("\n")
        );
    }
    let gl = tree_with("gl");
    assert_eq!(cpu.join("\n"), gl.join("\n"), "the trees differ");
}
