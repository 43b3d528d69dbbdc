//! The CPU renderer for lobby PCs without a GPU: draws egui's tessellated meshes
//! (vertex colours, the font atlas, pictures, clip rects) into a pixel buffer,
//! redrawing only the 64×64 tiles whose triangles changed, and says which
//! rectangles changed so only those are sent to the screen.
//!
//! It knows egui and nothing else: no window, no app.

mod raster;
mod textures;
mod tiles;

use egui::{ClippedPrimitive, Color32, TexturesDelta};

pub use raster::PixelRect;
use raster::{Band, Corner};
use textures::Textures;
use tiles::{Batch, TILE, Tiles};

/// What eframe clears the window to before egui paints (its default clear colour).
pub const CLEAR: Color32 = Color32::from_rgb(12, 12, 12);

#[derive(Default)]
pub struct CpuRenderer {
    textures: Textures,
    tiles: Tiles,
    /// The frame as last drawn, 0x00RRGGBB per pixel (softbuffer's format).
    pixels: Vec<u32>,
    width: usize,
    height: usize,
    pixels_per_point: f32,
}

impl CpuRenderer {
    /// Draws one frame, using up the texture changes; returns the rectangles that
    /// changed (none if nothing did).
    pub fn paint(
        &mut self,
        [width, height]: [usize; 2],
        pixels_per_point: f32,
        primitives: &[ClippedPrimitive],
        delta: &mut TexturesDelta,
    ) -> Vec<PixelRect> {
        self.textures.set(delta);
        if [width, height] != [self.width, self.height] || pixels_per_point != self.pixels_per_point {
            (self.width, self.height, self.pixels_per_point) = (width, height, pixels_per_point);
            self.pixels = vec![0; width * height];
            self.tiles = Tiles::default();
        }
        self.tiles.begin(width, height);
        let batches: Vec<Batch> =
            primitives.iter().filter_map(|p| tiles::clip_in_pixels(p, pixels_per_point, width, height)).collect();
        self.tiles.bin(&batches, &self.textures, pixels_per_point);
        let dirty = self.tiles.take_dirty();
        self.draw(&batches, &dirty);
        self.textures.free(delta);
        delta.clear();
        self.damage(&dirty)
    }

    /// Forget what is on screen (the window was covered or resized): redraw all next time.
    pub fn invalidate(&mut self) {
        self.tiles.invalidate();
    }

    pub fn pixels(&self) -> &[u32] {
        &self.pixels
    }

    pub fn size(&self) -> [usize; 2] {
        [self.width, self.height]
    }

    /// Draws the dirty tiles, one band of tile rows per core when there is much to do.
    fn draw(&mut self, batches: &[Batch], dirty: &[bool]) {
        let width = self.width.max(1);
        let (tiles, textures) = (&self.tiles, &self.textures);
        let mut bands: Vec<(usize, &mut [u32])> = self.pixels.chunks_mut(width * TILE).enumerate().collect();
        let threads = std::thread::available_parallelism().map_or(1, usize::from).min(bands.len().max(1));
        let busy = dirty.iter().filter(|d| **d).count() > 24;
        let draw_band = |(row, pixels): &mut (usize, &mut [u32])| {
            let mut band = Band { pixels, width, top: *row * TILE };
            for column in 0..tiles.columns {
                let index = *row * tiles.columns + column;
                if dirty[index] {
                    draw_tile(&mut band, tiles, index, batches, textures, self.height);
                }
            }
        };
        if threads < 2 || !busy {
            bands.iter_mut().for_each(draw_band);
            return;
        }
        let mut groups: Vec<Vec<&mut (usize, &mut [u32])>> = (0..threads).map(|_| Vec::new()).collect();
        for (i, band) in bands.iter_mut().enumerate() {
            groups[i % threads].push(band);
        }
        std::thread::scope(|scope| {
            for group in groups {
                scope.spawn(move || group.into_iter().for_each(draw_band));
            }
        });
    }

    /// Dirty tiles as rectangles, neighbours in a row joined.
    fn damage(&self, dirty: &[bool]) -> Vec<PixelRect> {
        let mut rects: Vec<PixelRect> = Vec::new();
        for (index, _) in dirty.iter().enumerate().filter(|(_, d)| **d) {
            let rect = self.tiles.rect(index, self.width, self.height);
            match rects.last_mut() {
                Some(last) if last.y0 == rect.y0 && last.x1 == rect.x0 => last.x1 = rect.x1,
                _ => rects.push(rect),
            }
        }
        rects
    }
}

fn draw_tile(band: &mut Band, tiles: &Tiles, index: usize, batches: &[Batch], textures: &Textures, height: usize) {
    let rect = tiles.rect(index, band.width, height);
    for y in rect.y0..rect.y1 {
        let row = (y - band.top) * band.width;
        band.pixels[row + rect.x0..row + rect.x1].fill(pack(CLEAR));
    }
    for &(b, first) in &tiles.lists[index] {
        let batch = &batches[b as usize];
        let Some(texture) = textures.get(batch.mesh.texture_id) else { continue };
        let (vertices, indices) = (&batch.mesh.vertices, &batch.mesh.indices);
        let corner = |i: u32| {
            let v = vertices.get(indices[i as usize] as usize).copied().unwrap_or_default();
            let ppp = batch.pixels_per_point;
            Corner { x: v.pos.x * ppp, y: v.pos.y * ppp, u: v.uv.x, v: v.uv.y, color: v.color }
        };
        raster::triangle(
            band,
            [corner(first), corner(first + 1), corner(first + 2)],
            texture,
            rect.intersect(batch.clip),
        );
    }
}

fn pack(c: Color32) -> u32 {
    (u32::from(c.r()) << 16) | (u32::from(c.g()) << 8) | u32::from(c.b())
}

#[cfg(test)]
mod tests;
