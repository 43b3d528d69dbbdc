//! eframe glue: owns the content, screen text, session and pictures; turns input
//! into intents for the session and schedules repaints only when needed.

mod bench;
mod chime;
mod desk;
mod keypad;
mod pictures;
mod talk;
mod watch;
mod watchdog;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::cli::Cli;
use crate::content::{ContentStore, Diagnostic, Reload};
use crate::i18n::I18n;
use crate::kiosk::{
    Clock, IdlePhase, IdlePolicy, Intent, Screen, Session, TextSize, ThemeKind, session::SessionDefaults,
};
use crate::paths;
use crate::speech::{Engine, Speech, TtsEngine, Voice};
use crate::ui::{self, Audit, Item, Style, View, fonts::FontFiles};
use desk::Desk;
pub use desk::StaffFiles;
use pictures::Pictures;
use talk::Talk;

/// How the app is started.
pub struct AppConfig {
    pub content_dir: PathBuf,
    pub locales_dir: PathBuf,
    pub kiosk_mode: bool,
    pub clock: Clock,
    pub policy: IdlePolicy,
    pub fonts: FontFiles,
    /// Measure frame times instead of waiting for input (see `bench`).
    pub bench: Option<bench::Bench>,
    pub speech: Speech,
    /// Speak each page's title and position when it opens.
    pub auto_read: bool,
    /// Reload the content when its files change.
    pub watch_content: bool,
    /// Settings and state files; None keeps everything in memory.
    pub staff_files: Option<StaffFiles>,
}

impl AppConfig {
    pub fn bundled(kiosk_mode: bool) -> Self {
        Self {
            content_dir: paths::content_dir(),
            locales_dir: paths::locales_dir(),
            kiosk_mode,
            clock: Clock::real(),
            policy: IdlePolicy::default(),
            fonts: FontFiles::load_system(),
            bench: None,
            speech: Speech::unavailable("not started".into()),
            // In the lobby a page speaks when it opens; on a desk it stays quiet.
            auto_read: kiosk_mode,
            watch_content: true,
            staff_files: Some(StaffFiles::platform()),
        }
    }
}

pub struct KioskApp {
    store: ContentStore,
    i18n: I18n,
    session: Session,
    policy: IdlePolicy,
    clock: Clock,
    kiosk_mode: bool,
    pictures: Pictures,
    last_audit: Audit,
    last_pages: usize,
    bench: Option<bench::Bench>,
    talk: Talk,
    /// What the last frame drew that can be read or focused.
    items: Vec<Item>,
    watcher: Option<watch::ContentWatcher>,
    desk: Desk,
    watchdog: watchdog::Watchdog,
    /// Auto-read when the settings leave it unset.
    auto_read_default: bool,
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
        ctx.set_fonts(ui::fonts::definitions(&config.fonts));
        configure(ctx);
        let language =
            store.content().languages().first().cloned().unwrap_or_else(|| crate::content::BASE_LANGUAGE.to_owned());
        let defaults =
            SessionDefaults { language, text_size: TextSize::Standard, theme: ThemeKind::Calm, voice: Voice::DEFAULT };
        let now = config.clock.now();
        let repaint = ctx.clone();
        config.speech.set_waker(move || repaint.request_repaint());
        let watcher = if config.watch_content {
            let repaint = ctx.clone();
            watch::ContentWatcher::start(&config.content_dir, move || repaint.request_repaint())
                .map_err(|e| log::warn!("{e}; content changes need a restart"))
                .ok()
        } else {
            None
        };
        let mut app = Self {
            store,
            i18n,
            session: Session::new(defaults, now),
            policy: config.policy,
            clock: config.clock,
            kiosk_mode: config.kiosk_mode,
            pictures: Pictures::default(),
            last_audit: Audit::default(),
            last_pages: 1,
            bench: config.bench,
            talk: Talk::new(config.speech, config.auto_read),
            items: Vec::new(),
            watcher,
            desk: Desk::open(config.staff_files.as_ref()),
            watchdog: watchdog::Watchdog::from_env(),
            auto_read_default: config.auto_read,
        };
        if config.staff_files.is_none() {
            // No settings file: the configured timing stands (tests use short ones).
            app.desk.settings.settings.idle_warning_seconds = config.policy.warn_after.round() as u32;
        }
        app.apply_settings();
        Ok(app)
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// What the last frame drew (for the layout tests).
    pub fn last_audit(&self) -> &Audit {
        &self.last_audit
    }

