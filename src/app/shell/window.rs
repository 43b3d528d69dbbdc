//! Starts the window: a resizable demo window, or full screen for the lobby;
//! drawn by eframe + OpenGL where there is a GPU, by the CPU renderer where not.

use std::process::ExitCode;

use crate::app::config::AppConfig;
use crate::app::device::renderer::{self, Renderer};
use crate::app::kiosk_app::KioskApp;
use crate::metrics::RendererKind;

pub fn run(config: AppConfig) -> ExitCode {
    let viewport = if config.kiosk_mode {
        egui::ViewportBuilder::default().with_fullscreen(true).with_decorations(false).with_title("长辈版")
    } else {
        egui::ViewportBuilder::default()
            .with_inner_size([1366.0, 768.0])
            .with_min_inner_size([800.0, 600.0])
            .with_title("长辈版 kiosk demo")
    };
    let choice = renderer::choose(config.renderer, |name| std::env::var(name).ok(), std::path::Path::new("/dev/dri"));
    log::info!("renderer: {} ({})", if choice.cpu { "cpu" } else { "gl" }, choice.why);
    let kind = if choice.cpu { RendererKind::Cpu } else { RendererKind::Gl };
    config.metrics.renderer_chosen(kind);
    if choice.cpu { super::cpu_window::run(config, viewport) } else { run_gl(config, viewport) }
}

fn run_gl(config: AppConfig, viewport: egui::ViewportBuilder) -> ExitCode {
    let auto = config.renderer == Renderer::Auto;
    let options = eframe::NativeOptions { viewport, renderer: eframe::Renderer::Glow, ..Default::default() };
    let result = eframe::run_native(
        "elder-kiosk",
        options,
        Box::new(move |cc| {
            if let Some(name) = cc.gl.as_ref().map(|gl| gl_renderer_name(gl)).filter(|n| renderer::is_software_gl(n)) {
                if auto {
                    log::warn!("OpenGL here is {name}, drawn in software: starting again on the CPU renderer");
                    return Err(renderer::restart_on_cpu().into());
                }
                log::warn!("OpenGL here is {name}, drawn in software: --renderer cpu is faster");
            }
            match KioskApp::new(&cc.egui_ctx, config) {
                Ok(app) => Ok(Box::new(app)),
                Err(diagnostics) => {
                    let list: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
                    Err(format!("the content cannot be shown:\n{}", list.join("\n")).into())
                }
            }
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e @ eframe::Error::Glutin(_) | e @ eframe::Error::NoGlutinConfigs(..)) if auto => {
            log::warn!("no OpenGL ({e}): starting again on the CPU renderer");
            eprintln!("kiosk: {}", renderer::restart_on_cpu());
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("kiosk: {e}");
            ExitCode::from(1)
        }
    }
}

fn gl_renderer_name(gl: &eframe::glow::Context) -> String {
    use eframe::glow::HasContext as _;
    // SAFETY: a plain query of a context eframe has just made current.
    unsafe { gl.get_parameter_string(eframe::glow::RENDERER) }
}
