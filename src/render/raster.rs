//! One triangle into one band of the pixel buffer, as a GPU draws it: a pixel is
//! covered when its centre is inside (top-left rule, so two triangles that share
//! an edge never both paint it), colours and texture coordinates interpolate
//! linearly, and the result blends premultiplied (`ONE, ONE_MINUS_SRC_ALPHA`)
//! in gamma space, which is what egui's own renderers do.

use egui::Color32;

use super::textures::Texture;

/// Sub-pixel precision of the edge functions: 1/256 of a pixel.
const SUB: i64 = 256;

/// Rows `top..top + pixels.len() / width` of the frame; 0x00RRGGBB per pixel.
pub struct Band<'a> {
    pub pixels: &'a mut [u32],
    pub width: usize,
    pub top: usize,
}

/// Pixels `x0..x1`, `y0..y1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    pub x0: usize,
    pub y0: usize,
    pub x1: usize,
    pub y1: usize,
}

impl PixelRect {
    pub fn intersect(self, other: Self) -> Self {
        let (x0, y0) = (self.x0.max(other.x0), self.y0.max(other.y0));
        Self { x0, y0, x1: self.x1.min(other.x1).max(x0), y1: self.y1.min(other.y1).max(y0) }
    }

    pub fn is_empty(self) -> bool {
        self.x0 >= self.x1 || self.y0 >= self.y1
    }
}

/// A triangle corner in pixels, with its texture coordinate and colour.
#[derive(Clone, Copy, Debug)]
pub struct Corner {
    pub x: f32,
    pub y: f32,
    pub u: f32,
    pub v: f32,
    pub color: Color32,
}

/// Red, green, blue, alpha (0–255, premultiplied), u, v: what is interpolated.
type Attributes = [f32; 6];

fn attributes(c: &Corner) -> Attributes {
    let [r, g, b, a] = c.color.to_array().map(f32::from);
    [r, g, b, a, c.u, c.v]
}

pub fn triangle(band: &mut Band, corners: [Corner; 3], texture: &Texture, bounds: PixelRect) {
    let Some(setup) = Setup::new(corners, bounds) else { return };
    let constant_color = corners[0].color == corners[1].color && corners[0].color == corners[2].color;
    let constant_uv = [1, 2].iter().all(|&i| corners[i].u == corners[0].u && corners[i].v == corners[0].v);
    let rows = band.top.max(setup.y0)..(band.top + band.pixels.len() / band.width.max(1)).min(setup.y1);
    let copy = constant_color && !constant_uv && setup.copies_texels(texture);
    for y in rows {
        let Some((x0, x1, start)) = setup.span(y) else { continue };
        let row = &mut band.pixels[(y - band.top) * band.width..][..band.width];
        let span = &mut row[x0..x1];
        if copy && copy_texels(span, start, corners[0].color, texture) {
            continue;
        }
        if constant_uv {
            let texel = texture.sample(corners[0].u, corners[0].v);
            if constant_color {
                fill(span, modulate(corners[0].color.to_array().map(u32::from), texel));
            } else {
                shade(span, start, &setup.step, |a| modulate(rgba(a), texel));
            }
        } else {
            shade(span, start, &setup.step, |a| modulate(rgba(a), texture.sample(a[4], a[5])));
        }
    }
}

/// Edge functions and attribute gradients of one triangle.
struct Setup {
    /// Per edge: value at pixel (x0, y) centre is `base + dx * x + dy * y`.
    edges: [(i64, i64, i64); 3],
    area: f32,
    attributes: [Attributes; 3],
    /// Attribute change per pixel to the right, and per pixel down.
    step: Attributes,
    step_down: Attributes,
    x0: usize,
    x1: usize,
    y0: usize,
    y1: usize,
}

impl Setup {
    fn new(mut corners: [Corner; 3], bounds: PixelRect) -> Option<Self> {
        // Far outside any screen is as good as the edge of a huge one, and keeps
        // the edge functions' products inside i64.
        let fixed = |v: f32| (f64::from(v).clamp(-1e6, 1e6) * SUB as f64).round() as i64;
        let mut p = corners.map(|c| (fixed(c.x), fixed(c.y)));
        let mut area = orient(p[0], p[1], p[2]);
        if area == 0 {
            return None;
        }
        if area < 0 {
            corners.swap(1, 2);
            p.swap(1, 2);
            area = -area;
        }
        // Pixels whose centre (i + ½) can fall inside the triangle's box.
        let first = |v: i64| (v - SUB / 2 + SUB - 1).div_euclid(SUB).max(0) as usize;
        let last = |v: i64| ((v - SUB / 2).div_euclid(SUB) + 1).max(0) as usize;
        let (xs, ys) = (p.map(|q| q.0), p.map(|q| q.1));
        let min = |v: [i64; 3]| v[0].min(v[1]).min(v[2]);
        let max = |v: [i64; 3]| v[0].max(v[1]).max(v[2]);
        let area_rect = PixelRect { x0: first(min(xs)), y0: first(min(ys)), x1: last(max(xs)), y1: last(max(ys)) };
        let clip = area_rect.intersect(bounds);
        if clip.is_empty() {
            return None;
        }
        let edges = [0, 1, 2].map(|k| edge(p[(k + 1) % 3], p[(k + 2) % 3]));
        let attributes = corners.map(|c| attributes(&c));
        let area_f = area as f32;
        let gradient = |coefficient: fn(&(i64, i64, i64)) -> i64| -> Attributes {
            let mut g = [0.0; 6];
            for (i, s) in g.iter_mut().enumerate() {
                *s = (0..3).map(|k| coefficient(&edges[k]) as f32 * SUB as f32 / area_f * attributes[k][i]).sum();
            }
            g
        };
        let (step, step_down) = (gradient(|e| e.1), gradient(|e| e.2));
        let (x0, x1, y0, y1) = (clip.x0, clip.x1, clip.y0, clip.y1);
        Some(Self { edges, area: area_f, attributes, step, step_down, x0, x1, y0, y1 })
    }