    pub fn last_pages(&self) -> usize {
        self.last_pages
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Applies an intent as if the customer had pressed its button.
    pub fn apply(&mut self, intent: Intent) {
        let now = self.clock.now();
        self.apply_at(intent, now);
    }

    /// What the last frame showed that can be read aloud or focused.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// One frame: input → session rules → draw → intents → next repaint.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.clock.now();
        if self.desk.leaving {
            // Staff chose "leave kiosk mode" in the staff panel: the only way out.
            // (Once: the window closes after this frame.)
            self.desk.leaving = false;
            self.desk.left = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.desk.left {
            // Closing: let it happen.
        } else if self.kiosk_mode && ctx.input(|i| i.viewport().close_requested()) {
            // Customers cannot close the kiosk.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let keys = keypad::take(&ctx);
        let (pressed, any_input) = ctx.input(|i| {
            let pressed = i.pointer.any_pressed() || !keys.is_empty();
            (pressed, pressed || i.pointer.is_moving() || !i.events.is_empty() && i.pointer.any_down())
        });
        let warning = matches!(self.session.idle_phase(now, &self.policy), IdlePhase::Warning { .. });
        let waking = (self.session.attract || warning) && pressed;
        if waking {
            self.session.wake(now);
        } else if any_input {
            self.session.input(now);
        }
        let talk_changed = self.talk.poll(&talk_context(&self.session, &self.i18n, &self.store), now);
        if !warning {
            // Nobody walks off mid-sentence: idle time counts from the end of
            // the speech (or from now, if it just ended).
            if let Some(until) = self.talk.speaking_until(now) {
                self.session.input(until);
            } else if talk_changed {
                self.session.input(now);
            }
        }
        if self.session.tick(now, &self.policy) && self.session.is_pristine() {
            self.talk.stop_all();
        }
        if self.watcher.as_ref().is_some_and(|w| w.take_change()) {
            self.reload_content();
        }
        self.pictures.poll(&ctx);
        self.request_picture(&ctx);

        self.forget_pin_unless_on_pad();
        let staff = self.staff_view();
        let languages = self.offered_languages();
        let content = self.store.content().clone();
        let idle = self.session.idle_phase(now, &self.policy);
        let slogan = (now / self.policy.slogan_seconds) as usize;
        let mut view = View {
            style: Style::new(self.session.text_size, self.session.theme),
            i18n: &self.i18n,
            lang: &self.session.language,
            content: &content,
            pictures: self.pictures.textures(),
            text_size: self.session.text_size,
            theme: self.session.theme,
            intents: Vec::new(),
            audit: Audit::default(),
            announce: None,
            speech_controls: self.talk.speech().is_available(),
            reading: self.talk.reading(),
            highlight: self.talk.highlight(),
            focus: self.session.focus.filter(|_| self.session.speech_mode),
            items: Vec::new(),
            staff: &staff,
            languages: &languages,
        };
        let pages = ui::show(ui, &mut view, &self.session, &ui::Frame { idle, slogan });
        let View { intents, audit, announce, items, .. } = view;
        self.last_audit = audit;
        self.items = items;
        if let Some(pages) = pages {
            // A dialog must not lose the customer's page underneath it.
            self.last_pages = pages;
            self.session.clamp_page(pages);
        }
        let mut changed = talk_changed || !intents.is_empty() || !keys.is_empty();
        let cx = talk_context(&self.session, &self.i18n, &self.store);
        if self.talk.announce(&cx, announce, self.session.speech_mode, now) && self.session.speech_mode {
            // A new page: the keypad focus starts on its title.
            self.session.focus = self.items.iter().position(|i| i.on_page);
            changed = true;
        }
        for intent in intents {
            self.apply_at(intent, now);
        }
        if !waking {
            for key in keys {
                self.key(key, now);
            }
        }
        if changed {
            ctx.request_repaint();
        } else if let Some(secs) = self.session.next_change_in(now, &self.policy) {
            ctx.request_repaint_after(Duration::from_secs_f64(secs));
        }
        if let Some(secs) = self.talk.next_change_in(now) {
            ctx.request_repaint_after(Duration::from_secs_f64(secs));
        }
        if let Some(next) = self.watchdog.frame() {
            ctx.request_repaint_after(next);
        }
        if let Some(intent) = self.bench.as_mut().and_then(|b| b.frame(&ctx)) {
            self.session.apply(intent, now);
        }
        if matches!(idle, IdlePhase::Warning { .. }) {
            ctx.request_repaint_after(Duration::from_secs_f64(self.policy.next_change_in(self.session.idle_for(now))));
        }
    }

    /// A tap (or keypad activation): the session applies it, then speech reacts.
    fn apply_at(&mut self, intent: Intent, now: f64) {
        if !self.session.apply(intent.clone(), now) {
            return;
        }
        let cx = talk_context(&self.session, &self.i18n, &self.store);
        let items = &self.items;
        self.talk.control(&cx, &intent, || items.iter().filter(|i| i.on_page).map(|i| i.text.clone()).collect(), now);
        self.desk_intent(&intent, now);
    }

    /// Problems of the last content load, for staff (never shown to customers).
    pub fn content_problems(&self) -> &[Diagnostic] {
        self.store.diagnostics()
    }

    /// Loads the content again. A broken save changes nothing on screen; a good
    /// one shows at once, on the same item if it still exists.
    pub fn reload_content(&mut self) {
        match self.store.reload() {
            Reload::Updated => {
                self.pictures = Pictures::default();
                let content = self.store.content().clone();
                self.session.keep_only(|screen| match screen {
                    Screen::Topic(id) => content.topic(id).is_some(),
                    Screen::Facility(id) => content.facility(id).is_some(),
                    _ => true,
                });
            }
            Reload::KeptPrevious => {
                for d in self.store.diagnostics() {
                    log::warn!("content not reloaded: {d}");
                }
            }
        }
    }

    /// Whether a facility's picture is decoded and shown (false while loading,
    /// or when it is broken and the icon stands in).
    pub fn picture_shown(&self, facility: &str) -> bool {
        self.pictures.textures().contains_key(facility)
    }

    /// Why a facility's picture could not be shown, for staff.
    pub fn picture_problem(&self, facility: &str) -> Option<&String> {
        self.pictures.problems.get(facility)
    }

    pub fn speech(&self) -> &Speech {
        self.talk.speech()
    }

    /// How the last call-staff alert is getting on.
    pub fn alert_delivery(&self) -> crate::staff::alert::Delivery {
        self.desk.alerts.delivery()
    }

    /// Where "read this page" is.
    pub fn reading(&self) -> crate::speech::Reading {
        self.talk.reading()
    }

    /// The page item being read aloud and highlighted, if any.
    pub fn highlighted(&self) -> Option<&Item> {
        let at = self.talk.highlight()?;
        self.items.iter().filter(|i| i.on_page).nth(at)
    }

    fn request_picture(&mut self, ctx: &egui::Context) {
        if let Screen::Facility(id) = self.session.screen() {
            let content = self.store.content();
            if let Some(image) = content.facility(id).and_then(|f| f.image.as_ref()) {
                self.pictures.request(ctx, id, content.dir.clone(), image.value.clone());
            }
        }
    }
}

/// How to speak now: the language shown, the customer's voice, the branch's
/// phone numbers (read digit by digit).
fn talk_context<'a>(session: &Session, i18n: &'a I18n, store: &ContentStore) -> talk::Context<'a> {
    talk::Context {
        lang: session.language.clone(),
        voice: session.voice,
        i18n,
        phones: store.content().phone_numbers(),
    }
}

