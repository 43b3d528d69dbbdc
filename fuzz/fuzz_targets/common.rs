//! Shared by the content targets: `text` replaces one bundled file, the others
//! stay as shipped (read once, kept in memory, so each run is parsing and
//! checking only). Never a panic; content is withheld only with an error.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn bundled() -> &'static (PathBuf, Vec<(&'static str, Vec<u8>)>) {
    static FILES: OnceLock<(PathBuf, Vec<(&'static str, Vec<u8>)>)> = OnceLock::new();
    FILES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/content");
        let files = kiosk::content::FILES.iter().map(|f| (*f, std::fs::read(dir.join(f)).unwrap_or_default())).collect();
        (dir, files)
    })
}

pub fn check(name: &str, text: &[u8]) {
    let (dir, files) = bundled();
    let given: Vec<(&str, &[u8])> =
        files.iter().map(|(f, bytes)| (*f, if *f == name { text } else { bytes.as_slice() })).collect();
    let loaded = kiosk::content::load_with(dir, &given, &[], false);
    if loaded.content.is_none() {
        assert!(loaded.error_count() > 0, "content withheld without an error");
    }
    for d in &loaded.diagnostics {
        let _ = d.to_string();
    }
}
