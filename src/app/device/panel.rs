//! Sizes by millimetres: the screens are designed in pixels of the reference
//! panel (21.5-inch 1920×1080, 0.248 mm a pixel), and egui's zoom makes one
//! design pixel that size on the real panel. A 21.5-inch 1366×768 panel has
//! bigger pixels, so it gets the same layout as the reference instead of a
//! bigger-than-needed one that pages three times as often.
//!
//! The diagonal comes from the staff setting `screen_diagonal_inches`, else
//! from the monitor's EDID; unknown, one design pixel is one screen pixel
//! (never smaller than the rule on any panel up to the reference's density).

use std::path::Path;

use crate::ui::theme::physical_scale;

/// The panel's size as known now: the setting may change while running.
pub struct Panel {
    monitor: Option<f32>,
    pub size: PanelSize,
    /// Points per pixel in the last pass (see `follow`).
    last_pixels_per_point: f32,
}

impl Panel {
    pub fn new(monitor: Option<f32>) -> Self {
        Self { monitor, size: PanelSize::choose(None, monitor), last_pixels_per_point: 0.0 }
    }

    pub fn set_setting(&mut self, inches: Option<f32>) {
        self.size = PanelSize::choose(inches, self.monitor);
    }

    /// Sets the zoom for this panel, once the zoom is settled. egui applies a
    /// new zoom at the start of a pass, after the window shell measured the
    /// monitor in the old zoom's points: in that one pass the monitor's size in
    /// pixels comes out wrong, and a zoom computed from it sent the kiosk round
    /// 1 → 0.71 → 0.51 → 0.71 → 1 for ever (redrawing without end, and leaving
    /// screen readers a tree from another zoom). So it waits for a pass at an
    /// unchanged zoom, and asks for one.
    pub fn follow(&mut self, ctx: &egui::Context) {
        let now = ctx.pixels_per_point();
        if std::mem::replace(&mut self.last_pixels_per_point, now) != now {
            ctx.request_repaint();
            return;
        }
        self.size.follow(ctx);
    }
}

/// Where the panel's size came from (for the staff panel).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PanelSize {
    Setting(f32),
    Monitor(f32),
    Unknown,
}

impl PanelSize {
    /// The staff setting wins over what the monitor reports.
    pub fn choose(setting: Option<f32>, monitor: Option<f32>) -> Self {
        match (setting.filter(|d| plausible(*d)), monitor.filter(|d| plausible(*d))) {
            (Some(d), _) => PanelSize::Setting(d),
            (None, Some(d)) => PanelSize::Monitor(d),
            (None, None) => PanelSize::Unknown,
        }
    }

    pub fn diagonal_inches(self) -> Option<f32> {
        match self {
            PanelSize::Setting(d) | PanelSize::Monitor(d) => Some(d),
            PanelSize::Unknown => None,
        }
    }

    /// Sets egui's zoom so that one design pixel has the reference size on
    /// this panel. Cheap: called every frame, it changes nothing once set.
    pub fn follow(self, ctx: &egui::Context) {
        let Some(inches) = self.diagonal_inches() else { return };
        let native = ctx.native_pixels_per_point().unwrap_or(1.0);
        let pixels = ctx.input(|i| i.viewport().monitor_size).unwrap_or_else(|| ctx.content_rect().size())
            * ctx.pixels_per_point();
        let zoom = physical_scale(inches * 25.4, pixels) / native;
        if (ctx.zoom_factor() - zoom).abs() > 0.005 {
            ctx.set_zoom_factor(zoom);
        }
    }
}

/// Kiosk panels run from 10 to 100 inches; anything else is a typo.
fn plausible(inches: f32) -> bool {
    (10.0..=100.0).contains(&inches)
}

/// The diagonal of the one connected monitor, from its EDID (Linux DRM).
pub fn monitor_diagonal_inches() -> Option<f32> {
    let connectors = std::fs::read_dir(Path::new("/sys/class/drm")).ok()?;
    let sizes: Vec<f32> = connectors
        .flatten()
        .filter(|c| std::fs::read_to_string(c.path().join("status")).is_ok_and(|s| s.trim() == "connected"))
        .filter_map(|c| std::fs::read(c.path().join("edid")).ok())
        .filter_map(|edid| edid_diagonal_inches(&edid))
        .collect();
    // Two monitors: which one is the kiosk's is not known; ask staff.
    if let [one] = sizes[..] { Some(one) } else { None }
}

/// The screen size an EDID base block gives (bytes 21 and 22, in cm), as a
/// diagonal in inches. None for a missing header or a size of 0 (projectors).
pub fn edid_diagonal_inches(edid: &[u8]) -> Option<f32> {
    const HEADER: [u8; 8] = [0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
    if edid.len() < 128 || edid[..8] != HEADER {
        return None;
    }
    let (w, h) = (f32::from(edid[21]), f32::from(edid[22]));
    (w > 0.0 && h > 0.0).then(|| (w * w + h * h).sqrt() / 2.54)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edid(w_cm: u8, h_cm: u8) -> Vec<u8> {
        let mut e = vec![0u8; 128];
        e[..8].copy_from_slice(&[0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00]);
        e[21] = w_cm;
        e[22] = h_cm;
        e
    }

    #[test]
    fn a_21_5_inch_monitor_reads_as_about_21_5_inches() {
        // 48 × 27 cm is what 21.5-inch 16:9 monitors report.
        let d = edid_diagonal_inches(&edid(48, 27)).expect("size");
        assert!((d - 21.7).abs() < 0.2, "{d}");
        assert_eq!(edid_diagonal_inches(&edid(0, 0)), None, "a projector has no size");
        assert_eq!(edid_diagonal_inches(&[0u8; 128]), None, "not an EDID");
        assert_eq!(edid_diagonal_inches(&[0x00, 0xFF]), None, "too short");
    }

    #[test]
    fn the_setting_wins_and_typos_are_ignored() {
        assert_eq!(PanelSize::choose(Some(21.5), Some(23.8)), PanelSize::Setting(21.5));
        assert_eq!(PanelSize::choose(None, Some(23.8)), PanelSize::Monitor(23.8));
        assert_eq!(PanelSize::choose(Some(215.0), None), PanelSize::Unknown);
        assert_eq!(PanelSize::choose(Some(0.0), Some(5.0)), PanelSize::Unknown);
    }
}
