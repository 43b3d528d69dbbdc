//! The staff side, shared by the tests that open the panel: a PIN in the
//! settings, the hidden corner, the PIN pad.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kiosk::app::KioskApp;
use kiosk::staff::{Settings, SettingsFile, StaffFiles};

use super::{LANDSCAPE, config, harness_with, pass_time, tap};

pub const PIN: &str = "274915";

/// Settings with a PIN (and `edit` applied), in `dir`.
pub fn staff_files(dir: &Path, edit: impl FnOnce(&mut Settings)) -> StaffFiles {
    let files = StaffFiles { settings: dir.join("settings.toml"), state_dir: dir.join("state") };
    let mut file = SettingsFile::load(&files.settings);
    file.settings.pin_hash = Some(kiosk::staff::pin::hash(PIN).expect("hash"));
    edit(&mut file.settings);
    file.save().expect("save settings");
    files
}

pub fn kiosk_with(files: &StaffFiles, kiosk_mode: bool) -> Harness<'static, KioskApp> {
    let mut cfg = config();
    cfg.staff_files = Some(files.clone());
    cfg.kiosk_mode = kiosk_mode;
    harness_with(LANDSCAPE, cfg, false)
}

/// Taps the hidden corner (the 长辈版 title on the home screen) `n` times, quickly.
pub fn corner_taps(h: &mut Harness<'static, KioskApp>, n: usize) {
    for _ in 0..n {
        h.get_by_label("长辈版").click();
        h.run();
        pass_time(h, 0.3);
    }
}

pub fn type_pin(h: &mut Harness<'static, KioskApp>, pin: &str) {
    for d in pin.chars() {
        h.get_by_role_and_label(egui::accesskit::Role::Button, &d.to_string()).click();
        h.run();
        pass_time(h, 0.2);
    }
    tap(h, "确定");
}

/// A one-shot HTTP server on 127.0.0.1: returns the port and a receiver of
/// request bodies. `answer` false: it reads the request and never replies.
pub fn alert_server(answer: bool) -> (u16, std::sync::mpsc::Receiver<String>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = tx.send(super::read_request_body(&stream));
            if answer {
                use std::io::Write;
                let _ = (&stream).write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            } else {
                std::thread::sleep(std::time::Duration::from_secs(30));
            }
        }
    });
    (port, rx)
}
