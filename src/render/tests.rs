//! The rasteriser against what a GPU does, and incremental frames against a
//! frame drawn from scratch.

use egui::{Color32, Pos2, Rect, TexturesDelta, epaint::Mesh};

use super::CpuRenderer;

fn pixel(r: &CpuRenderer, x: usize, y: usize) -> [u8; 3] {
    let p = r.pixels()[y * r.size()[0] + x];
    [(p >> 16) as u8, (p >> 8) as u8, p as u8]
}

fn primitive(mesh: Mesh, clip: Rect) -> egui::ClippedPrimitive {
    egui::ClippedPrimitive { clip_rect: clip, primitive: egui::epaint::Primitive::Mesh(mesh) }
}

/// A renderer that knows egui's white texel (the font texture), as every frame has it.
fn renderer() -> (CpuRenderer, TexturesDelta) {
    let mut delta = TexturesDelta::default();
    let image = egui::ColorImage::filled([4, 4], Color32::WHITE);
    let whole = egui::epaint::ImageDelta::full(image, egui::TextureOptions::LINEAR);
    delta.push(egui::TextureId::default(), whole);
    (CpuRenderer::default(), delta)
}

fn rect_mesh(rect: Rect, color: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    mesh.add_colored_rect(rect, color);
    mesh
}

const SCREEN: Rect = Rect::from_min_max(Pos2::ZERO, Pos2::new(200.0, 100.0));

#[test]
fn two_triangles_of_a_translucent_quad_blend_each_pixel_once() {
    let (mut r, mut delta) = renderer();
    // Off the pixel grid, so many centres lie on or near the shared diagonal.
    let quad = Rect::from_min_max(Pos2::new(10.3, 7.7), Pos2::new(150.6, 90.2));
    let half = Color32::from_rgba_premultiplied(100, 0, 0, 128);
    r.paint([200, 100], 1.0, &[primitive(rect_mesh(quad, half), SCREEN)], &mut delta);
    let inside: Vec<[u8; 3]> =
        (11..150).flat_map(|x| (8..90).map(move |y| (x, y))).map(|(x, y)| pixel(&r, x, y)).collect();
    // 100 + 12 × 127/255 = 106 (the clear colour under half red).
    assert!(inside.iter().all(|p| *p == [106, 6, 6]), "a pixel was blended twice or not at all");
    assert_eq!(pixel(&r, 5, 5), [12, 12, 12], "outside the quad is the clear colour");
}

#[test]
fn a_clip_rect_cuts_the_mesh_where_egui_rounds_it() {
    let (mut r, mut delta) = renderer();
    let clip = Rect::from_min_max(Pos2::new(20.4, 10.0), Pos2::new(40.6, 30.0));
    r.paint([200, 100], 1.0, &[primitive(rect_mesh(SCREEN, Color32::WHITE), clip)], &mut delta);
    assert_eq!(pixel(&r, 20, 15), [255; 3]);
    assert_eq!(pixel(&r, 40, 15), [255; 3], "40.6 rounds to 41");
    assert_eq!(pixel(&r, 19, 15), [12; 3]);
    assert_eq!(pixel(&r, 41, 15), [12; 3]);
    assert_eq!(pixel(&r, 30, 30), [12; 3], "the clip's bottom edge is exclusive");
}

#[test]
fn a_texture_is_sampled_between_texels_like_a_gpu() {
    let (mut r, mut delta) = renderer();
    let image = egui::ColorImage::new([2, 1], vec![Color32::BLACK, Color32::WHITE]);
    let picture = egui::TextureId::User(7);
    delta.push(picture, egui::epaint::ImageDelta::full(image, egui::TextureOptions::LINEAR));
    let mut mesh = Mesh::with_texture(picture);
    let uv = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
    mesh.add_rect_with_uv(Rect::from_min_max(Pos2::ZERO, Pos2::new(8.0, 1.0)), uv, Color32::WHITE);
    r.paint([200, 100], 1.0, &[primitive(mesh, SCREEN)], &mut delta);
    let row: Vec<u8> = (0..8).map(|x| pixel(&r, x, 0)[0]).collect();
    // Texel centres at x = 2 and 6; clamped beyond them, linear between.
    assert_eq!(row[..2], [0, 0]);
    assert_eq!(row[6..], [255, 255]);
    assert!(row[2..6].windows(2).all(|w| w[0] < w[1]), "a ramp between the texels: {row:?}");
}

/// Frame 1: four buttons. Frame 2: one of them lights up. Only its tiles are
/// sent to the screen, and the result is what a fresh renderer draws.
#[test]
fn a_changed_button_redraws_only_its_tiles_and_matches_a_full_redraw() {
    let buttons = |lit: usize| -> Vec<egui::ClippedPrimitive> {
        // One mesh for all four, as epaint merges shapes that share a clip rect.
        let mut mesh = rect_mesh(SCREEN, Color32::from_rgb(250, 246, 236));
        for i in 0..4 {
            let x = 10.0 + i as f32 * 48.0;
            let color = if i == lit { Color32::from_rgb(10, 57, 110) } else { Color32::WHITE };
            mesh.append(rect_mesh(Rect::from_min_max(Pos2::new(x, 70.0), Pos2::new(x + 40.0, 95.0)), color));
        }
        vec![primitive(mesh, SCREEN)]
    };
    let (mut r, mut delta) = renderer();
    r.paint([200, 100], 1.0, &buttons(9), &mut delta);
    let damage = r.paint([200, 100], 1.0, &buttons(3), &mut TexturesDelta::default());
    let area: usize = damage.iter().map(|d| (d.x1 - d.x0) * (d.y1 - d.y0)).sum();
    assert!(damage.iter().all(|d| d.x0 >= 128 && d.y0 >= 64), "only the last button's tiles: {damage:?}");
    // The button (x 154–194) is in the last two tile columns (128–191, 192–199).
    assert_eq!(area, 72 * 36, "damage {damage:?}");
    let (mut fresh, mut delta) = renderer();
    fresh.paint([200, 100], 1.0, &buttons(3), &mut delta);
    assert!(r.pixels() == fresh.pixels(), "the incremental frame differs from a full redraw");
    let unchanged = r.paint([200, 100], 1.0, &buttons(3), &mut TexturesDelta::default());
    assert!(unchanged.is_empty(), "nothing changed, nothing to send: {unchanged:?}");
}

#[test]
fn triangles_far_off_screen_or_broken_are_cut_to_the_screen_without_a_panic() {
    let (mut r, mut delta) = renderer();
    let mut mesh = Mesh::default();
    for (i, pos) in [[-1e30, 5.0], [1e30, 5.0], [50.0, f32::NAN], [f32::INFINITY, 1.0]].iter().enumerate() {
        mesh.vertices.push(egui::epaint::Vertex {
            pos: Pos2::new(pos[0], pos[1]),
            uv: Pos2::ZERO,
            color: Color32::RED,
        });
        mesh.indices.extend([i as u32, ((i + 1) % 4) as u32, 99]);
    }
    r.paint([200, 100], 1.0, &[primitive(mesh, SCREEN)], &mut delta);
    // A missing vertex counts as a transparent one at 0, 0: only the sliver
    // between y = 0 and 5 is touched.
    assert_ne!(pixel(&r, 100, 2), [12; 3]);
    assert!((6..100).all(|y| pixel(&r, 100, y) == [12; 3]));
    // A window with no pixels (minimised) is drawn as nothing.
    assert!(r.paint([0, 0], 1.0, &[], &mut TexturesDelta::default()).is_empty());
}
