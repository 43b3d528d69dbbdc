//! The window for PCs without a GPU: our own winit loop around the same
//! `KioskApp::frame` eframe runs, drawn by `render::CpuRenderer` and sent to the
//! screen through softbuffer, only the rectangles that changed.
//!
//! What eframe does for the kiosk is done here the same way, with the same
//! egui-winit code: input, the AccessKit adapter (so a screen reader sees the
//! same tree), viewport commands (full screen, refusing to close), repaint
//! requests from other threads, and no frame at all while nothing changes.

use std::num::NonZeroU32;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::Instant;

use egui::{ViewportCommand, ViewportId, ViewportInfo};
use egui_winit::accesskit_winit;
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy};
use winit::window::{Window, WindowId};

use crate::app::config::AppConfig;
use crate::app::kiosk_app::KioskApp;
use crate::render::{CpuRenderer, PixelRect};

/// Why the loop wakes up besides window events.
#[derive(Debug)]
pub enum Wake {
    /// egui asked for a frame (input, a timer, another thread's result).
    Repaint {
        when: Instant,
        pass: u64,
    },
    AccessKit(accesskit_winit::Event),
}

impl From<accesskit_winit::Event> for Wake {
    fn from(event: accesskit_winit::Event) -> Self {
        Self::AccessKit(event)
    }
}

