//! The app: owns the content, screen text, session, speech, staff desk and
//! background worker, and runs one frame as a pipeline:
//! input → messages → `Session::apply` → effects → draw → (taps) → apply → repaint.

mod inspect;

use std::time::Duration;

use super::config::AppConfig;
use super::device::fonts::Fonts;
use super::device::panel::Panel;
use super::device::{bench, keypad, touch, watchdog};
use super::drawn::Drawn;
use super::effects::desk::{Desk, DeskContext, DeskEffect, content_languages};
use super::effects::pictures::Pictures;
use super::effects::talk::{Context, Talk};
use super::effects::telemetry::Telemetry;
use super::effects::{reload, staff_view, watch};
use crate::content::{ContentStore, Diagnostic};
use crate::i18n::I18n;
use crate::kiosk::{Clock, Effect, IdlePhase, IdlePolicy, Msg, Observation, Session, Shown, Speak};
use crate::ui::{self, View, ViewSources};
use crate::worker::{Done, Job, Worker};

pub struct KioskApp {
    store: ContentStore,
    i18n: I18n,
    session: Session,
    policy: IdlePolicy,
    clock: Clock,
    kiosk_mode: bool,
    pictures: Pictures,
    worker: Worker,
    talk: Talk,
    desk: Desk,
    watcher: Option<watch::ContentWatcher>,
    telemetry: Telemetry,
    watchdog: watchdog::Watchdog,
    bench: Option<bench::Bench>,
    /// What the last frame drew.
    drawn: Drawn,
    fonts: Fonts,
    panel: Panel,
    /// Content from head office: the update thread's last check.
    fleet: Option<std::sync::Arc<std::sync::Mutex<crate::fleet::Status>>>,
}

impl KioskApp {
    /// Loads content and screen text and prepares the egui context. Fails only
    /// when there is no valid content at all (a staff problem, shown on start).
    pub fn new(ctx: &egui::Context, config: AppConfig) -> Result<Self, Vec<Diagnostic>> {
        let i18n = I18n::load(&config.locales_dir);
        for problem in &i18n.problems {
            log::warn!("screen text: {problem}");
        }
        let store = ContentStore::open(&config.content_dir, i18n.languages())?;
        let watcher = watch::start(ctx, &config);
        let mut fonts = Fonts::new(config.fonts);
        touch::configure(ctx);
        let pin = config.staff_files.as_ref().map(|f| crate::staff::pin::PinLock::load(&f.pin_lock()));
        config.metrics.pin_hard_locked(pin.as_ref().is_some_and(crate::staff::pin::PinLock::hard_locked));
        let worker = Worker::start(config.disk.clone(), pin);
        let repaint = ctx.clone();
        worker.set_waker(move || repaint.request_repaint());
        let repaint = ctx.clone();
        config.speech.set_waker(move || repaint.request_repaint());
        let mut desk = Desk::open(config.staff_files.as_ref(), config.auto_read);
        if config.staff_files.is_none() {
            // No settings file: the configured timing stands (tests use short ones).
            desk.set_idle_warning(config.policy.warn_after.round() as u32);
        }
        let defaults = desk.defaults(&content_languages(&store, &i18n));
        fonts.follow(ctx, &defaults.language);
        let mut telemetry = Telemetry::start(config.metrics.clone(), &desk.settings().metrics);
        telemetry.fleet = config.fleet_status.is_some();
        telemetry.watch_alerts(&mut desk.alerts);
        telemetry.content_checked(&store, true);
        let mut app = Self {
            session: Session::new(defaults, config.clock.now()),
            watcher,
            store,
            i18n,
            policy: config.policy,
            clock: config.clock,
            kiosk_mode: config.kiosk_mode,
            pictures: Pictures::default(),
            worker,
            talk: Talk::new(config.speech, config.auto_read, telemetry.metrics.clone()),
            telemetry,
            desk,
            watchdog: watchdog::Watchdog::from_env(),
            bench: config.bench,
            drawn: Drawn { pages: 1, ..Drawn::default() },
            fonts,
            panel: Panel::new(config.monitor_diagonal_inches),
            fleet: config.fleet_status,
        };
        app.apply_settings();
        Ok(app)
    }

