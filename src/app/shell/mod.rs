//! The windows the app runs in: eframe + OpenGL where there is a GPU, or our
//! own winit loop drawn by the CPU renderer (`cpu_window`). Both run the same
//! `KioskApp::frame`.

pub mod cpu_window;
pub mod window;