pub fn run(config: AppConfig, viewport: egui::ViewportBuilder) -> ExitCode {
    let event_loop = match EventLoop::<Wake>::with_user_event().build() {
        Ok(event_loop) => event_loop,
        Err(e) => return fail(&format!("no display: {e}")),
    };
    let mut shell = Shell {
        pending: Some((config, viewport)),
        ctx: egui::Context::default(),
        proxy: event_loop.create_proxy(),
        running: None,
        failure: None,
    };
    if let Err(e) = event_loop.run_app(&mut shell) {
        return fail(&e.to_string());
    }
    match shell.failure {
        Some(failure) => fail(&failure),
        None => ExitCode::SUCCESS,
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("kiosk: {message}");
    ExitCode::from(1)
}

struct Shell {
    /// What to start with, until the event loop is ready for a window.
    pending: Option<(AppConfig, egui::ViewportBuilder)>,
    ctx: egui::Context,
    proxy: EventLoopProxy<Wake>,
    running: Option<Running>,
    failure: Option<String>,
}

struct Running {
    window: Rc<Window>,
    surface: softbuffer::Surface<Rc<Window>, Rc<Window>>,
    input: egui_winit::State,
    info: ViewportInfo,
    app: KioskApp,
    renderer: CpuRenderer,
    /// When egui wants its next frame, if it does.
    repaint_at: Option<Instant>,
    /// We asked for this redraw; one we did not ask for is the system's
    /// (the window was uncovered) and needs every pixel sent again.
    asked: bool,
    /// The size the surface was last given.
    surface_size: [usize; 2],
    /// What changed in the frame before this one: a compositor that swaps two
    /// buffers (Wayland) hands back the one that lacks it.
    previous_damage: Vec<PixelRect>,
}

impl ApplicationHandler<Wake> for Shell {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        let Some((config, viewport)) = self.pending.take() else { return };
        match self.start(event_loop, config, &viewport) {
            Ok(running) => self.running = Some(running),
            Err(failure) => {
                self.failure = Some(failure);
                event_loop.exit();
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _: WindowId, event: WindowEvent) {
        let Some(running) = self.running.as_mut() else { return };
        match event {
            WindowEvent::RedrawRequested => {
                if running.frame(&self.ctx) {
                    event_loop.exit();
                }
            }
            WindowEvent::CloseRequested => {
                // The app decides (a lobby kiosk refuses); it sees the request next frame.
                running.info.events.push(egui::ViewportEvent::Close);
                running.redraw();
            }
            event => {
                if matches!(event, WindowEvent::Resized(_) | WindowEvent::ScaleFactorChanged { .. }) {
                    running.renderer.invalidate();
                }
                if running.input.on_window_event(&running.window, &event).repaint {
                    running.redraw();
                }
            }
        }
    }

    fn user_event(&mut self, _: &ActiveEventLoop, wake: Wake) {
        let Some(running) = self.running.as_mut() else { return };
        match wake {
            Wake::Repaint { when, pass } => {
                // Asked during the pass just run or the one to come; older ones are done.
                if pass + 1 >= self.ctx.cumulative_pass_nr() {
                    running.repaint_at = Some(running.repaint_at.map_or(when, |at| at.min(when)));
                }
            }
            Wake::AccessKit(event) => match event.window_event {
                accesskit_winit::WindowEvent::InitialTreeRequested => {
                    self.ctx.enable_accesskit();
                    running.redraw();
                }
                accesskit_winit::WindowEvent::ActionRequested(request) => {
                    running.input.on_accesskit_action_request(request);
                    running.redraw();
                }
                accesskit_winit::WindowEvent::AccessibilityDeactivated => self.ctx.disable_accesskit(),
            },
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        let Some(running) = self.running.as_mut() else { return };
        match running.repaint_at {
            Some(at) if at <= Instant::now() => {
                running.repaint_at = None;
                running.redraw();
                event_loop.set_control_flow(ControlFlow::Wait);
            }
            // Sleep until then: no timer, no polling while the lobby is quiet.
            Some(at) => event_loop.set_control_flow(ControlFlow::WaitUntil(at)),
            None => event_loop.set_control_flow(ControlFlow::Wait),
        }
    }
}

impl Shell {
    fn start(
        &mut self,
        event_loop: &ActiveEventLoop,
        config: AppConfig,
        viewport: &egui::ViewportBuilder,
    ) -> Result<Running, String> {
        let window = egui_winit::create_window(&self.ctx, event_loop, viewport).map_err(|e| e.to_string())?;
        let window = Rc::new(window);
        let context = softbuffer::Context::new(window.clone()).map_err(|e| e.to_string())?;
        let surface = softbuffer::Surface::new(&context, window.clone()).map_err(|e| e.to_string())?;
        let scale = Some(window.scale_factor() as f32);
        let mut input = egui_winit::State::new(self.ctx.clone(), ViewportId::ROOT, event_loop, scale, None, None);
        input.init_accesskit(event_loop, &window, self.proxy.clone());
        let proxy = self.proxy.clone();
        self.ctx.set_request_repaint_callback(move |info| {
            let (when, pass) = (Instant::now() + info.delay, info.current_cumulative_pass_nr);
            proxy.send_event(Wake::Repaint { when, pass }).ok();
        });
        let app = KioskApp::new(&self.ctx, config).map_err(|diagnostics| {
            let list: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            format!("the content cannot be shown:\n{}", list.join("\n"))
        })?;
        let mut info = ViewportInfo::default();
        egui_winit::update_viewport_info(&mut info, &self.ctx, &window, true);
        window.request_redraw();
        Ok(Running {
            window,
            surface,
            input,
            info,
            app,
            renderer: CpuRenderer::default(),
            repaint_at: None,
            asked: true,
            surface_size: [0, 0],
            previous_damage: Vec::new(),
        })
    }
}

impl Running {
    fn redraw(&mut self) {
        self.asked = true;
        self.window.request_redraw();
    }

    /// Runs the app's frame and shows it. Returns true when the window is to close.
    fn frame(&mut self, ctx: &egui::Context) -> bool {
        egui_winit::update_viewport_info(&mut self.info, ctx, &self.window, false);
        let mut raw_input = self.input.take_egui_input(&self.window);
        raw_input.viewports.insert(ViewportId::ROOT, self.info.clone());
        let close_requested = raw_input.viewport().close_requested();
        let app = &mut self.app;
        let mut output = ctx.run_ui(raw_input, |ui| app.frame(ui));
        self.info.events.clear();
        self.input.handle_platform_output(&self.window, std::mem::take(&mut output.platform_output));
        let commands = output.viewport_output.remove(&ViewportId::ROOT).map(|v| v.commands).unwrap_or_default();
        let cancelled = commands.contains(&ViewportCommand::CancelClose);
        let mut actions = Vec::new();
        egui_winit::process_viewport_commands(ctx, &mut self.info, commands, &self.window, &mut actions);
        if close_requested && !cancelled {
            // Closing: nothing more is drawn, so the texture changes are not needed.
            output.textures_delta.clear();
            return true;
        }
        if !self.info.events.is_empty() {
            // A command asked to close: let the app see it on the next frame.
            self.redraw();
        }
        let primitives = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        let size = self.window.inner_size();
        let size = [size.width as usize, size.height as usize];
        if self.app.full_redraw_wanted() {
            self.renderer.invalidate();
        }
        let damage = self.renderer.paint(size, output.pixels_per_point, &primitives, &mut output.textures_delta);
        let area: usize = damage.iter().map(|r| (r.x1 - r.x0) * (r.y1 - r.y0)).sum();
        log::trace!("cpu renderer: {} rectangles, {area} pixels changed", damage.len());
        let everything = !std::mem::replace(&mut self.asked, false);
        if let Err(e) = self.present(size, &damage, everything) {
            log::error!("cpu renderer: cannot show the frame: {e}");
        }
        false
    }

    /// Copies the changed rectangles to the window (all of it when the window's
    /// buffer does not hold the last frame) and sends only those.
    fn present(
        &mut self,
        size: [usize; 2],
        damage: &[PixelRect],
        everything: bool,
    ) -> Result<(), softbuffer::SoftBufferError> {
        let (Some(w), Some(h)) = (NonZeroU32::new(size[0] as u32), NonZeroU32::new(size[1] as u32)) else {
            return Ok(());
        };
        if self.surface_size != size {
            self.surface.resize(w, h)?;
            self.surface_size = size;
        }
        let mut buffer = self.surface.buffer_mut()?;
        let whole = vec![PixelRect { x0: 0, y0: 0, x1: size[0], y1: size[1] }];
        let stale = match buffer.age() {
            _ if everything => whole.clone(),
            1 => damage.to_vec(),
            2 => damage.iter().chain(&self.previous_damage).copied().collect(),
            _ => whole.clone(),
        };
        self.previous_damage = if everything { whole } else { damage.to_vec() };
        let rects = &stale[..];
        if rects.is_empty() {
            return Ok(());
        }
        let pixels = self.renderer.pixels();
        for r in rects {
            for y in r.y0..r.y1 {
                let row = y * size[0];
                buffer[row + r.x0..row + r.x1].copy_from_slice(&pixels[row + r.x0..row + r.x1]);
            }
        }
        buffer.present_with_damage(&rects.iter().filter_map(to_softbuffer).collect::<Vec<_>>())
    }
}

fn to_softbuffer(r: &PixelRect) -> Option<softbuffer::Rect> {
    Some(softbuffer::Rect {
        x: r.x0 as u32,
        y: r.y0 as u32,
        width: NonZeroU32::new((r.x1 - r.x0) as u32)?,
        height: NonZeroU32::new((r.y1 - r.y0) as u32)?,
    })
}
