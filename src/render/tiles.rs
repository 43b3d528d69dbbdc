//! The frame cut into 64×64 tiles. Each triangle is sorted into the tiles its box
//! touches, and each tile gets a fingerprint of its triangles (in order), their
//! clip rects and textures. A tile whose fingerprint is the same as last frame's
//! already shows the right pixels and is not drawn again: a button that changes
//! colour redraws only the tiles under it, whatever else shares its mesh.

use egui::{ClippedPrimitive, TextureId, epaint::Primitive, epaint::Vertex};

use super::raster::PixelRect;
use super::textures::Textures;

pub const TILE: usize = 64;

/// One mesh as drawn, with its clip rect in pixels.
pub struct Batch<'a> {
    pub mesh: &'a egui::Mesh,
    pub clip: PixelRect,
    pub pixels_per_point: f32,
}

/// Which triangles fall in each tile, and which tiles changed.
#[derive(Default)]
pub struct Tiles {
    pub columns: usize,
    pub rows: usize,
    /// Per tile: (batch, first index of the triangle).
    pub lists: Vec<Vec<(u32, u32)>>,
    fingerprints: Vec<u64>,
    previous: Vec<u64>,
}

impl Tiles {
    /// Starts a frame of `width × height` pixels; a new size redraws everything.
    pub fn begin(&mut self, width: usize, height: usize) {
        let (columns, rows) = (width.div_ceil(TILE), height.div_ceil(TILE));
        if (columns, rows) != (self.columns, self.rows) {
            (self.columns, self.rows) = (columns, rows);
            self.lists = vec![Vec::new(); columns * rows];
            self.invalidate();
        }
        self.lists.iter_mut().for_each(Vec::clear);
        self.fingerprints.clear();
        self.fingerprints.resize(columns * rows, SEED);
    }

    /// Forget what is on screen: every tile is drawn next frame.
    pub fn invalidate(&mut self) {
        self.previous = vec![0; self.columns * self.rows];
    }

    /// Sorts the triangles of `batches` into tiles.
    pub fn bin(&mut self, batches: &[Batch], textures: &Textures, pixels_per_point: f32) {
        for (b, batch) in batches.iter().enumerate() {
            let version = textures.get(batch.mesh.texture_id).map_or(0, |t| t.version);
            let key = mix(mix(mix(SEED, texture_key(batch.mesh.texture_id)), version), rect_key(batch.clip));
            let (vertices, indices) = (&batch.mesh.vertices, &batch.mesh.indices);
            for (t, tri) in indices.as_chunks::<3>().0.iter().enumerate() {
                let corners = [tri[0], tri[1], tri[2]].map(|i| vertices.get(i as usize).copied().unwrap_or_default());
                let area = self.tiles_under(&corners, batch.clip, pixels_per_point);
                let Some([tx0, ty0, tx1, ty1]) = area else { continue };
                let print = corners.iter().fold(key, vertex_key);
                for ty in ty0..=ty1 {
                    for tx in tx0..=tx1 {
                        let i = ty * self.columns + tx;
                        self.fingerprints[i] = mix(self.fingerprints[i], print);
                        self.lists[i].push((b as u32, (t * 3) as u32));
                    }
                }
            }
        }
    }

    /// The first and last tile column and row a triangle's box touches, within its clip.
    fn tiles_under(&self, corners: &[Vertex; 3], clip: PixelRect, ppp: f32) -> Option<[usize; 4]> {
        let xs = corners.map(|v| v.pos.x * ppp);
        let ys = corners.map(|v| v.pos.y * ppp);
        let bound = |v: f32, limit: usize| (v.max(0.0) as usize).min(limit);
        let x0 = bound(xs[0].min(xs[1]).min(xs[2]).floor(), clip.x1).max(clip.x0);
        let y0 = bound(ys[0].min(ys[1]).min(ys[2]).floor(), clip.y1).max(clip.y0);
        let x1 = bound(xs[0].max(xs[1]).max(xs[2]).ceil(), clip.x1);
        let y1 = bound(ys[0].max(ys[1]).max(ys[2]).ceil(), clip.y1);
        if x0 >= x1 || y0 >= y1 || !xs.iter().chain(&ys).all(|v| v.is_finite()) {
            return None;
        }
        let last = |v: usize, count: usize| ((v - 1) / TILE).min(count - 1);
        Some([x0 / TILE, y0 / TILE, last(x1, self.columns), last(y1, self.rows)])
    }

    /// Tiles whose content changed since the last frame; they become "shown".
    pub fn take_dirty(&mut self) -> Vec<bool> {
        let dirty = self.fingerprints.iter().zip(&self.previous).map(|(now, before)| now != before).collect();
        std::mem::swap(&mut self.previous, &mut self.fingerprints);
        dirty
    }

    pub fn rect(&self, index: usize, width: usize, height: usize) -> PixelRect {
        let (x0, y0) = ((index % self.columns) * TILE, (index / self.columns) * TILE);
        PixelRect { x0, y0, x1: (x0 + TILE).min(width), y1: (y0 + TILE).min(height) }
    }
}

/// Clip rect of a primitive in pixels, as egui's renderers round it.
pub fn clip_in_pixels(primitive: &ClippedPrimitive, ppp: f32, width: usize, height: usize) -> Option<Batch<'_>> {
    let Primitive::Mesh(mesh) = &primitive.primitive else { return None };
    let r = primitive.clip_rect;
    let px = |v: f32, limit: usize| ((v * ppp).round().max(0.0) as usize).min(limit);
    let clip =
        PixelRect { x0: px(r.min.x, width), y0: px(r.min.y, height), x1: px(r.max.x, width), y1: px(r.max.y, height) };
    (!clip.is_empty() && !mesh.indices.is_empty()).then_some(Batch { mesh, clip, pixels_per_point: ppp })
}

const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

fn texture_key(id: TextureId) -> u64 {
    match id {
        TextureId::Managed(n) => n << 1,
        TextureId::User(n) => (n << 1) | 1,
    }
}

fn rect_key(r: PixelRect) -> u64 {
    (r.x0 as u64) | (r.y0 as u64) << 16 | (r.x1 as u64) << 32 | (r.y1 as u64) << 48
}

#[inline]
fn vertex_key(h: u64, v: &Vertex) -> u64 {
    let position = u64::from(v.pos.x.to_bits()) << 32 | u64::from(v.pos.y.to_bits());
    let uv = u64::from(v.uv.x.to_bits()) << 32 | u64::from(v.uv.y.to_bits());
    mix(mix(mix(h, position), uv), u64::from(u32::from_le_bytes(v.color.to_array())))
}
