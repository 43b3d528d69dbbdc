//! eframe glue: owns the content, screen text, session and pictures; turns input
//! into intents for the session and schedules repaints only when needed.

mod bench;
mod pictures;
mod watch;

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
use crate::speech::{Engine, Speech, TtsEngine};
use crate::ui::{self, Audit, Style, View, fonts::FontFiles};
use pictures::Pictures;

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
    speech: Speech,
    auto_read: bool,
    /// The announcement last spoken, so each page is announced once.
    last_announced: Option<String>,
    watcher: Option<watch::ContentWatcher>,
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
        let defaults = SessionDefaults { language, text_size: TextSize::Standard, theme: ThemeKind::Calm };
        let now = config.clock.now();
        let watcher = if config.watch_content {
            let repaint = ctx.clone();
            watch::ContentWatcher::start(&config.content_dir, move || repaint.request_repaint())
                .map_err(|e| log::warn!("{e}; content changes need a restart"))
                .ok()
        } else {
            None
        };
        Ok(Self {
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
            speech: config.speech,
            auto_read: config.auto_read,
            last_announced: None,
            watcher,
        })
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
        self.session.apply(intent, now);
    }

    /// One frame: input → session rules → draw → intents → next repaint.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = self.clock.now();
        if self.kiosk_mode && ctx.input(|i| i.viewport().close_requested()) {
            // Customers cannot close the kiosk; staff leave through the staff panel.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        let (pressed, any_input) = ctx.input(|i| {
            let pressed =
                i.pointer.any_pressed() || i.events.iter().any(|e| matches!(e, egui::Event::Key { pressed: true, .. }));
            (pressed, pressed || i.pointer.is_moving() || !i.events.is_empty() && i.pointer.any_down())
        });
        let warning = matches!(self.session.idle_phase(now, &self.policy), IdlePhase::Warning { .. });
        if (self.session.attract || warning) && pressed {
            self.session.wake(now);
        } else if any_input {
            self.session.input(now);
        }
        self.session.tick(now, &self.policy);
        if self.watcher.as_ref().is_some_and(|w| w.take_change()) {
            self.reload_content();
        }
        self.pictures.poll(&ctx);
        self.request_picture(&ctx);

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
        };
        let pages = ui::show(ui, &mut view, &self.session, &ui::Frame { idle, slogan });
        let View { intents, audit, announce, .. } = view;
        self.announce(announce);
        self.last_audit = audit;
        if let Some(pages) = pages {
            // A dialog must not lose the customer's page underneath it.
            self.last_pages = pages;
            self.session.clamp_page(pages);
        }
        let changed = !intents.is_empty();
        for intent in intents {
            self.session.apply(intent, now);
        }
        if changed {
            ctx.request_repaint();
        } else if let Some(secs) = self.session.next_change_in(now, &self.policy) {
            ctx.request_repaint_after(Duration::from_secs_f64(secs));
        }
        if let Some(intent) = self.bench.as_mut().and_then(|b| b.frame(&ctx)) {
            self.session.apply(intent, now);
        }
        if matches!(idle, IdlePhase::Warning { .. }) {
            ctx.request_repaint_after(Duration::from_secs_f64(self.policy.next_change_in(self.session.idle_for(now))));
        }
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
        &self.speech
    }

    /// Speaks a new page's announcement once, in the language shown. Any new
    /// speech interrupts the old, so navigating stops what was being read.
    fn announce(&mut self, announce: Option<String>) {
        if announce == self.last_announced {
            return;
        }
        match &announce {
            Some(text) if self.auto_read => self.speech.say(&self.session.language, text.clone()),
            // The attract screen stays silent; leaving a page stops its speech.
            _ => self.speech.stop(),
        }
        self.last_announced = announce;
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
    config.speech = Speech::start(|| TtsEngine::new().map(|e| Box::new(e) as Box<dyn Engine>));
    if let Some(dir) = &cli.content {
        config.content_dir = dir.clone();
    }
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
