//! A private accessibility bus (D-Bus session bus + AT-SPI, as a Linux desktop
//! has for Orca), and the tree an app shows on it, read the way a screen reader
//! reads it: role and name of every node, in order.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt as _;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use zbus::blocking::Connection;
use zbus::zvariant::{OwnedObjectPath, OwnedValue};

pub struct AccessibilityBus {
    /// For the app: `DBUS_SESSION_BUS_ADDRESS`.
    pub session_address: String,
    a11y: Connection,
    children: Vec<Child>,
    _runtime: tempfile::TempDir,
    /// One bus at a time in a test binary: two AT-SPI bus launchers started
    /// together sometimes hand out each other's bus ("Server GUID mismatch").
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
}

static ONE_BUS: std::sync::Mutex<()> = std::sync::Mutex::new(());

const ACCESSIBLE: &str = "org.a11y.atspi.Accessible";

impl AccessibilityBus {
    pub fn start() -> Self {
        // A test that failed while holding it leaves it poisoned: the bus it
        // guarded is gone all the same.
        let one_at_a_time = ONE_BUS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let runtime = tempfile::tempdir().expect("temp dir");
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .process_group(0)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs (./x test installs dbus)");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().expect("stdout")).read_line(&mut address).expect("bus address");
        let session_address = address.trim().to_owned();
        let launcher = Command::new("/usr/libexec/at-spi-bus-launcher")
            .arg("--launch-immediately")
            .env("DBUS_SESSION_BUS_ADDRESS", &session_address)
            // Its bus socket goes here, not in ~/.cache where another test's is.
            .env("XDG_RUNTIME_DIR", runtime.path())
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("at-spi-bus-launcher runs (./x test installs at-spi2-core)");
        let session = zbus::blocking::connection::Builder::address(session_address.as_str())
            .and_then(|b| b.build())
            .expect("connect to the session bus");
        let a11y_address = super::wait_for(Duration::from_secs(10), || {
            let reply =
                session.call_method(Some("org.a11y.Bus"), "/org/a11y/bus", Some("org.a11y.Bus"), "GetAddress", &());
            reply.ok()?.body().deserialize::<String>().ok()
        })
        .expect("the AT-SPI bus comes up");
        // What a desktop does when a screen reader is turned on.
        let enabled = zbus::zvariant::Value::from(true);
        let set = ("org.a11y.Status", "IsEnabled", enabled);
        session
            .call_method(Some("org.a11y.Bus"), "/org/a11y/bus", Some("org.freedesktop.DBus.Properties"), "Set", &set)
            .expect("turn accessibility on");
        let a11y = zbus::blocking::connection::Builder::address(a11y_address.as_str())
            .and_then(|b| b.build())
            .expect("connect to the AT-SPI bus");
        Self {
            session_address,
            a11y,
            children: vec![launcher, daemon],
            _runtime: runtime,
            _one_at_a_time: one_at_a_time,
        }
    }

    /// The applications registered with AT-SPI, as (bus name, object path).
    pub fn applications(&self) -> Vec<(String, OwnedObjectPath)> {
        self.children_of("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    }

    fn children_of(&self, bus: &str, path: &str) -> Vec<(String, OwnedObjectPath)> {
        let reply = self.a11y.call_method(Some(bus), path, Some(ACCESSIBLE), "GetChildren", &());
        reply.ok().and_then(|m| m.body().deserialize().ok()).unwrap_or_default()
    }

    /// Every node under `(bus, path)`, one line each: indentation, role, name.
    pub fn tree(&self, bus: &str, path: &str) -> Vec<String> {
        let line = |n: Located| format!("{}{}: {}", "  ".repeat(n.depth), n.role, n.name);
        self.located(bus, path).into_iter().map(line).collect()
    }
}

/// One node as a screen reader, magnifier or touch explorer gets it.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    /// How many nodes up to the application's.
    pub depth: usize,
    pub role: String,
    pub name: String,
    /// x, y, width, height on the screen, in pixels.
    pub extents: (i32, i32, i32, i32),
}

impl AccessibilityBus {
    /// The real kiosk binary on `screen`, talking to this bus, without speech.
    pub fn kiosk(&self, screen: &super::x11::Screen, state: &std::path::Path, renderer: &str) -> Child {
        screen
            .kiosk(state, &["--renderer", renderer])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.session_address)
            .env(super::x11::NO_SPEECH.0, super::x11::NO_SPEECH.1)
            .spawn()
            .expect("the kiosk starts")
    }

    /// Every node under `(bus, path)` with its box on the screen (AT-SPI's
    /// Component.GetExtents in screen coordinates).
    pub fn located(&self, bus: &str, path: &str) -> Vec<Located> {
        let mut out = Vec::new();
        self.walk_located(bus, path, 0, &mut out);
        out
    }

    fn walk_located(&self, bus: &str, path: &str, depth: usize, out: &mut Vec<Located>) {
        let role = self.a11y.call_method(Some(bus), path, Some(ACCESSIBLE), "GetRole", &());
        let role = role_name(role.ok().and_then(|m| m.body().deserialize::<u32>().ok()));
        let name = self.a11y.call_method(
            Some(bus),
            path,
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(ACCESSIBLE, "Name"),
        );
        let name: Option<OwnedValue> = name.ok().and_then(|m| m.body().deserialize().ok());
        let name = name.and_then(|v| String::try_from(v).ok()).unwrap_or_default();
        const SCREEN: u32 = 0;
        let extents =
            self.a11y.call_method(Some(bus), path, Some("org.a11y.atspi.Component"), "GetExtents", &(SCREEN,));
        let extents = extents.ok().and_then(|m| m.body().deserialize::<(i32, i32, i32, i32)>().ok());
        out.push(Located { depth, role, name, extents: extents.unwrap_or((0, 0, 0, 0)) });
        if depth < 40 {
            for (child_bus, child_path) in self.children_of(bus, path) {
                self.walk_located(&child_bus, child_path.as_str(), depth + 1, out);
            }
        }
    }
}

/// AT-SPI's role numbers (atspi-common's `Role`) for the roles the kiosk uses.
fn role_name(role: Option<u32>) -> String {
    let known = [
        (20, "filler"),
        (23, "frame"),
        (27, "image"),
        (29, "label"),
        (39, "panel"),
        (43, "button"),
        (61, "text"),
        (62, "toggle button"),
        (69, "window"),
        (73, "paragraph"),
        (75, "application"),
        (83, "heading"),
    ];
    match role {
        Some(r) => known.iter().find(|k| k.0 == r).map_or_else(|| format!("role {r}"), |k| k.1.to_owned()),
        None => "no role".to_owned(),
    }
}

impl Drop for AccessibilityBus {
    fn drop(&mut self) {
        // The launcher starts the AT-SPI bus daemon in its process group: end them all.
        for child in &mut self.children {
            // SAFETY: a signal to a process group this test started.
            unsafe { libc::kill(-(child.id() as i32), libc::SIGTERM) };
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
