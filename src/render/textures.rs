//! egui's textures (the font atlas, pictures) kept as premultiplied sRGBA texels,
//! with a version per texture so a changed texture redraws the tiles that use it.

use std::collections::HashMap;

use egui::{Color32, TextureFilter, TextureId, TexturesDelta, epaint::ImageDelta};

pub struct Texture {
    pub width: usize,
    pub height: usize,
    pub texels: Vec<Color32>,
    pub linear: bool,
    pub version: u64,
}

impl Texture {
    /// Premultiplied sample at normalised `uv`, as the GPU samples it: texel
    /// centres at half-texel offsets, clamped to the edge.
    #[inline]
    pub fn sample(&self, u: f32, v: f32) -> [u32; 4] {
        let x = u * self.width as f32 - 0.5;
        let y = v * self.height as f32 - 0.5;
        if !self.linear {
            return self.texel((x + 0.5) as isize, (y + 0.5) as isize);
        }
        // Floor without libm: coordinates are never below -1 here (clamped uv
        // aside, which the edge clamp below handles).
        let (x0, y0) = (((x + 1.0) as isize - 1) as f32, ((y + 1.0) as isize - 1) as f32);
        let (fx, fy) = (((x - x0) * 256.0) as u32, ((y - y0) * 256.0) as u32);
        let (fx, fy) = (fx.min(256), fy.min(256));
        let (x0, y0) = (x0 as isize, y0 as isize);
        let [a, b, c, d] =
            [self.texel(x0, y0), self.texel(x0 + 1, y0), self.texel(x0, y0 + 1), self.texel(x0 + 1, y0 + 1)];
        let mut out = [0; 4];
        for i in 0..4 {
            let top = a[i] * (256 - fx) + b[i] * fx;
            let bottom = c[i] * (256 - fx) + d[i] * fx;
            out[i] = (top * (256 - fy) + bottom * fy + (1 << 15)) >> 16;
        }
        out
    }

    #[inline]
    fn texel(&self, x: isize, y: isize) -> [u32; 4] {
        if self.texels.is_empty() {
            return [0; 4];
        }
        let x = x.clamp(0, self.width as isize - 1) as usize;
        let y = y.clamp(0, self.height as isize - 1) as usize;
        let c = self.texels[y * self.width + x];
        [u32::from(c.r()), u32::from(c.g()), u32::from(c.b()), u32::from(c.a())]
    }
}

#[derive(Default)]
pub struct Textures {
    map: HashMap<TextureId, Texture>,
    next_version: u64,
}

impl Textures {
    pub fn get(&self, id: TextureId) -> Option<&Texture> {
        self.map.get(&id)
    }

    /// New and patched textures: applied before painting.
    pub fn set(&mut self, delta: &TexturesDelta) {
        for (id, updates) in &delta.set {
            for update in updates {
                self.next_version += 1;
                self.apply(*id, update);
            }
        }
    }

    /// Freed textures: dropped after painting.
    pub fn free(&mut self, delta: &TexturesDelta) {
        for id in &delta.free {
            self.map.remove(id);
        }
    }

    fn apply(&mut self, id: TextureId, update: &ImageDelta) {
        let egui::ImageData::Color(image) = &update.image;
        let [w, h] = image.size;
        let linear = update.options.magnification == TextureFilter::Linear;
        let version = self.next_version;
        match (update.pos, self.map.get_mut(&id)) {
            (Some([x0, y0]), Some(texture)) => {
                for row in 0..h.min(texture.height.saturating_sub(y0)) {
                    let width = w.min(texture.width.saturating_sub(x0));
                    let start = (y0 + row) * texture.width + x0;
                    texture.texels[start..start + width].copy_from_slice(&image.pixels[row * w..row * w + width]);
                }
                texture.version = version;
            }
            (Some(_), None) => log::warn!("cpu renderer: a patch for texture {id:?}, which does not exist"),
            (None, _) => {
                let texture = Texture { width: w, height: h, texels: image.pixels.clone(), linear, version };
                self.map.insert(id, texture);
            }
        }
    }
}