    /// One frame.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.clock.now();
        self.desk.window_rules(&ctx, self.kiosk_mode);
        self.panel.follow(&ctx);
        let (msgs, mut changed) = self.gather(&ctx, now);
        changed |= self.run(msgs, now);
        let from_screen = self.draw(ui, now);
        self.telemetry.frame(self.talk.speech().status() == crate::speech::Status::Ready);
        changed |= self.run(from_screen, now);
        self.schedule(&ctx, now, changed);
    }

    /// The benchmark measures whole frames: the renderer is to forget what it drew.
    pub fn full_redraw_wanted(&self) -> bool {
        self.bench.as_ref().is_some_and(bench::Bench::full_redraw)
    }

    /// Applies a message as if the customer (or staff) had pressed its button.
    pub fn apply(&mut self, msg: impl Into<Msg>) {
        let now = self.clock.now();
        self.run(vec![msg.into()], now);
    }

    /// Input, speech events, background results and time, as msgs. The
    /// flag says whether something already changed (a repaint is due).
    fn gather(&mut self, ctx: &egui::Context, now: f64) -> (Vec<Msg>, bool) {
        let keys = keypad::take(ctx);
        let (pressed, any_input) = ctx.input(|i| {
            let pressed = i.pointer.any_pressed() || !keys.is_empty();
            (pressed, pressed || i.pointer.is_moving() || !i.events.is_empty() && i.pointer.any_down())
        });
        let warning = matches!(self.session.idle_phase(now, &self.policy), IdlePhase::Warning { .. });
        let waking = (self.session.attract || warning) && pressed;
        let mut msgs = self.background(ctx);
        if waking {
            msgs.push(Observation::Wake.into());
        } else if any_input {
            msgs.push(Observation::StillHere.into());
        }
        let talk_changed = self.talk.poll(&Context::new(&self.session, &self.i18n, &self.store), now);
        if !warning {
            // Nobody walks off mid-sentence: idle time counts from the end of
            // the speech (or from now, if it just ended).
            // (Speech that just ended counts as listening until now, not as a
            // touch: a customer who seems stuck is told apart by touches.)
            if let Some(until) = self.talk.speaking_until(now) {
                msgs.push(Observation::ListeningUntil(until).into());
            } else if talk_changed {
                msgs.push(Observation::ListeningUntil(now).into());
            }
        }
        msgs.push(Observation::Tick.into());
        if !waking {
            msgs.extend(keys.iter().filter_map(|k| keypad::msg_for(*k, &self.session, &self.drawn.items)));
        }
        (msgs, talk_changed || !keys.is_empty())
    }

    /// Results of the worker and the file watcher.
    fn background(&mut self, ctx: &egui::Context) -> Vec<Msg> {
        if self.watcher.as_mut().is_some_and(|w| w.take_change()) {
            self.reload_content();
        }
        let mut msgs = Vec::new();
        for done in self.worker.take() {
            match done {
                Done::Saved { what, path, result } => {
                    self.desk.saved(what, path, result, &self.i18n, &self.session.language);
                }
                Done::Pin(attempt) => {
                    self.telemetry.pin_tried(&attempt);
                    if self.desk.pin_checked(attempt) {
                        msgs.push(Observation::StaffUnlocked.into());
                    }
                }
                Done::Content { loaded, asked_by_staff } => {
                    let loaded = *loaded;
                    if asked_by_staff {
                        let problems = loaded.diagnostics.len();
                        self.desk.reloaded(problems, &self.i18n, &self.session.language);
                    }
                    let gone = reload::accept(&mut self.store, &mut self.pictures, &self.session, loaded);
                    self.telemetry.content_checked(&self.store, gone.is_some());
                    msgs.extend(gone.map(Msg::from));
                }
                Done::Picture { id, result } => self.pictures.decoded(ctx, id, result),
            }
        }
        self.desk.forget_pin_unless_on(self.session.screen());
        msgs
    }

    /// Applies messages in order and runs their effects. Returns true when a
    /// repaint is due.
    fn run(&mut self, msgs: Vec<Msg>, now: f64) -> bool {
        let mut redraw = false;
        for msg in msgs {
            let outcome = self.session.apply(msg, now, &self.policy);
            redraw |= outcome.redraw;
            for effect in outcome.effects {
                self.run_effect(effect, now);
            }
        }
        redraw
    }

    /// The one place an effect the session asked for is carried out.
    fn run_effect(&mut self, effect: Effect, now: f64) {
        match effect {
            Effect::Speech(speak) => self.speak(speak, now),
            Effect::Count(counted) => {
                self.telemetry.count(&counted);
                self.desk.count(&counted, &self.worker);
            }
            Effect::AlertStaff { screen, reason } => self.desk.call_staff(&screen, &reason, now, &self.worker),
            Effect::Pin(edit) => self.desk.edit_pin(edit, &self.worker),
            Effect::Staff(action) => {
                let languages = content_languages(&self.store, &self.i18n);
                let cx = DeskContext {
                    session: &self.session,
                    i18n: &self.i18n,
                    worker: &self.worker,
                    languages: &languages,
                };
                match self.desk.staff_action(&action, &cx) {
                    Some(DeskEffect::Say(text)) => {
                        let cx = Context::new(&self.session, &self.i18n, &self.store);
                        self.talk.say_now(&cx, &text, now);
                    }
                    Some(DeskEffect::ReloadContent) => self.send_reload(true),
                    Some(DeskEffect::SettingsChanged) => self.apply_settings(),
                    None => {}
                }
            }
        }
    }

    /// Speech the session asked for, from what the last frame drew.
    fn speak(&mut self, speak: Speak, now: f64) {
        let cx = Context::new(&self.session, &self.i18n, &self.store);
        let items = &self.drawn.items;
        match speak {
            Speak::Announce => self.talk.announce(&cx, self.drawn.announce.as_deref(), self.session.speech_mode, now),
            Speak::ReadPage => {
                let page = || items.iter().filter(|i| i.on_page).map(|i| i.text.clone()).collect();
                self.talk.read_page(&cx, page, now);
            }
            Speak::Block(at) => {
                let page = items.iter().filter(|i| i.on_page).map(|i| i.text.clone()).collect();
                self.talk.hear(&cx, page, at, now);
            }
            Speak::Repeat => self.talk.repeat(&cx, now),
            Speak::VoiceChanged(change) => self.talk.voice_changed(&cx, change, now),
            Speak::SpeechModeHelp => self.talk.say_now(&cx, &cx.i18n.text(&cx.lang, "speech-mode-help"), now),
            Speak::Focused => {
                let focused = self.session.focus.and_then(|f| items.get(f));
                if let Some(text) = focused.map(|item| cx.spoken_item(item)) {
                    self.talk.say_now(&cx, &text, now);
                }
            }
            Speak::Stop | Speak::Interrupt | Speak::StopAll => self.talk.stop_all(),
        }
    }

    /// Session defaults, timing and auto-read as the settings say.
    fn apply_settings(&mut self) {
        self.policy.warn_after = f64::from(self.desk.settings().idle_warning_seconds);
        let offer_help = self.desk.settings().offer_help_seconds;
        self.policy.stuck_after = (offer_help > 0).then(|| f64::from(offer_help));
        self.talk.set_auto_read(self.desk.auto_read());
        self.talk.set_cantonese(self.desk.settings().cantonese_for_hong_kong);
        self.panel.set_setting(self.desk.settings().screen_diagonal_inches);
        let defaults = self.desk.defaults(&content_languages(&self.store, &self.i18n));
        self.run(vec![Observation::NewDefaults(defaults).into()], self.clock.now());
    }

    /// Draws the screen; returns what it produced: the page shown, then taps.
    fn draw(&mut self, ui: &mut egui::Ui, now: f64) -> Vec<Msg> {
        self.fonts.follow(ui.ctx(), &self.session.language);
        self.pictures.want_for(&self.worker, self.session.screen(), self.store.content());
        let languages = content_languages(&self.store, &self.i18n);
        let offered = self.desk.offered(&languages);
        let staff = staff_view::build(&staff_view::Sources {
            desk: &self.desk,
            session: &self.session,
            i18n: &self.i18n,
            store: &self.store,
            speech: self.talk.speech().status(),
            picture_problems: &self.pictures.problems,
            languages: &languages,
            kiosk_mode: self.kiosk_mode,
            metrics_problem: self.telemetry.problem.as_deref(),
            panel: self.panel.size,
            fleet: self.fleet.as_ref().and_then(|f| f.lock().ok().map(|s| s.clone())),
        });
        let content = self.store.content().clone();
        let idle = self.session.idle_phase(now, &self.policy);
        let (slogan, fade) = self.policy.poster(now);
        let sources = ViewSources {
            i18n: &self.i18n,
            content: &content,
            pictures: self.pictures.textures(),
            staff: &staff,
            languages: &offered,
        };
        let mut view = View::new(sources, &self.session);
        view.speech_controls = self.talk.speech().is_available();
        view.reading = self.talk.reading();
        view.highlight = self.talk.highlight();
        view.sample_numbers = !self.kiosk_mode;
        ui::egui_style::install(ui, &view.style);
        let mut out = ui::Output::default();
        let key = ui::show(ui, &view, &mut out, &self.session, &ui::Frame { idle, slogan, fade });
        let ui::Output { msgs, audit, announce, items } = out;
        if matches!(key.shown, Shown::Screen(_)) {
            // A dialog must not lose the customer's page underneath it.
            self.drawn.pages = key.pages;
        }
        let title = items.iter().position(|i| i.on_page);
        self.drawn = Drawn { audit, items, announce, pages: self.drawn.pages };
        std::iter::once(Observation::PageShown { key, title }.into()).chain(msgs).collect()
    }

    /// When the next frame is needed: now, when the idle rules or speech next
    /// change, or for the watchdog. Otherwise nothing is drawn.
    fn schedule(&mut self, ctx: &egui::Context, now: f64, changed: bool) {
        if changed {
            ctx.request_repaint();
        } else if let Some(secs) = self.session.next_change_in(now, &self.policy) {
            ctx.request_repaint_after(Duration::from_secs_f64(secs));
        }
        if let Some(secs) = self.talk.next_change_in(now) {
            ctx.request_repaint_after(Duration::from_secs_f64(secs));
        }
        for next in [self.watchdog.frame(), self.telemetry.heartbeat()].into_iter().flatten() {
            ctx.request_repaint_after(next);
        }
        if let Some(press) = self.bench.as_mut().and_then(|b| b.frame(ctx)) {
            self.run(vec![press.into()], now);
        }
        if matches!(self.session.idle_phase(now, &self.policy), IdlePhase::Warning { .. }) {
            ctx.request_repaint_after(Duration::from_secs_f64(self.policy.next_change_in(self.session.idle_for(now))));
        }
    }

    /// Reads the content again on the worker; a broken save changes nothing
    /// on screen, a good one shows at once, on the same item if it still exists.
    pub fn reload_content(&mut self) {
        self.send_reload(false);
    }

    fn send_reload(&mut self, asked_by_staff: bool) {
        let (dir, ui_languages) = (self.store.dir().to_owned(), self.store.ui_languages().to_vec());
        self.worker.send(Job::LoadContent { dir, ui_languages, asked_by_staff });
    }
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }
}
