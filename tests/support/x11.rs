//! A virtual screen (Xvfb, with a window manager so full screen works) and what a
//! customer does to the real kiosk binary on it: taps (XTEST), a window-manager
//! close request, and looking at the pixels (GetImage of a few rows).
//! Shared by `tests/window.rs` and `benches/renderers.rs`.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{self, ConnectionExt as _};
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

/// For a kiosk whose screen must be the same run after run: speech is
/// unavailable at once (no daemon at this address), instead of becoming
/// available a few seconds in, or not, as the machine's speech-dispatcher decides.
pub const NO_SPEECH: (&str, &str) = ("SPEECHD_ADDRESS", "unix_socket:/nonexistent/speechd.sock");

pub struct Screen {
    pub display: String,
    pub conn: RustConnection,
    pub root: xproto::Window,
    pub width: u16,
    pub height: u16,
    children: Vec<Child>,
}

impl Screen {
    /// Starts Xvfb on a free display (it picks the number) and a window manager.
    pub fn start(width: u16, height: u16) -> Self {
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", &format!("{width}x{height}x24"), "-nolisten", "tcp", "-br"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb runs (./x test installs the xvfb package)");
        let mut number = String::new();
        BufReader::new(xvfb.stdout.take().expect("Xvfb's stdout"))
            .read_line(&mut number)
            .expect("Xvfb says its display");
        let display = format!(":{}", number.trim());
        let (conn, screen) = RustConnection::connect(Some(&display)).expect("connect to Xvfb");
        let root = conn.setup().roots[screen].root;
        let mut children = vec![xvfb];
        // Without a window manager a full-screen request does nothing.
        let wm = Command::new("matchbox-window-manager")
            .args(["-use_titlebar", "no"])
            .env("DISPLAY", &display)
            .stderr(Stdio::null())
            .spawn()
            .expect("matchbox-window-manager runs (./x test installs it)");
        children.push(wm);
        std::thread::sleep(Duration::from_millis(300));
        Self { display, conn, root, width, height, children }
    }

    /// The kiosk binary on this screen, in lobby mode, with settings and state of its own.
    pub fn kiosk(&self, state: &std::path::Path, args: &[&str]) -> Command {
        let mut command = self.demo(state, args);
        command.arg("--kiosk");
        command
    }

    /// The same as a desktop demo (a window that closes when asked).
    pub fn demo(&self, state: &std::path::Path, args: &[&str]) -> Command {
        // Set for tests and benches; the examples that share this file start no kiosk.
        // `KIOSK_BIN=/path/to/old/kiosk cargo bench …` measures another build
        // (a before/after comparison) with the same benchmark.
        let built = option_env!("CARGO_BIN_EXE_kiosk").unwrap_or("kiosk");
        let binary = std::env::var("KIOSK_BIN").unwrap_or_else(|_| built.to_owned());
        let binary = binary.as_str();
        // `KIOSK_CPUS=0 cargo bench …` pins the kiosk to one core (`taskset`
        // execs it: the process id is the kiosk's), as on a one-core PC.
        let mut command = match std::env::var("KIOSK_CPUS") {
            Ok(cpus) => {
                let mut c = Command::new("taskset");
                c.args(["-c", &cpus, binary]);
                c
            }
            Err(_) => Command::new(binary),
        };
        command
            .arg("--settings")
            .arg(state.join("settings.toml"))
            .arg("--state")
            .arg(state.join("state"))
            .args(args)
            .env("DISPLAY", &self.display)
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    /// The whole screen as it is now: 4 bytes a pixel (blue, green, red, unused).
    pub fn image(&self) -> Vec<u8> {
        let reply = self
            .conn
            .get_image(xproto::ImageFormat::Z_PIXMAP, self.root, 0, 0, self.width, self.height, !0)
            .ok()
            .and_then(|c| c.reply().ok());
        reply.map(|r| r.data).unwrap_or_default()
    }

    /// Waits (up to `limit`) until the whole screen has not changed for `quiet`
    /// (start-up work, such as speech becoming ready, can change the top bar).
    pub fn steady(&self, quiet: Duration, limit: Duration) -> bool {
        let start = Instant::now();
        let (mut last, mut since) = (self.image(), Instant::now());
        while start.elapsed() < limit {
            std::thread::sleep(Duration::from_millis(200));
            let now = self.image();
            if now != last {
                (last, since) = (now, Instant::now());
            } else if since.elapsed() >= quiet {
                return true;
            }
        }
        false
    }

    /// Waits (up to `limit`) for the screen to differ from `before`, then for it
    /// to settle; returns what it settled on, or None if it never changed.
    pub fn changes_from(&self, before: (u64, u64), limit: Duration) -> Option<(u64, u64)> {
        let start = Instant::now();
        while self.look() == before {
            if start.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.steady(Duration::from_millis(500), limit).then(|| self.look())
    }

    /// A fingerprint of rows `y0..y1` of the screen as it is now.
    pub fn rows(&self, y0: u16, y1: u16) -> u64 {
        use std::hash::{Hash, Hasher};
        let reply = self
            .conn
            .get_image(xproto::ImageFormat::Z_PIXMAP, self.root, 0, y0 as i16, self.width, y1 - y0, !0)
            .ok()
            .and_then(|c| c.reply().ok());
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        reply.map(|r| r.data).unwrap_or_default().hash(&mut hasher);
        hasher.finish()
    }

    /// What a customer sees, in brief: rows through the title and through the
    /// middle of the screen (few enough to look at every 2 ms or so).
    pub fn look(&self) -> (u64, u64) {
        let h = self.height;
        (self.rows(h * 15 / 100, h * 17 / 100), self.rows(h * 47 / 100, h * 49 / 100))
    }

    /// Watches the screen for `period`; returns when it first looked as it does at
    /// the end (the final screen), measured from `from`, or None if it never changed.
    pub fn settles(&self, from: Instant, period: Duration) -> (Option<Duration>, (u64, u64)) {
        let mut seen = Vec::new();
        while from.elapsed() < period {
            seen.push((from.elapsed(), self.look()));
        }
        let last = seen.last().map(|s| s.1).unwrap_or_default();
        let first_final = seen.iter().rposition(|s| s.1 != last).map_or(0, |i| i + 1);
        let changed = seen.first().is_some_and(|s| s.1 != last);
        (changed.then(|| seen[first_final].0), last)
    }

    /// A tap: pointer to (x, y), press, release.
    pub fn tap(&self, x: i16, y: i16) {
        let c = &self.conn;
        let _ = c.xtest_fake_input(xproto::MOTION_NOTIFY_EVENT, 0, 0, self.root, x, y, 0);
        let _ = c.xtest_fake_input(xproto::BUTTON_PRESS_EVENT, 1, 0, self.root, x, y, 0);
        let _ = c.xtest_fake_input(xproto::BUTTON_RELEASE_EVENT, 1, 0, self.root, x, y, 0);
        let _ = c.flush();
    }

    /// A key pressed and let go: an X keycode (Xvfb's default keyboard: Tab is 23).
    pub fn key(&self, keycode: u8) {
        let c = &self.conn;
        let _ = c.xtest_fake_input(xproto::KEY_PRESS_EVENT, keycode, 0, self.root, 0, 0, 0);
        let _ = c.xtest_fake_input(xproto::KEY_RELEASE_EVENT, keycode, 0, self.root, 0, 0, 0);
        let _ = c.flush();
    }

    /// The top-level windows whose title is `title`.
    pub fn windows_titled(&self, title: &str) -> Vec<xproto::Window> {
        let mut found = Vec::new();
        let mut queue = vec![self.root];
        while let Some(w) = queue.pop() {
            if let Some(tree) = self.conn.query_tree(w).ok().and_then(|c| c.reply().ok()) {
                queue.extend(tree.children);
            }
            if self.title(w).as_deref() == Some(title) {
                found.push(w);
            }
        }
        found
    }

    fn title(&self, w: xproto::Window) -> Option<String> {
        let utf8 = self.atom("UTF8_STRING");
        let name = self.atom("_NET_WM_NAME");
        let reply = self.conn.get_property(false, w, name, utf8, 0, 1024).ok()?.reply().ok()?;
        String::from_utf8(reply.value).ok().filter(|s| !s.is_empty())
    }

    fn atom(&self, name: &str) -> xproto::Atom {
        self.conn.intern_atom(false, name.as_bytes()).ok().and_then(|c| c.reply().ok()).map_or(0, |r| r.atom)
    }

    /// What a window manager sends when someone closes the window (Alt+F4, ×).
    pub fn ask_to_close(&self, w: xproto::Window) {
        let (protocols, delete) = (self.atom("WM_PROTOCOLS"), self.atom("WM_DELETE_WINDOW"));
        let event = xproto::ClientMessageEvent::new(32, w, protocols, [delete, 0, 0, 0, 0]);
        let _ = self.conn.send_event(false, w, xproto::EventMask::NO_EVENT, event);
        let _ = self.conn.flush();
    }

    /// Size of a window, as the window manager made it.
    pub fn size_of(&self, w: xproto::Window) -> Option<(u16, u16)> {
        let g = self.conn.get_geometry(w).ok()?.reply().ok()?;
        Some((g.width, g.height))
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        for child in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
