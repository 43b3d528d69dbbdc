//! Speech goes away under the running kiosk (speech-dispatcher killed) and
//! comes back (restarted): the kiosk keeps working, hides its speech buttons
//! while speech is gone, and speaks again once it is back, without a restart.
//! The real daemon is killed in `speech_dispatcher.rs`; here a stand-in lets the
//! test decide when it is up.

mod support;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kiosk::app::KioskApp;
use kiosk::speech::{Engine, Event, Events, Speech, Status, Utterance};
use support::*;

/// The speech service: up or down, and a new one after each restart (an
/// engine connected to the old one stays broken).
#[derive(Default)]
struct Daemon {
    up: AtomicBool,
    generation: AtomicU64,
    said: Mutex<Vec<String>>,
}

impl Daemon {
    fn kill(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.generation.fetch_add(1, Ordering::SeqCst);
    }
    fn said(&self) -> Vec<String> {
        self.said.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

struct Connection {
    daemon: Arc<Daemon>,
    generation: u64,
    events: Option<Events>,
}

impl Connection {
    fn alive(&self) -> Result<(), String> {
        let d = &self.daemon;
        let ok = d.up.load(Ordering::SeqCst) && d.generation.load(Ordering::SeqCst) == self.generation;
        if ok { Ok(()) } else { Err("connection to speech-dispatcher lost".into()) }
    }
}

impl Engine for Connection {
    fn connect(&mut self, events: Events) {
        self.events = Some(events);
    }
    fn speak(&mut self, u: &Utterance) -> Result<(), String> {
        self.alive()?;
        if let Ok(mut s) = self.daemon.said.lock() {
            s.push(u.text.clone());
        }
        if let Some(e) = &self.events {
            e.push(Event::Done(u.id));
        }
        Ok(())
    }
    fn stop(&mut self) -> Result<(), String> {
        self.alive()
    }
}

fn speech_on(daemon: &Arc<Daemon>) -> Speech {
    let d = daemon.clone();
    Speech::start(move || {
        if !d.up.load(Ordering::SeqCst) {
            return Err("speech-dispatcher is not running".into());
        }
        Ok(Box::new(Connection { daemon: d.clone(), generation: d.generation.load(Ordering::SeqCst), events: None })
            as Box<dyn Engine>)
    })
}

/// A tap, then frames for a while: the speech thread answers in its own time,
/// so the screen may change a few frames later.
fn press(h: &mut Harness<'static, KioskApp>, label: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, label).click();
    for _ in 0..30 {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.state().clock().advance(1.0);
    h.step();
}

/// A kiosk whose speech service is up and ready (auto-read off).
fn kiosk_speaking() -> (Arc<Daemon>, Harness<'static, KioskApp>) {
    let daemon = Arc::new(Daemon::default());
    daemon.up.store(true, Ordering::SeqCst);
    let mut cfg = config();
    cfg.speech = speech_on(&daemon);
    cfg.auto_read = false;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    assert!(wait_until(&mut h, Duration::from_secs(30), |h| h.state().speech().status() == Status::Ready));
    (daemon, h)
}

#[test]
fn speech_lost_hides_its_buttons_and_comes_back_without_a_restart() {
    let (daemon, mut h) = kiosk_speaking();
    press(&mut h, "防骗提醒");
    press(&mut h, "冒充公检法");
    press(&mut h, "朗读");
    assert!(wait_until(&mut h, Duration::from_secs(30), |_| !daemon.said().is_empty()), "read aloud");

    // Killed: the next use of speech (leaving the page stops the reading)
    // finds it gone, and the speech buttons go.
    daemon.kill();
    let before = daemon.said().len();
    press(&mut h, "首页");
    press(&mut h, "防骗提醒");
    press(&mut h, "“安全账户”骗局");
    assert!(
        wait_until(&mut h, Duration::from_secs(30), |h| !has_button(h, "朗读")),
        "no speech button while speech is gone"
    );
    assert!(!has_button(&h, "声音"), "nor the sound button");
    assert_eq!(daemon.said().len(), before, "nothing could be said");
    press(&mut h, "返回");
    press(&mut h, "冒充公检法");
    assert!(shows(&h, "怎么识别"), "the kiosk keeps working without speech");

    // Restarted: within a few seconds the buttons are back, and it speaks.
    daemon.up.store(true, Ordering::SeqCst);
    assert!(wait_until(&mut h, Duration::from_secs(30), |h| has_button(h, "朗读")), "the speech button comes back");
    press(&mut h, "朗读");
    assert!(wait_until(&mut h, Duration::from_secs(30), |_| daemon.said().len() > before), "and reads aloud again");
    let again: Vec<String> = daemon.said().into_iter().skip(before).collect();
    assert!(again.iter().any(|s| s.contains("冒充公检法")), "the page is read from its title: {again:?}");
}

/// Speech comes back while a customer keeps tapping: each tap (a stop sent to
/// the speech thread) must not put off the next try to reconnect.
#[test]
fn speech_comes_back_while_people_keep_tapping() {
    let (daemon, mut h) = kiosk_speaking();
    press(&mut h, "防骗提醒");
    daemon.kill();
    press(&mut h, "冒充公检法");
    press(&mut h, "返回");
    assert!(wait_until(&mut h, Duration::from_secs(30), |h| !has_button(h, "朗读")), "speech is gone");
    daemon.up.store(true, Ordering::SeqCst);
    // Taps every 0.3 s, for up to 20 s (the retry is every 3 s).
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    // Two pages in turn: going back and forth over one would be "stuck".
    let mut page = ["冒充公检法", "返回", "“安全账户”骗局", "返回"].into_iter().cycle();
    while !has_button(&h, "朗读") && std::time::Instant::now() < deadline {
        h.get_by_role_and_label(egui::accesskit::Role::Button, page.next().unwrap_or("返回")).click();
        h.state().clock().advance(1.0);
        for _ in 0..6 {
            h.step();
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    assert!(has_button(&h, "朗读"), "speech came back while the customer kept tapping");
}
