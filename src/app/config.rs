//! How the app is started: built by the command line, or by a test.

use std::path::PathBuf;
use std::sync::Arc;

use crate::kiosk::{Clock, IdlePolicy};
use crate::metrics::KioskMetrics;
use crate::paths;
use crate::speech::Speech;
use crate::staff::{AtomicDisk, Disk, StaffFiles};
use crate::ui::fonts::FontFiles;

pub struct AppConfig {
    pub content_dir: PathBuf,
    pub locales_dir: PathBuf,
    pub kiosk_mode: bool,
    pub clock: Clock,
    pub policy: IdlePolicy,
    pub fonts: FontFiles,
    /// Measure frame times instead of waiting for input (see `bench`).
    pub bench: Option<super::device::bench::Bench>,
    pub speech: Speech,
    /// Speak each page's title and position when it opens.
    pub auto_read: bool,
    /// Reload the content when its files change.
    pub watch_content: bool,
    /// Settings and state files; None keeps everything in memory.
    pub staff_files: Option<StaffFiles>,
    /// Where staff files are written (a test may slow it down).
    pub disk: Arc<dyn Disk>,
    /// Counts for head office; served over HTTP only if the settings say so.
    pub metrics: Arc<KioskMetrics>,
    /// The monitor's diagonal as it reports it (EDID), if it does.
    pub monitor_diagonal_inches: Option<f32>,
    /// Content from head office: the last update check, for the staff panel.
    pub fleet_status: Option<Arc<std::sync::Mutex<crate::fleet::Status>>>,
    /// Who draws: OpenGL or the CPU renderer (`auto`: the CPU without a GPU).
    pub renderer: super::device::renderer::Renderer,
}

impl AppConfig {
    pub fn bundled(kiosk_mode: bool) -> Self {
        Self {
            content_dir: paths::content_dir(),
            locales_dir: paths::locales_dir(),
            kiosk_mode,
            clock: Clock::real(),
            policy: IdlePolicy::default(),
            fonts: super::device::fonts::system_fonts(),
            bench: None,
            speech: Speech::unavailable("not started".into()),
            // In the lobby a page speaks when it opens; on a desk it stays quiet.
            auto_read: kiosk_mode,
            watch_content: true,
            staff_files: Some(StaffFiles::platform()),
            disk: Arc::new(AtomicDisk),
            metrics: Arc::new(KioskMetrics::new(&crate::ui::sections::item_metrics())),
            monitor_diagonal_inches: None,
            fleet_status: None,
            renderer: super::device::renderer::Renderer::Auto,
        }
    }

    /// Measure `frames` frames from `started` and quit (for the benchmark script).
    pub fn bench(&mut self, frames: usize, started: std::time::Instant) {
        self.bench = Some(super::device::bench::Bench::new(frames, started));
    }
}
