//! Starts the window: a resizable demo window, or full screen for the lobby.

use std::process::ExitCode;

use super::config::AppConfig;
use super::kiosk_app::KioskApp;

pub fn run(config: AppConfig) -> ExitCode {
    let viewport = if config.kiosk_mode {
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