    /// True when the texture is laid on the pixels one texel per pixel, unscaled
    /// and unrotated, as egui lays glyphs: then sampling is copying.
    fn copies_texels(&self, texture: &Texture) -> bool {
        let (w, h) = (texture.width as f32, texture.height as f32);
        let near = |a: f32, b: f32| (a - b).abs() < 1e-3;
        near(self.step[4] * w, 1.0)
            && near(self.step[5] * h, 0.0)
            && near(self.step_down[4] * w, 0.0)
            && near(self.step_down[5] * h, 1.0)
    }

    /// Covered pixels `x0..x1` of row `y`, and the attributes at `x0`.
    fn span(&self, y: usize) -> Option<(usize, usize, Attributes)> {
        let (cx, cy) = (self.x0 as i64 * SUB + SUB / 2, y as i64 * SUB + SUB / 2);
        let (mut lo, mut hi) = (0_i64, (self.x1 - self.x0) as i64);
        let mut at = [0_i64; 3];
        for (k, &(base, dx, dy)) in self.edges.iter().enumerate() {
            let e = base + dx * cx + dy * cy;
            at[k] = e;
            let s = dx * SUB;
            match s.signum() {
                0 if e < 0 => return None,
                1 if e < 0 => lo = lo.max((-e + s - 1) / s),
                -1 if e < 0 => return None,
                -1 => hi = hi.min(e / -s + 1),
                _ => {}
            }
        }
        if lo >= hi {
            return None;
        }
        let mut start = [0.0; 6];
        for (k, e) in at.iter().enumerate() {
            let weight = *e as f32 / self.area;
            for (i, s) in start.iter_mut().enumerate() {
                *s += weight * self.attributes[k][i];
            }
        }
        for (s, d) in start.iter_mut().zip(self.step) {
            *s += d * lo as f32;
        }
        Some((self.x0 + lo as usize, self.x0 + hi as usize, start))
    }
}

/// The texels under a span, when each pixel centre sits on a texel centre.
/// Returns false (draw it the general way) when they do not.
fn copy_texels(span: &mut [u32], start: Attributes, color: Color32, texture: &Texture) -> bool {
    let (x, y) = (start[4] * texture.width as f32 - 0.5, start[5] * texture.height as f32 - 0.5);
    let (tx, ty) = (x.round(), y.round());
    let aligned = (x - tx).abs() < 0.02 && (y - ty).abs() < 0.02;
    let (tx, ty) = (tx as isize, ty as isize);
    let inside = tx >= 0 && ty >= 0 && (tx as usize + span.len()) <= texture.width && (ty as usize) < texture.height;
    if !aligned || !inside {
        return false;
    }
    let color = color.to_array().map(u32::from);
    let (start, len) = (ty as usize * texture.width + tx as usize, span.len());
    for (p, texel) in span.iter_mut().zip(&texture.texels[start..start + len]) {
        if texel.a() != 0 || texel.r() != 0 {
            let t = texel.to_array().map(u32::from);
            *p = over(*p, modulate(color, t));
        }
    }
    true
}

fn orient(a: (i64, i64), b: (i64, i64), c: (i64, i64)) -> i64 {
    (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
}

/// `orient(a, b, p)` as `base + dx * p.x + dy * p.y`, minus one on edges that are
/// neither top nor left, so a pixel centre exactly on such an edge is outside.
fn edge(a: (i64, i64), b: (i64, i64)) -> (i64, i64, i64) {
    let (dx, dy) = (-(b.1 - a.1), b.0 - a.0);
    let top_left = (b.1 == a.1 && b.0 > a.0) || b.1 < a.1;
    let base = -(dx * a.0 + dy * a.1) - i64::from(!top_left);
    (base, dx, dy)
}

#[inline]
fn rgba(a: Attributes) -> [u32; 4] {
    [a[0], a[1], a[2], a[3]].map(|v| (v.clamp(0.0, 255.0) + 0.5) as u32)
}

#[inline]
fn div255(x: u32) -> u32 {
    (x + 128 + ((x + 128) >> 8)) >> 8
}

#[inline]
fn modulate(color: [u32; 4], texel: [u32; 4]) -> [u32; 4] {
    [0, 1, 2, 3].map(|i| div255(color[i] * texel[i]))
}

#[inline]
fn over(dst: u32, src: [u32; 4]) -> u32 {
    if src[3] == 255 {
        return (src[0].min(255) << 16) | (src[1].min(255) << 8) | src[2].min(255);
    }
    let keep = 255 - src[3];
    let channel = |shift: u32, s: u32| (s + div255(((dst >> shift) & 0xff) * keep)).min(255) << shift;
    channel(16, src[0]) | channel(8, src[1]) | channel(0, src[2])
}

fn fill(span: &mut [u32], src: [u32; 4]) {
    match src[3] {
        255 => span.fill((src[0] << 16) | (src[1] << 8) | src[2]),
        0 if src[..3] == [0, 0, 0] => {}
        _ => span.iter_mut().for_each(|p| *p = over(*p, src)),
    }
}

#[inline]
fn shade(span: &mut [u32], mut at: Attributes, step: &Attributes, color: impl Fn(Attributes) -> [u32; 4]) {
    for p in span {
        let src = color(at);
        if src[3] != 0 || src[..3] != [0, 0, 0] {
            *p = over(*p, src);
        }
        for (a, s) in at.iter_mut().zip(step) {
            *a += s;
        }
    }
}
