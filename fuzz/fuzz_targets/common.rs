//! Shared by the content targets: `text` replaces one bundled file, the others
//! stay as shipped. Never a panic; content is withheld only with an error.

use std::path::Path;

pub fn check(name: &str, text: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/content");
    let loaded = kiosk::content::load_with(&dir, &[(name, text)], &[], false);
    if loaded.content.is_none() {
        assert!(loaded.error_count() > 0, "content withheld without an error");
    }
    for d in &loaded.diagnostics {
        let _ = d.to_string();
    }
}
