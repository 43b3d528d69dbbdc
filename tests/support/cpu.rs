//! The kiosk's CPU renderer as a kittest renderer, so a test can draw the same
//! screen through it and through wgpu and compare the pixels.

use egui::TexturesDelta;
use egui_kittest::TestRenderer;
use kiosk::render::CpuRenderer;

#[derive(Default)]
pub struct CpuTestRenderer {
    renderer: CpuRenderer,
    /// Texture changes since the last render (kittest hands them over each step).
    pending: TexturesDelta,
}

impl TestRenderer for CpuTestRenderer {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        self.pending.append(std::mem::take(delta));
    }

    fn render(&mut self, ctx: &egui::Context, output: &egui::FullOutput) -> Result<image::RgbaImage, String> {
        let ppp = output.pixels_per_point;
        let primitives = ctx.tessellate(output.shapes.clone(), ppp);
        let size = ctx.content_rect().size() * ppp;
        let [w, h] = [size.x.round() as usize, size.y.round() as usize];
        self.renderer.paint([w, h], ppp, &primitives, &mut self.pending);
        let bytes = self.renderer.pixels().iter().flat_map(|p| [(p >> 16) as u8, (p >> 8) as u8, *p as u8, 255]);
        image::RgbaImage::from_raw(w as u32, h as u32, bytes.collect()).ok_or_else(|| "wrong buffer size".to_owned())
    }
}
