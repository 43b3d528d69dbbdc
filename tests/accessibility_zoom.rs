//! Where a screen reader, a magnifier or touch exploration is told a widget is
//! must be where it is drawn, at any zoom: the real binary on a virtual screen
//! whose settings give a panel size (zoom 0.71 on a 21.5" 1366×768 panel, 1.38 on
//! a 15.6" 1920×1080 one), its AT-SPI tree read over D-Bus, its boxes compared
//! with the pixels on the screen, for both renderers.

mod support;

use std::time::Duration;

use support::atspi::{AccessibilityBus, Located};
use support::wait_for;
use support::x11::Screen;

struct Seen {
    nodes: Vec<Located>,
    /// The screen, 4 bytes a pixel (blue, green, red, unused).
    pixels: Vec<u8>,
    width: usize,
    height: usize,
}

fn seen(renderer: &str, width: u16, height: u16, inches: f32) -> Seen {
    let bus = AccessibilityBus::start();
    let screen = Screen::start(width, height);
    let state = tempfile::tempdir().expect("temp dir");
    std::fs::write(state.path().join("settings.toml"), format!("screen_diagonal_inches = {inches}\n"))
        .expect("settings");
    let mut kiosk = bus.kiosk(&screen, state.path(), renderer);
    let home = || {
        let apps = bus.applications().into_iter().map(|(name, path)| bus.located(&name, path.as_str()));
        apps.into_iter().find(|t| t.iter().any(|n| n.role == "button" && n.name == "投诉维权"))
    };
    // The same boxes twice, a second apart, and a screen that stopped changing.
    let nodes = wait_for(Duration::from_secs(40), || {
        let first = home()?;
        std::thread::sleep(Duration::from_secs(1));
        home().filter(|again| *again == first)
    });
    // Once laid out, nothing changes: no frame is drawn (a zoom that kept
    // changing redrew the screen for ever).
    let steady = screen.steady(Duration::from_secs(2), Duration::from_secs(20));
    let pixels = screen.image();
    let _ = kiosk.kill();
    let _ = kiosk.wait();
    let nodes = nodes.unwrap_or_else(|| panic!("{renderer}: no accessible tree with the home buttons"));
    assert!(steady, "{renderer} at {width}×{height}, {inches}\": the screen keeps changing");
    Seen { nodes, pixels, width: usize::from(width), height: usize::from(height) }
}

/// The page's background in the calm theme (the kiosk starts in it).
const BACKGROUND: [u8; 3] = [0xFB, 0xF6, 0xEC];

impl Seen {
    fn rgb(&self, x: i32, y: i32) -> Option<[u8; 3]> {
        let (x, y) = (usize::try_from(x).ok()?, usize::try_from(y).ok()?);
        if x >= self.width || y >= self.height {
            return None;
        }
        let p = self.pixels.get((y * self.width + x) * 4..(y * self.width + x) * 4 + 3)?;
        Some([p[2], p[1], p[0]])
    }

    /// The page's colour, give or take `tolerance` in each channel.
    fn is_page(&self, x: i32, y: i32, tolerance: u8) -> Option<bool> {
        self.rgb(x, y).map(|c| (0..3).all(|i| c[i].abs_diff(BACKGROUND[i]) <= tolerance))
    }

    /// Page, or an outline's anti-aliased fringe (under a quarter covered).
    fn outside(&self, x: i32, y: i32) -> Option<bool> {
        self.is_page(x, y, 60)
    }

    /// Anything but the page: a white button differs from it only a little.
    fn inside(&self, x: i32, y: i32) -> Option<bool> {
        self.is_page(x, y, 6).map(|page| !page)
    }

    /// Why a button's box is not where its outline is drawn: just inside each
    /// edge (at its middle, clear of the round corners) is the button, just
    /// outside is the page. Buttons on something other than the page (the
    /// top bar) are left out: None.
    fn misplaced(&self, node: &Located) -> Option<Result<(), String>> {
        let (x, y, w, h) = node.extents;
        let (mx, my) = (x + w / 2, y + h / 2);
        // (outside, inside) points for the left, right, top and bottom edges.
        // A box edge is a line between pixels (the right one at x + w). An
        // outline edge within MARGIN of it leaves the whole pixel MARGIN
        // further out as page, and the pixel MARGIN further in as button.
        let probes = [
            ((x - MARGIN - 1, my), (x + MARGIN, my)),
            ((x + w + MARGIN, my), (x + w - 1 - MARGIN, my)),
            ((mx, y - MARGIN - 1), (mx, y + MARGIN)),
            ((mx, y + h + MARGIN), (mx, y + h - 1 - MARGIN)),
        ];
        let outside: Vec<bool> = probes.iter().map(|(o, _)| self.outside(o.0, o.1)).collect::<Option<_>>()?;
        if outside.iter().filter(|b| **b).count() < 3 {
            // Not on the page, or the box is far off: told apart below.
            let inside_is_page = probes.iter().all(|(_, i)| self.inside(i.0, i.1) == Some(false));
            return inside_is_page.then(|| Err(format!("{}: its box {:?} is empty page", node.name, node.extents)));
        }
        let wrong: Vec<String> = probes
            .iter()
            .zip(["left", "right", "top", "bottom"])
            .filter(|((o, i), _)| self.outside(o.0, o.1) != Some(true) || self.inside(i.0, i.1) != Some(true))
            .map(|(_, edge)| edge.to_owned())
            .collect();
        Some(if wrong.is_empty() {
            Ok(())
        } else {
            Err(format!("{}: box {:?}, drawn edge not within {MARGIN} px at {wrong:?}", node.name, node.extents))
        })
    }
}

/// How far (in screen pixels) a box's edge may be from the drawn outline
/// (AT-SPI's whole-pixel boxes alone can be a pixel off each way).
const MARGIN: i32 = 2;

fn check(renderer: &str, width: u16, height: u16, inches: f32) {
    let seen = seen(renderer, width, height, inches);
    let buttons: Vec<&Located> =
        seen.nodes.iter().filter(|n| n.role == "button" || n.role == "toggle button").collect();
    let results: Vec<Result<(), String>> = buttons.iter().filter_map(|n| seen.misplaced(n)).collect();
    let wrong: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        wrong.is_empty(),
        "{renderer} at {width}×{height}, {inches}\": boxes a screen reader gets are not where the buttons are drawn:\n{}",
        wrong.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
    assert!(results.len() >= 9, "{renderer}: only {} of the home buttons could be checked: {buttons:?}", results.len());
}

#[test]
fn boxes_match_the_pixels_at_zoom_0_71_on_the_cpu_renderer() {
    check("cpu", 1366, 768, 21.5);
}

#[test]
fn boxes_match_the_pixels_at_zoom_0_71_with_opengl() {
    check("gl", 1366, 768, 21.5);
}

#[test]
fn boxes_match_the_pixels_at_zoom_1_38_on_the_cpu_renderer() {
    check("cpu", 1920, 1080, 15.6);
}

#[test]
fn boxes_match_the_pixels_at_zoom_1_38_with_opengl() {
    check("gl", 1920, 1080, 15.6);
}