/// Input rules for unsteady hands: a tap may drift and last a while and still
/// count as a tap.
fn configure(ctx: &egui::Context) {
    ctx.options_mut(|o| {
        o.input_options.max_click_dist = 30.0;
        o.input_options.max_click_duration = 2.0;
    });
    ctx.set_pixels_per_point(1.0);
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }
}

/// Starts the window: a resizable demo window, or full screen for the lobby.
pub fn run(cli: &Cli, started: std::time::Instant) -> ExitCode {
    let mut config = AppConfig::bundled(cli.kiosk);
    config.bench = cli.bench_frames.map(|frames| bench::Bench::new(frames, started));
    config.speech =
        Speech::start(|| TtsEngine::new(crate::content::BASE_LANGUAGE).map(|e| Box::new(e) as Box<dyn Engine>));
    if let Some(dir) = &cli.content {
        config.content_dir = dir.clone();
    }
    config.staff_files = Some(cli.staff_files());
    let viewport = if cli.kiosk {
        egui::ViewportBuilder::default().with_fullscreen(true).with_decorations(false).with_title("长辈版")
    } else {
        egui::ViewportBuilder::default()
            .with_inner_size([1366.0, 768.0])
            .with_min_inner_size([800.0, 600.0])
            .with_title("长辈版 kiosk demo")
    };
    let options = eframe::NativeOptions { viewport, renderer: eframe::Renderer::Glow, ..Default::default() };
    let result = eframe::run_native(
        "elder-kiosk",
        options,
        Box::new(move |cc| match KioskApp::new(&cc.egui_ctx, config) {
            Ok(app) => Ok(Box::new(app)),
            Err(diagnostics) => {
                let list: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
                Err(format!("the content cannot be shown:\n{}", list.join("\n")).into())
            }
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kiosk: {e}");
            ExitCode::from(1)
        }
    }
}
